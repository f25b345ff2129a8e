import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { until } from '../../test/unit/core/helpers';
import {
  button,
  edgeIds,
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
import type { DialstackDialPlan } from './dial-plan';

const drawing = (el: HTMLElement) => !!shadow(el).querySelector('.connection-line');

/**
 * Drags with the real mouse (trusted events, the browser's own hit testing) from `from` to
 * `to`; `during` runs before the release, with the button still down.
 */
async function mouseDrag(from: Point, to: Point, during?: () => Promise<void> | void) {
  await sendMouse({ type: 'move', position: [from.x, from.y] });
  await sendMouse({ type: 'down' });
  for (let i = 1; i <= 6; i++) {
    const x = Math.round(from.x + ((to.x - from.x) * i) / 6);
    const y = Math.round(from.y + ((to.y - from.y) * i) / 6);
    await sendMouse({ type: 'move', position: [x, y] });
  }
  await during?.();
  await sendMouse({ type: 'up' });
}

function watchDirty(el: DialstackDialPlan) {
  const seen: boolean[] = [];
  el.addEventListener('dialstack-dirty-change', (e) => seen.push(e.detail.dirty));
  return seen;
}

describe('<dialstack-dial-plan mode="edit"> reconnecting an edge by its far end', () => {
  const suite = pointerSuite({ afterEach: resetMouse });

  it('drops the far end of an exit’s edge on another step: the exit points there, once, undoably', async () => {
    const el = await suite.mountBillingLine();
    const dirty = watchDirty(el);
    expect(pointsAt(el, 'billing_hours', 'open')).to.equal('billing_team');
    await mouseDrag(mid(grip(el, 'billing_hours:open')), mid(targetHandle(el, 'billing_vm')), () =>
      until(() => drawing(el)),
    );
    await until(() => pointsAt(el, 'billing_hours', 'open') === 'billing_vm');
    expect(edgeIds(el).filter((id) => id === 'billing_hours:open')).to.have.length(1);
    expect(pointsAt(el, 'billing_hours', 'closed'), 'the other exit is untouched').to.equal(
      'billing_vm',
    );
    expect(drawing(el), 'the line drawn while dragging is gone').to.equal(false);
    expect(el.dirty).to.equal(true);
    expect(dirty).to.deep.equal([true]);
    // One history entry: a single undo restores the plan as loaded.
    el.undo();
    await until(() => pointsAt(el, 'billing_hours', 'open') === 'billing_team');
    expect(el.dirty).to.equal(false);
    expect(button(el, 'Undo').disabled).to.equal(true);
    expect(dirty).to.deep.equal([true, false]);
  });

  it('leaves the edge as it was when the end is dropped on the empty canvas or outside the element', async () => {
    const el = await suite.mountBillingLine();
    const dirty = watchDirty(el);
    const spot = emptySpot(el);
    // The drag is real (its line is drawn) but lands on nothing.
    await mouseDrag(mid(grip(el, 'billing_hours:open')), spot, () => until(() => drawing(el)));
    await until(() => !drawing(el));
    // Outside the element: the host page's margin under it.
    const below = el.getBoundingClientRect().bottom + 20;
    await mouseDrag(mid(grip(el, 'billing_hours:open')), { x: spot.x, y: Math.round(below) }, () =>
      until(() => drawing(el)),
    );
    await until(() => !drawing(el));
    expect(pointsAt(el, 'billing_hours', 'open')).to.equal('billing_team');
    expect(edgeIds(el)).to.include('billing_hours:open');
    expect(el.dirty).to.equal(false);
    expect(dirty).to.deep.equal([]);
    expect(button(el, 'Undo').disabled).to.equal(true);
    // Positive control: the same grip dropped on a step does change the plan.
    await mouseDrag(mid(grip(el, 'billing_hours:open')), mid(targetHandle(el, 'billing_vm')));
    await until(() => pointsAt(el, 'billing_hours', 'open') === 'billing_vm');
    expect(dirty).to.deep.equal([true]);
  });

  it('moves the Start edge’s end to make another step the first', async () => {
    const el = await suite.mountBillingLine();
    const start = shadow(el).querySelector<HTMLElement>('[part~="node"][data-kind="start"]')!;
    const startId = start.dataset.nodeId!;
    expect(pointsAt(el, startId, 'start')).to.equal('billing_hours');
    await mouseDrag(mid(grip(el, startId)), mid(targetHandle(el, 'billing_team')));
    await until(() => pointsAt(el, startId, 'start') === 'billing_team');
    expect(el.dirty).to.equal(true);
  });

  it('lets the selected edge’s grip win where several edges end on one step', async () => {
    const el = await suite.mountBillingLine();
    // billing_hours:closed and billing_team:next both end on billing_vm.
    const closed = grip(el, 'billing_hours:closed');
    const next = grip(el, 'billing_team:next');
    const at = mid(closed);
    expect(mid(next)).to.deep.equal(at);
    const label = [...shadow(el).querySelectorAll<HTMLButtonElement>('.edge-label')].find(
      (b) => b.getAttribute('aria-label') === 'Connection Closed from billing_hours to billing_vm',
    )!;
    label.click();
    await until(() => closed.hasAttribute('data-selected'));
    expect(shadow(el).elementFromPoint(at.x, at.y)).to.equal(closed);
    await mouseDrag(at, mid(targetHandle(el, 'billing_team')));
    await until(() => pointsAt(el, 'billing_hours', 'closed') === 'billing_team');
    expect(pointsAt(el, 'billing_team', 'next'), 'the other edge stays').to.equal('billing_vm');
  });

  it('reconnects an exit from the keyboard: its handle, then another step from the list', async () => {
    const el = await suite.mountBillingLine();
    const dirty = watchDirty(el);
    const exit = handle(el, 'billing_hours', 'open');
    exit.focus();
    exit.click();
    await until(() => !!shadow(el).querySelector('.connect select'));
    const select = shadow(el).querySelector<HTMLSelectElement>('.connect select')!;
    expect(select.value, 'the list starts at the present target').to.equal('billing_team');
    select.value = 'billing_vm';
    button(el, 'Connect').click();
    await until(() => pointsAt(el, 'billing_hours', 'open') === 'billing_vm');
    expect(edgeIds(el).filter((id) => id === 'billing_hours:open')).to.have.length(1);
    expect(dirty).to.deep.equal([true]);
    await until(() => shadow(el).activeElement === handle(el, 'billing_hours', 'open'));
    el.undo();
    await until(() => pointsAt(el, 'billing_hours', 'open') === 'billing_team');
    expect(el.dirty).to.equal(false);
    expect(node(el, 'billing_team')).to.exist;
  });
});
