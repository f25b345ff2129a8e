import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { Task, TaskStatus } from '@lit/task';
import { DialstackElement } from '../../src/base/dialstack-element';
import { isAbortError, toLoadErrorDetail } from '../../src/base/load-error';
import { iconFilter } from '../../src/ui/icons';
import { RovingListController, type IndexRange } from '../../src/ui/roving-list';
import { spinnerStyles } from '../../src/ui/spinner';
import { emptyState, errorState } from '../../src/ui/states';
import { callDisplayStyles, callPartyText, renderLiveIndicator } from '../../src/ui/calls';
import {
  CallStream,
  MAX_LIMIT,
  clampLimit,
  compareNewestFirst,
  fetchEndedCall,
  fetchUsers,
  isDirection,
  isStatus,
  matchesFilters,
  normalizePhoneQuery,
  type CallDirectionFilter,
  type CallLog,
  type CallQueryFilters,
  type CallStatusFilter,
  type User,
} from './call-logs.data';
import { calendarDate, resolveDateBound } from './call-logs.dates';
import { CsvExportController, type ExportRequest } from './call-logs.export-control';
import { LiveCallsController } from './call-logs.live';
import { renderCallRow, renderHeaderRow, type CallRowsView } from './call-logs.rows';
import { callLogsStyles } from './call-logs.styles';
import { callLogsText, type CallLogsText } from './call-logs.text';
import type { CallFiltersChange, DialstackCallFilters } from './call-filters';

/** `detail` of `dialstack-row-select`. */
export interface CallLogsRowSelectDetail {
  id: string;
  item: CallLog;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A call row was selected (click, Enter or Space); cancel it to keep the panel closed. */
    'dialstack-row-select': CustomEvent<{ id: string; item: unknown }>;
  }
  interface HTMLElementTagNameMap {
    'dialstack-call-logs': DialstackCallLogs;
  }
}

/** What the list task resolves with. */
interface CallsResult {
  stream: CallStream | null;
  items: CallLog[];
  filters: CallQueryFilters;
  /** The phone filter was not a usable number: nothing was requested. */
  invalidPhone?: boolean;
}

type LoadMoreState = 'idle' | 'loading' | 'error';

/** `target.push(...source)` without spreading (large arrays overflow the argument limit). */
function appendAll<T>(target: T[], source: readonly T[]): void {
  for (const item of source) target.push(item);
}

/**
 * The virtualizer's flow layout with a smaller overhang (rows rendered beyond the visible
 * window): 1,000 px by default, which renders ~45 rows for ~10 visible; 320 px keeps wheel
 * and keyboard scrolling seamless at about half the DOM and first-paint work.
 */
class CallRowsLayout extends FlowLayout {
  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = 320;
  }
}

/** How long a row stays highlighted after it arrived live. */
const NEW_ROW_MS = 2400;

/** The detail panel's parts, re-exported so a host page styles them through call logs. */
const DETAIL_PARTS =
  'recording, player, recording-loading, recording-none, recording-error, transcript, transcript-loading, transcript-pending, transcript-failed, transcript-none, transcript-error, transcript-unknown, call-direction, call-status, call-quality, call-party';

/** Fetches a lazily loaded module once the browser is idle. */
function whenIdle(callback: () => void): void {
  const idle =
    (globalThis as { requestIdleCallback?: (callback: () => void) => void }).requestIdleCallback ??
    ((fn: () => void) => setTimeout(fn, 200));
  idle(callback);
}

