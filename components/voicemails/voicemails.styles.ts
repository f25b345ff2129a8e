import { css } from 'lit';

/**
 * `<dialstack-voicemails>` styles. Colours, spacing and radii come from the private `--_*`
 * variables the base styles map from the public `--dialstack-*` tokens. The layout follows the
 * element's own width (container queries), not the viewport's: one column of stacked lines
 * when narrow, aligned columns from 720px.
 */
export const voicemailsStyles = css`
  :host {
    container-type: inline-size;
    container-name: inbox;
  }

  .inbox {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
  }

  /* ---- toolbar: tabs + search ---- */

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 3);
  }

  .tabs {
    display: inline-flex;
    gap: calc(var(--_space) * 1);
    padding: calc(var(--_space) * 1);
    border-radius: calc(var(--_radius) + var(--_space));
    background: var(--_surface-active);
  }

  .tab {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    min-height: 32px;
    padding: 0 calc(var(--_space) * 3);
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text-secondary);
    font: inherit;
    font-weight: 500;
    cursor: pointer;
    transition:
      background var(--_transition),
      color var(--_transition);
  }
  .tab:hover {
    color: var(--_text);
  }
  .tab[aria-selected='true'] {
    background: var(--_bg);
    color: var(--_text);
    box-shadow: 0 1px 2px rgb(16 24 40 / 12%);
  }
  .tab__count {
    min-width: 20px;
    padding: 0 calc(var(--_space) * 1.5);
    border-radius: 999px;
    background: var(--_surface-active);
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
    font-weight: 600;
    line-height: 20px;
    text-align: center;
  }
  .tab[aria-selected='true'] .tab__count {
    background: var(--_surface-hover);
  }
  .tab__count--accent,
  .tab[aria-selected='true'] .tab__count--accent {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  .search {
    position: relative;
    flex: 1 1 220px;
    max-width: 360px;
  }
  .search__icon {
    --_icon-size: 18px;
    position: absolute;
    top: 50%;
    left: calc(var(--_space) * 3);
    display: inline-flex;
    transform: translateY(-50%);
    color: var(--_text-secondary);
    pointer-events: none;
  }
  .search__input {
    width: 100%;
    height: 36px;
    padding: 0 calc(var(--_space) * 9) 0 calc(var(--_space) * 9.5);
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    appearance: none;
    transition:
      border-color var(--_transition),
      box-shadow var(--_transition);
  }
  .search__input::placeholder {
    color: var(--_text-secondary);
    opacity: 1;
  }
  .search__input::-webkit-search-cancel-button {
    appearance: none;
  }
  .search__input:focus-visible {
    border-color: var(--_primary);
    outline: none;
    box-shadow: var(--_focus-ring);
  }
  .search__clear {
    position: absolute;
    top: 50%;
    right: calc(var(--_space) * 1);
    transform: translateY(-50%);
  }

  /* ---- the list card ---- */

  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow: hidden;
  }

  .list-header {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
    min-height: 44px;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 4);
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
  .list-header--bulk {
    background: var(--_primary-subtle);
    color: var(--_text);
  }
  .list-header__status {
    min-width: 0;
    margin-left: auto;
    text-align: right;
  }
  .select-all {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
    cursor: pointer;
  }
  .bulk {
    display: flex;
    flex: 1 1 auto;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 3);
    min-width: 0;
  }
  .bulk__count {
    font-weight: 600;
  }
  .bulk__actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5);
  }

  .check {
    flex: none;
    width: 16px;
    height: 16px;
    margin: 0;
    accent-color: var(--_primary);
    cursor: pointer;
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .row {
    position: relative;
    border-bottom: 1px solid var(--_border);
    transition: background var(--_transition);
  }
  .row:last-child {
    border-bottom: 0;
  }
  .row:hover {
    background: var(--_surface);
  }
  .row--selected,
  .row--selected:hover {
    background: var(--_primary-subtle);
  }
  .row--open,
  .row--open:hover {
    background: var(--_surface);
  }
  .row--new {
    animation: arrive 1.6s ease-out;
  }
  @keyframes arrive {
    from {
      background: color-mix(in srgb, var(--_primary) 22%, var(--_bg));
    }
  }

  .row__head {
    display: flex;
    align-items: stretch;
  }
  .row__check-cell {
    display: flex;
    flex: none;
    align-items: flex-start;
    padding: calc(var(--_space) * 4.5) 0 0 calc(var(--_space) * 4);
  }

  .row__main {
    display: grid;
    flex: 1 1 auto;
    grid-template-columns: 8px minmax(0, 1fr) auto;
    grid-template-areas:
      'dot name time'
      '. meta duration'
      '. summary summary';
    column-gap: calc(var(--_space) * 2.5);
    row-gap: calc(var(--_space) * 0.5);
    align-items: baseline;
    min-width: 0;
    padding: calc(var(--_space) * 3.5) calc(var(--_space) * 4) calc(var(--_space) * 3.5)
      calc(var(--_space) * 3);
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: left;
    cursor: pointer;
  }
  .row__main:focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: -2px;
    border-radius: var(--_radius-sm);
  }

  .row__dot {
    grid-area: dot;
    align-self: center;
    width: 8px;
    height: 8px;
    border-radius: 50%;
  }
  .row--unread .row__dot {
    background: var(--_primary);
  }

  .row__name {
    grid-area: name;
    overflow: hidden;
    min-width: 0;
    font-weight: 500;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .row--unread .row__name {
    font-weight: 700;
  }
  .row__meta {
    grid-area: meta;
    overflow: hidden;
    min-width: 0;
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .row__summary {
    grid-area: summary;
    overflow: hidden;
    min-width: 0;
    margin-top: calc(var(--_space) * 0.5);
    color: var(--_text-secondary);
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .row--unread .row__summary {
    color: var(--_text);
  }
  .row__duration {
    grid-area: duration;
    justify-self: end;
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
  .row__time {
    grid-area: time;
    justify-self: end;
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
    white-space: nowrap;
  }
  .row--unread .row__time {
    color: var(--_text);
    font-weight: 600;
  }

  @container inbox (min-width: 720px) {
    .row__head {
      align-items: center;
    }
    .row__check-cell {
      align-items: center;
      padding-top: 0;
    }
    .row__main {
      grid-template-columns: 8px minmax(160px, 240px) minmax(0, 1fr) 48px 88px;
      grid-template-areas:
        'dot name summary duration time'
        'dot meta summary duration time';
      align-items: center;
      column-gap: calc(var(--_space) * 4);
      min-height: 64px;
    }
    .row__dot {
      grid-row: 1 / span 2;
    }
    .row__summary {
      grid-row: 1 / span 2;
      margin-top: 0;
    }
    .row__duration,
    .row__time {
      grid-row: 1 / span 2;
    }
  }

  /* ---- the opened voicemail (its content is <dialstack-voicemail-detail>, loaded lazily) ---- */

  .detail {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 4);
    padding: 0 calc(var(--_space) * 4) calc(var(--_space) * 4) calc(var(--_space) * 14.5);
  }
  .player-placeholder {
    height: 50px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_skeleton);
  }
  @container inbox (max-width: 479px) {
    .detail {
      padding-left: calc(var(--_space) * 4);
    }
    .row__main {
      padding-left: calc(var(--_space) * 2);
    }
  }

  /* ---- footer, spinner ---- */

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 3);
    margin: 0;
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border-top: 1px solid var(--_border);
  }
  .footer--end {
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
  .footer__error {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    color: var(--_danger);
  }
  .state + .footer,
  .panel > .footer:first-child {
    border-top: 0;
  }

  .spinner {
    flex: none;
    width: 14px;
    height: 14px;
    border: 2px solid color-mix(in srgb, currentColor 25%, transparent);
    border-top-color: currentColor;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  .transcript-state .spinner {
    margin-top: 3px;
    color: var(--_primary);
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
