import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { DialstackElement } from '../../src/base/dialstack-element';
import { isAbortError, toLoadErrorDetail } from '../../src/base/load-error';
import type { CallEndEvent, DialstackInstance, LiveEvent } from '../../src/core/types';
import type { I18n } from '../../src/i18n';
import {
  callStatusTone,
  renderCallDirection,
  renderCallStatus,
  renderDash,
  renderLiveIndicator,
  resolveCallDisplayStrings,
  type CallDisplayOptions,
} from '../../src/ui/calls';
import { callDisplayStyles } from '../../src/ui/calls/call-display.styles';
import {
  iconClose,
  iconPhone,
  iconPhoneIncoming,
  iconPhoneInternal,
  iconPhoneMissed,
  iconPhoneOutgoing,
  iconVoicemail,
} from '../../src/ui/icons';
import { RovingListController } from '../../src/ui/roving-list';
import {
  CallHistoryPager,
  DEFAULT_PAGE_SIZE,
  checkPhoneNumber,
  clampPageSize,
  compareNewestFirst,
  fetchCall,
  placeCall,
  samePhoneNumber,
  type CallLog,
} from './call-history.data';
import { createCallHistoryTranslator, type CallHistoryTranslate } from './call-history.messages';
import { callHistoryStyles } from './call-history.styles';

/** `detail` of `dialstack-row-select` fired by this element. */
export interface CallHistoryRowSelectDetail {
  id: string;
  item: CallLog;
}

/** `detail` of `dialstack-call-back`. */
export interface CallBackDetail {
  /** The contact's number in E.164. */
  phoneNumber: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-call-history': DialstackCallHistory;
  }
}

/** What the history task resolves with. */
type HistoryValue =
  | { kind: 'missing' }
  | { kind: 'invalid'; input: string }
  | { kind: 'ready'; pager: CallHistoryPager };

type ShowMoreState = 'idle' | 'loading' | 'error';

type CallBackState =
  | { status: 'idle' }
  | { status: 'calling' }
  | { status: 'queued'; phoneNumber: string }
  | { status: 'failed'; reason: string | undefined };

/** The row's headline: what happened, from the contact's point of view. */
type RowKind = 'inbound' | 'outbound' | 'internal' | 'missed' | 'voicemail' | 'unknown';

/** How long a live-inserted row stays highlighted. */
const NEW_ROW_MS = 2400;
/** How long the "call queued" confirmation stays. */
const QUEUED_MESSAGE_MS = 10_000;
/** Relative times ("5 minutes ago") are refreshed this often. */
const CLOCK_TICK_MS = 30_000;
/** A call that just ended may take a moment to be readable: retry a 404 after these delays. */
const LIVE_FETCH_RETRY_MS = [800, 2500];

const MISSED_STATUSES: ReadonlySet<string> = new Set(['no-answer', 'busy', 'failed']);

function rowKind(call: CallLog): RowKind {
  if (call.status === 'voicemail') return 'voicemail';
  if (call.direction === 'inbound') return MISSED_STATUSES.has(call.status) ? 'missed' : 'inbound';
  if (call.direction === 'outbound' || call.direction === 'internal') return call.direction;
  return 'unknown';
}

const kindIcons: Record<Exclude<RowKind, 'unknown'>, TemplateResult> = {
  inbound: iconPhoneIncoming,
  outbound: iconPhoneOutgoing,
  internal: iconPhoneInternal,
  missed: iconPhoneMissed,
  voicemail: iconVoicemail,
};

/** The status badge is shown when the headline does not already say it. */
function showsStatusBadge(call: CallLog, kind: RowKind): boolean {
  if (call.status === 'completed') return false;
  if (kind === 'voicemail') return false;
  if (kind === 'missed' && call.status === 'no-answer') return false;
  return true;
}

