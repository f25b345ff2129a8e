import type { DialstackInstance } from './types';

/**
 * One-time work an element's first screen would otherwise pay (building `Intl` formatters for
 * the instance's locale, loading phone metadata): run once the page is idle after
 * `loadDialstackAndInitialize`, so an element inserted later finds it done. Elements register
 * theirs when they are defined (`defineElement`); one registered after initialize runs at the
 * next idle period. Each warm-up is its own idle callback (never one long task for all), starts
 * only in an idle period long enough for it (or after a few short ones), and waits while an
 * element's first list request is in flight (`holdWarmUps`): its response would otherwise wait
 * for a warm-up that has started, between the data and the rows.
 */
export type WarmUp = (instance: DialstackInstance) => void;

interface Deadline {
  timeRemaining(): number;
  readonly didTimeout?: boolean;
}

/** An idle period shorter than this is passed over (a warm-up can take ~10-30 ms). */
const MIN_IDLE_MS = 12;
/** ...but only this many times: a page that is never that idle still gets its warm-ups. */
const MAX_SKIPS = 8;
/** A hold ends by itself after this long (a request that never settles). */
const MAX_HOLD_MS = 5000;

const warmUps = new Set<WarmUp>();
let current: DialstackInstance | undefined;
let holds = 0;
let waiting: (() => void)[] = [];

const idle = (callback: (deadline: Deadline) => void): void => {
  const request = (
    globalThis as { requestIdleCallback?: (callback: (deadline: Deadline) => void) => unknown }
  ).requestIdleCallback;
  if (request) request(callback);
  else setTimeout(() => callback({ timeRemaining: () => MIN_IDLE_MS }), 50);
};

function schedule(warmUp: WarmUp, instance: DialstackInstance, skips = 0): void {
  idle((deadline) => {
    if (instance !== current || instance.loggedOut) return;
    if (holds > 0) {
      waiting.push(() => schedule(warmUp, instance, skips));
      return;
    }
    if (deadline.timeRemaining() < MIN_IDLE_MS && !deadline.didTimeout && skips < MAX_SKIPS) {
      schedule(warmUp, instance, skips + 1);
      return;
    }
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

/**
 * Holds warm-ups that have not started yet until the returned function is called (an element's
 * first list load, from its request to the frame that paints its rows); at most `MAX_HOLD_MS`.
 */
export function holdWarmUps(): () => void {
  holds++;
  let released = false;
  const timer = setTimeout(() => release(), MAX_HOLD_MS);
  const release = (): void => {
    if (released) return;
    released = true;
    clearTimeout(timer);
    if (--holds > 0) return;
    const resume = waiting;
    waiting = [];
    for (const run of resume) run();
  };
  return release;
}
