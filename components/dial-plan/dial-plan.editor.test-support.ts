/**
 * Shared set-up of the dial-plan editor's browser tests: mounting the element in edit mode
 * against the mock API, and finding its parts the way a person (or a QA test) would.
 */
import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DialstackInstance } from '../../src/core/types';
import { freshMock, type SeedFacts } from '../../test/support/mock';
import { until } from '../../test/unit/core/helpers';
import type { DialstackDialPlan } from './dial-plan';
import './define';

export const shadow = (el: HTMLElement) => el.shadowRoot!;
export const nodes = (el: HTMLElement) => [
  ...shadow(el).querySelectorAll<HTMLElement>('[part~="node"]'),
];
export const node = (el: HTMLElement, id: string) =>
  shadow(el).querySelector<HTMLElement>(`[part~="node"][data-node-id="${id}"]`);
export const edgeIds = (el: HTMLElement) =>
  [...shadow(el).querySelectorAll('[part~="edge"]')].map((e) => e.getAttribute('data-edge-id'));
export const text = (n: Element | null | undefined) =>
  n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A button of the editor (outside the palette) by its accessible name. */
export function button(el: HTMLElement, name: string | RegExp): HTMLButtonElement {
  const all = [...shadow(el).querySelectorAll<HTMLButtonElement>('button')];
  const found = all.find((b) => {
    const label = b.getAttribute('aria-label') ?? text(b);
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!found) throw new Error(`no button named ${String(name)}`);
  return found;
}

/** A palette item by its accessible name ("Add Menu step"). */
export function paletteItem(el: HTMLElement, name: string): HTMLButtonElement {
  const palette = shadow(el).querySelector('dialstack-dial-plan-palette')!;
  const found = [...palette.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) =>
      [...b.querySelectorAll('.visually-hidden, .name')].map((s) => s.textContent).join('') ===
      name,
  );
  if (!found) throw new Error(`no palette item named ${name}`);
  return found;
}

/** The exit handle `exitId` of step `nodeId`. */
export const handle = (el: HTMLElement, nodeId: string, exitId: string) =>
  shadow(el).querySelector<HTMLElement>(
    `.xy-flow__handle.source[data-nodeid="${nodeId}"][data-handleid="${exitId}"]`,
  )!;
export const targetHandle = (el: HTMLElement, nodeId: string) =>
  shadow(el).querySelector<HTMLElement>(`.xy-flow__handle.target[data-nodeid="${nodeId}"]`)!;

export const saveButton = (el: HTMLElement) =>
  shadow(el).querySelector<HTMLButtonElement>('.toolbar .save')!;
export const status = (el: HTMLElement) => text(shadow(el).querySelector('.toolbar .status'));

export async function mountEditor(
  instance: DialstackInstance,
  id?: string,
  width = 1100,
): Promise<DialstackDialPlan> {
  const el = await fixture<DialstackDialPlan>(
    html`<dialstack-dial-plan
      .dialstack=${instance}
      mode="edit"
      dial-plan-id=${ifDefined(id)}
      style="--dialstack-dial-plan-height: 640px; width: ${width}px"
    ></dialstack-dial-plan>`,
  );
  await until(() => !!shadow(el).querySelector('.toolbar') && nodes(el).length >= 1, 8000);
  await el.updateComplete;
  return el;
}

/**
 * The set-up the editor's pointer suites (mouse, touch) share: a 1280 × 900 window, a fresh mock
 * store and session per test (logged out after it), and `mountBillingLine()`, the Billing line
 * plan in the editor, fitted in view. `around` runs once the mock is up and before the logout
 * (the touch suite turns touch emulation on and off there; the mouse suite releases the mouse).
 */
export function pointerSuite(
  around: { beforeEach?: () => Promise<unknown>; afterEach?: () => Promise<unknown> } = {},
) {
  let mock: { instance: DialstackInstance; facts: SeedFacts } | undefined;
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });
  beforeEach(async () => {
    mock = await freshMock();
    await around.beforeEach?.();
  });
  afterEach(async () => {
    try {
      await around.afterEach?.();
    } finally {
      await mock?.instance.logout();
      mock = undefined;
    }
  });
  return {
    async mountBillingLine(): Promise<DialstackDialPlan> {
      if (!mock) throw new Error('mountBillingLine() runs inside a test');
      const el = await mountEditor(mock.instance, mock.facts.dialPlans.billingLine);
      await fitted(el);
      return el;
    },
  };
}

const center = (target: Element) => {
  const r = target.getBoundingClientRect();
  return { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
};

/** Presses the mouse on `from`, moves it in steps to `to` (a point or an element), releases. */
export async function pointerDrag(
  from: Element,
  to: Element | { clientX: number; clientY: number },
  releaseOn: EventTarget = from,
): Promise<void> {
  const start = center(from);
  const end = to instanceof Element ? center(to) : to;
  const init = { bubbles: true, composed: true, cancelable: true, view: window, button: 0 };
  from.dispatchEvent(new PointerEvent('pointerdown', { ...init, ...start, pointerId: 1 }));
  from.dispatchEvent(new MouseEvent('mousedown', { ...init, ...start }));
  const moveTarget = (at: { clientX: number; clientY: number }) =>
    (from.getRootNode() as ShadowRoot).elementFromPoint(at.clientX, at.clientY) ?? from;
  for (let i = 1; i <= 6; i++) {
    const at = {
      clientX: start.clientX + ((end.clientX - start.clientX) * i) / 6,
      clientY: start.clientY + ((end.clientY - start.clientY) * i) / 6,
    };
    moveTarget(at).dispatchEvent(new MouseEvent('mousemove', { ...init, ...at, buttons: 1 }));
    await new Promise(requestAnimationFrame);
  }
  const target = releaseOn === from ? moveTarget(end) : releaseOn;
  target.dispatchEvent(new MouseEvent('mouseup', { ...init, ...end }));
  await new Promise(requestAnimationFrame);
}

/** Waits until the canvas has fitted the plan in view (the pane's size is known after mount). */
export async function fitted(el: HTMLElement): Promise<void> {
  const viewport = () =>
    shadow(el).querySelector<HTMLElement>('.xyflow__viewport')?.style.transform;
  await until(() => !!viewport() && viewport() !== 'translate(0px, 0px) scale(1)');
  await new Promise(requestAnimationFrame);
}

export type Point = { x: number; y: number };
/** The middle of an element, in whole CSS pixels of the page (for real mouse and touch input). */
export const mid = (e: Element): Point => {
  const r = e.getBoundingClientRect();
  return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
};
/** The grip on the far end of an edge (`source:exit`, or the Start node's id). */
export const grip = (el: HTMLElement, edgeId: string) =>
  shadow(el).querySelector<HTMLElement>(`.edge-end[data-edge-id="${edgeId}"]`)!;
/** The step an exit's handle says it points at ("Open of hours: welcome. Drag to…"). */
export const pointsAt = (el: HTMLElement, nodeId: string, exitId: string) =>
  /: ([^:]+?)\. /.exec(handle(el, nodeId, exitId).getAttribute('aria-label')!)?.[1];

/** A point of the pane with nothing on it (no card, label, handle or grip). */
export function emptySpot(el: HTMLElement): Point {
  const pane = shadow(el).querySelector('.pane')!;
  const r = pane.getBoundingClientRect();
  for (let y = r.bottom - 20; y > r.top; y -= 10)
    for (let x = r.left + 20; x < r.right - 200; x += 10)
      if (shadow(el).elementFromPoint(x, y) === pane) return { x: Math.round(x), y: Math.round(y) };
  throw new Error('no empty spot on the pane');
}
