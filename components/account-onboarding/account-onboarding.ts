import { html as staticHtml, literal } from 'lit/static-html.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DialstackElement } from '../../src/base/dialstack-element';
import { iconCheck, iconClose } from '../../src/ui/icons';
import { draftStore, type DraftStore } from './account-onboarding.drafts';
import { onboardingPack } from './account-onboarding.messages';
import {
  deriveProgress,
  parseSteps,
  resumeStep,
  type Progress,
  type StepEventDetail,
  type StepId,
} from './account-onboarding.progress';
import type { CustomerIpSource } from './account-onboarding.step';
import { onboardingShellStyles } from './account-onboarding.styles';

export type { CustomerIpSource } from './account-onboarding.step';
export type { Progress, StepId, StepStatus } from './account-onboarding.progress';

/** Each step's element, loaded when the step is first shown. */
const STEP_LOADERS: Record<StepId, () => Promise<unknown>> = {
  locations: () => import('./onboarding.locations.define'),
  team: () => import('./onboarding.team.define'),
  numbers: () => import('./onboarding.numbers.define'),
  devices: () => import('./onboarding.devices.define'),
  review: () => import('./onboarding.review.define'),
};

/** Cache tags of everything progress is derived from: a change anywhere re-derives it. */
const PROGRESS_TAGS = [
  'locations',
  'users',
  'extensions',
  'phone-numbers',
  'phone-number-orders',
  'port-orders',
  'devices',
  'hardware-orders',
];

/** `detail` of `dialstack-step-change`. */
export interface StepChangeDetail {
  /** The step now shown. */
  step: StepId;
  /** The step shown before; null for the first step shown (the resume point). */
  previousStep: StepId | null;
  /** Every step's status, derived from live data. */
  progress: Progress;
}

/** `detail` of `dialstack-exit`. */
export interface ExitDetail {
  /** `exit`: the person closed the wizard; `finish`: they finished it from the last step. */
  reason: 'exit' | 'finish';
  /** The step shown when they left. */
  step: StepId;
  progress: Progress;
}

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-account-onboarding': DialstackAccountOnboarding;
  }
  interface GlobalEventHandlersEventMap {
    /** The wizard moved to another step (also fired for the step it resumed at). */
    'dialstack-step-change': CustomEvent<StepChangeDetail>;
    /** The person left the wizard (Exit) or finished it. */
    'dialstack-exit': CustomEvent<ExitDetail>;
  }
}

/** Each step's internal element (Lit binds a tag name only as a static literal). */
const STEP_TAGS = {
  locations: literal`dialstack-onboarding-locations`,
  team: literal`dialstack-onboarding-team`,
  numbers: literal`dialstack-onboarding-numbers`,
  devices: literal`dialstack-onboarding-devices`,
  review: literal`dialstack-onboarding-review`,
} satisfies Record<StepId, unknown>;

/**
 * A resumable setup wizard from an empty account to ringing phones: locations and their
 * emergency address, the team and their extensions, phone numbers (order or port), devices,
 * and a review. Progress comes from live data, so the wizard opens at the first step still to
 * do; what the person typed but did not save is kept per account in `sessionStorage`.
 *
 * @tagname dialstack-account-onboarding
 * @summary Guided account setup: locations, team, numbers, devices, review.
 *
 * @fires {CustomEvent<StepChangeDetail>} dialstack-step-change - The wizard moved to a step (also for the step it resumed at). `detail: { step, previousStep, progress }`.
 * @fires {CustomEvent<ExitDetail>} dialstack-exit - The person left (`reason: 'exit'`) or finished (`reason: 'finish'`). `detail: { reason, step, progress }`.
 * @fires {CustomEvent<LoaderStartDetail>} dialstack-loader-start - The element started loading its data.
 * @fires {CustomEvent<LoadErrorDetail>} dialstack-load-error - Loading failed; `detail.error` is `{ type, message, status? }`.
 *
 * @csspart base - The frame around everything.
 * @csspart steps - The step list (a `nav`).
 * @csspart step - One entry of the step list (`data-step` is its id, `data-status` its status).
 * @csspart content - The current step.
 * @csspart exit - The Exit button.
 * @csspart loading - Shown while progress is derived.
 */
