/** Clock, randomness and waiting, injectable so tests control backoff without real delays. */
export interface Timing {
  now(): number;
  random(): number;
  /** Resolves after `ms`; rejects with `signal.reason` if the signal aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realTiming: Timing = {
  now: () => Date.now(),
  random: () => Math.random(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal!.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/**
 * Exponential backoff with "equal jitter": attempt n waits between half and all of
 * `base * 2^n` (capped), so delays grow while concurrent clients still spread out.
 */
export function backoffDelay(
  attempt: number,
  random: () => number,
  baseMs: number,
  capMs: number,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
  return ceiling / 2 + (random() * ceiling) / 2;
}
