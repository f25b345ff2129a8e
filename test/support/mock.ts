/**
 * Browser tests against the mock DialStack API that the test server runs at the page's origin
 * (dev/mock-api, served by web-test-runner.config.mjs): sessions, an initialised instance,
 * failure injection, reset, simulations, raw events, and `streamReady()`, which asks the mock
 * whether the instance's live event stream is subscribed — so a "live" test waits for the
 * subscription instead of sleeping.
 *
 * Importing this module gives the test file a mock store of its own: it sets the scope cookie
 * the test server's mock keys its stores by (each test file runs in its own browser context, so
 * the cookie, and with it the store, is the file's alone). `resetMock()` puts that store back
 * to the seed between tests.
 */
import { waitUntil } from '@open-wc/testing';
import { MOCK_SCOPE_COOKIE } from '../../dev/mock-api/scope';
import type { SeedFacts } from '../../dev/mock-api/seed/facts';
import { loadDialstackAndInitialize } from '../../src/index';
import type { DialstackInstance } from '../../src/core/types';

export type { SeedFacts } from '../../dev/mock-api/seed/facts';

const scope = `file-${crypto.randomUUID()}`;
document.cookie = `${MOCK_SCOPE_COOKIE}=${scope}; path=/; SameSite=Strict`;

/** The name of this test file's mock store (what the scope cookie says). */
export const mockScope = scope;

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : null;
}

/** POSTs JSON to a mock path (a `/__mock/…` control or the demo backend) and returns the body. */
export async function mockPost<T = unknown>(path: string, body: unknown = {}): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const payload = await readJson(response);
  if (!response.ok)
    throw new Error(`mock ${path} answered ${response.status}: ${JSON.stringify(payload)}`);
  return payload as T;
}

async function mockGet<T>(path: string): Promise<T> {
  const response = await fetch(path, { cache: 'no-store' });
  const payload = await readJson(response);
  if (!response.ok)
    throw new Error(`mock ${path} answered ${response.status}: ${JSON.stringify(payload)}`);
  return payload as T;
}

/** Back to the seed: data, injected failures and calls in progress (open streams stay open). */
export async function resetMock(): Promise<void> {
  await mockPost('/__mock/reset');
}

/** Facts about the seed (ids and counts a test can rely on). */
export function mockFacts(): Promise<SeedFacts> {
  return mockGet<SeedFacts>('/__mock/facts');
}

export interface FailureRule {
  /** An HTTP method, or `*`. */
  method: string;
  /** A pathname, or a prefix ending in `*`. */
  path: string;
  /** The status to answer with; 0 = a network error; omitted = only delay, then answer. */
  status?: number;
  /** How many matching requests the rule applies to (default 1). */
  times?: number;
  /** The body to answer with instead of the default error body. */
  body?: Record<string, unknown>;
  /** A raw body sent as is instead of JSON (an HTML error page, truncated JSON, broken SSE). */
  raw?: string;
  /** The Content-Type of `raw` (default `text/html; charset=utf-8`). */
  contentType?: string;
  /** Extra response headers, e.g. `{ 'Retry-After': '1' }`. */
  headers?: Record<string, string>;
  /** Wait this long before answering. */
  delayMs?: number;
}

/** Makes the next `times` requests matching `method` and `path` fail (or wait, or answer `body`). */
export function fail(rule: FailureRule): Promise<unknown> {
  return mockPost('/__mock/fail', rule);
}

/**
 * Sets every free-text field of the mock's data (names, labels, transcripts, summaries,
 * addresses, order errors, port rejections…) to `strings`, round robin; returns how many.
 */
export async function rewriteMockText(strings: readonly string[]): Promise<number> {
  return (await mockPost<{ rewritten: number }>('/__mock/text', { strings })).rewritten;
}

/** Removes every injected failure. */
export async function clearFailures(): Promise<void> {
  await fetch('/__mock/fail', { method: 'DELETE' });
}

export interface MockSession {
  client_secret: string;
  expires_at: string;
}

