/**
 * The base of every onboarding step element (`<dialstack-onboarding-<id>>`): the inputs the
 * shell sets and the three events a step sends it. A step is a `DialstackElement`, so it finds
 * the page's instance (client, i18n) like any element; the shell also passes `dialstack`.
 */
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DialstackElement } from '../../src/base/dialstack-element';
import type { DraftStore } from './account-onboarding.drafts';
import {
  dispatchStepEvent,
  EMPTY_PROGRESS,
  STEP_IDS,
  type Progress,
  type StepId,
} from './account-onboarding.progress';

/** Where the customer's IP address comes from (the port approval needs it): the host says. */
export type CustomerIpSource = string | (() => string | Promise<string>) | undefined;

/** What has not been saved yet, when no shell has provided drafts (in memory, per element). */
const noDrafts = (): DraftStore => {
  const values = new Map<string, unknown>();
  return {
    get: <T>(key: string) => values.get(key) as T | undefined,
    set: (key, value) => void (value === undefined ? values.delete(key) : values.set(key, value)),
    delete: (key) => void values.delete(key),
  };
};

export abstract class OnboardingStep extends DialstackElement {
  /** Which step this element is. */
  abstract readonly stepId: StepId;

  /** Unsaved input of the account, kept across re-mounts and reloads. */
  @property({ attribute: false }) drafts: DraftStore = noDrafts();
  /** The business name the host passed, to prefill forms. */
  @property({ attribute: false }) businessName?: string;
  /** The customer's IP address (or a callback giving it), from the host. */
  @property({ attribute: false }) customerIp: CustomerIpSource;
  /** Every step's status, as the shell last derived it. */
  @property({ attribute: false }) progress: Progress = { ...EMPTY_PROGRESS };
  /** The steps the wizard includes, in order (links to steps left out are not offered). */
  @property({ attribute: false }) steps: readonly StepId[] = STEP_IDS;

  /** Tell the shell something was saved (it re-derives progress). */
  protected changed(): void {
    dispatchStepEvent(this, 'dialstack-onboarding-changed', this.stepId);
  }

  /** Continue to the next step. */
  protected next(): void {
    dispatchStepEvent(this, 'dialstack-onboarding-next', this.stepId);
  }

  /** The step's last row: its "Continue" (or "Finish") button, `part="continue"`. */
  protected continueRow(label: string, rowClass = 'footer'): TemplateResult {
    return html`<div class=${rowClass}>
      <button type="button" class="btn btn--primary" part="continue" @click=${() => this.next()}>
        ${label}
      </button>
    </div>`;
  }

  /** Open another step. */
  protected goto(step: StepId): void {
    dispatchStepEvent(this, 'dialstack-onboarding-goto', step);
  }
}
