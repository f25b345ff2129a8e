import { realTiming } from '../core/timing';

/** First re-check of something still processing (a transcript); later ones back off. */
export const POLL_INTERVAL_MS = 3000;
/** The longest wait between two re-checks. */
export const POLL_MAX_INTERVAL_MS = 30_000;
const BACKOFF = 1.5;

export interface PollOptions<R> {
  /** Called with every value read, the first one included. */
  onValue?: (value: R) => void;
  /** Stops the polling; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  intervalMs?: number;
  maxIntervalMs?: number;
}

/**
 * Reads `fetch` until `done(value)`: once at once, then after `POLL_INTERVAL_MS`, backing off
 * by 1.5x up to `POLL_MAX_INTERVAL_MS`. Resolves with the final value; rejects with the first
 * error of `fetch`, or when `signal` aborts (waits are abortable, no timer outlives it).
 * Used for transcripts that are pending or processing.
 */
export async function pollUntil<R>(
  fetch: (signal?: AbortSignal) => Promise<R>,
  done: (value: R) => boolean,
  options: PollOptions<R> = {},
): Promise<R> {
  const { signal, onValue } = options;
  const max = options.maxIntervalMs ?? POLL_MAX_INTERVAL_MS;
  let wait = options.intervalMs ?? POLL_INTERVAL_MS;
  for (;;) {
    signal?.throwIfAborted();
    const value = await fetch(signal);
    signal?.throwIfAborted();
    onValue?.(value);
    if (done(value)) return value;
    await realTiming.sleep(wait, signal);
    wait = Math.min(max, wait * BACKOFF);
  }
}
