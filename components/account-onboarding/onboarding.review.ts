import { html, nothing } from 'lit';
import { usePack } from '../../src/base/pack';
import { onboardingPack } from './onboarding.steps.messages';
import type { StepId, StepStatus } from './account-onboarding.progress';
import { OnboardingStep } from './account-onboarding.step';
import { stepStyles } from './account-onboarding.styles';

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-onboarding-review': DialstackOnboardingReview;
  }
}

const GROUPS: readonly StepStatus[] = ['done', 'pending', 'todo'];

/**
 * The review step of `<dialstack-account-onboarding>` (internal): what is done, what waits on
 * the carrier or provider (ports in flight, E911 binding, orders) and what is left, each with
 * a link back into its step. Reads nothing itself: the shell's derived progress says it all.
 */
export class DialstackOnboardingReview extends OnboardingStep {
  static override styles = [OnboardingStep.styles, stepStyles];

  readonly stepId: StepId = 'review';

  private readonly t = usePack(this, onboardingPack, () => this.i18n);

  protected override render() {
    const steps = this.steps.filter((s): s is Exclude<StepId, 'review'> => s !== 'review');
    const allDone = steps.every((s) => this.progress[s] === 'done');
    return html`<div class="section">
        <h3 id="step-title" tabindex="-1">${this.t('review.title')}</h3>
        <p class="hint">${this.t('review.intro')}</p>
        ${
          allDone
            ? html`<p class="notice notice--success" role="status">${this.t('review.allDone')}</p>`
            : nothing
        }
      </div>
      ${GROUPS.map((group) => {
        const items = steps.filter((s) => this.progress[s] === group);
        if (!items.length) return nothing;
        return html`<div class="section" part="review-group" data-status=${group}>
          <h4 id="group-${group}">${this.t(`review.${group}`)}</h4>
          <ul class="rows" aria-labelledby="group-${group}">
            ${items.map(
              (step) =>
                html`<li class="row" part="row" data-id=${step}>
                  <div class="row__main">
                    <span class="row__title">${this.t(`step.${step}`)}</span>
                    <span class="row__meta">${this.t(`review.detail.${step}.${group}`)}</span>
                  </div>
                  <button
                    type="button"
                    class="btn btn--secondary btn--sm"
                    part="review-link"
                    @click=${() => this.goto(step)}
                  >
                    ${this.t('review.open', { step: this.t(`step.${step}`) })}
                  </button>
                </li>`,
            )}
          </ul>
        </div>`;
      })}
      ${this.continueRow(this.t('finish'))}`;
  }
}
