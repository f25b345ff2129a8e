import { css } from 'lit';

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
