/**
 * The inbox's list view, rendered from a plain context object: toolbar (tabs with counts,
 * search), the list header with select-all and the bulk bar, the rows, and the footer
 * ("Load more", search scope, end of list). Text from the API goes through Lit bindings only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { errorMessageKey } from '../../src/base/load-error';
import type { LoadErrorDetail } from '../../src/core/types';
import type { I18n } from '../../src/i18n/index';
import {
  iconAlert,
  iconClose,
  iconMail,
  iconMailOpen,
  iconSearch,
  iconTrash,
  iconVoicemail,
} from '../../src/ui/icons';
import { emptyState, loadingState } from '../../src/ui/states';

import type { Voicemail } from './voicemails.data';
import type { VoicemailMessageKey } from './voicemails.messages';
import type { AllCount, VoicemailFilter } from './voicemails.types';

/**
 * The least a row's height can be (narrow layout, caller only: 14 + 20 + 14 px and its border),
 * so the first screen's rows always fill the view.
 */
export const ROW_MIN_HEIGHT = 48;

export interface ListContext {
  i18n: I18n;
  tv: (key: VoicemailMessageKey, params?: Record<string, string | number>) => string;
  filter: VoicemailFilter;
  /** The search text as typed. */
  query: string;
  /** Loaded voicemails, newest first. */
  items: Voicemail[];
  /** Loaded, not-removed voicemails matching the search. */
  visible: Voicemail[];
  removing: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  arrivals: ReadonlySet<string>;
  openId?: string;
  /** More voicemails can be loaded. */
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreError?: LoadErrorDetail;
  limit: number;
  /** How many of `count` rows to render now (`FirstScreenController.cap`). */
  firstScreen: (count: number) => number;
  /** A search still loading older pages on its own. */
  searchWantsMore: boolean;
  unreadKnown: boolean;
  unreadCount: number;
  unreadCapped: boolean;
  allCount?: AllCount;
  panelId: string;
  searchId: string;
  tabIds: Record<VoicemailFilter, string>;
  callerName: (item: Voicemail) => string;
  /** The mailbox's name, when every mailbox is shown. */
  ownerName: (item: Voicemail) => string | undefined;
  tabIndexFor: (index: number) => 0 | -1;
  renderDetail: (item: Voicemail) => TemplateResult;
  /** The host's row menu (nothing without host actions). */
  rowMenu: (item: Voicemail, name: string, tabIndex: 0 | -1) => TemplateResult | typeof nothing;
  onTabsKeydown: (event: KeyboardEvent) => void;
  onSelectFilter: (filter: VoicemailFilter) => void;
  onSearchInput: (event: Event) => void;
  onSearchKeydown: (event: KeyboardEvent) => void;
  onClearSearch: () => void;
  onListKeydown: (event: KeyboardEvent) => void;
  onListFocusin: (event: FocusEvent) => void;
  onToggleAll: (selected: boolean) => void;
  onToggleSelected: (id: string, selected: boolean) => void;
  onToggleOpen: (item: Voicemail) => void;
  onBulkRead: (ids: string[], isRead: boolean) => void;
  onDelete: (ids: string[], opener: HTMLElement) => void;
  onLoadMore: () => void;
}

