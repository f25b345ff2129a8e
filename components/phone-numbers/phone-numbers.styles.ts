import { css } from 'lit';

/**
 * Styles of `<dialstack-phone-numbers>`: a card with tabs and a search box, a sortable table of
 * numbers and, when a row is open, its panel beside the table (below it in narrow containers).
 */
export const phoneNumbersStyles = css`
  :host {
    --_max-height: var(--dialstack-phone-numbers-max-height, none);
    container-type: inline-size;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border-bottom: 1px solid var(--_border);
  }
  .header h2 {
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: 600;
  }
  .count {
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
  .spacer {
    flex: 1;
  }
  .tabs {
    display: flex;
    gap: calc(var(--_space) * 1);
    padding: 0 calc(var(--_space) * 3);
    border-bottom: 1px solid var(--_border);
    overflow-x: auto;
  }
  .tab {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 2.5) calc(var(--_space) * 2);
    border: 0;
    border-bottom: 2px solid transparent;
    background: none;
    color: var(--_text-secondary);
    font: inherit;
    white-space: nowrap;
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    border-bottom-color: var(--_primary);
    color: var(--_text);
    font-weight: 600;
  }
  .tab:focus-visible {
    outline: none;
    box-shadow: var(--_focus-ring);
  }
  .tab__count {
    min-width: 1.5em;
    padding: 0 calc(var(--_space) * 1.5);
    border-radius: 999px;
    background: var(--_surface-active);
    font-size: var(--_font-size-sm);
    text-align: center;
  }
  .search {
    position: relative;
    flex: 1 1 220px;
    max-width: 320px;
  }
  .search input {
    box-sizing: border-box;
    width: 100%;
    min-height: calc(var(--_space) * 9);
    padding: 0 calc(var(--_space) * 2.5) 0 calc(var(--_space) * 8);
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius-sm);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  .search input:focus-visible {
    outline: none;
    border-color: var(--_primary);
    box-shadow: var(--_focus-ring);
  }
  .search .icon {
    position: absolute;
    inset-inline-start: calc(var(--_space) * 2.5);
    top: 50%;
    transform: translateY(-50%);
    color: var(--_text-secondary);
    pointer-events: none;
  }

  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .body--open {
    grid-template-columns: minmax(0, 1fr) minmax(300px, 380px);
  }
  .scroller {
    max-height: var(--_max-height);
    overflow: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th {
    position: sticky;
    top: 0;
    z-index: 1;
    padding: 0;
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
    font-weight: 600;
    text-align: start;
    white-space: nowrap;
  }
  th > span,
  .sort {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1);
    width: 100%;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
  }
  .sort {
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .sort:hover {
    color: var(--_text);
  }
  .sort:focus-visible {
    outline: none;
    box-shadow: inset var(--_focus-ring);
  }
  .sort__arrow {
    width: 1em;
    opacity: 0.35;
  }
  th[aria-sort] .sort__arrow {
    opacity: 1;
  }
  td {
    padding: calc(var(--_space) * 2.5) calc(var(--_space) * 3);
    border-bottom: 1px solid var(--_border);
    vertical-align: middle;
  }
  tr[part~='row'] {
    cursor: pointer;
  }
  tr[part~='row']:hover {
    background: var(--_surface-hover);
  }
  tr[aria-selected='true'] {
    background: var(--_primary-subtle);
  }
  .row-link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    text-align: start;
    white-space: nowrap;
    cursor: pointer;
  }
  .row-link:focus-visible {
    outline: none;
    border-radius: 2px;
    box-shadow: var(--_focus-ring);
  }
  .sub {
    display: block;
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
  .muted {
    color: var(--_text-secondary);
  }
  .target__kind {
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
  .more {
    padding: calc(var(--_space) * 3);
    color: var(--_text-secondary);
    text-align: center;
  }
  .sentinel {
    height: 1px;
  }
  .panel-slot {
    border-inline-start: 1px solid var(--_border);
    min-width: 0;
  }

  @container (max-width: 760px) {
    .col--outbound {
      display: none;
    }
    .body--open {
      grid-template-columns: minmax(0, 1fr);
    }
    .panel-slot {
      border-inline-start: 0;
      border-top: 1px solid var(--_border);
    }
  }
  @container (max-width: 520px) {
    .col--caller-id {
      display: none;
    }
    .search {
      max-width: none;
    }
    td,
    th > span,
    .sort {
      padding-inline: calc(var(--_space) * 2);
    }
  }
`;