export class DialstackAccountOnboarding extends DialstackElement {
  static override styles = [DialstackElement.styles, onboardingShellStyles];

  /**
   * The steps to include, in the wizard's order whatever order they are listed in:
   * space- or comma-separated among `locations team numbers devices review`. Default: all.
   */
  @property({ reflect: true })
  steps = 'locations team numbers devices review';

  /** The business's name, to prefill forms (the element never edits account settings). */
  @property({ attribute: 'business-name' })
  businessName?: string;

  /**
   * The customer's public IP address, which a port approval records: a string, or a function
   * returning one (or a promise of one) called when the approval is signed. The element never
   * makes one up; without it, approving a port explains it can't be done here.
   */
  @property({ attribute: false })
  customerIp: CustomerIpSource;

  /** The step shown (undefined until progress has been derived once). */
  @state() private current?: StepId;
  /** The chunks of the steps already loaded. */
  @state() private loaded: ReadonlySet<StepId> = new Set();
  @state() private loadError?: string;

  private moveFocus = false;
  private draftsFor?: { accountId: string; store: DraftStore };

  private readonly progressTask = this.createDataTask({
    args: () => [this.included.join(' ')] as const,
    tags: PROGRESS_TAGS,
    isEmpty: () => false,
    task: ([steps], { client, signal }) =>
      deriveProgress(client, signal, steps.split(' ') as StepId[]),
  });

  private t(key: Parameters<typeof onboardingPack.t>[1], params?: Record<string, string | number>) {
    return onboardingPack.t(this.i18n, key, params);
  }

  /** The included steps, in order. */
  get included(): StepId[] {
    return parseSteps(this.steps);
  }

  /** The step shown, or undefined while the wizard finds where to resume. */
  get currentStep(): StepId | undefined {
    return this.current;
  }

  /** Every step's status as last derived from live data (all `todo` until then). */
  get progress(): Progress | undefined {
    return this.progressTask.value;
  }

  /** Shows `step` (when it is included). */
  goTo(step: StepId): void {
    if (!this.included.includes(step) || step === this.current) return;
    this.move(step, true);
  }

  /** Re-derives progress from live data (steps reload their own data). */
  override refresh(): void {
    super.refresh();
    const step = this.renderRoot.querySelector?.<HTMLElement & { refresh?: () => void }>(
      '.content > *',
    );
    step?.refresh?.();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const language = this.i18n.language;
    if (!onboardingPack.loaded(language))
      void onboardingPack.load(language).then(() => this.requestUpdate());
    const progress = this.progressTask.value;
    const included = this.included;
    if (progress && (!this.current || !included.includes(this.current))) {
      this.move(resumeStep(included, progress), false);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.moveFocus && this.current && this.loaded.has(this.current)) {
      this.moveFocus = false;
      this.renderRoot.querySelector<HTMLElement>('.content')?.focus();
    }
  }

  private move(step: StepId, byPerson: boolean): void {
    const previousStep = this.current ?? null;
    this.current = step;
    this.moveFocus = byPerson;
    this.loadError = undefined;
    void this.load(step);
    this.emit('dialstack-step-change', {
      step,
      previousStep,
      progress: this.progressTask.value!,
    });
  }

  private async load(step: StepId): Promise<void> {
    if (this.loaded.has(step)) return;
    try {
      await STEP_LOADERS[step]();
      this.loaded = new Set([...this.loaded, step]);
    } catch (error) {
      if (this.current === step)
        this.loadError = error instanceof Error ? error.message : String(error);
    }
  }

  private drafts(): DraftStore {
    const accountId = this.instance?.accountId ?? 'default';
    if (this.draftsFor?.accountId !== accountId)
      this.draftsFor = { accountId, store: draftStore(accountId) };
    return this.draftsFor.store;
  }

