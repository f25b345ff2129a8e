import { Task, TaskStatus, initialState } from '@lit/task';
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DialstackClient, DialstackInstance, LoadErrorDetail } from '../core/types';
import { holdWarmUps } from '../core/warm-up';
import type { I18n } from '../i18n/create-i18n';
import { afterPaint } from '../ui/schedule';
import { emptyState, errorState, loadingState } from '../ui/states';
import { dispatchDialstackEvent } from './events';
import { errorMessageKey, isAbortError, toLoadErrorDetail } from './load-error';

/** What a data task needs from its element (implemented by `DialstackElement`). */
export interface DataTaskSource {
  /** The instance in use; undefined before one is provided and after logout. */
  readonly instance: DialstackInstance | undefined;
  /** True after the instance logged out. */
  readonly sessionEnded: boolean;
  readonly i18n: I18n;
}

export type DataTaskHost = ReactiveControllerHost & HTMLElement;

export interface DataTaskContext {
  client: DialstackClient;
  instance: DialstackInstance;
  /** Aborted when the task re-runs, its args change or the element logs out/disconnects. */
  signal: AbortSignal;
}

export interface DataTaskOptions<A extends readonly unknown[], R> {
  /** The element's inputs the data depends on (compared shallowly; a change re-runs). */
  args?: () => A;
  /** Loads the data; pass `signal` to every request. */
  task: (args: A, context: DataTaskContext) => Promise<R>;
  /** Cache tags this data belongs to; invalidating any of them re-runs the task. */
  tags?: readonly string[] | (() => readonly string[]);
  /** Decides when the empty state shows (default: an empty array or list page). */
  isEmpty?: (value: R) => boolean;
  /**
   * Start the first load when the element connects (`startDataTasks`, called by
   * `DialstackElement` once it knows its instance and locale) instead of in its first update:
   * the request then leaves before the first template is built. For tasks whose args are
   * final at connect (lists); the first update does not re-run it while the args are equal.
   */
  eager?: boolean;
}

export interface DataTaskRenderers<R> {
  complete: (value: R) => unknown;
  /** Default: a generic empty state. */
  empty?: () => unknown;
  /** Default: skeleton rows. */
  loading?: () => unknown;
  /** Default: the error state with a retry button. */
  error?: (detail: LoadErrorDetail, retry: () => void) => unknown;
  /** Skeleton rows in the default loading view (default 5). */
  skeletonRows?: number;
}

function defaultIsEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { data?: unknown }).data)
  ) {
    return (value as { data: unknown[] }).data.length === 0;
  }
  return value === undefined || value === null;
}

/** The data tasks registered per element. */
const controllersByHost = new WeakMap<HTMLElement, Set<{ refresh(): void; start(): void }>>();
const loaderStartedFor = new WeakMap<HTMLElement, DialstackInstance>();

/** Re-runs every data task of an element, keeping current data on screen meanwhile. */
export function refreshDataTasks(host: HTMLElement): void {
  for (const controller of controllersByHost.get(host) ?? []) controller.refresh();
}

/** Starts the first load of an element's eager data tasks (see `DataTaskOptions.eager`). */
export function startDataTasks(host: HTMLElement): void {
  for (const controller of controllersByHost.get(host) ?? []) controller.start();
}

/**
 * Loads an element's data with `@lit/task` and renders its states consistently:
 * - no instance yet: loading (never an error); after logout: a signed-out message, data cleared;
 * - loading: skeleton rows (`part="loading"`); `dialstack-loader-start` fires on the first load;
 * - failure: `part="error"` with a retry button; `dialstack-load-error` fires with the detail;
 * - success: `complete(value)`, or `part="empty"` when `isEmpty(value)`.
 * It re-runs when its args or the instance change, when the client invalidates one of its
 * tags (unless the mutation's `origin` is this element), and on `refresh()` (those two keep
 * showing the previous data until the new arrives). `CollectionController` builds on it for
 * lists; use this one directly for a single resource (a detail view).
 */
export class DataTaskController<A extends readonly unknown[], R> implements ReactiveController {
  private readonly host: DataTaskHost;
  private readonly source: DataTaskSource;
  private readonly options: DataTaskOptions<A, R>;
  private readonly task: Task<readonly [DialstackInstance | undefined, ...A], R>;
  private unsubscribeInvalidation?: () => void;
  private subscribedClient?: DialstackClient;
  private keepPreviousOnNextRun = false;
  private showingPrevious = false;
  private previousValue?: { value: R };
  private abortedByDisconnect = false;

  constructor(host: DataTaskHost, source: DataTaskSource, options: DataTaskOptions<A, R>) {
    this.host = host;
    this.source = source;
    this.options = options;
    this.task = new Task(host, {
      args: () => [source.instance, ...((options.args?.() ?? []) as A)] as const,
      task: async ([instance, ...args], { signal }) =>
        this.perform(instance, args as unknown as A, signal),
      onComplete: (value) => {
        this.previousValue = { value };
      },
      onError: (error) => {
        if (!isAbortError(error)) {
          dispatchDialstackEvent(host, 'dialstack-load-error', toLoadErrorDetail(error));
        }
      },
    });
    host.addController(this);
  }

  /** The last loaded value (undefined until the first success, and after logout). */
  get value(): R | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : this.previousValue?.value;
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  /** True when the last run failed (not aborted): the error view shows. */
  get failed(): boolean {
    return this.task.status === TaskStatus.ERROR && !isAbortError(this.task.error);
  }

  /** True when the last run completed and nothing runs now. */
  get complete(): boolean {
    return this.task.status === TaskStatus.COMPLETE;
  }

  /** True while a refresh runs behind data already on screen. */
  get refreshing(): boolean {
    return this.task.status === TaskStatus.PENDING && this.showingPrevious;
  }

