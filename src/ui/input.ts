import { css } from 'lit';

/** Text inputs and selects of the element forms (`class="input"`), with focus and invalid states. */
export const inputStyles = css`
  .input {
    box-sizing: border-box;
    width: 100%;
    min-height: calc(var(--_space) * 9);
    padding: 0 calc(var(--_space) * 2.5);
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius-sm);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  .input:focus-visible {
    outline: none;
    border-color: var(--_primary);
    box-shadow: var(--_focus-ring);
  }
  .input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
`;
