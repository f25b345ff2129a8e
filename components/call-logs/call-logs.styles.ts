import { css } from 'lit';

/**
 * Styles of `<dialstack-call-logs>`. Layout follows the element's own width (container
 * queries), not the viewport: the list is a table of eight columns when wide, fewer columns in
 * the middle, and two-line cards when narrow; the detail panel sits beside the list when there
 * is room and replaces it otherwise.
 */
export const callLogsStyles = css`
  :host {
    --_list-height: var(--dialstack-call-logs-list-height, 560px);
    --_row-pad-x: calc(var(--_space) * 4);
    container-type: inline-size;
  }

  /* ---- Toolbar ---- */

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 3);
    padding: calc(var(--_space) * 3) var(--_row-pad-x);
    border-bottom: 1px solid var(--_border);
  }
  .count {
    margin: 0;
    font-weight: 600;
    min-width: 0;
  }
  .toolbar__spacer {
    flex: 1;
  }
  .export {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
  .export__progress {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .export__bar {
    width: 72px;
    height: 4px;
    border-radius: 2px;
    background: var(--_surface-active);
    overflow: hidden;
    position: relative;
  }
  .export__bar::after {
    content: '';
    position: absolute;
    inset: 0;
    width: 40%;
    border-radius: inherit;
    background: var(--_primary);
    animation: export-indeterminate 1.1s ease-in-out infinite;
  }
  @keyframes export-indeterminate {
    from {
      transform: translateX(-100%);
    }
    to {
      transform: translateX(250%);
    }
  }
  .export__message[data-tone='danger'] {
    color: var(--_danger);
  }
  .export__message[data-tone='success'] {
    color: var(--_success);
  }

  /* ---- Filters ---- */

  .filters-toggle {
    display: none;
  }
  .filters-toggle__count {
    min-width: 18px;
    padding: 0 5px;
    border-radius: 999px;
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 11px;
    line-height: 18px;
    text-align: center;
  }
  /* The bar's own chunk loads once the first rows are painted: hold its place meanwhile
     (one line of fields; the bar wraps to more in a container narrower than ~1100px). */
  dialstack-call-filters:not(:defined) {
    display: block;
    min-height: calc(var(--_space) * 15 + var(--_font-size-sm) * 1.43 + 1px);
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
  }
  @container (max-width: 640px) {
    .filters-toggle {
      display: inline-flex;
    }
    dialstack-call-filters:not(:defined):not([open]) {
      display: none;
    }
  }

  /* ---- Live strip ---- */

  .live {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: calc(var(--_space) * 2) var(--_row-pad-x);
    list-style: none;
    border-bottom: 1px solid var(--_border);
    background: color-mix(in srgb, var(--_success) 6%, var(--_bg));
  }
  .live li {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    font-size: var(--_font-size-sm);
  }

  /* ---- Body: list pane + detail ---- */

  .body {
    container-type: inline-size;
    container-name: body;
    display: flex;
    min-height: 0;
  }
  .pane {
    flex: 1 1 auto;
    min-width: 0;
    container-type: inline-size;
    container-name: list;
  }

  /* ---- Grid ---- */

  .grid {
    display: block;
  }
  .row {
    --_cols: minmax(130px, 1.1fr) minmax(112px, 0.8fr) minmax(0, 1.5fr) minmax(0, 1.5fr)
      minmax(0, 1fr) 72px 128px 152px;
    display: grid;
    grid-template-columns: var(--_cols);
    align-items: center;
    column-gap: calc(var(--_space) * 3);
    width: 100%;
    min-height: 56px;
    padding: calc(var(--_space) * 2) var(--_row-pad-x);
    border-bottom: 1px solid var(--_border);
    background: var(--_bg);
    text-align: start;
  }
  .row--head {
    min-height: 0;
    padding-top: calc(var(--_space) * 2);
    padding-bottom: calc(var(--_space) * 2);
    background: var(--_surface);
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
    font-weight: 500;
  }
  .rows {
    /* Every call row has this height, so the list renders only the rows in view (and a few
       beyond) without measuring them first: the window's box is as tall as all the rows, its
       top padding as tall as the rows above the ones rendered. */
    --_row-h: calc(var(--_space) * 4 + 40px);
    display: block;
    height: min(var(--_list-height), calc(var(--_rows, 8) * var(--_row-h) + 1px));
    min-height: 0 !important;
    overflow: auto;
    overscroll-behavior: contain;
    position: relative;
  }
  .rows__window {
    height: calc(var(--_rows, 0) * var(--_row-h));
    padding-top: calc(var(--_first, 0) * var(--_row-h));
  }
  .rows__window > .row--call {
    height: var(--_row-h);
    min-height: 0;
  }
  .rows--pages {
    height: auto;
    max-height: none;
    overflow: visible;
  }
  .row--call {
    contain: layout style;
    cursor: pointer;
    transition: background-color var(--_transition);
  }
  .row--call:hover {
    background: var(--_surface-hover);
  }
  .row--call:focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: -2px;
  }
  .row--call[aria-selected='true'] {
    background: var(--_primary-subtle);
    box-shadow: inset 3px 0 0 var(--_primary);
  }
  .row--new {
    animation: row-new 2.4s ease-out;
  }
  @keyframes row-new {
    from {
      background: color-mix(in srgb, var(--_success) 18%, var(--_bg));
    }
  }
  .cell {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .cell--time time {
    display: flex;
    flex-direction: column;
    line-height: 1.3;
  }
  .cell__sub {
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
  .cell--duration {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .cell--user {
    color: var(--_text-secondary);
  }

  /* Medium list: no user column, direction as an icon. */
  @container list (max-width: 1100px) {
    .row {
      --_cols: minmax(110px, 1fr) 28px minmax(0, 1.4fr) minmax(0, 1.4fr) 64px 118px 150px;
    }
    .cell--user {
      display: none;
    }
    .cell--direction .ds-call-direction-text,
    .row--head .cell--direction .head-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }

  /* Small list: no quality column either (it is in the detail panel). */
  @container list (max-width: 820px) {
    .row {
      --_cols: minmax(100px, 1fr) 28px minmax(0, 1.4fr) minmax(0, 1.4fr) 60px 118px;
    }
    .cell--quality {
      display: none;
    }
  }

  /* Narrow list: two-line cards. */
  @container list (max-width: 640px) {
    .row--head {
      position: absolute;
      width: 1px;
      height: 1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      border: 0;
    }
    .row--call {
      grid-template-columns: 24px minmax(0, 1fr) auto;
      grid-template-areas:
        'dir from time'
        'dir to duration'
        'dir status quality';
      row-gap: calc(var(--_space) * 1);
      align-items: start;
      padding-top: calc(var(--_space) * 3);
      padding-bottom: calc(var(--_space) * 3);
    }
    .row--call .cell--direction {
      grid-area: dir;
      padding-top: 2px;
    }
    .row--call .cell--from {
      grid-area: from;
      font-weight: 500;
    }
    .row--call .cell--to {
      grid-area: to;
    }
    .rows {
      --_row-h: calc(var(--_space) * 8 + 64px);
    }
    .row--call .cell--time {
      grid-area: time;
    }
    .row--call .cell--time time {
      flex-direction: row-reverse;
      gap: calc(var(--_space) * 1);
      justify-content: flex-end;
      color: var(--_text-secondary);
      font-size: var(--_font-size-sm);
    }
    .row--call .cell--duration {
      grid-area: duration;
      color: var(--_text-secondary);
      font-size: var(--_font-size-sm);
    }
    .row--call .cell--status {
      grid-area: status;
    }
    .row--call .cell--quality {
      display: block;
      grid-area: quality;
      justify-self: end;
    }
    .row--call .cell--quality:has(.ds-call-dash) {
      visibility: hidden;
    }
    .row--call .cell--to .ds-call-party {
      flex-direction: row;
      gap: calc(var(--_space) * 1.5);
      align-items: baseline;
    }
    .row--call .cell--from .ds-call-party {
      flex-direction: row;
      gap: calc(var(--_space) * 1.5);
      align-items: baseline;
    }
    /* "→" before the recipient, drawn by CSS (one element less per row), not read out. */
    .row--call .cell--to::before {
      content: '→' / '';
    }
    /* A labelled party shows its label; the number stays for screen readers and the panel. */
    .row--call .ds-call-party-number {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .row--call .cell--to {
      display: flex;
      gap: calc(var(--_space) * 1);
      color: var(--_text-secondary);
    }
  }

  /* ---- List footer and pages ---- */

  .footer {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 3);
    min-height: 44px;
    padding: calc(var(--_space) * 2) var(--_row-pad-x);
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
  .footer--error {
    color: var(--_danger);
  }
  .pages {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 3) var(--_row-pad-x);
  }
  .pages__range {
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
  .pages__buttons {
    display: flex;
    gap: calc(var(--_space) * 2);
  }

  /* ---- Detail panel ---- */

  .detail {
    flex: 0 0 420px;
    overflow-wrap: anywhere;
    max-width: 100%;
    min-width: 0;
    border-left: 1px solid var(--_border);
    background: var(--_bg);
    max-height: calc(var(--_list-height) + 48px);
    overflow: auto;
  }
  .detail:focus {
    outline: none;
  }
  @container body (max-width: 1023px) {
    .body--detail .pane {
      display: none;
    }
    .detail {
      flex: 1 1 auto;
      border-left: 0;
      max-height: none;
    }
  }

  /* Host actions: a last column with each row's menu. */
  .grid--actions .row {
    grid-template-columns: var(--_cols) 36px;
  }
  .cell--actions {
    display: flex;
    justify-content: flex-end;
  }
  @container list (max-width: 640px) {
    .grid--actions .row--call {
      grid-template-columns: 24px minmax(0, 1fr) auto 36px;
    }
    .grid--actions .row--call .cell--actions {
      grid-column: 4;
      grid-row: 1 / span 3;
      align-self: center;
    }
  }
`;