const delay = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/**
 * Every call with one contact — both directions, merged newest first — in compact rows with
 * what happened, when (relative time), how long and the AI summary; "Show more" pages through
 * both server cursors; a call-back action; live insertion when a call with the contact ends.
 *
 * @tagname dialstack-call-history
 * @summary One contact's call history, with call back and live updates.
 *
 * @fires {CustomEvent<CallHistoryRowSelectDetail>} dialstack-row-select - A row was selected (click, Enter or Space).
 *   `detail: { id, item }` where `item` is the `CallLog`. Cancelable: `preventDefault()` keeps
 *   the row unselected.
 * @fires {CustomEvent<CallBackDetail>} dialstack-call-back - "Call back" was pressed. `detail: { phoneNumber }` (E.164).
 *   Cancelable: `preventDefault()` stops the element from placing the call itself (when
 *   `user-id` is set), e.g. to dial through the host's own softphone.
 * @fires {CustomEvent<LoaderStartDetail>} dialstack-loader-start - The element started loading its data.
 * @fires {CustomEvent<LoadErrorDetail>} dialstack-load-error - Loading failed; `detail.error` is `{ type, message, status? }`.
 *
 * @csspart base - The frame around everything.
 * @csspart header - The contact's number, the last-call time and the call-back button.
 * @csspart call-back-button - The "Call back" button.
 * @csspart call-back-status - The message after a call back: queued (202) or why it failed.
 * @csspart list - The list of calls.
 * @csspart row - One call; `data-id` is the call id, `data-kind` what happened
 *   (`inbound`, `outbound`, `internal`, `missed`, `voicemail`, `unknown`).
 * @csspart row-icon - The round direction/missed/voicemail icon of a row.
 * @csspart summary - The AI summary of a call.
 * @csspart show-more - The "Show more" button.
 * @csspart show-more-error - The message shown when more calls could not be loaded.
 * @csspart loading - The loading view.
 * @csspart empty - The empty view (also shown, with `missing-number`, when no number is set).
 * @csspart missing-number - The view shown when `phone-number` is empty.
 * @csspart error - The error view (also shown, with `invalid-number`, for an invalid number).
 * @csspart invalid-number - The view shown when `phone-number` is not a valid number.
 * @csspart retry-button - The error view's retry button.
 * @csspart call-direction - A direction shown as a badge (unknown directions, raw).
 * @csspart call-status - A status badge (busy, failed…; unknown statuses raw, neutral).
 *
 * @cssprop --dialstack-call-history-max-height - Height after which the list scrolls (default none).
 */
export class DialstackCallHistory extends DialstackElement {
  static override styles = [DialstackElement.styles, callDisplayStyles, callHistoryStyles];

  /** The contact's number in E.164 (`+14155551234`); formatted international numbers are accepted. */
  @property({ attribute: 'phone-number', reflect: true }) phoneNumber?: string;

  /**
   * The user whose phones ring first when "Call back" is pressed (`POST /v1/calls`). Without
   * it, "Call back" only fires `dialstack-call-back` for the host to handle.
   */
  @property({ attribute: 'user-id', reflect: true }) userId?: string;

  /** Calls per page and per "Show more" (1–100, default 10). */
  @property({ attribute: 'page-size', type: Number, reflect: true }) pageSize = DEFAULT_PAGE_SIZE;

  /** Hides the "Call back" button (the host offers calling elsewhere). */
  @property({ attribute: 'hide-call-back', type: Boolean, reflect: true }) hideCallBack = false;

  /** The calls shown (a new array whenever the list changes). */
  @state() private shown: readonly CallLog[] = [];
  /** The validated number of the contact being shown (E.164), once validated. */
  @state() private contact?: string;
  @state() private showMoreState: ShowMoreState = 'idle';
  @state() private callBackState: CallBackState = { status: 'idle' };
  @state() private selectedId?: string;
  @state() private newIds: ReadonlySet<string> = new Set();
  @state() private announcement = '';
  @state() private now = Date.now();
  /** A call with the contact ringing or in progress right now. */
  @state() private liveCall?: { id: string; state: 'ringing' | 'inProgress' };

