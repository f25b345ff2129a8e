import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DialstackElement } from '../../src/base/dialstack-element';
import { nodeById, type DialPlanGraph } from './dial-plan.graph';
import { findingsStyles } from './dial-plan.findings.styles';
import {
  dialPlanTranslator,
  isDialPlanLanguageLoaded,
  loadDialPlanLanguage,
  messageOverrides,
} from './dial-plan.i18n';
import { emptyLookup, variantOf, type NameLookup } from './dial-plan.lookup';
import type { Translate } from './dial-plan.messages';
import type { Finding } from './dial-plan.validate';

/** `detail` of `dialstack-finding-select`. */
export interface FindingSelectDetail {
  /** The step the finding is about. */
  nodeId: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-dial-plan-findings': DialstackDialPlanFindings;
  }
  interface GlobalEventHandlersEventMap {
    /** A finding about a step was chosen (click or Enter): the editor selects the step. */
    'dialstack-finding-select': CustomEvent<FindingSelectDetail>;
  }
}

/** A stable id for a finding (its row's `data-id`). */
export const findingId = (f: Finding) =>
  [f.code, f.nodeId ?? '', f.exitId ?? '', f.field ?? ''].join('|');

/**
 * The dial plan editor's validation list (internal; loaded with the editor): errors — which
 * block saving, since the API would reject the plan — listed apart from warnings, which don't,
 * each with its count; every item says what is wrong in words and names the step. Choosing an
 * item about a step (click, Enter or Space) fires `dialstack-finding-select` so the editor
 * selects it. A polite live region announces the counts as they change.
 *
 * @fires {CustomEvent<FindingSelectDetail>} dialstack-finding-select - `{ nodeId }`; bubbles, not composed.
 * @csspart base - The list's frame.
 * @csspart summary - The counts (a live region).
 * @csspart group - The errors' or the warnings' section (`data-severity`).
 * @csspart row - A finding (`data-id`, `data-severity`, `data-node-id`).
 */
export class DialstackDialPlanFindings extends DialstackElement {
  static override styles = [DialstackElement.styles, findingsStyles];

  /** The findings to list (from `validate()`), in the order to show them. */
  @property({ attribute: false }) findings: Finding[] = [];

  /** The plan, to name the steps ("Ring “front_desk”"); ids alone without it. */
  @property({ attribute: false }) graph?: DialPlanGraph;

  /** Resolves the friendly step kinds (Voicemail, Voice app). */
  @property({ attribute: false }) lookup?: NameLookup;

  /** Bumped when a language's strings arrive. */
  @state() private languageLoaded = 0;

  private get t(): Translate {
    return dialPlanTranslator(this.i18n, messageOverrides(this.instance?.locale));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const language = this.i18n.language;
    if (!isDialPlanLanguageLoaded(language))
      void loadDialPlanLanguage(language).then(() => this.languageLoaded++);
  }

  private stepName(nodeId: string | undefined): string {
    const t = this.t;
    if (nodeId === undefined) return t('findingsList.plan');
    const node = this.graph && nodeById(this.graph, nodeId);
    const type = node ? t(`types.${variantOf(node, this.lookup ?? emptyLookup())}`) : '';
    return type ? t('findingsList.step', { type, id: nodeId }) : `“${nodeId}”`;
  }

  private select(nodeId: string) {
    this.dispatchEvent(
      new CustomEvent<FindingSelectDetail>('dialstack-finding-select', {
        detail: { nodeId },
        bubbles: true,
        composed: false,
      }),
    );
  }

  override render() {
    const t = this.t;
    const findings = Array.isArray(this.findings) ? this.findings : [];
    const errors = findings.filter((f) => f.severity === 'error');
    const warnings = findings.filter((f) => f.severity !== 'error');
    const counts = {
      errors: t('findingsList.errorCount', { count: errors.length }),
      warnings: t('findingsList.warningCount', { count: warnings.length }),
    };
    const summary = findings.length
      ? t(errors.length ? 'findingsList.summaryBlocking' : 'findingsList.summary', counts)
      : t('findingsList.none');
    return html`
      <section part="base" class="findings" aria-label=${t('findingsList.label')}>
        <p part="summary" class="summary" role="status" aria-live="polite">${summary}</p>
        ${this.group('error', errors)} ${this.group('warning', warnings)}
      </section>
    `;
  }

  private group(severity: 'error' | 'warning', items: Finding[]) {
    if (!items.length) return nothing;
    const t = this.t;
    const id = `findings-${severity}`;
    const title = t(severity === 'error' ? 'findingsList.errors' : 'findingsList.warnings');
    const hint = t(severity === 'error' ? 'findingsList.errorsHint' : 'findingsList.warningsHint');
    return html`
      <div part="group" class="group group--${severity}" data-severity=${severity}>
        <h3 class="group__title" id=${id}>
          ${title} <span class="count" aria-hidden="true">${items.length}</span>
        </h3>
        <p class="group__hint" id=${`${id}-hint`}>${hint}</p>
        <ul class="list" aria-labelledby=${id} aria-describedby=${`${id}-hint`}>
          ${items.map((finding) => this.item(finding))}
        </ul>
      </div>
    `;
  }

  private item(finding: Finding) {
    const step = this.stepName(finding.nodeId);
    const content = html`<span class="item__step">${step}</span>
      <span class="item__message">${finding.message}</span>`;
    const nodeId = finding.nodeId;
    return html`
      <li
        part="row"
        class="item item--${finding.severity}"
        data-id=${findingId(finding)}
        data-severity=${finding.severity}
        data-node-id=${nodeId ?? nothing}
      >
        ${
          nodeId === undefined
            ? html`<div class="item__body">${content}</div>`
            : html`<button
                type="button"
                class="item__body item__button"
                title=${this.t('findingsList.show')}
                @click=${() => this.select(nodeId)}
              >
                ${content}
              </button>`
        }
      </li>
    `;
  }
}
