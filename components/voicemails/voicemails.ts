import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { DialstackElement } from '../../src/base/dialstack-element';
import { errorMessageKey, isAbortError, toLoadErrorDetail } from '../../src/base/load-error';
import type {
  CallEndEvent,
  DialstackInstance,
  ListPage,
  LoadErrorDetail,
} from '../../src/core/types';
import type { AudioPlayerController } from '../../src/ui/audio-player';
import type { ConfirmController } from '../../src/ui/confirm-dialog';
import { uniqueId } from '../../src/ui/focus';
import {
  iconAlert,
  iconClose,
  iconMail,
  iconMailOpen,
  iconSearch,
  iconTrash,
  iconVoicemail,
} from '../../src/ui/icons';
import { RovingListController } from '../../src/ui/roving-list';
import { emptyState, errorState, loadingState } from '../../src/ui/states';
import type { ToastController } from '../../src/ui/toast';
import {
  countUnread,
  createCallBack,
  deleteVoicemail,
  getTranscript,
  getVoicemail,
  listVoicemails,
  loadOwnerNames,
  matchesSearch,
  nextVoicemailPage,
  setVoicemailRead,
  type UnreadCount,
  type Voicemail,
  type VoicemailTranscript,
} from './voicemails.data';
import type { CallBackView, TranscriptView } from './voicemails.detail';
import { loadVoicemailPack, tVoicemail, type VoicemailMessageKey } from './voicemails.messages';
import { voicemailsStyles } from './voicemails.styles';

export type { Voicemail, VoicemailTranscript } from './voicemails.data';

/** Which voicemails the inbox lists. */
export type VoicemailFilter = 'all' | 'unread';

/** `detail` of `dialstack-row-select`, `dialstack-voicemail-play` and `-delete`. */
export interface VoicemailEventDetail {
  id: string;
  item: Voicemail;
}

/** `detail` of `dialstack-voicemail-pause`: where playback stopped, in seconds. */
export interface VoicemailPauseDetail extends VoicemailEventDetail {
  currentTime: number;
  /** True when the message played to its end. */
  ended: boolean;
}

/** `detail` of `dialstack-call-back`. */
export interface CallBackDetail {
  /** The caller's number, as the API gave it (E.164 when known). */
  phoneNumber: string;
  /** The voicemail the call back started from. */
  id: string;
  item: Voicemail;
}

/** `detail` of `dialstack-unread-change`. */
export interface UnreadChangeDetail {
  /** Unread voicemails (a lower bound past 1,000; see `unreadCount`). */
  count: number;
}

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-voicemails': DialstackVoicemails;
  }
  interface GlobalEventHandlersEventMap {
    /** A row was opened (click, Enter); cancel it to keep the voicemail closed. */
    'dialstack-row-select': CustomEvent<{ id: string; item: unknown }>;
    /** A voicemail started playing. */
    'dialstack-voicemail-play': CustomEvent<VoicemailEventDetail>;
    /** A voicemail paused or played to its end. */
    'dialstack-voicemail-pause': CustomEvent<VoicemailPauseDetail>;
    /** A voicemail was deleted on the server (after the undo window). */
    'dialstack-voicemail-delete': CustomEvent<VoicemailEventDetail>;
    /** "Call back" was pressed (voicemails add `id` and `item`, see `CallBackDetail`). */
    'dialstack-call-back': CustomEvent<{ phoneNumber: string }>;
    /** The number of unread voicemails changed. */
    'dialstack-unread-change': CustomEvent<UnreadChangeDetail>;
  }
}

interface ListSeed {
  key: string;
  page: ListPage<Voicemail>;
  /** When the request started: local changes made later are re-applied over it. */
  startedAt: number;
}

interface UnreadSeed extends UnreadCount {
  startedAt: number;
}

/** A change this element made, replayed over data that was requested before it. */
interface LocalChange {
  at: number;
  id: string;
  change: 'read' | 'unread' | 'deleted';
}

type LazyModule = typeof import('./voicemails.lazy');

/** The interactive parts, created when the lazy chunk arrives. */
interface LazyParts {
  module: LazyModule;
  player: AudioPlayerController;
  confirmer: ConfirmController;
  toasts: ToastController;
}

/** First re-check of a pending/processing transcript; later ones back off to 30 s. */
const TRANSCRIPT_POLL_MS = 3000;
const TRANSCRIPT_POLL_MAX_MS = 30_000;
/** Extra pages a search loads on its own before offering "Search older voicemails". */
const SEARCH_AUTO_PAGES = 3;
/** A `call.end` may arrive before the voicemail is saved: re-check the head this many times. */
const ARRIVAL_ATTEMPTS = 4;

const INTERACTIVE = 'button, a[href], input, select, textarea, [role="slider"], [contenteditable]';

