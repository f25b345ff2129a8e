import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VOICEMAILS_TAG } from '../../src/api/voicemails';
import { AnnouncerController } from '../../src/base/announcer';
import { DialstackElement } from '../../src/base/dialstack-element';
import type { DialstackInstance } from '../../src/core/types';
import type { I18n } from '../../src/i18n';
import { LiveEventsController } from '../../src/base/live-events';
import {
  HostActionsController,
  hostActionsStyles,
  type HostAction,
} from '../../src/base/host-actions';
import { errorMessageKey } from '../../src/base/load-error';
import { uniqueId } from '../../src/ui/focus';
import { FirstScreenController } from '../../src/ui/row-window';
import { RovingListController } from '../../src/ui/roving-list';
import { errorState, loadingState } from '../../src/ui/states';
import { countUnread, loadOwnerNames, voicemailCursor, type Voicemail } from './voicemails.data';
import { UnreadCountController, type UnreadSeed } from './voicemails.unread';
import type { VoicemailsHost } from './voicemails.host';
import {
  formatWhen,
  renderList,
  renderToolbar,
  ROW_MIN_HEIGHT,
  type ListContext,
} from './voicemails.list';
import { LazyPartsLoader, type LazyParts } from './voicemails.lazy-parts';
import { OpenVoicemail } from './voicemails.open';
import { nextTab, rowShortcut } from './voicemails.keys';
import { loadVoicemailPack, tVoicemail, type VoicemailMessageKey } from './voicemails.messages';
import { ReadStateController } from './voicemails.read-state';
import { SearchPagingController, searchWantsMore, visibleVoicemails } from './voicemails.search';
import { voicemailsStyles } from './voicemails.styles';
import type { AllCount, VoicemailFilter } from './voicemails.types';

export type {
  CallBackDetail,
  UnreadChangeDetail,
  Voicemail,
  VoicemailEventDetail,
  VoicemailFilter,
  VoicemailPauseDetail,
  VoicemailTranscript,
} from './voicemails.types';

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-voicemails': DialstackVoicemails;
  }
}

/**
 * A voicemail inbox: newest first, All/Unread tabs with counts, search by name or number,
 * paging, an accessible player that marks messages read, transcripts and AI summaries,
 * call back, delete with confirmation and undo, multi-select bulk actions, and live arrivals.
 *
 * @tagname dialstack-voicemails
 * @summary The voicemail inbox of a user, a shared box, or every mailbox the session can see.
 *
 * @fires {CustomEvent<VoicemailEventDetail>} dialstack-row-select - A voicemail is being opened (click, Enter, Space); `detail: { id, item }`. Cancel it to keep it closed.
 * @fires {CustomEvent<VoicemailEventDetail>} dialstack-voicemail-play - Playback started; `detail: { id, item }`.
 * @fires {CustomEvent<VoicemailPauseDetail>} dialstack-voicemail-pause - Playback paused or ended; `detail: { id, item, currentTime, ended }`.
 * @fires {CustomEvent<VoicemailEventDetail>} dialstack-voicemail-delete - A voicemail was deleted on the server (after the undo window); `detail: { id, item }`.
 * @fires {CustomEvent<CallBackDetail>} dialstack-call-back - "Call back" was pressed; `detail: { phoneNumber, id, item }`. Cancel it to skip `POST /v1/calls`.
 * @fires {CustomEvent<UnreadChangeDetail>} dialstack-unread-change - The unread count changed; `detail: { count }`.
 * @fires {CustomEvent<ActionDetail>} dialstack-action - One of the host's `actions` was chosen (row menu or opened voicemail). `detail: { action, item }`.
 * @fires {CustomEvent<DetailChangeDetail>} dialstack-detail-change - Another voicemail was opened (or it closed): `detail: { id, item }`, nulls once closed. The host renders its `slot="detail"` content for it; the `detail-id` attribute says the same.
 * @fires {CustomEvent<LoaderStartDetail>} dialstack-loader-start - The element started loading its data.
 * @fires {CustomEvent<LoadErrorDetail>} dialstack-load-error - Loading failed; `detail.error` is `{ type, message, status? }`.
 *
 * @slot detail - The host's own content for the opened voicemail (notes, a "log to CRM" form).
 *
 * @csspart row - One voicemail (`data-id` = the voicemail id).
 * @csspart row-actions - A voicemail's menu of host actions.
 * @csspart host-detail - The host's section of the opened voicemail (its actions and the `detail` slot).
 * @csspart actions - The host's actions in the opened voicemail.
 * @csspart detail - The opened voicemail: player, summary, transcript, actions.
 * @csspart audio-player - The player inside the opened voicemail.
 * @csspart transcript - The transcript text.
 * @csspart toolbar - Tabs and search.
 * @csspart tab - Each filter tab.
 * @csspart search - The search field.
 * @csspart bulk-bar - The actions for selected voicemails.
 * @csspart load-more - The "Load more" button.
 * @csspart loading - The loading (skeleton) view.
 * @csspart empty - The empty view.
 * @csspart error - The error view.
 * @csspart retry-button - The error view's retry button.
 * @csspart dialog - The delete confirmation dialog.
 * @csspart toast - The undo / message toast.
 *
 * @cssprop --dialstack-color-primary - Accent: unread markers, play button, focus.
 * @cssprop --dialstack-color-background - Surface colour.
 * @cssprop --dialstack-color-text - Main text colour.
 * @cssprop --dialstack-color-secondary-text - Numbers, times, durations.
 * @cssprop --dialstack-color-border - Dividers and control borders.
 * @cssprop --dialstack-color-danger - Delete and error states.
 * @cssprop --dialstack-border-radius - Corner radius.
 * @cssprop --dialstack-font-family - Font stack.
 */
