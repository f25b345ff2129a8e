import { css } from 'lit';

/**
 * Styles of the menu popover (`.menu`, `.menu__item`); needs `buttonStyles`. A module of their
 * own, so an element can carry them without Floating UI: the list elements' row menus load
 * `menu.ts` only once the host sets `actions` (see `src/base/host-actions.ts`).
 */
export const menuStyles = css`
  .menu {
    position: fixed;
    top: 0;
    left: 0;
    z-index: 2147482000;
    min-width: 180px;
    max-width: min(320px, 100vw - 16px);
    margin: 0;
    padding: calc(var(--_space) * 1);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    box-shadow: var(--_shadow);
    overflow: auto;
  }
  .menu[hidden] {
    display: none;
  }
  .menu__item {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    width: 100%;
    min-height: calc(var(--_space) * 8);
    padding: 0 calc(var(--_space) * 2.5);
    border: 0;
    border-radius: var(--_radius-sm);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .menu__item:hover,
  .menu__item:focus-visible {
    background: var(--_surface-hover);
    outline: none;
  }
  .menu__item[aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .menu__item--danger {
    color: var(--_danger);
  }
  .menu__item .icon {
    color: var(--_text-secondary);
  }
  .menu__item--danger .icon {
    color: inherit;
  }
  @media (pointer: coarse) {
    .menu__item {
      min-height: calc(var(--_space) * 11);
    }
  }
`;
