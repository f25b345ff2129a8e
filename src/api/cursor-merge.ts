/**
 * The one cursor merge of the code base: several server lists (each already in the same
 * order, e.g. newest first) read through their `next_page_url` cursors and merged into one
 * ordered, de-duplicated list, fetching only the pages it needs.
 */
import type { ListPage, Query } from '../core/types';

/** Where a cursor starts: a path and the query of its first request. */
export interface CursorStart {
  path: string;
  query?: Query;
}

/** Reads one page (`query` is undefined for a `next_page_url`, which carries its own). */
export type PageFetcher<T> = (
  path: string,
  query: Query | undefined,
  signal: AbortSignal | undefined,
) => Promise<ListPage<T>>;

export interface CursorMergeOptions<T> {
  /** The order every cursor returns its items in (negative: `a` comes first). */
  compare: (a: T, b: T) => number;
  /** The identity used to drop repeats (an item on two cursors, a shifted offset page). */
  id: (item: T) => string;
  fetchPage: PageFetcher<T>;
  /** Drops malformed items (default: anything with a string `id`). */
  isItem?: (value: unknown) => value is T;
}

/** What `CollectionController` reads items through. */
export interface Pager<T> {
  /** True while a cursor has pages left or fetched items wait to be revealed. */
  readonly hasMore: boolean;
  /**
   * Up to `count` more items, in order. Fewer only at the end; rejects with the request's
   * error (the state stays consistent, so calling again continues where it stopped).
   */
  next(count: number, signal?: AbortSignal): Promise<T[]>;
  /** Records an id shown by other means (a live insertion) so pages don't repeat it. */
  markSeen(id: string): void;
}

interface Cursor<T> {
  /** The next request's path (the start path, then `next_page_url`); null when done. */
  path: string | null;
  /** For the first request only. */
  query: Query | undefined;
  buffer: T[];
  head: number;
  pages: number;
}

const hasStringId = (value: unknown): value is never =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';

/**
 * A k-way merge over server cursors. Correct across page boundaries: the next item is taken
 * only while every cursor that still has pages has something buffered, because a cursor with
 * pages left and an empty buffer could still return an item that comes first. Such a cursor
 * is fetched (all of them in parallel) before the merge continues, so a `next()` makes as few
 * requests as the order allows. A single cursor is the degenerate case (plain paging).
 *
 * ```ts
 * const merge = new CursorMerge(
 *   [{ path: '/v1/calls', query: { from_number: n } }, { path: '/v1/calls', query: { to_number: n } }],
 *   { compare: compareNewestFirst, id: (c) => c.id, fetchPage: (path, query, signal) =>
 *       client.page(path, { query, signal, cache: 'no-store' }) },
 * );
 * const first = await merge.next(10, signal);
 * ```
 */
export class CursorMerge<T> implements Pager<T> {
  private readonly cursors: Cursor<T>[];
  private readonly seen = new Set<string>();
  private readonly options: CursorMergeOptions<T>;
  /** Requests made (diagnostics and tests). */
  requests = 0;

  constructor(starts: readonly CursorStart[], options: CursorMergeOptions<T>) {
    this.options = options;
    this.cursors = starts.map(({ path, query }) => ({
      path,
      query,
      buffer: [],
      head: 0,
      pages: 0,
    }));
  }

  get hasMore(): boolean {
    return this.cursors.some((c) => c.path !== null || pending(c) > 0);
  }

  /** True once every cursor has fetched its first page (or finished). */
  get started(): boolean {
    return this.cursors.every((c) => c.pages > 0 || c.path === null);
  }

  markSeen(id: string): void {
    this.seen.add(id);
  }

  async next(count: number, signal?: AbortSignal): Promise<T[]> {
    signal?.throwIfAborted();
    const out: T[] = [];
    while (out.length < count) {
      const starving = this.cursors.filter((c) => pending(c) === 0 && c.path !== null);
      if (starving.length) {
        // Settle every request before reporting a failure, so a retry never races one in flight.
        const results = await Promise.allSettled(starving.map((c) => this.fill(c, signal)));
        signal?.throwIfAborted();
        const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        if (failed) {
          // What was taken stays taken: hand it back for the next call.
          this.unread(out);
          throw failed.reason;
        }
        continue;
      }
      const best = this.head();
      if (!best) break;
      const item = best.buffer[best.head++]!;
      const id = this.options.id(item);
      if (this.seen.has(id)) continue;
      this.seen.add(id);
      out.push(item);
    }
    return out;
  }

  /** The cursor whose buffered head comes first (undefined when nothing is buffered). */
  private head(): Cursor<T> | undefined {
    let best: Cursor<T> | undefined;
    for (const c of this.cursors) {
      if (pending(c) === 0) continue;
      if (!best || this.options.compare(c.buffer[c.head]!, best.buffer[best.head]!) < 0) best = c;
    }
    return best;
  }

  private unread(items: T[]): void {
    if (!items.length) return;
    for (const item of items) this.seen.delete(this.options.id(item));
    // One synthetic, finished cursor holds them; it is merged first as they come first.
    this.cursors.unshift({ path: null, query: undefined, buffer: items, head: 0, pages: 1 });
  }

  private async fill(cursor: Cursor<T>, signal?: AbortSignal): Promise<void> {
    const path = cursor.path;
    if (path === null) return;
    this.requests++;
    const page = await this.options.fetchPage(path, cursor.query, signal);
    signal?.throwIfAborted();
    const isItem = this.options.isItem ?? hasStringId;
    const data = Array.isArray(page.data) ? page.data.filter(isItem) : [];
    cursor.pages++;
    cursor.query = undefined;
    // A cursor that returns nothing, or hands back its own URL, is finished.
    const next = page.next_page_url;
    cursor.path = next && next !== path && data.length > 0 ? next : null;
    // Drop what was revealed (no O(n) shift per item), keep what waits.
    cursor.buffer = cursor.buffer.slice(cursor.head).concat(data);
    cursor.head = 0;
  }
}

function pending(cursor: Cursor<unknown>): number {
  return cursor.buffer.length - cursor.head;
}
