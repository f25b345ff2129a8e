/**
 * The editor's minimap (`XYMinimap`): a rectangle per card, a frame for the part in view that
 * follows zooming, cards that move when the plan is laid out again, and a drag on it that pans
 * the canvas.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import type { DialstackInstance } from '../../src/core/types';
import { until } from '../../test/unit/core/helpers';
import { freshMock, type SeedFacts } from '../../test/support/mock';
import { button, mountEditor, nodes, shadow } from './dial-plan.editor.test-support';

describe('<dialstack-dial-plan mode="edit"> minimap', () => {
  let instance: DialstackInstance;
  let facts: SeedFacts;

  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });
  beforeEach(async () => {
    ({ instance, facts } = await freshMock());
  });
  afterEach(async () => {
    await resetMouse();
    await instance.logout();
  });

  it('draws every card, frames the view as it zooms, follows a re-layout, and pans when dragged', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    const minimap = shadow(el).querySelector<HTMLElement>('[part~="minimap"]')!;
    expect(minimap.getAttribute('role')).to.equal('img');
    expect(minimap.getAttribute('aria-label')).to.not.equal('');
    const cards = () => [...minimap.querySelectorAll('rect:not(.minimap-view)')];
    expect(cards()).to.have.length(nodes(el).length);
    const frame = minimap.querySelector('.minimap-view')!;
    const frameWidth = () => Number(frame.getAttribute('width'));
    await until(() => frameWidth() > 0);

    // Zooming in shows less of the plan: the frame shrinks.
    const wide = frameWidth();
    button(el, 'Zoom in').click();
    await until(() => frameWidth() < wide / 1.1);

    // Laid out again, the cards' rectangles move with them.
    const placed = () => cards().map((r) => `${r.getAttribute('x')},${r.getAttribute('y')}`);
    const before = placed();
    button(el, 'Auto-layout').click();
    await until(() => placed().join() !== before.join(), 4000);
    expect(cards()).to.have.length(nodes(el).length);

    // A drag on the minimap pans the canvas.
    const viewport = () =>
      shadow(el).querySelector<HTMLElement>('.xyflow__viewport')!.style.transform;
    await until(() => /scale/.test(viewport()));
    const shown = viewport();
    const r = minimap.querySelector('svg')!.getBoundingClientRect();
    const from: [number, number] = [
      Math.round(r.left + r.width / 2),
      Math.round(r.top + r.height / 2),
    ];
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from[0] + 15, from[1] + 10] });
    await sendMouse({ type: 'move', position: [from[0] + 30, from[1] + 20] });
    await sendMouse({ type: 'up' });
    await until(() => viewport() !== shown, 3000);
    expect(viewport().match(/scale\(([\d.]+)\)/)![1], 'a pan, not a zoom').to.equal(
      shown.match(/scale\(([\d.]+)\)/)![1],
    );
  });
});
