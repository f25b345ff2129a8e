/**
 * @dialstack/elements/testing: run a host app's own tests and Storybook against a realistic
 * DialStack without an account, and drive the elements from Playwright.
 *
 * - `createMockApi()` → `{ handlers, store }`: MSW 2 request handlers (your own `msw`
 *   installation, an optional peer) serving the whole DialStack API over a seeded in-memory
 *   account, with real session tokens, pagination, filters, errors and a live event stream —
 *   the same mock this package's own demo and tests use. Use them with `setupServer` (Node),
 *   `setupWorker` (browser, Storybook's msw addon) or a dev-server middleware.
 * - Playwright page objects (`callLogs(page)`, `voicemails(page)`, …): also importable alone,
 *   without the mock, from `@dialstack/elements/testing/playwright`.
 *
 * The mock is bundled into this entry (it imports only `msw`), and runs in Node and browsers.
 * Nothing here registers an element.
 */
import { createHandlers, type MockStore } from '../../dev/mock-api/handlers';
import { createStore, type MockStoreOptions } from '../../dev/mock-api/store';
import type { RequestHandler } from 'msw';

export type { MockStore, MockStoreOptions };
export type { SeedFacts } from '../../dev/mock-api/seed/facts';
export { MOCK_SECRET_KEY } from '../../dev/mock-api/auth';
export * from './playwright';

export interface MockApi {
  /** The request handlers: the API, `/__mock/*` controls, the mock media files. */
  handlers: RequestHandler[];
  /** The seeded account behind them (`store.facts`: ids and counts; `store.reset()`). */
  store: MockStore;
}

/**
 * A fresh mock DialStack API. Point the elements at it with
 * `loadDialstackAndInitialize({ apiUrl: location.origin, fetchClientSecret })`, where
 * `fetchClientSecret` POSTs to `/__mock/session` (→ `{ client_secret, expires_at }`).
 */
export function createMockApi(options: MockStoreOptions = {}): MockApi {
  const store = createStore(options);
  return { handlers: createHandlers(store), store };
}
