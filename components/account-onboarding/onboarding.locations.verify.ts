/**
 * The E911 confirmation panel of the locations step: the normalised address the provider
 * returned (or why it could not), to confirm and register, or — for a location without a
 * primary number — the choice of one (or the way to the numbers step first).
 */
import { html, nothing } from 'lit';
import type { E911Validation, Location } from '../../src/api/locations';
import type { PhoneNumber } from '../../src/api/phone-numbers';
import type { I18n } from '../../src/i18n/create-i18n';
import { onboardingPack } from './onboarding.steps.messages';

export type Verify =
  | { id: string; status: 'checking' }
  | { id: string; status: 'ready'; result: E911Validation }
  | { id: string; status: 'error'; message: string };

export interface VerifyView {
  i18n: I18n;
  /** The location is being registered or given a primary number. */
  busy: boolean;
  numbers: readonly PhoneNumber[];
  primaryChoice: string;
  /** The numbers step is one of the flow's: offered when there is no number to choose. */
  hasNumbersStep: boolean;
  register: () => void;
  cancel: () => void;
  choosePrimary: (id: string) => void;
  setPrimary: () => void;
  openNumbers: () => void;
}

export function renderVerify(view: VerifyView, location: Location, verify: Verify) {
  if (verify.status === 'checking') return nothing;
  if (verify.status === 'error')
    return html`<div class="verify" id="verify-${location.id}" tabindex="-1">
      <p class="notice notice--danger" role="alert">${verify.message}</p>
    </div>`;
  const t = (key: Parameters<typeof onboardingPack.t>[1], params?: Record<string, string>) =>
    onboardingPack.t(view.i18n, key, params);
  const a = verify.result.address ?? {};
  const line1 = [
    a.house_number,
    a.pre_directional,
    a.street_name,
    a.street_suffix,
    a.post_directional,
  ]
    .filter(Boolean)
    .join(' ');
  const zip = [a.zip, a.plus_four].filter(Boolean).join('-');
  const line3 = [a.city, [a.state_code, zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const { busy, numbers } = view;
  return html`<div
    class="verify section"
    part="e911-confirm"
    id="verify-${location.id}"
    tabindex="-1"
    role="group"
    aria-labelledby="verify-title-${location.id}"
  >
    <h4 id="verify-title-${location.id}">${t('locations.verifyTitle')}</h4>
    <p class="notice ${verify.result.adjusted ? 'notice--warning' : ''}" part="e911-adjusted">
      ${verify.result.adjusted ? t('locations.adjusted') : t('locations.unchanged')}
    </p>
    <address part="e911-address">
      ${line1}${a.address_line_2 ? html`<br />${a.address_line_2}` : nothing}<br />${line3}${
        a.country ? html`<br />${a.country}` : nothing
      }
    </address>
    ${
      location.primary_did_id
        ? html`<div class="actions">
            <button
              type="button"
              class="btn btn--primary"
              part="register-e911"
              aria-disabled=${busy ? 'true' : 'false'}
              @click=${() => view.register()}
            >
              ${busy ? t('locations.registering') : t('locations.confirm')}
            </button>
            <button type="button" class="btn btn--ghost" @click=${() => view.cancel()}>
              ${t('cancel')}
            </button>
          </div>`
        : html`<p class="notice" part="needs-number">${t('locations.needsNumber')}</p>
            ${
              numbers.length
                ? html`<div class="actions">
                    <label class="visually-hidden" for="primary-${location.id}"
                      >${t('locations.primaryNumber')}</label
                    >
                    <select
                      id="primary-${location.id}"
                      class="input input--auto"
                      @change=${(e: Event) =>
                        view.choosePrimary((e.target as HTMLSelectElement).value)}
                    >
                      ${numbers.map(
                        (n) =>
                          html`<option value=${n.id} ?selected=${n.id === view.primaryChoice}>
                            ${view.i18n.phone(n.phone_number)}
                          </option>`,
                      )}
                    </select>
                    <button
                      type="button"
                      class="btn btn--secondary"
                      part="set-primary"
                      aria-disabled=${busy ? 'true' : 'false'}
                      @click=${() => view.setPrimary()}
                    >
                      ${t('locations.setPrimary')}
                    </button>
                  </div>`
                : view.hasNumbersStep
                  ? html`<div class="actions">
                      <button
                        type="button"
                        class="btn btn--secondary"
                        @click=${() => view.openNumbers()}
                      >
                        ${t('review.open', { step: t('step.numbers') })}
                      </button>
                    </div>`
                  : nothing
            }`
    }
  </div>`;
}
