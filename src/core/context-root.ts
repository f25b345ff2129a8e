import { ContextRoot } from '@lit/context';

let attached = false;

/**
 * Buffers context requests from elements that connect before `loadDialstackAndInitialize`
 * provides the instance, and replays them once it does. Idempotent; a no-op outside a browser.
 * The base element calls this before requesting the context.
 */
export function attachContextRoot(): void {
  if (attached || typeof document === 'undefined') return;
  attached = true;
  // On `document`, above the provider on <html>: only requests nobody answered reach it.
  new ContextRoot().attach(document as unknown as HTMLElement);
}
