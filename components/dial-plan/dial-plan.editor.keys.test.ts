import { expect, fixture, html } from '@open-wc/testing';
import type { DialstackInstance } from '../../src/core/types';
import { until } from '../../test/unit/core/helpers';
import { freshMockEach, type SeedFacts } from '../../test/support/mock';
import {
  button,
  edgeIds,
  handle,
  mountEditor,
  node,
  paletteItem,
  shadow,
} from './dial-plan.editor.test-support';

const key = (target: EventTarget, k: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', {
    key: k,
    bubbles: true,
    composed: true,
    cancelable: true,
    ...init,
  });
  target.dispatchEvent(event);
  return event;
};

describe('<dialstack-dial-plan mode="edit"> keys and deleting', () => {
  let instance: DialstackInstance;
  let facts: SeedFacts;
  freshMockEach((mock) => ({ instance, facts } = mock));

  it('Delete on a focused step deletes it; a Delete typed in a field, the connect list or the host page does not', async () => {
    const host = await fixture<HTMLElement>(html`<div><input aria-label="Host field" /></div>`);
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    // Not from fields: the plan name, the connect list, the host page's own input.
    const name = shadow(el).querySelector<HTMLInputElement>('.plan-name')!;
    name.focus();
    expect(key(name, 'Delete').defaultPrevented).to.equal(false);
    expect(key(name, 'Backspace').defaultPrevented).to.equal(false);
    key(host.querySelector('input')!, 'Delete');
    handle(el, 'welcome', 'next').click();
    await until(() => !!shadow(el).querySelector('.connect select'));
    key(shadow(el).querySelector('.connect select')!, 'Backspace');
    await el.updateComplete;
    expect(node(el, 'welcome'), 'nothing was deleted by those').to.exist;
    // Positive control: the same key on the focused card deletes it.
    const card = node(el, 'welcome')!;
    card.focus();
    expect(key(card, 'Delete').defaultPrevented).to.equal(true);
    await until(() => !node(el, 'welcome'));
    expect(edgeIds(el)).to.not.include('hours:open');
    // Focus moves on to a neighbouring card rather than being lost.
    await until(() => shadow(el).activeElement?.getAttribute('part') === 'node');
  });

  it('deletes a step with its button and an edge by selecting its label, by key or toolbar', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    button(el, 'Delete step after_hours_msg').click();
    await until(() => !node(el, 'after_hours_msg'));
    const label = () =>
      [...shadow(el).querySelectorAll<HTMLButtonElement>('.edge-label')].find(
        (b) => b.getAttribute('aria-label') === 'Connection Open from hours to welcome',
      );
    label()!.click();
    await until(() => label()!.getAttribute('aria-pressed') === 'true');
    const pane = shadow(el).querySelector<HTMLElement>('.pane')!;
    pane.focus();
    key(pane, 'Backspace');
    await until(() => !edgeIds(el).includes('hours:open'));
    expect(node(el, 'welcome'), 'the step stays; only its edge went').to.exist;
    // And with the toolbar button.
    const timeout = [...shadow(el).querySelectorAll<HTMLButtonElement>('.edge-label')].find((b) =>
      /^Connection Timeout from main_menu/.test(b.getAttribute('aria-label')!),
    )!;
    timeout.click();
    await el.updateComplete;
    button(el, 'Delete selected').click();
    await until(() => !edgeIds(el).includes('main_menu:timeout'));
  });

  it('undoes with Ctrl/Cmd+Z and redoes with Ctrl+Shift+Z and Ctrl+Y, but not inside a text field', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    paletteItem(el, 'Add Menu step').click();
    await until(() => !!node(el, 'menu'));
    const card = node(el, 'hours')!;
    const name = shadow(el).querySelector<HTMLInputElement>('.plan-name')!;
    expect(key(name, 'z', { ctrlKey: true }).defaultPrevented).to.equal(false);
    await el.updateComplete;
    expect(node(el, 'menu'), 'the field keeps its own undo').to.exist;
    key(card, 'z', { ctrlKey: true });
    await until(() => !node(el, 'menu'));
    key(card, 'z', { ctrlKey: true, shiftKey: true });
    await until(() => !!node(el, 'menu'));
    key(card, 'z', { metaKey: true });
    await until(() => !node(el, 'menu'));
    key(card, 'y', { ctrlKey: true });
    await until(() => !!node(el, 'menu'));
  });

  it('moves focus between cards with the arrows (one tab stop), and sets the first step from Start', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    const stops = [...shadow(el).querySelectorAll('[part~="node"][tabindex="0"]')];
    expect(stops).to.have.length(1);
    const first = stops[0] as HTMLElement;
    first.focus();
    key(first, 'ArrowDown');
    await until(() => shadow(el).activeElement !== first);
    expect(shadow(el).activeElement?.getAttribute('tabindex')).to.equal('0');
    key(shadow(el).activeElement!, 'Home');
    await until(() => shadow(el).activeElement?.getAttribute('data-node-id') === '@start');
    const start = handle(el, '@start', 'start');
    start.click();
    await until(() => !!shadow(el).querySelector('.connect select'));
    shadow(el).querySelector<HTMLSelectElement>('.connect select')!.value = 'main_menu';
    button(el, 'Connect').click();
    await until(() =>
      /: main_menu\./.test(handle(el, '@start', 'start').getAttribute('aria-label')!),
    );
    expect(el.dirty).to.equal(true);
  });

  it('moves the focused step with Shift+arrows, one undo entry a press, and says so', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    const card = node(el, 'welcome')!;
    const at = () => {
      const match = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(card.style.transform)!;
      return { x: Number(match[1]), y: Number(match[2]) };
    };
    const from = at();
    expect(card.getAttribute('aria-keyshortcuts')).to.contain('Shift+ArrowRight');
    card.focus();
    expect(key(card, 'ArrowRight', { shiftKey: true }).defaultPrevented).to.equal(true);
    await until(() => at().x === from.x + 20);
    expect(key(card, 'ArrowDown', { shiftKey: true }).defaultPrevented).to.equal(true);
    await until(() => at().y === from.y + 20);
    expect(at().x).to.equal(from.x + 20);
    expect(shadow(el).activeElement, 'focus stays on the step').to.equal(card);
    expect(el.dirty).to.equal(true);
    expect(shadow(el).querySelector('.visually-hidden[role="status"]')!.textContent).to.contain(
      '“welcome” moved.',
    );
    key(card, 'z', { ctrlKey: true });
    await until(() => at().y === from.y);
    expect(at().x).to.equal(from.x + 20);
    key(card, 'z', { ctrlKey: true });
    await until(() => at().x === from.x);
    // The Start node follows the first step: it does not move on its own.
    const start = node(el, '@start')!;
    const startAt = start.style.transform;
    start.focus();
    expect(key(start, 'ArrowRight', { shiftKey: true }).defaultPrevented).to.equal(false);
    await el.updateComplete;
    expect(start.style.transform).to.equal(startAt);
    // Unmodified, the arrows still move focus (and nothing moves).
    card.focus();
    key(card, 'ArrowDown');
    await until(() => shadow(el).activeElement !== card);
    expect(at()).to.deep.equal(from);
  });

  it('adds a step dropped from the palette where it is dropped', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    const pane = shadow(el).querySelector<HTMLElement>('.pane')!;
    const rect = pane.getBoundingClientRect();
    const viewportBefore =
      shadow(el).querySelector<HTMLElement>('.xyflow__viewport')!.style.transform;
    const data = new DataTransfer();
    paletteItem(el, 'Add Voice app step')
      .closest('li')!
      .dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: data }));
    const at = { clientX: rect.left + 120, clientY: rect.bottom - 80 };
    const over = new DragEvent('dragover', {
      bubbles: true,
      cancelable: true,
      dataTransfer: data,
      ...at,
    });
    pane.dispatchEvent(over);
    expect(over.defaultPrevented, 'the canvas accepts the drop').to.equal(true);
    pane.dispatchEvent(
      new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data, ...at }),
    );
    await until(() => !!node(el, 'voice_app'));
    // Where the drop point is on the plan (the view may then pan to show the focused card).
    const [x, y, zoom] = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([\d.]+)\)/
      .exec(viewportBefore)!
      .slice(1)
      .map(Number) as [number, number, number];
    const dropped = {
      x: (at.clientX - rect.left - x) / zoom,
      y: (at.clientY - rect.top - y) / zoom,
    };
    const [left, top] = /translate\(([-\d.]+)px, ([-\d.]+)px\)/
      .exec(node(el, 'voice_app')!.style.transform)!
      .slice(1)
      .map(Number) as [number, number];
    // The card is centred on the drop point horizontally, its input handle at its height.
    expect(Math.abs(left + 120 - dropped.x)).to.be.below(2);
    expect(Math.abs(top + 32 - dropped.y)).to.be.below(2);
  });

  it('fits a 360 px wide page: the palette folds into an "Add step" drawer', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine, 360);
    const palette = shadow(el).querySelector<HTMLElement>('dialstack-dial-plan-palette')!;
    const toggle = button(el, '+ Add step');
    expect(getComputedStyle(palette).display).to.equal('none');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(el.scrollWidth).to.be.at.most(360);
    const pane = shadow(el).querySelector<HTMLElement>('.pane')!;
    expect(pane.getBoundingClientRect().width).to.be.above(300);
    toggle.click();
    await until(() => getComputedStyle(palette).display !== 'none');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    paletteItem(el, 'Add Menu step').click();
    await until(() => !!node(el, 'menu'));
    await until(() => getComputedStyle(palette).display === 'none');
  });

  it('the viewer at 360 px: legible zoom, the Start node in view, nothing clipped on the left', async () => {
    const el = await fixture<HTMLElement>(
      html`<dialstack-dial-plan
        .dialstack=${instance}
        dial-plan-id=${facts.dialPlans.mainLine}
        style="width: 360px"
      ></dialstack-dial-plan>`,
    );
    const viewport = () => shadow(el).querySelector<HTMLElement>('.xyflow__viewport');
    await until(() => /scale/.test(viewport()?.style.transform ?? ''), 8000);
    const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport()!.style.transform)![1]);
    expect(zoom).to.be.at.least(0.5);
    const pane = shadow(el).querySelector('.pane')!.getBoundingClientRect();
    const start = node(el, '@start')!.getBoundingClientRect();
    expect(start.left).to.be.at.least(pane.left);
    expect(start.right).to.be.at.most(pane.right);
    expect(el.scrollWidth).to.be.at.most(360);
  });
});