  /** The pager of the contact being shown. */
  private pager?: CallHistoryPager;
  /** Aborts everything started for the current contact (show more, live fetches, call back). */
  private contactController?: AbortController;
  private subscribedInstance?: DialstackInstance;
  private unsubscribeLive?: () => void;
  private clock?: ReturnType<typeof setInterval>;
  private queuedTimer?: ReturnType<typeof setTimeout>;
  private translatorFor?: { i18n: I18n; t: CallHistoryTranslate };
  private displayFor?: { i18n: I18n; options: CallDisplayOptions };

  private readonly rows = new RovingListController(this, {
    count: () => this.shown.length,
    onActivate: (index) => this.select(index),
  });

  private readonly history = this.createDataTask({
    args: () => [this.phoneNumber, clampPageSize(this.pageSize)] as const,
    tags: ['calls'],
    isEmpty: (value: HistoryValue) => value.kind === 'ready' && value.pager.items.length === 0,
    task: async ([raw, pageSize], { client, signal }): Promise<HistoryValue> => {
      const check = await checkPhoneNumber(raw);
      signal.throwIfAborted();
      if (check.kind !== 'valid') {
        this.switchContact(undefined, undefined);
        if (check.kind === 'invalid') {
          console.warn(
            `[dialstack] <dialstack-call-history> phone-number ${JSON.stringify(check.input)} is not a valid international (E.164) number; nothing was requested.`,
          );
        }
        return check;
      }
      const pager = new CallHistoryPager(client, check.e164, { pageSize });
      // A refresh (same contact) keeps the list, and what runs for it, until the new list is
      // ready. A new contact starts empty, with everything started for the old one aborted and
      // the new pager published at once, so a call that ends meanwhile is kept.
      if (this.pager?.phoneNumber !== check.e164) this.switchContact(check.e164, pager);
      const contactSignal = this.contactController!.signal;
      await pager.loadMore(AbortSignal.any([signal, contactSignal]));
      contactSignal.throwIfAborted();
      // Calls that arrived live during a refresh, newer than anything it loaded, are kept.
      const previous = this.pager;
      if (previous && previous !== pager && previous.phoneNumber === pager.phoneNumber) {
        const newest = pager.items[0];
        for (const call of previous.items) {
          if (!newest || compareNewestFirst(call, newest) < 0) pager.insert(call);
        }
      }
      this.pager = pager;
      this.shown = pager.items;
      this.showMoreState = 'idle';
      this.announce(this.countMessage(pager));
      return { kind: 'ready', pager };
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM: what the disconnect aborted can be started again.
    if (this.contactController?.signal.aborted) this.contactController = new AbortController();
    this.now = Date.now();
    this.clock = setInterval(() => (this.now = Date.now()), CLOCK_TICK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
    clearTimeout(this.queuedTimer);
    this.unsubscribeLive?.();
    this.unsubscribeLive = undefined;
    this.subscribedInstance = undefined;
    this.contactController?.abort();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncLiveSubscription();
  }

  // ---- Live updates ----

  private syncLiveSubscription(): void {
    const instance = this.isConnected ? this.instance : undefined;
    if (instance === this.subscribedInstance) return;
    this.unsubscribeLive?.();
    this.unsubscribeLive = undefined;
    this.subscribedInstance = instance;
    if (instance) this.unsubscribeLive = instance.on('*', this.handleLiveEvent);
  }

  /** Ringing / in progress with the contact: a live indicator; a call that ended: inserted. */
  private readonly handleLiveEvent = (event: LiveEvent): void => {
    const contact = this.pager?.phoneNumber;
    if (!contact) return;
    const involves =
      samePhoneNumber(event.from_number, contact) || samePhoneNumber(event.to_number, contact);
    switch (event.event) {
      case 'call.incoming':
      case 'call.initiated':
      case 'call.ringing':
        if (involves && this.liveCall?.id !== event.call_id)
          this.setLiveCall(event.call_id, 'ringing');
        return;
      case 'call.answered':
        if (involves) this.setLiveCall(event.call_id, 'inProgress');
        return;
      case 'call.end':
        if (this.liveCall?.id === event.call_id) this.liveCall = undefined;
        this.handleCallEnd(event);
        return;
      default:
        return;
    }
  };

  private setLiveCall(id: string, state: 'ringing' | 'inProgress'): void {
    this.liveCall = { id, state };
    this.announce(this.display.strings.live[state]);
  }

  private readonly handleCallEnd = (event: CallEndEvent): void => {
    const pager = this.pager;
    const client = this.instance?.client;
    const signal = this.contactController?.signal;
    if (!pager || !client || !signal || signal.aborted) return;
    if (
      !samePhoneNumber(event.from_number, pager.phoneNumber) &&
      !samePhoneNumber(event.to_number, pager.phoneNumber)
    ) {
      return;
    }
    void this.insertLiveCall(pager, client, event.call_id, signal);
  };

  private async insertLiveCall(
    pager: CallHistoryPager,
    client: NonNullable<DialstackInstance['client']>,
    id: string,
    signal: AbortSignal,
  ): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        const call = await fetchCall(client, id, signal);
        if (this.pager !== pager || !pager.insert(call)) return;
        this.shown = pager.items;
        this.flagNew(call.id);
        this.announce(this.t('callHistory.newCall', { call: this.rowLabel(call) }));
        return;
      } catch (error) {
        if (isAbortError(error) || signal.aborted) return;
        const status = (error as { status?: unknown }).status;
        if (status === 404 && attempt < LIVE_FETCH_RETRY_MS.length) {
          try {
            await delay(LIVE_FETCH_RETRY_MS[attempt]!, signal);
          } catch {
            return;
          }
          continue;
        }
        // The list stays correct without it; the next refresh will show the call.
        console.warn('[dialstack] A call that just ended could not be loaded.', error);
        return;
      }
    }
  }