export function renderToolbar(ctx: ListContext): TemplateResult {
  const { i18n, tv, allCount } = ctx;
  const unread = ctx.unreadKnown
    ? `${i18n.number(ctx.unreadCount)}${ctx.unreadCapped ? '+' : ''}`
    : '';
  const all = allCount ? `${i18n.number(allCount.count)}${allCount.more ? '+' : ''}` : '';
  const tab = (filter: VoicemailFilter, label: string, count: string, countLabel: string) => {
    const selected = ctx.filter === filter;
    return html`<button
      type="button"
      role="tab"
      part="tab"
      class="tab"
      id=${ctx.tabIds[filter]}
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls=${ctx.panelId}
      tabindex=${selected ? 0 : -1}
      @click=${() => ctx.onSelectFilter(filter)}
    >
      <span>${label}</span>
      ${
        count
          ? html`<span
              class="tab__count ${filter === 'unread' && ctx.unreadCount > 0 ? 'tab__count--accent' : ''}"
              ><span aria-hidden="true">${count}</span
              ><span class="visually-hidden">${countLabel}</span></span
            >`
          : nothing
      }
    </button>`;
  };
  const allLabel = allCount
    ? allCount.more
      ? tv('countAtLeast', { count: allCount.count })
      : tv('countAll', { count: allCount.count })
    : '';
  const unreadLabel = ctx.unreadCapped
    ? tv('countAtLeast', { count: ctx.unreadCount })
    : tv('countUnread', { count: ctx.unreadCount });
  return html`<div class="toolbar" part="toolbar">
    <div class="tabs" role="tablist" aria-label=${tv('tabsLabel')} @keydown=${ctx.onTabsKeydown}>
      ${tab('all', tv('filter.all'), all, allLabel)}
      ${tab('unread', tv('filter.unread'), unread, unreadLabel)}
    </div>
    <div class="search" part="search">
      <span class="search__icon" aria-hidden="true">${iconSearch}</span>
      <input
        id=${ctx.searchId}
        class="search__input"
        type="search"
        autocomplete="off"
        spellcheck="false"
        aria-label=${tv('searchLabel')}
        placeholder=${tv('searchPlaceholder')}
        .value=${live(ctx.query)}
        @input=${ctx.onSearchInput}
        @keydown=${ctx.onSearchKeydown}
      />
      ${
        ctx.query
          ? html`<button
              type="button"
              class="btn btn--ghost btn--icon btn--sm search__clear"
              aria-label=${tv('clearSearch')}
              title=${tv('clearSearch')}
              @click=${ctx.onClearSearch}
            >
              ${iconClose}
            </button>`
          : nothing
      }
    </div>
  </div>`;
}

export function renderList(ctx: ListContext): unknown {
  const { tv, visible } = ctx;
  const query = ctx.query.trim();
  if (visible.length === 0) {
    if (query && (ctx.loadingMore || ctx.searchWantsMore)) {
      return loadingState({ label: tv('searchingOlder'), rows: 3 });
    }
    if (query) {
      return html`${emptyState({
        title: tv('emptySearch', { query }),
        description: tv('emptySearchDescription'),
        icon: iconSearch,
        action: html`<button type="button" class="btn btn--secondary" @click=${ctx.onClearSearch}>
          ${tv('clearSearch')}
        </button>`,
      })}${renderFooter(ctx)}`;
    }
    if (ctx.hasMore) {
      // Everything loaded was deleted; older voicemails may remain.
      return renderFooter(ctx);
    }
    return ctx.filter === 'unread'
      ? emptyState({
          title: tv('emptyUnread'),
          description: tv('emptyUnreadDescription'),
          icon: iconMailOpen,
        })
      : emptyState({
          title: tv('empty'),
          description: tv('emptyDescription'),
          icon: iconVoicemail,
        });
  }
  const selectedVisible = visible.filter((item) => ctx.selected.has(item.id)).length;
  // The first screen: only the rows in view, the rest once they have been painted (the list is
  // busy until then).
  const shown = ctx.firstScreen(visible.length);
  return html`${renderListHeader(ctx, visible.length, selectedVisible)}
    <ul
      class="list"
      aria-busy=${shown < visible.length ? 'true' : nothing}
      @keydown=${ctx.onListKeydown}
      @focusin=${ctx.onListFocusin}
    >
      ${repeat(
        shown < visible.length ? visible.slice(0, shown) : visible,
        (item) => item.id,
        (item, index) => renderRow(ctx, item, index),
      )}
    </ul>
    ${renderFooter(ctx)}`;
}