export class DialstackVoicemails extends DialstackElement {
  static override styles = [
    ...(DialstackElement.styles as []),
    voicemailsStyles,
    ...hostActionsStyles,
  ];

  /** Builds the rows' date formatters (every branch of `formatWhen`) and loads phone metadata. */
  static override warmUp(instance: DialstackInstance): I18n {
    const i18n = super.warmUp(instance);
    const now = Date.now();
    for (const days of [0, 1, 3, 30, 400]) formatWhen(i18n, new Date(now - days * 86_400_000));
    i18n.dateTime(now);
    i18n.number(1);
    i18n.phone('+15035550100');
    return i18n;
  }

  /**
   * The host's own actions, on each voicemail's menu and in the opened voicemail; choosing one
   * fires `dialstack-action` with `{ action, item }` (`item` is the `Voicemail`).
   */
  @property({ attribute: false }) actions: HostAction[] = [];

  /** A user id or shared voicemail box id; omit for every voicemail the session can see. */
  @property({ reflect: true })
  owner?: string;

  /** Which voicemails to list. */
  @property({ reflect: true })
  filter: VoicemailFilter = 'all';

  /** The user whose phones ring first when calling back (`POST /v1/calls`); omit to only fire `dialstack-call-back`. */
  @property({ attribute: 'user-id', reflect: true })
  userId?: string;

  /** Voicemails per page (1–100). */
  @property({ attribute: 'page-size', type: Number, reflect: true })
  pageSize = 25;

  /** How long "Undo" is offered after a delete before the `DELETE` is sent, in ms. */
  @property({ attribute: 'undo-timeout', type: Number })
  undoTimeout = 6000;

  /** Voicemails removed from view while their delete is pending (undo window, in flight). */
  @state() private removing: ReadonlySet<string> = new Set();
  @state() private query = '';
  @state() private searchPages = 0;
  @state() private arrivals: ReadonlySet<string> = new Set();
  /** The "All" count: loaded voicemails and whether more exist (remembered across tabs). */
  @state() private allCount?: AllCount;

