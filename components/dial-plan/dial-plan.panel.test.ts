import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Instance } from '../../src/core/instance';
import { deepActiveElement } from '../../src/ui/focus';
import { samplePlan, sampleLookup } from './dial-plan.fixtures';
import {
  connect,
  nodeById,
  toGraph,
  type DialPlanGraph,
  type NodeJson,
  type PlanJson,
} from './dial-plan.graph';
import type { NameLookup } from './dial-plan.lookup';
import type {
  DialstackDialPlanPanel,
  PanelConfigDetail,
  PanelConnectDetail,
} from './dial-plan.panel';
import './dial-plan.panel.define';
import { loadPhoneTyping } from './dial-plan.panel-phone';
import { validate } from './dial-plan.validate';

const text = (n: Element | null | undefined) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * The panel inside a stand-in editor: config and connect events are applied to the graph and
 * the panel gets the new node, graph and findings, as `<dialstack-dial-plan>` does.
 */
class Harness {
  configs: PanelConfigDetail[] = [];
  connects: PanelConnectDetail[] = [];
  keydowns: string[] = [];
  graph: DialPlanGraph;

  constructor(
    readonly el: DialstackDialPlanPanel,
    readonly wrapper: HTMLElement,
    graph: DialPlanGraph,
    readonly lookup: NameLookup,
  ) {
    this.graph = graph;
    wrapper.addEventListener('dialstack-panel-config', (e) => {
      this.configs.push(e.detail);
      this.apply(replaceConfig(this.graph, e.detail.id, e.detail.config));
    });
    wrapper.addEventListener('dialstack-panel-connect', (e) => {
      this.connects.push(e.detail);
      this.apply(connect(this.graph, e.detail.source, e.detail.exitId, e.detail.target));
    });
    wrapper.addEventListener('keydown', (e) => this.keydowns.push(e.key));
  }

  apply(graph: DialPlanGraph) {
    this.graph = graph;
    const id = this.el.node!.id;
    this.el.graph = graph;
    this.el.node = nodeById(graph, id);
    this.el.findings = validate(graph, { lookup: this.lookup }).filter((f) => f.nodeId === id);
  }

  get shadow() {
    return this.el.shadowRoot!;
  }
  $<T extends Element = HTMLElement>(selector: string) {
    return this.shadow.querySelector<T>(selector);
  }
  input(id: string) {
    return this.$<HTMLInputElement>(`#${id}`)!;
  }
  /** The texts the control's aria-describedby points at. */
  described(control: Element) {
    const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
    return ids.map((id) => text(this.shadow.getElementById(id)));
  }
  get config() {
    return nodeById(this.graph, this.el.node!.id)!.json.config;
  }
  /** Clears a field and types into it with the keyboard. */
  async type(id: string, value: string) {
    const input = this.input(id);
    input.focus();
    input.select();
    await sendKeys({ press: 'Backspace' });
    if (value) await sendKeys({ type: value });
    await this.el.updateComplete;
  }
}

function replaceConfig(graph: DialPlanGraph, id: string, config: Record<string, unknown>) {
  const plan = { ...graph.plan } as PlanJson;
  plan.nodes = graph.nodes.map((n) =>
    n.id === id ? ({ ...n.json, config } as NodeJson) : (n.json as NodeJson),
  );
  return toGraph(plan);
}

/** The sample plan, with fields this version doesn't know on every node, and `edit` applied. */
function planWith(edit?: (nodes: NodeJson[]) => void): DialPlanGraph {
  const plan = samplePlan();
  for (const node of plan.nodes!)
    node.config = { ...node.config, x_future: { keep: node.id } } as NodeJson['config'];
  edit?.(plan.nodes!);
  return toGraph(plan);
}

