/**
 * Set-up shared by the onboarding tests: a fresh mock (optionally a blank account), mounting
 * the wizard, and finding things inside the current step's shadow root by what a person sees.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { DialstackInstance } from '../../src/core/types';
import { clearFailures, freshMock, mockPost, type SeedFacts } from '../../test/support/mock';
import type { DialstackAccountOnboarding } from './account-onboarding';
import type { StepId } from './account-onboarding.progress';
import './define';
import { e911Polling } from './onboarding.locations.e911';

export { fail } from '../../test/support/mock';

export interface Session {
  dialstack: DialstackInstance;
  facts: SeedFacts;
  /** Requests the page made to `path` (and `method`, default any). */
  requests(path: string | RegExp, method?: string): RequestInit[];
  restore(): void;
}

export async function openSession(options: { blank?: boolean } = {}): Promise<Session> {
  await clearFailures();
  const { instance: dialstack, facts } = await freshMock();
  if (options.blank) await mockPost('/__mock/onboarding/blank');
  sessionStorage.clear();
  const saved = { ...e911Polling };
  e911Polling.intervalMs = 30;
  e911Polling.maxIntervalMs = 30;
  const spy = sinon.spy(window, 'fetch');
  return {
    dialstack,
    facts,
    requests: (path, method) =>
      spy.getCalls().flatMap((call) => {
        const [input, init] = call.args;
        const url = new URL(input instanceof Request ? input.url : String(input), location.href);
        const m = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
        const matches = typeof path === 'string' ? url.pathname === path : path.test(url.pathname);
        return matches && (!method || m === method) ? [init ?? {}] : [];
      }),
    restore() {
      spy.restore();
      Object.assign(e911Polling, saved);
      void dialstack.logout();
    },
  };
}

export const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export async function mount(
  session: Session,
  steps = 'locations team review',
  extra: { businessName?: string } = {},
): Promise<DialstackAccountOnboarding> {
  const el = await fixture<DialstackAccountOnboarding>(
    html`<dialstack-account-onboarding
      .dialstack=${session.dialstack}
      steps=${steps}
      .businessName=${extra.businessName}
    ></dialstack-account-onboarding>`,
  );
  await waitUntil(() => el.currentStep && stepRoot(el), 'the wizard opens a step', {
    timeout: 8000,
  });
  return el;
}

/** The element of the step shown. */
export const stepElement = (el: DialstackAccountOnboarding) =>
  el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('.content > *');

/** The shadow root of the step shown, once its element has rendered. */
export function stepRoot(el: DialstackAccountOnboarding): ShadowRoot | null {
  return stepElement(el)?.shadowRoot ?? null;
}

export async function onStep(el: DialstackAccountOnboarding, step: StepId): Promise<ShadowRoot> {
  await waitUntil(
    () => el.currentStep === step && stepElement(el)?.localName === `dialstack-onboarding-${step}`,
    `step ${step} shown`,
    { timeout: 8000 },
  );
  await stepElement(el)!.updateComplete;
  return stepRoot(el)!;
}

export function buttonNamed(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find((b) =>
    typeof name === 'string'
      ? text(b) === name || b.getAttribute('aria-label') === name
      : name.test(text(b)) || name.test(b.getAttribute('aria-label') ?? ''),
  );
  expect(button, `a button named ${name}`).to.not.equal(undefined);
  return button!;
}

/** The input or select labelled `name` (exact label text). */
export function field(root: ShadowRoot, name: string): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((l) => text(l) === name);
  expect(label, `a field labelled "${name}"`).to.not.equal(undefined);
  return root.getElementById(label!.htmlFor) as HTMLInputElement;
}

/** Types into a field as a person would (value + input event). */
export function type(input: HTMLInputElement | HTMLSelectElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
}

export const rows = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[part="row"]')];

// axe-core's first run in a page pays its start-up (loading and compiling the library: 7-15 s
// on this shared 2-core machine): pay it once, in a hook with room for it, so that no test's
// own budget goes to a one-time library load. The tests keep the default timeout.
before(async function warmAxe() {
  this.timeout(60_000);
  const warm = document.createElement('p');
  warm.textContent = 'warm-up';
  document.body.append(warm);
  await expect(warm).to.be.accessible();
  warm.remove();
});