function renderListHeader(
  ctx: ListContext,
  visibleCount: number,
  selectedCount: number,
): TemplateResult {
  const { i18n, tv } = ctx;
  const all = selectedCount > 0 && selectedCount === visibleCount;
  const some = selectedCount > 0 && !all;
  const query = ctx.query.trim();
  const selectedIds = [...ctx.selected];
  const anyUnread = ctx.items.some((item) => ctx.selected.has(item.id) && !item.is_read);
  const anyRead = ctx.items.some((item) => ctx.selected.has(item.id) && item.is_read);
  return html`<div class="list-header ${selectedCount ? 'list-header--bulk' : ''}">
    <label class="select-all">
      <input
        type="checkbox"
        class="check"
        .checked=${live(all)}
        .indeterminate=${some}
        @change=${(event: Event) => ctx.onToggleAll((event.target as HTMLInputElement).checked)}
      />
      <span class=${selectedCount ? 'visually-hidden' : ''}>${tv('selectAll')}</span>
    </label>
    ${
      selectedCount
        ? html`<div class="bulk" part="bulk-bar" role="group" aria-label=${tv('bulkLabel')}>
            <span class="bulk__count">${i18n.t('common.selected', { count: selectedCount })}</span>
            <span class="bulk__actions">
              <button
                type="button"
                class="btn btn--secondary btn--sm"
                ?disabled=${!anyUnread}
                @click=${() => ctx.onBulkRead(selectedIds, true)}
              >
                ${iconMailOpen}<span>${tv('bulkMarkRead')}</span>
              </button>
              <button
                type="button"
                class="btn btn--secondary btn--sm"
                ?disabled=${!anyRead}
                @click=${() => ctx.onBulkRead(selectedIds, false)}
              >
                ${iconMail}<span>${tv('bulkMarkUnread')}</span>
              </button>
              <button
                type="button"
                class="btn btn--danger btn--sm"
                @click=${(event: Event) =>
                  ctx.onDelete(selectedIds, event.currentTarget as HTMLElement)}
              >
                ${iconTrash}<span>${tv('bulkDelete')}</span>
              </button>
              <button
                type="button"
                class="btn btn--ghost btn--sm"
                @click=${() => ctx.onToggleAll(false)}
              >
                ${tv('clearSelection')}
              </button>
            </span>
          </div>`
        : html`<span class="list-header__status">
            ${
              query
                ? html`${tv('searchMatches', { count: visibleCount })}
                  ${
                    ctx.hasMore
                      ? tv('searchScopeLoaded', {
                          count: ctx.items.filter((item) => !ctx.removing.has(item.id)).length,
                        })
                      : tv('searchScopeAll')
                  }`
                : nothing
            }
          </span>`
    }
  </div>`;
}

function renderFooter(ctx: ListContext): TemplateResult | typeof nothing {
  const { i18n, tv } = ctx;
  if (ctx.loadMoreError) {
    return html`<div class="footer" role="alert">
      <span class="footer__error"
        >${iconAlert}${tv('loadMoreError')} ${i18n.t(errorMessageKey(ctx.loadMoreError))}</span
      >
      <button
        type="button"
        class="btn btn--secondary btn--sm"
        part="load-more"
        @click=${ctx.onLoadMore}
      >
        ${i18n.t('common.retry')}
      </button>
    </div>`;
  }
  if (ctx.hasMore) {
    const searching = Boolean(ctx.query.trim());
    return html`<div class="footer">
      <button
        type="button"
        class="btn btn--secondary"
        part="load-more"
        aria-disabled=${ctx.loadingMore ? 'true' : 'false'}
        @click=${ctx.onLoadMore}
      >
        ${
          ctx.loadingMore
            ? html`<span class="spinner" aria-hidden="true"></span>${
                  searching ? tv('searchingOlder') : i18n.t('common.loadingMore')
                }`
            : searching
              ? tv('searchOlder')
              : i18n.t('common.loadMore')
        }
      </button>
    </div>`;
  }
  if (ctx.query.trim()) {
    return html`<p class="footer footer--end">${tv('searchedAll')}</p>`;
  }
  return ctx.items.length > ctx.limit
    ? html`<p class="footer footer--end">${tv('end')}</p>`
    : nothing;
}