async function open(id: string, graph = planWith(), lookup = sampleLookup()) {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <dialstack-dial-plan-panel
        .graph=${graph}
        .node=${nodeById(graph, id)}
        .lookup=${lookup}
        .findings=${validate(graph, { lookup }).filter((f) => f.nodeId === id)}
      ></dialstack-dial-plan-panel>
    </div>`,
  );
  const el = wrapper.querySelector('dialstack-dial-plan-panel')!;
  await el.updateComplete;
  return new Harness(el, wrapper, graph, lookup);
}

describe('<dialstack-dial-plan-panel>', () => {
  describe('every node type', () => {
    const cases: [string, string, string[]][] = [
      ['hours', 'Business hours', ['Schedule', 'Open goes to', 'Closed goes to']],
      ['welcome', 'Play a message', ['Recording', 'Next goes to']],
      ['main_menu', 'Menu', ['Menu prompt', 'Wait for a key (seconds)', 'Key of option 1']],
      ['front_desk', 'Ring', ['Who to ring', 'Ring for (seconds)', 'No answer goes to']],
      ['assistant', 'Voice app', ['Voice app', 'Ring for (seconds)', 'No answer goes to']],
      ['after_hours_vm', 'Voicemail', ['Voicemail box', 'Ring for (seconds)']],
      ['everyone', 'Ring everyone', ['Ring for (seconds)', 'No answer goes to']],
      ['on_call', 'Forward to a number', ['Phone number', 'Ring for (seconds)']],
    ];
    for (const [id, title, labels] of cases) {
      it(`${id}: "${title}" with its fields named, accessible`, async () => {
        const h = await open(id);
        expect(text(h.$('h2'))).to.equal(title);
        expect(text(h.$('.panel__id'))).to.equal(`Step ${id}`);
        const names = [
          ...[...h.shadow.querySelectorAll('label')].map(text),
          ...[...h.shadow.querySelectorAll('.label')].map(text),
          ...[...h.shadow.querySelectorAll('[aria-label]')].map((e) =>
            e.getAttribute('aria-label'),
          ),
        ];
        for (const label of labels) expect(names, label).to.include(label);
        await expect(h.el).to.be.accessible();
      });
    }

    it('shows each field with the config’s value, names resolved', async () => {
      let h = await open('front_desk');
      expect(h.$<HTMLInputElement>('[role="combobox"]')!.value).to.equal('Front Desk (ext. 200)');
      expect(h.input('timeout').value).to.equal('25');
      expect(h.$<HTMLSelectElement>('#exit-next')!.value).to.equal('everyone');
      h = await open('hours');
      expect(h.$<HTMLInputElement>('[role="combobox"]')!.value).to.equal('Clinic Hours');
      expect(h.$<HTMLSelectElement>('#exit-open')!.value).to.equal('welcome');
      expect(h.$<HTMLSelectElement>('#exit-closed')!.value).to.equal('after_hours_vm');
      h = await open('main_menu');
      const digits = [...h.shadow.querySelectorAll<HTMLInputElement>('.digit')].map((d) => d.value);
      expect(digits).to.deep.equal(['1', '2', '9', '0', '*']);
      expect(h.$<HTMLSelectElement>('#exit-option-1')!.value).to.equal('billing_hours');
      expect(h.$<HTMLSelectElement>('#exit-option-4')!.value).to.equal('');
      expect(text(h.$('#exit-option-4 option:checked'))).to.equal('Nothing: replay the menu');
      expect(h.$<HTMLSelectElement>('#exit-timeout')!.value).to.equal('front_desk');
      expect(h.shadow.querySelectorAll('[part~="row"][data-id]')).to.have.length(5);
    });

    it('an unknown node type is read-only: its raw type shown, nothing editable, delete allowed', async () => {
      const graph = planWith((nodes) =>
        nodes.push({ id: 'queue_1', type: 'queue', config: { queue_id: 'q_9', next: 'welcome' } }),
      );
      const h = await open('queue_1', graph);
      expect(text(h.$('h2'))).to.equal('Unsupported step');
      expect(text(h.$('.facts dd'))).to.equal('queue');
      expect(text(h.$('pre'))).to.contain('"queue_id": "q_9"');
      expect(
        h.shadow.querySelectorAll('input, select, textarea, [role="combobox"]'),
      ).to.have.length(0);
      const buttons = [...h.shadow.querySelectorAll('button')].map(text);
      expect(buttons).to.include('Delete step');
      const deleted = oneEvent(h.wrapper, 'dialstack-panel-delete');
      h.$<HTMLButtonElement>('.btn--danger')!.click();
      expect((await deleted).detail).to.deep.equal({ id: 'queue_1' });
      await expect(h.el).to.be.accessible();
    });
  });

  describe('rules, checked as you type', () => {
    it('a timeout out of its range is an error tied to the field and is not sent', async () => {
      const h = await open('front_desk');
      await h.type('timeout', '400');
      const input = h.input('timeout');
      expect(input.value).to.equal('400');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(h.described(input).join(' ')).to.contain(
        'Enter a whole number of seconds from 0 to 300.',
      );
      // "4" and "40" were sent as they were typed; "400" never is.
      expect(h.configs.map((c) => c.config.timeout)).to.deep.equal([4, 40]);
      expect(h.el.invalid).to.equal(true);
      // Leaving the field keeps what was typed, and its error.
      input.blur();
      await h.el.updateComplete;
      expect(input.value).to.equal('400');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      // Positive control: a value within the range is sent, with every other field kept.
      await h.type('timeout', '45');
      expect(h.el.invalid).to.equal(false);
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(h.configs.at(-1)).to.deep.equal({
        id: 'front_desk',
        config: {
          target_id: 'rg_front',
          timeout: 45,
          next: 'everyone',
          x_future: { keep: 'front_desk' },
        },
      });
    });

    it('each type has its own range (menu 1–30, external 1–120, ring everyone 1–300)', async () => {
      for (const [id, bad, good] of [
        ['main_menu', '31', '30'],
        ['on_call', '121', '120'],
        ['everyone', '0', '300'],
      ] as const) {
        const h = await open(id);
        await h.type('timeout', bad);
        expect(h.input('timeout').getAttribute('aria-invalid'), `${id} ${bad}`).to.equal('true');
        await h.type('timeout', '');
        expect(h.described(h.input('timeout')).join(' ')).to.contain('Enter a timeout.');
        const sent = h.configs.map((c) => c.config.timeout);
        expect(sent, id).not.to.include(Number(bad));
        expect(sent, id).not.to.include(null);
        await h.type('timeout', good);
        expect(h.configs.at(-1)!.config.timeout, id).to.equal(Number(good));
      }
    });

    it('an external number is formatted as it is typed and stored in E.164', async () => {
      await loadPhoneTyping();
      const h = await open('on_call');
      await h.type('phone_number', '+442079460018');
      expect(h.input('phone_number').value).to.equal('+44 20 7946 0018');
      expect(h.configs.at(-1)!.config).to.deep.include({
        phone_number: '+442079460018',
        x_future: { keep: 'on_call' },
      });
      expect(h.described(h.input('phone_number')).join(' ')).to.contain('Dials +442079460018.');
      // A national number is read with the account's country.
      await h.type('phone_number', '4155551234');
      expect(h.input('phone_number').value).to.equal('(415) 555-1234');
      expect(h.configs.at(-1)!.config.phone_number).to.equal('+14155551234');
    });

    it('a number that doesn’t parse keeps what was typed, shows why, and is not sent', async () => {
      await loadPhoneTyping();
      const h = await open('on_call');
      await h.type('phone_number', '+1 415 CALL');
      const input = h.input('phone_number');
      expect(input.value).to.equal('+1 415 CALL');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(h.described(input).join(' ')).to.contain('Use digits, spaces and a leading + only.');
      // Only the cleared field was sent (an empty number is allowed on a draft plan).
      const sent = () => h.configs.map((c) => c.config.phone_number);
      expect(sent()).to.deep.equal(['']);
      // Incomplete: not an error while typing, one once the field is left.
      await h.type('phone_number', '+1 415');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      input.blur();
      await h.el.updateComplete;
      expect(input.value).to.equal('+1 415');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(h.described(input).join(' ')).to.contain('This number is incomplete.');
      expect(sent()).to.deep.equal(['']);
    });

    it('a key used twice is an error on both options and is not sent; swapping keys works', async () => {
      const graph = planWith((nodes) => {
        const menu = nodes.find((n) => n.id === 'main_menu')!;
        (menu.config.options as Record<string, unknown>[])[0]!.x_label = 'Front desk';
      });
      const h = await open('main_menu', graph);
      await h.type('digit-1', '1');
      for (const id of ['digit-0', 'digit-1']) {
        const input = h.input(id);
        expect(input.getAttribute('aria-invalid'), id).to.equal('true');
        expect(h.described(input), id).to.deep.equal(['Key 1 is used by another option.']);
      }
      expect(h.input('digit-1').value).to.equal('1');
      expect(h.configs).to.have.length(0);
      await h.type('digit-0', '2');
      expect(h.configs).to.have.length(1);
      const options = h.configs[0]!.config.options as Record<string, unknown>[];
      expect(options.slice(0, 2)).to.deep.equal([
        { digit: '2', next_node: 'front_desk', x_label: 'Front desk' },
        { digit: '1', next_node: 'billing_hours' },
      ]);
      expect(h.input('digit-0').getAttribute('aria-invalid')).to.equal('false');
    });

    it('a key outside 0–9 * # is an error', async () => {
      const h = await open('main_menu');
      await h.type('digit-2', 'a');
      expect(h.input('digit-2').getAttribute('aria-invalid')).to.equal('true');
      expect(h.described(h.input('digit-2'))).to.deep.equal(['Use one key: 0–9, * or #.']);
      expect(h.configs).to.have.length(0);
      await h.type('digit-2', '#');
      expect((h.configs.at(-1)!.config.options as { digit: string }[])[2]!.digit).to.equal('#');
    });

    const menuOf = (count: number) =>
      planWith((nodes) => {
        const menu = nodes.find((n) => n.id === 'main_menu')!;
        menu.config.options = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#']
          .slice(0, count)
          .map((digit) => ({ digit, next_node: null }));
      });

    it('an option is added with the first free key, up to 12; the 13th is refused', async () => {
      const h = await open('main_menu', menuOf(11));
      const add = () =>
        [...h.shadow.querySelectorAll<HTMLButtonElement>('button')].find(
          (b) => text(b) === 'Add option',
        )!;
      add().click();
      await h.el.updateComplete;
      expect(h.configs).to.have.length(1);
      const options = h.configs[0]!.config.options as unknown[];
      expect(options).to.have.length(12);
      expect(options[11]).to.deep.equal({ digit: '#', next_node: null });
      await waitUntil(() => deepActiveElement() === h.input('digit-11'), 'new key not focused');
      expect(add().getAttribute('aria-disabled')).to.equal('true');
      add().click();
      await h.el.updateComplete;
      expect(h.configs).to.have.length(1);
      expect(text(h.$('#options-messages'))).to.contain('A menu can have at most 12 options.');
    });

    it('an option is removed (its unknown fields go with it, the others stay)', async () => {
      const h = await open('main_menu');
      h.$<HTMLButtonElement>('[aria-label="Remove option 2"]')!.click();
      await h.el.updateComplete;
      const options = h.configs.at(-1)!.config.options as { digit: string }[];
      expect(options.map((o) => o.digit)).to.deep.equal(['1', '9', '0', '*']);
      expect(h.configs.at(-1)!.config.x_future).to.deep.equal({ keep: 'main_menu' });
    });

    it('the last option can’t be removed', async () => {
      const h = await open('main_menu', menuOf(1));
      const remove = h.$<HTMLButtonElement>('[aria-label="Remove option 1"]')!;
      expect(remove.getAttribute('aria-disabled')).to.equal('true');
      remove.click();
      await h.el.updateComplete;
      expect(h.configs).to.have.length(0);
      expect(text(h.$('#options-messages'))).to.contain('A menu needs at least one option.');
    });

    it('a missing target or schedule is flagged on its picker', async () => {
      const graph = planWith((nodes) => {
        nodes.find((n) => n.id === 'front_desk')!.config.target_id = '';
        nodes.find((n) => n.id === 'hours')!.config.schedule_id = '';
      });
      for (const [id, message] of [
        ['front_desk', 'Choose a destination.'],
        ['hours', 'Choose a schedule.'],
      ]) {
        const h = await open(id!, graph);
        const combo = h.$('[role="combobox"]')!;
        expect(combo.getAttribute('aria-invalid'), id).to.equal('true');
        expect(combo.getAttribute('aria-required'), id).to.equal('true');
        expect(h.described(combo), id).to.deep.equal([message]);
        await expect(h.el).to.be.accessible();
      }
      // Positive control: a chosen target is not flagged.
      const h = await open('front_desk');
      expect(h.$('[role="combobox"]')!.hasAttribute('aria-invalid')).to.equal(false);
    });

    it('findings show next to their field or exit; findings about the step above', async () => {
      const graph = planWith((nodes) => {
        nodes.push({ id: 'orphan', type: 'sound_clip', config: { clip_id: 'gone', next: 'nope' } });
      });
      const h = await open('orphan', graph);
      const select = h.$<HTMLSelectElement>('#exit-next')!;
      expect(select.value).to.equal('nope');
      expect(text(select.selectedOptions[0])).to.equal('A step that doesn’t exist (nope)');
      expect(select.getAttribute('aria-invalid')).to.equal('true');
      expect(h.described(select).join(' ')).to.contain('leads to a step that doesn’t exist');
      const combo = h.$('[role="combobox"]')!;
      expect(h.described(combo).join(' ')).to.contain('The recording no longer exists (gone).');
      expect(combo.hasAttribute('aria-invalid'), 'a warning is not invalid').to.equal(false);
      expect(text(h.$('[part="problems"]'))).to.contain('No call can reach this step.');
    });

    it('a voicemail step says its "No answer" is never taken, once', async () => {
      let h = await open('after_hours_vm');
      expect(h.described(h.$('#exit-next')!)).to.deep.equal([
        'Calls here end in voicemail, so “No answer” is never taken.',
      ]);
      const graph = planWith((nodes) => {
        nodes.find((n) => n.id === 'after_hours_vm')!.config.next = 'welcome';
      });
      h = await open('after_hours_vm', graph);
      expect(h.described(h.$('#exit-next')!)).to.deep.equal([
        'Calls here go to voicemail, so “No answer” is never taken.',
      ]);
    });

    it('a draft gives way when the editor changes the value (undo)', async () => {
      const h = await open('front_desk');
      await h.type('timeout', '999');
      expect(h.input('timeout').value).to.equal('999');
      h.apply(replaceConfig(h.graph, 'front_desk', { ...h.config, timeout: 12 }));
      await h.el.updateComplete;
      expect(h.input('timeout').value).to.equal('12');
      expect(h.input('timeout').getAttribute('aria-invalid')).to.equal('false');
    });
  });

  describe('pickers and exits', () => {
    it('the target combobox searches and groups by kind', async () => {
      const h = await open('front_desk');
      const combo = h.$<HTMLInputElement>('[role="combobox"]')!;
      combo.focus();
      await sendKeys({ press: 'ArrowDown' });
      await h.el.updateComplete;
      const groups = () =>
        [...h.shadow.querySelectorAll('[role="listbox"] [role="group"]')].map((g) => [
          text(h.shadow.getElementById(g.getAttribute('aria-labelledby')!)),
          [...g.querySelectorAll('[role="option"]')].map(text),
        ]);
      expect(groups()).to.deep.equal([
        ['Users', ['Ana Ruiz (ext. 101)']],
        ['Ring groups', ['Billing (ext. 210)', 'Front Desk (ext. 200)']],
        ['Dial plans', ['Billing Line']],
        ['Voice apps', ['AI Receptionist (ext. 600)']],
        ['Shared voicemail boxes', ['After-hours box (ext. 302)']],
      ]);
      await sendKeys({ type: 'bill' });
      await h.el.updateComplete;
      expect(groups()).to.deep.equal([
        ['Ring groups', ['Billing (ext. 210)']],
        ['Dial plans', ['Billing Line']],
      ]);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await h.el.updateComplete;
      expect(h.configs.at(-1)).to.deep.equal({
        id: 'front_desk',
        config: {
          target_id: 'dp_billing',
          timeout: 25,
          next: 'everyone',
          x_future: { keep: 'front_desk' },
        },
      });
      // The step is now a "Go to dial plan".
      expect(text(h.$('h2'))).to.equal('Go to dial plan');
    });

    it('a voicemail step lists shared voicemail boxes first; the plan itself is not offered', async () => {
      const h = await open('after_hours_vm');
      h.$<HTMLInputElement>('[role="combobox"]')!.click();
      await h.el.updateComplete;
      const labels = [...h.shadow.querySelectorAll('.combobox__group-label')].map(text);
      expect(labels[0]).to.equal('Shared voicemail boxes');
      const withSelf = await open('front_desk', planWith(), {
        ...sampleLookup(),
        targets: new Map([
          ...sampleLookup().targets,
          ['dp_main', { id: 'dp_main', kind: 'dial_plan', name: 'Main Line' }],
        ]),
      });
      withSelf.$<HTMLInputElement>('[role="combobox"]')!.click();
      await withSelf.el.updateComplete;
      const options = [...withSelf.shadow.querySelectorAll('[role="option"]')].map(text);
      expect(options).to.include('Billing Line');
      expect(options).not.to.include('Main Line');
    });

    it('the schedule and clip pickers choose; "No recording" clears a clip', async () => {
      let h = await open('hours');
      h.$<HTMLInputElement>('[role="combobox"]')!.focus();
      await sendKeys({ type: 'billing' });
      await sendKeys({ press: 'Enter' });
      await h.el.updateComplete;
      expect(h.configs.at(-1)!.config).to.deep.include({ schedule_id: 'sched_billing' });
      h = await open('welcome');
      h.$<HTMLInputElement>('[role="combobox"]')!.focus();
      await sendKeys({ type: 'no recording' });
      await sendKeys({ press: 'Enter' });
      await h.el.updateComplete;
      expect(h.configs.at(-1)!.config).to.deep.equal({
        clip_id: '',
        next: 'main_menu',
        x_future: { keep: 'welcome' },
      });
    });

    it('an exit is connected and disconnected with the keyboard alone', async () => {
      const h = await open('billing');
      const select = h.$<HTMLSelectElement>('#exit-next')!;
      expect(select.value).to.equal('');
      const stepLabels = [...select.options].map(text);
      expect(stepLabels[0]).to.equal('Nothing: hang up');
      expect(stepLabels).to.include('everyone (Ring everyone)');
      expect(stepLabels).not.to.include('billing (Ring)');
      select.focus();
      await sendKeys({ type: 'everyone' });
      await h.el.updateComplete;
      expect(h.connects.at(-1)).to.deep.equal({
        source: 'billing',
        exitId: 'next',
        target: 'everyone',
      });
      expect(h.$<HTMLSelectElement>('#exit-next')!.value).to.equal('everyone');
      await sendKeys({ press: 'Home' });
      await h.el.updateComplete;
      expect(h.connects.at(-1)).to.deep.equal({ source: 'billing', exitId: 'next', target: null });
      expect(h.configs).to.have.length(0);
    });

    it('a menu option’s exit is connected by its own picker', async () => {
      const h = await open('main_menu');
      const select = h.$<HTMLSelectElement>('#exit-option-4')!;
      expect(select.getAttribute('aria-label')).to.equal('Option 5 goes to');
      select.focus();
      await sendKeys({ type: 'welcome' });
      expect(h.connects.at(-1)).to.deep.equal({
        source: 'main_menu',
        exitId: 'option-4',
        target: 'welcome',
      });
    });
  });

  it('speaks the page’s language (French and Spanish load on demand)', async () => {
    // Given explicitly (not provided to the page, so no other test sees it).
    const instance = new Instance({
      fetchClientSecret: async () => 'unused',
      apiUrl: '',
      locale: 'fr',
    });
    try {
      const h = await open('front_desk');
      h.el.dialstack = instance;
      const label = () => text(h.$('label[for="timeout"]'));
      await waitUntil(() => label() === 'Faire sonner pendant (secondes)', 'French label');
      expect(text(h.$('#exit-next option'))).to.equal('Rien : raccrocher');
      instance.update({ locale: 'es' });
      await waitUntil(() => label() === 'Sonar durante (segundos)', 'Spanish label');
      await expect(h.el).to.be.accessible();
    } finally {
      await instance.logout();
    }
  });

  describe('keyboard and events', () => {
    it('opens with focus on its heading; Escape closes', async () => {
      const h = await open('everyone');
      await waitUntil(() => deepActiveElement() === h.$('h2'), 'heading not focused');
      const closed = oneEvent(h.wrapper, 'dialstack-panel-close');
      await sendKeys({ press: 'Escape' });
      const event = await closed;
      expect([event.bubbles, event.composed]).to.deep.equal([true, false]);
    });

    it('Escape in an open combobox closes its list, not the panel', async () => {
      const h = await open('front_desk');
      let closes = 0;
      h.wrapper.addEventListener('dialstack-panel-close', () => closes++);
      const combo = h.$<HTMLInputElement>('[role="combobox"]')!;
      combo.focus();
      await sendKeys({ press: 'ArrowDown' });
      await h.el.updateComplete;
      expect(combo.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      await h.el.updateComplete;
      expect(combo.getAttribute('aria-expanded')).to.equal('false');
      expect(closes).to.equal(0);
      await sendKeys({ press: 'Escape' });
      expect(closes).to.equal(1);
    });

    it('Delete and Backspace typed in a field never reach the editor', async () => {
      const h = await open('front_desk');
      h.input('timeout').focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Delete' });
      h.$<HTMLSelectElement>('#exit-next')!.focus();
      await sendKeys({ press: 'Delete' });
      expect(h.keydowns).to.deep.equal(['End']);
      expect(h.input('timeout').value).to.equal('2');
      // Positive control: outside a field (the heading), the editor sees them.
      h.$('h2')!.focus();
      await sendKeys({ press: 'Delete' });
      await sendKeys({ press: 'Backspace' });
      expect(h.keydowns).to.deep.equal(['End', 'Delete', 'Backspace']);
    });

    it('Delete step and Close fire their events (bubbling, not composed)', async () => {
      const h = await open('welcome');
      const deleted = oneEvent(h.wrapper, 'dialstack-panel-delete');
      [...h.shadow.querySelectorAll<HTMLButtonElement>('button')]
        .find((b) => text(b) === 'Delete step')!
        .click();
      const event = await deleted;
      expect(event.detail).to.deep.equal({ id: 'welcome' });
      expect([event.bubbles, event.composed]).to.deep.equal([true, false]);
      const closed = oneEvent(h.wrapper, 'dialstack-panel-close');
      h.$<HTMLButtonElement>('[aria-label="Close the step’s settings"]')!.click();
      await closed;
    });

    it('config and connect events bubble and are not composed', async () => {
      const h = await open('everyone');
      const configured = oneEvent(h.wrapper, 'dialstack-panel-config');
      await h.type('timeout', '40');
      const config = await configured;
      expect([config.bubbles, config.composed]).to.deep.equal([true, false]);
      const connected = oneEvent(h.wrapper, 'dialstack-panel-connect');
      const select = h.$<HTMLSelectElement>('#exit-next')!;
      select.value = 'welcome';
      select.dispatchEvent(new Event('change'));
      const connect = await connected;
      expect([connect.bubbles, connect.composed]).to.deep.equal([true, false]);
    });
  });
});
