/**
 * The call-back status under `<dialstack-call-history>`'s header: "call queued" (polite) or why
 * the call failed (assertive), each with a dismiss button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { iconClose } from '../../src/ui/icons';
import type { CallBackStatus } from '../../src/base/call-back';
import type { CallHistoryTranslate } from './call-history.messages';

export interface CallBackStatusContext {
  /** The contact's formatted number. */
  contact: string;
  t: CallHistoryTranslate;
  onDismiss: () => void;
}

function renderDismiss({ t, onDismiss }: CallBackStatusContext): TemplateResult {
  const label = t('callHistory.dismiss');
  return html`<button
    type="button"
    class="btn btn--ghost btn--sm btn--icon"
    aria-label=${label}
    title=${label}
    @click=${onDismiss}
  >
    ${iconClose}
  </button>`;
}

export function renderCallBackStatus(
  status: CallBackStatus | undefined,
  context: CallBackStatusContext,
): TemplateResult {
  const { t, contact } = context;
  // The live regions exist before their text changes, so screen readers announce it.
  const queued = status?.state === 'queued';
  const failed = status?.state === 'failed';
  return html`<div class="callback-region" role="status">
      ${
        queued
          ? html`<div class="notice" data-tone="success" part="call-back-status">
              <span class="notice__text">${t('callHistory.callQueued', { contact })}</span>
              ${renderDismiss(context)}
            </div>`
          : nothing
      }
    </div>
    <div class="callback-region" role="alert">
      ${
        failed
          ? html`<div class="notice" data-tone="danger" part="call-back-status">
              <span class="notice__text"
                >${
                  failed && status.reason
                    ? t('callHistory.callFailedReason', { reason: status.reason })
                    : t('callHistory.callFailed')
                }</span
              >
              ${renderDismiss(context)}
            </div>`
          : nothing
      }
    </div>`;
}
