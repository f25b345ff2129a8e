import { ContextProvider } from '@lit/context';
import { dialstackContext } from '../base/context';
import { attachContextRoot } from './context-root';
import { Instance, type InstanceInternals } from './instance';
import type { DialstackInstance, DialstackOptions } from './types';
import { isDefaultAppearance, loadAppearance } from '../theme/apply-theme';
import { warmUpWhenIdle } from './warm-up';

let current: Instance | undefined;
let provider: ContextProvider<typeof dialstackContext> | undefined;

/**
 * Creates the page's DialStack instance and provides it (through `@lit/context`, at
 * `document.documentElement`) to every element, including those already connected.
 *
 * One live instance per page. Called again while it is live with the same
 * `fetchClientSecret` and `apiUrl`, it returns that same instance (applying any new
 * `appearance`/`locale`). With a different `fetchClientSecret` or `apiUrl`, or after
 * `logout()`, it creates a new instance, logs the previous one out and provides the new one
 * in its place. Either way there is only ever one context provider and no duplicate listener.
 */
export async function loadDialstackAndInitialize(
  options: DialstackOptions,
): Promise<DialstackInstance> {
  return initialize(options);
}

/** `loadDialstackAndInitialize` with internal hooks (tests). */
export function initialize(options: DialstackOptions, internals?: InstanceInternals): Instance {
  if (typeof options?.fetchClientSecret !== 'function') {
    throw new TypeError('DialStack: fetchClientSecret must be a function.');
  }
  if (
    current &&
    !current.loggedOut &&
    current.options.fetchClientSecret === options.fetchClientSecret &&
    current.options.apiUrl === options.apiUrl
  ) {
    current.update(options);
    preloadAppearance(current);
    return current;
  }
  const previous = current;
  const instance = (current = new Instance(options, internals));
  provide(instance);
  preloadAppearance(instance);
  if (previous && !previous.loggedOut) void previous.logout();
  // Fetching the first secret early is a page-load optimisation; a server render has no use for it.
  if (typeof document !== 'undefined') {
    instance.warmUp();
    // The elements' one-time costs (formatters, phone metadata), before any is inserted.
    warmUpWhenIdle(instance);
  }
  return instance;
}

/**
 * A dark or custom appearance needs code the elements load on first use (and stay hidden
 * until it is in); starting that load here means it is usually in before the first element is.
 */
function preloadAppearance(instance: Instance): void {
  if (typeof document === 'undefined' || isDefaultAppearance(instance.appearance)) return;
  loadAppearance().catch(() => {
    // The element that needs it reports the failure when it asks again.
  });
}

function provide(instance: Instance): void {
  if (typeof document === 'undefined') return;
  attachContextRoot();
  if (provider) {
    provider.setValue(instance);
  } else {
    provider = new ContextProvider(document.documentElement, {
      context: dialstackContext,
      initialValue: instance,
    });
    // A plain element has no controller lifecycle: announce the provider ourselves, which
    // makes the context root replay requests from elements that connected earlier.
    provider.hostConnected();
  }
}
