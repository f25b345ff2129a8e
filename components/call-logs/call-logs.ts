import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { Task, TaskStatus } from '@lit/task';
import { DialstackElement } from '../../src/base/dialstack-element';
import { isAbortError, toLoadErrorDetail } from '../../src/base/load-error';
import type { DialstackInstance, LiveEventMap } from '../../src/core/types';
import type { I18n } from '../../src/i18n';
import { AudioPlayerController } from '../../src/ui/audio-player';
import { iconDownload, iconFilter } from '../../src/ui/icons';
import { emptyState, errorState } from '../../src/ui/states';
import {
  callDirectionText,
  callDisplayStyles,
  callPartyText,
  callQualityText,
  callStatusText,
  formatMos,
  renderCallDirection,
  renderCallParty,
  renderCallQuality,
  renderCallStatus,
  renderDash,
  renderLiveIndicator,
  resolveCallDisplayStrings,
  type CallDisplayOptions,
} from '../../src/ui/calls';
import {
  CALL_DIRECTIONS,
  CALL_STATUSES,
  CallStream,
  MAX_LIMIT,
  clampLimit,
  compareNewestFirst,
  exportCallsCsv,
  fetchCall,
  fetchRecording,
  fetchTranscript,
  fetchUsers,
  isDirection,
  isStatus,
  matchesFilters,
  normalizePhoneQuery,
  recordingExpired,
  type CallDirectionFilter,
  type CallLog,
  type CallQueryFilters,
  type CallStatusFilter,
  type Recording,
  type Transcript,
  type User,
} from './call-logs.data';
import {
  addDays,
  calendarDate,
  presetFor,
  presetRange,
  resolveDateBound,
  type DatePreset,
} from './call-logs.dates';
import type { AsyncValue, CallLogsDetailView } from './call-logs.detail';
import { createCallLogsTranslator } from './call-logs.messages';
import { callLogsStyles } from './call-logs.styles';

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

type ExportState =
  | { status: 'idle' }
  | { status: 'running'; count: number }
  | { status: 'done'; count: number }
  | { status: 'canceled' }
  | { status: 'error' };

type DetailModule = typeof import('./call-logs.detail');

interface LiveCall {
  id: string;
  state: 'ringing' | 'inProgress';
  from: string;
  to: string;
}

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
/** Transcript re-check while it is pending/processing: first delay, then ×1.5 up to the max. */
const TRANSCRIPT_POLL_MS = 4000;
const TRANSCRIPT_POLL_MAX_MS = 30_000;

