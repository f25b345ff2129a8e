import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { describeNode, exitLabel } from './dial-plan.describe';
import { arbitraryPlan, samplePlan, sampleLookup } from './dial-plan.fixtures';
import { toGraph, type NodeJson, type PlanJson } from './dial-plan.graph';
import { emptyLookup } from './dial-plan.lookup';
import { translator } from './dial-plan.messages';
import { hasErrors, reachable, validate, type Finding } from './dial-plan.validate';

const one = (node: Omit<NodeJson, 'id'> & { id?: string }, more: NodeJson[] = []): PlanJson => ({
  id: 'dp_test',
  name: 'Test',
  entry_node: node.id ?? 'n',
  nodes: [{ id: 'n', ...node } as NodeJson, ...more],
});
const codes = (findings: Finding[], severity?: Finding['severity']) =>
  findings.filter((f) => !severity || f.severity === severity).map((f) => f.code);
const errorsOf = (plan: PlanJson) =>
  codes(validate(toGraph(plan), { lookup: sampleLookup() }), 'error');

describe('dial plan cards', () => {
  const graph = toGraph(samplePlan());
  const lookup = sampleLookup();
  const card = (id: string) =>
    describeNode(
      graph.nodes.find((n) => n.id === id)!,
      {
        lookup,
        phone: (n) => `formatted ${n}`,
      },
    );

  it('say what each step does with names resolved', () => {
    expect(card('hours')).to.include({
      variant: 'schedule',
      title: 'Business hours',
      summary: 'Check Clinic Hours (America/Los_Angeles)',
    });
    expect(card('front_desk')).to.include({
      title: 'Ring',
      summary: 'Ring Front Desk (ext. 200) for 25 s',
    });
    expect(card('after_hours_vm')).to.include({
      variant: 'voicemail',
      summary: 'Send to voicemail: After-hours box (ext. 302)',
    });
    expect(card('assistant')).to.include({
      variant: 'voice_app',
      summary: 'Hand the call to AI Receptionist (ext. 600)',
    });
    expect(card('everyone').summary).to.equal('Ring every user for 30 s');
    expect(card('on_call').summary).to.equal('Dial formatted +15035550188 for 40 s');
    expect(card('welcome').summary).to.equal('Play “Welcome greeting”');
    expect(card('main_menu').summary).to.equal('Play “Main menu prompt”, then wait 8 s for a key');
    expect(card('main_menu').details).to.deep.equal([
      '1: front_desk',
      '2: billing_hours',
      '9: assistant',
      '0: everyone',
      '*: replays the menu',
    ]);
  });

  it('say when a target is missing or unknown, and name unsupported steps', () => {
    const describe1 = (config: Record<string, unknown>, type = 'internal_dial') =>
      describeNode(toGraph(one({ type, config })).nodes[0]!, { lookup }).summary;
    expect(describe1({ target_id: 'user_gone', timeout: 20 })).to.equal(
      'Ring an unknown target (user_gone) for 20 s',
    );
    expect(describe1({ timeout: 20 })).to.equal('Ring no one yet for 20 s');
    expect(describe1({ target_id: 'user_ana', timeout: 0 })).to.equal(
      'Send to voicemail: Ana Ruiz (ext. 101)',
    );
    expect(describe1({ target_id: 'dp_billing', timeout: 5 })).to.equal('Continue in Billing Line');
    expect(describe1({ phone_number: '', timeout: 30 }, 'external_dial')).to.equal(
      'Dial no number yet for 30 s',
    );
    expect(describe1({ x: 1 }, 'ai_agent')).to.equal(
      'A “ai_agent” step this version can’t show; it is kept as is',
    );
    expect(
      describeNode(toGraph(one({ type: 'queue', config: {} })).nodes[0]!, { lookup }).title,
    ).to.equal('Unsupported step');
  });

  it('take the host’s strings', () => {
    const t = translator({ dialPlan: { exits: { open: 'Abierto' } } });
    expect(exitLabel({ kind: 'open' }, t)).to.equal('Abierto');
    expect(exitLabel({ kind: 'digit', digit: '#' })).to.equal('Press #');
  });
});

