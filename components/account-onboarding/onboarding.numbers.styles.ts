import { css } from 'lit';
import { noticeStyles } from '../../src/ui/notice';

/**
 * Styles shared by the onboarding numbers step's parts (the step, the port flow, caller ID
 * names and the devices step): sections, a form grid that wraps in narrow containers, field
 * errors, tables and per-number checks.
 */
export const stepStyles = css`
  ${noticeStyles}
  :host {
    display: block;
    container-type: inline-size;
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 4);
  }
  .section + .section {
    border-top: 1px solid var(--_border);
  }
  h2,
  h3,
  h4 {
    margin: 0;
    font-weight: 600;
    line-height: 1.35;
  }
  h2,
  h3 {
    font-size: var(--_font-size-lg);
  }
  h4 {
    font-size: var(--_font-size-md, 1rem);
  }
  p {
    margin: 0;
  }
  .hint {
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
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
    grid-column: span 2;
  }
  .field--wide {
    grid-column: span 4;
  }
  .field--full {
    grid-column: 1 / -1;
  }
  .field label,
  .label {
    font-size: var(--_font-size-sm);
    font-weight: 500;
  }
  textarea.input {
    min-height: calc(var(--_space) * 24);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 2.5);
    resize: vertical;
  }
  .field__error,
  .form-error {
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
    .field,
    .field--wide {
      grid-column: 1 / -1;
    }
  }
`;
