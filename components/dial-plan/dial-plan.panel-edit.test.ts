import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from '../../src/ui/focus';
import { sampleLookup } from './dial-plan.fixtures';
import { loadPhoneTyping } from './dial-plan.panel-phone';
import { open, planWith, replaceConfig, text } from './dial-plan.panel.test-support';

describe('<dialstack-dial-plan-panel> editing', () => {
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

    const missing = () =>
      planWith((nodes) => {
        nodes.find((n) => n.id === 'front_desk')!.config.target_id = '';
        nodes.find((n) => n.id === 'hours')!.config.schedule_id = '';
      });

    it('a missing target is flagged on its picker (and a chosen one is not)', async () => {
      const h = await open('front_desk', missing());
      const combo = h.$('[role="combobox"]')!;
      expect(combo.getAttribute('aria-invalid')).to.equal('true');
      expect(combo.getAttribute('aria-required')).to.equal('true');
      expect(h.described(combo)).to.deep.equal(['Choose a destination.']);
      await expect(h.el).to.be.accessible();
      // Positive control: a chosen target is not flagged.
      const chosen = await open('front_desk');
      expect(chosen.$('[role="combobox"]')!.hasAttribute('aria-invalid')).to.equal(false);
    });

    it('a missing schedule is flagged on its picker', async () => {
      const h = await open('hours', missing());
      const combo = h.$('[role="combobox"]')!;
      expect(combo.getAttribute('aria-invalid')).to.equal('true');
      expect(combo.getAttribute('aria-required')).to.equal('true');
      expect(h.described(combo)).to.deep.equal(['Choose a schedule.']);
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
});
