import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  createNumberOrder,
  searchAvailablePhoneNumbers,
  type AvailableNumberQuery,
  type AvailablePhoneNumber,
  type NumberOrder,
} from '../../src/api/phone-number-orders';
import { ROUTING_TARGET_KINDS, type RoutingTarget } from '../../src/api/phone-numbers';
import { DialstackElement } from '../../src/base/dialstack-element';
import { isAbortError } from '../../src/base/load-error';
import { DialstackApiError } from '../../src/core/errors';
import { iconSearch } from '../../src/ui/icons';
import { loadTargets } from '../phone-numbers/phone-numbers.data';
import {
  EMPTY_SEARCH,
  ORDER_MAX,
  validateSearch,
  widerSearch,
  type SearchField,
  type SearchForm,
  type SearchProblem,
} from './phone-number-ordering.data';
import { usePack } from '../../src/base/pack';
import { followOrder, followsOf, type OrderFollow } from './phone-number-ordering.follow';
import { orderingPack } from './phone-number-ordering.messages';
import { inputStyles } from '../../src/ui/input';
import { orderingStyles } from './phone-number-ordering.styles';

/** The progress and outcome view, loaded when the first order is placed. */
const loadStatusView = () => import('./phone-number-ordering.status.define');

/** `detail` of `dialstack-order-complete`. */
export interface OrderCompleteDetail {
  /** The order as it ended: `complete`, `partial` or `failed`. */
  order: NumberOrder;
}

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-phone-number-ordering': DialstackPhoneNumberOrdering;
  }
  interface GlobalEventHandlersEventMap {
    /** A purchase order ended (complete, partial or failed); routing has been applied. */
    'dialstack-order-complete': CustomEvent<OrderCompleteDetail>;
  }
}

type Step = 'search' | 'review' | 'follow';
type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; query: AvailableNumberQuery }
  | { status: 'done'; query: AvailableNumberQuery; results: AvailablePhoneNumber[] }
  | { status: 'error'; reason: string };

const FIELDS: readonly { field: SearchField; key: string; wide?: boolean; inputmode?: string }[] = [
  { field: 'areaCode', key: 'areaCode', inputmode: 'numeric' },
  { field: 'city', key: 'city', wide: true },
  { field: 'state', key: 'state' },
  { field: 'zip', key: 'zip', inputmode: 'numeric' },
  { field: 'npaNxx', key: 'npaNxx', inputmode: 'numeric' },
  { field: 'quantity', key: 'quantity', inputmode: 'numeric' },
];

/**
 * Search the numbers available for purchase, pick some, review and place the order, then
 * follow it to the end: which numbers arrived, which failed and why, with the chosen routing
 * applied to the ones that arrived.
 *
 * @tagname dialstack-phone-number-ordering
 * @summary Buy new phone numbers: search, select, review, order and follow.
 *
 * @fires {CustomEvent<OrderCompleteDetail>} dialstack-order-complete - An order ended (`complete`, `partial` or `failed`) and its
 *   routing was applied. `detail: { order }` (the `NumberOrder`).
 * @fires {CustomEvent<LoaderStartDetail>} dialstack-loader-start - The element started loading its data.
 * @fires {CustomEvent<LoadErrorDetail>} dialstack-load-error - Loading failed; `detail.error` is `{ type, message, status? }`.
 *
 * @csspart base - The frame around everything.
 * @csspart search-form - The search form.
 * @csspart results - The list of available numbers.
 * @csspart result - One available number (`data-phone-number` is its E.164).
 * @csspart empty - The "nothing found" view.
 * @csspart review - The review step.
 * @csspart place-order - The "Place order" button.
 * @csspart progress - The order's progress while pending.
 * @csspart outcome - The order's outcome.
 */
export class DialstackPhoneNumberOrdering extends DialstackElement {
  static override styles = [DialstackElement.styles, inputStyles, orderingStyles];

