import type { ReactiveController } from 'lit';
import type { Pager } from '../api/cursor-merge';
import type { LoadErrorDetail } from '../core/types';
import {
  DataTaskController,
  type DataTaskContext,
  type DataTaskHost,
  type DataTaskRenderers,
  type DataTaskSource,
} from './data-task';
import { isAbortError, toLoadErrorDetail } from './load-error';

/** Returned by `source` when there is nothing to load (e.g. a missing or invalid input). */
export interface CollectionUnavailable<U> {
  readonly unavailable: U;
}

export interface CollectionOptions<T, A extends readonly unknown[], U = never> {
  /** The element's inputs the list depends on (compared shallowly; a change starts over). */
  args?: () => A;
  /**
   * Opens the list for `args`: a `Pager` (usually a `CursorMerge`, one cursor or several),
   * or `{ unavailable }` to render `renderers.unavailable` instead. Called on the first load,
   * when args change and on every refresh; pass `context.signal` to anything it requests.
   */
  source: (
    args: A,
    context: DataTaskContext,
  ) => Pager<T> | CollectionUnavailable<U> | Promise<Pager<T> | CollectionUnavailable<U>>;
  /** The item's id (`data-id` of its row; selection and de-duplication use it). */
  id: (item: T) => string;
  /** The list's order (negative: `a` first); live inserts take their place by it. */
  compare?: (a: T, b: T) => number;
  /** Whether an item belongs in this list; `upsert` of one that does not removes it. */
  matches?: (item: T) => boolean;
  /** Items per load and per `loadMore()` (default 25). */
  pageSize?: number | (() => number);
  /** Cache tags of the list; another element's mutation of one of them refreshes it. */
  tags?: readonly string[] | (() => readonly string[]);
  /** Called after every load or refresh lands with items (e.g. to announce the count). */
  onLoad?: (items: readonly T[]) => void;
}

/** What the shared state views show. */
export type CollectionStatus =
  'loading' | 'ready' | 'empty' | 'error' | 'unavailable' | 'signed-out';

export interface CollectionRenderers<T, U = never> extends Omit<
  DataTaskRenderers<unknown>,
  'complete'
> {
  /** The loaded items (never empty: `empty` renders that). */
  items: (items: readonly T[]) => unknown;
  /** What `source` returned `{ unavailable }` for. */
  unavailable?: (value: U) => unknown;
}

/** How an optimistic edit changes an item: fields to merge, or a function (null removes it). */
export type OptimisticChange<T> = Partial<T> | ((item: T) => T | null);

/** What a mutation made through the controller receives: pass both to the API function. */
export interface MutationContext {
  /** The element: invalidations carrying it don't reload this list, but do reload others. */
  origin: object;
}

const shallowEqual = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The list runtime every list element shares. It owns the items and their cursors, loading
 * (through `@lit/task`, via `DataTaskController`: args change, disconnect and logout abort the
 * request in flight), load-more and scroll loading, refresh that merges (items kept by
 * identity, changed ones updated, gone ones removed, new ones inserted: scroll position and
 * selection survive), live inserts/updates/removals, optimistic edits with rollback,
 * selection and the open item, and the status the shared loading/empty/error views render
 * (including signed-out after logout, `dialstack-loader-start`, `dialstack-load-error` and retry).
 *
 * Mutations made through `optimistic()`/`mutate()` carry the element as their `origin`: the
 * cache invalidation they cause reloads every other element showing the same tags, not this one.
 *
 * ```ts
 * class MyList extends DialstackElement {
 *   @property() owner?: string;
 *   private readonly list = this.createCollection({
 *     args: () => [this.owner] as const,
 *     tags: ['voicemails'],
 *     id: (v: Voicemail) => v.id,
 *     compare: (a, b) => b.created_at.localeCompare(a.created_at),
 *     source: ([owner], { client }) =>
 *       new CursorMerge([{ path: '/v1/voicemails', query: { owner } }], {
 *         compare: ..., id: (v) => v.id,
 *         fetchPage: (path, query, signal) => client.page(path, { query, signal }),
 *       }),
 *   });
 *   render() {
 *     return this.list.render({ items: (items) => items.map((v) => html`<div part="row" data-id=${v.id}>…</div>`) });
 *   }
 *   markRead(v: Voicemail) {
 *     void this.list.optimistic(v.id, { is_read: true }, ({ origin }) =>
 *       updateVoicemail(this.instance!.client, v.id, { is_read: true }, { origin }));
 *   }
 * }
 * ```
 * Scroll loading: call `loadMore()` from a sentinel, or `nearEnd(lastVisibleIndex)` from a
 * virtualizer's range change. Live events: `upsert(item)` / `remove(id)` (see `LiveEventsController`).
 */
