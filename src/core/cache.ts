/**
 * Hears invalidated tags. `origin` is what the mutation declared as its origin (usually the
 * element that made it), so that element can skip reloading itself; undefined otherwise.
 */
export type InvalidateListener = (tags: readonly string[], origin?: object) => void;

interface Entry {
  value: unknown;
  tags: readonly string[];
  storedAt: number;
}

interface Flight {
  promise: Promise<unknown>;
  controller: AbortController;
  tags: readonly string[];
  sharers: number;
  aborted: number;
  /** Invalidated while in flight: its result is returned but not cached. */
  stale: boolean;
}

export interface CacheOptions {
  now?: () => number;
  /** Within this age a cached value is served without revalidating (default 10 s). */
  freshMs?: number;
  maxEntries?: number;
}

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((tag) => b.includes(tag));
const noop = () => {};

/**
 * GET responses keyed by URL and tagged by resource: identical in-flight requests are shared,
 * results are served stale-while-revalidate, and invalidating a tag drops its entries and tells
 * listeners (the elements showing that resource) to refetch.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly flights = new Map<string, Flight>();
  private readonly listeners = new Set<InvalidateListener>();
  private readonly now: () => number;

  constructor(private readonly options: CacheOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  /**
   * The cached value for `key`, or the result of `fetcher` shared with every concurrent caller.
   * A caller's `signal` aborts only its own wait; the request stops when all sharers abort.
   */
  get<T>(
    key: string,
    tags: readonly string[],
    fetcher: (signal: AbortSignal) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const entry = this.entries.get(key);
    if (entry) {
      if (this.now() - entry.storedAt > (this.options.freshMs ?? 10_000)) {
        this.revalidate(key, entry, fetcher);
      }
      return Promise.resolve(entry.value as T);
    }
    const flight = this.flights.get(key) ?? this.start(key, tags, fetcher);
    flight.sharers++;
    if (!signal) return flight.promise as Promise<T>;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        reject(signal.reason);
        if (++flight.aborted === flight.sharers) {
          if (this.flights.get(key) === flight) this.flights.delete(key);
          flight.controller.abort(signal.reason);
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value as T);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  /** Drops everything tagged with any of `tags` and notifies listeners (with `origin`). */
  invalidate(tags: readonly string[], origin?: object): void {
    for (const [key, entry] of this.entries)
      if (overlaps(entry.tags, tags)) this.entries.delete(key);
    for (const [key, flight] of this.flights) {
      if (overlaps(flight.tags, tags)) {
        flight.stale = true;
        this.flights.delete(key);
      }
    }
    this.notify(tags, origin);
  }

  /** Empties the cache (logout); listeners hear about every tag that was held. */
  clear(): void {
    const tags = new Set<string>();
    for (const held of [...this.entries.values(), ...this.flights.values()]) {
      held.tags.forEach((tag) => tags.add(tag));
    }
    for (const flight of this.flights.values()) flight.stale = true;
    this.flights.clear();
    this.entries.clear();
    this.notify([...tags]);
  }

  onInvalidate(listener: InvalidateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(tags: readonly string[], origin?: object): void {
    if (!tags.length) return;
    for (const listener of [...this.listeners]) {
      try {
        listener(tags, origin);
      } catch (error) {
        console.error('DialStack: an invalidation listener threw', error);
      }
    }
  }

  private start<T>(
    key: string,
    tags: readonly string[],
    fetcher: (signal: AbortSignal) => Promise<T>,
  ): Flight {
    const controller = new AbortController();
    const flight: Flight = {
      controller,
      tags,
      sharers: 0,
      aborted: 0,
      stale: false,
      promise: undefined!,
    };
    flight.promise = fetcher(controller.signal).then(
      (value) => {
        if (this.flights.get(key) === flight) this.flights.delete(key);
        if (!flight.stale) this.store(key, tags, value);
        return value;
      },
      (error: unknown) => {
        if (this.flights.get(key) === flight) this.flights.delete(key);
        throw error;
      },
    );
    flight.promise.catch(noop);
    this.flights.set(key, flight);
    return flight;
  }

  /** Background refresh of a served-stale entry; listeners refetch only if the data changed. */
  private revalidate<T>(
    key: string,
    entry: Entry,
    fetcher: (signal: AbortSignal) => Promise<T>,
  ): void {
    if (this.flights.has(key)) return;
    const flight = this.start(key, entry.tags, fetcher);
    flight.sharers++;
    flight.promise.then((value) => {
      if (!flight.stale && JSON.stringify(value) !== JSON.stringify(entry.value))
        this.notify(entry.tags);
    }, noop);
  }

  private store(key: string, tags: readonly string[], value: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, { value, tags, storedAt: this.now() });
    if (this.entries.size > (this.options.maxEntries ?? 200)) {
      this.entries.delete(this.entries.keys().next().value!);
    }
  }
}
