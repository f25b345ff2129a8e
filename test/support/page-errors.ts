/**
 * Set-up shared by the end-to-end element tests (hardening, SPA): a record of the page's uncaught
 * errors and unhandled rejections, and a timing whose retry back-offs are capped at 50 ms.
 */
import { realTiming, type Timing } from '../../src/core/timing';

/** Listens for the page's uncaught errors and unhandled rejections; returns the list they fill. */
export function recordUncaught(): string[] {
  const uncaught: string[] = [];
  window.addEventListener('error', (event) => {
    if (!/ResizeObserver loop/.test(event.message)) uncaught.push(`error: ${event.message}`);
  });
  window.addEventListener('unhandledrejection', (event) => {
    const reason = event.reason as { stack?: string } | undefined;
    uncaught.push(`unhandledrejection: ${reason?.stack ?? String(event.reason)}`);
  });
  return uncaught;
}

/** Real timers, with every back-off shortened to at most 50 ms. */
export const FAST_RETRIES: Timing = {
  ...realTiming,
  sleep: (ms, signal) => realTiming.sleep(Math.min(ms, 50), signal),
};
