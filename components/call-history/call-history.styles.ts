import { css } from 'lit';

/**
 * Styles of `<dialstack-call-history>`: a compact card — the contact's number and a call-back
 * button on top, then one two- or three-line row per call. Layout follows the element's own
 * width (container queries), so it fits a sidebar as well as a full page.
 */
export const callHistoryStyles = css`
  :host {
    --_row-pad-x: calc(var(--_space) * 4);
    --_max-height: var(--dialstack-call-history-max-height, none);
    container-type: inline-size;
  }

  /* ---- Header ---- */

  .header {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 3) var(--_row-pad-x);
    border-bottom: 1px solid var(--_border);
  }
  .header__text {
    display: flex;
    flex-direction: column;
    min-width: 0;
    flex: 1;
  }
  .header__number {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .header__meta {
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
  .header__meta .ds-call-live {
    font-size: inherit;
  }

  /* ---- Call-back status ---- */

  .callback-region:empty {
    display: none;
  }
  .notice {
    --_tone: var(--_success);
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 2) calc(var(--_space) * 2)
      var(--_row-pad-x);
    border-bottom: 1px solid var(--_border);
    border-left: 3px solid var(--_tone);
    background: color-mix(in srgb, var(--_tone) 9%, var(--_bg));
    font-size: var(--_font-size-sm);
  }
  .notice[data-tone='danger'] {
    --_tone: var(--_danger);
  }
  .notice__text {
    flex: 1;
    min-width: 0;
  }

  /* ---- List ---- */

  .list {
    display: flex;
    flex-direction: column;
    max-height: var(--_max-height);
    overflow-y: auto;
    overscroll-behavior: contain;
  }

  .row {
    position: relative;
    display: grid;
    grid-template-columns: 32px minmax(0, 1fr);
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 3) var(--_row-pad-x);
    border-bottom: 1px solid var(--_border);
    cursor: pointer;
    transition: background-color var(--_transition);
  }
  .row:last-child {
    border-bottom: 0;
  }
  .row:hover {
    background: var(--_surface-hover);
  }
  .row:focus-visible {
    outline: none;
    box-shadow: inset 0 0 0 2px var(--_primary);
  }
  .row[aria-selected='true'] {
    background: var(--_primary-subtle);
  }
  .row[aria-selected='true']::before {
    content: '';
    position: absolute;
    inset: 0 auto 0 0;
    width: 3px;
    background: var(--_primary);
  }
  .row[data-new] {
    animation: row-arrive 2.4s ease-out;
  }
  @keyframes row-arrive {
    from {
      background: color-mix(in srgb, var(--_primary) 18%, var(--_bg));
    }
  }

  .row__icon {
    --_tone: var(--_text-secondary);
    --_icon-size: 18px;
    display: grid;
    place-items: center;
    width: 32px;
    height: 32px;
    border-radius: 50%;
    background: color-mix(in srgb, var(--_tone) 12%, var(--_bg));
    color: var(--_tone);
  }
  .row__icon[data-tone='inbound'] {
    --_tone: var(--_primary);
  }
  .row__icon[data-tone='outbound'] {
    --_tone: var(--_success);
  }
  .row__icon[data-tone='missed'],
  .row__icon[data-tone='danger'] {
    --_tone: var(--_danger);
  }
  .row__icon[data-tone='voicemail'] {
    --_tone: var(--_info);
  }

  .row__main {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    min-width: 0;
  }
  .row__line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 1) calc(var(--_space) * 2);
    min-width: 0;
  }
  .row__kind {
    font-weight: 600;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .row[data-kind='missed'] .row__kind {
    color: var(--_danger);
  }
  .row__time {
    margin-left: auto;
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
    white-space: nowrap;
  }
  .row__meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 calc(var(--_space) * 1.5);
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
    min-width: 0;
  }
  .row__duration {
    font-variant-numeric: tabular-nums;
  }
  .row__duration + .row__party::before {
    content: '·' / '';
    margin-right: calc(var(--_space) * 1.5);
  }
  .row__party {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .row__summary {
    margin-top: calc(var(--_space) * 1);
    color: var(--_text);
    font-size: var(--_font-size-sm);
    line-height: 1.45;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .row[aria-selected='true'] .row__summary {
    -webkit-line-clamp: unset;
    display: block;
  }

  /* ---- Footer ---- */

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 3);
    margin: 0;
    padding: calc(var(--_space) * 2) var(--_row-pad-x);
    border-top: 1px solid var(--_border);
  }
  .footer--end {
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
  .footer__error {
    color: var(--_danger);
    font-size: var(--_font-size-sm);
  }
  .show-more {
    color: var(--_primary);
    font-weight: 600;
  }
  .show-more[aria-disabled='true'] {
    cursor: progress;
  }

  .spinner {
    width: 14px;
    height: 14px;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  /* Narrow: the time moves under the headline; the call-back button keeps its label short. */
  @container (max-width: 340px) {
    .header {
      flex-wrap: wrap;
    }
    .row__time {
      margin-left: 0;
      flex-basis: 100%;
    }
  }
`;
