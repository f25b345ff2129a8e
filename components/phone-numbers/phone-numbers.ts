import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  disconnectPhoneNumber,
  routePhoneNumber,
  routingTargetKind,
  updatePhoneNumber,
  type UpdatePhoneNumberRequest,
} from '../../src/api/phone-numbers';
import { DialstackElement } from '../../src/base/dialstack-element';
import {
  HostActionsController,
  hostActionsStyles,
  type HostAction,
} from '../../src/base/host-actions';
import { badge, badgeStyles } from '../../src/ui/badge';
import { iconSearch } from '../../src/ui/icons';
import {
  entryStatus,
  loadTargets,
  PHONE_TABS,
  PhoneListPager,
  statusTone,
  tabCounts,
  targetKindsFor,
  visibleEntries,
  type PhoneListEntry,
  type PhoneTab,
  type RoutingTarget,
  type SortKey,
  type SortState,
} from './phone-numbers.data';
import { usePack } from '../../src/base/pack';
import { phoneNumbersPack } from './phone-numbers.messages';
import type { PanelRequestDetail } from './phone-numbers.panel';
import { phoneNumbersStyles } from './phone-numbers.styles';

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-phone-numbers': DialstackPhoneNumbers;
  }
}

const COLUMNS: readonly { key: SortKey | 'outbound'; className: string }[] = [
  { key: 'number', className: 'col--number' },
  { key: 'caller_id', className: 'col--caller-id' },
  { key: 'routing', className: 'col--routing' },
  { key: 'outbound', className: 'col--outbound' },
  { key: 'status', className: 'col--status' },
];

const TARGET_TAGS = ['users', 'ring_groups', 'dialplans', 'voice-apps', 'shared_voicemail_boxes'];

/** The panel's chunk, loaded on the first open (and prefetched when the browser is idle). */
const loadPanel = () => import('./phone-numbers.panel.define');

/**
 * The account's phone numbers in one list: numbers on the account, numbers still arriving on a
 * pending purchase order and numbers being ported in, under Active / In progress / Released
 * tabs, with a digit search, sortable columns and scroll loading. A row opens its panel: caller
 * ID name, directory listing, outbound calling, routing and disconnect — or, for a port order,
 * its timeline and the carrier's rejection reason.
 *
 * @tagname dialstack-phone-numbers
 * @summary The account's phone numbers, orders in progress and ports, with per-number settings.
 *
 * @fires {CustomEvent<RowSelectDetail>} dialstack-row-select - A row was opened. `detail: { id, item }`: the `PhoneNumber`,
 *   `NumberOrder` (a number still arriving) or `PortOrder` as the API returned it.
 * @fires {CustomEvent<ActionDetail>} dialstack-action - One of the host's `actions` was chosen (row menu or panel). `detail: { action, item }`.
 * @fires {CustomEvent<DetailChangeDetail>} dialstack-detail-change - Another row's panel opened (or it closed): `detail: { id, item }`, nulls once closed. The host renders its `slot="detail"` content for it; the `detail-id` attribute says the same.
 * @fires {CustomEvent<LoaderStartDetail>} dialstack-loader-start - The element started loading its data.
 * @fires {CustomEvent<LoadErrorDetail>} dialstack-load-error - Loading failed; `detail.error` is `{ type, message, status? }`.
 *
 * @slot detail - The host's own content for the open row's number (notes, a "log to CRM" form).
 *
 * @csspart base - The frame around everything.
 * @csspart row-actions - A row's menu of host actions.
 * @csspart host-detail - The host's section of the panel (its actions and the `detail` slot).
 * @csspart actions - The host's actions in the panel.
 * @csspart tabs - The tab list.
 * @csspart search - The search field.
 * @csspart table - The table of numbers.
 * @csspart row - One row; `data-id` is the number's id, `<order id>:<E.164>` for a number on a
 *   pending order, or the port order's id; `data-kind` is `number`, `order` or `port`.
 * @csspart status - A status badge.
 * @csspart panel - The open row's panel.
 * @csspart loading - The loading view.
 * @csspart empty - The empty view.
 * @csspart error - The error view.
 *
 * @cssprop --dialstack-phone-numbers-max-height - Height after which the table scrolls (default none).
 */
