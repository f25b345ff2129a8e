import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  assignUserToDevice,
  createHardwareOrder,
  removeUserFromDevice,
  updateHardwareOrder,
  type HardwareCatalogItem,
} from '../../src/api/devices';
import { DialstackElement } from '../../src/base/dialstack-element';
import { badge, badgeStyles } from '../../src/ui/badge';
import { formActions } from '../../src/ui/blocks';
import { inputStyles } from '../../src/ui/input';
import { iconClose } from '../../src/ui/icons';
import { usePack } from '../../src/base/pack';
import { stepStyles } from './onboarding.numbers.styles';
import { devicesPack } from './onboarding.devices.messages';
import {
  QUANTITIES_KEY,
  checkQuantities,
  draftOrder,
  loadDevices,
  loadHardware,
  quantitiesOf,
  type DeviceData,
  type Quantities,
  type QuantityProblem,
} from './onboarding.devices.data';
import { OnboardingStep } from './account-onboarding.step';

type Note = { ok: boolean; text: string } | undefined;

/**
 * The onboarding step "Phones and devices" (internal; the shell mounts it): the hardware
 * catalog with quantities (1-100 each) saved as a draft hardware order that stays editable
 * while it is a draft, and who uses each desk phone (assign and remove, by keyboard or pointer).
 *
 * @fires {CustomEvent<StepEventDetail>} dialstack-onboarding-changed - After a change that can move progress (`{ step }`; bubbles, not composed).
 * @fires {CustomEvent<StepEventDetail>} dialstack-onboarding-next - The person pressed Continue (`{ step }`).
 */
export class DialstackOnboardingDevices extends OnboardingStep {
  static override styles = [DialstackElement.styles, inputStyles, badgeStyles, stepStyles];

  readonly stepId = 'devices' as const;

  @state() private quantities?: Quantities;
  /** What the last Save sent, and the list it was saved over. */
  private saved?: { quantities: Quantities; list: unknown };
  @state() private problems: Record<string, QuantityProblem> = {};
  @state() private saving = false;
  @state() private orderNote: Note;
  @state() private picks: Record<string, string> = {};
  @state() private busyDevice?: string;
  @state() private deviceNotes: Record<string, Note> = {};
  /** The draft order this step created, until the list shows it: a second Save updates it. */
  private createdDraftId?: string;

  private readonly hardware = this.createDataTask({
    args: () => [] as const,
    tags: ['catalog', 'hardware-orders'],
    isEmpty: () => false,
    task: (_args, { client, signal }) => loadHardware(client, signal),
  });

  private readonly devices = this.createDataTask({
    args: () => [] as const,
    tags: ['devices', 'users'],
    isEmpty: () => false,
    task: (_args, { client, signal }) => loadDevices(client, signal),
  });

  private readonly t = usePack(this, devicesPack, () => this.i18n);

  /**
   * Typed quantities: this session's, else the draft store's, else the draft order's. Just
   * after a save, until the list is loaded again, the saved ones (the list still holds the
   * order as it was, or none).
   */
  private currentQuantities(): Quantities {
    const saved =
      this.saved && this.saved.list === this.hardware.value ? this.saved.quantities : undefined;
    return (
      this.quantities ??
      this.drafts.get<Quantities>(QUANTITIES_KEY) ??
      saved ??
      quantitiesOf(draftOrder(this.hardware.value?.orders ?? []))
    );
  }

  private setQuantity(id: string, value: string): void {
    const quantities = { ...this.currentQuantities(), [id]: value };
    this.quantities = quantities;
    this.drafts.set(QUANTITIES_KEY, quantities);
    const { [id]: _drop, form: _form, ...rest } = this.problems;
    this.problems = rest;
  }

  private async saveOrder(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving) return;
    const client = this.instance?.client;
    if (!client) return;
    const checked = checkQuantities(this.currentQuantities());
    if (!checked.ok) {
      this.problems = checked.problems;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.saving = true;
    this.orderNote = undefined;
    try {
      const orders = this.hardware.value?.orders ?? [];
      // Listed now (a draft, or placed since): the list says which order a Save changes.
      if (orders.some((order) => order.id === this.createdDraftId)) this.createdDraftId = undefined;
      const draftId = draftOrder(orders)?.id ?? this.createdDraftId;
      if (draftId) await updateHardwareOrder(client, draftId, checked.body);
      else this.createdDraftId = (await createHardwareOrder(client, checked.body)).id;
      this.saved = { quantities: this.currentQuantities(), list: this.hardware.value };
      this.drafts.delete(QUANTITIES_KEY);
      this.quantities = undefined;
      this.orderNote = { ok: true, text: this.t('draftSaved') };
      this.changed();
    } catch (error) {
      this.orderNote = { ok: false, text: this.t('orderFailed', { reason: this.reason(error) }) };
    } finally {
      this.saving = false;
    }
  }

