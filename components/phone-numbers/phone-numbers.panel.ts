import { inputStyles } from '../../src/ui/input';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  listPortOrderEvents,
  locationsPage,
  ROUTING_TARGET_KINDS,
  type DirectoryListingType,
  type PhoneNumber,
  type PortOrder,
  type UpdatePhoneNumberRequest,
} from '../../src/api/phone-numbers';
import { DialstackElement } from '../../src/base/dialstack-element';
import { badge, badgeStyles } from '../../src/ui/badge';
import { ComboboxController, comboboxStyles, type ComboboxGroup } from '../../src/ui/combobox';
import { ConfirmController } from '../../src/ui/confirm-dialog';
import { dialogStyles } from '../../src/ui/dialog';
import { iconClose } from '../../src/ui/icons';
import { menuStyles } from '../../src/ui/menu';
import {
  CALLER_ID_MAX,
  callerIdProblem,
  loadTargets,
  statusTone,
  type PhoneListEntry,
  type RoutingTarget,
} from './phone-numbers.data';
import { phoneNumbersPack } from './phone-numbers.messages';
import { panelStyles } from './phone-numbers.panel.styles';

/** What the panel asks its list to do (the list makes the request, optimistically). */
export type PanelAction =
  | { type: 'update'; body: UpdatePhoneNumberRequest }
  | { type: 'route'; target: string | null }
  | { type: 'disconnect' };

export interface PanelRequestDetail {
  id: string;
  action: PanelAction;
  /** The list hands back the request's promise. */
  settle: (result: Promise<unknown>) => void;
}

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-phone-number-panel': DialstackPhoneNumberPanel;
  }
  interface GlobalEventHandlersEventMap {
    'panel-request': CustomEvent<PanelRequestDetail>;
    'panel-close': CustomEvent<void>;
  }
}

const LISTING_TYPES: readonly DirectoryListingType[] = [
  'non_registered',
  'listed',
  'non_listed',
  'non_published',
];

type Notice = { tone: 'success' | 'danger' | 'info'; text: string } | undefined;

/**
 * The open row of `<dialstack-phone-numbers>` (internal; loaded on demand): a number's caller
 * ID name, directory listing, outbound calling, routing (searchable, grouped combobox) and
 * disconnect; a port order's details, rejection reason and timeline; a pending order's note.
 */
