import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { PortInEligibilityResult } from '../../src/api/port-orders';
import { DialstackElement } from '../../src/base/dialstack-element';
import { usePack } from '../../src/base/pack';
import { numbersPack } from './onboarding.numbers.messages';
import { stepStyles } from './onboarding.numbers.styles';
import { groupByCarrier } from './onboarding.port.data';

/**
 * The result of a port-in eligibility check (internal, in the port flow): portable numbers in
 * one table per losing carrier, with which need an account number and PIN, then the numbers
 * that can't be ported. Rows carry `part="row"`, `data-id` (E.164) and `data-portable`.
 */
export class DialstackOnboardingPortEligibility extends DialstackElement {
  static override styles = [DialstackElement.styles, stepStyles];

  @property({ attribute: false }) result?: PortInEligibilityResult;

  private readonly t = usePack(this, numbersPack, () => this.i18n);

  protected override render() {
    const eligibility = this.result;
    if (!eligibility) return nothing;
    const groups = groupByCarrier(eligibility, this.t('port.unknownCarrier'));
    const portableCount = eligibility.portable_numbers?.length ?? 0;
    const blocked = eligibility.non_portable_numbers ?? [];
    return html`<div class="section" part="eligibility">
      <div role="status">
        <h4>${this.t('port.portableTitle', { count: portableCount })}</h4>
      </div>
      ${groups.map(
        (group) =>
          html`<table>
            <caption>
              ${
                group.spid
                  ? this.t('port.carrierSpid', { carrier: group.carrier, spid: group.spid })
                  : this.t('port.carrier', { carrier: group.carrier })
              }
            </caption>
            <thead>
              <tr>
                <th scope="col">${this.t('port.colNumber')}</th>
                <th scope="col">${this.t('port.colType')}</th>
                <th scope="col">${this.t('port.colNeeds')}</th>
              </tr>
            </thead>
            <tbody>
              ${group.numbers.map(
                (n) =>
                  html`<tr part="row" data-id=${n.phone_number} data-portable="true">
                    <td>${this.i18n.phone(n.phone_number)}</td>
                    <td>${n.is_wireless ? this.t('port.wireless') : this.t('port.landline')}</td>
                    <td>
                      ${
                        n.account_number_required
                          ? this.t('port.needsAccount')
                          : this.t('port.needsNothing')
                      }
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`,
      )}
      ${
        blocked.length
          ? html`<table>
                <caption>
                  ${this.t('port.nonPortableTitle', { count: blocked.length })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${this.t('port.colNumber')}</th>
                    <th scope="col">${this.t('port.colWhere')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${blocked.map(
                    (n) =>
                      html`<tr part="row" data-id=${n.phone_number} data-portable="false">
                        <td>${this.i18n.phone(n.phone_number)}</td>
                        <td>
                          ${[n.rate_center, [n.city, n.state].filter(Boolean).join(', ')]
                            .filter(Boolean)
                            .join(' · ')}
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
              <p class="hint">
                ${portableCount ? this.t('port.nonPortableHint') : this.t('port.noneportable')}
              </p>`
          : nothing
      }
    </div>`;
  }
}
