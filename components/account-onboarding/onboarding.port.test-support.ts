/**
 * Set-up of the onboarding numbers/devices step tests on top of `test/support/mock.ts` (a mock
 * store of the file's own, reset per test): an in-memory draft store, every request the page
 * makes recorded, and one-shot interceptions (a response the page gets instead of the mock's).
 */
import { clearFailures, freshMock, type SeedFacts } from '../../test/support/mock';
import type { DialstackInstance } from '../../src/core/types';
import { draftStore } from './account-onboarding.drafts';
import type { OnboardingDrafts } from './onboarding.port.data';

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
