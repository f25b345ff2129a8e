import { css } from 'lit';

export const findingsStyles = css`
  :host {
    display: block;
    font-size: var(--_font-size-sm);
  }
  .findings {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
  }
  .summary {
    margin: 0;
    color: var(--_text-secondary);
  }
  .group__title {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin: 0;
    font-size: var(--_font-size);
    font-weight: 600;
  }
  .count {
    min-width: 1.5em;
    padding: 0 calc(var(--_space) * 1.5);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_tone) 14%, var(--_bg));
    color: var(--_tone);
    font-size: var(--_font-size-sm);
    text-align: center;
  }
  .group--error {
    --_tone: var(--_danger);
  }
  .group--warning {
    --_tone: var(--_warning);
  }
  .group__hint {
    margin: calc(var(--_space) * 1) 0 calc(var(--_space) * 2);
    color: var(--_text-secondary);
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item__body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    box-sizing: border-box;
    width: 100%;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-left: 3px solid var(--_tone);
    border-radius: var(--_radius-sm);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    text-align: left;
  }
  .item__button {
    cursor: pointer;
  }
  .item__button:hover {
    background: var(--_surface-hover);
  }
  .item__button:focus-visible {
    outline: none;
    box-shadow: var(--_focus-ring);
  }
  .item__step {
    font-weight: 600;
  }
`;