export class DialstackPhoneNumberPanel extends DialstackElement {
  static override styles = [
    DialstackElement.styles,
    badgeStyles,
    menuStyles,
    comboboxStyles,
    dialogStyles,
    inputStyles,
    panelStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  @property({ attribute: false }) entry?: PhoneListEntry;
  @property({ attribute: false }) targetNames?: Map<string, RoutingTarget>;

  @state() private callerId = '';
  @state() private listingType: DirectoryListingType = 'non_registered';
  @state() private listingName = '';
  @state() private listingLocation = '';
  @state() private outbound = true;
  @state() private saving = false;
  @state() private notice: Notice;
  @state() private routeNotice: Notice;

  private readonly combobox = new ComboboxController(this);
  private readonly confirmer = new ConfirmController(this);
  private formFor?: string;

  /** Every routing target (each list once, through the shared cache), for the combobox. */
  private readonly allTargets = this.createDataTask({
    args: () => [this.entry?.kind === 'number'] as const,
    isEmpty: () => false,
    task: async ([isNumber], { client, signal }) =>
      isNumber ? [...(await loadTargets(client, ROUTING_TARGET_KINDS, signal)).values()] : [],
  });

  private readonly locations = this.createDataTask({
    args: () => [this.entry?.kind === 'number'] as const,
    isEmpty: () => false,
    task: async ([isNumber], { client, signal }) =>
      isNumber ? (await locationsPage(client, { query: { limit: 100 }, signal })).data : [],
  });

  private readonly timeline = this.createDataTask({
    args: () => [this.entry?.kind === 'port' ? this.entry.id : undefined] as const,
    isEmpty: () => false,
    task: async ([portId], { client, signal }) =>
      portId ? (await listPortOrderEvents(client, portId, { signal })).data : [],
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.tabIndex = -1;
  }

  private t(
    key: Parameters<typeof phoneNumbersPack.t>[1],
    params?: Record<string, string | number>,
  ) {
    return phoneNumbersPack.t(this.i18n, key, params);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const entry = this.entry;
    if (entry?.kind === 'number' && this.formFor !== entry.id) {
      this.formFor = entry.id;
      this.resetForm(entry.item);
      this.notice = undefined;
      this.routeNotice = undefined;
    }
  }

  private resetForm(number: PhoneNumber): void {
    this.callerId = number.caller_id_name ?? '';
    this.listingType = number.directory_listing_type ?? 'non_registered';
    this.listingName = number.directory_listing_name ?? '';
    this.listingLocation = number.directory_listing_location_id ?? '';
    this.outbound = number.outbound_enabled;
  }

  private request(action: PanelAction): Promise<unknown> {
    let result: Promise<unknown> | undefined;
    this.dispatchEvent(
      new CustomEvent('panel-request', {
        bubbles: true,
        detail: { id: this.entry!.id, action, settle: (p: Promise<unknown>) => (result = p) },
      }),
    );
    return result ?? Promise.reject(new Error('No list to handle the request'));
  }

  private reason(error: unknown): string {
    return error instanceof Error && error.message ? error.message : this.i18n.t('errors.title');
  }

  private changes(number: PhoneNumber): UpdatePhoneNumberRequest {
    const body: UpdatePhoneNumberRequest = {};
    if (this.callerId !== (number.caller_id_name ?? '')) body.caller_id_name = this.callerId;
    if (this.outbound !== number.outbound_enabled) body.outbound_enabled = this.outbound;
    const type = number.directory_listing_type ?? 'non_registered';
    if (this.listingType !== type) body.directory_listing_type = this.listingType;
    if (this.listingType !== 'non_registered') {
      if (this.listingName !== (number.directory_listing_name ?? ''))
        body.directory_listing_name = this.listingName;
      if (
        this.listingLocation &&
        this.listingLocation !== (number.directory_listing_location_id ?? '')
      )
        body.directory_listing_location_id = this.listingLocation;
    }
    return body;
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    const entry = this.entry;
    if (entry?.kind !== 'number' || this.saving || callerIdProblem(this.callerId)) return;
    const body = this.changes(entry.item);
    if (!Object.keys(body).length) return;
    this.saving = true;
    this.notice = undefined;
    try {
      await this.request({ type: 'update', body });
      this.notice = { tone: 'success', text: this.t('saved') };
    } catch (error) {
      this.notice = { tone: 'danger', text: this.t('saveFailed', { reason: this.reason(error) }) };
    } finally {
      this.saving = false;
    }
  }

  private async route(target: string | null): Promise<void> {
    const entry = this.entry;
    if (entry?.kind !== 'number' || target === entry.item.routing_target) return;
    const name = target ? this.targetLabel(target) : '';
    this.routeNotice = undefined;
    try {
      await this.request({ type: 'route', target });
      this.routeNotice = {
        tone: 'success',
        text: target ? this.t('routed', { target: name }) : this.t('unrouted'),
      };
    } catch (error) {
      this.routeNotice = {
        tone: 'danger',
        text: this.t('routeFailed', { reason: this.reason(error) }),
      };
    }
  }

  private async disconnect(opener: HTMLElement): Promise<void> {
    const entry = this.entry;
    if (entry?.kind !== 'number') return;
    const number = this.i18n.phone(entry.item.phone_number);
    const confirmed = await this.confirmer.confirm(
      {
        title: this.t('disconnectTitle', { number }),
        message: this.t('disconnectMessage', { number }),
        confirmLabel: this.t('disconnectConfirm'),
        cancelLabel: this.t('cancel'),
        tone: 'danger',
      },
      opener,
    );
    if (!confirmed) return;
    try {
      await this.request({ type: 'disconnect' });
      this.notice = { tone: 'info', text: this.t('disconnecting', { number }) };
    } catch (error) {
      this.notice = {
        tone: 'danger',
        text: this.t('disconnectFailed', { reason: this.reason(error) }),
      };
    }
  }

  private targetLabel(id: string): string {
    return (
      this.allTargets.value?.find((t) => t.id === id)?.name ?? this.targetNames?.get(id)?.name ?? id
    );
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    const entry = this.entry;
    if (!entry) return html``;
    const title = this.i18n.phone(entry.phoneNumbers[0] ?? '');
    return html`<section class="panel" aria-label=${this.t('detailLabel', { number: title })}>
      <header class="panel__head">
        <h3>${title}</h3>
        <button
          type="button"
          class="btn btn--ghost btn--icon"
          aria-label=${this.t('close')}
          title=${this.t('close')}
          @click=${() => this.dispatchEvent(new CustomEvent('panel-close', { bubbles: true }))}
        >
          ${iconClose}
        </button>
      </header>
      ${
        entry.kind === 'number'
          ? this.renderNumber(entry.item)
          : entry.kind === 'port'
            ? this.renderPort(entry.item)
            : html`<p class="panel__note">
                ${this.t('orderNote', { time: this.i18n.relativeTime(entry.item.created_at) })}
              </p>`
      }
      <slot name="host"></slot>
      ${this.confirmer.render()}
    </section>`;
  }

  private renderNumber(number: PhoneNumber) {
    if (number.status === 'released')
      return html`<p class="panel__note">${this.t('releasedNote')}</p>`;
    const problem = callerIdProblem(this.callerId);
    const targets = this.allTargets.value;
    const groups: ComboboxGroup[] = [
      { label: this.t('routing'), options: [{ value: null, label: this.t('routingNone') }] },
      ...ROUTING_TARGET_KINDS.map((kind) => ({
        label: this.t(`kindGroup.${kind}`),
        options: (targets ?? [])
          .filter((t) => t.kind === kind)
          .map((t) => ({ value: t.id, label: t.name })),
      })),
    ];
    const current = number.routing_target;
    return html`<div class="panel__section">
        <span class="label" id="routing-label">${this.t('routing')}</span>
        ${this.combobox.render({
          labelId: 'routing-label',
          groups,
          value: current,
          valueLabel: current ? this.targetLabel(current) : this.t('routingNone'),
          emptyLabel: this.t('routingNoMatch'),
          placeholder: targets ? undefined : this.t('routingLoading'),
          onSelect: (value) => void this.route(value),
        })}
        ${
          this.routeNotice
            ? html`<p class="notice notice--${this.routeNotice.tone}" role="status">
                ${this.routeNotice.text}
              </p>`
            : nothing
        }
      </div>
      <form class="panel__section" @submit=${(e: Event) => void this.save(e)}>
        <div class="field">
          <label for="caller-id">${this.t('callerIdName')}</label>
          <input
            id="caller-id"
            class="input"
            .value=${this.callerId}
            maxlength=${CALLER_ID_MAX + 5}
            autocomplete="off"
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby="caller-id-hint caller-id-count"
            @input=${(e: Event) => (this.callerId = (e.target as HTMLInputElement).value)}
          />
          <span class="field__meta">
            <span id="caller-id-hint" class=${problem ? 'field__error' : 'hint'}>
              ${
                problem === 'tooLong'
                  ? this.t('callerIdTooLong')
                  : problem === 'characters'
                    ? this.t('callerIdCharacters')
                    : this.t('callerIdHint')
              }
            </span>
            <span
              id="caller-id-count"
              class="counter ${this.callerId.length > CALLER_ID_MAX ? 'counter--over' : ''}"
              aria-live="polite"
            >
              ${this.t('callerIdCount', { count: this.callerId.length, max: CALLER_ID_MAX })}
            </span>
          </span>
        </div>
        <div class="field">
          <label for="listing-type">${this.t('listingType')}</label>
          <select
            id="listing-type"
            class="input"
            @change=${(e: Event) =>
              (this.listingType = (e.target as HTMLSelectElement).value as DirectoryListingType)}
          >
            ${LISTING_TYPES.map(
              (type) =>
                html`<option value=${type} ?selected=${type === this.listingType}>
                  ${this.t(`listing.${type}`)}
                </option>`,
            )}
          </select>
        </div>
        ${this.listingType !== 'non_registered' ? this.renderListing() : nothing}
        <label class="check">
          <input
            type="checkbox"
            .checked=${this.outbound}
            @change=${(e: Event) => (this.outbound = (e.target as HTMLInputElement).checked)}
          />
          ${this.t('outboundLabel')}
        </label>
        ${
          this.notice
            ? html`<p class="notice notice--${this.notice.tone}" role="status">
                ${this.notice.text}
              </p>`
            : nothing
        }
        <div class="actions">
          <button
            type="button"
            class="btn btn--danger btn--sm"
            @click=${(e: Event) => void this.disconnect(e.currentTarget as HTMLElement)}
          >
            ${this.t('disconnect')}
          </button>
          <span class="spacer"></span>
          <button
            type="submit"
            class="btn btn--primary"
            aria-disabled=${this.saving || problem ? 'true' : 'false'}
          >
            ${this.saving ? this.t('saving') : this.t('save')}
          </button>
        </div>
      </form>`;
  }

  private renderListing() {
    const locations = this.locations.value ?? [];
    return html`<div class="field">
        <label for="listing-name">${this.t('listingName')}</label>
        <input
          id="listing-name"
          class="input"
          .value=${this.listingName}
          @input=${(e: Event) => (this.listingName = (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="listing-location">${this.t('listingLocation')}</label>
        <select
          id="listing-location"
          class="input"
          @change=${(e: Event) => (this.listingLocation = (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!this.listingLocation}>—</option>
          ${locations.map(
            (l) =>
              html`<option value=${l.id} ?selected=${l.id === this.listingLocation}>
                ${l.name}
              </option>`,
          )}
        </select>
      </div>`;
  }

  private renderPort(port: PortOrder) {
    const d = port.details;
    const status = `port_${port.status}`;
    const label =
      port.status === 'foc'
        ? this.t('status.port_foc', {
            date: this.i18n.date(d?.actual_foc_date ?? d?.requested_foc_date),
          })
        : this.t(`status.${status}` as 'status.active');
    const events = this.timeline.value ?? [];
    return html`<div class="panel__section" part="port">
      <div>${badge(label, statusTone(status), { dot: true })}</div>
      ${
        port.status === 'exception' && d?.rejection
          ? html`<div class="notice notice--danger" part="rejection" role="note">
              <strong>${this.t('rejection')}</strong>
              <p>${d.rejection.message}</p>
            </div>`
          : nothing
      }
      <dl class="facts">
        <dt>${this.t('portNumbers')}</dt>
        <dd>${this.i18n.list((d?.phone_numbers ?? []).map((n) => this.i18n.phone(n)))}</dd>
        ${
          d?.requested_foc_date
            ? html`<dt>${this.t('portRequested')}</dt>
                <dd>${this.i18n.date(d.requested_foc_date)}</dd>`
            : nothing
        }
        ${
          d?.actual_foc_date
            ? html`<dt>${this.t('portScheduled')}</dt>
                <dd>${this.i18n.date(d.actual_foc_date)}</dd>`
            : nothing
        }
        ${
          d?.losing_carrier
            ? html`<dt>${this.t('portCarrier')}</dt>
                <dd>${d.losing_carrier.name}</dd>`
            : nothing
        }
      </dl>
      <h4>${this.t('timeline')}</h4>
      ${this.timeline.render({
        loading: () => html`<p class="hint" role="status">${this.t('timelineLoading')}</p>`,
        error: (_detail, retry) =>
          html`<p class="notice notice--danger" role="alert">
            ${this.t('timelineFailed')}
            <button type="button" class="btn btn--ghost btn--sm" @click=${retry}>
              ${this.t('retry')}
            </button>
          </p>`,
        complete: () =>
          html`<ol class="timeline" part="timeline">
            ${events.map(
              (e) =>
                html`<li class="timeline__item">
                  <span class="timeline__dot" aria-hidden="true"></span>
                  <span class="timeline__text">
                    <strong
                      >${this.t(`status.port_${e.new_status}` as 'status.active', { date: '' })}</strong
                    >
                    <time datetime=${e.created_at}>${this.i18n.dateTime(e.created_at)}</time>
                    ${e.message ? html`<span class="hint">${e.message}</span>` : nothing}
                  </span>
                </li>`,
            )}
          </ol>`,
      })}
    </div>`;
  }
}
