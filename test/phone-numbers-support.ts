/**
 * Set-up of the phone-number element tests on top of `test/support/mock.ts` (a mock store of
 * the file's own, reset per test): request spying and a controllable order-polling clock.
 */
import sinon from 'sinon';
import { waitUntil } from '@open-wc/testing';
import { clearFailures, freshMock, type SeedFacts } from './support/mock';
import type { DialstackInstance } from '../src/core/types';
import { orderPolling } from '../components/phone-number-ordering/phone-number-ordering.follow';

export { fail as failNext } from './support/mock';

export const shadow = (el: HTMLElement) => el.shadowRoot!;
export const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export interface Session {
  dialstack: DialstackInstance;
  facts: SeedFacts;
  fetchSpy: sinon.SinonSpy<Parameters<typeof fetch>, ReturnType<typeof fetch>>;
  /** Requests the page made whose path is `path` (and method, default any). */
  requests(path: string | RegExp, method?: string): { url: URL; init: RequestInit }[];
}

export async function openSession(): Promise<Session> {
  await clearFailures();
  const { instance: dialstack, facts } = await freshMock();
  const fetchSpy = sinon.spy(window, 'fetch');
  const requests = (path: string | RegExp, method?: string) =>
    fetchSpy.getCalls().flatMap((call) => {
      const [input, init] = call.args;
      const url = new URL(input instanceof Request ? input.url : String(input), location.origin);
      const m = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
      const pathOk = typeof path === 'string' ? url.pathname === path : path.test(url.pathname);
      if (!pathOk || (method && m !== method)) return [];
      return [{ url, init: init ?? {} }];
    });
  return { dialstack, facts, fetchSpy, requests };
}

export async function closeSession(session: Session | undefined): Promise<void> {
  await session?.dialstack.logout();
  sinon.restore();
  await clearFailures();
}

/**
 * Order polling under the test's control: each wait is recorded and resolves only when the test
 * calls `release()` (or at once with `auto`). No real delays.
 */
export function controlPolling({ auto = false } = {}) {
  const original = orderPolling.sleep;
  const waits: number[] = [];
  const pending: (() => void)[] = [];
  orderPolling.sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      waits.push(ms);
      if (signal?.aborted) return reject(signal.reason);
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      if (auto) resolve();
      else pending.push(resolve);
    });
  return {
    waits,
    /** Lets the next waiting poll run (waits until one is waiting). */
    async release() {
      await waitUntil(() => pending.length > 0, 'no poll is waiting', { timeout: 8000 });
      pending.shift()!();
    },
    restore() {
      orderPolling.sleep = original;
      pending.splice(0).forEach((resolve) => resolve());
    },
  };
}
