import { css } from 'lit';
import { stepStyles as shellStepStyles } from './account-onboarding.styles';

/**
 * Styles of the onboarding numbers step's parts (the step, the port flow, caller ID names and
 * the devices step): every step's styles (`account-onboarding.styles.ts`) plus what only these
 * parts have — an `h2`, wide fields, a form grid that wraps with the part's own width, a
 * textarea, per-number checks, tables, a choice of options, a port's events and caller ID rows.
 */
export const stepStyles = css`
  ${shellStepStyles}
  :host {
    container-type: inline-size;
  }
  h2 {
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: 600;
    line-height: 1.35;
  }
  .field--wide {
    grid-column: span 4;
  }
  textarea.input {
    min-height: calc(var(--_space) * 24);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 2.5);
    resize: vertical;
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .check {
    display: inline-flex;
    gap: calc(var(--_space) * 1);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: var(--_font-size-sm);
  }
  .check--bad {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--_font-size-sm);
  }
  caption {
    padding-bottom: calc(var(--_space) * 1.5);
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }
  th {
    color: var(--_text-secondary);
    font-weight: 500;
  }
  .choice {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .choice legend {
    margin-bottom: calc(var(--_space) * 2);
    font-weight: 500;
  }
  .choice label {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius-sm);
    cursor: pointer;
  }
  .events {
    margin: 0;
    padding-inline-start: calc(var(--_space) * 5);
  }
  .cid-rows {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cid-input {
    max-width: 18em;
  }
  @container (max-width: 560px) {
    .field--wide {
      grid-column: 1 / -1;
    }
  }
`;
