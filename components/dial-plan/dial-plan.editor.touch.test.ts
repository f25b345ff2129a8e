import { expect } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import { until } from '../../test/unit/core/helpers';
import {
  button,
  handle,
  pointerSuite,
  node,
  shadow,
  targetHandle,
  emptySpot,
  grip,
  mid,
  pointsAt,
  type Point,
} from './dial-plan.editor.test-support';

// Real touch input (Chromium's DevTools protocol, test/support/touch-plugin.mjs): the browser
// makes the pointer events (pointerType 'touch') and touch events a finger makes, honours
// `touch-action`, and sends no mouse events after a drag. Touch emulation is on from before
// the element is mounted, as on a phone or tablet (`navigator.maxTouchPoints`, coarse pointer).

const touch = (type: 'start' | 'move' | 'end' | 'tap', points: Point[]) =>
  executeServerCommand('touch', { type, points: points.map((p) => [p.x, p.y]) });
const frame = () => new Promise(requestAnimationFrame);

/** One finger down on `from`, moved in steps to `to`, lifted. */
async function fingerDrag(from: Point, to: Point, during?: () => Promise<void> | void) {
  await touch('start', [from]);
  try {
    for (let i = 1; i <= 8; i++) {
      const x = Math.round(from.x + ((to.x - from.x) * i) / 8);
      const y = Math.round(from.y + ((to.y - from.y) * i) / 8);
      await touch('move', [{ x, y }]);
      await frame();
    }
    await during?.();
  } finally {
    // Lifted even when `during` fails, so no finger stays down for the next test.
    await touch('end', []);
    await frame();
  }
}

const viewport = (el: HTMLElement) =>
  shadow(el).querySelector<HTMLElement>('.xyflow__viewport')!.style.transform;