export class DialstackPhoneNumbers extends DialstackElement {
  static override styles = [
    DialstackElement.styles,
    badgeStyles,
    phoneNumbersStyles,
    hostActionsStyles,
  ];

  /**
   * The host's own actions, on each row's menu and in the open row's panel; choosing one fires
   * `dialstack-action` with `{ action, item }` (`item` as in `dialstack-row-select`).
   */
  @property({ attribute: false }) actions: HostAction[] = [];

  @state() private tab: PhoneTab = 'active';
  @state() private query = '';
  @state() private sort: SortState = { key: 'number', direction: 'ascending' };
  @state() private panelReady = false;

  private readonly list = this.createCollection<PhoneListEntry>({
    tags: ['phone-numbers', 'phone-number-orders', 'port-orders'],
    id: (entry) => entry.id,
    pageSize: 50,
    source: (_args, { client }) => new PhoneListPager(client, 50),
  });

  /** Host actions (row menus, the panel's section) and the `detail` slot's item. */
  private readonly hostActions = new HostActionsController<PhoneListEntry>(this, {
    id: (entry) => entry.id,
    detailItem: () => this.list.openItem,
    eventItem: (entry) => entry.item,
    i18n: () => this.i18n,
  });

  /** Names of the routing targets in use: one request per kind of target (shared cache). */
  private readonly targets = this.createDataTask({
    args: () => [this.targetKindsKey()] as const,
    tags: TARGET_TAGS,
    isEmpty: () => false,
    task: async ([key], { client, signal }) =>
      key ? loadTargets(client, key.split(',') as never, signal) : new Map<string, RoutingTarget>(),
  });

  private observer?: IntersectionObserver;
  private idlePrefetch?: number;

  private readonly t = usePack(this, phoneNumbersPack, () => this.i18n);

  private targetKindsKey(): string {
    return targetKindsFor(
      this.list.items.flatMap((e) => (e.kind === 'number' ? [e.item] : [])),
    ).join(',');
  }

