/**
 * The table every hardening test runs over: one entry per public element, saying how to mount
 * it against the mock, when it shows its data, which request loads that data (where faults are
 * injected), and the interactions that open its other states (a detail panel, a search…).
 *
 * Adding an element (e.g. `<dialstack-account-onboarding>`, the dial-plan editor) is one entry
 * here: every hardening test (injection, CSP, faults, secrets, leaks) picks it up.
 */
import type { FailureRule, SeedFacts } from '../support/mock';

export interface HardenedState {
  /** What the state is called in test titles ("detail", "search results"…). */
  name: string;
  /** Opens the state on a ready element; resolves once it shows. */
  open(el: HTMLElement, facts: SeedFacts): Promise<void>;
}

export interface HardenedElement {
  tag: string;
  /** Registers the tag (its define module). */
  load(): Promise<unknown>;
  /** Attributes it needs (ids from the seed). */
  attrs?(facts: SeedFacts): Record<string, string>;
  /** True once it shows its data (the first rows, nodes, or form). */
  ready(el: HTMLElement): boolean;
  /**
   * The request its data view depends on (a pathname, or a prefix ending in `*`) — faults are
   * injected there — and, if the element makes it only after an interaction, that interaction.
   */
  data: {
    path: string;
    trigger?: (el: HTMLElement, facts: SeedFacts) => Promise<void>;
    /** A URL whose real response has the data request's shape (to degrade it). */
    sample: (facts: SeedFacts) => string;
  };
  /** The states reached from the ready view. */
  states: HardenedState[];
  /** It keeps the live event stream open while connected. */
  live?: boolean;
  /** Its error view (default `[part~="error"]`). */
  errorView?: string;
  /**
   * Text it shows that the mock's stored data does not hold: a fault rule (status 200, a raw
   * JSON body) answering its data request with `payloads` in every text field.
   */
  hostileResponse?(payloads: readonly string[]): FailureRule;
}

// ---- DOM helpers over every open shadow root ----

/** `root` and every open shadow root under it, recursively. */
export function shadowRoots(root: Node): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.currentNode as Element | null; el; el = walker.nextNode() as Element) {
      if (el instanceof Element && el.shadowRoot) {
        found.push(el.shadowRoot);
        visit(el.shadowRoot);
      }
    }
  };
  visit(root);
  return found;
}

/** Every element matching `selector` in `el`'s shadow tree (all nested open roots). */
export function deepAll<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return shadowRoots(el).flatMap((root) => [...root.querySelectorAll<T>(selector)]);
}

export const deep = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  deepAll<T>(el, selector)[0] ?? null;

/** The text a person sees, roughly: every text node and field value in every shadow root, joined. */
export function deepText(el: Element): string {
  return shadowRoots(el)
    .map((root) => {
      const parts: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const parent = walker.currentNode.parentElement;
        if (parent && (parent.localName === 'style' || parent.localName === 'script')) continue;
        parts.push(walker.currentNode.nodeValue ?? '');
      }
      // What a field shows is text on screen too (a caller ID name the person can edit).
      for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
        'input:not([type="hidden"]):not([type="password"]), textarea',
      ))
        parts.push(field.value);
      return parts.join(' ');
    })
    .join(' ');
}

