/**
 * The editor's palette from the keyboard alone (every item, friendly variants included), the
 * Delete key bound to the editor only (a host dialog's field, a panel field) with the same key on
 * the canvas as the positive control, and undo/redo of each kind of edit on the element.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DialstackInstance } from '../../src/core/types';
import { until } from '../../test/unit/core/helpers';
import { freshMockEach, type SeedFacts } from '../../test/support/mock';
import {
  button,
  edgeIds,
  handle,
  mountEditor,
  node,
  nodes,
  paletteItem,
  shadow,
  text,
} from './dial-plan.editor.test-support';

// [palette item, the id the new step gets, the card's kind]
const PALETTE: [string, string, string][] = [
  ['Add Ring step', 'ring', 'ring'],
  ['Add Menu step', 'menu', 'menu'],
  ['Add Business hours step', 'schedule', 'schedule'],
  ['Add Voicemail step', 'voicemail', 'voicemail'],
  ['Add Play a message step', 'sound_clip', 'sound_clip'],
  ['Add Ring everyone step', 'ring_all_users', 'ring_all_users'],
  ['Add Forward to a number step', 'external_dial', 'external_dial'],
  ['Add Voice app step', 'voice_app', 'voice_app'],
  ['Add Go to dial plan step', 'dial_plan', 'dial_plan'],
];

/** `until`, naming what did not happen. */
const untilSaying = (predicate: () => boolean, what: string) =>
  until(predicate, 4000).catch(() => {
    throw new Error(what);
  });

