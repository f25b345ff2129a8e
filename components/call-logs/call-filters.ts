import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { I18n } from '../../src/i18n';
import { iconFilter } from '../../src/ui/icons';
import {
  CALL_DIRECTIONS,
  CALL_STATUSES,
  countActiveFilters,
  isDirection,
  isStatus,
  normalizePhoneQuery,
  type CallFilterValues,
  type User,
} from './call-logs.data';
import { presetFor, presetRange, type DatePreset } from './call-logs.dates';
import { loadCallLogsPack } from './call-logs.messages';
import { callLogsText } from './call-logs.text';
import { callFiltersStyles } from './call-filters.styles';

export type { CallFilterValues };

/** `detail` of `filters-change`: the filters that changed; `undefined` clears one. */
export type CallFiltersChange = Partial<CallFilterValues>;

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-call-filters': DialstackCallFilters;
  }
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const dateOnly = (value: string | undefined) => (value && DATE_ONLY.test(value) ? value : '');

/**
 * The filter bar of `<dialstack-call-logs>` (internal): direction, status, user, a date range
 * (presets or two dates) and a phone number. Properties down (the applied filters, the users,
 * the locale), a `filters-change` event up (not composed: it stays in the element's shadow
 * root). The phone box keeps its draft until it is submitted, and says so when the number is
 * not usable, without firing anything.
 *
 * @internal
 * @fires filters-change - The person changed a filter; `detail` holds what changed.
 */
export class DialstackCallFilters extends LitElement {
  static override styles = callFiltersStyles;

  @property({ attribute: false }) i18n!: I18n;
  /** The host's message overrides (`locale.messages`). */
  @property({ attribute: false }) messages?: unknown;
  @property({ attribute: false }) direction?: CallFilterValues['direction'];
  @property({ attribute: false }) status?: CallFilterValues['status'];
  @property({ attribute: false }) userId?: string;
  @property({ attribute: false }) fromDate?: string;
  @property({ attribute: false }) toDate?: string;
  @property({ attribute: false }) phoneNumber?: string;
  /** The account's users (undefined while they load). */
  @property({ attribute: false }) users?: ReadonlyMap<string, User>;
  /** Users could not be loaded: the user filter says so. */
  @property({ attribute: false }) usersFailed = false;
  /** Shown in a narrow container (where the bar is collapsed behind a toggle). */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private phoneDraft = '';
  @state() private phoneError = false;
  @state() private customDates = false;
  /** The draft last submitted (Enter, then `change`, for one draft submit once). */
  private submittedDraft?: string;

  /** Forgets what the person was typing or choosing (after the filters were cleared). */
  reset(): void {
    this.phoneDraft = this.phoneNumber ?? '';
    this.phoneError = false;
    this.customDates = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    loadCallLogsPack(this.i18n, this);
    if (changed.has('phoneNumber')) {
      this.phoneDraft = this.phoneNumber ?? '';
      this.phoneError = false;
    }
  }

  private change(detail: CallFiltersChange): void {
    this.dispatchEvent(new CustomEvent<CallFiltersChange>('filters-change', { detail }));
  }

