import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { DialstackElement } from '../../src/base/dialstack-element';
import { usePack } from '../../src/base/pack';
import { OnboardingStep } from './account-onboarding.step';
import { inputStyles } from '../../src/ui/input';
import { numbersPack } from './onboarding.numbers.messages';
import { stepStyles } from './onboarding.numbers.styles';

/** The sub-views, each loaded when first shown. */
const loaders = {
  order: () => import('../phone-number-ordering/define'),
  port: () => import('./onboarding.port.define'),
  callerId: () => import('./onboarding.caller-id.define'),
};

type Mode = 'order' | 'port';
const MODE_KEY = 'numbers.mode';

/**
 * The onboarding step "Phone numbers" (internal; the shell `<dialstack-account-onboarding>`
 * mounts it): order new numbers with the ordering flow of `<dialstack-phone-number-ordering>`,
 * or port existing ones; then caller ID names for the account's numbers.
 *
 * @fires {CustomEvent<StepEventDetail>} dialstack-onboarding-changed - After a change that can move progress (`{ step }`; bubbles, not composed).
 * @fires {CustomEvent<StepEventDetail>} dialstack-onboarding-next - The person pressed Continue (`{ step }`).
 */
export class DialstackOnboardingNumbers extends OnboardingStep {
  static override styles = [DialstackElement.styles, inputStyles, stepStyles];

  readonly stepId = 'numbers' as const;

  @state() private mode?: Mode;
  @state() private loaded: Partial<Record<keyof typeof loaders, boolean>> = {};
  /** A part whose chunk failed to load (offline, a deploy replaced it): shown with a retry. */
  @state() private failed?: keyof typeof loaders;

  private readonly t = usePack(this, numbersPack, () => this.i18n);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load('callerId');
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('drafts') && this.mode === undefined) {
      const saved = this.drafts.get<Mode>(MODE_KEY);
      if (saved === 'order' || saved === 'port') this.choose(saved);
    }
  }

  private async load(part: keyof typeof loaders): Promise<void> {
    if (this.loaded[part]) return;
    if (this.failed === part) this.failed = undefined;
    try {
      await loaders[part]();
      this.loaded = { ...this.loaded, [part]: true };
    } catch {
      this.failed = part;
    }
  }

  private choose(mode: Mode): void {
    this.mode = mode;
    this.drafts.set(MODE_KEY, mode);
    void this.load(mode);
  }

  private readonly onChanged = (event: Event): void => {
    // Sub-views fire inside this shadow root; the shell listens on this element.
    if (event.target === this) return;
    event.stopPropagation();
    this.changed();
  };

  protected override render(): TemplateResult {
    return html`<section
      class="frame"
      aria-labelledby="numbers-title"
      lang=${this.i18n.locale}
      @dialstack-onboarding-changed=${this.onChanged}
    >
      <div class="section">
        <h2 id="numbers-title">${this.t('title')}</h2>
        <p class="hint">${this.t('intro')}</p>
        <fieldset class="choice">
          <legend>${this.t('modeLabel')}</legend>
          ${(['order', 'port'] as const).map(
            (mode) =>
              html`<label>
                <input
                  type="radio"
                  name="mode"
                  value=${mode}
                  .checked=${this.mode === mode}
                  @change=${() => this.choose(mode)}
                />
                ${mode === 'order' ? this.t('modeOrder') : this.t('modePort')}
              </label>`,
          )}
        </fieldset>
      </div>
      ${this.renderMode()}
      ${
        this.failed
          ? html`<div class="section" part="error">
              <p class="notice notice--danger" role="alert">${this.t('partFailed')}</p>
              <div class="actions">
                <button type="button" class="btn" @click=${() => this.load(this.failed!)}>
                  ${this.t('retryPart')}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${
        this.loaded.callerId
          ? html`<dialstack-onboarding-caller-id
              .dialstack=${this.instance}
            ></dialstack-onboarding-caller-id>`
          : nothing
      }
      ${this.continueRow(this.t('continue'), 'section actions actions--end')}
    </section>`;
  }

  private renderMode() {
    if (this.mode === 'order' && this.loaded.order)
      return html`<dialstack-phone-number-ordering
        exportparts="search-form, results, result, review, place-order, progress, outcome"
        .dialstack=${this.instance}
        @dialstack-order-complete=${() => this.changed()}
      ></dialstack-phone-number-ordering>`;
    if (this.mode === 'port' && this.loaded.port)
      return html`<dialstack-onboarding-port
        .dialstack=${this.instance}
        .drafts=${this.drafts}
        .businessName=${this.businessName}
        .customerIp=${this.customerIp}
      ></dialstack-onboarding-port>`;
    return nothing;
  }
}