describe('<dialstack-dial-plan mode="edit"> with a finger', () => {
  const suite = pointerSuite({
    beforeEach: () => executeServerCommand('touch-emulation', { enabled: true }),
    afterEach: () => executeServerCommand('touch-emulation', { enabled: false }),
  });

  it('moves a step by dragging it: one undo step, and the canvas stays put', async () => {
    const el = await suite.mountBillingLine();
    const types: string[] = [];
    el.shadowRoot!.addEventListener('pointerdown', (e) =>
      types.push((e as PointerEvent).pointerType),
    );
    const card = node(el, 'billing_team')!;
    const before = card.style.transform;
    const view = viewport(el);
    const from = mid(card.querySelector('.node-summary')!);
    await fingerDrag(from, { x: from.x + 90, y: from.y + 70 });
    await until(() => el.dirty);
    expect(types, 'the browser made touch pointers').to.deep.equal(['touch']);
    expect(node(el, 'billing_team')!.style.transform).to.not.equal(before);
    expect(viewport(el), 'dragging a step does not pan').to.equal(view);
    el.undo();
    await until(() => !el.dirty);
    expect(node(el, 'billing_team')!.style.transform).to.equal(before);
  });

  it('pans the canvas when the finger starts on empty canvas, moving no step', async () => {
    const el = await suite.mountBillingLine();
    const card = node(el, 'billing_team')!.style.transform;
    const view = viewport(el);
    const from = emptySpot(el);
    await fingerDrag(from, { x: from.x + 120, y: from.y - 60 });
    // The drag was heard: the view moved (the positive control for what follows).
    await until(() => viewport(el) !== view);
    expect(node(el, 'billing_team')!.style.transform).to.equal(card);
    expect(el.dirty).to.equal(false);
  });

  it('zooms in with two fingers spreading apart on the canvas', async () => {
    const el = await suite.mountBillingLine();
    const scale = () => Number(/scale\(([\d.]+)\)/.exec(viewport(el))?.[1]);
    const before = scale();
    const at = emptySpot(el);
    const pair = (d: number): Point[] => [
      { x: at.x - d, y: at.y },
      { x: at.x + d, y: at.y },
    ];
    await touch('start', pair(10));
    try {
      for (let d = 20; d <= 80; d += 10) {
        await touch('move', pair(d));
        await frame();
      }
    } finally {
      await touch('end', []);
    }
    await until(() => scale() > before * 1.5);
    expect(el.dirty, 'zooming is no edit').to.equal(false);
  });

  it('connects an exit from its handle, and reconnects one by its edge’s far end', async () => {
    const el = await suite.mountBillingLine();
    const dirty: boolean[] = [];
    el.addEventListener('dialstack-dirty-change', (e) => dirty.push(e.detail.dirty));
    expect(pointsAt(el, 'billing_hours', 'closed')).to.equal('billing_vm');
    await fingerDrag(
      mid(handle(el, 'billing_hours', 'closed')),
      mid(targetHandle(el, 'billing_team')),
      () => until(() => !!shadow(el).querySelector('.connection-line')),
    );
    await until(() => pointsAt(el, 'billing_hours', 'closed') === 'billing_team');
    await el.updateComplete;
    // billing_team's Next is now the only edge ending on billing_vm: take its far end.
    await fingerDrag(mid(grip(el, 'billing_team:next')), mid(targetHandle(el, 'billing_hours')));
    await until(() => pointsAt(el, 'billing_team', 'next') === 'billing_hours');
    expect(pointsAt(el, 'billing_hours', 'closed')).to.equal('billing_team');
    expect(dirty).to.deep.equal([true]);
    // Two gestures, two history entries.
    el.undo();
    await until(() => pointsAt(el, 'billing_team', 'next') === 'billing_vm');
    expect(pointsAt(el, 'billing_hours', 'closed')).to.equal('billing_team');
    el.undo();
    await until(() => !el.dirty);
    expect(pointsAt(el, 'billing_hours', 'closed')).to.equal('billing_vm');
  });

  it('a tap on an exit’s handle opens the list of steps, clicking the handle once', async () => {
    const el = await suite.mountBillingLine();
    const exit = handle(el, 'billing_team', 'next');
    const pane = shadow(el).querySelector<HTMLElement>('.pane')!;
    let clicks = 0;
    let paneClicks = 0;
    exit.addEventListener('click', () => clicks++);
    pane.addEventListener('click', (e) => {
      if (e.target === pane) paneClicks++;
    });
    const selected: string[] = [];
    el.addEventListener('dialstack-node-select', (e) => selected.push(e.detail.id));
    await touch('tap', [mid(exit)]);
    await until(() => !!shadow(el).querySelector('.connect select'));
    expect(button(el, 'Connect')).to.exist;
    expect(el.dirty, 'a tap draws no connection').to.equal(false);
    // A mouse click on the empty canvas, through the same input pipeline after the tap: once it
    // has arrived, so has any click the browser made of the tap (there must be none more).
    const spot = emptySpot(el);
    await sendMouse({ type: 'click', position: [spot.x, spot.y] });
    await until(() => paneClicks === 1);
    expect(clicks, 'the handle is clicked once').to.equal(1);
    expect(selected, 'the step is selected once, as by a click').to.deep.equal(['billing_team']);
  });

  it('gives handles and edge grips a larger hit area on a coarse pointer, drawn the same size', async () => {
    const el = await suite.mountBillingLine();
    expect(matchMedia('(pointer: coarse)').matches).to.equal(true);
    const exit = handle(el, 'billing_team', 'next');
    const end = grip(el, 'billing_hours:open');
    const size = exit.getBoundingClientRect().width;
    // Just outside the drawn dot, below it (nothing else of the card is there).
    const beside = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.bottom + r.height * 0.35 };
    };
    const hit = (e: Element) => {
      const p = beside(e);
      return shadow(el).elementFromPoint(p.x, p.y) === e;
    };
    expect(hit(exit), 'a finger just outside the handle still takes it').to.equal(true);
    expect(hit(end), 'a finger just outside the grip still takes it').to.equal(true);
    // Positive control: with a fine pointer (a mouse) the same points miss.
    await executeServerCommand('touch-emulation', { enabled: false });
    await until(() => !matchMedia('(pointer: coarse)').matches);
    expect(hit(exit)).to.equal(false);
    expect(hit(end)).to.equal(false);
    expect(exit.getBoundingClientRect().width, 'the dot is drawn the same size').to.equal(size);
  });
});