  private onDirectionChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.change({ direction: isDirection(value) ? value : undefined });
  }

  private onStatusChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.change({ status: isStatus(value) ? value : undefined });
  }

  private onUserChange(event: Event): void {
    this.change({ userId: (event.target as HTMLSelectElement).value || undefined });
  }

  private onPresetChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as DatePreset;
    if (value === 'custom') {
      this.customDates = true;
      return;
    }
    this.customDates = false;
    const range = presetRange(value === 'all' ? 'all' : value, new Date(), this.i18n.timeZone);
    this.change({ fromDate: range.from ?? undefined, toDate: range.to ?? undefined });
  }

  private onDateInput(bound: 'from' | 'to', event: Event): void {
    const value = (event.target as HTMLInputElement).value || undefined;
    this.change(bound === 'from' ? { fromDate: value } : { toDate: value });
  }

  /** Enter in the phone box submits it even when its value has not changed since. */
  private onPhoneKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    this.submittedDraft = undefined;
    void this.onPhoneSubmit();
  }

  private async onPhoneSubmit(): Promise<void> {
    const draft = this.phoneDraft.trim();
    // Enter submits and then fires `change` for the same draft: one submission.
    if (draft === this.submittedDraft) return;
    this.submittedDraft = draft;
    if (!draft) {
      this.phoneError = false;
      this.change({ phoneNumber: undefined });
      return;
    }
    const normalized = await normalizePhoneQuery(draft, this.i18n.defaultCountry);
    if (!normalized) {
      this.phoneError = true;
      return;
    }
    this.phoneError = false;
    // The box now shows the normalized number: leaving it (a `change`) submits nothing new.
    this.phoneDraft = this.submittedDraft = normalized;
    this.change({ phoneNumber: normalized });
  }

  private onPhoneInput(event: Event): void {
    this.phoneDraft = (event.target as HTMLInputElement).value;
    this.submittedDraft = undefined;
    if (this.phoneError) this.phoneError = false;
    // The search input's clear button empties the field: drop the filter with it.
    if (this.phoneDraft === '' && this.phoneNumber) this.change({ phoneNumber: undefined });
  }

  private clearAll(): void {
    this.phoneDraft = '';
    this.submittedDraft = undefined;
    this.phoneError = false;
    this.customDates = false;
    this.change({
      direction: undefined,
      status: undefined,
      userId: undefined,
      fromDate: undefined,
      toDate: undefined,
      phoneNumber: undefined,
    });
  }

  protected override render(): TemplateResult {
    const { t, display: d } = callLogsText(this.i18n, this.messages);
    const direction = isDirection(this.direction) ? this.direction : undefined;
    const status = isStatus(this.status) ? this.status : undefined;
    // Not a <form>: Chromium's autofill keeps every form it has seen alive (~90 kB per
    // mounted list); the phone box handles Enter itself.
    return html`<div
      class="bar"
      role="search"
      aria-label=${t('callLogs.filters.label')}
      lang=${this.i18n.locale}
    >
      <div class="field">
        <label for="f-direction">${t('common.filters.direction')}</label>
        <select id="f-direction" class="control" @change=${this.onDirectionChange}>
          <option value="" ?selected=${!direction}>${t('callLogs.filters.allDirections')}</option>
          ${CALL_DIRECTIONS.map(
            (value) =>
              html`<option value=${value} ?selected=${direction === value}>
                ${d.strings.direction[value]}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="f-status">${t('common.filters.status')}</label>
        <select id="f-status" class="control" @change=${this.onStatusChange}>
          <option value="" ?selected=${!status}>${t('callLogs.filters.allStatuses')}</option>
          ${CALL_STATUSES.map(
            (value) =>
              html`<option value=${value} ?selected=${status === value}>
                ${d.strings.status[value]}
              </option>`,
          )}
        </select>
      </div>
      ${this.renderUser()} ${this.renderDates()} ${this.renderPhone()}
      ${
        countActiveFilters(this)
          ? html`<button type="button" class="btn btn--ghost btn--sm" @click=${this.clearAll}>
              ${iconFilter} ${t('common.filters.clearAll')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderUser(): TemplateResult {
    const { t } = callLogsText(this.i18n, this.messages);
    const users = this.users;
    const userId = this.userId;
    const failed = this.usersFailed;
    const options = users
      ? [...users.values()].sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id))
      : [];
    const unknown = userId && (!users || !users.has(userId));
    return html`<div class="field">
      <label for="f-user">${t('common.filters.user')}</label>
      <select
        id="f-user"
        class="control"
        @change=${this.onUserChange}
        aria-describedby=${ifDefined(failed ? 'f-user-error' : undefined)}
      >
        <option value="" ?selected=${!userId}>${t('callLogs.filters.allUsers')}</option>
        ${unknown ? html`<option value=${userId} selected>${userId}</option>` : nothing}
        ${repeat(
          options,
          (user) => user.id,
          (user) =>
            html`<option value=${user.id} ?selected=${userId === user.id}>
              ${user.name || user.email || user.id}
            </option>`,
        )}
      </select>
      ${
        failed
          ? html`<p class="field__hint" id="f-user-error">
              ${t('callLogs.filters.usersUnavailable')}
            </p>`
          : nothing
      }
    </div>`;
  }

  private renderDates(): TemplateResult {
    const { t } = callLogsText(this.i18n, this.messages);
    const preset = this.customDates
      ? 'custom'
      : presetFor(this.fromDate, this.toDate, new Date(), this.i18n.timeZone);
    const option = (value: DatePreset, label: string) =>
      html`<option value=${value} ?selected=${preset === value}>${label}</option>`;
    const from = dateOnly(this.fromDate);
    const to = dateOnly(this.toDate);
    return html`<div class="field">
        <label for="f-date">${t('common.filters.dateRange')}</label>
        <select id="f-date" class="control" @change=${this.onPresetChange}>
          ${option('all', t('callLogs.filters.anyTime'))}
          ${option('today', t('common.datePresets.today'))}
          ${option('7d', t('common.datePresets.last7Days'))}
          ${option('30d', t('common.datePresets.last30Days'))}
          ${option('custom', t('common.datePresets.custom'))}
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
                  .value=${live(from)}
                  max=${ifDefined(to || undefined)}
                  @change=${(e: Event) => this.onDateInput('from', e)}
                />
              </div>
              <div class="field">
                <label for="f-to">${t('callLogs.filters.toDate')}</label>
                <input
                  id="f-to"
                  class="control"
                  type="date"
                  .value=${live(to)}
                  min=${ifDefined(from || undefined)}
                  @change=${(e: Event) => this.onDateInput('to', e)}
                />
              </div>
            </div>`
          : nothing
      }`;
  }

  private renderPhone(): TemplateResult {
    const { t } = callLogsText(this.i18n, this.messages);
    return html`<div class="field field--phone">
      <label for="f-phone">${t('callLogs.filters.phone')}</label>
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
        @keydown=${this.onPhoneKeydown}
        @change=${this.onPhoneSubmit}
      />
      ${
        this.phoneError
          ? html`<p class="field__error" id="f-phone-help" role="alert">
              ${t('callLogs.filters.phoneInvalid')}
            </p>`
          : html`<p class="visually-hidden" id="f-phone-help">
              ${t('callLogs.filters.phoneHint')}
            </p>`
      }
    </div>`;
  }
}