/** A session for the seeded account: every component unless `components` narrows it. */
export function mockSession(
  options: { components?: string[]; ttlSeconds?: number } = {},
): Promise<MockSession> {
  return mockPost<MockSession>('/__mock/session', options);
}

export type SimulationKind = 'incoming' | 'answer' | 'hangup' | 'voicemail';

/** Simulates a call event on the mock (published to every open event stream). */
export function simulate(
  kind: SimulationKind,
  options: { from_number?: string; from_name?: string | null; call_id?: string } = {},
): Promise<{ call_id: string }> {
  return mockPost<{ call_id: string }>('/__mock/simulate', { kind, ...options });
}

/** Publishes a raw event object to every open stream as-is. */
export function pushEvent(event: Record<string, unknown>): Promise<{ id: string }> {
  return mockPost<{ id: string }>('/__mock/events', event);
}

/** The event streams the mock has open for this test file, each with its session's `jti`. */
export async function openStreams(): Promise<{ session: string | null; since: number }[]> {
  return (
    await mockGet<{ streams: { session: string | null; since: number }[] }>('/__mock/streams')
  ).streams;
}

/** The `jti` of every session token handed to an instance made by `createInstance`. */
const sessionsOf = new WeakMap<DialstackInstance, Set<string>>();

function jtiOf(token: string): string | null {
  try {
    const payload = token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const { jti } = JSON.parse(atob(payload)) as { jti?: unknown };
    return typeof jti === 'string' ? jti : null;
  } catch {
    return null;
  }
}

/**
 * `loadDialstackAndInitialize` against the mock: the instance fetches its client secrets from
 * the mock's session control (every component unless `components` narrows it).
 */
export async function createInstance(
  options: { components?: string[] } = {},
): Promise<DialstackInstance> {
  const sessions = new Set<string>();
  const instance = await loadDialstackAndInitialize({
    apiUrl: location.origin,
    fetchClientSecret: async () => {
      const { client_secret } = await mockSession(
        options.components ? { components: options.components } : {},
      );
      const jti = jtiOf(client_secret);
      if (jti) sessions.add(jti);
      return client_secret;
    },
  });
  sessionsOf.set(instance, sessions);
  return instance;
}

/**
 * The usual start of a test: the mock back to the seed with no injected failures, its facts,
 * and a fresh instance (a new session, so nothing from an earlier test's instance carries over).
 */
export async function freshMock<F = SeedFacts>(
  options: { components?: string[] } = {},
): Promise<{ instance: DialstackInstance; facts: F }> {
  await resetMock();
  const facts = (await mockFacts()) as F;
  const instance = await createInstance(options);
  return { instance, facts };
}

/**
 * A fresh mock and instance for every test of the suite (`freshMock` in `beforeEach`), logged
 * out after each: `freshMockEach((mock) => ({ instance, facts } = mock))`.
 */
export function freshMockEach(
  adopt: (mock: { instance: DialstackInstance; facts: SeedFacts }) => void,
): void {
  let instance: DialstackInstance | undefined;
  beforeEach(async () => {
    const mock = await freshMock();
    instance = mock.instance;
    adopt(mock);
  });
  afterEach(async () => {
    await instance?.logout();
  });
}

/**
 * Resolves once the mock has an event stream open for `instance` (one of the sessions it was
 * given): from then on, whatever the mock publishes reaches the instance's listeners. Call it
 * after mounting the element that listens — the instance opens its stream for its first
 * listener.
 */
export async function streamReady(
  instance: DialstackInstance,
  options: { timeout?: number } = {},
): Promise<void> {
  const sessions = sessionsOf.get(instance);
  if (!sessions) throw new Error('streamReady: the instance was not made by createInstance()');
  await waitUntil(
    async () =>
      (await openStreams()).some(
        (stream) => stream.session !== null && sessions.has(stream.session),
      ),
    'the instance never opened its event stream on the mock',
    { timeout: options.timeout ?? 8000, interval: 25 },
  );
}