  private async assign(deviceId: string): Promise<void> {
    const userId = this.picks[deviceId];
    const client = this.instance?.client;
    if (!userId || !client || this.busyDevice) return;
    this.busyDevice = deviceId;
    this.deviceNotes = { ...this.deviceNotes, [deviceId]: undefined };
    try {
      await assignUserToDevice(client, deviceId, userId);
      this.picks = { ...this.picks, [deviceId]: '' };
      this.changed();
      await this.devices.taskComplete.catch(() => undefined);
    } catch (error) {
      this.deviceNotes = {
        ...this.deviceNotes,
        [deviceId]: { ok: false, text: this.t('assignFailed', { reason: this.reason(error) }) },
      };
    } finally {
      this.busyDevice = undefined;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLSelectElement>(`#pick-${CSS.escape(deviceId)}`)?.focus();
  }

  private async unassign(deviceId: string, userId: string): Promise<void> {
    const client = this.instance?.client;
    if (!client || this.busyDevice) return;
    this.busyDevice = deviceId;
    try {
      await removeUserFromDevice(client, deviceId, userId);
      this.changed();
      await this.devices.taskComplete.catch(() => undefined);
    } catch (error) {
      this.deviceNotes = {
        ...this.deviceNotes,
        [deviceId]: { ok: false, text: this.t('removeFailed', { reason: this.reason(error) }) },
      };
    } finally {
      this.busyDevice = undefined;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLSelectElement>(`#pick-${CSS.escape(deviceId)}`)?.focus();
  }

  private reason(error: unknown): string {
    return error instanceof Error && error.message ? error.message : this.i18n.t('errors.title');
  }

  protected override render(): TemplateResult {
    return html`<section class="frame" aria-labelledby="devices-title" lang=${this.i18n.locale}>
      <div class="section">
        <h2 id="devices-title">${this.t('title')}</h2>
        <p class="hint">${this.t('intro')}</p>
      </div>
      <div class="section">
        <h3>${this.t('catalogTitle')}</h3>
        ${this.hardware.render({ skeletonRows: 4, complete: (data) => this.renderCatalog(data.catalog, data.orders) })}
      </div>
      <div class="section">
        <h3>${this.t('devicesTitle')}</h3>
        ${this.devices.render({ skeletonRows: 3, complete: (data) => this.renderDevices(data) })}
      </div>
      ${this.continueRow(this.t('continue'), 'section actions actions--end')}
    </section>`;
  }

  private renderCatalog(
    catalog: HardwareCatalogItem[],
    orders: NonNullable<typeof this.hardware.value>['orders'],
  ) {
    const quantities = this.currentQuantities();
    const draft = draftOrder(orders);
    const placed = orders.filter((o) => o.status !== 'draft');
    return html`<form novalidate @submit=${(e: Event) => void this.saveOrder(e)}>
        <table part="catalog">
          <thead>
            <tr>
              <th scope="col">${this.t('colModel')}</th>
              <th scope="col">${this.t('colType')}</th>
              <th scope="col">${this.t('colQuantity')}</th>
            </tr>
          </thead>
          <tbody>
            ${repeat(
              catalog,
              (item) => item.id,
              (item) => {
                const id = item.id!;
                const model = `${item.manufacturer ?? ''} ${item.model ?? ''}`.trim();
                const problem = this.problems[id];
                return html`<tr part="row" data-id=${id}>
                  <td>${model}</td>
                  <td>${item.device_type ? this.t(`type.${item.device_type}`) : ''}</td>
                  <td>
                    <input
                      id="q-${id}"
                      class="input quantity"
                      type="number"
                      inputmode="numeric"
                      min="1"
                      max="100"
                      step="1"
                      aria-label=${this.t('quantityFor', { model })}
                      aria-invalid=${problem ? 'true' : 'false'}
                      aria-describedby=${problem ? `qe-${id}` : 'q-hint'}
                      .value=${quantities[id] ?? ''}
                      @input=${(e: Event) => this.setQuantity(id, (e.target as HTMLInputElement).value)}
                    />
                    ${problem ? html`<p class="field__error" id="qe-${id}">${this.t('quantityRange')}</p>` : nothing}
                  </td>
                </tr>`;
              },
            )}
          </tbody>
        </table>
        <p class="hint" id="q-hint">${this.t('quantityHint')}</p>
        ${this.problems.form ? html`<p class="form-error" role="alert">${this.t('nothingOrdered')}</p>` : nothing}
        ${
          this.orderNote
            ? html`<p
                class=${this.orderNote.ok ? 'notice notice--success' : 'notice notice--danger'}
                role="status"
              >
                ${this.orderNote.text}
              </p>`
            : nothing
        }
        ${formActions({
          lead: draft
            ? html`<span class="hint" part="draft-order" data-id=${draft.id ?? ''}
                >${this.orderLine(draft)}</span
              >`
            : nothing,
          submit: {
            label: draft ? this.t('updateOrder') : this.t('createOrder'),
            part: 'save-order',
            busy: this.saving,
            busyLabel: this.t('saving'),
          },
        })}
      </form>
      ${placed.map((o) => html`<p class="hint" part="order" data-id=${o.id ?? ''}>${this.orderLine(o)}</p>`)}`;
  }

  private orderLine(order: NonNullable<typeof this.hardware.value>['orders'][number]) {
    const items = (order.items ?? [])
      .map((i) =>
        this.t('orderedItems', {
          quantity: i.quantity ?? 0,
          model:
            `${i.hardware_catalog?.manufacturer ?? ''} ${i.hardware_catalog?.model ?? ''}`.trim(),
        }),
      )
      .join(', ');
    return html`${badge(this.t(`status.${order.status ?? 'draft'}`), order.status === 'draft' ? 'neutral' : 'info')}
    ${items}`;
  }

  private renderDevices({ devices, users }: DeviceData) {
    if (!devices.length) return html`<p class="hint" part="empty">${this.t('noDevices')}</p>`;
    const nameOf = (id: string) => users.find((u) => u.id === id)?.name ?? id;
    return html`<ul class="cid-rows" aria-label=${this.t('devicesTitle')}>
      ${repeat(
        devices,
        (d) => d.id,
        (device) => {
          const name = this.t('deviceName', {
            model: device.model ?? device.vendor,
            mac: device.mac_address,
          });
          const note = this.deviceNotes[device.id];
          const free = users.filter((u) => !device.users.some((a) => a.user_id === u.id));
          const busy = this.busyDevice === device.id;
          return html`<li part="row" data-id=${device.id} class="device">
            <h4 id="d-${device.id}">${name}</h4>
            ${
              device.type === 'dect_base'
                ? html`<p class="hint">${this.t('dectBase')}</p>`
                : html`${
                      device.users.length
                        ? html`<ul class="checks" aria-labelledby="d-${device.id}">
                            ${device.users.map(
                              (a) =>
                                html`<li class="check" data-user-id=${a.user_id}>
                                  <span
                                    >${nameOf(a.user_id)}${a.line_number ? ` · ${this.t('line', { line: a.line_number })}` : ''}</span
                                  >
                                  <button
                                    type="button"
                                    class="btn btn--ghost btn--sm btn--icon"
                                    aria-label=${this.t('remove', { user: nameOf(a.user_id), device: name })}
                                    @click=${() => void this.unassign(device.id, a.user_id)}
                                  >
                                    ${iconClose}
                                  </button>
                                </li>`,
                            )}
                          </ul>`
                        : html`<p class="hint">${this.t('noUsers')}</p>`
                    }
                    <form
                      class="actions"
                      novalidate
                      @submit=${(e: Event) => {
                        e.preventDefault();
                        void this.assign(device.id);
                      }}
                    >
                      <select
                        id="pick-${device.id}"
                        class="input cid-input"
                        aria-label=${this.t('addUser', { device: name })}
                        .value=${this.picks[device.id] ?? ''}
                        @change=${(e: Event) =>
                          (this.picks = {
                            ...this.picks,
                            [device.id]: (e.target as HTMLSelectElement).value,
                          })}
                      >
                        <option value="">${this.t('choose')}</option>
                        ${free.map((u) => html`<option value=${u.id}>${u.name ?? u.email ?? u.id}</option>`)}
                      </select>
                      <button
                        type="submit"
                        class="btn btn--secondary btn--sm"
                        aria-disabled=${busy || !this.picks[device.id] ? 'true' : 'false'}
                      >
                        ${busy ? this.t('assigning') : this.t('assign')}
                      </button>
                    </form>`
            }
            ${note ? html`<p class="field__error" role="alert">${note.text}</p>` : nothing}
          </li>`;
        },
      )}
    </ul>`;
  }
}
