/**
 * The mock DialStack API as MSW request handlers — the same list backs the Vite dev server and
 * @web/test-runner (through middleware.ts), Storybook and the static demo (through browser.ts),
 * and the Node tests (through msw's getResponse).
 *
 * Order: injected failures → /__mock controls → demo backend → /mock-media → the API → a 404
 * in the contract's error shape for any other /v1 path.
 */
import { http, type RequestHandler } from 'msw';
import { ApiError, toErrorResponse } from './errors';
import { failureHandlers } from './failure-handlers';
import { mediaHandlers } from './media';
import { accountRoutes } from './routes/account';
import { callRoutes } from './routes/calls';
import { controlRoutes } from './routes/control';
import { demoBackendRoutes } from './routes/demo-backend';
import { dialPlanRoutes } from './routes/dial-plans';
import { directoryRoutes } from './routes/directory';
import { eventRoutes } from './routes/events';
import { hardwareRoutes } from './routes/hardware';
import { numberOrderRoutes } from './routes/number-orders';
import { onboardingRoutes } from './routes/onboarding';
import { phoneNumberRoutes } from './routes/phone-numbers';
import { portDocumentRoutes } from './routes/port-documents';
import { portOrderRoutes } from './routes/port-orders';
import { routingRoutes } from './routes/routing';
import { sessionRoutes } from './routes/sessions';
import { voicemailRoutes } from './routes/voicemails';
import { createStore, type MockStore } from './store';

export { createStore, type MockStore } from './store';

/** Every DialStack API route the mock implements (one per operation in scopes.ts). */
export function apiRoutes(store: MockStore): RequestHandler[] {
  return [
    ...sessionRoutes(store),
    ...eventRoutes(store),
    ...callRoutes(store),
    ...voicemailRoutes(store),
    ...directoryRoutes(store),
    ...phoneNumberRoutes(store),
    ...numberOrderRoutes(store),
    ...portOrderRoutes(store),
    ...portDocumentRoutes(store),
    ...dialPlanRoutes(store),
    ...routingRoutes(store),
    ...accountRoutes(store),
    ...onboardingRoutes(store),
    ...hardwareRoutes(store),
  ];
}

const unknownApiPath = http.all('*/v1/*', ({ request }) => {
  const { pathname } = new URL(request.url);
  return toErrorResponse(
    new ApiError(404, `Unrecognized request URL (${request.method} ${pathname})`, 'not_found', {
      method: request.method,
      path: pathname,
    }),
  );
});

export function createHandlers(store: MockStore): RequestHandler[] {
  const handlers: RequestHandler[] = [];
  handlers.push(
    ...failureHandlers(store),
    ...controlRoutes(store),
    ...demoBackendRoutes(store, () => handlers),
    ...mediaHandlers(store),
    ...apiRoutes(store),
    unknownApiPath,
  );
  return handlers;
}

/** The default store behind `handlers` (and `startMockWorker()`). */
export const defaultStore: MockStore = /* @__PURE__ */ createStore();

export const handlers: RequestHandler[] = /* @__PURE__ */ createHandlers(defaultStore);