function renderRow(ctx: ListContext, item: Voicemail, index: number): TemplateResult {
  const { i18n, tv } = ctx;
  const open = ctx.openId === item.id;
  const selected = ctx.selected.has(item.id);
  const caller = ctx.callerName(item);
  const number = i18n.phone(item.from_number);
  const hasName = Boolean(item.from_name?.trim());
  const ownerName = ctx.ownerName(item);
  const tabIndex = ctx.tabIndexFor(index);
  const created = new Date(item.created_at);
  const classes = [
    'row',
    item.is_read ? '' : 'row--unread',
    open ? 'row--open' : '',
    selected ? 'row--selected' : '',
    ctx.arrivals.has(item.id) ? 'row--new' : '',
  ].join(' ');
  // No whitespace between elements: each gap would be a text node in every row (prettier would
  // put it back between the block-level ones).
  // prettier-ignore
  return html`<li part="row" class=${classes} data-id=${item.id} data-index=${index}
    ><div class="row__head"
      ><span class="row__check-cell"
        ><input
          type="checkbox"
          class="check"
          tabindex=${tabIndex}
          aria-label=${tv('selectRow', { caller })}
          .checked=${live(selected)}
          @change=${(event: Event) =>
            ctx.onToggleSelected(item.id, (event.target as HTMLInputElement).checked)}
      /></span
      ><button
        type="button"
        class="row__main"
        id=${`vm-open-${item.id}`}
        tabindex=${tabIndex}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? `vm-detail-${item.id}` : nothing}
        @click=${() => ctx.onToggleOpen(item)}
        ><span class="row__dot" aria-hidden="true"></span
        ><span class="row__name"
          >${
            item.is_read ? nothing : html`<span class="visually-hidden">${tv('unread')}, </span>`
          }${caller}</span
        >${
          hasName || ownerName
            ? html`<span class="row__meta"
                >${hasName ? html`<span class="row__number">${number}</span>` : nothing}${
                  hasName && ownerName ? html`<span aria-hidden="true"> · </span>` : nothing
                }${
                  ownerName
                    ? html`<span class="row__owner"
                        ><span class="visually-hidden">${tv('mailboxLabel')} </span
                        >${ownerName}</span
                      >`
                    : nothing
                }</span
              >`
            : nothing
        }${item.summary ? html`<span class="row__summary">${item.summary}</span>` : nothing}<span
          class="row__duration"
          ><span class="visually-hidden">${i18n.t('calls.duration')} </span
          >${i18n.duration(item.duration_seconds)}</span
        ><time class="row__time" datetime=${item.created_at} title=${i18n.dateTime(created)}
          >${formatWhen(i18n, created)}</time
        ></button
      >${ctx.rowMenu(item, caller, tabIndex)}</div
    >${open ? ctx.renderDetail(item) : nothing}</li
  >`;
}

/** Today: the time; yesterday; this week: the weekday; else the date (year when not this one). */
export function formatWhen(i18n: I18n, date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const now = new Date();
  const day = (value: Date) =>
    i18n.date(value, { year: 'numeric', month: 'numeric', day: 'numeric' });
  if (day(date) === day(now)) return i18n.time(date);
  const yesterday = new Date(now.getTime() - 86_400_000);
  if (day(date) === day(yesterday)) return i18n.t('common.relativeDays.yesterday');
  const age = now.getTime() - date.getTime();
  if (age > 0 && age < 6 * 86_400_000) return i18n.date(date, { weekday: 'short' });
  const sameYear = i18n.date(date, { year: 'numeric' }) === i18n.date(now, { year: 'numeric' });
  return i18n.date(
    date,
    sameYear
      ? { month: 'short', day: 'numeric' }
      : { year: 'numeric', month: 'short', day: 'numeric' },
  );
}
