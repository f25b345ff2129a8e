import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CALLS_TAG, compareNewestFirst, fetchEndedCall } from '../../src/api/calls';
import { AnnouncerController } from '../../src/base/announcer';
import { CallBackController } from '../../src/base/call-back';
import { DialstackElement } from '../../src/base/dialstack-element';
import {
  HostActionsController,
  hostActionsStyles,
  type HostAction,
} from '../../src/base/host-actions';
import { LiveEventsController } from '../../src/base/live-events';
import { isAbortError, toLoadErrorDetail } from '../../src/base/load-error';
import type { CallEndEvent, LiveEvent } from '../../src/core/types';
import type { I18n } from '../../src/i18n';
import {
  renderLiveIndicator,
  resolveCallDisplayStrings,
  type CallDisplayOptions,
} from '../../src/ui/calls';
import { callDisplayStyles } from '../../src/ui/calls/call-display.styles';
import { iconPhone, iconPhoneMissed } from '../../src/ui/icons';
import { RovingListController } from '../../src/ui/roving-list';
import {
  DEFAULT_PAGE_SIZE,
  checkPhoneNumber,
  clampPageSize,
  historyCursors,
  involves,
  type CallLog,
  type PhoneNumberCheck,
} from './call-history.data';
import { createCallHistoryTranslator, type CallHistoryTranslate } from './call-history.messages';
import { renderCallBackStatus } from './call-history.call-back';
import { callRowLabel, renderCallRow, type CallRowContext } from './call-history.row';
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

/** Why there is no list to load: no number, or one that is not a valid number. */
type NoContact = Exclude<PhoneNumberCheck, { kind: 'valid' }>;