/**
 * The account's calls, newest first, with filters, infinite scroll (or classic pages), a detail
 * panel with the recording and transcript, live updates and CSV export.
 *
 * @tagname dialstack-call-logs
 * @summary Call logs: every call made and received on the account.
 *
 * @fires dialstack-row-select - A row was selected (click, Enter or Space). `detail: { id, item }`
 *   where `item` is the `CallLog`. Cancelable: `preventDefault()` keeps the detail panel closed.
 * @fires dialstack-loader-start - The element started loading its data.
 * @fires dialstack-load-error - Loading failed; `detail.error` is `{ type, message, status? }`.
 *
 * @csspart toolbar - The bar with the result count and the export button.
 * @csspart count - The result count (a polite live region).
 * @csspart export-button - The "Export CSV" button.
 * @csspart filters - The filter bar (hidden with `hide-filters`).
 * @csspart live - The strip of calls ringing or in progress.
 * @csspart list - The grid of calls.
 * @csspart row - One call row; `data-id` is the call id.
 * @csspart pagination - Previous/Next controls (with `page-size`).
 * @csspart detail - The detail panel of the selected call (`data-id` = the call id).
 * @csspart recording - The recording section when a recording exists.
 * @csspart player - The recording's audio player.
 * @csspart recording-loading - The recording is being fetched.
 * @csspart recording-none - The call has no recording.
 * @csspart recording-error - The recording could not be fetched (with a retry button).
 * @csspart transcript - The transcript text.
 * @csspart transcript-loading - The transcript is being fetched.
 * @csspart transcript-pending - Transcription is pending or processing (`data-status`); re-checked.
 * @csspart transcript-failed - Transcription failed.
 * @csspart transcript-none - The call has no transcript.
 * @csspart transcript-error - The transcript could not be fetched (with a retry button).
 * @csspart loading - The loading view.
 * @csspart empty - The empty view.
 * @csspart error - The error view.
 * @csspart retry-button - The error view's retry button.
 * @csspart call-live - A live (ringing / in progress) indicator.
 * @csspart call-direction - Direction icon and text.
 * @csspart call-status - Status badge.
 * @csspart call-quality - Quality badge.
 * @csspart call-party - A from/to number with its label.
 *
 * @cssprop --dialstack-call-logs-list-height - Height of the scrolling list (default 560px).
 */
export class DialstackCallLogs extends DialstackElement {
  static override styles = [
    DialstackElement.styles,
    callDisplayStyles,
    spinnerStyles,
    callLogsStyles,
  ];

  /** Only calls in this direction. */
  @property({ reflect: true }) direction?: CallDirectionFilter;

  /** Only calls with this final status. */
  @property({ reflect: true }) status?: CallStatusFilter;

  /** Only calls of this user. */
  @property({ attribute: 'user-id', reflect: true }) userId?: string;

  /** Calls started on or after this date (`YYYY-MM-DD` in the element's time zone) or instant. */
  @property({ attribute: 'from-date', reflect: true }) fromDate?: string;

  /** Calls started on or before this date (`YYYY-MM-DD`, whole day included) or before this instant. */
  @property({ attribute: 'to-date', reflect: true }) toDate?: string;

  /** Only calls from or to this number (E.164 or an extension). */
  @property({ attribute: 'phone-number', reflect: true }) phoneNumber?: string;

  /** Hides the built-in filter bar (filters still apply from attributes). */
  @property({ attribute: 'hide-filters', type: Boolean, reflect: true }) hideFilters = false;

  /** Classic pages of this many calls (1–100) with Previous/Next, instead of infinite scroll. */
  @property({ attribute: 'page-size', type: Number, reflect: true }) pageSize?: number;

  @state() private items: CallLog[] = [];
  @state() private loadMoreState: LoadMoreState = 'idle';
  @state() private page = 0;
  @state() private pageLoading = false;
  @state() private selectedId?: string;
  @state() private newIds = new Set<string>();
  @state() private filtersOpen = false;
  @state() private announcement = '';
  /** The detail panel's chunk has loaded (its element is defined). */
  @state() private detailReady = false;
  private detailLoading?: Promise<void>;
  private filtersLoading?: Promise<unknown>;
  private pendingDetailId?: string;

  @query('.rows') private rowsElement?: HTMLElement;
  @query('.detail') private detailElement?: HTMLElement;
  @query('#filters') private filtersElement?: DialstackCallFilters;