  @state() private step: Step = 'search';
  @state() private form: SearchForm = { ...EMPTY_SEARCH };
  @state() private problems: Partial<Record<SearchField | 'form', SearchProblem>> = {};
  @state() private search: SearchState = { status: 'idle' };
  @state() private selected: ReadonlySet<string> = new Set();
  @state() private partialAllowed = false;
  @state() private routingTargetId = '';
  @state() private targets?: RoutingTarget[];
  @state() private placing = false;
  @state() private placeError?: string;
  @state() private follows: readonly OrderFollow[] = [];
  @state() private currentFollowId?: string;
  /** Bumped when a followed order changes, to re-render. */
  @state() private followTick = 0;
  /** The progress/outcome view's chunk has loaded. */
  @state() private statusReady = false;

  private searchAbort?: AbortController;
  private readonly unsubscribers = new Map<string, () => void>();
  private readonly reported = new Set<string>();

  private readonly t = usePack(this, orderingPack, () => this.i18n);

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncFollows();
    // A search cut off by a disconnect (a router moving the element) runs again, instead of
    // leaving "Searching…" and a disabled button on screen.
    if (this.search.status === 'searching' && this.searchAbort?.signal.aborted)
      void this.runSearch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.searchAbort?.abort();
    for (const off of this.unsubscribers.values()) off();
    this.unsubscribers.clear();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.syncFollows();
  }

  /** Starts over: clears the search, selection and any finished order on screen. */
  override refresh(): void {
    this.step = 'search';
    this.search = { status: 'idle' };
    this.selected = new Set();
    this.currentFollowId = undefined;
  }

  // ---- Followed orders (they outlive the view, and the element) ----

  private syncFollows(): void {
    const instance = this.instance;
    if (!instance || !this.isConnected) return;
    const all = followsOf(instance);
    if (all.length === this.follows.length && all.every((f, i) => f === this.follows[i])) return;
    this.follows = all;
    for (const follow of all) {
      if (this.unsubscribers.has(follow.id)) continue;
      this.unsubscribers.set(
        follow.id,
        follow.subscribe((followState) => {
          this.followTick++;
          if (followState.done) this.reportDone(follow);
        }),
      );
      if (follow.state.done) this.reported.add(follow.id);
    }
  }

  private reportDone(follow: OrderFollow): void {
    if (this.reported.has(follow.id)) return;
    this.reported.add(follow.id);
    const { order } = follow.state;
    if (this.currentFollowId === follow.id) {
      // A failed order keeps the selection so the person can retry; the others clear it.
      this.selected = order.status === 'failed' ? new Set(order.phone_numbers ?? []) : new Set();
    }
    this.emit('dialstack-order-complete', { order });
  }

  private get currentFollow(): OrderFollow | undefined {
    return this.follows.find((f) => f.id === this.currentFollowId);
  }

  // ---- Search ----

  private setField(field: SearchField, value: string): void {
    const next = field === 'state' ? value.toUpperCase() : value;
    this.form = { ...this.form, [field]: next };
    if (this.problems[field] || this.problems.form) {
      const { [field]: _drop, form: _form, ...rest } = this.problems;
      this.problems = rest;
    }
  }

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.runSearch();
  };

  private async runSearch(): Promise<void> {
    const result = validateSearch(this.form);
    if (!result.ok) {
      this.problems = result.problems;
      await this.updateComplete;
      const first = FIELDS.find(({ field }) => result.problems[field]);
      this.renderRoot.querySelector<HTMLInputElement>(`#f-${first?.field ?? 'areaCode'}`)?.focus();
      return;
    }
    const client = this.instance?.client;
    if (!client) return;
    this.problems = {};
    this.searchAbort?.abort();
    const abort = (this.searchAbort = new AbortController());
    this.search = { status: 'searching', query: result.query };
    try {
      const results = await searchAvailablePhoneNumbers(client, result.query, {
        signal: abort.signal,
      });
      if (abort.signal.aborted) return;
      this.search = { status: 'done', query: result.query, results };
      this.selected = new Set(
        [...this.selected].filter((n) => results.some((r) => r.phone_number === n)),
      );
    } catch (error) {
      if (isAbortError(error) || abort.signal.aborted) return;
      this.search = { status: 'error', reason: this.reason(error) };
    }
  }

  private widen(query: AvailableNumberQuery): void {
    const wider = widerSearch(query);
    if (!wider) return;
    this.form = { ...this.form, ...wider };
    void this.runSearch();
  }

  private toggle(phoneNumber: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on && next.size < ORDER_MAX) next.add(phoneNumber);
    else next.delete(phoneNumber);
    this.selected = next;
  }

  private toggleAll(results: readonly AvailablePhoneNumber[], on: boolean): void {
    this.selected = on
      ? new Set(results.slice(0, ORDER_MAX).map((r) => r.phone_number))
      : new Set();
  }

  // ---- Review and order ----

  private async review(): Promise<void> {
    if (!this.selected.size) return;
    this.step = 'review';
    this.placeError = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#review-title')?.focus();
    const client = this.instance?.client;
    if (!this.targets && client) {
      const map = await loadTargets(client, ROUTING_TARGET_KINDS).catch(() => new Map());
      this.targets = [...map.values()];
    }
  }

  private async placeOrder(): Promise<void> {
    // Synchronous guard first: a double click or a repeated Enter gets here twice.
    if (this.placing || !this.selected.size) return;
    const instance = this.instance;
    if (!instance) return;
    this.placing = true;
    this.placeError = undefined;
    const phoneNumbers = [...this.selected];
    const target = this.targets?.find((t) => t.id === this.routingTargetId) ?? null;
    try {
      const order = await createNumberOrder(instance.client, {
        phone_numbers: phoneNumbers,
        partial_allowed: this.partialAllowed,
      });
      await loadStatusView();
      this.statusReady = true;
      const follow = followOrder(instance, order, target);
      this.currentFollowId = follow.id;
      this.syncFollows();
      this.step = 'follow';
      this.search = { status: 'idle' };
      await this.updateComplete;
      await this.renderRoot.querySelector('dialstack-order-status')?.updateComplete;
      this.renderRoot
        .querySelector('dialstack-order-status')
        ?.shadowRoot?.querySelector<HTMLElement>('#follow-title')
        ?.focus();
    } catch (error) {
      this.placeError = this.orderErrorText(error);
    } finally {
      this.placing = false;
    }
  }

  private orderErrorText(error: unknown): string {
    if (error instanceof DialstackApiError) {
      if (error.code === 'number_limit_reached') {
        const details = error.details ?? {};
        return this.t('limitReached', {
          limit: Number(details.limit ?? 0),
          held: Number(details.held ?? 0),
        });
      }
      if (error.status === 409) return this.t('orderFailed', { reason: this.t('conflict') });
    }
    return this.t('orderFailed', { reason: this.reason(error) });
  }

  private reason(error: unknown): string {
    return error instanceof Error && error.message ? error.message : this.i18n.t('errors.title');
  }

  private retry(): void {
    this.currentFollowId = undefined;
    this.step = 'review';
  }

  private startOver(): void {
    this.currentFollowId = undefined;
    this.step = 'search';
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    void this.followTick;
    return html`<section class="frame" part="base" aria-labelledby="title" lang=${this.i18n.locale}>
      <div class="section">
        <h2 id="title">${this.t('title')}</h2>
      </div>
      ${this.renderBackground()}
      ${
        this.step === 'search'
          ? this.renderSearch()
          : this.step === 'review'
            ? this.renderReview()
            : this.renderFollow()
      }
    </section>`;
  }

  private renderBackground() {
    const pending = this.follows.filter((f) => !f.state.done && f.id !== this.currentFollowId);
    if (!pending.length || this.step === 'follow') return nothing;
    return html`<div class="background" role="status">
      <span class="spinner" aria-hidden="true"></span>
      <span>${this.t('inBackground', { count: pending.length })}</span>
      <button
        type="button"
        class="btn btn--ghost btn--sm"
        @click=${async () => {
          await loadStatusView();
          this.statusReady = true;
          this.currentFollowId = pending[0]!.id;
          this.step = 'follow';
        }}
      >
        ${this.t('viewOrder')}
      </button>
    </div>`;
  }

  private renderSearch() {
    return html`<form
        class="section"
        part="search-form"
        role="search"
        aria-label=${this.t('searchLabel')}
        novalidate
        @submit=${this.onSubmit}
      >
        <p class="hint">${this.t('searchHint')}</p>
        <div class="fields">${FIELDS.map((f) => this.renderField(f))}</div>
        ${
          this.problems.form
            ? html`<p class="form-error" role="alert">
                ${this.t(`problem.${this.problems.form}`)}
              </p>`
            : nothing
        }
        <div class="actions">
          <button
            type="submit"
            class="btn btn--primary"
            ?disabled=${this.search.status === 'searching'}
          >
            ${iconSearch}<span>${this.t('search')}</span>
          </button>
          ${
            this.search.status === 'searching'
              ? html`<span class="hint" role="status">${this.t('searching')}</span>`
              : nothing
          }
        </div>
      </form>
      ${this.renderResults()}`;
  }

  private renderField({ field, key, wide, inputmode }: (typeof FIELDS)[number]) {
    const problem = this.problems[field];
    return html`<div class="field ${wide ? 'field--wide' : ''}">
      <label for="f-${field}">${this.t(key as 'areaCode')}</label>
      <input
        id="f-${field}"
        class="input"
        name=${field}
        .value=${this.form[field]}
        inputmode=${inputmode ?? nothing}
        autocomplete="off"
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `e-${field}` : nothing}
        @input=${(e: Event) => this.setField(field, (e.target as HTMLInputElement).value)}
      />
      ${
        problem
          ? html`<p class="field__error" id="e-${field}">${this.t(`problem.${problem}`)}</p>`
          : nothing
      }
    </div>`;
  }

  private renderResults() {
    const search = this.search;
    if (search.status === 'error')
      return html`<div class="section">
        <p class="notice notice--danger" role="alert">
          ${this.t('searchFailed', { reason: search.reason })}
        </p>
      </div>`;
    if (search.status !== 'done') return nothing;
    if (!search.results.length) {
      const wider = widerSearch(search.query);
      return html`<div class="section state" part="empty" role="status">
        <p class="state__title">${this.t('nothingFound')}</p>
        <p class="state__description">${this.t('nothingFoundHint')}</p>
        ${
          wider
            ? html`<button
                type="button"
                class="btn btn--secondary"
                @click=${() => this.widen(search.query)}
              >
                ${this.t('widen')}
              </button>`
            : nothing
        }
      </div>`;
    }
    const results = search.results;
    const count = results.filter((r) => this.selected.has(r.phone_number)).length;
    const all = count === Math.min(results.length, ORDER_MAX);
    return html`<div class="section">
      <div class="results-head">
        <h3 id="results-title">${this.t('resultsLabel')}</h3>
        <span class="count">${this.t('resultsCount', { count: results.length })}</span>
        <span class="spacer"></span>
        <label class="check">
          <input
            type="checkbox"
            .checked=${all}
            .indeterminate=${count > 0 && !all}
            @change=${(e: Event) => this.toggleAll(results, (e.target as HTMLInputElement).checked)}
          />
          ${this.t('selectAll')}
        </label>
      </div>
      <ul class="results" part="results" aria-labelledby="results-title">
        ${repeat(
          results,
          (r) => r.phone_number,
          (r, i) => this.renderResult(r, i),
        )}
      </ul>
      <div class="actions actions--end">
        <span class="count" role="status">${this.t('selectedCount', { count })}</span>
        <button
          type="button"
          class="btn btn--primary"
          ?disabled=${count === 0}
          @click=${() => void this.review()}
        >
          ${this.t('reviewOrder')}
        </button>
      </div>
    </div>`;
  }

  private renderResult(r: AvailablePhoneNumber, i: number) {
    const on = this.selected.has(r.phone_number);
    const where = [
      r.city && r.state
        ? this.t('location', { city: r.city, state: r.state })
        : (r.city ?? r.state),
      r.rate_center ? this.t('rateCenter', { rateCenter: r.rate_center }) : undefined,
    ].filter(Boolean);
    return html`<li
      class="result ${on ? 'result--selected' : ''}"
      part="result"
      data-phone-number=${r.phone_number}
    >
      <input
        type="checkbox"
        id="r-${i}"
        .checked=${on}
        aria-describedby="rm-${i}"
        @change=${(e: Event) => this.toggle(r.phone_number, (e.target as HTMLInputElement).checked)}
      />
      <span class="result__text">
        <label class="result__number" for="r-${i}">${this.i18n.phone(r.phone_number)}</label>
        <span class="result__meta" id="rm-${i}">${where.join(' · ')}</span>
      </span>
    </li>`;
  }

  private renderReview() {
    const numbers = [...this.selected];
    const groups = ROUTING_TARGET_KINDS.map((kind) => ({
      kind,
      items: (this.targets ?? []).filter((t) => t.kind === kind),
    })).filter((g) => g.items.length);
    return html`<div class="section" part="review">
      <h3 id="review-title" tabindex="-1">${this.t('reviewTitle')}</h3>
      <p>${this.t('reviewCount', { count: numbers.length })}</p>
      <ul class="numbers">
        ${numbers.map((n) => html`<li>${this.i18n.phone(n)}</li>`)}
      </ul>
      <label class="option">
        <input
          type="checkbox"
          .checked=${this.partialAllowed}
          aria-describedby="partial-hint"
          @change=${(e: Event) => (this.partialAllowed = (e.target as HTMLInputElement).checked)}
        />
        <span class="option__text">
          <span>${this.t('partialAllowed')}</span>
          <span class="hint" id="partial-hint">${this.t('partialAllowedHint')}</span>
        </span>
      </label>
      <div class="field routing">
        <label for="routing">${this.t('routingLabel')}</label>
        <select
          id="routing"
          class="input"
          aria-describedby="routing-hint"
          ?disabled=${!this.targets}
          @change=${(e: Event) => (this.routingTargetId = (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!this.routingTargetId}>
            ${this.targets ? this.t('routingNone') : this.t('routingLoading')}
          </option>
          ${groups.map(
            (g) =>
              html`<optgroup label=${this.t(`kind.${g.kind}`)}>
                ${g.items.map(
                  (t) =>
                    html`<option value=${t.id} ?selected=${t.id === this.routingTargetId}>
                      ${t.name}
                    </option>`,
                )}
              </optgroup>`,
          )}
        </select>
        <p class="hint" id="routing-hint">${this.t('routingHint')}</p>
      </div>
      ${this.placeError ? html`<p class="notice notice--danger" role="alert">${this.placeError}</p>` : nothing}
      <div class="actions actions--end">
        <button type="button" class="btn btn--secondary" @click=${() => (this.step = 'search')}>
          ${this.t('back')}
        </button>
        <button
          type="button"
          class="btn btn--primary"
          part="place-order"
          aria-disabled=${this.placing ? 'true' : 'false'}
          @click=${() => void this.placeOrder()}
        >
          ${this.placing ? this.t('placing') : this.t('placeOrder')}
        </button>
      </div>
    </div>`;
  }

  private renderFollow() {
    const follow = this.currentFollow;
    if (!follow || !this.statusReady) return this.renderSearch();
    return html`<dialstack-order-status
      exportparts="progress, outcome"
      .dialstack=${this.instance}
      .state=${follow.state}
      .tick=${this.followTick}
      @order-retry=${() => this.retry()}
      @order-start-over=${() => this.startOver()}
    ></dialstack-order-status>`;
  }
}