/** How long a live-inserted row stays highlighted. */
const NEW_ROW_MS = 2400;
/** How long the "call queued" confirmation stays. */
const QUEUED_MESSAGE_MS = 10_000;
/** Relative times ("5 minutes ago") are refreshed this often. */
const CLOCK_TICK_MS = 30_000;

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
 * @fires {CustomEvent<ActionDetail>} dialstack-action - One of the host's `actions` was chosen for the selected call. `detail: { action, item }`.
 * @fires {CustomEvent<DetailChangeDetail>} dialstack-detail-change - Another call was selected: `detail: { id, item }`. The host renders its `slot="detail"` content for it; the `detail-id` attribute says the same.
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
 * @slot detail - The host's own content for the selected call (notes, a "log to CRM" form), under the list.
 *
 * @csspart detail - The section under the list for the selected call (`data-id`): the host's actions and the `detail` slot.
 * @csspart host-detail - The host's part of it.
 * @csspart actions - The host's actions for the selected call.
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
  static override styles = [
    DialstackElement.styles,
    callDisplayStyles,
    callHistoryStyles,
    hostActionsStyles,
  ];

  /**
   * The host's own actions, shown under the list for the selected call; choosing one fires
   * `dialstack-action` with `{ action, item }` (`item` is the `CallLog`).
   */
  @property({ attribute: false }) actions: HostAction[] = [];

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

  /** The validated number of the contact being shown (E.164), once validated. */
  @state() private contact?: string;
  @state() private newIds: ReadonlySet<string> = new Set();
  @state() private now = Date.now();
  /** A call with the contact ringing or in progress right now. */
  @state() private liveCall?: { id: string; state: 'ringing' | 'inProgress' };

  /** Aborts the call back started for the current contact. */
  private contactController = new AbortController();
  private clock?: ReturnType<typeof setInterval>;
  private translatorFor?: { i18n: I18n; t: CallHistoryTranslate };
  private displayFor?: { i18n: I18n; options: CallDisplayOptions };

  private readonly announcer = new AnnouncerController(this);

  /** The call back to the contact (its status is kept under the contact's number). */
  private readonly callBacks = new CallBackController(this, {
    client: () => this.instance?.client,
    userId: () => this.userId,
    reason: (error) => toLoadErrorDetail(error).error.message.trim() || undefined,
    queuedMs: QUEUED_MESSAGE_MS,
  });

  private readonly rows = new RovingListController(this, {
    count: () => this.list.items.length,
    onActivate: (index) => this.select(index),
  });

  private readonly list = this.createCollection({
    args: () => [this.phoneNumber, clampPageSize(this.pageSize)] as const,
    tags: [CALLS_TAG],
    id: (call: CallLog) => call.id,
    compare: compareNewestFirst,
    matches: (call) => this.contact !== undefined && involves(call, this.contact),
    pageSize: () => clampPageSize(this.pageSize),
    onLoad: () => this.announcer.announce(this.countMessage()),
    source: async ([raw, pageSize], { client, signal }) => {
      const check = await checkPhoneNumber(raw);
      signal.throwIfAborted();
      this.switchContact(check.kind === 'valid' ? check.e164 : undefined);
      if (check.kind === 'valid') return historyCursors(client, check.e164, pageSize);
      if (check.kind === 'invalid') {
        console.warn(
          `[dialstack] <dialstack-call-history> phone-number ${JSON.stringify(check.input)} is not a valid international (E.164) number; nothing was requested.`,
        );
      }
      return { unavailable: check as NoContact };
    },
  });

  constructor() {
    super();
    new LiveEventsController(
      this,
      () => this.instance,
      '*',
      (event) => this.handleLiveEvent(event),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM: what the disconnect aborted can be started again.
    if (this.contactController.signal.aborted) this.contactController = new AbortController();
    this.now = Date.now();
    this.clock = setInterval(() => (this.now = Date.now()), CLOCK_TICK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
    this.contactController.abort();
  }

  // ---- Live updates ----

  /** Ringing / in progress with the contact: a live indicator; a call that ended: inserted. */
  private handleLiveEvent(event: LiveEvent): void {
    const contact = this.contact;
    if (!contact) return;
    const withContact = involves(event, contact);
    switch (event.event) {
      case 'call.incoming':
      case 'call.initiated':
      case 'call.ringing':
        if (withContact && this.liveCall?.id !== event.call_id)
          this.setLiveCall(event.call_id, 'ringing');
        return;
      case 'call.answered':
        if (withContact) this.setLiveCall(event.call_id, 'inProgress');
        return;
      case 'call.end':
        if (this.liveCall?.id === event.call_id) this.liveCall = undefined;
        if (withContact) void this.insertEndedCall(event);
        return;
      default:
        return;
    }
  }

  private setLiveCall(id: string, state: 'ringing' | 'inProgress'): void {
    this.liveCall = { id, state };
    this.announcer.announce(this.display.strings.live[state]);
  }

  private async insertEndedCall(event: CallEndEvent): Promise<void> {
    const client = this.instance?.client;
    const signal = this.list.signal;
    if (!client || signal.aborted) return;
    try {
      const call = await fetchEndedCall(client, event.call_id, signal);
      if (signal.aborted || !this.list.upsert(call)) return;
      this.flagNew(call.id);
      this.announcer.announce(this.t('callHistory.newCall', { call: this.rowLabel(call) }));
    } catch (error) {
      if (isAbortError(error) || signal.aborted) return;
      // The list stays correct without it; the next refresh will show the call.
      console.warn('[dialstack] A call that just ended could not be loaded.', error);
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

  /** A new contact (or none): what was started or shown for the old one goes. */
  private switchContact(contact: string | undefined): void {
    if (contact === this.contact) return;
    this.contactController.abort();
    this.contactController = new AbortController();
    this.contact = contact;
    this.newIds = new Set();
    this.liveCall = undefined;
    this.callBacks.reset();
  }

  private async showMore(): Promise<void> {
    if (this.list.loadingMore) return;
    const before = this.list.items.length;
    const added = await this.list.loadMore();
    if (this.list.loadMoreError || !added.length) return;
    this.announcer.announce(this.countMessage());
    await this.updateComplete;
    // The button is gone at the end of the history: focus the first new row instead.
    if (!this.list.hasMore && this.shadowRoot?.activeElement === null) {
      void this.rows.focusIndex(before);
    }
  }

  /** Host actions and the `detail` slot, for the selected call. */
  private readonly hostActions = new HostActionsController<CallLog>(this, {
    id: (call) => call.id,
    detailItem: () => this.selectedCall,
    i18n: () => this.i18n,
  });

  private get selectedCall(): CallLog | undefined {
    const selected = this.list.selected;
    return selected.size ? this.list.items.find((call) => selected.has(call.id)) : undefined;
  }

  private select(index: number): void {
    const call = this.list.items[index];
    if (!call) return;
    const detail: CallHistoryRowSelectDetail = { id: call.id, item: call };
    if (!this.emit('dialstack-row-select', detail, { cancelable: true })) return;
    this.list.select([call.id]);
  }

  private readonly handleRowClick = (event: MouseEvent): void => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const index = Number(row?.dataset.index);
    if (!row || !Number.isInteger(index)) return;
    void this.rows.focusIndex(index);
    this.select(index);
  };

  private callBack(): void {
    const phoneNumber = this.contact;
    if (!phoneNumber) return;
    const detail: CallBackDetail = { phoneNumber };
    void this.callBacks.call({ key: phoneNumber, detail, signal: this.contactController.signal });
  }

  private dismissCallBackStatus(contact: string): void {
    this.callBacks.dismiss(contact);
    this.shadowRoot?.querySelector<HTMLElement>('[part~="call-back-button"]')?.focus();
  }

  // ---- Text ----

  private get t(): CallHistoryTranslate {
    if (this.translatorFor?.i18n !== this.i18n) {
      this.translatorFor = {
        i18n: this.i18n,
        t: createCallHistoryTranslator(this.i18n, this.hostMessages(), this),
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

  private rowLabel(call: CallLog): string {
    return callRowLabel(call, this.rowContext());
  }

  /** What a row needs to render (no callbacks: rows are activated through the list). */
  private rowContext(): CallRowContext {
    return {
      i18n: this.i18n,
      t: this.t,
      display: this.display,
      now: this.now,
      contact: this.contact ?? '',
    };
  }

  private countMessage(): string {
    const count = this.list.items.length;
    return this.list.hasMore
      ? this.t('callHistory.shownMore', { count })
      : this.t('callHistory.shown', { count });
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    return html`<div class="frame" part="base">
      ${this.contact && !this.sessionEnded ? this.renderHeader(this.contact) : nothing}
      ${this.list.render({
        items: (calls) => this.renderList(calls),
        unavailable: (reason) => this.renderNoContact(reason),
        empty: () => this.renderEmpty(),
        skeletonRows: 4,
      })}
      ${this.announcer.render()}
    </div>`;
  }

  private renderHeader(contact: string): TemplateResult {
    const formatted = this.i18n.phone(contact) || contact;
    const last = this.list.items[0];
    const lastText = last ? this.i18n.relativeTime(last.started_at, this.now) : '';
    const callBack = this.callBacks.get(contact);
    const calling = callBack?.state === 'calling';
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
                @click=${() => this.callBack()}
              >
                ${calling ? html`<span class="spinner" aria-hidden="true"></span>` : iconPhone}
                <span aria-hidden="true"
                  >${calling ? this.t('callHistory.calling') : this.t('callHistory.callBack')}</span
                >
              </button>`
        }
      </div>
      ${renderCallBackStatus(callBack, {
        contact: formatted,
        t: this.t,
        onDismiss: () => this.dismissCallBackStatus(contact),
      })}`;
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

  private renderNoContact(value: NoContact): TemplateResult {
    if (value.kind === 'missing') {
      return html`<div part="empty missing-number" class="state state--empty">
        <span class="state__icon">${iconPhone}</span>
        <p class="state__title">${this.t('callHistory.missingNumber')}</p>
        <p class="state__description">${this.t('callHistory.missingNumberDescription')}</p>
      </div>`;
    }
    return html`<div part="error invalid-number" class="state state--error" role="alert">
      <span class="state__icon">${iconPhoneMissed}</span>
      <p class="state__title">${this.t('callHistory.invalidNumber')}</p>
      <p class="state__description">
        ${this.t('callHistory.invalidNumberDescription', { value: value.input })}
      </p>
    </div>`;
  }

  private renderEmpty(): TemplateResult {
    return html`<div part="empty" class="state state--empty">
      <span class="state__icon">${iconPhone}</span>
      <p class="state__title">${this.t('callHistory.empty')}</p>
      <p class="state__description">${this.t('callHistory.emptyDescription')}</p>
    </div>`;
  }

  private renderList(calls: readonly CallLog[]): TemplateResult {
    const context = this.rowContext();
    const contact = this.contact ?? '';
    const formatted = this.i18n.phone(contact) || contact;
    return html`<div
        class="list"
        part="list"
        role="listbox"
        aria-label=${this.t('callHistory.listLabel', { contact: formatted })}
        aria-busy=${this.list.refreshing ? 'true' : 'false'}
        @keydown=${this.rows.handleKeydown}
        @focusin=${this.rows.handleFocusin}
        @click=${this.handleRowClick}
      >
        ${repeat(
          calls,
          (call) => call.id,
          (call, index) =>
            renderCallRow(call, context, {
              index,
              selected: this.list.isSelected(call.id),
              isNew: this.newIds.has(call.id),
              tabIndex: this.rows.tabIndexFor(index),
            }),
        )}
      </div>
      ${this.renderSelection(context)} ${this.renderFooter()}`;
  }

  /** The host's actions and `detail` slot for the selected call (rows are options: no menus). */
  private renderSelection(context: CallRowContext): TemplateResult | typeof nothing {
    const call = this.selectedCall;
    if (!call) return nothing;
    return html`<section
      class="host-selection"
      part="detail"
      data-id=${call.id}
      aria-label=${callRowLabel(call, context)}
    >
      ${this.hostActions.detailSection(call)}
    </section>`;
  }

  private renderFooter(): TemplateResult | typeof nothing {
    if (this.list.loadMoreError) {
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
    if (this.list.hasMore) {
      const loading = this.list.loadingMore;
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
    if (this.list.items.length > clampPageSize(this.pageSize)) {
      return html`<p class="footer footer--end">${this.t('callHistory.end')}</p>`;
    }
    return nothing;
  }
}
