import { css } from 'lit';
import { factsStyles, panelFrameStyles } from '../../src/ui/blocks';

/** Styles of the dial-plan step panel (they travel with its lazy chunk). */
export const panelStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
  ${panelFrameStyles}
  .panel__title {
    display: flex;
    flex: 1;
    flex-direction: column;
    min-width: 0;
  }
  .panel__title h2 {
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: 600;
  }
  .panel__title h2:focus-visible {
    outline: none;
    box-shadow: var(--_focus-ring);
    border-radius: var(--_radius-sm);
  }
  .panel__id {
    overflow: hidden;
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  h3 {
    margin: 0;
    font-size: var(--_font-size);
    font-weight: 600;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1);
  }
  .label,
  .field label {
    font-size: var(--_font-size-sm);
    font-weight: 500;
  }
  .messages {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-sm);
  }
  .hint {
    color: var(--_text-secondary);
  }
  .message--error {
    color: var(--_danger);
  }
  .message--warning {
    color: var(--_text);
  }
  .message--warning::before {
    content: '⚠ ';
    color: var(--_warning);
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .option {
    display: grid;
    grid-template-columns: calc(var(--_space) * 12) minmax(0, 1fr) auto;
    align-items: start;
    gap: calc(var(--_space) * 2);
  }
  .option--head {
    margin-bottom: calc(var(--_space) * -1);
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
  .option .messages {
    grid-column: 1 / -1;
  }
  .digit {
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .row-head {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }
  .problems {
    margin: 0;
    padding-inline-start: calc(var(--_space) * 5);
  }
  .raw {
    overflow: auto;
    max-height: 240px;
    margin: 0;
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
    font-size: var(--_font-size-sm);
  }
  ${factsStyles}
  .actions {
    display: flex;
    justify-content: flex-end;
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border-top: 1px solid var(--_border);
  }
`;