/**
 * A voicemail inbox: newest first, All/Unread tabs with counts, search by name or number,
 * paging, an accessible player that marks messages read, transcripts and AI summaries,
 * call back, delete with confirmation and undo, multi-select bulk actions, and live arrivals.
 *
 * @summary The voicemail inbox of a user, a shared box, or every mailbox the session can see.
 *
 * @fires dialstack-row-select - A voicemail is being opened (click, Enter, Space); `detail: { id, item }`. Cancel it to keep it closed.
 * @fires dialstack-voicemail-play - Playback started; `detail: { id, item }`.
 * @fires dialstack-voicemail-pause - Playback paused or ended; `detail: { id, item, currentTime, ended }`.
 * @fires dialstack-voicemail-delete - A voicemail was deleted on the server (after the undo window); `detail: { id, item }`.
 * @fires dialstack-call-back - "Call back" was pressed; `detail: { phoneNumber, id, item }`. Cancel it to skip `POST /v1/calls`.
 * @fires dialstack-unread-change - The unread count changed; `detail: { count }`.
 * @fires dialstack-loader-start - The element started loading its data.
 * @fires dialstack-load-error - Loading failed; `detail.error` is `{ type, message, status? }`.
 *
 * @csspart row - One voicemail (`data-id` = the voicemail id).
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
  static override styles = [...(DialstackElement.styles as []), voicemailsStyles];

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

  /** Loaded voicemails of the current filter, newest first, with local changes applied. */
  @state() private items: Voicemail[] = [];
  @state() private nextUrl: string | null = null;
  @state() private loadingMore = false;
  @state() private loadMoreError?: LoadErrorDetail;
  /** Voicemails removed from view while their delete is pending (undo window, in flight). */
  @state() private removing: ReadonlySet<string> = new Set();
  @state() private selected: ReadonlySet<string> = new Set();
  @state() private openId?: string;
  @state() private query = '';
  @state() private searchPages = 0;
  @state() private unreadIds: ReadonlySet<string> = new Set();
  @state() private unreadCapped = false;
  @state() private unreadKnown = false;
  @state() private transcripts: ReadonlyMap<string, TranscriptView> = new Map();
  @state() private callBacks: ReadonlyMap<string, CallBackView> = new Map();
  @state() private arrivals: ReadonlySet<string> = new Set();
  @state() private announcement = '';
  /** The "All" count: loaded voicemails and whether more exist (remembered across tabs). */
  @state() private allCount?: { count: number; more: boolean };

  private readonly panelId = uniqueId('dialstack-vm-panel');
  private readonly tabIds = {
    all: uniqueId('dialstack-vm-tab'),
    unread: uniqueId('dialstack-vm-tab'),
  };
  private readonly searchId = uniqueId('dialstack-vm-search');
  private listKey = '';
  private seed?: ListSeed;
  private unreadSeed?: UnreadSeed;
  private localChanges: LocalChange[] = [];
  private lastUnreadEmitted?: number;
  /** Own mutations in flight: their cache invalidations must not reload this element. */
  private ownMutations = 0;
  /** Per-voicemail version of `is_read` changes, so a late rollback never undoes a newer change. */
  private readonly readVersions = new Map<string, number>();
  private readonly transcriptTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly transcriptAborts = new Map<string, AbortController>();
  private pagingAbort = new AbortController();
  private searchTimer?: ReturnType<typeof setTimeout>;
  private liveInstance?: DialstackInstance;
  private unsubscribeLive?: () => void;
  private arrivalAbort?: AbortController;
  /** The voicemail whose audio has played since it was opened (it was marked read then). */
  private heardId?: string;

  private readonly listTask = this.createDataTask({
    args: () => [this.owner ?? '', this.filter, this.limit] as const,
    task: async ([owner, filter, limit], { client, signal }): Promise<ListSeed> => {
      const startedAt = performance.now();
      const page = await listVoicemails(
        client,
        { owner, isRead: filter === 'unread' ? false : undefined, limit },
        signal,
        true,
      );
      return { key: `${owner}|${filter}|${limit}`, page, startedAt };
    },
    tags: () => (this.ownMutations > 0 ? [] : ['voicemails']),
    isEmpty: () => false,
  });

  private readonly unreadTask = this.createDataTask({
    args: () => [this.owner ?? ''] as const,
    task: async ([owner], { client, signal }): Promise<UnreadSeed> => {
      const startedAt = performance.now();
      return { ...(await countUnread(client, owner, signal)), startedAt };
    },
    tags: () => (this.ownMutations > 0 ? [] : ['voicemails']),
    isEmpty: () => false,
  });

  /** Owner names, only needed when every mailbox is shown. */
  private readonly namesTask = this.createDataTask({
    args: () => [!this.owner] as const,
    task: ([needed], { client, signal }) =>
      needed ? loadOwnerNames(client, signal) : Promise.resolve(new Map<string, string>()),
    tags: ['users', 'shared_voicemail_boxes'],
    isEmpty: () => false,
  });

  /** Player, dialog and toast: loaded on idle after the list shows, or on first use. */
  @state() private lazy?: LazyParts;
  private lazyLoading?: Promise<LazyParts>;
  private packLanguage?: string;

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
    let count = 0;
    for (const id of this.unreadIds) if (!this.removing.has(id)) count++;
    return count;
  }

  private get limit(): number {
    const size = Math.floor(Number(this.pageSize));
    return Number.isFinite(size) ? Math.min(100, Math.max(1, size)) : 25;
  }

  private get visibleItems(): Voicemail[] {
    const query = this.query.trim();
    return this.items.filter(
      (item) =>
        !this.removing.has(item.id) &&
        (!query || matchesSearch(item, query, this.i18n.phone(item.from_number))),
    );
  }

  private get openItem(): Voicemail | undefined {
    return this.openId ? this.items.find((item) => item.id === this.openId) : undefined;
  }

  private tv(key: VoicemailMessageKey, params?: Record<string, string | number>): string {
    return tVoicemail(this.i18n, key, params);
  }

  private callerName(item: Voicemail): string {
    return item.from_name?.trim() || this.i18n.phone(item.from_number) || this.tv('unknownCaller');
  }

  private loadLazy(): Promise<LazyParts> {
    this.lazyLoading ??= import('./voicemails.lazy').then((module) => {
      const parts: LazyParts = {
        module,
        player: new module.AudioPlayerController(this, {
          onPlay: () => this.handlePlay(),
          onPause: () => this.handlePause(false),
          onEnded: () => this.handlePause(true),
        }),
        confirmer: new module.ConfirmController(this),
        toasts: new module.ToastController(this),
      };
      const root = this.renderRoot;
      if (root instanceof ShadowRoot && 'adoptedStyleSheets' in root) {
        const sheets = module.lazyStyles
          .map((style) => style.styleSheet)
          .filter((sheet): sheet is CSSStyleSheet => sheet !== undefined);
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
      }
      this.lazy = parts;
      return parts;
    });
    return this.lazyLoading;
  }

  /** Fetches the interactive chunk when the browser is idle (after the list is on screen). */
  private prefetchLazy(): void {
    if (this.lazyLoading) return;
    const idle =
      (globalThis as { requestIdleCallback?: (callback: () => void) => void })
        .requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
    idle(() => void this.loadLazy());
  }

  /** The player, pointed at `item` (loading the chunk first if needed). */
  private async playerFor(item: Voicemail): Promise<AudioPlayerController> {
    const { player } = await this.loadLazy();
    if (this.openId === item.id && player.src !== item.audio_url) {
      player.setSource(item.audio_url, { duration: item.duration_seconds });
    }
    return player;
  }

  // ---- lifecycle ----

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) return;
    // Moved in the DOM: listen again, and resume re-checking an open, unfinished transcript.
    this.syncLive();
    const open = this.openId ? this.transcripts.get(this.openId) : undefined;
    if (this.openId && (!open || open.state !== 'loaded' || isTranscriptWaiting(open.transcript))) {
      void this.loadTranscript(this.openId, 0);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLive();
    this.pagingAbort.abort();
    this.pagingAbort = new AbortController();
    this.arrivalAbort?.abort();
    for (const id of [...this.transcriptTimers.keys()]) this.stopTranscriptPolling(id);
    clearTimeout(this.searchTimer);
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
    const seed = this.listTask.value;
    if (seed && seed !== this.seed) this.applySeed(seed);
    const unread = this.unreadTask.value;
    if (unread && unread !== this.unreadSeed) {
      this.unreadSeed = unread;
      const ids = new Set(unread.ids);
      for (const { id, change } of this.changesSince(unread.startedAt)) {
        if (change === 'unread') ids.add(id);
        else ids.delete(id);
      }
      this.unreadIds = ids;
      this.unreadCapped = unread.capped;
      this.unreadKnown = true;
    }
    if (changed.has('filter') || changed.has('owner') || changed.has('pageSize')) {
      if (this.listKey && this.listKey !== this.currentKey) this.resetForNewList();
    }
    if (this.filter === 'all' && this.seed?.key === this.currentKey) {
      const count = this.items.filter((item) => !this.removing.has(item.id)).length;
      const more = this.nextUrl !== null;
      if (this.allCount?.count !== count || this.allCount.more !== more) {
        this.allCount = { count, more };
      }
    }
    if (changed.has('owner') && this.hasUpdated) {
      this.unreadKnown = false;
      this.allCount = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncLive();
    this.markReadWhenHeard();
    if (this.items.length > 0) this.prefetchLazy();
    if (this.unreadKnown && this.unreadCount !== this.lastUnreadEmitted) {
      this.lastUnreadEmitted = this.unreadCount;
      this.emit('dialstack-unread-change', { count: this.unreadCount });
    }
    if (changed.has('query') || changed.has('items') || changed.has('loadingMore')) {
      this.scheduleSearchPaging();
    }
  }

  private get currentKey(): string {
    return `${this.owner ?? ''}|${this.filter}|${this.limit}`;
  }

  private applySeed(seed: ListSeed): void {
    const sameList = seed.key === this.listKey;
    this.seed = seed;
    this.listKey = seed.key;
    this.pagingAbort.abort();
    this.pagingAbort = new AbortController();
    this.loadingMore = false;
    this.loadMoreError = undefined;
    let items = seed.page.data;
    for (const { id, change } of this.changesSince(seed.startedAt)) {
      items =
        change === 'deleted'
          ? items.filter((item) => item.id !== id)
          : items.map((item) => (item.id === id ? { ...item, is_read: change === 'read' } : item));
    }
    this.items = items;
    this.nextUrl = seed.page.next_page_url;
    this.searchPages = 0;
    const ids = new Set(this.items.map((item) => item.id));
    if (sameList) {
      // A refresh: keep what still exists selected and open.
      this.selected = new Set([...this.selected].filter((id) => ids.has(id)));
      if (this.openId && !ids.has(this.openId)) this.closeDetail();
    } else {
      this.selected = new Set();
      this.arrivals = new Set();
      if (this.openId) this.closeDetail();
    }
  }

  /** Local changes made after a request started (kept two minutes; requests time out sooner). */
  private changesSince(startedAt: number): LocalChange[] {
    const horizon = performance.now() - 120_000;
    this.localChanges = this.localChanges.filter((entry) => entry.at >= horizon);
    return this.localChanges.filter((entry) => entry.at >= startedAt);
  }

  private recordChange(id: string, change: LocalChange['change']): void {
    this.localChanges.push({ at: performance.now(), id, change });
  }

  /** After `logout()`: nothing of the session stays on screen, and the badge goes to 0. */
  private clearAfterLogout(): void {
    if (this.openId) this.closeDetail();
    this.lazy?.toasts.dismiss();
    this.pagingAbort.abort();
    this.arrivalAbort?.abort();
    this.items = [];
    this.nextUrl = null;
    this.selected = new Set();
    this.query = '';
    this.transcripts = new Map();
    this.callBacks = new Map();
    this.unreadIds = new Set();
    this.allCount = undefined;
  }

  private resetForNewList(): void {
    this.selected = new Set();
    if (this.openId) this.closeDetail();
  }

  // ---- live arrivals ----

  private syncLive(): void {
    const instance = this.instance;
    if (instance === this.liveInstance) return;
    this.stopLive();
    this.liveInstance = instance;
    if (instance) this.unsubscribeLive = instance.on('call.end', this.onCallEnd);
  }

  private stopLive(): void {
    this.unsubscribeLive?.();
    this.unsubscribeLive = undefined;
    this.liveInstance = undefined;
  }

  private readonly onCallEnd = (event: CallEndEvent): void => {
    if (event.status !== 'voicemail') return;
    void this.fetchArrivals();
  };

  /** Refetches the head of the current list and puts voicemails newer than the newest on top. */
  private async fetchArrivals(): Promise<void> {
    const client = this.instance?.client;
    if (!client) return;
    this.arrivalAbort?.abort();
    const abort = (this.arrivalAbort = new AbortController());
    const key = this.listKey;
    for (let attempt = 0; attempt < ARRIVAL_ATTEMPTS; attempt++) {
      if (attempt > 0) await delay(1000 * attempt, abort.signal);
      if (abort.signal.aborted || key !== this.listKey) return;
      let page: ListPage<Voicemail>;
      try {
        page = await listVoicemails(
          client,
          {
            owner: this.owner,
            isRead: this.filter === 'unread' ? false : undefined,
            limit: this.limit,
          },
          abort.signal,
          true,
        );
      } catch {
        continue;
      }
      if (abort.signal.aborted || key !== this.listKey) return;
      const known = new Set(this.items.map((item) => item.id));
      const newest = this.items[0]?.created_at;
      const fresh = page.data.filter(
        (item) => !known.has(item.id) && (!newest || item.created_at >= newest),
      );
      if (fresh.length === 0) continue;
      this.items = [...fresh, ...this.items];
      this.arrivals = new Set([...this.arrivals, ...fresh.map((item) => item.id)]);
      const unread = fresh.filter((item) => !item.is_read).map((item) => item.id);
      if (unread.length) this.unreadIds = new Set([...this.unreadIds, ...unread]);
      if (this.filter !== 'all' && this.allCount) {
        this.allCount = { ...this.allCount, count: this.allCount.count + fresh.length };
      }
      this.announce(
        fresh.length === 1
          ? this.i18n.t('voicemails.newVoicemail', { caller: this.callerName(fresh[0]!) })
          : this.tv('newArrivals', { count: fresh.length }),
      );
      return;
    }
  }

  // ---- paging and search ----

  private async loadMore(auto = false): Promise<void> {
    const client = this.instance?.client;
    const url = this.nextUrl;
    if (!client || !url || this.loadingMore) return;
    const key = this.listKey;
    const signal = this.pagingAbort.signal;
    const firstNewIndex = this.visibleItems.length;
    const focusNew = !auto && this.focusedPart() === 'load-more';
    this.loadingMore = true;
    this.loadMoreError = undefined;
    if (auto) this.searchPages++;
    try {
      const page = await nextVoicemailPage(client, url, signal);
      if (signal.aborted || key !== this.listKey) return;
      const known = new Set(this.items.map((item) => item.id));
      this.items = [...this.items, ...page.data.filter((item) => !known.has(item.id))];
      this.nextUrl = page.next_page_url;
      this.loadingMore = false;
      if (focusNew && this.visibleItems.length > firstNewIndex) {
        await this.updateComplete;
        void this.roving.focusIndex(firstNewIndex);
      }
    } catch (error) {
      if (isAbortError(error) || signal.aborted) return;
      this.loadMoreError = toLoadErrorDetail(error);
    } finally {
      if (!signal.aborted && key === this.listKey) this.loadingMore = false;
    }
  }

  /** While searching, load older pages on their own until enough matches show (or a budget). */
  private scheduleSearchPaging(): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
    if (this.loadingMore || !this.searchWantsMore) return;
    this.searchTimer = setTimeout(() => {
      this.searchTimer = undefined;
      void this.loadMore(true);
    }, 250);
  }

  /** A search that has not found a page's worth of matches and may still load older pages. */
  private get searchWantsMore(): boolean {
    return (
      Boolean(this.query.trim()) &&
      this.nextUrl !== null &&
      !this.loadMoreError &&
      this.searchPages < SEARCH_AUTO_PAGES &&
      this.visibleItems.length < this.limit
    );
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
    const order: VoicemailFilter[] = ['all', 'unread'];
    const index = order.indexOf(this.filter);
    let next: VoicemailFilter | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
      next = order[(index + 1) % order.length];
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
      next = order[(index - 1 + order.length) % order.length];
    } else if (event.key === 'Home') next = 'all';
    else if (event.key === 'End') next = 'unread';
    if (!next) return;
    event.preventDefault();
    this.setFilter(next, true);
  }

  // ---- opening, playback, transcripts ----

  private toggleOpen(item: Voicemail): void {
    if (this.openId === item.id) {
      this.closeDetail();
      return;
    }
    this.openDetail(item);
  }

  /** Opens a voicemail unless the host cancels `dialstack-row-select`; true when open. */
  private openDetail(item: Voicemail): boolean {
    if (!this.emit('dialstack-row-select', { id: item.id, item }, { cancelable: true })) {
      return false;
    }
    if (this.openId) this.closeDetail();
    this.openId = item.id;
    void this.playerFor(item);
    const transcript = this.transcripts.get(item.id);
    if (
      !transcript ||
      transcript.state !== 'loaded' ||
      isTranscriptWaiting(transcript.transcript)
    ) {
      void this.loadTranscript(item.id, 0);
    }
    return true;
  }

  private closeDetail(): void {
    const id = this.openId;
    // The player forgets its source synchronously, so report the pause now.
    const player = this.lazy?.player;
    if (player?.playing) this.handlePause(false);
    player?.pause();
    player?.setSource(null);
    this.openId = undefined;
    this.heardId = undefined;
    if (id) this.stopTranscriptPolling(id);
  }

  private handlePlay(): void {
    const item = this.openItem;
    if (!item) return;
    this.emit('dialstack-voicemail-play', { id: item.id, item });
  }

  /**
   * Marks the open voicemail read once its audio actually plays (metadata loaded while playing),
   * not on a play attempt that then fails with "Audio unavailable". Once per opening, so
   * "Mark as unread" during playback sticks.
   */
  private markReadWhenHeard(): void {
    const item = this.openItem;
    if (!item || this.heardId === item.id) return;
    const player = this.lazy?.player;
    if (!player?.playing || player.state !== 'ready') return;
    this.heardId = item.id;
    if (!item.is_read) queueMicrotask(() => void this.setRead([item.id], true, 'play'));
  }

  private handlePause(ended: boolean): void {
    const item = this.openItem;
    if (!item) return;
    this.emit('dialstack-voicemail-pause', {
      id: item.id,
      item,
      currentTime: this.lazy?.player.currentTime ?? 0,
      ended,
    });
  }

  /** Space on a row or in its detail: play/pause the open voicemail (opening it first). */
  private async togglePlayback(item: Voicemail): Promise<void> {
    if (this.openId !== item.id && !this.openDetail(item)) return;
    const player = await this.playerFor(item);
    if (this.openId === item.id) player.toggle();
  }

  /** "Audio unavailable" → Retry: fetch the voicemail again for a fresh `audio_url`. */
  private async retryAudio(item: Voicemail): Promise<void> {
    const client = this.instance?.client;
    if (!client) return;
    try {
      const fresh = await getVoicemail(client, item.id);
      this.patchItem(item.id, () => fresh);
      if (this.openId !== item.id) return;
      const player = await this.playerFor(fresh);
      player.reload(fresh.audio_url);
      void player.play();
    } catch (error) {
      if (this.openId === item.id) this.showError(this.reason(error));
    }
  }

  private async loadTranscript(id: string, attempt: number): Promise<void> {
    const client = this.instance?.client;
    if (!client) return;
    this.stopTranscriptPolling(id);
    const abort = new AbortController();
    this.transcriptAborts.set(id, abort);
    if (!this.transcripts.has(id) || this.transcripts.get(id)!.state === 'error') {
      this.setTranscript(id, { state: 'loading' });
    }
    try {
      const transcript = await getTranscript(client, id, abort.signal);
      if (abort.signal.aborted) return;
      const previous = this.transcripts.get(id);
      this.setTranscript(id, { state: 'loaded', transcript });
      if (isTranscriptWaiting(transcript) && this.openId === id) {
        const wait = Math.min(TRANSCRIPT_POLL_MAX_MS, TRANSCRIPT_POLL_MS * 1.5 ** attempt);
        this.transcriptTimers.set(
          id,
          setTimeout(() => void this.loadTranscript(id, attempt + 1), wait),
        );
      } else if (
        transcript.status === 'completed' &&
        previous?.state === 'loaded' &&
        previous.transcript.status !== 'completed'
      ) {
        // Transcribed while open: the AI summary is ready now too.
        void this.refreshSummary(id);
      }
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.setTranscript(id, { state: 'error', reason: this.reason(error) });
    } finally {
      if (this.transcriptAborts.get(id) === abort) this.transcriptAborts.delete(id);
    }
  }

  private async refreshSummary(id: string): Promise<void> {
    const client = this.instance?.client;
    if (!client) return;
    try {
      const fresh = await getVoicemail(client, id);
      this.patchItem(id, (item) => ({ ...item, summary: fresh.summary }));
    } catch {
      // The summary stays "not yet available"; nothing else depends on it.
    }
  }

  private stopTranscriptPolling(id: string): void {
    clearTimeout(this.transcriptTimers.get(id));
    this.transcriptTimers.delete(id);
    this.transcriptAborts.get(id)?.abort();
    this.transcriptAborts.delete(id);
  }

  private setTranscript(id: string, view: TranscriptView): void {
    const next = new Map(this.transcripts);
    next.set(id, view);
    this.transcripts = next;
  }

  // ---- read state ----

  private patchItem(id: string, patch: (item: Voicemail) => Voicemail): void {
    let changed = false;
    const items = this.items.map((item) => {
      if (item.id !== id) return item;
      changed = true;
      return patch(item);
    });
    if (changed) this.items = items;
  }

  /** Optimistic read/unread: the rows change now; a refusal rolls back and says why. */
  private async setRead(
    ids: readonly string[],
    isRead: boolean,
    origin: 'play' | 'action' | 'bulk',
  ): Promise<void> {
    const client = this.instance?.client;
    if (!client) return;
    const targets = this.items.filter((item) => ids.includes(item.id) && item.is_read !== isRead);
    if (targets.length === 0) return;
    const readAt = isRead ? new Date().toISOString() : null;
    const versions = new Map<string, number>();
    for (const item of targets) {
      const version = (this.readVersions.get(item.id) ?? 0) + 1;
      this.readVersions.set(item.id, version);
      versions.set(item.id, version);
      this.patchItem(item.id, (current) => ({ ...current, is_read: isRead, read_at: readAt }));
    }
    this.updateUnread(
      targets.map((item) => item.id),
      !isRead,
    );
    this.ownMutations++;
    const results = await Promise.allSettled(
      targets.map((item) => setVoicemailRead(client, item.id, isRead)),
    );
    this.ownMutations--;
    const failed: { item: Voicemail; error: unknown }[] = [];
    results.forEach((result, index) => {
      const item = targets[index]!;
      if (this.readVersions.get(item.id) !== versions.get(item.id)) return; // superseded
      if (result.status === 'fulfilled') {
        const server = result.value;
        if (server && typeof server === 'object') {
          this.patchItem(item.id, (current) => ({ ...current, read_at: server.read_at ?? readAt }));
        }
      } else {
        failed.push({ item, error: result.reason });
        this.patchItem(item.id, (current) => ({
          ...current,
          is_read: item.is_read,
          read_at: item.read_at ?? null,
        }));
        this.updateUnread([item.id], !item.is_read);
      }
    });
    if (failed.length) {
      const reason = this.reason(failed[0]!.error);
      if (origin === 'bulk' && targets.length > 1) {
        this.showError(this.tv('bulkReadFailed', { count: failed.length, reason }));
      } else {
        const caller = this.callerName(failed[0]!.item);
        this.showError(this.tv(isRead ? 'readFailed' : 'unreadFailed', { caller, reason }));
      }
    } else if (origin === 'bulk') {
      this.announce(
        this.tv(isRead ? 'markedReadMany' : 'markedUnreadMany', { count: targets.length }),
      );
    } else if (origin === 'action') {
      this.announce(this.i18n.t(isRead ? 'voicemails.markedRead' : 'voicemails.markedUnread'));
    }
  }

  private updateUnread(ids: readonly string[], unread: boolean): void {
    const next = new Set(this.unreadIds);
    for (const id of ids) {
      if (unread) next.add(id);
      else next.delete(id);
      this.recordChange(id, unread ? 'unread' : 'read');
    }
    this.unreadIds = next;
  }

  // ---- delete with confirmation and undo ----

  private async requestDelete(ids: readonly string[], opener: HTMLElement | null): Promise<void> {
    const batch = this.items.filter((item) => ids.includes(item.id) && !this.removing.has(item.id));
    if (batch.length === 0) return;
    const single = batch.length === 1;
    const { confirmer } = await this.loadLazy();
    const confirmed = await confirmer.confirm(
      {
        title: single
          ? this.i18n.t('voicemails.deleteConfirmTitle')
          : this.tv('deleteConfirmTitleMany', { count: batch.length }),
        message: single
          ? `${this.i18n.t('voicemails.deleteConfirmMessage', { caller: this.callerName(batch[0]!) })} ${this.tv('deleteConfirmHint')}`
          : this.tv('deleteConfirmMessageMany'),
        confirmLabel: this.i18n.t('common.delete'),
        cancelLabel: this.i18n.t('common.cancel'),
        tone: 'danger',
      },
      opener,
    );
    if (!confirmed) return;
    await this.scheduleDelete(batch);
  }

  /** Hides the rows now, offers Undo, and sends the DELETEs only when the toast goes away. */
  private async scheduleDelete(batch: Voicemail[]): Promise<void> {
    const ids = batch.map((item) => item.id);
    const indexBefore = this.visibleItems.findIndex((item) => ids.includes(item.id));
    if (this.openId && ids.includes(this.openId)) this.closeDetail();
    this.removing = new Set([...this.removing, ...ids]);
    this.selected = new Set([...this.selected].filter((id) => !ids.includes(id)));
    await this.updateComplete;
    this.focusAfterRemoval(indexBefore);
    const { toasts } = await this.loadLazy();
    const result = await toasts.show({
      message:
        batch.length === 1
          ? this.i18n.t('voicemails.deleted')
          : this.tv('deletedMany', { count: batch.length }),
      actionLabel: this.i18n.t('common.undo'),
      dismissLabel: this.i18n.t('common.dismiss'),
      duration: Math.max(1000, Number(this.undoTimeout) || 6000),
    });
    if (result === 'action') {
      this.removing = new Set([...this.removing].filter((id) => !ids.includes(id)));
      this.announce(this.tv('restored', { count: batch.length }));
      await this.updateComplete;
      const index = this.visibleItems.findIndex((item) => item.id === ids[0]);
      if (index >= 0) void this.roving.focusIndex(index);
      return;
    }
    await this.commitDelete(batch);
  }

  private async commitDelete(batch: Voicemail[]): Promise<void> {
    const client = this.instance?.client;
    const restore = (ids: string[]) => {
      this.removing = new Set([...this.removing].filter((id) => !ids.includes(id)));
    };
    if (!client) {
      restore(batch.map((item) => item.id));
      return;
    }
    this.ownMutations++;
    const results = await Promise.allSettled(batch.map((item) => deleteVoicemail(client, item.id)));
    this.ownMutations--;
    const deleted: Voicemail[] = [];
    const failed: { item: Voicemail; error: unknown }[] = [];
    results.forEach((result, index) => {
      const item = batch[index]!;
      // 404: it is gone already, which is what the user asked for.
      if (result.status === 'fulfilled' || statusOf(result.reason) === 404) deleted.push(item);
      else failed.push({ item, error: result.reason });
    });
    if (deleted.length) {
      const gone = new Set(deleted.map((item) => item.id));
      for (const id of gone) this.recordChange(id, 'deleted');
      this.items = this.items.filter((item) => !gone.has(item.id));
      this.unreadIds = new Set([...this.unreadIds].filter((id) => !gone.has(id)));
      if (this.filter !== 'all' && this.allCount) {
        this.allCount = {
          ...this.allCount,
          count: Math.max(0, this.allCount.count - deleted.length),
        };
      }
      restore([...gone]);
      for (const item of deleted) this.emit('dialstack-voicemail-delete', { id: item.id, item });
    }
    if (failed.length) {
      restore(failed.map((entry) => entry.item.id));
      const reason = this.reason(failed[0]!.error);
      this.showError(
        failed.length === 1
          ? this.tv('deleteFailed', { caller: this.callerName(failed[0]!.item), reason })
          : this.tv('deleteFailedMany', { count: failed.length, reason }),
      );
    }
  }

  private focusAfterRemoval(index: number): void {
    const count = this.visibleItems.length;
    if (count > 0 && index >= 0) {
      void this.roving.focusIndex(Math.min(index, count - 1));
    } else {
      this.renderRoot.querySelector<HTMLElement>(`#${this.tabIds[this.filter]}`)?.focus();
    }
  }

  // ---- call back ----

  private async callBack(item: Voicemail): Promise<void> {
    const detail: CallBackDetail = { phoneNumber: item.from_number, id: item.id, item };
    const proceed = this.emit('dialstack-call-back', detail, { cancelable: true });
    const client = this.instance?.client;
    if (!proceed || !this.userId || !client) return;
    this.setCallBack(item.id, { state: 'pending' });
    try {
      await createCallBack(client, this.userId, item.from_number);
      this.setCallBack(item.id, { state: 'queued' });
    } catch (error) {
      this.setCallBack(item.id, { state: 'failed', reason: this.reason(error) });
    }
  }

  private setCallBack(id: string, view: CallBackView): void {
    const next = new Map(this.callBacks);
    next.set(id, view);
    this.callBacks = next;
  }

  // ---- selection ----

  private toggleSelected(id: string, selected: boolean): void {
    const next = new Set(this.selected);
    if (selected) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  private toggleAll(selected: boolean): void {
    this.selected = selected ? new Set(this.visibleItems.map((item) => item.id)) : new Set();
  }

  // ---- keyboard ----

  private onListKeydown(event: KeyboardEvent): void {
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement) || event.altKey || event.ctrlKey || event.metaKey) return;
    if (target.closest('.detail')) return; // the detail handles its own keys
    const row = target.closest<HTMLElement>('[data-id]');
    const item = row ? this.items.find((entry) => entry.id === row.dataset.id) : undefined;
    if (item && target.classList.contains('row__main')) {
      if (event.key === ' ') {
        event.preventDefault();
        this.togglePlayback(item);
        return;
      }
      if (event.key === 'Delete') {
        event.preventDefault();
        void this.requestDelete([item.id], target);
        return;
      }
      if (event.key === 'x' && !event.shiftKey) {
        event.preventDefault();
        this.toggleSelected(item.id, !this.selected.has(item.id));
        return;
      }
    }
    this.roving.handleKeydown(event);
  }

  private onDetailKeydown(event: KeyboardEvent, item: Voicemail): void {
    const target = event.composedPath()[0];
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.closeDetail();
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector<HTMLElement>(`[data-id="${cssEscape(item.id)}"] .row__main`)
          ?.focus(),
      );
      return;
    }
    if (event.key === ' ' && !(target instanceof Element && target.closest(INTERACTIVE))) {
      event.preventDefault();
      this.togglePlayback(item);
    }
  }

  private focusedPart(): string | null {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    return active?.getAttribute('part') ?? null;
  }

  // ---- messages ----

  private reason(error: unknown): string {
    return this.i18n.t(errorMessageKey(toLoadErrorDetail(error)));
  }

  private showError(message: string): void {
    void this.loadLazy().then(({ toasts }) =>
      toasts.show({
        message,
        tone: 'danger',
        dismissLabel: this.i18n.t('common.dismiss'),
        duration: 8000,
      }),
    );
  }

  private announce(message: string): void {
    // Alternate a trailing invisible character so repeating a message is announced again.
    this.announcement = this.announcement.endsWith('\u200b') ? message : `${message}\u200b`;
  }

  // ---- rendering ----

  override render(): TemplateResult {
    if (this.sessionEnded) {
      // Signed out: only the explanation, no controls that could not work.
      return html`<section class="inbox" aria-label=${this.tv('inbox')} lang=${this.i18n.locale}>
        <div class="panel">${this.listTask.render({ complete: () => nothing })}</div>
      </section>`;
    }
    return html`<section class="inbox" aria-label=${this.tv('inbox')} lang=${this.i18n.locale}>
        ${this.renderToolbar()}
        <div
          class="panel"
          id=${this.panelId}
          role="tabpanel"
          aria-labelledby=${this.tabIds[this.filter]}
        >
          ${this.listTask.render({
            complete: () => this.renderList(),
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
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>
      ${this.lazy?.confirmer.render() ?? nothing} ${this.lazy?.toasts.render() ?? nothing}`;
  }

  private renderToolbar(): TemplateResult {
    const unread = this.unreadKnown
      ? `${this.i18n.number(this.unreadCount)}${this.unreadCapped ? '+' : ''}`
      : '';
    const all = this.allCount
      ? `${this.i18n.number(this.allCount.count)}${this.allCount.more ? '+' : ''}`
      : '';
    const tab = (filter: VoicemailFilter, label: string, count: string, countLabel: string) => {
      const selected = this.filter === filter;
      return html`<button
        type="button"
        role="tab"
        part="tab"
        class="tab"
        id=${this.tabIds[filter]}
        aria-selected=${selected ? 'true' : 'false'}
        aria-controls=${this.panelId}
        tabindex=${selected ? 0 : -1}
        @click=${() => this.setFilter(filter)}
      >
        <span>${label}</span>
        ${
          count
            ? html`<span
                class="tab__count ${filter === 'unread' && this.unreadCount > 0 ? 'tab__count--accent' : ''}"
                ><span aria-hidden="true">${count}</span
                ><span class="visually-hidden">${countLabel}</span></span
              >`
            : nothing
        }
      </button>`;
    };
    const allLabel = this.allCount
      ? this.allCount.more
        ? this.tv('countAtLeast', { count: this.allCount.count })
        : this.tv('countAll', { count: this.allCount.count })
      : '';
    const unreadLabel = this.unreadCapped
      ? this.tv('countAtLeast', { count: this.unreadCount })
      : this.tv('countUnread', { count: this.unreadCount });
    return html`<div class="toolbar" part="toolbar">
      <div
        class="tabs"
        role="tablist"
        aria-label=${this.tv('tabsLabel')}
        @keydown=${this.onTabsKeydown}
      >
        ${tab('all', this.i18n.t('voicemails.filter.all'), all, allLabel)}
        ${tab('unread', this.i18n.t('voicemails.filter.unread'), unread, unreadLabel)}
      </div>
      <div class="search" part="search">
        <span class="search__icon" aria-hidden="true">${iconSearch}</span>
        <input
          id=${this.searchId}
          class="search__input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-label=${this.tv('searchLabel')}
          placeholder=${this.tv('searchPlaceholder')}
          .value=${live(this.query)}
          @input=${this.onSearchInput}
          @keydown=${this.onSearchKeydown}
        />
        ${
          this.query
            ? html`<button
                type="button"
                class="btn btn--ghost btn--icon btn--sm search__clear"
                aria-label=${this.tv('clearSearch')}
                title=${this.tv('clearSearch')}
                @click=${this.clearSearch}
              >
                ${iconClose}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  private renderList(): unknown {
    const visible = this.visibleItems;
    const query = this.query.trim();
    if (visible.length === 0) {
      if (query && (this.loadingMore || this.searchWantsMore)) {
        return loadingState({ label: this.tv('searchingOlder'), rows: 3 });
      }
      if (query) {
        return html`${emptyState({
          title: this.tv('emptySearch', { query }),
          description: this.tv('emptySearchDescription'),
          icon: iconSearch,
          action: html`<button type="button" class="btn btn--secondary" @click=${this.clearSearch}>
            ${this.tv('clearSearch')}
          </button>`,
        })}${this.renderFooter()}`;
      }
      if (this.nextUrl) {
        // Everything loaded was deleted; older voicemails may remain.
        return this.renderFooter();
      }
      return this.filter === 'unread'
        ? emptyState({
            title: this.tv('emptyUnread'),
            description: this.tv('emptyUnreadDescription'),
            icon: iconMailOpen,
          })
        : emptyState({
            title: this.i18n.t('voicemails.empty'),
            description: this.i18n.t('voicemails.emptyDescription'),
            icon: iconVoicemail,
          });
    }
    const selectedVisible = visible.filter((item) => this.selected.has(item.id)).length;
    return html`${this.renderListHeader(visible.length, selectedVisible)}
      <ul class="list" @keydown=${this.onListKeydown} @focusin=${this.roving.handleFocusin}>
        ${repeat(
          visible,
          (item) => item.id,
          (item, index) => this.renderRow(item, index),
        )}
      </ul>
      ${this.renderFooter()}`;
  }

  private renderListHeader(visibleCount: number, selectedCount: number): TemplateResult {
    const all = selectedCount > 0 && selectedCount === visibleCount;
    const some = selectedCount > 0 && !all;
    const query = this.query.trim();
    const selectedIds = [...this.selected];
    const anyUnread = this.items.some((item) => this.selected.has(item.id) && !item.is_read);
    const anyRead = this.items.some((item) => this.selected.has(item.id) && item.is_read);
    return html`<div class="list-header ${selectedCount ? 'list-header--bulk' : ''}">
      <label class="select-all">
        <input
          type="checkbox"
          class="check"
          .checked=${live(all)}
          .indeterminate=${some}
          @change=${(event: Event) => this.toggleAll((event.target as HTMLInputElement).checked)}
        />
        <span class=${selectedCount ? 'visually-hidden' : ''}>${this.tv('selectAll')}</span>
      </label>
      ${
        selectedCount
          ? html`<div class="bulk" part="bulk-bar" role="group" aria-label=${this.tv('bulkLabel')}>
              <span class="bulk__count"
                >${this.i18n.t('common.selected', { count: selectedCount })}</span
              >
              <span class="bulk__actions">
                <button
                  type="button"
                  class="btn btn--secondary btn--sm"
                  ?disabled=${!anyUnread}
                  @click=${() => void this.setRead(selectedIds, true, 'bulk')}
                >
                  ${iconMailOpen}<span>${this.tv('bulkMarkRead')}</span>
                </button>
                <button
                  type="button"
                  class="btn btn--secondary btn--sm"
                  ?disabled=${!anyRead}
                  @click=${() => void this.setRead(selectedIds, false, 'bulk')}
                >
                  ${iconMail}<span>${this.tv('bulkMarkUnread')}</span>
                </button>
                <button
                  type="button"
                  class="btn btn--danger btn--sm"
                  @click=${(event: Event) =>
                    void this.requestDelete(selectedIds, event.currentTarget as HTMLElement)}
                >
                  ${iconTrash}<span>${this.tv('bulkDelete')}</span>
                </button>
                <button
                  type="button"
                  class="btn btn--ghost btn--sm"
                  @click=${() => this.toggleAll(false)}
                >
                  ${this.tv('clearSelection')}
                </button>
              </span>
            </div>`
          : html`<span class="list-header__status">
              ${
                query
                  ? html`${this.tv('searchMatches', { count: visibleCount })}
                    ${
                      this.nextUrl
                        ? this.tv('searchScopeLoaded', {
                            count: this.items.filter((item) => !this.removing.has(item.id)).length,
                          })
                        : this.tv('searchScopeAll')
                    }`
                  : nothing
              }
            </span>`
      }
    </div>`;
  }

  private renderFooter(): TemplateResult | typeof nothing {
    if (this.loadMoreError) {
      return html`<div class="footer" role="alert">
        <span class="footer__error"
          >${iconAlert}${this.tv('loadMoreError')}
          ${this.i18n.t(errorMessageKey(this.loadMoreError))}</span
        >
        <button
          type="button"
          class="btn btn--secondary btn--sm"
          part="load-more"
          @click=${() => void this.loadMore()}
        >
          ${this.i18n.t('common.retry')}
        </button>
      </div>`;
    }
    if (this.nextUrl) {
      const searching = Boolean(this.query.trim());
      return html`<div class="footer">
        <button
          type="button"
          class="btn btn--secondary"
          part="load-more"
          aria-disabled=${this.loadingMore ? 'true' : 'false'}
          @click=${() => void this.loadMore()}
        >
          ${
            this.loadingMore
              ? html`<span class="spinner" aria-hidden="true"></span>${
                    searching ? this.tv('searchingOlder') : this.i18n.t('common.loadingMore')
                  }`
              : searching
                ? this.tv('searchOlder')
                : this.i18n.t('common.loadMore')
          }
        </button>
      </div>`;
    }
    if (this.query.trim()) {
      return html`<p class="footer footer--end">${this.tv('searchedAll')}</p>`;
    }
    return this.items.length > this.limit
      ? html`<p class="footer footer--end">${this.tv('end')}</p>`
      : nothing;
  }

  private renderRow(item: Voicemail, index: number): TemplateResult {
    const open = this.openId === item.id;
    const selected = this.selected.has(item.id);
    const caller = this.callerName(item);
    const number = this.i18n.phone(item.from_number);
    const hasName = Boolean(item.from_name?.trim());
    const ownerName = this.owner ? undefined : this.namesTask.value?.get(item.owner);
    const tabIndex = this.roving.tabIndexFor(index);
    const created = new Date(item.created_at);
    const classes = [
      'row',
      item.is_read ? '' : 'row--unread',
      open ? 'row--open' : '',
      selected ? 'row--selected' : '',
      this.arrivals.has(item.id) ? 'row--new' : '',
    ].join(' ');
    return html`<li part="row" class=${classes} data-id=${item.id} data-index=${index}>
      <div class="row__head">
        <span class="row__check-cell">
          <input
            type="checkbox"
            class="check"
            tabindex=${tabIndex}
            aria-label=${this.tv('selectRow', { caller })}
            .checked=${live(selected)}
            @change=${(event: Event) =>
              this.toggleSelected(item.id, (event.target as HTMLInputElement).checked)}
          />
        </span>
        <button
          type="button"
          class="row__main"
          id=${`vm-open-${item.id}`}
          tabindex=${tabIndex}
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${open ? `vm-detail-${item.id}` : nothing}
          @click=${() => this.toggleOpen(item)}
        >
          <span class="row__dot" aria-hidden="true"></span>
          <span class="row__name"
            >${
              item.is_read
                ? nothing
                : html`<span class="visually-hidden">${this.i18n.t('voicemails.unread')}, </span>`
            }${caller}</span
          >
          ${
            hasName || ownerName
              ? html`<span class="row__meta">
                  ${hasName ? html`<span class="row__number">${number}</span>` : nothing}
                  ${hasName && ownerName ? html`<span aria-hidden="true"> · </span>` : nothing}
                  ${
                    ownerName
                      ? html`<span class="row__owner"
                          ><span class="visually-hidden">${this.tv('mailboxLabel')} </span
                          >${ownerName}</span
                        >`
                      : nothing
                  }
                </span>`
              : nothing
          }
          ${item.summary ? html`<span class="row__summary">${item.summary}</span>` : nothing}
          <span class="row__duration"
            ><span class="visually-hidden">${this.i18n.t('calls.duration')} </span
            >${this.i18n.duration(item.duration_seconds)}</span
          >
          <time class="row__time" datetime=${item.created_at} title=${this.i18n.dateTime(created)}
            >${this.formatWhen(created)}</time
          >
        </button>
      </div>
      ${open ? this.renderDetail(item) : nothing}
    </li>`;
  }

  private renderDetail(item: Voicemail): TemplateResult {
    const caller = this.callerName(item);
    const label = this.tv('detailLabel', { caller });
    if (!this.lazy) {
      // The interactive chunk is still on its way (it is usually prefetched by now).
      return html`<div class="detail" part="detail" role="region" aria-label=${label}>
        <div class="player-placeholder" role="status">
          <span class="visually-hidden">${this.i18n.t('common.loading')}</span>
        </div>
      </div>`;
    }
    return this.lazy.module.renderDetail({
      i18n: this.i18n,
      tv: (key, params) => this.tv(key, params),
      item,
      caller,
      player: this.lazy.player,
      transcript: this.transcripts.get(item.id),
      callBack: this.callBacks.get(item.id),
      onKeydown: (event) => this.onDetailKeydown(event, item),
      onRetryAudio: () => void this.retryAudio(item),
      onRetryTranscript: () => void this.loadTranscript(item.id, 0),
      onCallBack: () => void this.callBack(item),
      onToggleRead: () => void this.setRead([item.id], !item.is_read, 'action'),
      onDelete: (opener) => void this.requestDelete([item.id], opener),
    });
  }

  private formatWhen(date: Date): string {
    if (Number.isNaN(date.getTime())) return '';
    const now = new Date();
    const day = (value: Date) =>
      this.i18n.date(value, { year: 'numeric', month: 'numeric', day: 'numeric' });
    if (day(date) === day(now)) return this.i18n.time(date);
    const yesterday = new Date(now.getTime() - 86_400_000);
    if (day(date) === day(yesterday)) return this.i18n.t('common.relativeDays.yesterday');
    const age = now.getTime() - date.getTime();
    if (age > 0 && age < 6 * 86_400_000) return this.i18n.date(date, { weekday: 'short' });
    const sameYear =
      this.i18n.date(date, { year: 'numeric' }) === this.i18n.date(now, { year: 'numeric' });
    return this.i18n.date(
      date,
      sameYear
        ? { month: 'short', day: 'numeric' }
        : { year: 'numeric', month: 'short', day: 'numeric' },
    );
  }
}

function isTranscriptWaiting(transcript: VoicemailTranscript): boolean {
  return transcript.status === 'pending' || transcript.status === 'processing';
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/"/g, '\\"');
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