  private flagNew(id: string): void {
    this.newIds = new Set([...this.newIds, id]);
    setTimeout(() => {
      const next = new Set(this.newIds);
      next.delete(id);
      this.newIds = next;
    }, NEW_ROW_MS);
  }

  // ---- Actions ----

  /** Leaves the current contact: aborts its requests and clears what was shown for it. */
  private switchContact(contact: string | undefined, pager: CallHistoryPager | undefined): void {
    this.contactController?.abort();
    this.contactController = new AbortController();
    this.pager = pager;
    this.contact = contact;
    this.shown = pager?.items ?? [];
    this.selectedId = undefined;
    this.showMoreState = 'idle';
    this.newIds = new Set();
    this.liveCall = undefined;
    clearTimeout(this.queuedTimer);
    this.callBackState = { status: 'idle' };
  }

  private async showMore(): Promise<void> {
    const pager = this.pager;
    const signal = this.contactController?.signal;
    if (!pager || !signal || this.showMoreState === 'loading') return;
    this.showMoreState = 'loading';
    const before = pager.items.length;
    try {
      const added = await pager.loadMore(signal);
      if (this.pager !== pager) return;
      this.shown = pager.items;
      this.showMoreState = 'idle';
      this.announce(this.countMessage(pager));
      await this.updateComplete;
      // The button is gone at the end of the history: focus the first new row instead.
      if (!pager.hasMore && added.length > 0 && this.shadowRoot?.activeElement === null) {
        void this.rows.focusIndex(before);
      }
    } catch (error) {
      if (this.pager !== pager) return;
      this.showMoreState = isAbortError(error) ? 'idle' : 'error';
    }
  }

  private select(index: number): void {
    const call = this.shown[index];
    if (!call) return;
    const detail: CallHistoryRowSelectDetail = { id: call.id, item: call };
    if (!this.emit('dialstack-row-select', detail, { cancelable: true })) return;
    this.selectedId = call.id;
  }