  private readonly panelId = uniqueId('dialstack-vm-panel');
  private readonly tabIds = {
    all: uniqueId('dialstack-vm-tab'),
    unread: uniqueId('dialstack-vm-tab'),
  };
  private readonly searchId = uniqueId('dialstack-vm-search');
  /** The list (owner, filter, page size) last shown loaded. */
  private shownKey?: string;
  /** What the automatic search paging last looked at. */
  private pagingSeen?: { items: readonly Voicemail[]; loadingMore: boolean; query: string };
  private packLanguage?: string;

  /** What the controllers see of this element (its state stays private). */
  private readonly view: VoicemailsHost = {
    host: this,
    i18n: () => this.i18n,
    client: () => this.instance?.client,
    tv: (key, params) => this.tv(key, params),
    callerName: (item) => this.callerName(item),
    filter: () => this.filter,
    owner: () => this.owner,
    limit: () => this.limit,
    userId: () => this.userId,
    undoTimeout: () => this.undoTimeout,
    listKey: () => this.currentKey,
    list: () => this.list,
    items: () => this.items,
    removing: () => this.removing,
    setRemoving: (ids) => {
      this.removing = ids;
    },
    selected: () => this.list.selected,
    setSelected: (ids) => this.list.select(ids),
    unreadIds: () => this.unread.ids,
    setUnreadIds: (ids) => this.unread.set(ids),
    allCount: () => this.allCount,
    setAllCount: (count) => {
      this.allCount = count;
    },
    arrivals: () => this.arrivals,
    setArrivals: (ids) => {
      this.arrivals = ids;
    },
    visibleItems: () => this.visibleItems,
    patchItem: (id, patch) => this.patchItem(id, patch),
    recordChange: (id, change) => this.unread.record(id, change),
    openId: () => this.list.openId,
    closeDetail: () => this.opened.close(),
    markHeard: (id) => void this.readState.setRead([id], true, 'play'),
    toggleRead: (item) => void this.readState.setRead([item.id], !item.is_read, 'action'),
    togglePlayback: (item) => this.opened.togglePlayback(item),
    focusRow: (index) => void this.roving.focusIndex(index),
    focusTab: () =>
      this.renderRoot.querySelector<HTMLElement>(`#${this.tabIds[this.filter]}`)?.focus(),
    announce: (message) => this.announcer.announce(message),
    showError: (message) =>
      void this.lazyParts.load().then(({ toasts }) =>
        toasts.show({
          message,
          tone: 'danger',
          dismissLabel: this.i18n.t('common.dismiss'),
          duration: 8000,
        }),
      ),
  };

  private readonly announcer = new AnnouncerController(this);
  /** Player, dialog, toast and the actions behind them: loaded on idle, or on first use. */
  private readonly lazyParts = new LazyPartsLoader(this, this.view);
  private readonly opened = new OpenVoicemail(this.view, this.lazyParts);

  private get lazy(): LazyParts | undefined {
    return this.lazyParts.parts;
  }
  constructor() {
    super();
    // Calls that end in voicemail: fetch the head of the list for new arrivals.
    new LiveEventsController(
      this,
      () => this.instance,
      'call.end',
      (event) => {
        if (event.status === 'voicemail') {
          this.lazyParts.with(({ arrivals }) => {
            if (this.isConnected) void arrivals.fetch();
          });
        }
      },
    );
  }

  private readonly searchPaging = new SearchPagingController(this);
  private readonly firstScreen = new FirstScreenController(this, { estimate: ROW_MIN_HEIGHT });
  private readonly readState = new ReadStateController(this.view);

  /** The voicemails of the current owner and filter, newest first (the server's order). */
  private readonly list = this.createCollection({
    // The filter as `willUpdate` normalizes it: the list starts loading before the first update.
    args: () =>
      [this.owner ?? '', this.filter === 'unread' ? 'unread' : 'all', this.limit] as const,
    // Its own changes carry this element as their origin, so they do not reload it.
    tags: [VOICEMAILS_TAG],
    id: (item: Voicemail) => item.id,
    pageSize: () => this.limit,
    source: ([owner, filter, limit], { client }) =>
      voicemailCursor(client, { owner, isRead: filter === 'unread' ? false : undefined, limit }),
  });