/** Polls `predicate` (sync: every frame; async: as each answer comes back) until truthy. */
async function until(predicate: () => unknown, message: string, timeout = 8000): Promise<void> {
  const start = performance.now();
  while (!(await predicate())) {
    if (performance.now() - start > timeout) throw new Error(`timed out: ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
export { until as waitFor };

const byText = (el: Element, selector: string, pattern: RegExp) =>
  deepAll<HTMLElement>(el, selector).find((node) => pattern.test(node.textContent ?? ''));

/** The input a `<label>` names (exact text), in any shadow root of `el`. */
function labelled(el: Element, name: string): HTMLInputElement | null {
  for (const root of shadowRoots(el)) {
    const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === name);
    if (label?.htmlFor) return root.getElementById(label.htmlFor) as HTMLInputElement | null;
  }
  return null;
}

const rows = (el: Element) => deepAll(el, '[part~="row"]');

/** Clicks the first row's main control (its button or link, else the row). */
async function openFirstRow(el: HTMLElement, selector: string, shows: string): Promise<void> {
  await until(() => rows(el).length, 'rows');
  const row = rows(el)[0]!;
  (row.querySelector<HTMLElement>(selector) ?? row).click();
  await until(() => deep(el, shows), `${shows} after opening a row`);
}

/** Presses the first player's play button and waits until it plays (its title turns to pause). */
async function playFirst(el: HTMLElement): Promise<void> {
  const toggle = () => deep<HTMLButtonElement>(el, '.player__toggle');
  await until(() => toggle() && !toggle()!.disabled, 'a player with a source');
  const before = toggle()!.title;
  toggle()!.click();
  await until(() => toggle()?.title !== before, 'playback to start');
}

/** The onboarding wizard's step element shown, once it has rendered (its shadow root). */
const onboardingStep = (el: Element, step: string) =>
  el.shadowRoot?.querySelector<HTMLElement>(`.content > dialstack-onboarding-${step}`)
    ?.shadowRoot ?? null;

/** Opens `step` through the wizard's public `goTo` and waits until `shows` is in it. */
async function onboardingGoTo(el: HTMLElement, step: string, shows: string): Promise<void> {
  (el as HTMLElement & { goTo(step: string): void }).goTo(step);
  await until(
    () => deep(el, `dialstack-onboarding-${step}`) && deep(el, shows),
    `${step}: ${shows}`,
  ).catch((e: Error) => {
    throw new Error(`${e.message} ${deepText(el).replace(/\s+/g, ' ').slice(0, 3000)}`);
  });
}

// ---- the table ----

export const ELEMENTS: HardenedElement[] = [
  {
    tag: 'dialstack-call-logs',
    live: true,
    load: () => import('../../components/call-logs/define'),
    ready: (el) => rows(el).length > 0,
    data: { path: '/v1/calls', sample: () => '/v1/calls?limit=50' },
    states: [
      {
        name: 'detail',
        open: async (el, facts) => {
          const id = facts.calls.inboundRecordedCompletedTranscript!;
          const row = () => deep(el, `[part~="row"][data-id="${id}"]`);
          await until(row, 'the recorded call');
          row()!.click();
          await until(() => deep(el, '[part~="transcript"]'), 'the transcript');
        },
      },
      {
        name: 'playing the recording',
        open: playFirst,
      },
    ],
  },
  {
    tag: 'dialstack-call-history',
    live: true,
    load: () => import('../../components/call-history/define'),
    attrs: (facts) => ({ 'phone-number': facts.numberWithBothDirections }),
    ready: (el) => rows(el).length > 0,
    data: {
      path: '/v1/calls',
      sample: (facts) =>
        `/v1/calls?from_number=${encodeURIComponent(facts.numberWithBothDirections)}`,
    },
    states: [],
  },
  {
    tag: 'dialstack-voicemails',
    live: true,
    load: () => import('../../components/voicemails/define'),
    ready: (el) => rows(el).length > 0,
    data: { path: '/v1/voicemails', sample: () => '/v1/voicemails?limit=50' },
    states: [
      {
        name: 'detail',
        open: (el) =>
          openFirstRow(el, '.row__main', '[part~="detail"] .detail__delete, .detail__delete'),
      },
      { name: 'playing', open: playFirst },
    ],
  },
  {
    tag: 'dialstack-phone-numbers',
    load: () => import('../../components/phone-numbers/define'),
    ready: (el) => rows(el).length > 0,
    data: { path: '/v1/phone-numbers', sample: () => '/v1/phone-numbers?limit=100' },
    states: [
      {
        name: 'number panel',
        open: (el) => openFirstRow(el, '.row-link', 'dialstack-phone-number-panel'),
      },
      {
        name: 'a rejected port order',
        open: async (el, facts) => {
          byText(el, '[role="tab"]', /^\s*In progress/)!.click();
          const row = () => deep(el, `[part~="row"][data-id="${facts.portOrders.exception}"]`);
          await until(row, 'the rejected port order');
          (row()!.querySelector<HTMLElement>('.row-link') ?? row()!).click();
          await until(() => deep(el, '[part~="rejection"]'), 'its rejection reason');
        },
      },
    ],
  },
  {
    tag: 'dialstack-phone-number-ordering',
    load: () => import('../../components/phone-number-ordering/define'),
    ready: (el) => !!labelled(el, 'Area code'),
    data: {
      path: '/v1/available-phone-numbers',
      sample: () => '/v1/available-phone-numbers?area_code=503',
      trigger: async (el) => {
        const input = labelled(el, 'Area code')!;
        input.value = '503';
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        byText(el, 'button', /^\s*Search\s*$/)!.click();
      },
    },
    states: [],
    errorView: '[role="alert"]',
    hostileResponse: (payloads) => ({
      method: 'GET',
      path: '/v1/available-phone-numbers',
      status: 200,
      contentType: 'application/json',
      raw: JSON.stringify({
        data: payloads.slice(0, 40).map((p, i) => ({
          phone_number: `+1503555${String(1000 + i).slice(-4)}`,
          city: p,
          state: payloads[(i + 1) % payloads.length],
          rate_center: payloads[(i + 2) % payloads.length],
          lata: payloads[(i + 3) % payloads.length],
        })),
      }),
    }),
  },
  {
    tag: 'dialstack-dial-plan',
    load: () => import('../../components/dial-plan/define'),
    attrs: (facts) => ({ 'dial-plan-id': facts.dialPlans.mainLine }),
    ready: (el) => deepAll(el, '[part~="node"]').length > 0,
    data: {
      path: '/v1/dialplans/*',
      sample: (facts) => `/v1/dialplans/${facts.dialPlans.mainLine}`,
    },
    states: [
      {
        name: 'editing a step',
        open: async (el) => {
          el.setAttribute('mode', 'edit');
          const step = () =>
            deepAll(el, '[part~="node"]').find((node) => node.dataset.kind !== 'start');
          await until(
            () => deep(el, 'dialstack-dial-plan-palette, [part~="palette"]') && step(),
            'the editor',
          );
          step()!.click();
          await until(() => deep(el, 'dialstack-dial-plan-panel'), 'the step panel');
        },
      },
    ],
  },
  {
    // Only the locations step at first: it opens there, and GET /v1/locations is the request
    // its view shows (the wizard's progress reads it too, but a failure there only counts the
    // step as to-do). The first state widens the wizard to every step.
    tag: 'dialstack-account-onboarding',
    load: () => import('../../components/account-onboarding/define'),
    attrs: () => ({ steps: 'locations' }),
    ready: (el) =>
      !!onboardingStep(el, 'locations')?.querySelector('[part~="row"], [part~="empty"]'),
    data: { path: '/v1/locations', sample: () => '/v1/locations?limit=100' },
    states: [
      {
        name: 'team',
        open: async (el) => {
          el.setAttribute('steps', 'locations team numbers devices review');
          await until(() => deep(el, '[part~="step"][data-step="team"]'), 'every step listed');
          await onboardingGoTo(el, 'team', '[part~="row"]');
        },
      },
      {
        name: 'numbers',
        open: async (el) => {
          await onboardingGoTo(el, 'numbers', '[part~="caller-id"] [part~="row"]');
          deep<HTMLInputElement>(el, 'input[name="mode"][value="order"]')!.click();
          await until(() => labelled(el, 'Area code'), 'the ordering form');
        },
      },
      {
        name: 'port eligibility',
        open: async (el) => {
          deepAll<HTMLInputElement>(el, 'input[name="mode"][value="port"]')[0]!.click();
          await until(() => deep(el, 'textarea#numbers'), 'the port form');
          const box = deep<HTMLTextAreaElement>(el, 'textarea#numbers')!;
          // Portable landlines and one the mock says can't be ported.
          box.value = '+15035550123\n+15035550100';
          box.dispatchEvent(new Event('input'));
          await until(() => byText(el, 'button', /^\s*Check eligibility\s*$/), 'the check');
          byText(el, 'button', /^\s*Check eligibility\s*$/)!.click();
          await until(
            () => deep(el, '[part~="eligibility"] [part~="row"][data-portable="false"]'),
            'the eligibility table with its not-portable number',
          );
        },
      },
      {
        name: 'devices',
        open: (el) => onboardingGoTo(el, 'devices', '[part~="row"], [part~="empty"]'),
      },
      {
        name: 'review, and its link back to an address form',
        open: async (el) => {
          await onboardingGoTo(el, 'review', '[part~="review-group"]');
          deep(el, '[part~="row"][data-id="locations"] [part~="review-link"]')!.click();
          await until(
            () => onboardingStep(el, 'locations')?.querySelector('[part~="row"]'),
            'locations',
          );
          byText(el, '[part~="row"] button', /^\s*Edit\b/)!.click();
          await until(() => deep(el, '[part~="location-form"]'), 'the address form');
        },
      },
    ],
  },
];

/** Mounts `entry` with `instance` in a 1280px-wide wrapper (set through the CSSOM). */
export async function mountElement(
  entry: HardenedElement,
  instance: unknown,
  facts: SeedFacts,
  beforeConnect?: (el: HTMLElement) => void,
): Promise<{ el: HTMLElement; remove: () => void }> {
  await entry.load();
  const el = document.createElement(entry.tag) as HTMLElement & { dialstack?: unknown };
  beforeConnect?.(el);
  for (const [name, value] of Object.entries(entry.attrs?.(facts) ?? {}))
    el.setAttribute(name, value);
  el.dialstack = instance;
  const wrapper = document.createElement('div');
  wrapper.style.width = '1280px';
  wrapper.style.height = '800px';
  wrapper.append(el);
  document.body.append(wrapper);
  return { el, remove: () => wrapper.remove() };
}
