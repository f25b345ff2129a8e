import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import {
  getPortOrder,
  listPortOrderEvents,
  type PortOrderStatus,
} from '../../src/api/phone-numbers';
import { DialstackElement } from '../../src/base/dialstack-element';
import { badge, badgeStyles } from '../../src/ui/badge';
import { usePack } from '../../src/base/pack';
import { numbersPack } from './onboarding.numbers.messages';
import { stepStyles } from './onboarding.numbers.styles';

const TONES: Record<PortOrderStatus, string> = {
  draft: 'neutral',
  approved: 'info',
  submitted: 'info',
  exception: 'danger',
  foc: 'info',
  complete: 'success',
  cancelled: 'neutral',
};

/** A submitted port order's status, requested date and history (internal; loaded on demand). */
export class DialstackOnboardingPortStatus extends DialstackElement {
  static override styles = [DialstackElement.styles, badgeStyles, stepStyles];

  @property({ attribute: false }) orderId?: string;

  private readonly order = this.createDataTask({
    args: () => [this.orderId] as const,
    tags: ['port-orders'],
    task: async ([id], { client, signal }) => {
      if (!id) return undefined;
      const [order, events] = await Promise.all([
        getPortOrder(client, id, { signal, cache: 'no-store' }),
        listPortOrderEvents(client, id, { signal, cache: 'no-store' }),
      ]);
      return { order, events: events.data };
    },
  });

  private readonly t = usePack(this, numbersPack, () => this.i18n);

  protected override render() {
    return this.order.render({
      skeletonRows: 2,
      complete: (value) => {
        if (!value) return nothing;
        const { order, events } = value;
        const date = order.details.requested_foc_date;
        return html`<div part="port-status">
          <p>
            ${this.t('port.statusLabel')}:
            <span data-status=${order.status}
              >${badge(this.t(`port.status.${order.status}`), TONES[order.status])}</span
            >
          </p>
          <ul class="checks">
            ${(order.details.phone_numbers ?? []).map(
              (n) => html`<li class="check">${this.i18n.phone(n)}</li>`,
            )}
          </ul>
          ${
            date
              ? html`<p class="hint">
                  ${this.t('port.requested', {
                    date: this.i18n.wallDate(date),
                  })}
                </p>`
              : nothing
          }
          ${
            order.details.rejection?.message
              ? html`<p class="notice notice--danger">${order.details.rejection.message}</p>`
              : nothing
          }
          <h4>${this.t('port.eventsTitle')}</h4>
          <ol class="events">
            ${events.map(
              (event) =>
                html`<li part="row" data-id=${event.id}>
                  ${this.t(`port.status.${event.new_status}`)} ·
                  ${this.i18n.dateTime(event.created_at)}${event.message ? ` · ${event.message}` : ''}
                </li>`,
            )}
          </ol>
        </div>`;
      },
    });
  }
}