  private readonly handleRowClick = (event: MouseEvent): void => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const index = Number(row?.dataset.index);
    if (!row || !Number.isInteger(index)) return;
    void this.rows.focusIndex(index);
    this.select(index);
  };

  private async callBack(): Promise<void> {
    const phoneNumber = this.contact;
    const signal = this.contactController?.signal;
    if (!phoneNumber || !signal || this.callBackState.status === 'calling') return;
    const detail: CallBackDetail = { phoneNumber };
    if (!this.emit('dialstack-call-back', detail, { cancelable: true })) return;
    const userId = this.userId?.trim();
    const client = this.instance?.client;
    if (!userId || !client) return;
    clearTimeout(this.queuedTimer);
    this.callBackState = { status: 'calling' };
    try {
      await placeCall(client, { user_id: userId, dial_string: phoneNumber }, signal);
      if (signal.aborted) return;
      this.callBackState = { status: 'queued', phoneNumber };
      this.queuedTimer = setTimeout(() => {
        if (this.callBackState.status === 'queued') this.callBackState = { status: 'idle' };
      }, QUEUED_MESSAGE_MS);
    } catch (error) {
      if (signal.aborted || isAbortError(error)) {
        if (this.callBackState.status === 'calling' && this.contact === phoneNumber) {
          this.callBackState = { status: 'idle' };
        }
        return;
      }
      const message = toLoadErrorDetail(error).error.message.trim();
      this.callBackState = { status: 'failed', reason: message || undefined };
    }
  }

  private dismissCallBackStatus(): void {
    clearTimeout(this.queuedTimer);
    this.callBackState = { status: 'idle' };
    this.shadowRoot?.querySelector<HTMLElement>('[part~="call-back-button"]')?.focus();
  }

  private announce(message: string): void {
    // Re-announce identical text by clearing first.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = message));
  }

  // ---- Text ----

  private get t(): CallHistoryTranslate {
    if (this.translatorFor?.i18n !== this.i18n) {
      this.translatorFor = {
        i18n: this.i18n,
        t: createCallHistoryTranslator(this.i18n, this.hostMessages()),
      };
    }
    return this.translatorFor.t;
  }

  private get display(): CallDisplayOptions {
    if (this.displayFor?.i18n !== this.i18n) {
      const i18n = this.i18n;
      this.displayFor = {
        i18n,
        options: {
          strings: resolveCallDisplayStrings(i18n.locale, this.hostMessages()),
          locale: i18n.locale,
          formatPhone: (n) => i18n.phone(n),
        },
      };
    }
    return this.displayFor.options;
  }

  private hostMessages(): unknown {
    const locale = this.instance?.locale;
    return typeof locale === 'object' && locale ? locale.messages : undefined;
  }

  private kindText(call: CallLog, kind: RowKind): string {
    return kind === 'unknown' ? String(call.direction ?? '') : this.t(`callHistory.kind.${kind}`);
  }

  private rowLabel(call: CallLog): string {
    const kind = rowKind(call);
    return this.t('callHistory.rowLabel', {
      kind: this.kindText(call, kind),
      time:
        this.i18n.relativeTime(call.started_at, this.now) || this.i18n.dateTime(call.started_at),
    });
  }

  private countMessage(pager: CallHistoryPager): string {
    const count = pager.items.length;
    return pager.hasMore
      ? this.t('callHistory.shownMore', { count })
      : this.t('callHistory.shown', { count });
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    return html`<div class="frame" part="base">
      ${this.contact && !this.sessionEnded ? this.renderHeader(this.contact) : nothing}
      ${this.history.render({
        complete: (value) => this.renderValue(value),
        empty: () => this.renderEmpty(),
        skeletonRows: 4,
      })}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderHeader(contact: string): TemplateResult {
    const formatted = this.i18n.phone(contact) || contact;
    const last = this.shown[0];
    const lastText = last ? this.i18n.relativeTime(last.started_at, this.now) : '';
    const calling = this.callBackState.status === 'calling';
    return html`<div class="header" part="header">
        <div class="header__text">
          <span class="header__number">${formatted}</span>
          ${this.renderHeaderMeta(lastText)}
        </div>
        ${
          this.hideCallBack
            ? nothing
            : html`<button
                type="button"
                class="btn btn--secondary btn--sm"
                part="call-back-button"
                aria-label=${this.t('callHistory.callBackLabel', { contact: formatted })}
                aria-disabled=${calling ? 'true' : 'false'}
                @click=${() => void this.callBack()}
              >
                ${calling ? html`<span class="spinner" aria-hidden="true"></span>` : iconPhone}
                <span aria-hidden="true"
                  >${calling ? this.t('callHistory.calling') : this.t('callHistory.callBack')}</span
                >
              </button>`
        }
      </div>
      ${this.renderCallBackStatus(formatted)}`;
  }

  private renderHeaderMeta(lastText: string): TemplateResult | typeof nothing {
    if (this.liveCall) {
      return html`<span class="header__meta"
        >${renderLiveIndicator(this.liveCall.state, this.display)}</span
      >`;
    }
    if (!lastText) return nothing;
    return html`<span class="header__meta"
      >${this.t('callHistory.lastCall', { time: lastText })}</span
    >`;
  }

  private renderCallBackStatus(formatted: string): TemplateResult {
    const state = this.callBackState;
    // The live regions exist before their text changes, so screen readers announce it.
    const queued = state.status === 'queued';
    const failed = state.status === 'failed';
    return html`<div class="callback-region" role="status">
        ${
          queued
            ? html`<div class="notice" data-tone="success" part="call-back-status">
                <span class="notice__text"
                  >${this.t('callHistory.callQueued', { contact: formatted })}</span
                >
                ${this.renderDismiss()}
              </div>`
            : nothing
        }
      </div>
      <div class="callback-region" role="alert">
        ${
          failed
            ? html`<div class="notice" data-tone="danger" part="call-back-status">
                <span class="notice__text"
                  >${
                    state.reason
                      ? this.t('callHistory.callFailedReason', { reason: state.reason })
                      : this.t('callHistory.callFailed')
                  }</span
                >
                ${this.renderDismiss()}
              </div>`
            : nothing
        }
      </div>`;
  }

  private renderDismiss(): TemplateResult {
    const label = this.t('callHistory.dismiss');
    return html`<button
      type="button"
      class="btn btn--ghost btn--sm btn--icon"
      aria-label=${label}
      title=${label}
      @click=${() => this.dismissCallBackStatus()}
    >
      ${iconClose}
    </button>`;
  }

  private renderValue(value: HistoryValue): TemplateResult {
    if (value.kind === 'missing') {
      return html`<div part="empty missing-number" class="state state--empty">
        <span class="state__icon">${iconPhone}</span>
        <p class="state__title">${this.t('callHistory.missingNumber')}</p>
        <p class="state__description">${this.t('callHistory.missingNumberDescription')}</p>
      </div>`;
    }
    if (value.kind === 'invalid') {
      return html`<div part="error invalid-number" class="state state--error" role="alert">
        <span class="state__icon">${iconPhoneMissed}</span>
        <p class="state__title">${this.t('callHistory.invalidNumber')}</p>
        <p class="state__description">
          ${this.t('callHistory.invalidNumberDescription', { value: value.input })}
        </p>
      </div>`;
    }
    return this.renderList(value.pager);
  }

  private renderEmpty(): TemplateResult {
    return html`<div part="empty" class="state state--empty">
      <span class="state__icon">${iconPhone}</span>
      <p class="state__title">${this.t('callHistory.empty')}</p>
      <p class="state__description">${this.t('callHistory.emptyDescription')}</p>
    </div>`;
  }

  private renderList(pager: CallHistoryPager): TemplateResult {
    const calls = pager.items;
    const formatted = this.i18n.phone(pager.phoneNumber) || pager.phoneNumber;
    return html`<div
        class="list"
        part="list"
        role="listbox"
        aria-label=${this.t('callHistory.listLabel', { contact: formatted })}
        aria-busy=${this.history.refreshing ? 'true' : 'false'}
        @keydown=${this.rows.handleKeydown}
        @focusin=${this.rows.handleFocusin}
        @click=${this.handleRowClick}
      >
        ${repeat(
          calls,
          (call) => call.id,
          (call, index) => this.renderRow(call, index),
        )}
      </div>
      ${this.renderFooter(pager)}`;
  }

  private renderRow(call: CallLog, index: number): TemplateResult {
    const kind = rowKind(call);
    const i18n = this.i18n;
    const relative = i18n.relativeTime(call.started_at, this.now);
    const absolute = i18n.dateTime(call.started_at);
    const selected = call.id === this.selectedId;
    const tone =
      kind === 'unknown' ? 'neutral' : callStatusTone(call.status) === 'danger' ? 'danger' : kind;
    return html`<div
      class="row"
      part="row"
      role="option"
      data-id=${call.id}
      data-index=${index}
      data-kind=${kind}
      ?data-new=${this.newIds.has(call.id)}
      aria-selected=${selected ? 'true' : 'false'}
      tabindex=${this.rows.tabIndexFor(index)}
    >
      <span class="row__icon" part="row-icon" data-tone=${tone}
        >${kind === 'unknown' ? iconPhone : kindIcons[kind]}</span
      >
      <span class="row__main">
        <span class="row__line">
          <span class="row__kind"
            >${
              kind === 'unknown'
                ? renderCallDirection(call.direction, this.display)
                : this.kindText(call, kind)
            }</span
          >
          ${showsStatusBadge(call, kind) ? renderCallStatus(call.status, this.display) : nothing}
          <time class="row__time" datetime=${call.started_at} title=${absolute}
            >${relative || absolute || call.started_at}</time
          >
        </span>
        <span class="row__meta">${this.renderDuration(call)}${this.renderParty(call)}</span>
        ${
          call.summary?.trim()
            ? html`<span class="row__summary" part="summary">${call.summary}</span>`
            : nothing
        }
      </span>
    </div>`;
  }

  private renderDuration(call: CallLog): TemplateResult | typeof nothing {
    const seconds = call.duration_seconds;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
      return html`<span class="row__duration">${renderDash(this.display)}</span>`;
    }
    // "0:00" says nothing about a call nobody answered; the headline already says what happened.
    if (seconds === 0 && !call.answered_at) return nothing;
    return html`<span class="row__duration"
      ><span aria-hidden="true">${this.i18n.duration(seconds)}</span
      ><span class="visually-hidden">${this.i18n.duration(seconds, 'long')}</span></span
    >`;
  }

  /** Who on the account's side took or made the call (a label, else the account's number). */
  private renderParty(call: CallLog): TemplateResult | typeof nothing {
    const contact = this.pager?.phoneNumber ?? '';
    const fromContact = samePhoneNumber(call.from_number, contact);
    const label = fromContact ? call.to_label : call.from_label;
    const number = fromContact ? call.to_number : call.from_number;
    const text = label?.trim() || this.i18n.phone(number) || number;
    if (!text) return nothing;
    return html`<span class="row__party">${text}</span>`;
  }

  private renderFooter(pager: CallHistoryPager): TemplateResult | typeof nothing {
    const state = this.showMoreState;
    if (state === 'error') {
      return html`<div class="footer" part="show-more-error" role="alert">
        <span class="footer__error">${this.t('callHistory.loadMoreFailed')}</span>
        <button
          type="button"
          class="btn btn--secondary btn--sm"
          @click=${() => void this.showMore()}
        >
          ${this.t('common.retry')}
        </button>
      </div>`;
    }
    if (pager.hasMore) {
      const loading = state === 'loading';
      return html`<div class="footer">
        <button
          type="button"
          class="btn btn--ghost btn--sm show-more"
          part="show-more"
          aria-disabled=${loading ? 'true' : 'false'}
          @click=${() => void this.showMore()}
        >
          ${loading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
          ${loading ? this.t('callHistory.loadingMore') : this.t('callHistory.showMore')}
        </button>
      </div>`;
    }
    if (pager.items.length > pager.pageSize) {
      return html`<p class="footer footer--end">${this.t('callHistory.end')}</p>`;
    }
    return nothing;
  }
}
