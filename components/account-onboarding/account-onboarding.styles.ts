import { css } from 'lit';
import { fieldGridStyles, formStyles, sectionStyles } from '../../src/ui/blocks';
import { noticeStyles } from '../../src/ui/notice';

/**
 * Styles of `<dialstack-account-onboarding>`: the step list beside (or, in narrow containers,
 * above) the current step.
 */
export const onboardingShellStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .head {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 4);
    border-bottom: 1px solid var(--_border);
  }
  h2 {
    flex: 1;
    margin: 0;
    font-size: var(--_font-size-xl);
    font-weight: 600;
    line-height: 1.3;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(180px, 220px) minmax(0, 1fr);
  }
  nav {
    padding: calc(var(--_space) * 3);
    border-inline-end: 1px solid var(--_border);
    background: var(--_surface);
  }
  ol {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2.5);
    width: 100%;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 2.5);
    border: 0;
    border-radius: var(--_radius-sm);
    background: none;
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .step:hover {
    background: var(--_surface-hover);
  }
  .step[aria-current='step'] {
    background: var(--_primary-subtle);
    font-weight: 600;
  }
  .marker {
    --_icon-size: 14px;
    display: grid;
    flex: none;
    place-items: center;
    width: 24px;
    height: 24px;
    border: 1.5px solid var(--_border-strong);
    border-radius: 50%;
    font-size: var(--_font-size-sm);
    font-variant-numeric: tabular-nums;
  }
  .marker--done {
    border-color: var(--_success);
    background: var(--_success);
    color: var(--_bg);
  }
  .marker--pending {
    border-color: var(--_warning);
    border-style: dashed;
  }
  .step__text {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .step__status {
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
    font-weight: 400;
  }
  .content {
    min-width: 0;
    outline: none;
  }
  .loading {
    padding: calc(var(--_space) * 6) calc(var(--_space) * 4);
    color: var(--_text-secondary);
  }
  @container (max-width: 640px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    nav {
      border-inline-end: 0;
      border-bottom: 1px solid var(--_border);
    }
    ol {
      flex-direction: row;
      overflow-x: auto;
    }
    .step {
      width: auto;
      white-space: nowrap;
    }
  }
`;

/**
 * What every step shares (import it next to `inputStyles`): sections, form fields with their
 * errors, action rows, notices and the rows of a step's list.
 */
export const stepStyles = css`
  ${noticeStyles}
  :host {
    display: block;
  }
  ${sectionStyles}
  h3,
  h4 {
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: 600;
    line-height: 1.35;
  }
  h4 {
    font-size: var(--_font-size);
  }
  h3:focus,
  h4:focus {
    outline: none;
  }
  p {
    margin: 0;
  }
  .hint {
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
  ${fieldGridStyles}
  .field {
    grid-column: span 2;
  }
  .field--1 {
    grid-column: span 1;
  }
  .field--3 {
    grid-column: span 3;
  }
  .field--full {
    grid-column: 1 / -1;
  }
  .input--auto {
    width: auto;
  }
  address {
    font-style: normal;
  }
  ${formStyles}
  .rows {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0;
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 3);
  }
  .row + .row {
    border-top: 1px solid var(--_border);
  }
  .row__main {
    display: flex;
    flex: 1;
    flex-direction: column;
    min-width: 0;
  }
  .row__title {
    font-weight: 600;
  }
  .row__meta {
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
  .footer {
    display: flex;
    justify-content: flex-end;
    padding: calc(var(--_space) * 4);
    border-top: 1px solid var(--_border);
  }
  @container (max-width: 560px) {
    .field,
    .field--1,
    .field--3 {
      grid-column: 1 / -1;
    }
  }
`;
