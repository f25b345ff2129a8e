/**
 * The grid of `<dialstack-call-logs>`: the virtualized rows (or classic pages), the keyboard
 * model, loading more, and the footer or the page navigation. It reads the shared
 * `CollectionController` the element loads its calls with.
 */
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { CollectionController } from '../../src/base/collection-controller';
import type { LoadErrorDetail } from '../../src/core/types';
import { RovingListController, type IndexRange } from '../../src/ui/roving-list';
import { RowWindowController } from '../../src/ui/row-window';
import type { CallLog } from './call-logs.data';
import { renderCallRow, renderHeaderRow, type CallRowsView } from './call-logs.rows';
import type { CallLogsText } from './call-logs.text';

/** How long a row stays highlighted after it arrived live. */
const NEW_ROW_MS = 2400;

/** A call row's height in the wide layout (px; `--_row-h` in the styles), before one is laid out. */
const ROW_HEIGHT = 56;
/** The list's default height (`--dialstack-call-logs-list-height`), before it is laid out. */
const LIST_HEIGHT = 560;

type Host = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface CallGridOptions {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  list: CollectionController<CallLog, any, any>;
  /** Classic pages of this many calls, or undefined for infinite scroll. */
  pageSize: () => number | undefined;
  /** What the rows show besides the calls (texts, selection, names). */
  view: () => Omit<CallRowsView, 'tabbable' | 'newIds'>;
  /** Enter, Space or a click on a row. */
  onActivate: (call: CallLog, index: number) => void;
  /** Escape on a row. */
  onEscape: (event: KeyboardEvent) => void;
  /** Loading more failed (the element reports it with `dialstack-load-error`). */
  onLoadMoreError: (error: LoadErrorDetail) => void;
  announce: (text: string) => void;
}

export class CallGridController implements ReactiveController {
  /** The page shown, with `page-size`. */
  page = 0;
  private pageLoading = false;
  /** The rows rendered in infinite-scroll mode: those in view and a few beyond. */
  private readonly window: RowWindowController;
  /** Calls that just arrived live, highlighted for a moment. */
  private newIds: ReadonlySet<string> = new Set();
  private readonly newTimers = new Set<ReturnType<typeof setTimeout>>();
  /** Keyboard navigation of the grid: rows, then cells (the model every list shares). */
  readonly keys: RovingListController;

  constructor(
    private readonly host: Host,
    private readonly options: CallGridOptions,
  ) {
    host.addController(this);
    this.window = new RowWindowController(host, {
      count: () => (this.options.pageSize() ? 0 : this.items.length),
      scroller: () => this.rows,
      sampleRow: () => this.rows?.querySelector<HTMLElement>('.row--call'),
      estimate: ROW_HEIGHT,
      viewport: LIST_HEIGHT,
      onChange: (range) => this.onRangeChanged(range),
    });
    this.keys = new RovingListController(host, {
      count: () => this.items.length,
      range: () => {
        const size = this.options.pageSize();
        if (!size) return { first: 0, last: this.items.length - 1 };
        const first = this.page * size;
        return { first, last: Math.min(this.items.length, first + size) - 1 };
      },
      rendered: () => (this.options.pageSize() ? undefined : this.window.range),
      cells: '[role="gridcell"]',
      itemAt: (index) => this.row(index),
      scrollToIndex: (index) => this.scrollToRow(index),
      onActivate: (index) => this.activate(index),
      onEscape: (_index, event) => this.options.onEscape(event),
      onNavigate: (index) => {
        if (!this.options.pageSize() && index >= this.items.length - 5) void this.loadMore();
      },
    });
  }

  private get items(): readonly CallLog[] {
    return this.options.list.items;
  }

  private get rows(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.rows');
  }

  hostUpdated(): void {
    // The list's height follows its row count; set through the CSSOM, not a `style`
    // attribute, which a strict Content-Security-Policy (no 'unsafe-inline') blocks.
    const rows = this.rows;
    rows?.style.setProperty('--_rows', String(Math.max(1, this.items.length)));
    rows?.style.setProperty('--_first', String(this.window.offsetRows));
  }

  hostDisconnected(): void {
    for (const timer of this.newTimers) clearTimeout(timer);
    this.newTimers.clear();
    this.newIds = new Set();
  }

  /**
   * Inserts a call that arrived live at its place, highlighted for a moment; the row in the
   * tab order stays the same call.
   */
  insert(call: CallLog): void {
    const list = this.options.list;
    const activeId = list.items[this.keys.activeIndex]?.id;
    if (!list.upsert(call)) return;
    if (activeId !== undefined) this.keys.setActiveIndex(list.indexOf(activeId));
    this.newIds = new Set([...this.newIds, call.id]);
    const timer = setTimeout(() => {
      this.newTimers.delete(timer);
      const next = new Set(this.newIds);
      next.delete(call.id);
      this.newIds = next;
      this.host.requestUpdate();
    }, NEW_ROW_MS);
    this.newTimers.add(timer);
  }

  /** A new list: first page, first row. */
  reset(): void {
    this.page = 0;
    this.pageLoading = false;
    this.keys.setActiveIndex(0);
  }

  /** Focuses a row (scrolling it into the virtualized window first). */
  focusRow(index: number): Promise<void> {
    return this.keys.focusIndex(index);
  }

  /** Loads the next batch (reporting a failure once). */
  async loadMore(count?: number): Promise<void> {
    const list = this.options.list;
    await list.loadMore(count);
    if (list.loadMoreError) this.options.onLoadMoreError(list.loadMoreError);
  }

