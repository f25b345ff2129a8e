/**
 * @dialstack/elements/testing: run a host app's own tests and Storybook against a realistic
 * DialStack without an account, and drive the elements from Playwright.
 *
 * The public types are `public.d.ts` (shipped as this entry's declarations): the exports below
 * are typed with them, so the implementation cannot drift from what users see, and the mock
 * API's internal types stay out of the package. The mock is bundled into this entry (it imports
 * only `msw`), and runs in Node and browsers. Nothing here registers an element.
 */
import { MOCK_SECRET_KEY as secretKey } from '../../dev/mock-api/auth';
import { createHandlers } from '../../dev/mock-api/handlers';
import { createStore } from '../../dev/mock-api/store';
import type * as Public from './public';

export type { MockApi, MockStore, MockStoreOptions, SeedFacts } from './public';
export * from './playwright';

export const MOCK_SECRET_KEY: typeof Public.MOCK_SECRET_KEY = secretKey;

export const createMockApi: typeof Public.createMockApi = (options = {}) => {
  const store = createStore(options);
  return { handlers: createHandlers(store), store };
};
