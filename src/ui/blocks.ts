import { css, html, nothing, type TemplateResult } from 'lit';

/** Stacked sections with a rule between them (a form's or a wizard step's parts). */
export const sectionStyles = css`
  .section {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 4);
  }
  .section + .section {
    border-top: 1px solid var(--_border);
  }
`;

/** A `<dl class="facts">` of label/value pairs in two columns. */
export const factsStyles = css`
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) * 1.5) calc(var(--_space) * 4);
    margin: 0;
  }
  .facts dt {
    color: var(--_text-secondary);
  }
  .facts dd {
    margin: 0;
  }
`;

/** A six-column form grid (`.fields`) of labelled `.field`s that wraps in narrow containers. */
export const fieldGridStyles = css`
  .fields {
    display: grid;
    grid-template-columns: repeat(6, minmax(0, 1fr));
    gap: calc(var(--_space) * 3);
    align-items: start;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1);
    min-width: 0;
  }
`;

/** A form's labels, error lines (`.field__error`, `.form-error`) and its row of `.actions`. */
export const formStyles = css`
  .field label {
    font-size: var(--_font-size-sm);
    font-weight: 500;
  }
  .field__error,
  .form-error {
    margin: 0;
    color: var(--_danger);
    font-size: var(--_font-size-sm);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .actions--end {
    justify-content: flex-end;
  }
  .spacer {
    flex: 1;
  }
`;

/** One button of a form's row of actions. */
export interface FormAction {
  label: string;
  /** Its `part` (hosts style it, tests find it). */
  part?: string;
}

export interface FormActionsOptions {
  /**
   * The submit button. While `busy` it says `busyLabel` (when given) and is `aria-disabled`:
   * it keeps its focus and name, and the form's submit handler ignores the press.
   */
  submit: FormAction & { busy: boolean; busyLabel?: string };
  /** A secondary button before it (Cancel, Undo…). */
  secondary?: FormAction & { onClick: () => void };
  /** Shown first in the row (a hint about what Save will change). */
  lead?: unknown;
}

/** A form's row of actions at its end (see `formStyles`): a secondary button, then submit. */
export function formActions({ submit, secondary, lead }: FormActionsOptions): TemplateResult {
  return html`<div class="actions actions--end">
    ${lead ?? nothing}
    ${
      secondary
        ? html`<button
            type="button"
            class="btn btn--ghost"
            part=${secondary.part ?? nothing}
            @click=${() => secondary.onClick()}
          >
            ${secondary.label}
          </button>`
        : nothing
    }
    <button
      type="submit"
      class="btn btn--primary"
      part=${submit.part ?? nothing}
      aria-disabled=${submit.busy ? 'true' : 'false'}
    >
      ${submit.busy && submit.busyLabel ? submit.busyLabel : submit.label}
    </button>
  </div>`;
}

/** A side panel: a `.panel` column with a ruled `.panel__head` and ruled `.panel__section`s. */
export const panelFrameStyles = css`
  .panel {
    display: flex;
    flex-direction: column;
  }
  .panel__head {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border-bottom: 1px solid var(--_border);
  }
  .panel__section {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 4);
  }
  .panel__section + .panel__section {
    border-top: 1px solid var(--_border);
  }
`;