  private readonly unread = new UnreadCountController(
    this,
    this.createDataTask({
      args: () => [this.owner ?? ''] as const,
      task: async ([owner], { client, signal }): Promise<UnreadSeed> => {
        const startedAt = performance.now();
        return { ...(await countUnread(client, owner, signal)), startedAt };
      },
      tags: [VOICEMAILS_TAG],
      isEmpty: () => false,
    }),
    () => this.removing,
  );

  /** Owner names, only needed when every mailbox is shown. */
  private readonly namesTask = this.createDataTask({
    args: () => [!this.owner] as const,
    task: ([needed], { client, signal }) =>
      needed ? loadOwnerNames(client, signal) : Promise.resolve(new Map<string, string>()),
    tags: ['users', 'shared_voicemail_boxes'],
    isEmpty: () => false,
  });

  private readonly roving = new RovingListController(this, {
    count: () => this.visibleItems.length,
    itemAt: (index) =>
      this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"] .row__main`),
  });

  /**
   * Unread voicemails the session can see (for `owner`, when set). Counted from the
   * `is_read=false` list — every page up to 1,000 voicemails, a lower bound beyond — and kept
   * exact through reads, deletes and arrivals without another count. 0 until loaded.
   */
  get unreadCount(): number {
    return this.unread.count;
  }

  private get limit(): number {
    const size = Math.floor(Number(this.pageSize));
    return Number.isFinite(size) ? Math.min(100, Math.max(1, size)) : 25;
  }

  /** Loaded voicemails of the current filter, newest first, with local changes applied. */
  private get items(): Voicemail[] {
    return this.list.items as Voicemail[];
  }

  private get visibleItems(): Voicemail[] {
    return visibleVoicemails(this.items, this.removing, this.query, this.i18n);
  }

  private tv(key: VoicemailMessageKey, params?: Record<string, string | number>): string {
    return tVoicemail(this.i18n, key, params);
  }

  private callerName(item: Voicemail): string {
    return item.from_name?.trim() || this.i18n.phone(item.from_number) || this.tv('unknownCaller');
  }

  // ---- the lazily loaded interactive parts ----

  private requestDelete(ids: readonly string[], opener: HTMLElement | null): void {
    this.lazyParts.with(({ deletes }) => deletes.request(ids, opener));
  }

