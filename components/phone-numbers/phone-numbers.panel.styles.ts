import { css } from 'lit';
import { factsStyles, panelFrameStyles } from '../../src/ui/blocks';
import { noticeStyles } from '../../src/ui/notice';

/** Styles of the panel of `<dialstack-phone-numbers>` (they travel with its lazy chunk). */
export const panelStyles = css`
  ${noticeStyles}
  ${panelFrameStyles}
  .panel__head h3 {
    flex: 1;
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .panel__note {
    margin: 0;
    padding: calc(var(--_space) * 4);
    color: var(--_text-secondary);
  }
  h4 {
    margin: 0;
    font-size: var(--_font-size);
    font-weight: 600;
  }
  .label,
  .field label {
    font-size: var(--_font-size-sm);
    font-weight: 500;
  }
  .panel__section > .label {
    margin-bottom: calc(var(--_space) * -2);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1);
  }
  .field__meta {
    display: flex;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
    font-size: var(--_font-size-sm);
  }
  .hint {
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
  .field__error {
    color: var(--_danger);
  }
  .counter {
    flex: none;
    color: var(--_text-secondary);
    font-variant-numeric: tabular-nums;
  }
  .counter--over {
    color: var(--_danger);
    font-weight: 600;
  }
  .check {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .check input {
    width: 16px;
    height: 16px;
    margin: 0;
    accent-color: var(--_primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .spacer {
    flex: 1;
  }
  .notice p {
    margin: calc(var(--_space) * 1) 0 0;
  }
  ${factsStyles}
  .facts dd {
    font-variant-numeric: tabular-nums;
  }
  .timeline {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .timeline__item {
    display: flex;
    gap: calc(var(--_space) * 3);
  }
  .timeline__dot {
    flex: none;
    width: 10px;
    height: 10px;
    margin-top: 5px;
    border-radius: 50%;
    background: var(--_primary);
  }
  .timeline__text {
    display: flex;
    flex-direction: column;
  }
  .timeline__text time {
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
`;