  /** The failure of the last run, mapped like `dialstack-load-error`'s detail. */
  get errorDetail(): LoadErrorDetail | undefined {
    return this.task.status === TaskStatus.ERROR ? toLoadErrorDetail(this.task.error) : undefined;
  }

  /** Resolves with the value of the current run (rejects with its error). */
  get taskComplete(): Promise<R> {
    return this.task.taskComplete;
  }

  /** Re-runs and keeps the current data visible until the new data arrives. */
  refresh(): void {
    this.keepPreviousOnNextRun = true;
    void this.task.run().catch(() => undefined);
  }

  /** An eager task's first load, when it has an instance and has not run yet. */
  start(): void {
    if (!this.options.eager || this.task.status !== TaskStatus.INITIAL) return;
    if (!this.source.instance) return;
    void this.task.run().catch(() => undefined);
  }

  /** Re-runs showing the loading state (what the retry button does). */
  retry = (): void => {
    this.keepPreviousOnNextRun = false;
    void this.task.run().catch(() => undefined);
  };

  hostConnected(): void {
    let controllers = controllersByHost.get(this.host);
    if (!controllers) controllersByHost.set(this.host, (controllers = new Set()));
    controllers.add(this);
    this.syncInvalidation();
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      this.refresh();
    }
  }

  hostDisconnected(): void {
    controllersByHost.get(this.host)?.delete(this);
    this.unsubscribeInvalidation?.();
    this.unsubscribeInvalidation = undefined;
    this.subscribedClient = undefined;
    // Aborted once the current task is over, unless the element is back by then: a reconnect in
    // the same task (StrictMode's double effects, a router re-parenting it) keeps the request.
    queueMicrotask(() => {
      if (this.host.isConnected || this.task.status !== TaskStatus.PENDING) return;
      this.abortedByDisconnect = true;
      this.task.abort();
    });
  }

  hostUpdate(): void {
    this.syncInvalidation();
    if (!this.source.instance) {
      this.previousValue = undefined;
      if (this.source.sessionEnded) this.task.abort();
    }
  }

  private syncInvalidation(): void {
    // A removed element can still update once (its task aborting or settling): subscribing
    // then would keep it alive through the client's listeners until the instance goes away.
    const client = this.host.isConnected ? this.source.instance?.client : undefined;
    if (client === this.subscribedClient) return;
    this.unsubscribeInvalidation?.();
    this.unsubscribeInvalidation = undefined;
    this.subscribedClient = client;
    if (!client) return;
    this.unsubscribeInvalidation = client.onInvalidate((tags, origin) => {
      // The element's own change: it already shows it (optimistically or from the response).
      if (origin !== undefined && origin === this.host) return;
      const mine =
        typeof this.options.tags === 'function' ? this.options.tags() : this.options.tags;
      if (mine?.some((tag) => tags.includes(tag))) this.refresh();
    });
  }

  private async perform(
    instance: DialstackInstance | undefined,
    args: A,
    signal: AbortSignal,
  ): Promise<R | typeof initialState> {
    this.showingPrevious = this.keepPreviousOnNextRun && this.previousValue !== undefined;
    this.keepPreviousOnNextRun = false;
    if (!instance) return initialState;
    if (loaderStartedFor.get(this.host) !== instance) {
      loaderStartedFor.set(this.host, instance);
      // After the current task's synchronous work: an eager load starts inside connectedCallback,
      // before a framework (React's layout effects, @lit/react) has added its listeners.
      queueMicrotask(() =>
        dispatchDialstackEvent(this.host, 'dialstack-loader-start', {
          elementTagName: this.host.localName,
        }),
      );
    }
    const result = this.options.task(args, { client: instance.client, instance, signal });
    if (!this.options.eager || this.previousValue !== undefined) return result;
    // A list's first load: idle warm-ups wait until its rows are painted (see `holdWarmUps`).
    const release = holdWarmUps();
    const releaseAfterPaint = () => afterPaint(release);
    result.then(releaseAfterPaint, releaseAfterPaint);
    return result;
  }

  /** Renders the current state with the shared loading, empty and error views. */
  render(renderers: DataTaskRenderers<R>): unknown {
    const { i18n, sessionEnded } = this.source;
    if (sessionEnded) {
      return errorState({
        title: i18n.t('errors.loggedOut'),
        message: i18n.t('errors.loggedOutDescription'),
      });
    }
    const loading = () =>
      renderers.loading?.() ??
      loadingState({ label: i18n.t('common.loading'), rows: renderers.skeletonRows });
    switch (this.task.status) {
      case TaskStatus.INITIAL:
        return loading();
      case TaskStatus.PENDING:
        return this.showingPrevious && this.previousValue
          ? this.renderValue(this.previousValue.value, renderers)
          : loading();
      case TaskStatus.ERROR: {
        if (isAbortError(this.task.error)) return loading();
        const detail = toLoadErrorDetail(this.task.error);
        return (
          renderers.error?.(detail, this.retry) ??
          errorState({
            title: i18n.t('errors.title'),
            message: i18n.t(errorMessageKey(detail)),
            retryLabel: i18n.t('common.retry'),
            onRetry: this.retry,
          })
        );
      }
      case TaskStatus.COMPLETE:
        return this.renderValue(this.task.value as R, renderers);
      default:
        return nothing;
    }
  }

  private renderValue(value: R, renderers: DataTaskRenderers<R>): unknown {
    const isEmpty = this.options.isEmpty ?? defaultIsEmpty;
    if (isEmpty(value)) {
      return renderers.empty?.() ?? emptyState({ title: this.source.i18n.t('common.empty') });
    }
    return renderers.complete(value);
  }
}