  // ---- lifecycle ----

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) return;
    // Moved in the DOM: resume re-checking an open, unfinished transcript.
    const openId = this.list.openId;
    if (openId) this.lazyParts.with(({ transcripts }) => transcripts.ensure(openId));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.filter !== 'all' && this.filter !== 'unread') this.filter = 'all';
    const language = this.i18n.language;
    if (language !== this.packLanguage) {
      this.packLanguage = language;
      if (language !== 'en') void loadVoicemailPack(language).then(() => this.requestUpdate());
    }
    if (changed.has('sessionEnded') && this.sessionEnded) this.clearAfterLogout();
    this.opened.closeIfGone();
    const argsChanged = changed.has('filter') || changed.has('owner') || changed.has('pageSize');
    if (argsChanged && this.hasUpdated && this.shownKey !== this.currentKey) {
      this.resetForNewList();
    }
    // Right after new args the list still holds the old items: its load starts in this update.
    const ready = !argsChanged && (this.list.status === 'ready' || this.list.status === 'empty');
    if (ready && !this.list.refreshing) this.shownKey = this.currentKey;
    if (this.filter === 'all' && ready && this.shownKey === this.currentKey) {
      const count = this.items.filter((item) => !this.removing.has(item.id)).length;
      const more = this.list.hasMore;
      if (this.allCount?.count !== count || this.allCount.more !== more) {
        this.allCount = { count, more };
      }
    }
    if (changed.has('owner') && this.hasUpdated) {
      this.unread.forget();
      this.allCount = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.items.length > 0) this.lazyParts.prefetch();
    const seen = this.pagingSeen;
    const loadingMore = this.list.loadingMore;
    if (
      seen?.items !== this.items ||
      seen.loadingMore !== loadingMore ||
      seen.query !== this.query
    ) {
      this.pagingSeen = { items: this.items, loadingMore, query: this.query };
      this.searchPaging.schedule(!loadingMore && this.searchWantsMore, () => this.loadMore(true));
    }
  }

  private get currentKey(): string {
    return `${this.owner ?? ''}|${this.filter}|${this.limit}`;
  }

  private patchItem(id: string, patch: (item: Voicemail) => Voicemail): void {
    this.list.update(id, patch);
  }

  /** After `logout()`: nothing of the session stays on screen, and the badge goes to 0. */
  private clearAfterLogout(): void {
    if (this.opened.active) this.opened.close();
    this.lazy?.toasts.dismiss();
    this.lazy?.arrivals.cancel();
    this.query = '';
    this.lazy?.transcripts.reset();
    this.lazy?.callBacks.reset();
    this.unread.clear();
    this.allCount = undefined;
  }

  /** Another owner, filter or page size: the list starts over (its controller clears it). */
  private resetForNewList(): void {
    if (this.opened.active) this.opened.close();
    this.arrivals = new Set();
    this.searchPages = 0;
  }

  // ---- paging and search ----

  private async loadMore(auto = false): Promise<void> {
    if (!this.list.hasMore || this.list.loadingMore) return;
    const firstNewIndex = this.visibleItems.length;
    const focusNew = !auto && this.focusedPart() === 'load-more';
    if (auto) this.searchPages++;
    const added = await this.list.loadMore();
    if (added.length && focusNew && this.visibleItems.length > firstNewIndex) {
      await this.updateComplete;
      void this.roving.focusIndex(firstNewIndex);
    }
  }

  /** A search that has not found a page's worth of matches and may still load older pages. */
  private get searchWantsMore(): boolean {
    return searchWantsMore({
      query: this.query,
      hasMore: this.list.hasMore,
      failed: Boolean(this.list.loadMoreError),
      pages: this.searchPages,
      visibleCount: this.visibleItems.length,
      limit: this.limit,
    });
  }

  private onSearchInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.searchPages = 0;
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.query) {
      event.preventDefault();
      this.clearSearch();
    }
  }

  private clearSearch(): void {
    this.query = '';
    this.searchPages = 0;
    this.renderRoot.querySelector<HTMLInputElement>(`#${this.searchId}`)?.focus();
  }

  private setFilter(filter: VoicemailFilter, focus = false): void {
    if (filter !== this.filter) this.filter = filter;
    if (focus) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#${this.tabIds[filter]}`)?.focus(),
      );
    }
  }

  private onTabsKeydown(event: KeyboardEvent): void {
    const next = nextTab(event.key, this.filter);
    if (!next) return;
    event.preventDefault();
    this.setFilter(next, true);
  }

  // ---- selection ----

  private toggleSelected(id: string, selected: boolean): void {
    this.list.toggle(id, selected);
  }

  private toggleAll(selected: boolean): void {
    if (selected) this.list.select(this.visibleItems.map((item) => item.id));
    else this.list.clearSelection();
  }

  // ---- keyboard ----

  private onListKeydown(event: KeyboardEvent): void {
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement) || event.altKey || event.ctrlKey || event.metaKey) return;
    // The opened voicemail handles its own keys.
    if (
      event
        .composedPath()
        .some((node) => (node as Element).localName === 'dialstack-voicemail-detail')
    ) {
      return;
    }
    const row = target.closest<HTMLElement>('[data-id]');
    const item = row ? this.items.find((entry) => entry.id === row.dataset.id) : undefined;
    const shortcut = item && target.classList.contains('row__main') && rowShortcut(event);
    if (!item || !shortcut) {
      this.roving.handleKeydown(event);
      return;
    }
    event.preventDefault();
    if (shortcut === 'play') this.opened.togglePlayback(item);
    else if (shortcut === 'delete') this.requestDelete([item.id], target);
    else this.toggleSelected(item.id, !this.list.isSelected(item.id));
  }

  private focusedPart(): string | null {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    return active?.getAttribute('part') ?? null;
  }

  // ---- rendering ----

  override render(): TemplateResult {
    if (this.sessionEnded) {
      // Signed out: only the explanation, no controls that could not work.
      return html`<section class="inbox" aria-label=${this.tv('inbox')} lang=${this.i18n.locale}>
        <div class="panel">${this.list.render({ items: () => nothing })}</div>
      </section>`;
    }
    const list = this.listContext();
    return html`<section class="inbox" aria-label=${this.tv('inbox')} lang=${this.i18n.locale}>
        ${renderToolbar(list)}
        <div
          class="panel"
          id=${this.panelId}
          role="tabpanel"
          aria-labelledby=${this.tabIds[this.filter]}
        >
          ${this.list.render({
            items: () => renderList(list),
            // The list view has its own empty states (per tab, per search).
            empty: () => renderList(list),
            loading: () =>
              loadingState({ label: this.i18n.t('common.loading'), rows: Math.min(this.limit, 6) }),
            error: (detail, retry) =>
              errorState({
                title: this.tv('loadError'),
                message: this.i18n.t(errorMessageKey(detail)),
                retryLabel: this.i18n.t('common.retry'),
                onRetry: retry,
              }),
          })}
        </div>
        ${this.announcer.render()}
      </section>
      ${this.lazy?.confirmer.render() ?? nothing} ${this.lazy?.toasts.render() ?? nothing}`;
  }

  /** Host actions (row menus, the opened voicemail's section) and the `detail` slot's item. */
  private readonly hostActions = new HostActionsController<Voicemail>(this, {
    id: (item) => item.id,
    detailItem: () => this.list.openItem,
    i18n: () => this.i18n,
  });

  private listContext(): ListContext {
    return {
      i18n: this.i18n,
      tv: (key, params) => this.tv(key, params),
      filter: this.filter,
      query: this.query,
      items: this.items,
      visible: this.visibleItems,
      removing: this.removing,
      selected: this.list.selected,
      arrivals: this.arrivals,
      openId: this.list.openId,
      hasMore: this.list.hasMore,
      loadingMore: this.list.loadingMore,
      loadMoreError: this.list.loadMoreError,
      limit: this.limit,
      firstScreen: (count) => this.firstScreen.cap(count),
      searchWantsMore: this.searchWantsMore,
      unreadKnown: this.unread.known,
      unreadCount: this.unread.count,
      unreadCapped: this.unread.capped,
      allCount: this.allCount,
      panelId: this.panelId,
      searchId: this.searchId,
      tabIds: this.tabIds,
      callerName: (item) => this.callerName(item),
      ownerName: (item) => (this.owner ? undefined : this.namesTask.value?.get(item.owner)),
      tabIndexFor: (index) => this.roving.tabIndexFor(index),
      renderDetail: (item) =>
        this.lazyParts.renderDetail(item, this.hostActions.detailSection(item, 'host')),
      rowMenu: (item, name, tabIndex) => this.hostActions.rowMenu(item, name, tabIndex),
      onTabsKeydown: (event) => this.onTabsKeydown(event),
      onSelectFilter: (filter) => this.setFilter(filter),
      onSearchInput: (event) => this.onSearchInput(event),
      onSearchKeydown: (event) => this.onSearchKeydown(event),
      onClearSearch: () => this.clearSearch(),
      onListKeydown: (event) => this.onListKeydown(event),
      onListFocusin: this.roving.handleFocusin,
      onToggleAll: (selected) => this.toggleAll(selected),
      onToggleSelected: (id, selected) => this.toggleSelected(id, selected),
      onToggleOpen: (item) => this.opened.toggle(item),
      onBulkRead: (ids, isRead) => void this.readState.setRead(ids, isRead, 'bulk'),
      onDelete: (ids, opener) => this.requestDelete(ids, opener),
      onLoadMore: () => void this.loadMore(),
    };
  }
}
