import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { messageKeys } from '../../src/i18n/messages';
import { samplePlan, sampleLookup } from './dial-plan.fixtures';
import { DialstackDialPlanFindings } from './dial-plan.findings.define';
import { toGraph, type PlanJson } from './dial-plan.graph';
import { dialPlanTranslator, loadDialPlanLanguage } from './dial-plan.i18n';
import { dialPlanMessages } from './dial-plan.messages';
import {
  dialPlanEditorMessages,
  editorTranslator,
  loadEditorLanguage,
} from './dial-plan.editor.messages';
import { validate, type Finding } from './dial-plan.validate';

void DialstackDialPlanFindings;

/** The sample plan broken in a few ways: a bad timeout, a duplicate key, an orphan step. */
function brokenPlan(): PlanJson {
  const plan = samplePlan();
  const nodes = plan.nodes!;
  (nodes.find((n) => n.id === 'front_desk')!.config as Record<string, unknown>).timeout = 900;
  const menu = nodes.find((n) => n.id === 'main_menu')!.config as { options: object[] };
  menu.options.push({ digit: '1', next_node: 'everyone' });
  nodes.push({ id: 'orphan', type: 'sound_clip', config: { clip_id: 'clip_welcome' } });
  return { ...plan, name: '' };
}

const setup = async (findings: Finding[], plan = brokenPlan()) => {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <dialstack-dial-plan-findings
        .findings=${findings}
        .graph=${toGraph(plan)}
        .lookup=${sampleLookup()}
      ></dialstack-dial-plan-findings>
    </div>`,
  );
  const el = wrapper.querySelector('dialstack-dial-plan-findings')!;
  await el.updateComplete;
  return { wrapper, el, root: el.shadowRoot! };
};
const textOf = (el: Element | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<dialstack-dial-plan-findings>', () => {
  const graph = toGraph(brokenPlan());
  const findings = validate(graph, { lookup: sampleLookup() });

  it('lists errors apart from warnings, with counts, each saying what is wrong and where', async () => {
    const { root } = await setup(findings);
    const errors = [...root.querySelectorAll('[data-severity="error"] [part~="row"]')];
    const warnings = [...root.querySelectorAll('[data-severity="warning"] [part~="row"]')];
    expect(errors.length).to.equal(findings.filter((f) => f.severity === 'error').length);
    expect(errors.length).to.equal(3); // name, timeout, duplicate key
    expect(warnings.length).to.equal(findings.length - 3);
    expect(errors.every((row) => row.getAttribute('data-severity') === 'error')).to.equal(true);
    expect(textOf(root.querySelector('[data-severity="error"] h3'))).to.equal('Errors 3');
    expect(textOf(root.querySelector('[data-severity="error"] .group__hint'))).to.contain(
      'block saving',
    );
    expect(errors.map(textOf)).to.deep.equal([
      'The plan Give the dial plan a name (up to 255 characters).',
      'Menu “main_menu” The key 1 is used twice.',
      'Ring “front_desk” The timeout must be a whole number from 0 to 300 seconds.',
    ]);
    const texts = warnings.map(textOf);
    expect(texts).to.include('Play a message “orphan” No call can reach this step.');
    expect(texts).to.include(
      'Menu “main_menu” “Press *” leads nowhere: the call replays the menu.',
    );
    expect(texts).to.include('Ring “billing” “No answer” leads nowhere: the call hangs up.');
    expect(textOf(root.querySelector('[part="summary"]'))).to.equal(
      `Checks: 3 errors, ${warnings.length} warnings. Fix the errors to save.`,
    );
    // Rows have stable ids.
    const ids = [...root.querySelectorAll('[part~="row"]')].map((r) => r.getAttribute('data-id'));
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('says when there is nothing to fix, and announces the counts as they change', async () => {
    const { el, root } = await setup([]);
    const summary = root.querySelector('[part="summary"]')!;
    expect(summary.getAttribute('role')).to.equal('status');
    expect(summary.getAttribute('aria-live')).to.equal('polite');
    expect(textOf(summary)).to.equal('No problems found.');
    expect(root.querySelectorAll('[part~="row"]').length).to.equal(0);
    el.findings = findings.filter((f) => f.severity === 'warning').slice(0, 1);
    await el.updateComplete;
    expect(textOf(summary)).to.equal('Checks: no errors, 1 warning.');
    expect(root.querySelector('[part="summary"]')).to.equal(summary); // same live region
  });

  it('selects the step on click and on Enter (bubbling, not leaving the editor’s shadow root)', async () => {
    const { wrapper, root } = await setup(findings);
    const row = (id: string) =>
      root.querySelector<HTMLButtonElement>(`[part~="row"][data-node-id="${id}"] button`)!;
    const clicked = oneEvent(wrapper, 'dialstack-finding-select');
    row('orphan').click();
    const event = await clicked;
    expect(event.detail).to.deep.equal({ nodeId: 'orphan' });
    expect([event.bubbles, event.composed]).to.deep.equal([true, false]);
    row('front_desk').focus();
    const entered = oneEvent(wrapper, 'dialstack-finding-select');
    await sendKeys({ press: 'Enter' });
    expect((await entered).detail).to.deep.equal({ nodeId: 'front_desk' });
    // A finding about the whole plan selects nothing: it is not a button.
    const planRow = root.querySelector('[part~="row"]:not([data-node-id])')!;
    expect(planRow.querySelector('button')).to.equal(null);
  });

  it('is accessible', async () => {
    const { el } = await setup(findings);
    await expect(el).to.be.accessible();
  });
});

describe('dial plan strings in Spanish and French', () => {
  it('translate every viewer, findings and simulator string, loaded on demand', async () => {
    const english = messageKeys(dialPlanMessages.en);
    const [{ es }, { fr }] = await Promise.all([
      import('./dial-plan.messages.es'),
      import('./dial-plan.messages.fr'),
    ]);
    const ours =
      /^dialPlan\.(canvas|types|exits|empty|names|cards|findings|simulate|findingsList|simulator)\./;
    const mine = english.filter((key) => ours.test(key));
    expect(mine.length).to.be.above(150);
    expect(mine.filter((key) => !messageKeys(es).includes(key))).to.deep.equal([]);
    expect(mine.filter((key) => !messageKeys(fr).includes(key))).to.deep.equal([]);
    // No key English doesn't have.
    expect(messageKeys(es).filter((key) => !english.includes(key))).to.deep.equal([]);
    expect(messageKeys(fr).filter((key) => !english.includes(key))).to.deep.equal([]);
  });

  it('translate every editor string, in their own packs loaded with the editor', async () => {
    const english = messageKeys(dialPlanEditorMessages.en);
    expect(english.length).to.be.above(40);
    const [{ es }, { fr }] = await Promise.all([
      import('./dial-plan.editor.messages.es'),
      import('./dial-plan.editor.messages.fr'),
    ]);
    for (const pack of [es, fr]) {
      const keys = messageKeys(pack);
      expect(english.filter((key) => !keys.includes(key))).to.deep.equal([]);
      expect(
        keys.filter((key) => !english.includes(key)),
        'extra keys',
      ).to.deep.equal([]);
    }
    const te = editorTranslator(undefined, 'es', 'es');
    await loadEditorLanguage('es');
    expect(te('save')).to.equal('Save'); // made before the pack was in
    expect(editorTranslator(undefined, 'es', 'es')('save')).to.equal('Guardar');
    const overrides = { dialPlan: { editor: { save: 'Publicar' } } };
    expect(editorTranslator(overrides, 'es', 'es')('save')).to.equal('Publicar');
    await loadEditorLanguage('fr');
    expect(editorTranslator(undefined, 'fr', 'fr')('blocked', { count: 2 })).to.equal(
      'Corrigez les erreurs avant d’enregistrer (2).',
    );
  });

  it('speaks the page’s language once its strings have loaded, with the host’s overrides', async () => {
    const spanish = { language: 'es', locale: 'es' } as const;
    expect(dialPlanTranslator(spanish)('exits.open')).to.equal('Open'); // not loaded yet
    await loadDialPlanLanguage('es');
    const t = dialPlanTranslator(spanish);
    expect(t('exits.open')).to.equal('Abierto');
    expect(t('findingsList.errorCount', { count: 2 })).to.equal('2 errores');
    expect(dialPlanTranslator(spanish)).to.equal(t); // memoized
    const overrides = { dialPlan: { exits: { open: 'Abierta' } } };
    expect(dialPlanTranslator(spanish, overrides)('exits.open')).to.equal('Abierta');
    await loadDialPlanLanguage('fr');
    expect(
      dialPlanTranslator({ language: 'fr', locale: 'fr' })('findingsList.warningCount', {
        count: 1,
      }),
    ).to.equal('1 avertissement');
  });
});