  private activate(index: number): void {
    const call = this.items[index];
    if (call) this.options.onActivate(call, index);
  }

  private readonly onClick = (event: MouseEvent): void => {
    const index = this.keys.indexOf(event.target);
    if (index !== undefined) this.activate(index);
  };

  /** Loads more as the rendered window nears the end of what is loaded. */
  private onRangeChanged(range: IndexRange): void {
    const list = this.options.list;
    if (range.last >= this.items.length - 15 && !list.loadingMore && !list.loadMoreError) {
      void this.loadMore();
    }
  }

  private row(index: number): HTMLElement | null | undefined {
    return this.rows?.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`);
  }

  /** Brings a row of the windowed list into view; it is rendered once the host has updated. */
  private scrollToRow(index: number): void {
    if (!this.options.pageSize()) this.window.scrollToIndex(index);
  }

  private async goToPage(page: number, text: CallLogsText): Promise<void> {
    const size = this.options.pageSize();
    const list = this.options.list;
    if (!size || page < 0 || this.pageLoading) return;
    if (page > this.page) {
      this.pageLoading = true;
      this.host.requestUpdate();
      try {
        while (this.items.length < (page + 1) * size && list.hasMore) {
          await this.loadMore(size);
          if (list.loadMoreError) return;
        }
      } finally {
        this.pageLoading = false;
        this.host.requestUpdate();
      }
      if (this.items.length <= page * size) return;
    }
    this.page = page;
    this.keys.setActiveIndex(page * size);
    this.host.requestUpdate();
    const start = page * size + 1;
    const end = Math.min(this.items.length, (page + 1) * size);
    const { t } = text;
    this.options.announce(
      `${t('callLogs.pages.page', { page: page + 1 })}, ${t('callLogs.pages.range', { start, end })}`,
    );
  }

  render(): TemplateResult {
    const base = this.options.view();
    const view: CallRowsView = { ...base, newIds: this.newIds, tabbable: this.keys.tabStopIndex };
    const list = this.options.list;
    const size = this.options.pageSize();
    const items = this.items;
    const { t } = view.text;
    const body = size
      ? html`<div
          class="rows rows--pages"
          role="rowgroup"
          @click=${this.onClick}
          @keydown=${this.keys.handleKeydown}
          @focusin=${this.keys.handleFocusin}
        >
          ${repeat(
            items.slice(this.page * size, (this.page + 1) * size),
            (c) => c.id,
            (c, i) => renderCallRow(view, c, this.page * size + i),
          )}
        </div>`
      : html`<div
          class="rows"
          role="rowgroup"
          @click=${this.onClick}
          @keydown=${this.keys.handleKeydown}
          @focusin=${this.keys.handleFocusin}
        >
          <div class="rows__window" role="presentation">
            ${repeat(
              items.slice(this.window.range.first, this.window.range.last + 1),
              (c) => c.id,
              (c, i) => renderCallRow(view, c, this.window.range.first + i),
            )}
          </div>
        </div>`;
    return html`<div
        class=${view.hasActions ? 'grid grid--actions' : 'grid'}
        part="list"
        role="grid"
        aria-label=${t('callLogs.list.label')}
        aria-rowcount=${list.hasMore ? -1 : items.length + 1}
        aria-colcount=${view.hasActions ? 9 : 8}
        aria-busy=${list.loadingMore || this.pageLoading ? 'true' : 'false'}
      >
        ${renderHeaderRow(view.text, view.hasActions)} ${body}
      </div>
      ${size ? this.renderPages(size, view.text) : this.renderFooter(view.text)}`;
  }

  private renderFooter({ t }: CallLogsText): TemplateResult {
    const list = this.options.list;
    if (list.loadMoreError) {
      return html`<div class="footer footer--error" role="alert">
        ${t('callLogs.list.loadMoreFailed')}
        <button
          type="button"
          class="btn btn--secondary btn--sm"
          @click=${() => void this.loadMore()}
        >
          ${t('common.retry')}
        </button>
      </div>`;
    }
    if (list.loadingMore) {
      return html`<div class="footer">
        <span class="spinner" aria-hidden="true"></span>${t('callLogs.list.loadingMore')}
      </div>`;
    }
    if (list.hasMore) {
      return html`<div class="footer">
        <button type="button" class="btn btn--ghost btn--sm" @click=${() => void this.loadMore()}>
          ${t('common.loadMore')}
        </button>
      </div>`;
    }
    return html`<div class="footer">${t('callLogs.list.end')}</div>`;
  }

  private renderPages(size: number, text: CallLogsText): TemplateResult {
    const { t } = text;
    const list = this.options.list;
    const count = this.items.length;
    const start = count ? this.page * size + 1 : 0;
    const end = Math.min(count, (this.page + 1) * size);
    const hasNext = count > (this.page + 1) * size || list.hasMore;
    return html`<nav class="pages" part="pagination" aria-label=${t('callLogs.pages.label')}>
      <span class="pages__range"
        >${t('callLogs.pages.page', { page: this.page + 1 })} ·
        ${t('callLogs.pages.range', { start, end })}</span
      >
      ${
        list.loadMoreError
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
          @click=${() => this.goToPage(this.page - 1, text)}
        >
          ${t('callLogs.pages.previous')}
        </button>
        <button
          type="button"
          class="btn btn--secondary btn--sm"
          ?disabled=${!hasNext}
          aria-busy=${this.pageLoading ? 'true' : 'false'}
          @click=${() => this.goToPage(this.page + 1, text)}
        >
          ${this.pageLoading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
          ${t('callLogs.pages.next')}
        </button>
      </span>
    </nav>`;
  }
}
