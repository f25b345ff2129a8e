import type { DialstackInstance } from './types';

/**
 * One-time work an element's first screen would otherwise pay (building `Intl` formatters for
 * the instance's locale, loading phone metadata): run once the page is idle after
 * `loadDialstackAndInitialize`, so an element inserted later finds it done. Elements register
 * theirs when they are defined (`defineElement`); one registered after initialize runs at the
 * next idle period. Each warm-up is its own idle callback (never one long task for all).
 */
export type WarmUp = (instance: DialstackInstance) => void;

const warmUps = new Set<WarmUp>();
let current: DialstackInstance | undefined;

const idle = (callback: () => void): void => {
  const request = (globalThis as { requestIdleCallback?: (callback: () => void) => unknown })
    .requestIdleCallback;
  if (request) request(callback);
  else setTimeout(callback, 50);
};

function schedule(warmUp: WarmUp, instance: DialstackInstance): void {
  idle(() => {
    if (instance !== current || instance.loggedOut) return;
    try {
      warmUp(instance);
    } catch {
      // Only an optimisation: the element does the same work itself when it needs it.
    }
  });
}

/** Registers a warm-up (once per function). */
export function registerWarmUp(warmUp: WarmUp): void {
  if (warmUps.has(warmUp)) return;
  warmUps.add(warmUp);
  if (current && !current.loggedOut) schedule(warmUp, current);
}

/** Called by `initialize` for a new instance. */
export function warmUpWhenIdle(instance: DialstackInstance): void {
  current = instance;
  for (const warmUp of warmUps) schedule(warmUp, instance);
}
