/**
 * Set-up shared by the "nothing lost, nothing sent twice" tests (edits*.test.ts): every API
 * request that leaves the page is counted, an instance whose `fetchClientSecret` can fail, a
 * 401 for the next request, what the mock stored, and no uncaught error in any test.
 */
import { expect } from '@open-wc/testing';
import { initialize } from '../../src/core/initialize';
import type { DialstackInstance } from '../../src/core/types';
import { clearFailures, fail, freshMock, mockSession, type SeedFacts } from '../support/mock';
import { recordUncaught, FAST_RETRIES } from '../support/page-errors';

const uncaught = recordUncaught();

/** Every API request that left the page: `METHOD /path` (no query). */
const sent: string[] = [];
export const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const request = input instanceof Request ? input : undefined;
  const url = new URL(request?.url ?? String(input), location.href);
  if (url.pathname.startsWith('/v1/'))
    sent.push(`${(init?.method ?? request?.method ?? 'GET').toUpperCase()} ${url.pathname}`);
  return realFetch(input, init);
};
export const count = (request: string) => sent.filter((r) => r === request).length;

export interface Controlled {
  instance: DialstackInstance;
  /** How many client secrets it was given. */
  secrets(): number;
  /** While true, `fetchClientSecret` throws (the host's backend is down). */
  failing: boolean;
}

/** An instance whose `fetchClientSecret` can be made to fail (logged out after the test). */
export function controlledInstance(): Controlled {
  let given = 0;
  const controlled: Controlled = {
    instance: undefined as unknown as DialstackInstance,
    secrets: () => given,
    failing: false,
  };
  controlled.instance = initialize(
    {
      apiUrl: location.origin,
      fetchClientSecret: async () => {
        if (controlled.failing) throw new Error('the host backend is down');
        const { client_secret } = await mockSession();
        given++;
        return client_secret;
      },
    },
    { timing: FAST_RETRIES, timeoutMs: 20_000 },
  );
  current = controlled;
  return controlled;
}

/** A session the server now says has expired: the next `method path` is answered 401. */
export const expire = (method: string, path: string) =>
  fail({
    method,
    path,
    status: 401,
    body: { error: 'The session has expired', code: 'session_expired' },
  });

let seeded: SeedFacts | undefined;
let current: Controlled | undefined;

/** The mock's seed facts in this test. */
export const facts = (): SeedFacts => seeded!;

beforeEach(async () => {
  uncaught.length = 0;
  sent.length = 0;
  ({ facts: seeded } = await freshMock());
  sessionStorage.clear();
});

afterEach(async () => {
  await clearFailures();
  await current?.instance.logout();
  current = undefined;
  expect(uncaught, 'uncaught errors and unhandled rejections').to.deep.equal([]);
});

/** What the mock stored: GET with a session of its own (not an instance: a second
 * `initialize()` would log the element's instance out). */
export async function stored<T>(path: string): Promise<T> {
  const { client_secret } = await mockSession();
  const response = await realFetch(path, { headers: { Authorization: `Bearer ${client_secret}` } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}
