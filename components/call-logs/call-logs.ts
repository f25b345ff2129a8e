import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { Task, TaskStatus } from '@lit/task';
import { CALLS_TAG, compareNewestFirst, fetchEndedCall } from '../../src/api/calls';
import { AnnouncerController } from '../../src/base/announcer';
import { DialstackElement } from '../../src/base/dialstack-element';
import {
  HostActionsController,
  hostActionsStyles,
  type HostAction,
} from '../../src/base/host-actions';
import { isAbortError } from '../../src/base/load-error';
import type { DialstackInstance } from '../../src/core/types';
import type { I18n } from '../../src/i18n';
import { iconFilter } from '../../src/ui/icons';
import { spinnerStyles } from '../../src/ui/spinner';
import { emptyState, errorState } from '../../src/ui/states';
import { callDisplayStyles } from '../../src/ui/calls';
import {
  MAX_LIMIT,
  callCursors,
  clampLimit,
  countActiveFilters,
  fetchUsers,
  isDirection,
  isStatus,
  matchesFilters,
  queryFilters,
  type CallDirectionFilter,
  type CallLog,
  type CallQueryFilters,
  type CallStatusFilter,
  type User,
} from './call-logs.data';
import { calendarDate, resolveDateBound } from './call-logs.dates';
import { CsvExportController, type ExportRequest } from './call-logs.export-control';
import { CallGridController } from './call-logs.grid';
import { LiveCallsController } from './call-logs.live';
import { callLogsStyles } from './call-logs.styles';
import { afterPaint, whenIdle } from '../../src/ui/schedule';
import { loadCallLogsPack } from './call-logs.messages';
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

/** The detail panel's parts, re-exported so a host page styles them through call logs. */
const DETAIL_PARTS =
  'recording, player, recording-loading, recording-none, recording-error, transcript, transcript-loading, transcript-pending, transcript-failed, transcript-none, transcript-error, transcript-unknown, call-direction, call-status, call-quality, call-party';

