import { css } from 'lit';

/** A small indeterminate spinner: `<span class="spinner" aria-hidden="true"></span>`. */
export const spinnerStyles = css`
  .spinner {
    width: 14px;
    height: 14px;
    border: 2px solid var(--_surface-active);
    border-top-color: var(--_primary);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
