import { css } from 'lit';
import { baseRules } from '../../src/theme/base-styles';
import { buttonStyles } from '../../src/ui/button';
import { iconStyles } from '../../src/ui/icon-styles';

/**
 * Styles of the call filter bar. It inherits the `--_*` tokens of the element around it; in
 * a narrow container (640px or less) it stacks, and stays hidden until `open`.
 */
export const callFiltersStyles = [
  baseRules,
  iconStyles,
  buttonStyles,
  css`
    :host {
      padding: calc(var(--_space) * 3) var(--_row-pad-x, calc(var(--_space) * 4));
      border-bottom: 1px solid var(--_border);
      background: var(--_surface);
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: calc(var(--_space) * 3);
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 1);
      min-width: 0;
    }
    .field label {
      color: var(--_text-secondary);
      font-size: var(--_font-size-sm);
      font-weight: 500;
    }
    .field--phone {
      flex: 1 1 200px;
      max-width: 280px;
    }
    .control {
      height: calc(var(--_space) * 8);
      padding: 0 calc(var(--_space) * 2.5);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-sm);
      background: var(--_bg);
      color: var(--_text);
      font: inherit;
      min-width: 0;
    }
    select.control {
      padding-right: calc(var(--_space) * 7);
      appearance: none;
      background-image:
        linear-gradient(45deg, transparent 50%, currentColor 50%),
        linear-gradient(135deg, currentColor 50%, transparent 50%);
      background-position:
        calc(100% - 15px) 50%,
        calc(100% - 10px) 50%;
      background-size:
        5px 5px,
        5px 5px;
      background-repeat: no-repeat;
      max-width: 200px;
    }
    .control:hover {
      border-color: var(--_border-strong);
    }
    .control:focus-visible {
      outline: none;
      border-color: var(--_primary);
      box-shadow: var(--_focus-ring);
    }
    .control[aria-invalid='true'] {
      border-color: var(--_danger);
    }
    .field--phone .control {
      width: 100%;
    }
    .field__error,
    .field__hint {
      margin: 0;
      font-size: var(--_font-size-sm);
    }
    .field__error {
      color: var(--_danger);
    }
    .field__hint {
      color: var(--_text-secondary);
    }
    .dates {
      display: flex;
      gap: calc(var(--_space) * 2);
    }
    @container (max-width: 640px) {
      :host(:not([open])) {
        display: none;
      }
      .field,
      .field--phone,
      .dates {
        flex: 1 1 100%;
        max-width: none;
      }
      select.control {
        max-width: none;
        width: 100%;
      }
      .dates .field {
        flex: 1 1 0;
      }
    }
  `,
];