  private readonly onChanged = (): void => {
    this.progressTask.refresh();
  };

  private readonly onNext = (event: CustomEvent<StepEventDetail>): void => {
    event.stopPropagation();
    const included = this.included;
    const index = included.indexOf(event.detail.step);
    const next = included[index + 1];
    if (next) this.move(next, true);
    else this.leave('finish');
  };

  private readonly onGoto = (event: CustomEvent<StepEventDetail>): void => {
    event.stopPropagation();
    this.goTo(event.detail.step);
  };

  private leave(reason: ExitDetail['reason']): void {
    const step = this.current ?? this.included[0] ?? 'review';
    this.emit('dialstack-exit', { reason, step, progress: this.progressTask.value! });
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    return html`<section class="frame" part="base" aria-labelledby="title" lang=${this.i18n.locale}>
      <div class="head">
        <h2 id="title">${this.t('title')}</h2>
        <button
          type="button"
          class="btn btn--ghost btn--sm"
          part="exit"
          @click=${() => this.leave('exit')}
        >
          ${iconClose}<span>${this.t('exit')}</span>
        </button>
      </div>
      ${this.progressTask.render({
        loading: () =>
          html`<p class="loading" part="loading" role="status">${this.t('loading')}</p>`,
        complete: (progress) => this.renderWizard(progress),
      })}
    </section>`;
  }

  private renderWizard(progress: Progress) {
    const included = this.included;
    const current = this.current;
    return html`<div class="layout">
      <nav part="steps" aria-label=${this.t('stepsLabel')}>
        <ol>
          ${included.map((step, i) => this.renderStepEntry(step, i, progress))}
        </ol>
      </nav>
      <div
        class="content"
        part="content"
        role="region"
        tabindex="-1"
        aria-label=${
          current
            ? `${this.t(`step.${current}`)}, ${this.t('stepOf', { index: included.indexOf(current) + 1, count: included.length })}`
            : nothing
        }
        @dialstack-onboarding-changed=${this.onChanged}
        @dialstack-onboarding-next=${this.onNext}
        @dialstack-onboarding-goto=${this.onGoto}
      >
        ${current ? this.renderStep(current, progress) : nothing}
      </div>
    </div>`;
  }

  private renderStepEntry(step: StepId, index: number, progress: Progress) {
    const status = progress[step];
    const isCurrent = step === this.current;
    return html`<li part="step" data-step=${step} data-status=${status}>
      <button
        type="button"
        class="step"
        aria-current=${isCurrent ? 'step' : nothing}
        @click=${() => this.goTo(step)}
      >
        <span class="marker marker--${status}" aria-hidden="true"
          >${status === 'done' ? iconCheck : index + 1}</span
        >
        <span class="step__text">
          <span>${this.t(`step.${step}`)}</span>
          <span class="step__status">${this.t(`status.${status}`)}</span>
        </span>
      </button>
    </li>`;
  }

  private renderStep(step: StepId, progress: Progress) {
    if (this.loadError)
      return html`<div class="state state--error" part="error" role="alert">
        <p class="state__title">${this.t('stepLoadFailed', { reason: this.loadError })}</p>
        <button
          type="button"
          class="btn btn--secondary"
          @click=${() => {
            this.loadError = undefined;
            void this.load(step);
          }}
        >
          ${this.t('retry')}
        </button>
      </div>`;
    if (!this.loaded.has(step))
      return html`<p class="loading" part="loading" role="status">${this.t('loading')}</p>`;
    const props = {
      dialstack: this.instance,
      drafts: this.drafts(),
      businessName: this.businessName,
      customerIp: this.customerIp,
      progress,
      steps: this.included,
    };
    const tag = STEP_TAGS[step];
    return staticHtml`<${tag}
      .dialstack=${props.dialstack}
      .drafts=${props.drafts}
      .businessName=${props.businessName}
      .customerIp=${props.customerIp}
      .progress=${props.progress}
      .steps=${props.steps}
    ></${tag}>`;
  }
}
