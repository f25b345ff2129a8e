/**
 * The mock in the browser (Storybook, the static demo): MSW's service worker
 * (`public/mockServiceWorker.js`) serving the same handlers over the default store.
 *
 *     await startMockWorker();
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { defaultStore, handlers } from './handlers';

export { defaultStore };

export interface StartMockWorkerOptions {
  /** Where the worker script is served. Default `/mockServiceWorker.js`. */
  serviceWorkerUrl?: string;
  /** Log each mocked request in the console. Default false. */
  logRequests?: boolean;
}

let started: Promise<SetupWorker> | undefined;

/** Starts the worker once (later calls share the first start); other requests pass through. */
export function startMockWorker(options: StartMockWorkerOptions = {}): Promise<SetupWorker> {
  started ??= (async () => {
    const worker = setupWorker(...handlers);
    await worker.start({
      onUnhandledRequest: 'bypass',
      quiet: !options.logRequests,
      serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
    });
    return worker;
  })();
  return started;
}