/**
 * The account's calls, newest first, with filters, infinite scroll (or classic pages), a detail
 * panel with the recording and transcript, live updates and CSV export.
 *
 * @tagname dialstack-call-logs
 * @summary Call logs: every call made and received on the account.
 *
 * @fires {CustomEvent<CallLogsRowSelectDetail>} dialstack-row-select - A row was selected (click, Enter or Space). `detail: { id, item }`
 *   where `item` is the `CallLog`. Cancelable: `preventDefault()` keeps the detail panel closed.
 * @fires {CustomEvent<LoaderStartDetail>} dialstack-loader-start - The element started loading its data.
 * @fires {CustomEvent<LoadErrorDetail>} dialstack-load-error - Loading failed; `detail.error` is `{ type, message, status? }`.
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
  static override styles = [DialstackElement.styles, callDisplayStyles, callLogsStyles];

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
  @state() private focusIndex = 0;
  @state() private selectedId?: string;
  @state() private recording: AsyncValue<Recording | null> = { status: 'none' };
  @state() private recordingPlaybackFailed = false;
  @state() private transcript: AsyncValue<Transcript | null> = { status: 'none' };
  @state() private exportState: ExportState = { status: 'idle' };
  @state() private liveCalls: LiveCall[] = [];
  @state() private newIds = new Set<string>();
  @state() private phoneDraft = '';
  @state() private phoneError = false;
  @state() private customDates = false;
  @state() private filtersOpen = false;
  @state() private announcement = '';
  /** The detail panel's chunk, once loaded. */
  @state() private detailModule?: DetailModule;
  private detailLoading?: Promise<DetailModule>;
  private pendingDetailId?: string;

  @query('.rows') private rowsElement?: HTMLElement;
  @query('.detail') private detailElement?: HTMLElement;

  /** The recording player (shared one-at-a-time playback with other elements' players). */
  private readonly player = new AudioPlayerController(this, {
    onPlay: () => this.onRecordingPlay(),
    onError: () => this.onRecordingError(),
  });

  private stream: CallStream | null = null;
  private adoptedResult?: CallsResult;
  private loadMoreController?: AbortController;
  private detailController?: AbortController;
  private exportController?: AbortController;
  private transcriptTimer?: ReturnType<typeof setTimeout>;
  private transcriptDelay = TRANSCRIPT_POLL_MS;
  private liveUnsubscribers: (() => void)[] = [];
  private liveInstance?: DialstackInstance;
  private visibleRange = { first: 0, last: -1 };
  private translatorFor?: { i18n: I18n; t: ReturnType<typeof createCallLogsTranslator> };
  private displayFor?: { i18n: I18n; opts: CallDisplayOptions };
  private newRowTimers = new Set<ReturnType<typeof setTimeout>>();

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
      this.warmFormatters();
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

  private get t() {
    if (this.translatorFor?.i18n !== this.i18n) {
      const locale = this.instance?.locale;
      const messages = typeof locale === 'object' && locale ? locale.messages : undefined;
      this.translatorFor = { i18n: this.i18n, t: createCallLogsTranslator(this.i18n, messages) };
    }
    return this.translatorFor.t;
  }

  private get display(): CallDisplayOptions {
    if (this.displayFor?.i18n !== this.i18n) {
      const locale = this.instance?.locale;
      const messages = typeof locale === 'object' && locale ? locale.messages : undefined;
      const i18n = this.i18n;
      this.displayFor = {
        i18n,
        opts: {
          strings: resolveCallDisplayStrings(i18n.locale, messages),
          locale: i18n.locale,
          formatPhone: (n) => i18n.phone(n),
        },
      };
    }
    return this.displayFor.opts;
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

  private get hasNextPage(): boolean {
    const size = this.classicPageSize;
    return this.items.length > (this.page + 1) * size || Boolean(this.stream && !this.stream.done);
  }

  // ---- Lifecycle ----

  override connectedCallback(): void {
    super.connectedCallback();
    this.subscribeLive();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeLive();
    this.loadMoreController?.abort();
    this.stopDetailWork();
    this.exportController?.abort();
    for (const timer of this.newRowTimers) clearTimeout(timer);
    this.newRowTimers.clear();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('phoneNumber')) {
      this.phoneDraft = this.phoneNumber ?? '';
      this.phoneError = false;
    }
    const value = this.calls.value;
    if (value && value !== this.adoptedResult) this.adopt(value);
    if (!this.instance && this.adoptedResult && this.sessionEnded) this.reset();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.instance !== this.liveInstance) this.subscribeLive();
    if (this.items.length > 0) this.prefetchDetail();
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
    this.focusIndex = 0;
    if (this.selectedId && !this.items.some((c) => c.id === this.selectedId))
      this.closeDetail(false);
  }

  private reset(): void {
    this.adoptedResult = undefined;
    this.stream = null;
    this.items = [];
    this.closeDetail(false);
    this.liveCalls = [];
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
    this.focusIndex = page * size;
    const start = page * size + 1;
    const end = Math.min(this.items.length, (page + 1) * size);
    this.announce(
      `${this.t('callLogs.pages.page', { page: page + 1 })}, ${this.t('callLogs.pages.range', { start, end })}`,
    );
  }

  // ---- Live events ----

  private subscribeLive(): void {
    const instance = this.isConnected ? this.instance : undefined;
    if (instance === this.liveInstance) return;
    this.unsubscribeLive();
    this.liveInstance = instance;
    if (!instance) return;
    this.liveUnsubscribers = [
      instance.on('call.incoming', (e) => this.trackLive(e.call_id, 'ringing', e)),
      instance.on('call.ringing', (e) => this.trackLive(e.call_id, 'ringing', e)),
      instance.on('call.initiated', (e) => this.trackLive(e.call_id, 'ringing', e)),
      instance.on('call.answered', (e) => this.trackLive(e.call_id, 'inProgress', e)),
      instance.on('call.end', (e) => void this.onCallEnd(e)),
    ];
  }

  private unsubscribeLive(): void {
    for (const off of this.liveUnsubscribers) off();
    this.liveUnsubscribers = [];
    this.liveInstance = undefined;
  }

  private trackLive(
    id: string,
    state: LiveCall['state'],
    event: { from_number: string; to_number: string },
  ): void {
    if (typeof id !== 'string' || !id) return;
    const next: LiveCall = {
      id,
      state,
      from: String(event.from_number ?? ''),
      to: String(event.to_number ?? ''),
    };
    const existing = this.liveCalls.find((c) => c.id === id);
    if (existing && existing.state === 'inProgress' && state === 'ringing') return;
    this.liveCalls = [next, ...this.liveCalls.filter((c) => c.id !== id)].slice(0, 5);
  }

  /** A call ended: fetch its record and put it at its place when it matches the filters. */
  private async onCallEnd(event: LiveEventMap['call.end']): Promise<void> {
    const id = event?.call_id;
    if (typeof id !== 'string' || !id) return;
    this.liveCalls = this.liveCalls.filter((c) => c.id !== id);
    const instance = this.instance;
    if (!instance) return;
    let call: CallLog | undefined;
    for (let attempt = 0; attempt < 3 && !call; attempt++) {
      try {
        call = await fetchCall(instance.client, id);
      } catch (error) {
        // The record can lag the event by a moment: retry a 404 twice.
        if ((error as { status?: number }).status !== 404 || attempt === 2) return;
        await new Promise((resolve) => setTimeout(resolve, 800));
      }
    }
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
    if (index === -1 && this.stream && !this.stream.done) return;
    items.splice(at, 0, call);
    if (at <= this.focusIndex && this.items.length > 0 && this.focusIndex > 0) this.focusIndex += 1;
    this.items = items;
    this.newIds = new Set([...this.newIds, call.id]);
    const timer = setTimeout(() => {
      this.newRowTimers.delete(timer);
      const next = new Set(this.newIds);
      next.delete(call.id);
      this.newIds = next;
    }, NEW_ROW_MS);
    this.newRowTimers.add(timer);
    this.announce(this.t('callLogs.list.newCall', { call: this.rowText(call) }));
  }

  // ---- Selection and the detail panel ----

  private select(call: CallLog, index: number): void {
    this.focusIndex = index;
    const proceed = this.emit(
      'dialstack-row-select',
      { id: call.id, item: call },
      { cancelable: true },
    );
    if (!proceed) return;
    this.openDetail(call);
  }

  private openDetail(call: CallLog): void {
    if (!this.detailModule) {
      // The panel's chunk is usually prefetched by now; if not, open once it arrives.
      this.pendingDetailId = call.id;
      void this.loadDetailModule().then(() => {
        if (this.pendingDetailId !== call.id) return;
        this.pendingDetailId = undefined;
        if (this.isConnected) this.openDetail(call);
      });
      return;
    }
    const reopened = this.selectedId === call.id;
    if (!reopened) this.stopDetailWork();
    this.selectedId = call.id;
    if (!reopened) {
      this.loadRecording(call.id);
      this.loadTranscript(call.id);
    }
    void this.updateComplete.then(() => this.detailElement?.focus());
  }

  private closeDetail(restoreFocus = true): void {
    this.pendingDetailId = undefined;
    if (!this.selectedId) return;
    this.selectedId = undefined;
    this.stopDetailWork();
    this.recording = { status: 'none' };
    this.transcript = { status: 'none' };
    this.recordingPlaybackFailed = false;
    if (restoreFocus) void this.updateComplete.then(() => this.focusRow(this.focusIndex));
  }

  /** Cancels the panel's requests and timers, and stops the audio download. */
  private stopDetailWork(): void {
    this.detailController?.abort();
    this.detailController = undefined;
    clearTimeout(this.transcriptTimer);
    this.releaseAudio();
  }

  /**
   * Stops playback and drops the source: a media element keeps its HTTP connection open
   * (browsers allow six per host) until its source is dropped.
   */
  private releaseAudio(): void {
    this.player.setSource(null);
  }

  private detailSignal(): AbortSignal {
    if (!this.detailController || this.detailController.signal.aborted) {
      this.detailController = new AbortController();
    }
    return this.detailController.signal;
  }

  /**
   * Fetches the recording's signed URL. `thenPlay`: a fresh URL for a player the person already
   * started (the old one expired or failed), keeping the player on screen meanwhile.
   */
  private loadRecording(id: string, thenPlay = false): void {
    const client = this.instance?.client;
    if (!client) return;
    if (!thenPlay) this.recording = { status: 'loading' };
    const signal = this.detailSignal();
    fetchRecording(client, id, signal).then(
      (value) => {
        if (this.selectedId !== id || signal.aborted) return;
        this.recording = value ? { status: 'ready', value } : { status: 'none' };
        if (!value) {
          this.player.setSource(null);
          return;
        }
        if (thenPlay) {
          this.player.reload(value.download_url);
          void this.player.play();
        } else {
          this.recordingPlaybackFailed = false;
          this.player.setSource(value.download_url, { duration: value.duration_seconds });
        }
      },
      (error: unknown) => {
        if (this.selectedId !== id || isAbortError(error)) return;
        this.recording = { status: 'error' };
      },
    );
  }

  private loadTranscript(id: string, quiet = false): void {
    const client = this.instance?.client;
    if (!client) return;
    clearTimeout(this.transcriptTimer);
    if (!quiet) {
      this.transcript = { status: 'loading' };
      this.transcriptDelay = TRANSCRIPT_POLL_MS;
    }
    const signal = this.detailSignal();
    const wasPending =
      this.transcript.status === 'ready' &&
      (this.transcript.value?.status === 'pending' ||
        this.transcript.value?.status === 'processing');
    fetchTranscript(client, id, signal).then(
      (value) => {
        if (this.selectedId !== id || signal.aborted) return;
        this.transcript = value ? { status: 'ready', value } : { status: 'none' };
        if (value && (value.status === 'pending' || value.status === 'processing')) {
          this.transcriptTimer = setTimeout(
            () => this.loadTranscript(id, true),
            this.transcriptDelay,
          );
          this.transcriptDelay = Math.min(TRANSCRIPT_POLL_MAX_MS, this.transcriptDelay * 1.5);
        } else if (wasPending && value?.status === 'completed') {
          // The summary is written with the transcript: pick it up.
          void this.refreshCall(id);
        }
      },
      (error: unknown) => {
        if (this.selectedId !== id || isAbortError(error)) return;
        if (quiet) {
          // A failed re-check keeps what is shown and tries again later.
          this.transcriptTimer = setTimeout(
            () => this.loadTranscript(id, true),
            this.transcriptDelay,
          );
          return;
        }
        this.transcript = { status: 'error' };
      },
    );
  }

  private async refreshCall(id: string): Promise<void> {
    const client = this.instance?.client;
    if (!client) return;
    try {
      const call = await fetchCall(client, id, this.detailSignal());
      this.items = this.items.map((c) => (c.id === id ? call : c));
    } catch {
      // Keep the row as it is.
    }
  }

  /** Playback started: if the signed URL has expired meanwhile, get a fresh one first. */
  private onRecordingPlay(): void {
    const rec = this.recording;
    if (rec.status !== 'ready' || !rec.value || !this.selectedId) return;
    if (recordingExpired(rec.value)) {
      this.player.pause();
      this.loadRecording(this.selectedId, true);
    }
  }

  /**
   * The media failed (usually an expired signed URL): fetch a fresh URL once and resume; a
   * second failure in a row stays on the player's error state, whose retry starts over.
   */
  private onRecordingError(): void {
    if (!this.selectedId || this.recording.status !== 'ready') return;
    if (this.recordingPlaybackFailed) return;
    this.recordingPlaybackFailed = true;
    this.loadRecording(this.selectedId, true);
  }

  private retryRecording(): void {
    if (!this.selectedId) return;
    this.recordingPlaybackFailed = false;
    this.loadRecording(this.selectedId, true);
  }

  // ---- Keyboard ----

  private rowIndexOf(element: Element | null): number {
    const row = element?.closest<HTMLElement>('[role="row"][data-index]');
    return row ? Number(row.dataset.index) : -1;
  }

  private onRowsKeydown(event: KeyboardEvent): void {
    const index = this.rowIndexOf(event.target as Element);
    if (index < 0) return;
    const [min, max] = this.paged
      ? [
          this.page * this.classicPageSize,
          this.page * this.classicPageSize + this.pageItems.length - 1,
        ]
      : [0, this.items.length - 1];
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(max, index + 1);
        break;
      case 'ArrowUp':
        next = Math.max(min, index - 1);
        break;
      case 'PageDown':
        next = Math.min(max, index + 10);
        break;
      case 'PageUp':
        next = Math.max(min, index - 10);
        break;
      case 'Home':
        next = min;
        break;
      case 'End':
        next = max;
        break;
      case 'Escape':
        if (this.selectedId) {
          event.preventDefault();
          this.closeDetail();
        }
        return;
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const call = this.items[index];
        if (call) this.select(call, index);
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    this.focusRow(next);
    if (!this.paged && next >= this.items.length - 5) void this.loadMore();
  }

  private onRowsFocusIn(event: FocusEvent): void {
    const index = this.rowIndexOf(event.target as Element);
    if (index >= 0 && index !== this.focusIndex) this.focusIndex = index;
  }

  /** Moves focus to a row, scrolling it into the virtualized window first. */
  private async focusRow(index: number): Promise<void> {
    if (index < 0 || index >= this.items.length) return;
    this.focusIndex = index;
    await this.updateComplete;
    const rows = this.rowsElement;
    if (!rows) return;
    const find = () => rows.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`);
    let row = find();
    if (!row && !this.paged) {
      const virtualizer = (
        rows as HTMLElement & {
          [virtualizerRef]?: {
            element(i: number): { scrollIntoView(o?: ScrollIntoViewOptions): void } | undefined;
          };
        }
      )[virtualizerRef];
      virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
      for (let frame = 0; frame < 20 && !row; frame++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        row = find();
      }
    }
    if (!row) return;
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: 'nearest' });
  }

  private tabbableIndex(): number {
    if (this.paged) {
      const min = this.page * this.classicPageSize;
      const max = min + this.pageItems.length - 1;
      return this.focusIndex >= min && this.focusIndex <= max ? this.focusIndex : min;
    }
    const { first, last } = this.visibleRange;
    if (last < first) return this.focusIndex;
    return this.focusIndex >= first && this.focusIndex <= last ? this.focusIndex : first;
  }

  // ---- Filters ----

  private onDirectionChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.direction = isDirection(value) ? value : undefined;
  }

  private onStatusChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.status = isStatus(value) ? value : undefined;
  }

  private onUserChange(event: Event): void {
    this.userId = (event.target as HTMLSelectElement).value || undefined;
  }

  private onPresetChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as DatePreset;
    if (value === 'custom') {
      this.customDates = true;
      return;
    }
    this.customDates = false;
    const range = presetRange(value === 'all' ? 'all' : value, new Date(), this.i18n.timeZone);
    this.fromDate = range.from ?? undefined;
    this.toDate = range.to ?? undefined;
  }

  private onDateInput(bound: 'from' | 'to', event: Event): void {
    const value = (event.target as HTMLInputElement).value || undefined;
    if (bound === 'from') this.fromDate = value;
    else this.toDate = value;
  }

  private async onPhoneSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const draft = this.phoneDraft.trim();
    if (!draft) {
      this.phoneError = false;
      this.phoneNumber = undefined;
      return;
    }
    const normalized = await normalizePhoneQuery(draft, this.i18n.defaultCountry);
    if (!normalized) {
      this.phoneError = true;
      return;
    }
    this.phoneError = false;
    this.phoneNumber = normalized;
    this.phoneDraft = normalized;
  }

  private onPhoneInput(event: Event): void {
    this.phoneDraft = (event.target as HTMLInputElement).value;
    if (this.phoneError) this.phoneError = false;
    // The search input's clear button empties the field: drop the filter with it.
    if (this.phoneDraft === '' && this.phoneNumber) this.phoneNumber = undefined;
  }

  private clearFilters(): void {
    this.direction = undefined;
    this.status = undefined;
    this.userId = undefined;
    this.fromDate = undefined;
    this.toDate = undefined;
    this.phoneNumber = undefined;
    this.phoneDraft = '';
    this.phoneError = false;
    this.customDates = false;
  }

  // ---- Export ----

  private async startExport(): Promise<void> {
    const client = this.instance?.client;
    const filters = this.currentFilters;
    if (!client || !filters || this.exportState.status === 'running') return;
    this.exportController?.abort();
    const controller = new AbortController();
    this.exportController = controller;
    this.exportState = { status: 'running', count: 0 };
    const users = this.users.value;
    try {
      const { csv, count } = await exportCallsCsv(client, filters, {
        signal: controller.signal,
        onProgress: (n) => {
          if (!controller.signal.aborted) this.exportState = { status: 'running', count: n };
        },
        userName: (id) => users?.get(id)?.name ?? undefined,
      });
      if (controller.signal.aborted) return;
      this.download(csv);
      this.exportState = { status: 'done', count };
    } catch (error) {
      if (this.exportController !== controller) return;
      if (isAbortError(error) || controller.signal.aborted) {
        this.exportState = { status: 'canceled' };
      } else {
        this.exportState = { status: 'error' };
      }
    }
  }

  private cancelExport(): void {
    if (this.exportState.status !== 'running') return;
    this.exportController?.abort();
    this.exportState = { status: 'canceled' };
  }

  private download(csv: string): void {
    const blob = new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = this.t('callLogs.export.filename', {
      date: calendarDate(new Date(), this.i18n.timeZone),
    });
    link.rel = 'noopener';
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private announce(text: string): void {
    // Re-announce identical text by clearing first.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  // ---- Text ----

  private userName(id: string | null | undefined): string | undefined {
    if (!id) return undefined;
    return this.users.value?.get(id)?.name ?? undefined;
  }

  /** Formatters for row times, built once per locale (not looked up per cell). */
  private timeFormats?: {
    i18n: I18n;
    time: Intl.DateTimeFormat;
    day: Intl.DateTimeFormat;
    dayYear: Intl.DateTimeFormat;
    today: string;
    yesterday: string;
    todayAt: number;
  };

  private rowTimeFormats() {
    const i18n = this.i18n;
    let formats = this.timeFormats;
    if (!formats || formats.i18n !== i18n) {
      const zone = i18n.timeZone ? { timeZone: i18n.timeZone } : {};
      const make = (options: Intl.DateTimeFormatOptions) => {
        try {
          return new Intl.DateTimeFormat(i18n.locale, { ...options, ...zone });
        } catch {
          return new Intl.DateTimeFormat('en', options);
        }
      };
      formats = this.timeFormats = {
        i18n,
        time: make({ hour: 'numeric', minute: '2-digit' }),
        day: make({ month: 'short', day: 'numeric' }),
        dayYear: make({ dateStyle: 'medium' }),
        today: '',
        yesterday: '',
        todayAt: 0,
      };
    }
    // "Today" changes at midnight: recompute it at most once a minute.
    if (Date.now() - formats.todayAt > 60_000) {
      formats.today = calendarDate(new Date(), i18n.timeZone);
      formats.yesterday = addDays(formats.today, -1);
      formats.todayAt = Date.now();
    }
    return formats;
  }

  private timeParts(value: string): { date: string; time: string } {
    const i18n = this.i18n;
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return { date: '', time: '' };
    const formats = this.rowTimeFormats();
    const day = calendarDate(date, i18n.timeZone);
    const today = formats.today;
    const relative =
      day === today
        ? this.t('common.relativeDays.today')
        : day === formats.yesterday
          ? this.t('common.relativeDays.yesterday')
          : undefined;
    const sameYear = day.slice(0, 4) === today.slice(0, 4);
    return {
      date: relative ?? (sameYear ? formats.day : formats.dayYear).format(date),
      time: formats.time.format(date),
    };
  }

  private warmedFor?: I18n;

  private warmFormatters(): void {
    if (this.warmedFor === this.i18n) return;
    this.warmedFor = this.i18n;
    const now = new Date().toISOString();
    this.timeParts(now);
    this.i18n.duration(65, 'clock');
    this.i18n.phone('+15035550100');
    formatMos(4.2, this.display);
  }

  private rowText(call: CallLog): string {
    const d = this.display;
    const { date, time } = this.timeParts(call.started_at);
    return this.t('callLogs.list.rowLabel', {
      time: `${date} ${time}`.trim() || d.strings.dash,
      direction: callDirectionText(call.direction, d),
      from: callPartyText(call.from_number, call.from_label, d),
      to: callPartyText(call.to_number, call.to_label, d),
      user: this.userName(call.user_id) ?? this.t('callLogs.list.noUser'),
      duration:
        typeof call.duration_seconds === 'number'
          ? this.i18n.duration(call.duration_seconds, 'long')
          : d.strings.notAvailable,
      status: callStatusText(call.status, d),
      quality: callQualityText(call.quality_metrics, d),
    });
  }

  private countText(): string {
    const count = this.items.length;
    const more = Boolean(this.stream && !this.stream.done);
    // Classic pages: the total is known only once every page has been fetched.
    if (this.paged)
      return more ? this.t('callLogs.title') : this.t('callLogs.list.count', { count });
    return more
      ? this.t('callLogs.list.countMore', { count })
      : this.t('callLogs.list.count', { count });
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    const detailOpen = Boolean(this.selected);
    return html`<div class="frame" lang=${this.i18n.locale}>
      ${this.renderToolbar()} ${this.hideFilters ? nothing : this.renderFilters()}
      ${this.renderLive()}
      <div class=${classMap({ body: true, 'body--detail': detailOpen })}>
        <div class="pane">
          ${this.calls.render({
            complete: () => this.renderList(),
            empty: () => this.renderEmpty(),
            skeletonRows: 8,
          })}
        </div>
        ${detailOpen ? this.renderDetail(this.selected!) : nothing}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderToolbar(): TemplateResult {
    const loaded = Boolean(this.adoptedResult) && !this.adoptedResult?.invalidPhone;
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
                this.activeFilterCount
                  ? html`<span class="filters-toggle__count"
                      ><span aria-hidden="true">${this.activeFilterCount}</span
                      ><span class="visually-hidden"
                        >${this.t('common.filters.active', { count: this.activeFilterCount })}</span
                      ></span
                    >`
                  : nothing
              }
            </button>`
      }
      ${this.renderExport()}
    </div>`;
  }

  private renderExport(): TemplateResult {
    const state = this.exportState;
    const canExport = Boolean(this.currentFilters) && Boolean(this.instance);
    let message: TemplateResult | typeof nothing = nothing;
    if (state.status === 'done') {
      message = html`<span class="export__message" data-tone="success"
        >${this.t('callLogs.export.done', { count: state.count })}</span
      >`;
    } else if (state.status === 'canceled') {
      message = html`<span class="export__message">${this.t('callLogs.export.canceled')}</span>`;
    } else if (state.status === 'error') {
      message = html`<span class="export__message" data-tone="danger"
        >${this.t('callLogs.export.failed')}</span
      >`;
    }
    return html`<div class="export">
      <span role="status" aria-live="polite" class="export__progress">
        ${
          state.status === 'running'
            ? html`<span class="export__bar" aria-hidden="true"></span>${
                  state.count === 0
                    ? this.t('callLogs.export.preparing')
                    : this.t('callLogs.export.progress', { count: state.count })
                }`
            : message
        }
      </span>
      ${
        state.status === 'running'
          ? html`<button
              type="button"
              class="btn btn--secondary btn--sm"
              @click=${this.cancelExport}
            >
              ${this.t('callLogs.export.cancel')}
            </button>`
          : html`<button
              type="button"
              class="btn btn--secondary btn--sm"
              part="export-button"
              ?disabled=${!canExport}
              @click=${this.startExport}
            >
              ${iconDownload} ${this.t('callLogs.export.button')}
            </button>`
      }
    </div>`;
  }

  private renderFilters(): TemplateResult {
    const t = this.t;
    const d = this.display;
    const users = this.users.value;
    const usersFailed = this.users.status === TaskStatus.ERROR;
    const preset = this.customDates
      ? 'custom'
      : presetFor(this.fromDate, this.toDate, new Date(), this.i18n.timeZone);
    const userOptions = users
      ? [...users.values()].sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id))
      : [];
    const unknownUser = this.userId && users && !users.has(this.userId);
    return html`<form
      id="filters"
      class=${classMap({ filters: true, 'filters--open': this.filtersOpen })}
      part="filters"
      role="search"
      aria-label=${t('callLogs.filters.label')}
      @submit=${this.onPhoneSubmit}
    >
      <div class="field">
        <label for="f-direction">${t('common.filters.direction')}</label>
        <select id="f-direction" class="control" @change=${this.onDirectionChange}>
          <option value="" ?selected=${!this.effectiveDirection}>
            ${t('callLogs.filters.allDirections')}
          </option>
          ${CALL_DIRECTIONS.map(
            (value) =>
              html`<option value=${value} ?selected=${this.effectiveDirection === value}>
                ${d.strings.direction[value]}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="f-status">${t('common.filters.status')}</label>
        <select id="f-status" class="control" @change=${this.onStatusChange}>
          <option value="" ?selected=${!this.effectiveStatus}>
            ${t('callLogs.filters.allStatuses')}
          </option>
          ${CALL_STATUSES.map(
            (value) =>
              html`<option value=${value} ?selected=${this.effectiveStatus === value}>
                ${d.strings.status[value]}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="f-user">${t('common.filters.user')}</label>
        <select
          id="f-user"
          class="control"
          @change=${this.onUserChange}
          aria-describedby=${ifDefined(usersFailed ? 'f-user-error' : undefined)}
        >
          <option value="" ?selected=${!this.userId}>${t('callLogs.filters.allUsers')}</option>
          ${
            unknownUser || (this.userId && !users)
              ? html`<option value=${this.userId!} selected>${this.userId}</option>`
              : nothing
          }
          ${repeat(
            userOptions,
            (user) => user.id,
            (user) =>
              html`<option value=${user.id} ?selected=${this.userId === user.id}>
                ${user.name || user.email || user.id}
              </option>`,
          )}
        </select>
        ${
          usersFailed
            ? html`<p class="field__hint" id="f-user-error">
                ${t('callLogs.filters.usersUnavailable')}
              </p>`
            : nothing
        }
      </div>
      <div class="field">
        <label for="f-date">${t('common.filters.dateRange')}</label>
        <select id="f-date" class="control" @change=${this.onPresetChange}>
          <option value="all" ?selected=${preset === 'all'}>
            ${t('callLogs.filters.anyTime')}
          </option>
          <option value="today" ?selected=${preset === 'today'}>
            ${t('common.datePresets.today')}
          </option>
          <option value="7d" ?selected=${preset === '7d'}>
            ${t('common.datePresets.last7Days')}
          </option>
          <option value="30d" ?selected=${preset === '30d'}>
            ${t('common.datePresets.last30Days')}
          </option>
          <option value="custom" ?selected=${preset === 'custom'}>
            ${t('common.datePresets.custom')}
          </option>
        </select>
      </div>
      ${
        preset === 'custom'
          ? html`<div class="dates">
              <div class="field">
                <label for="f-from">${t('callLogs.filters.fromDate')}</label>
                <input
                  id="f-from"
                  class="control"
                  type="date"
                  .value=${live(this.fromDate && /^\d{4}-\d{2}-\d{2}$/.test(this.fromDate) ? this.fromDate : '')}
                  max=${ifDefined(this.toDate && /^\d{4}-\d{2}-\d{2}$/.test(this.toDate) ? this.toDate : undefined)}
                  @change=${(e: Event) => this.onDateInput('from', e)}
                />
              </div>
              <div class="field">
                <label for="f-to">${t('callLogs.filters.toDate')}</label>
                <input
                  id="f-to"
                  class="control"
                  type="date"
                  .value=${live(this.toDate && /^\d{4}-\d{2}-\d{2}$/.test(this.toDate) ? this.toDate : '')}
                  min=${ifDefined(this.fromDate && /^\d{4}-\d{2}-\d{2}$/.test(this.fromDate) ? this.fromDate : undefined)}
                  @change=${(e: Event) => this.onDateInput('to', e)}
                />
              </div>
            </div>`
          : nothing
      }
      <div class="field field--phone">
        <label for="f-phone">${t('callLogs.filters.phone')}</label>
        <div class="phone">
          <input
            id="f-phone"
            class="control"
            type="search"
            inputmode="tel"
            autocomplete="off"
            enterkeyhint="search"
            placeholder=${t('callLogs.filters.phonePlaceholder')}
            .value=${live(this.phoneDraft)}
            aria-invalid=${this.phoneError ? 'true' : 'false'}
            aria-describedby="f-phone-help"
            @input=${this.onPhoneInput}
            @change=${this.onPhoneSubmit}
          />
        </div>
        ${
          this.phoneError
            ? html`<p class="field__error" id="f-phone-help" role="alert">
                ${t('callLogs.filters.phoneInvalid')}
              </p>`
            : html`<p class="visually-hidden" id="f-phone-help">
                ${t('callLogs.filters.phoneHint')}
              </p>`
        }
      </div>
      ${
        this.hasActiveFilters
          ? html`<button type="button" class="btn btn--ghost btn--sm" @click=${this.clearFilters}>
              ${iconFilter} ${t('common.filters.clearAll')}
            </button>`
          : nothing
      }
    </form>`;
  }

  private renderLive(): TemplateResult | typeof nothing {
    if (this.liveCalls.length === 0) return nothing;
    const d = this.display;
    return html`<ul class="live" part="live" aria-label=${this.t('callLogs.live.label')}>
      ${repeat(
        this.liveCalls,
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

  private renderHeaderRow(): TemplateResult {
    const t = this.t;
    return html`<div role="rowgroup">
      <div class="row row--head" role="row" aria-rowindex="1">
        <span class="cell cell--time" role="columnheader">${t('callLogs.columns.time')}</span>
        <span class="cell cell--direction" role="columnheader"
          ><span class="head-label">${t('callLogs.columns.direction')}</span></span
        >
        <span class="cell cell--from" role="columnheader">${t('callLogs.columns.from')}</span>
        <span class="cell cell--to" role="columnheader">${t('callLogs.columns.to')}</span>
        <span class="cell cell--user" role="columnheader">${t('callLogs.columns.user')}</span>
        <span class="cell cell--duration" role="columnheader"
          >${t('callLogs.columns.duration')}</span
        >
        <span class="cell cell--status" role="columnheader">${t('callLogs.columns.status')}</span>
        <span class="cell cell--quality" role="columnheader">${t('callLogs.columns.quality')}</span>
      </div>
    </div>`;
  }

  private renderRow(call: CallLog, index: number, tabbable: number): TemplateResult {
    const d = this.display;
    const { date, time } = this.timeParts(call.started_at);
    const user = this.userName(call.user_id);
    const selected = call.id === this.selectedId;
    return html`<div
      class=${classMap({ row: true, 'row--call': true, 'row--new': this.newIds.has(call.id) })}
      part="row"
      role="row"
      data-id=${call.id}
      data-index=${index}
      aria-rowindex=${index + 2}
      aria-selected=${selected ? 'true' : 'false'}
      tabindex=${index === tabbable ? '0' : '-1'}
      @click=${() => this.select(call, index)}
      @keydown=${this.onRowsKeydown}
    >
      <span class="cell cell--time" role="gridcell"
        >${
          date || time
            ? html`<time datetime=${call.started_at}
                ><span>${time}</span> <span class="cell__sub">${date}</span></time
              >`
            : renderDash(d)
        }</span
      >
      <span class="cell cell--direction" role="gridcell"
        >${renderCallDirection(call.direction, d)}</span
      >
      <span class="cell cell--from" role="gridcell"
        >${renderCallParty(call.from_number, call.from_label, d)}</span
      >
      <span class="cell cell--to" role="gridcell"
        ><span class="to-prefix" aria-hidden="true">→ </span>${renderCallParty(
          call.to_number,
          call.to_label,
          d,
        )}</span
      >
      <span class="cell cell--user" role="gridcell"
        >${user ?? (call.user_id ? this.t('common.unknown') : renderDash(d))}</span
      >
      <span class="cell cell--duration" role="gridcell"
        >${
          typeof call.duration_seconds === 'number'
            ? this.i18n.duration(call.duration_seconds, 'clock')
            : renderDash(d)
        }</span
      >
      <span class="cell cell--status" role="gridcell">${renderCallStatus(call.status, d)}</span>
      <span class="cell cell--quality" role="gridcell"
        >${renderCallQuality(call.quality_metrics, d)}</span
      >
    </div>`;
  }

  private renderList(): TemplateResult {
    const t = this.t;
    const tabbable = this.tabbableIndex();
    const done = !this.stream || this.stream.done;
    const rowCount = done ? this.items.length + 1 : -1;
    const body = this.paged
      ? html`<div class="rows rows--pages" role="rowgroup" @focusin=${this.onRowsFocusIn}>
          ${repeat(
            this.pageItems,
            (c) => c.id,
            (c, i) => this.renderRow(c, this.page * this.classicPageSize + i, tabbable),
          )}
        </div>`
      : html`<div
          class="rows"
          role="rowgroup"
          style=${styleMap({ '--_rows': String(Math.max(1, this.items.length)) })}
          @focusin=${this.onRowsFocusIn}
          @rangeChanged=${this.onRangeChanged}
        >
          ${virtualize({
            items: this.items,
            keyFunction: (c: CallLog) => c.id,
            renderItem: (c: CallLog, i: number) => this.renderRow(c, i, tabbable),
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
        aria-label=${t('callLogs.list.label')}
        aria-rowcount=${rowCount}
        aria-colcount="8"
        aria-busy=${this.loadMoreState === 'loading' || this.pageLoading ? 'true' : 'false'}
      >
        ${this.renderHeaderRow()} ${body}
      </div>
      ${this.paged ? this.renderPages() : this.renderFooter()}`;
  }

  private renderFooter(): TemplateResult {
    const t = this.t;
    if (this.loadMoreState === 'error') {
      return html`<div class="footer footer--error" role="alert">
        ${t('callLogs.list.loadMoreFailed')}
        <button type="button" class="btn btn--secondary btn--sm" @click=${() => this.retryMore()}>
          ${t('common.retry')}
        </button>
      </div>`;
    }
    if (this.loadMoreState === 'loading') {
      return html`<div class="footer">
        <span class="spinner" aria-hidden="true"></span>${t('callLogs.list.loadingMore')}
      </div>`;
    }
    if (this.stream && !this.stream.done) {
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

  // ---- The detail panel (its content is a lazily loaded chunk) ----

  /** What the lazily loaded panel reads and calls. */
  private detailView(): CallLogsDetailView {
    return {
      t: this.t,
      i18n: this.i18n,
      display: this.display,
      player: this.player,
      recording: this.recording,
      transcript: this.transcript,
      userName: (id) => this.userName(id),
      timeParts: (value) => this.timeParts(value),
      closeDetail: () => this.closeDetail(),
      loadRecording: (id) => this.loadRecording(id),
      loadTranscript: (id) => this.loadTranscript(id),
      retryRecording: () => this.retryRecording(),
    };
  }

  private renderDetail(call: CallLog): TemplateResult {
    const module = this.detailModule;
    if (!module) void this.loadDetailModule();
    return html`<section
      class="detail"
      part="detail"
      aria-labelledby="detail-title"
      tabindex="-1"
      data-id=${call.id}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          this.closeDetail();
        }
      }}
    >
      ${module ? module.renderDetailBody(this.detailView(), call) : nothing}
    </section>`;
  }

  private loadDetailModule(): Promise<DetailModule> {
    this.detailLoading ??= import('./call-logs.detail').then((module) => {
      const root = this.renderRoot;
      if (root instanceof ShadowRoot && 'adoptedStyleSheets' in root) {
        const sheets = module.detailLazyStyles
          .map((style) => style.styleSheet)
          .filter((sheet): sheet is CSSStyleSheet => sheet !== undefined);
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
      }
      this.detailModule = module;
      return module;
    });
    return this.detailLoading;
  }

  /** Fetches the detail chunk when the browser is idle (after the list is on screen). */
  private prefetchDetail(): void {
    if (this.detailLoading) return;
    const idle =
      (globalThis as { requestIdleCallback?: (callback: () => void) => void })
        .requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
    idle(() => void this.loadDetailModule());
  }
}