  private readonly targetName = (id: string) => this.targets.value?.get(id)?.name;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.idlePrefetch !== undefined) cancelIdleCallback?.(this.idlePrefetch);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.observeSentinel();
    // Searching looks through every number, not only the pages loaded so far.
    if (
      this.query.trim() &&
      this.list.hasMore &&
      !this.list.loadingMore &&
      !this.list.loadMoreError
    )
      void this.list.loadMore();
    if (this.list.status === 'ready' && !this.panelReady && this.idlePrefetch === undefined) {
      const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
      this.idlePrefetch = idle(() => void loadPanel().then(() => (this.panelReady = true)));
    }
  }

  private observeSentinel(): void {
    const sentinel = this.renderRoot.querySelector('.sentinel');
    if (!sentinel) return;
    this.observer ??= new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void this.list.loadMore();
    });
    this.observer.disconnect();
    this.observer.observe(sentinel);
  }

  // ---- Interaction ----

  private selectTab(tab: PhoneTab): void {
    this.tab = tab;
    this.list.open(undefined);
  }

  private readonly onTabKeydown = (event: KeyboardEvent): void => {
    const index = PHONE_TABS.indexOf(this.tab);
    const next =
      event.key === 'ArrowRight'
        ? PHONE_TABS[(index + 1) % PHONE_TABS.length]
        : event.key === 'ArrowLeft'
          ? PHONE_TABS[(index + PHONE_TABS.length - 1) % PHONE_TABS.length]
          : event.key === 'Home'
            ? PHONE_TABS[0]
            : event.key === 'End'
              ? PHONE_TABS[PHONE_TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    this.selectTab(next);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus(),
    );
  };

  private toggleSort(key: SortKey): void {
    this.sort =
      this.sort.key === key
        ? { key, direction: this.sort.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: 'ascending' };
  }

  private async openRow(entry: PhoneListEntry): Promise<void> {
    const same = this.list.openId === entry.id;
    this.list.open(same ? undefined : entry.id);
    if (same) return;
    this.emit('dialstack-row-select', { id: entry.id, item: entry.item });
    await loadPanel();
    this.panelReady = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('dialstack-phone-number-panel')?.focus();
  }

  private closePanel(): void {
    const id = this.list.openId;
    this.list.open(undefined);
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id ?? '')}"] .row-link`)
        ?.focus(),
    );
  }

  /** Requests from the panel, made through the list (optimistic, with this element as origin). */
  private readonly onPanelRequest = (event: CustomEvent<PanelRequestDetail>): void => {
    const client = this.instance?.client;
    const { action, id } = event.detail;
    if (!client) return;
    const withItem =
      (change: Partial<UpdatePhoneNumberRequest> & { routing_target?: string | null }) =>
      (entry: PhoneListEntry): PhoneListEntry =>
        entry.kind === 'number'
          ? { ...entry, item: { ...entry.item, ...change } as typeof entry.item }
          : entry;
    let result: Promise<unknown>;
    if (action.type === 'update') {
      result = this.list.optimistic(id, withItem(action.body), ({ origin }) =>
        updatePhoneNumber(client, id, action.body, { origin }).then((item) => ({
          ...this.list.get(id)!,
          item,
        })),
      );
    } else if (action.type === 'route') {
      result = this.list.optimistic(id, withItem({ routing_target: action.target }), ({ origin }) =>
        routePhoneNumber(client, id, action.target, { origin }).then((item) => ({
          ...this.list.get(id)!,
          item,
        })),
      );
    } else {
      result = this.list.mutate(({ origin }) => disconnectPhoneNumber(client, id, { origin }));
    }
    event.detail.settle(result);
  };

  // ---- Rendering ----

  protected override render(): TemplateResult {
    const items = this.list.items;
    const counts = tabCounts(items);
    const open = this.list.openItem;
    return html`<section class="frame" part="base" aria-labelledby="title" lang=${this.i18n.locale}>
      <div class="header">
        <h2 id="title">${this.t('title')}</h2>
        <span class="count">${this.t('count', { count: items.length })}</span>
        <span class="spacer"></span>
        <div class="search" part="search">
          ${iconSearch}
          <input
            type="search"
            aria-label=${this.t('searchLabel')}
            placeholder=${this.t('searchPlaceholder')}
            .value=${this.query}
            @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
          />
        </div>
      </div>
      <div class="tabs" role="tablist" aria-label=${this.t('tabsLabel')} part="tabs">
        ${PHONE_TABS.map(
          (tab) =>
            html`<button
              id="tab-${tab}"
              class="tab"
              role="tab"
              aria-selected=${tab === this.tab ? 'true' : 'false'}
              aria-controls="panel-${tab}"
              tabindex=${tab === this.tab ? 0 : -1}
              @click=${() => this.selectTab(tab)}
              @keydown=${this.onTabKeydown}
            >
              ${this.t(`tab.${tab}`)}<span class="tab__count"
                >${this.i18n.number(counts[tab])}</span
              >
            </button>`,
        )}
      </div>
      <div class="body ${open ? 'body--open' : ''}">
        <div id="panel-${this.tab}" role="tabpanel" aria-labelledby="tab-${this.tab}">
          ${this.list.render({ items: () => this.renderTable(), skeletonRows: 6 })}
        </div>
        ${
          open && this.panelReady
            ? html`<div class="panel-slot">
                <dialstack-phone-number-panel
                  part="panel"
                  .dialstack=${this.instance}
                  .entry=${open}
                  .targetNames=${this.targets.value}
                  @panel-request=${this.onPanelRequest}
                  @panel-close=${() => this.closePanel()}
                >
                  ${this.hostActions.detailSection(open, 'host')}
                </dialstack-phone-number-panel>
              </div>`
            : nothing
        }
      </div>
    </section>`;
  }

  private renderTable() {
    const rows = visibleEntries(this.list.items, {
      tab: this.tab,
      query: this.query,
      sort: this.sort,
      targetName: this.targetName,
    });
    if (!rows.length) {
      const searching = this.query.trim() !== '';
      return html`<div class="state" part="empty" role="status">
        <p class="state__title">
          ${searching ? this.t('emptySearch', { query: this.query.trim() }) : this.t(`emptyTab.${this.tab}`)}
        </p>
        ${searching ? html`<p class="state__description">${this.t('emptySearchHint')}</p>` : nothing}
        ${this.renderMore()}
      </div>`;
    }
    return html`<div class="scroller">
      <table part="table" aria-labelledby="tab-${this.tab}">
        <thead>
          <tr>
            ${COLUMNS.map((c) => this.renderHeader(c))}
            ${
              this.hostActions.actions.length
                ? html`<th class="col--actions" scope="col">
                    <span class="visually-hidden">${this.i18n.t('common.moreActions')}</span>
                  </th>`
                : nothing
            }
          </tr>
        </thead>
        <tbody>
          ${repeat(
            rows,
            (e) => e.id,
            (e) => this.renderRow(e),
          )}
        </tbody>
      </table>
      ${this.renderMore()}
    </div>`;
  }

  private renderMore() {
    if (this.list.loadMoreError)
      return html`<div class="more" role="alert">
        ${this.t('loadMoreFailed')}
        <button
          type="button"
          class="btn btn--ghost btn--sm"
          @click=${() => void this.list.loadMore()}
        >
          ${this.t('retry')}
        </button>
      </div>`;
    if (this.list.loadingMore)
      return html`<div class="more" role="status">${this.t('loadingMore')}</div>`;
    return this.list.hasMore ? html`<div class="sentinel"></div>` : nothing;
  }

  private renderHeader({ key, className }: (typeof COLUMNS)[number]) {
    const label = this.t(`column.${key}`);
    if (key === 'outbound')
      return html`<th class=${className} scope="col"><span>${label}</span></th>`;
    const active = this.sort.key === key;
    return html`<th
      class=${className}
      scope="col"
      aria-sort=${active ? this.sort.direction : nothing}
    >
      <button type="button" class="sort" @click=${() => this.toggleSort(key)}>
        ${label}<span class="sort__arrow" aria-hidden="true"
          >${active && this.sort.direction === 'descending' ? '↓' : '↑'}</span
        >
      </button>
    </th>`;
  }

  private renderRow(entry: PhoneListEntry) {
    const first = this.i18n.phone(entry.phoneNumbers[0] ?? '');
    const extra = entry.phoneNumbers.length - 1;
    const status = entryStatus(entry);
    const open = this.list.openId === entry.id;
    const number = entry.kind === 'number' ? entry.item : undefined;
    const target = number?.routing_target;
    const kind = target ? routingTargetKind(target) : undefined;
    const statusLabel =
      status === 'port_foc' && entry.kind === 'port'
        ? this.t('status.port_foc', {
            date: this.i18n.date(
              entry.item.details?.actual_foc_date ?? entry.item.details?.requested_foc_date,
            ),
          })
        : this.t(`status.${status}` as 'status.active');
    // The row opens on click anywhere; the number's button is its keyboard and screen-reader way in.
    return html`<tr
      part="row"
      data-id=${entry.id}
      data-kind=${entry.kind}
      aria-selected=${open ? 'true' : 'false'}
      @click=${(e: Event) => {
        if ((e.target as HTMLElement).closest('button')) return;
        void this.openRow(entry);
      }}
    >
      <td class="col--number">
        <button
          type="button"
          class="row-link"
          aria-expanded=${open ? 'true' : 'false'}
          aria-label=${this.t('openRow', { number: first })}
          @click=${() => void this.openRow(entry)}
        >
          ${first}
        </button>
        ${extra > 0 ? html`<span class="sub">${this.t('moreNumbers', { count: extra })}</span>` : nothing}
      </td>
      <td class="col--caller-id">
        ${number?.caller_id_name ?? html`<span class="muted">—</span>`}
      </td>
      <td class="col--routing">
        ${
          number
            ? target
              ? html`${this.targetName(target) ?? target}
                ${kind ? html`<span class="sub target__kind">${this.t(`kindName.${kind}`)}</span>` : nothing}`
              : html`<span class="muted">${this.t('noRouting')}</span>`
            : html`<span class="muted">—</span>`
        }
      </td>
      <td class="col--outbound">
        ${number ? (number.outbound_enabled ? this.t('outboundOn') : this.t('outboundOff')) : '—'}
      </td>
      <td class="col--status">
        ${badge(statusLabel, statusTone(status), { dot: true, part: 'status' })}
      </td>
      ${
        this.hostActions.actions.length
          ? html`<td class="col--actions">${this.hostActions.rowMenu(entry, first)}</td>`
          : nothing
      }
    </tr>`;
  }
}
