import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { DialstackElement } from '../../src/base/dialstack-element';
import { badge, badgeStyles } from '../../src/ui/badge';
import { orderOutcomes } from './phone-number-ordering.data';
import type { OrderFollowState } from './phone-number-ordering.follow';
import { orderingPack } from './phone-number-ordering.messages';
import { orderingStyles } from './phone-number-ordering.styles';

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-order-status': DialstackOrderStatus;
  }
}

/**
 * The followed order of `<dialstack-phone-number-ordering>` (internal; loaded when the first
 * order is placed): progress while it is pending, then each number's outcome, the error
 * message and the routing applied. Fires `order-retry` and `order-start-over` (not composed).
 */
export class DialstackOrderStatus extends DialstackElement {
  static override styles = [DialstackElement.styles, badgeStyles, orderingStyles];

  @property({ attribute: false }) state?: OrderFollowState;
  /** Bumped by the host on every change of the followed order. */
  @property({ attribute: false }) tick = 0;

  private t(key: Parameters<typeof orderingPack.t>[1], params?: Record<string, string | number>) {
    return orderingPack.t(this.i18n, key, params);
  }

  private fire(type: 'order-retry' | 'order-start-over'): void {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true }));
  }

  protected override render() {
    const s = this.state;
    if (!s) return nothing;
    if (!s.done) {
      return html`<div class="section" part="progress">
        <h3 id="follow-title" tabindex="-1">${this.t('following')}</h3>
        <div class="progress" role="status">
          <span class="spinner" aria-hidden="true"></span>
          <span>
            ${this.t('checks', { count: s.polls })} ·
            ${this.t('elapsed', { time: this.i18n.relativeTime(s.startedAt) })}
          </span>
        </div>
        ${s.checkFailed ? html`<p class="hint">${this.t('checkFailed')}</p>` : nothing}
        <p class="hint">${this.t('followingHint')}</p>
        <ul class="numbers">
          ${(s.order.phone_numbers ?? []).map((n) => html`<li>${this.i18n.phone(n)}</li>`)}
        </ul>
        <div class="actions">
          <button
            type="button"
            class="btn btn--secondary"
            @click=${() => this.fire('order-start-over')}
          >
            ${this.t('keepSearching')}
          </button>
        </div>
      </div>`;
    }
    const order = s.order;
    const tone =
      order.status === 'complete' ? 'success' : order.status === 'partial' ? 'warning' : 'danger';
    const outcomes = orderOutcomes(order);
    return html`<div class="section" part="outcome" data-status=${order.status}>
      <h3 id="follow-title" tabindex="-1">${this.t(order.status as 'complete')}</h3>
      ${
        order.error_message
          ? html`<p class="notice notice--${tone}" role="alert">${order.error_message}</p>`
          : nothing
      }
      <ul class="outcomes">
        ${outcomes.map(
          (o) =>
            html`<li class="outcome">
              <span>${this.i18n.phone(o.phoneNumber)}</span>
              ${badge(
                o.ok ? this.t('arrived') : this.t('notArrived'),
                o.ok ? 'success' : 'danger',
                {
                  dot: true,
                },
              )}
            </li>`,
        )}
      </ul>
      ${
        s.routing?.routed.length
          ? html`<p class="notice notice--success">
              ${this.t('routedTo', { target: s.routing.target.name })}
            </p>`
          : nothing
      }
      ${
        s.routing?.failed.length
          ? html`<p class="notice notice--warning">
              ${this.t('routingFailed', {
                target: s.routing.target.name,
                numbers: this.i18n.list(s.routing.failed.map((n) => this.i18n.phone(n))),
              })}
            </p>`
          : nothing
      }
      <div class="actions actions--end">
        ${
          order.status === 'failed'
            ? html`<button
                type="button"
                class="btn btn--primary"
                @click=${() => this.fire('order-retry')}
              >
                ${this.t('retry')}
              </button>`
            : nothing
        }
        <button
          type="button"
          class="btn btn--secondary"
          @click=${() => this.fire('order-start-over')}
        >
          ${this.t('keepSearching')}
        </button>
      </div>
    </div>`;
  }
}