describe('dial plan validation', () => {
  it('finds no error in a well-formed plan', () => {
    const findings = validate(toGraph(samplePlan()), { lookup: sampleLookup() });
    expect(codes(findings, 'error')).to.deep.equal([]);
    expect(hasErrors(findings)).to.equal(false);
  });

  it('reports exits that lead nowhere, saying whether the call hangs up or the menu replays', () => {
    const findings = validate(toGraph(samplePlan()), { lookup: sampleLookup() });
    const nowhere = findings.filter((f) => f.code === 'findings.leadsNowhere');
    expect(nowhere.map((f) => [f.nodeId, f.exitId, f.message])).to.deep.equal([
      ['main_menu', 'option-4', '“Press *” leads nowhere: the call replays the menu.'],
      ['main_menu', 'invalid', '“Invalid” leads nowhere: the call replays the menu.'],
      ['billing', 'next', '“No answer” leads nowhere: the call hangs up.'],
      ['assistant', 'next', '“No answer” leads nowhere: the call hangs up.'],
    ]);
    // Voicemail steps ignore `next`: an empty one is fine, a connected one is never taken.
    expect(nowhere.some((f) => f.nodeId === 'after_hours_vm')).to.equal(false);
    const plan = samplePlan();
    (plan.nodes![9]!.config as Record<string, unknown>).next = 'everyone';
    const ignored = validate(toGraph(plan), { lookup: sampleLookup() }).filter(
      (f) => f.code === 'findings.nextIgnored',
    );
    expect(ignored.map((f) => [f.severity, f.nodeId])).to.deep.equal([
      ['warning', 'after_hours_vm'],
    ]);
  });

  it('reports unreachable steps (a voicemail’s ignored `next` reaches nothing)', () => {
    const plan = samplePlan();
    plan.nodes!.push({ id: 'orphan', type: 'sound_clip', config: { clip_id: 'clip_welcome' } });
    (plan.nodes![9]!.config as Record<string, unknown>).next = 'orphan';
    const findings = validate(toGraph(plan), { lookup: sampleLookup() });
    expect(
      findings.filter((f) => f.code === 'findings.unreachable').map((f) => f.nodeId),
    ).to.deep.equal(['orphan']);
    expect(reachable(toGraph(samplePlan())).size).to.equal(10);
  });

  it('reports what the API would reject as errors', () => {
    expect(errorsOf({ name: 'New', entry_node: '', nodes: samplePlan().nodes })).to.deep.equal([
      'findings.noEntry',
    ]);
    expect(errorsOf({ nodes: [] }), 'a new plan needs a name').to.deep.equal([
      'findings.nameRequired',
    ]);
    expect(errorsOf({ id: 'dp_1', name: ' ', nodes: [] })).to.deep.equal(['findings.nameRequired']);
    expect(errorsOf({ id: 'dp_1', nodes: [] }), 'an update may leave the name out').to.deep.equal(
      [],
    );
    expect(errorsOf({ ...samplePlan(), entry_node: 'gone' })).to.deep.equal([
      'findings.unknownEntry',
    ]);
    const plan = samplePlan();
    plan.nodes!.push({ ...plan.nodes![1]! });
    expect(errorsOf(plan)).to.deep.equal(['findings.duplicateId']);
    expect(
      errorsOf(one({ type: 'internal_dial', config: { target_id: 'user_ana' } })),
    ).to.deep.equal(['findings.timeoutRequired']);
    for (const [type, bad, good] of [
      ['internal_dial', [-1, 301, 2.5, '30'], [0, 300]],
      ['ring_all_users', [0, 301], [1, 300]],
      ['external_dial', [0, 121], [1, 120]],
      ['menu', [0, 31], [1, 30]],
    ] as const) {
      const base = {
        target_id: 'user_ana',
        phone_number: '+14155551234',
        options: [{ digit: '1' }],
      };
      for (const timeout of bad)
        expect(
          errorsOf(one({ type, config: { ...base, timeout } })),
          `${type} ${timeout}`,
        ).to.deep.equal(['findings.timeoutRange']);
      for (const timeout of good)
        expect(
          errorsOf(one({ type, config: { ...base, timeout } })),
          `${type} ${timeout}`,
        ).to.deep.equal([]);
    }
    const phone = (phone_number: unknown) =>
      validate(toGraph(one({ type: 'external_dial', config: { phone_number, timeout: 30 } })));
    expect(codes(phone('4155551234'), 'error')).to.deep.equal(['findings.phoneInvalid']);
    expect(codes(phone('+0155551234'), 'error')).to.deep.equal(['findings.phoneInvalid']);
    expect(codes(phone('+1415555123456789'), 'error')).to.deep.equal(['findings.phoneInvalid']);
    expect(codes(phone('+14155551234'), 'error')).to.deep.equal([]);
    expect(codes(phone(''))).to.include('findings.phoneEmpty');
    expect(codes(phone(''), 'error'), 'drafts may leave it empty').to.deep.equal([]);
    expect(errorsOf(one({ type: 'internal_dial', config: { timeout: 30 } }))).to.deep.equal([
      'findings.targetRequired',
    ]);
    expect(errorsOf(one({ type: 'schedule', config: {} }))).to.deep.equal([
      'findings.scheduleRequired',
    ]);
    expect(
      errorsOf(one({ type: 'internal_dial', config: { target_id: 'dp_test', timeout: 30 } })),
    ).to.deep.equal(['findings.dialsItself']);
    expect(
      errorsOf(one({ type: 'sound_clip', config: { clip_id: 'clip_welcome', next: 'gone' } })),
    ).to.deep.equal(['findings.missingNode']);
    expect(errorsOf(one({ type: 'menu', config: 'nope' as never }))).to.deep.equal([
      'findings.badConfig',
    ]);
  });

  it('checks menu options: 1 to 12, keys 0-9 * #, each once', () => {
    const menu = (options: unknown) =>
      errorsOf(one({ type: 'menu', config: { prompt_clip_id: 'clip_menu', timeout: 5, options } }));
    expect(menu([])).to.deep.equal(['findings.optionsEmpty']);
    const twelve = [...'0123456789*#'].map((digit) => ({ digit }));
    expect(menu(twelve)).to.deep.equal([]);
    expect(menu([...twelve, { digit: '1' }])).to.deep.equal([
      'findings.optionsMax',
      'findings.digitDuplicate',
    ]);
    expect(menu([{ digit: '1' }, { digit: '1' }])).to.deep.equal(['findings.digitDuplicate']);
    const bad = validate(
      toGraph(
        one({
          type: 'menu',
          config: { timeout: 5, options: [{ digit: '1' }, { digit: '12' }, {}] },
        }),
      ),
    );
    expect(
      bad.filter((f) => f.code === 'findings.digitInvalid').map((f) => [f.exitId, f.message]),
    ).to.deep.equal([
      ['option-1', 'Option 2: the key must be 0–9, * or #.'],
      ['option-2', 'Option 3: the key must be 0–9, * or #.'],
    ]);
  });

  it('reports targets that no longer exist only once every list has loaded', () => {
    const plan = one({ type: 'internal_dial', config: { target_id: 'user_gone', timeout: 10 } });
    const gone = validate(toGraph(plan), { lookup: sampleLookup(true) }).filter(
      (f) => f.code === 'findings.targetGone',
    );
    expect(gone.map((f) => [f.severity, f.message])).to.deep.equal([
      ['warning', 'The target no longer exists (user_gone).'],
    ]);
    expect(codes(validate(toGraph(plan), { lookup: sampleLookup(false) }))).not.to.include(
      'findings.targetGone',
    );
    expect(codes(validate(toGraph(plan), { lookup: emptyLookup() }))).not.to.include(
      'findings.targetGone',
    );
  });

  it('warns about unsupported steps without blocking the save', () => {
    const findings = validate(toGraph(one({ type: 'queue', config: { on: 'x' } })));
    expect(findings.map((f) => [f.severity, f.code])).to.deep.equal([
      ['warning', 'findings.unsupported'],
    ]);
  });

  it('never throws, whatever the plan holds', () => {
    fc.assert(
      fc.property(arbitraryPlan, fc.boolean(), (plan, complete) => {
        const findings = validate(toGraph(plan), { lookup: sampleLookup(complete) });
        for (const f of findings) expect(f.message).to.be.a('string').and.not.equal('');
      }),
      { numRuns: 300 },
    );
  });
});
