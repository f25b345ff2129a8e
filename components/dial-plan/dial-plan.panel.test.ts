import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Instance } from '../../src/core/instance';
import { deepActiveElement } from '../../src/ui/focus';
import { open, planWith, text } from './dial-plan.panel.test-support';

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
      expect(text(h.$('h2'))).to.equal('Ring'); // English before the switch
      await waitUntil(() => label() === 'Faire sonner pendant (secondes)', 'French label');
      expect(text(h.$('#exit-next option'))).to.equal('Rien : raccrocher');
      // The step type comes from the dial plan's own strings, in the same language.
      await waitUntil(() => text(h.$('h2')) === 'Faire sonner', 'French step type');
      instance.update({ locale: 'es' });
      await waitUntil(() => label() === 'Sonar durante (segundos)', 'Spanish label');
      await waitUntil(() => text(h.$('h2')) === 'Llamar', 'Spanish step type');
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
