import { css } from 'lit';
import { fieldGridStyles, formStyles, sectionStyles } from '../../src/ui/blocks';
import { noticeStyles } from '../../src/ui/notice';

/**
 * Styles of `<dialstack-phone-number-ordering>`: a card with the search form, the results as a
 * checklist, the review step and the order's progress. The form wraps to one column in narrow
 * containers.
 */
export const orderingStyles = css`
  ${noticeStyles}
  :host {
    container-type: inline-size;
  }
  ${sectionStyles}
  h2,
  h3 {
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: 600;
    line-height: 1.35;
  }
  .hint {
    margin: 0;
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }

  /* ---- Search form ---- */
  ${fieldGridStyles}
  ${formStyles}
  @container (max-width: 720px) {
    .fields {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container (max-width: 440px) {
    .fields {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .field--wide {
      grid-column: 1 / -1;
    }
  }

  /* ---- Results ---- */
  .results-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 3);
  }
  .results-head .count {
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    cursor: pointer;
  }
  input[type='checkbox'] {
    width: 16px;
    height: 16px;
    margin: 0;
    accent-color: var(--_primary);
  }
  .results {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .result {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 2.5);
    padding: calc(var(--_space) * 2.5) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
  }
  .result--selected {
    border-color: var(--_primary);
    background: var(--_primary-subtle);
  }
  .result input {
    margin-top: 3px;
  }
  .result__text {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .result__number {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    cursor: pointer;
  }
  .result__meta {
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }

  /* ---- Review, progress, outcome ---- */
  .numbers {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
    font-variant-numeric: tabular-nums;
  }
  .numbers li {
    padding: calc(var(--_space) * 1) calc(var(--_space) * 2.5);
    border-radius: 999px;
    background: var(--_surface-active);
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 2.5);
  }
  .option input {
    margin-top: 3px;
  }
  .option__text {
    display: flex;
    flex-direction: column;
  }
  .routing {
    max-width: 360px;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
  }
  .spinner {
    flex: none;
    width: 20px;
    height: 20px;
    border: 2px solid var(--_surface-active);
    border-top-color: var(--_primary);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .outcomes {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .outcome {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2) 0;
    border-bottom: 1px solid var(--_border);
    font-variant-numeric: tabular-nums;
  }
  .background {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 4);
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
    font-size: var(--_font-size-sm);
  }
`;
