import { expect } from '@open-wc/testing';
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
  pointerDrag,
  shadow,
  status,
  targetHandle,
  text,
} from './dial-plan.editor.test-support';

describe('<dialstack-dial-plan mode="edit">', () => {
  let instance: DialstackInstance;
  let facts: SeedFacts;
  freshMockEach((mock) => ({ instance, facts } = mock));

  it('opens a plan with a palette, handles on every exit, and no unsaved changes', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    expect(nodes(el)).to.have.length(15);
    expect(el.dirty).to.equal(false);
    expect(status(el)).to.equal('All changes saved');
    expect(handle(el, 'main_menu', 'option-0').getAttribute('aria-label')).to.match(
      /^Press 1 of main_menu: /,
    );
    expect(paletteItem(el, 'Add Voicemail step')).to.exist;
    expect(button(el, 'Delete step main_menu')).to.exist;
  });

  it('speaks the page’s language: the palette and toolbar in Spanish with locale es', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    expect(paletteItem(el, 'Add Menu step')).to.exist; // English first
    instance.update({ locale: 'es' });
    await until(() => status(el) === 'Todos los cambios guardados');
    const palette = shadow(el).querySelector('dialstack-dial-plan-palette')!.shadowRoot!;
    await until(() => !!palette.querySelector('[data-key="menu"] .name'));
    await until(() => text(palette.querySelector('[data-key="menu"] .name')) === 'Menú');
    const menu = paletteItem(el, 'Añadir el paso Menú');
    expect(text(palette.getElementById(menu.getAttribute('aria-describedby')!))).to.equal(
      'Reproducir un mensaje y seguir según la tecla pulsada',
    );
    expect(palette.querySelector('ul')!.getAttribute('aria-label')).to.equal('Pasos para añadir');
    expect(text(palette.querySelector('.hint'))).to.equal(
      'Haz clic para añadir o arrastra al lienzo',
    );
    expect(button(el, 'Deshacer')).to.exist;
  });

  it('passes axe in edit mode: palette, cards with handles', async () => {
    // 600 px: the side (panel, problems, simulator: each has its own axe test) folds away, so
    // axe runs on the editor itself in the time a test has.
    const el = await mountEditor(instance, facts.dialPlans.billingLine, 600);
    expect(nodes(el)).to.have.length(4);
    button(el, '+ Add step').click();
    await until(() => getComputedStyle(shadow(el).querySelector('.palette')!).display !== 'none');
    await expect(el).to.be.accessible();
  });

  it('passes axe with the keyboard connect form open', async () => {
    const el = await mountEditor(instance, facts.dialPlans.billingLine, 600);
    handle(el, 'billing_hours', 'open').click();
    await until(() => !!shadow(el).querySelector('.connect select'));
    await expect(el).to.be.accessible();
  });

  it('adds a step from the palette by click and by keyboard, at a free spot, undoably', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    const dirty: boolean[] = [];
    el.addEventListener('dialstack-dirty-change', (e) => dirty.push(e.detail.dirty));
    paletteItem(el, 'Add Menu step').click();
    await until(() => !!node(el, 'menu'));
    expect(node(el, 'menu')!.dataset.kind).to.equal('menu');
    expect(el.dirty).to.equal(true);
    // Keyboard: Enter on a focused palette button activates it, as for any button.
    const item = paletteItem(el, 'Add Voicemail step');
    item.focus();
    item.click();
    await until(() => !!node(el, 'voicemail'));
    expect(node(el, 'voicemail')!.dataset.kind).to.equal('voicemail');
    await until(() => shadow(el).activeElement === node(el, 'voicemail'));
    const at = (id: string) => node(el, id)!.getBoundingClientRect();
    const a = at('menu');
    const b = at('voicemail');
    const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    expect(overlap, 'the second step does not sit on the first').to.equal(false);
    el.undo();
    el.undo();
    await until(() => !node(el, 'menu') && !node(el, 'voicemail'));
    expect(dirty).to.deep.equal([true, false]);
    el.redo();
    await until(() => !!node(el, 'menu'));
    expect(dirty).to.deep.equal([true, false, true]);
  });

  it('connects an exit to a step by dragging its handle, and reconnects it', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    paletteItem(el, 'Add Play a message step').click();
    await until(() => !!node(el, 'sound_clip'));
    await el.updateComplete;
    await pointerDrag(handle(el, 'sound_clip', 'next'), targetHandle(el, 'welcome'));
    await until(() => edgeIds(el).includes('sound_clip:next'));
    expect(handle(el, 'sound_clip', 'next').getAttribute('aria-label')).to.match(/: welcome\./);
    // Reconnect: one edge per exit.
    await pointerDrag(handle(el, 'sound_clip', 'next'), targetHandle(el, 'main_menu'));
    await until(() =>
      /: main_menu\./.test(handle(el, 'sound_clip', 'next').getAttribute('aria-label')!),
    );
    expect(edgeIds(el).filter((id) => id === 'sound_clip:next')).to.have.length(1);
    el.undo();
    await until(() =>
      /: welcome\./.test(handle(el, 'sound_clip', 'next').getAttribute('aria-label')!),
    );
  });

  it('moves a step by dragging it: one undo step per drag', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    const card = node(el, 'welcome')!;
    const before = card.style.transform;
    const r = card.getBoundingClientRect();
    await pointerDrag(card.querySelector('.node-summary')!, {
      clientX: r.left + r.width / 2 + 80,
      clientY: r.top + r.height / 2 + 60,
    });
    await until(() => el.dirty);
    expect(node(el, 'welcome')!.style.transform).to.not.equal(before);
    el.undo();
    await until(() => !el.dirty);
    expect(node(el, 'welcome')!.style.transform).to.equal(before);
  });

  it('connects and disconnects from the keyboard: an exit, then a step from a list', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    const exit = handle(el, 'main_menu', 'timeout');
    exit.focus();
    exit.click();
    await until(() => !!shadow(el).querySelector('.connect select'));
    const select = shadow(el).querySelector<HTMLSelectElement>('.connect select')!;
    await until(() => shadow(el).activeElement === select);
    select.value = 'welcome';
    button(el, 'Connect').click();
    await until(() =>
      /: welcome\./.test(handle(el, 'main_menu', 'timeout').getAttribute('aria-label')!),
    );
    expect(edgeIds(el)).to.include('main_menu:timeout');
    await until(() => shadow(el).activeElement === handle(el, 'main_menu', 'timeout'));
    handle(el, 'main_menu', 'timeout').click();
    await until(() => !!shadow(el).querySelector('.connect select'));
    shadow(el).querySelector<HTMLSelectElement>('.connect select')!.value = '';
    button(el, 'Connect').click();
    await until(() => !edgeIds(el).includes('main_menu:timeout'));
    expect(text(shadow(el).querySelector('[aria-live="polite"]'))).to.match(/disconnected/);
  });
});
