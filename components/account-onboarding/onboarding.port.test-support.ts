/**
 * Set-up of the onboarding numbers/devices step tests on top of `test/support/mock.ts` (a mock
 * store of the file's own, reset per test): an in-memory draft store, every request the page
 * makes recorded, and one-shot interceptions (a response the page gets instead of the mock's).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearFailures, freshMock, type SeedFacts } from '../../test/support/mock';
import type { DialstackInstance } from '../../src/core/types';
import { draftStore } from './account-onboarding.drafts';
import './onboarding.port.define';
import type { DialstackOnboardingPort } from './onboarding.port';
import type { OnboardingDrafts } from './onboarding.port.data';
import { loadHolidayCheck, portDateWindow, portToday } from './onboarding.port.dates';

export { fail } from '../../test/support/mock';

export const shadow = (el: Element) => el.shadowRoot!;
export const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A `Storage` in memory (a stand-in for sessionStorage that each test starts empty). */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
    clear: () => data.clear(),
  };
}

/** The shell's draft store for a fresh account, over an empty storage. */
export function memoryDrafts(): OnboardingDrafts {
  return draftStore(`acct_test_${crypto.randomUUID()}`, memoryStorage());
}

export interface Recorded {
  method: string;
  path: string;
  body: BodyInit | null | undefined;
}

export interface OnboardingSession {
  dialstack: DialstackInstance;
  facts: SeedFacts;
  requests: Recorded[];
  /** Requests whose method and path match (a path ending in `*` is a prefix; a RegExp tests). */
  count(method: string, path: string | RegExp): number;
  /** The next request matching gets `response` (status and JSON body) instead of the mock's. */
  interceptNext(method: string, path: RegExp, status: number, body: unknown): void;
  close(): Promise<void>;
}

export async function openOnboarding(): Promise<OnboardingSession> {
  await clearFailures();
  const { instance: dialstack, facts } = await freshMock();
  const original = window.fetch;
  const requests: Recorded[] = [];
  const intercepts: { method: string; path: RegExp; status: number; body: unknown }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.origin);
    const method = (
      init?.method ?? (input instanceof Request ? input.method : 'GET')
    ).toUpperCase();
    requests.push({ method, path: url.pathname, body: init?.body });
    const i = intercepts.findIndex((r) => r.method === method && r.path.test(url.pathname));
    if (i >= 0) {
      const [rule] = intercepts.splice(i, 1);
      return Promise.resolve(
        new Response(JSON.stringify(rule!.body), {
          status: rule!.status,
          headers: { 'Content-Type': 'application/json' },
        }),
      );
    }
    return original.call(window, input, init);
  };
  const matches = (r: Recorded, method: string, path: string | RegExp) =>
    r.method === method &&
    (typeof path === 'string'
      ? path.endsWith('*')
        ? r.path.startsWith(path.slice(0, -1))
        : r.path === path
      : path.test(r.path));
  return {
    dialstack,
    facts,
    requests,
    count: (method, path) => requests.filter((r) => matches(r, method, path)).length,
    interceptNext: (method, path, status, body) => intercepts.push({ method, path, status, body }),
    async close() {
      window.fetch = original;
      await dialstack.logout();
      await clearFailures();
    },
  };
}

// ---- the port step: mounting it, filling it in, submitting ----

/** The customer IP the tests' host gives. */
export const IP = '203.0.113.42';

/** The port step on its own, with the host's customer IP (`IP` unless given). */
export async function mountPort(
  dialstack: DialstackInstance,
  drafts = memoryDrafts(),
  { customerIp = IP as unknown } = {},
): Promise<DialstackOnboardingPort> {
  const el = await fixture<DialstackOnboardingPort>(
    html`<dialstack-onboarding-port
      .dialstack=${dialstack}
      .drafts=${drafts}
      .customerIp=${customerIp}
      .businessName=${'Riverside Family Clinic'}
    ></dialstack-onboarding-port>`,
  );
  await el.updateComplete;
  return el;
}

export const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) =>
  shadow(el).querySelector<T>(selector);
/** The eligibility result's shadow root. */
export const eligibility = (el: HTMLElement) =>
  $(el, 'dialstack-onboarding-port-eligibility')?.shadowRoot ?? null;
export const buttonNamed = (el: HTMLElement, name: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => text(b) === name);
export function field(el: HTMLElement, label: string): HTMLInputElement {
  const l = [...shadow(el).querySelectorAll('label')].find((x) => text(x) === label);
  expect(l, `a field labelled "${label}"`).to.not.equal(undefined);
  return shadow(el).getElementById(l!.htmlFor) as HTMLInputElement;
}
export const errorOf = (el: HTMLElement, input: HTMLElement) =>
  text(shadow(el).getElementById(`e-${input.id.replace(/^f-/, '')}`));

export async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.focus();
  input.select();
  await sendKeys({ type: value });
}
export function setValue(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
export function pick(input: HTMLInputElement, file: File) {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
export const pdf = (name = 'bill.pdf', size = 2048) =>
  new File([new Uint8Array(size)], name, { type: 'application/pdf' });

export async function checkEligibility(el: DialstackOnboardingPort, numbers: string[]) {
  const box = $<HTMLTextAreaElement>(el, '#numbers')!;
  box.value = numbers.join('\n');
  box.dispatchEvent(new Event('input'));
  await el.updateComplete;
  buttonNamed(el, 'Check eligibility')!.click();
  await waitUntil(() => eligibility(el)?.querySelector('[part="eligibility"]'), 'no table', {
    timeout: 8000,
  });
}

/** A valid requested date (the first one the rule allows). */
export async function validDate() {
  return portDateWindow(portToday(), await loadHolidayCheck()).earliest;
}

export async function fillForm(el: DialstackOnboardingPort) {
  await waitUntil(() => text($(el, '#h-date')).startsWith('A business day'), 'no date window');
  for (const [label, value] of [
    ['Authorized person', 'Sarah Chen'],
    ['House number', '123'],
    ['Street', 'Main St'],
    ['City', 'Portland'],
    ['State', 'OR'],
    ['ZIP code', '97201'],
    ['Type your full name to sign', 'Sarah Chen'],
  ] as const)
    setValue(field(el, label), value);
  setValue(field(el, 'Requested port date'), await validDate());
  pick(field(el, 'Copy of a recent bill'), pdf());
  await el.updateComplete;
}

export const submitButton = (el: HTMLElement) => $<HTMLButtonElement>(el, '[part="submit-port"]')!;
export const submitted = (el: HTMLElement) =>
  waitUntil(() => $(el, 'dialstack-onboarding-port-status'), 'never submitted', { timeout: 10000 });
