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