  private stream: CallStream | null = null;
  private adoptedResult?: CallsResult;
  private loadMoreController?: AbortController;
  private endedController = new AbortController();
  /** The virtualizer's rendered window. */
  private visibleRange: IndexRange = { first: 0, last: -1 };
  private newRowTimers = new Set<ReturnType<typeof setTimeout>>();

  /** Keyboard navigation of the grid: rows, then cells (shared with every list). */
  private readonly rows = new RovingListController(this, {
    count: () => this.items.length,
    range: () =>
      this.paged
        ? {
            first: this.page * this.classicPageSize,
            last: this.page * this.classicPageSize + this.pageItems.length - 1,
          }
        : { first: 0, last: this.items.length - 1 },
    rendered: () => (this.paged ? undefined : this.visibleRange),
    cells: '[role="gridcell"]',
    itemAt: (index) =>
      this.rowsElement?.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`),
    scrollToIndex: (index) => this.scrollToRow(index),
    onActivate: (index) => {
      const call = this.items[index];
      if (call) this.select(call, index);
    },
    onEscape: (_index, event) => {
      if (!this.selectedId) return;
      event.preventDefault();
      this.closeDetail();
    },
    onNavigate: (index) => {
      if (!this.paged && index >= this.items.length - 5) void this.loadMore();
    },
  });

  /** The "Export CSV" control; the export itself is a lazily loaded chunk. */
  private readonly exporter = new CsvExportController(this);

  private readonly exportRequest = (): ExportRequest => ({
    client: this.instance?.client,
    filters: this.currentFilters,
    userName: (id) => this.userName(id),
    filename: () =>
      this.t('callLogs.export.filename', { date: calendarDate(new Date(), this.i18n.timeZone) }),
    root: this.renderRoot,
  });

  /** Ringing and in-progress calls, and ended calls to insert. */
  private readonly live = new LiveCallsController(this, {
    instance: () => (this.isConnected ? this.instance : undefined),
    onEnd: (id) => void this.onCallEnd(id),
  });

  private readonly calls = this.createDataTask({
    args: () =>
      [
        this.effectiveDirection,
        this.effectiveStatus,
        this.userId || undefined,
        resolveDateBound(this.fromDate, 'from', this.i18n.timeZone),
        resolveDateBound(this.toDate, 'to', this.i18n.timeZone),
        (this.phoneNumber ?? '').trim(),
        this.limit,
        this.i18n.defaultCountry,
      ] as const,
    task: async (
      [direction, status, userId, fromDate, toDate, phone, limit, country],
      { client, signal },
    ): Promise<CallsResult> => {
      const filters: CallQueryFilters = { direction, status, userId };
      if (fromDate) filters.fromDate = fromDate;
      if (toDate) filters.toDate = toDate;
      if (phone) {
        const normalized = await normalizePhoneQuery(phone, country);
        if (!normalized) return { stream: null, items: [], filters, invalidPhone: true };
        filters.phoneNumber = normalized;
      }
      const stream = new CallStream(client, filters, limit);
      const items: CallLog[] = [];
      const wanted = this.pageSize ? this.classicPageSize : 1;
      const first = stream.next(signal);
      // While the request is in flight, build the Intl formatters the rows use: the first
      // one costs tens of milliseconds, which would otherwise land between data and paint.
      this.text.warm();
      appendAll(items, await first);
      while (items.length < wanted && !stream.done) appendAll(items, await stream.next(signal));
      return { stream, items, filters };
    },
    tags: ['calls'],
    isEmpty: (value) => value.items.length === 0 && this.items.length === 0,
  });

  /** Users, for names and the user filter; a failure only degrades names. */
  private readonly users = new Task(this, {
    args: () => [this.instance] as const,
    task: async ([instance], { signal }) => {
      if (!instance) return new Map<string, User>();
      const list = await fetchUsers(instance.client, signal);
      return new Map(list.map((user) => [user.id, user]));
    },
  });

  // ---- Derived values ----

  private get effectiveDirection(): CallDirectionFilter | undefined {
    return isDirection(this.direction) ? this.direction : undefined;
  }

  private get effectiveStatus(): CallStatusFilter | undefined {
    return isStatus(this.status) ? this.status : undefined;
  }

  private get classicPageSize(): number {
    return clampLimit(this.pageSize, 25);
  }

  private get limit(): number {
    return this.pageSize ? this.classicPageSize : MAX_LIMIT;
  }

  private get paged(): boolean {
    return this.pageSize !== undefined && this.pageSize !== null && !Number.isNaN(this.pageSize);
  }

  /** The host's message overrides (`locale.messages`). */
  private get hostMessages(): unknown {
    const locale = this.instance?.locale;
    return typeof locale === 'object' && locale ? locale.messages : undefined;
  }

  private get text(): CallLogsText {
    return callLogsText(this.i18n, this.hostMessages);
  }

  private get t() {
    return this.text.t;
  }

  private get selected(): CallLog | undefined {
    return this.selectedId ? this.items.find((c) => c.id === this.selectedId) : undefined;
  }

  private get currentFilters(): CallQueryFilters | undefined {
    return this.adoptedResult?.invalidPhone ? undefined : this.adoptedResult?.filters;
  }

  private get activeFilterCount(): number {
    return [
      this.effectiveDirection,
      this.effectiveStatus,
      this.userId,
      this.fromDate || this.toDate,
      this.phoneNumber,
    ].filter(Boolean).length;
  }

  private get hasActiveFilters(): boolean {
    return Boolean(
      this.direction ||
      this.status ||
      this.userId ||
      this.fromDate ||
      this.toDate ||
      this.phoneNumber,
    );
  }

  private get pageItems(): CallLog[] {
    const size = this.classicPageSize;
    return this.items.slice(this.page * size, (this.page + 1) * size);
  }

  private get hasMore(): boolean {
    return Boolean(this.stream && !this.stream.done);
  }

  private get hasNextPage(): boolean {
    return this.items.length > (this.page + 1) * this.classicPageSize || this.hasMore;
  }

  private userName(id: string | null | undefined): string | undefined {
    return id ? (this.users.value?.get(id)?.name ?? undefined) : undefined;
  }

  // ---- Lifecycle ----

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.endedController.signal.aborted) this.endedController = new AbortController();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadMoreController?.abort();
    this.endedController.abort();
    for (const timer of this.newRowTimers) clearTimeout(timer);
    this.newRowTimers.clear();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const value = this.calls.value;
    if (value && value !== this.adoptedResult) this.adopt(value);
    if (!this.instance && this.adoptedResult && this.sessionEnded) this.reset();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The list's height follows its row count; set through the CSSOM, not a `style`
    // attribute, which a strict Content-Security-Policy (no 'unsafe-inline') blocks.
    this.rowsElement?.style.setProperty('--_rows', String(Math.max(1, this.items.length)));
    // The filter bar's chunk loads while the first request is in flight.
    if (!this.hideFilters) this.filtersLoading ??= import('./call-filters.define');
    if (this.items.length > 0 && !this.detailLoading) whenIdle(() => void this.loadDetail());
  }

  /** Takes over a freshly loaded list (new filters, refresh or retry). */
  private adopt(value: CallsResult): void {
    this.adoptedResult = value;
    this.loadMoreController?.abort();
    this.stream = value.stream;
    this.items = [...value.items];
    this.loadMoreState = 'idle';
    this.page = 0;
    this.pageLoading = false;
    this.rows.setActiveIndex(0);
    if (this.selectedId && !this.items.some((c) => c.id === this.selectedId))
      this.closeDetail(false);
  }

  private reset(): void {
    this.adoptedResult = undefined;
    this.stream = null;
    this.items = [];
    this.closeDetail(false);
    this.live.clear();
  }

  // ---- Loading more ----

  private async loadMore(): Promise<void> {
    const stream = this.stream;
    if (!stream || stream.done || this.loadMoreState === 'loading') return;
    this.loadMoreController?.abort();
    const controller = new AbortController();
    this.loadMoreController = controller;
    this.loadMoreState = 'loading';
    try {
      const batch = await stream.next(controller.signal);
      if (stream !== this.stream) return;
      this.items = this.mergeIn(batch);
      this.loadMoreState = 'idle';
    } catch (error) {
      if (stream !== this.stream || isAbortError(error)) return;
      this.loadMoreState = 'error';
      this.emit('dialstack-load-error', toLoadErrorDetail(error));
    }
  }

  /** Appends a page, skipping ids already present (live insertions). */
  private mergeIn(batch: readonly CallLog[]): CallLog[] {
    const ids = new Set(this.items.map((c) => c.id));
    const next = this.items.slice();
    for (const call of batch) if (!ids.has(call.id)) next.push(call);
    return next;
  }

  private onRangeChanged(event: RangeChangedEvent): void {
    this.visibleRange = { first: event.first, last: event.last };
    if (event.last >= this.items.length - 15 && this.loadMoreState === 'idle') void this.loadMore();
  }

  private async goToPage(page: number): Promise<void> {
    if (page < 0 || this.pageLoading) return;
    const size = this.classicPageSize;
    const stream = this.stream;
    if (page > this.page && stream) {
      this.pageLoading = true;
      try {
        while (this.items.length < (page + 1) * size && !stream.done) {
          const batch = await stream.next();
          if (stream !== this.stream) return;
          this.items = this.mergeIn(batch);
        }
      } catch (error) {
        if (stream === this.stream && !isAbortError(error)) {
          this.loadMoreState = 'error';
          this.emit('dialstack-load-error', toLoadErrorDetail(error));
        }
        return;
      } finally {
        if (stream === this.stream) this.pageLoading = false;
      }
      this.loadMoreState = 'idle';
      if (this.items.length <= page * size) return;
    }
    this.page = page;
    this.rows.setActiveIndex(page * size);
    const start = page * size + 1;
    const end = Math.min(this.items.length, (page + 1) * size);
    this.announce(
      `${this.t('callLogs.pages.page', { page: page + 1 })}, ${this.t('callLogs.pages.range', { start, end })}`,
    );
  }

  // ---- Live events ----

  /** A call ended: fetch its record and put it at its place when it matches the filters. */
  private async onCallEnd(id: string): Promise<void> {
    const instance = this.instance;
    if (!instance) return;
    const call = await fetchEndedCall(instance.client, id, this.endedController.signal).catch(
      () => undefined,
    );
    const filters = this.currentFilters;
    if (!call || !filters || instance !== this.instance) return;
    if (!matchesFilters(call, filters)) return;
    const existing = this.items.findIndex((c) => c.id === call.id);
    if (existing >= 0) {
      this.items = this.items.map((c) => (c.id === call.id ? call : c));
      return;
    }
    this.stream?.markSeen(call.id);
    const items = [...this.items];
    const index = items.findIndex((c) => compareNewestFirst(call, c) < 0);
    const at = index === -1 ? items.length : index;
    // Keep the list's far end honest: a call older than everything loaded arrives with its page.
    if (index === -1 && this.hasMore) return;
    items.splice(at, 0, call);
    const active = this.rows.activeIndex;
    this.items = items;
    if (at <= active && items.length > 1 && active > 0) this.rows.setActiveIndex(active + 1);
    this.newIds = new Set([...this.newIds, call.id]);
    const timer = setTimeout(() => {
      this.newRowTimers.delete(timer);
      const next = new Set(this.newIds);
      next.delete(call.id);
      this.newIds = next;
    }, NEW_ROW_MS);
    this.newRowTimers.add(timer);
    this.announce(
      this.t('callLogs.list.newCall', {
        call: this.text.rowText(call, this.userName(call.user_id)),
      }),
    );
  }

  // ---- Selection and the detail panel ----

  private onRowsClick(event: MouseEvent): void {
    const index = this.rows.indexOf(event.target);
    const call = index === undefined ? undefined : this.items[index];
    if (call) this.select(call, index!);
  }

  private select(call: CallLog, index: number): void {
    this.rows.setActiveIndex(index);
    const proceed = this.emit(
      'dialstack-row-select',
      { id: call.id, item: call },
      { cancelable: true },
    );
    if (proceed) this.openDetail(call);
  }

  private openDetail(call: CallLog): void {
    if (!this.detailReady) {
      // The panel's chunk is usually prefetched by now; if not, open once it arrives.
      this.pendingDetailId = call.id;
      void this.loadDetail().then(() => {
        if (this.pendingDetailId !== call.id) return;
        this.pendingDetailId = undefined;
        if (this.isConnected) this.openDetail(call);
      });
      return;
    }
    this.selectedId = call.id;
    void this.updateComplete.then(() => this.detailElement?.focus());
  }

  private closeDetail(restoreFocus = true): void {
    this.pendingDetailId = undefined;
    if (!this.selectedId) return;
    this.selectedId = undefined;
    if (restoreFocus) {
      void this.updateComplete.then(() => this.rows.focusIndex(this.rows.activeIndex));
    }
  }

  /** The panel re-fetched its call (the summary arrives with the transcript). */
  private onCallChange(event: CustomEvent<CallLog>): void {
    const call = event.detail;
    this.items = this.items.map((c) => (c.id === call.id ? call : c));
  }

  private loadDetail(): Promise<void> {
    this.detailLoading ??= import('./call-detail.define').then(() => {
      this.detailReady = true;
    });
    return this.detailLoading;
  }

  /** Brings a row of the virtualized list into the DOM (for the keyboard). */
  private async scrollToRow(index: number): Promise<void> {
    const rows = this.rowsElement;
    if (!rows || this.paged) return;
    const virtualizer = (
      rows as HTMLElement & {
        [virtualizerRef]?: {
          element(i: number): { scrollIntoView(o?: ScrollIntoViewOptions): void } | undefined;
        };
      }
    )[virtualizerRef];
    virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
    const find = () => rows.querySelector(`[role="row"][data-index="${index}"]`);
    for (let frame = 0; frame < 20 && !find(); frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  // ---- Filters ----

  private onFiltersChange(event: CustomEvent<CallFiltersChange>): void {
    const change = event.detail;
    if ('direction' in change) this.direction = change.direction;
    if ('status' in change) this.status = change.status;
    if ('userId' in change) this.userId = change.userId;
    if ('fromDate' in change) this.fromDate = change.fromDate;
    if ('toDate' in change) this.toDate = change.toDate;
    if ('phoneNumber' in change) this.phoneNumber = change.phoneNumber;
  }

  private clearFilters(): void {
    this.direction = undefined;
    this.status = undefined;
    this.userId = undefined;
    this.fromDate = undefined;
    this.toDate = undefined;
    this.phoneNumber = undefined;
    this.filtersElement?.reset?.();
  }

  private announce(text: string): void {
    // Re-announce identical text by clearing first.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  private countText(): string {
    const count = this.items.length;
    // Classic pages: the total is known only once every page has been fetched.
    if (this.paged)
      return this.hasMore ? this.t('callLogs.title') : this.t('callLogs.list.count', { count });
    return this.hasMore
      ? this.t('callLogs.list.countMore', { count })
      : this.t('callLogs.list.count', { count });
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    const selected = this.selected;
    return html`<div class="frame" lang=${this.i18n.locale}>
      ${this.renderToolbar()} ${this.hideFilters ? nothing : this.renderFilters()}
      ${this.renderLive()}
      <div class=${classMap({ body: true, 'body--detail': Boolean(selected) })}>
        <div class="pane">
          ${this.calls.render({
            complete: () => this.renderList(),
            empty: () => this.renderEmpty(),
            skeletonRows: 8,
          })}
        </div>
        ${selected ? this.renderDetail(selected) : nothing}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderToolbar(): TemplateResult {
    const loaded = Boolean(this.adoptedResult) && !this.adoptedResult?.invalidPhone;
    const count = this.activeFilterCount;
    return html`<div class="toolbar" part="toolbar">
      <p class="count" part="count" role="status" aria-live="polite">
        ${loaded ? this.countText() : this.t('callLogs.title')}
      </p>
      <span class="toolbar__spacer"></span>
      ${
        this.hideFilters
          ? nothing
          : html`<button
              type="button"
              class="btn btn--secondary btn--sm filters-toggle"
              aria-expanded=${this.filtersOpen ? 'true' : 'false'}
              aria-controls="filters"
              @click=${() => (this.filtersOpen = !this.filtersOpen)}
            >
              ${iconFilter} ${this.t('common.filters.title')}
              ${
                count
                  ? html`<span class="filters-toggle__count"
                      ><span aria-hidden="true">${count}</span
                      ><span class="visually-hidden"
                        >${this.t('common.filters.active', { count })}</span
                      ></span
                    >`
                  : nothing
              }
            </button>`
      }
      ${this.exporter.render(this.t, this.exportRequest)}
    </div>`;
  }

  private renderFilters(): TemplateResult {
    return html`<dialstack-call-filters
      id="filters"
      part="filters"
      ?open=${this.filtersOpen}
      .i18n=${this.i18n}
      .messages=${this.hostMessages}
      .direction=${this.direction}
      .status=${this.status}
      .userId=${this.userId}
      .fromDate=${this.fromDate}
      .toDate=${this.toDate}
      .phoneNumber=${this.phoneNumber}
      .users=${this.users.value}
      .usersFailed=${this.users.status === TaskStatus.ERROR}
      @filters-change=${this.onFiltersChange}
    ></dialstack-call-filters>`;
  }

  private renderLive(): TemplateResult | typeof nothing {
    const calls = this.live.calls;
    if (calls.length === 0) return nothing;
    const d = this.text.display;
    return html`<ul class="live" part="live" aria-label=${this.t('callLogs.live.label')}>
      ${repeat(
        calls,
        (c) => c.id,
        (c) =>
          html`<li>
            ${renderLiveIndicator(c.state, d)}
            <span>${callPartyText(c.from, null, d)} → ${callPartyText(c.to, null, d)}</span>
          </li>`,
      )}
    </ul>`;
  }

  private renderEmpty(): TemplateResult {
    const t = this.t;
    if (this.adoptedResult?.invalidPhone) {
      return errorState({
        title: t('callLogs.filters.phoneInvalid'),
        retryLabel: t('common.filters.clearAll'),
        onRetry: () => this.clearFilters(),
      });
    }
    if (this.hasActiveFilters) {
      return emptyState({
        title: t('callLogs.emptyFiltered'),
        description: t('callLogs.emptyFilteredDescription'),
        action: html`<button type="button" class="btn btn--secondary" @click=${this.clearFilters}>
          ${t('common.filters.clearAll')}
        </button>`,
      });
    }
    return emptyState({ title: t('callLogs.empty'), description: t('callLogs.emptyDescription') });
  }

  private renderList(): TemplateResult {
    const view: CallRowsView = {
      text: this.text,
      i18n: this.i18n,
      selectedId: this.selectedId,
      newIds: this.newIds,
      tabbable: this.rows.tabStopIndex,
      userName: (id) => this.userName(id),
    };
    const rowCount = this.hasMore ? -1 : this.items.length + 1;
    const body = this.paged
      ? html`<div
          class="rows rows--pages"
          role="rowgroup"
          @click=${this.onRowsClick}
          @keydown=${this.rows.handleKeydown}
          @focusin=${this.rows.handleFocusin}
        >
          ${repeat(
            this.pageItems,
            (c) => c.id,
            (c, i) => renderCallRow(view, c, this.page * this.classicPageSize + i),
          )}
        </div>`
      : html`<div
          class="rows"
          role="rowgroup"
          @click=${this.onRowsClick}
          @keydown=${this.rows.handleKeydown}
          @focusin=${this.rows.handleFocusin}
          @rangeChanged=${this.onRangeChanged}
        >
          ${virtualize({
            items: this.items,
            keyFunction: (c: CallLog) => c.id,
            renderItem: (c: CallLog, i: number) => renderCallRow(view, c, i),
            scroller: true,
            // Given up front: otherwise the virtualizer imports its default layout lazily,
            // a network round trip between the data and the first painted row.
            layout: { type: CallRowsLayout },
          })}
        </div>`;
    return html`<div
        class="grid"
        part="list"
        role="grid"
        aria-label=${this.t('callLogs.list.label')}
        aria-rowcount=${rowCount}
        aria-colcount="8"
        aria-busy=${this.loadMoreState === 'loading' || this.pageLoading ? 'true' : 'false'}
      >
        ${renderHeaderRow(this.text)} ${body}
      </div>
      ${this.paged ? this.renderPages() : this.renderFooter()}`;
  }

  private renderFooter(): TemplateResult {
    const t = this.t;
    if (this.loadMoreState === 'error') {
      return html`<div class="footer footer--error" role="alert">
        ${t('callLogs.list.loadMoreFailed')}
        <button type="button" class="btn btn--secondary btn--sm" @click=${this.retryMore}>
          ${t('common.retry')}
        </button>
      </div>`;
    }
    if (this.loadMoreState === 'loading') {
      return html`<div class="footer">
        <span class="spinner" aria-hidden="true"></span>${t('callLogs.list.loadingMore')}
      </div>`;
    }
    if (this.hasMore) {
      return html`<div class="footer">
        <button type="button" class="btn btn--ghost btn--sm" @click=${() => this.loadMore()}>
          ${t('common.loadMore')}
        </button>
      </div>`;
    }
    return html`<div class="footer">${t('callLogs.list.end')}</div>`;
  }

  private retryMore(): void {
    this.loadMoreState = 'idle';
    void this.loadMore();
  }

  private renderPages(): TemplateResult {
    const t = this.t;
    const size = this.classicPageSize;
    const start = this.items.length ? this.page * size + 1 : 0;
    const end = Math.min(this.items.length, (this.page + 1) * size);
    return html`<nav class="pages" part="pagination" aria-label=${t('callLogs.pages.label')}>
      <span class="pages__range"
        >${t('callLogs.pages.page', { page: this.page + 1 })} ·
        ${t('callLogs.pages.range', { start, end })}</span
      >
      ${
        this.loadMoreState === 'error'
          ? html`<span class="footer--error" role="alert"
              >${t('callLogs.list.loadMoreFailed')}</span
            >`
          : nothing
      }
      <span class="pages__buttons">
        <button
          type="button"
          class="btn btn--secondary btn--sm"
          ?disabled=${this.page === 0}
          @click=${() => this.goToPage(this.page - 1)}
        >
          ${t('callLogs.pages.previous')}
        </button>
        <button
          type="button"
          class="btn btn--secondary btn--sm"
          ?disabled=${!this.hasNextPage}
          aria-busy=${this.pageLoading ? 'true' : 'false'}
          @click=${() => this.goToPage(this.page + 1)}
        >
          ${this.pageLoading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
          ${t('callLogs.pages.next')}
        </button>
      </span>
    </nav>`;
  }

  private renderDetail(call: CallLog): TemplateResult {
    return html`<dialstack-call-detail
      class="detail"
      part="detail"
      exportparts=${DETAIL_PARTS}
      role="region"
      aria-label=${this.t('callLogs.details.title')}
      tabindex="-1"
      data-id=${call.id}
      .call=${call}
      .client=${this.instance?.client}
      .i18n=${this.i18n}
      .messages=${this.hostMessages}
      .userName=${this.userName(call.user_id)}
      @close=${() => this.closeDetail()}
      @call-change=${this.onCallChange}
    ></dialstack-call-detail>`;
  }
}