export class CollectionController<
  T,
  A extends readonly unknown[] = [],
  U = never,
> implements ReactiveController {
  private readonly host: DataTaskHost;
  private readonly source: DataTaskSource;
  private readonly options: CollectionOptions<T, A, U>;
  private readonly task: DataTaskController<A, number>;

  private list: readonly T[] = [];
  private pager?: Pager<T>;
  private unavailableValue?: { value: U };
  /** `[instance, ...args]` of what `items` holds; undefined when it holds nothing. */
  private loadedKey?: readonly unknown[];
  private loads = 0;
  private loadingNow = false;
  /** Upserted while a load ran: kept when the load lands without them. */
  private arrivedDuringLoad = new Map<string, T>();
  /** Optimistic changes awaiting their request, re-applied over a refresh that lands meanwhile. */
  private readonly pendingChanges = new Map<string, OptimisticChange<T>>();
  /** `update()`/`remove()` calls made while a load ran: re-applied over what it returns. */
  private changesDuringLoad: { id: string; change: OptimisticChange<T> }[] = [];
  private generation = new AbortController();
  private selectedIds: ReadonlySet<string> = new Set();
  private openedId?: string;
  private moreInFlight = false;
  private moreError?: LoadErrorDetail;
  private lastMutationError?: LoadErrorDetail;

  constructor(host: DataTaskHost, source: DataTaskSource, options: CollectionOptions<T, A, U>) {
    this.host = host;
    this.source = source;
    this.options = options;
    host.addController(this);
    this.task = new DataTaskController<A, number>(host, source, {
      args: options.args,
      tags: options.tags,
      isEmpty: () => this.unavailableValue === undefined && this.list.length === 0,
      // A list's request leaves when the element connects, before its first render.
      eager: true,
      task: (args, context) => this.load(args, context),
    });
  }

  // ---- State ----

  /** The loaded items, in order (a new array after every change). */
  get items(): readonly T[] {
    return this.list;
  }

  get status(): CollectionStatus {
    if (this.source.sessionEnded) return 'signed-out';
    if (this.task.failed) return 'error';
    if (this.task.complete || this.task.refreshing) {
      if (this.unavailableValue) return 'unavailable';
      return this.list.length ? 'ready' : 'empty';
    }
    return 'loading';
  }

  /** What `source` returned `{ unavailable }` for, while that is what is shown. */
  get unavailable(): U | undefined {
    return this.unavailableValue?.value;
  }

  /** True while a refresh runs behind items already on screen (`aria-busy`). */
  get refreshing(): boolean {
    return this.task.refreshing;
  }

  /** The failure of the last load, as `dialstack-load-error` reported it. */
  get error(): LoadErrorDetail | undefined {
    return this.status === 'error' ? this.task.errorDetail : undefined;
  }

  /** True while the cursors have more items to load. */
  get hasMore(): boolean {
    return this.pager?.hasMore ?? false;
  }

  get loadingMore(): boolean {
    return this.moreInFlight;
  }

  /** Why the last `loadMore()` failed (cleared by the next one). */
  get loadMoreError(): LoadErrorDetail | undefined {
    return this.moreError;
  }

  /** Why the last optimistic edit or mutation failed (its change was rolled back). */
  get mutationError(): LoadErrorDetail | undefined {
    return this.lastMutationError;
  }

  /** Resolves when the load in progress (if any) has settled. */
  get loadComplete(): Promise<unknown> {
    return this.task.taskComplete.catch(() => undefined);
  }

  /**
   * Aborted when the list starts over (args change), the element disconnects or logs out:
   * pass it to requests made for this list (live fetches, details).
   */
  get signal(): AbortSignal {
    return this.generation.signal;
  }

  /** The item with this id, if loaded. */
  get(id: string): T | undefined {
    return this.list.find((item) => this.options.id(item) === id);
  }

  indexOf(id: string): number {
    return this.list.findIndex((item) => this.options.id(item) === id);
  }

  // ---- Loading ----

  /** Reloads and merges into what is shown (what `element.refresh()` and invalidations do). */
  refresh(): void {
    this.task.refresh();
  }

  /** Starts over showing the loading view (the error view's retry button). */
  retry = (): void => {
    this.task.retry();
  };

  /**
   * Loads up to `count` more items (default: a page) and appends them. Resolves with what was
   * added; never rejects (a failure shows in `loadMoreError`; an abort is silent).
   */
  async loadMore(count: number = this.pageSize): Promise<T[]> {
    const pager = this.pager;
    if (!pager || !pager.hasMore || this.moreInFlight || this.loadingNow) return [];
    const signal = this.generation.signal;
    this.moreInFlight = true;
    this.moreError = undefined;
    this.host.requestUpdate();
    try {
      const page = await pager.next(count, signal);
      if (this.pager !== pager) return [];
      const known = new Set(this.list.map(this.options.id));
      const added = page.filter((item) => !known.has(this.options.id(item)));
      this.setItems([...this.list, ...added]);
      return added;
    } catch (error) {
      if (this.pager === pager && !signal.aborted && !isAbortError(error)) {
        this.moreError = toLoadErrorDetail(error);
      }
      return [];
    } finally {
      if (this.pager === pager) this.moreInFlight = false;
      this.host.requestUpdate();
    }
  }

  /**
   * Scroll loading: call with the last visible index (a virtualizer's `rangeChanged`, a
   * sentinel's position); loads more when it is within `threshold` rows of the end.
   */
  nearEnd(lastVisibleIndex: number, threshold = 5): void {
    if (this.moreError || lastVisibleIndex < this.list.length - 1 - threshold) return;
    void this.loadMore();
  }

  // ---- Live changes ----

  /**
   * Inserts an item at its place (by `compare`; else at the top) or replaces the loaded one
   * with its id. An item `matches` rejects is removed instead. Returns true when it is listed.
   */
  upsert(item: T): boolean {
    const id = this.options.id(item);
    if (this.options.matches && !this.options.matches(item)) {
      this.remove(id);
      return false;
    }
    if (this.unavailableValue) return false;
    this.pager?.markSeen(id);
    if (this.loadingNow) this.arrivedDuringLoad.set(id, item);
    const index = this.indexOf(id);
    if (index >= 0) {
      const list = [...this.list];
      list[index] = item;
      this.setItems(list);
    } else {
      this.setItems([item, ...this.list]);
    }
    return true;
  }

  /** Applies a change to a loaded item (fields to merge, or a function of the item). */
  update(id: string, change: OptimisticChange<T>): boolean {
    if (this.loadingNow) this.changesDuringLoad.push({ id, change });
    const index = this.indexOf(id);
    if (index < 0) return false;
    const next = this.apply(this.list[index]!, change);
    if (next === null) return this.remove(id) !== undefined;
    const list = [...this.list];
    list[index] = next;
    this.setItems(list);
    return true;
  }

  /** Removes an item (and its selection); returns it. */
  remove(id: string): T | undefined {
    const item = this.get(id);
    this.arrivedDuringLoad.delete(id);
    if (this.loadingNow) this.changesDuringLoad.push({ id, change: () => null });
    if (item === undefined) return undefined;
    this.setItems(this.list.filter((existing) => existing !== item));
    return item;
  }

  // ---- Mutations ----

  /**
   * An optimistic edit: `change` shows at once, then `request` runs with this element as its
   * `origin`. When the request resolves with the item, that replaces it; when it fails, the
   * item is restored (at its place, if the change removed it), `mutationError` is set and the
   * returned promise rejects with the error.
   */
  async optimistic<R>(
    id: string,
    change: OptimisticChange<T>,
    request: (context: MutationContext) => Promise<R>,
  ): Promise<R> {
    const before = this.get(id);
    const index = this.indexOf(id);
    if (before !== undefined) {
      this.pendingChanges.set(id, change);
      this.update(id, change);
    }
    try {
      const result = await this.mutate(request);
      if (this.isItemWithId(result, id) && this.get(id) !== undefined)
        this.update(id, () => result);
      return result;
    } catch (error) {
      if (before !== undefined) this.restore(id, before, index);
      throw error;
    } finally {
      this.pendingChanges.delete(id);
    }
  }

  /** Runs a request with this element as its `origin` (no optimistic change). */
  async mutate<R>(request: (context: MutationContext) => Promise<R>): Promise<R> {
    try {
      const result = await request({ origin: this.host });
      this.lastMutationError = undefined;
      return result;
    } catch (error) {
      this.lastMutationError = toLoadErrorDetail(error);
      this.host.requestUpdate();
      throw error;
    }
  }

  // ---- Selection and the open item ----

  get selected(): ReadonlySet<string> {
    return this.selectedIds;
  }

  isSelected(id: string): boolean {
    return this.selectedIds.has(id);
  }

  /** Replaces the selection (ids not loaded are ignored). */
  select(ids: Iterable<string>): void {
    const loaded = new Set(this.list.map(this.options.id));
    this.selectedIds = new Set([...ids].filter((id) => loaded.has(id)));
    this.host.requestUpdate();
  }

  /** Adds or removes one id (`on` omitted: flips it). */
  toggle(id: string, on = !this.selectedIds.has(id)): void {
    const next = new Set(this.selectedIds);
    if (on && this.get(id) !== undefined) next.add(id);
    else next.delete(id);
    this.selectedIds = next;
    this.host.requestUpdate();
  }

  clearSelection(): void {
    if (!this.selectedIds.size) return;
    this.selectedIds = new Set();
    this.host.requestUpdate();
  }

  /** The open item's id (a detail view), if it is still listed. */
  get openId(): string | undefined {
    return this.openedId;
  }

  get openItem(): T | undefined {
    return this.openedId === undefined ? undefined : this.get(this.openedId);
  }

  open(id: string | undefined): void {
    this.openedId = id;
    this.host.requestUpdate();
  }

  // ---- Rendering ----

  /** The shared loading/empty/error/signed-out views around `renderers.items`. */
  render(renderers: CollectionRenderers<T, U>): unknown {
    return this.task.render({
      ...renderers,
      complete: () =>
        this.unavailableValue
          ? renderers.unavailable?.(this.unavailableValue.value)
          : renderers.items(this.list),
    });
  }

  // ---- Lifecycle ----

  hostConnected(): void {
    if (this.generation.signal.aborted) this.generation = new AbortController();
  }

  hostDisconnected(): void {
    this.generation.abort();
  }

  hostUpdate(): void {
    // Logged out (or no instance): nothing of the old session stays.
    if (!this.source.instance && this.loadedKey) {
      this.generation.abort();
      this.generation = new AbortController();
      this.clear();
    }
  }

  // ---- Internals ----

  private get pageSize(): number {
    const size = this.options.pageSize;
    return (typeof size === 'function' ? size() : size) ?? 25;
  }

  private async load(args: A, context: DataTaskContext): Promise<number> {
    const key = [context.instance, ...args];
    const merging = this.loadedKey !== undefined && shallowEqual(this.loadedKey, key);
    if (!merging) {
      // Starting over: what runs for the old list (load more, live fetches) stops.
      this.generation.abort();
      this.generation = new AbortController();
      this.clear();
    }
    this.moreInFlight = false;
    this.loadingNow = true;
    this.arrivedDuringLoad = new Map();
    this.changesDuringLoad = [];
    try {
      // Not awaited when synchronous: the first request then leaves in this call.
      const opened = this.options.source(args, context);
      const source = opened instanceof Promise ? await opened : opened;
      context.signal.throwIfAborted();
      if ('unavailable' in source) {
        this.clear();
        this.unavailableValue = { value: source.unavailable };
        this.loadedKey = key;
        return ++this.loads;
      }
      const want = merging ? Math.max(this.list.length, this.pageSize) : this.pageSize;
      const fresh = await source.next(want, context.signal);
      context.signal.throwIfAborted();
      this.unavailableValue = undefined;
      this.pager = source;
      this.moreError = undefined;
      this.loadedKey = key;
      this.setItems(this.mergeFresh(fresh, source, merging));
      this.options.onLoad?.(this.list);
      return ++this.loads;
    } finally {
      this.loadingNow = false;
    }
  }

  /**
   * A refresh's items merged with what is shown: unchanged items keep their identity, gone ones
   * (within the reloaded range) go, live arrivals during the load stay, pending optimistic
   * changes are re-applied.
   */
  private mergeFresh(fresh: readonly T[], pager: Pager<T>, merging: boolean): T[] {
    const { id, compare } = this.options;
    const old = new Map(this.list.map((item) => [id(item), item]));
    const merged = fresh.map((item) => {
      const previous = old.get(id(item));
      return previous !== undefined && sameJson(previous, item) ? previous : item;
    });
    const ids = new Set(merged.map(id));
    const keep = (item: T) => {
      if (ids.has(id(item))) return;
      ids.add(id(item));
      pager.markSeen(id(item));
      merged.push(item);
    };
    for (const item of this.arrivedDuringLoad.values()) keep(item);
    const last = fresh[fresh.length - 1];
    if (merging && compare && pager.hasMore && last !== undefined) {
      // Beyond the reloaded range: not known to be gone, so kept.
      for (const item of this.list) if (compare(item, last) > 0) keep(item);
    }
    // Changes made while the load ran, in order, then optimistic ones still awaiting their request.
    const changes = [...this.changesDuringLoad];
    const touched = new Set(changes.map((entry) => entry.id));
    for (const [changedId, change] of this.pendingChanges) {
      if (!touched.has(changedId)) changes.push({ id: changedId, change });
    }
    let result = merged;
    for (const { id: changedId, change } of changes) {
      result = result.flatMap((item) => {
        if (id(item) !== changedId) return [item];
        const next = this.apply(item, change);
        return next === null ? [] : [next];
      });
    }
    this.changesDuringLoad = [];
    return result;
  }

  private setItems(items: T[]): void {
    const { compare, id } = this.options;
    this.list = compare ? items.sort(compare) : items;
    const ids = new Set(this.list.map(id));
    if ([...this.selectedIds].some((selected) => !ids.has(selected))) {
      this.selectedIds = new Set([...this.selectedIds].filter((selected) => ids.has(selected)));
    }
    if (this.openedId !== undefined && !ids.has(this.openedId)) this.openedId = undefined;
    this.host.requestUpdate();
  }

  private restore(id: string, before: T, index: number): void {
    if (this.get(id) !== undefined) {
      this.update(id, () => before);
    } else {
      const list = [...this.list];
      list.splice(Math.min(index, list.length), 0, before);
      this.setItems(list);
    }
  }

  private apply(item: T, change: OptimisticChange<T>): T | null {
    return typeof change === 'function' ? change(item) : { ...item, ...change };
  }

  private isItemWithId(value: unknown, id: string): value is T {
    return typeof value === 'object' && value !== null && this.options.id(value as T) === id;
  }

  /** Forgets everything loaded (new args, logout). */
  private clear(): void {
    this.list = [];
    this.pager = undefined;
    this.unavailableValue = undefined;
    this.loadedKey = undefined;
    this.selectedIds = new Set();
    this.openedId = undefined;
    this.moreError = undefined;
    this.moreInFlight = false;
    this.arrivedDuringLoad = new Map();
    this.changesDuringLoad = [];
  }
}