describe('<dialstack-dial-plan mode="edit"> palette keys, Delete scope and undo of every edit', () => {
  let instance: DialstackInstance;
  let facts: SeedFacts;
  freshMockEach((mock) => ({ instance, facts } = mock));

  it('adds every palette step with Enter or Space on its item, each of its own kind, one undo each', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    const before = nodes(el).length;
    const items = PALETTE;
    let i = 0;
    for (const [name, id, kind] of items) {
      const item = paletteItem(el, name);
      expect(item.tabIndex, `${name} is in the tab order`).to.equal(0);
      item.focus();
      expect(item.matches(':focus'), `${name} holds focus`).to.equal(true);
      const key = i++ % 2 ? 'Space' : 'Enter';
      await sendKeys({ press: key });
      await untilSaying(() => !!node(el, id), `${key} on ${name} added ${id}`);
      expect(node(el, id)!.dataset.kind, name).to.equal(kind);
      // The new step's card takes focus, and keeps it once its panel has opened (the panel's
      // code loads on the first selection: opening later, it took focus to its heading).
      await untilSaying(() => shadow(el).activeElement === node(el, id), `${id} has focus`);
      const panel = () => shadow(el).querySelector('dialstack-dial-plan-panel');
      await untilSaying(
        () => !!panel()?.shadowRoot?.textContent?.includes(`Step ${id}`),
        `${id}'s panel is open`,
      );
      expect(shadow(el).activeElement, `${id}'s card keeps focus`).to.equal(node(el, id));
    }
    expect(nodes(el)).to.have.length(before + items.length);
    expect(el.dirty).to.equal(true);
    for (const [name, id] of [...items].reverse()) {
      el.undo();
      await until(() => !node(el, id));
      expect(nodes(el), `one undo removes only ${name}`).to.have.length(
        before + items.findIndex(([n]) => n === name),
      );
    }
    await until(() => !el.dirty);
  });

  it('adds every palette step by dragging its item onto the canvas, each of its own kind', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    const before = nodes(el).length;
    const pane = shadow(el).querySelector<HTMLElement>('.pane')!;
    const rect = pane.getBoundingClientRect();
    for (const [name, id, kind] of PALETTE) {
      const data = new DataTransfer();
      paletteItem(el, name)
        .closest('li')!
        .dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: data }));
      const at = { clientX: rect.left + 140, clientY: rect.bottom - 90 };
      const init = { bubbles: true, cancelable: true, dataTransfer: data, ...at };
      const over = new DragEvent('dragover', init);
      pane.dispatchEvent(over);
      expect(over.defaultPrevented, `the canvas accepts ${name}`).to.equal(true);
      pane.dispatchEvent(new DragEvent('drop', init));
      await until(() => !!node(el, id), 4000);
      expect(node(el, id)!.dataset.kind, name).to.equal(kind);
    }
    expect(nodes(el)).to.have.length(before + PALETTE.length);
  });

  it('a Delete pressed in a host dialog or a panel field deletes nothing; the same key on the canvas deletes the selected step', async () => {
    const host = await fixture<HTMLElement>(
      html`<div>
        <dialog aria-label="Host dialog"><input aria-label="Host note" value="abc" /></dialog>
      </div>`,
    );
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    node(el, 'front_desk')!.click();
    await until(() => node(el, 'front_desk')!.getAttribute('aria-current') === 'true');
    const panel = () => shadow(el).querySelector('dialstack-dial-plan-panel');
    await until(() => !!panel()?.shadowRoot?.querySelector('#timeout'), 5000);

    // The host's modal dialog, opened while the step is selected.
    const dialog = host.querySelector('dialog')!;
    const note = host.querySelector('input')!;
    dialog.showModal();
    note.focus();
    note.setSelectionRange(3, 3);
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Delete' });
    expect(note.value, 'the keys reached the host field').to.equal('b');
    dialog.close();
    await el.updateComplete;
    expect(node(el, 'front_desk'), 'the host dialog’s keys deleted nothing').to.exist;
    expect(el.dirty).to.equal(false);

    // The step's own timeout field in the panel.
    const timeout = panel()!.shadowRoot!.querySelector<HTMLInputElement>('#timeout')!;
    timeout.focus();
    timeout.setSelectionRange(timeout.value.length, timeout.value.length);
    await sendKeys({ press: 'Backspace' });
    expect(timeout.value, 'the key reached the field').to.equal('2');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Delete' });
    expect(timeout.value).to.equal('');
    await el.updateComplete;
    expect(node(el, 'front_desk'), 'the panel field’s keys deleted no step').to.exist;

    // Positive control: the same key with the canvas focused deletes the selected step.
    shadow(el).querySelector<HTMLElement>('.pane')!.focus();
    await sendKeys({ press: 'Delete' });
    await until(() => !node(el, 'front_desk'));
    expect(el.dirty).to.equal(true);
  });

  it('undoes and redoes each kind of edit: delete step, delete edge, rename, first step, config, auto-layout', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    const planName = shadow(el).querySelector<HTMLInputElement>('.plan-name')!;
    const state = () =>
      JSON.stringify({
        nodes: nodes(el).map((n) => [
          n.dataset.nodeId,
          n.style.transform,
          text(n.querySelector('.node-summary')),
        ]),
        edges: edgeIds(el).sort(),
        name: planName.value,
        start: handle(el, '@start', 'start').getAttribute('aria-label'),
      });
    const edgeLabel = (name: string) =>
      [...shadow(el).querySelectorAll<HTMLButtonElement>('.edge-label')].find(
        (b) => b.getAttribute('aria-label') === name,
      )!;
    const panel = () => shadow(el).querySelector('dialstack-dial-plan-panel');

    const edits: [string, () => Promise<void>][] = [
      [
        'delete a step with its button',
        async () => button(el, 'Delete step after_hours_msg').click(),
      ],
      [
        'delete an edge with the Delete key',
        async () => {
          edgeLabel('Connection Open from hours to welcome').click();
          await until(
            () =>
              edgeLabel('Connection Open from hours to welcome').getAttribute('aria-pressed') ===
              'true',
          );
          shadow(el).querySelector<HTMLElement>('.pane')!.focus();
          await sendKeys({ press: 'Delete' });
        },
      ],
      [
        'rename the plan',
        async () => {
          planName.value = 'Renamed line';
          planName.dispatchEvent(new Event('change'));
        },
      ],
      [
        'make another step the first',
        async () => {
          handle(el, '@start', 'start').click();
          await until(() => !!shadow(el).querySelector('.connect select'));
          shadow(el).querySelector<HTMLSelectElement>('.connect select')!.value = 'main_menu';
          button(el, 'Connect').click();
        },
      ],
      [
        'change a step’s config in its panel',
        async () => {
          node(el, 'front_desk')!.click();
          await until(() => panel()?.node?.id === 'front_desk');
          const config = {
            ...(panel()!.node!.json.config as Record<string, unknown>),
            timeout: 45,
          };
          panel()!.dispatchEvent(
            new CustomEvent('dialstack-panel-config', {
              detail: { id: 'front_desk', config },
              bubbles: true,
            }),
          );
        },
      ],
      ['auto-layout', async () => button(el, 'Auto-layout').click()],
    ];
    for (const [what, edit] of edits) {
      const before = state();
      await edit();
      await untilSaying(() => state() !== before, `${what}: nothing changed`);
      const after = state();
      el.undo();
      await untilSaying(() => state() === before, `${what}: undo did not restore it`);
      el.redo();
      await untilSaying(() => state() === after, `${what}: redo did not repeat it`);
    }
    expect(el.dirty).to.equal(true);
  });
});