/**
 * The account's calls, newest first, with filters, infinite scroll (or classic pages), a detail
 * panel with the recording and transcript, live updates and CSV export.
 *
 * @tagname dialstack-call-logs
 * @summary Call logs: every call made and received on the account.
 *
 * @fires {CustomEvent<CallLogsRowSelectDetail>} dialstack-row-select - A row was selected (click, Enter or Space). `detail: { id, item }`
 *   where `item` is the `CallLog`. Cancelable: `preventDefault()` keeps the detail panel closed.
 * @fires {CustomEvent<ActionDetail>} dialstack-action - One of the host's `actions` was chosen (row menu or detail panel). `detail: { action, item }`.
 * @fires {CustomEvent<DetailChangeDetail>} dialstack-detail-change - The detail panel now shows another call (or closed): `detail: { id, item }`, nulls once closed. The host renders its `slot="detail"` content for it; the `detail-id` attribute says the same.
 * @fires {CustomEvent<LoaderStartDetail>} dialstack-loader-start - The element started loading its data.
 * @fires {CustomEvent<LoadErrorDetail>} dialstack-load-error - Loading failed; `detail.error` is `{ type, message, status? }`.
 *
 * @slot detail - The host's own content for the call the detail panel shows (notes, a "log to CRM" form).
 *
 * @csspart row-actions - A row's menu of host actions.
 * @csspart host-detail - The host's section of the detail panel (its actions and the `detail` slot).
 * @csspart actions - The host's actions in the detail panel.
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
    hostActionsStyles,
  ];

  /** Builds the rows' texts and formatters (and loads phone metadata) before the first insertion. */
  static override warmUp(instance: DialstackInstance): I18n {
    const i18n = super.warmUp(instance);
    const locale = instance.locale;
    const messages = typeof locale === 'object' && locale ? locale.messages : undefined;
    callLogsText(i18n, messages).warm();
    return i18n;
  }

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

  /**
   * The host's own actions, on each row's menu and in the detail panel; choosing one fires
   * `dialstack-action` with `{ action, item }` (`item` is the `CallLog`).
   */
  @property({ attribute: false }) actions: HostAction[] = [];

  @state() private filtersOpen = false;
  /** The detail panel's chunk has loaded (its element is defined). */
  @state() private detailReady = false;
  private detailLoading?: Promise<void>;
  private filtersLoading?: Promise<unknown>;
  private pendingDetailId?: string;
  /** The filters of the list being loaded, then of the list shown. */
  private requestedFilters?: CallQueryFilters;
  private loadedFilters?: CallQueryFilters;

  @query('.detail') private detailElement?: HTMLElement;
  @query('#filters') private filtersElement?: DialstackCallFilters;

  /** The account's calls, newest first (the list runtime every list element shares). */
  private readonly list = this.createCollection({
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
    tags: [CALLS_TAG],
    id: (call: CallLog) => call.id,
    compare: compareNewestFirst,
    matches: (call) => !this.loadedFilters || matchesFilters(call, this.loadedFilters),
    pageSize: () => this.limit,
    onLoad: () => {
      this.loadedFilters = this.requestedFilters;
      this.grid.reset();
    },
    source: ([direction, status, userId, fromDate, toDate, phone, limit, country], { client }) => {
      const open = (filters: CallQueryFilters | null) => {
        if (!filters) return { unavailable: 'invalid-phone' as const };
        this.requestedFilters = filters;
        // Once the request is in flight, build the Intl formatters the rows use (unless the
        // idle warm-up after initialize did): the first costs tens of milliseconds, which
        // would otherwise land between data and paint.
        setTimeout(() => this.text.warm());
        return callCursors(client, filters, limit);
      };
      // Without a phone filter, synchronous: the request leaves as the element connects.
      const filters = queryFilters({ direction, status, userId, fromDate, toDate, phone }, country);
      return filters instanceof Promise ? filters.then(open) : open(filters);
    },
  });

  /** Host actions (row menus, detail section) and the `detail` slot's item. */
  private readonly hostActions = new HostActionsController<CallLog>(this, {
    id: (call) => call.id,
    detailItem: () => this.list.openItem,
    i18n: () => this.i18n,
  });

  /** The grid: rows or pages, keyboard, loading more. */
  private readonly grid: CallGridController = new CallGridController(this, {
    list: this.list,
    pageSize: () => (this.paged ? this.classicPageSize : undefined),
    view: () => ({
      text: this.text,
      i18n: this.i18n,
      selectedId: this.list.openId,
      userName: (id) => this.userName(id),
      hasActions: this.hostActions.actions.length > 0,
      rowMenu: (call, tabIndex) =>
        this.hostActions.rowMenu(
          call,
          call.from_label || this.i18n.phone(call.from_number) || call.id,
          tabIndex,
        ),
    }),
    onActivate: (call, index) => this.select(call, index),
    onEscape: (event) => {
      if (!this.list.openId) return;
      event.preventDefault();
      this.closeDetail();
    },
    onLoadMoreError: (error) => this.emit('dialstack-load-error', error),
    announce: (text) => this.announcer.announce(text),
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

  /** Ringing and in-progress calls; ended ones are inserted. */
  private readonly live = new LiveCallsController(
    this,
    () => this.instance,
    (id) => void this.onCallEnd(id),
  );

  private readonly announcer = new AnnouncerController(this);

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

  private get paged(): boolean {
    return this.pageSize !== undefined && this.pageSize !== null && !Number.isNaN(this.pageSize);
  }

  private get limit(): number {
    return this.paged ? this.classicPageSize : MAX_LIMIT;
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

  /** The filters of the list on screen (none while it loads, or for an unusable number). */
  private get currentFilters(): CallQueryFilters | undefined {
    const status = this.list.status;
    return status === 'ready' || status === 'empty' ? this.loadedFilters : undefined;
  }

  private userName(id: string | null | undefined): string | undefined {
    return id ? (this.users.value?.get(id)?.name ?? undefined) : undefined;
  }

  // ---- Lifecycle ----

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    loadCallLogsPack(this.i18n, this);
    if (this.sessionEnded) {
      this.live.clear();
      this.pendingDetailId = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The filter bar's chunk loads once the first rows (or the empty or error view) are painted:
    // compiling it while the request is in flight would hold the response back from the rows.
    // Its place in the toolbar is reserved, so nothing moves when it appears; the panel's later.
    if (!this.hideFilters && !this.filtersLoading && this.list.status !== 'loading')
      this.filtersLoading = new Promise<void>((resolve) => afterPaint(resolve)).then(
        () => import('./call-filters.define'),
      );
    if (this.list.items.length > 0 && !this.detailLoading) whenIdle(() => void this.loadDetail());
  }

  // ---- Live events ----

  /** A call ended: fetch its record and put it at its place when it matches the filters. */
  private async onCallEnd(id: string): Promise<void> {
    const client = this.instance?.client;
    const signal = this.list.signal;
    if (!client || !this.currentFilters) return;
    let call: CallLog;
    try {
      call = await fetchEndedCall(client, id, signal);
    } catch (error) {
      if (!isAbortError(error) && !signal.aborted) {
        // The list stays correct without it; the next refresh will show the call.
        console.warn('[dialstack] A call that just ended could not be loaded.', error);
      }
      return;
    }
    const list = this.list;
    const filters = this.currentFilters;
    if (signal.aborted || !filters || !matchesFilters(call, filters)) return;
    if (list.get(call.id)) {
      list.upsert(call);
      return;
    }
    // Keep the list's far end honest: a call older than everything loaded arrives with its page.
    const last = list.items[list.items.length - 1];
    if (list.hasMore && (!last || compareNewestFirst(call, last) > 0)) return;
    this.grid.insert(call);
    const userName = this.userName(call.user_id);
    this.announcer.announce(
      this.t('callLogs.list.newCall', { call: this.text.rowText(call, userName) }),
    );
  }

  // ---- Selection and the detail panel ----

  private select(call: CallLog, index: number): void {
    this.grid.keys.setActiveIndex(index);
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
    this.list.open(call.id);
    void this.updateComplete.then(() => this.detailElement?.focus());
  }

  private closeDetail(restoreFocus = true): void {
    this.pendingDetailId = undefined;
    if (!this.list.openId) return;
    this.list.open(undefined);
    if (restoreFocus) {
      void this.updateComplete.then(() => this.grid.focusRow(this.grid.keys.activeIndex));
    }
  }

  /** The panel re-fetched its call (the summary arrives with the transcript). */
  private onCallChange(event: CustomEvent<CallLog>): void {
    const call = event.detail;
    this.list.update(call.id, () => call);
  }

  private loadDetail(): Promise<void> {
    this.detailLoading ??= import('./call-detail.define').then(() => {
      this.detailReady = true;
    });
    return this.detailLoading;
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

  private countText(): string {
    const count = this.list.items.length;
    const more = this.list.hasMore;
    // Classic pages: the total is known only once every page has been fetched.
    if (this.paged)
      return more ? this.t('callLogs.title') : this.t('callLogs.list.count', { count });
    return more
      ? this.t('callLogs.list.countMore', { count })
      : this.t('callLogs.list.count', { count });
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    const opened = this.list.openItem;
    return html`<div class="frame" lang=${this.i18n.locale}>
      ${this.renderToolbar()} ${this.hideFilters ? nothing : this.renderFilters()}
      ${this.live.render(this.text)}
      <div class=${classMap({ body: true, 'body--detail': Boolean(opened) })}>
        <div class="pane">
          ${this.list.render({
            items: () => this.grid.render(),
            empty: () => this.renderEmpty(),
            unavailable: () =>
              errorState({
                title: this.t('callLogs.filters.phoneInvalid'),
                retryLabel: this.t('common.filters.clearAll'),
                onRetry: () => this.clearFilters(),
              }),
            skeletonRows: 8,
          })}
        </div>
        ${opened ? this.renderDetail(opened) : nothing}
      </div>
      ${this.announcer.render()}
    </div>`;
  }

  private renderToolbar(): TemplateResult {
    const count = countActiveFilters(this, true);
    return html`<div class="toolbar" part="toolbar">
      <p class="count" part="count" role="status" aria-live="polite">
        ${this.currentFilters ? this.countText() : this.t('callLogs.title')}
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

  private renderEmpty(): TemplateResult {
    const t = this.t;
    if (!countActiveFilters(this)) {
      return emptyState({
        title: t('callLogs.empty'),
        description: t('callLogs.emptyDescription'),
      });
    }
    return emptyState({
      title: t('callLogs.emptyFiltered'),
      description: t('callLogs.emptyFilteredDescription'),
      action: html`<button type="button" class="btn btn--secondary" @click=${this.clearFilters}>
        ${t('common.filters.clearAll')}
      </button>`,
    });
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
    >
      ${this.hostActions.detailSection(call, 'host')}
    </dialstack-call-detail>`;
  }
}
