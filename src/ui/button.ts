import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md';

/**
 * Button classes: `.btn` plus `.btn--primary | --secondary | --ghost | --danger`, `.btn--sm`,
 * `.btn--icon` (square, icon only — give it an `aria-label`) and `.btn--block`.
 */
export const buttonStyles = css`
  .btn {
    --_btn-height: calc(var(--_space) * 8);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 1.5);
    min-height: var(--_btn-height);
    padding: 0 calc(var(--_space) * 3);
    border: 1px solid transparent;
    border-radius: var(--_radius-sm);
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 500;
    line-height: 1;
    white-space: nowrap;
    text-decoration: none;
    cursor: pointer;
    user-select: none;
    -webkit-tap-highlight-color: transparent;
    transition:
      background-color var(--_transition),
      border-color var(--_transition),
      box-shadow var(--_transition),
      color var(--_transition);
  }
  .btn:focus-visible {
    outline: none;
    box-shadow: var(--_focus-ring);
  }
  .btn:disabled,
  .btn[aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .btn--primary {
    background: var(--_primary);
    color: var(--_on-primary);
    box-shadow: 0 1px 1px rgb(0 0 0 / 8%);
  }
  .btn--primary:hover:not(:disabled) {
    background: var(--_primary-hover);
  }
  .btn--secondary {
    background: var(--_bg);
    border-color: var(--_border);
    color: var(--_text);
    box-shadow: 0 1px 1px rgb(0 0 0 / 4%);
  }
  .btn--secondary:hover:not(:disabled) {
    background: var(--_surface-hover);
    border-color: var(--_border-strong);
  }
  .btn--ghost {
    color: var(--_text-secondary);
  }
  .btn--ghost:hover:not(:disabled),
  .btn--ghost[aria-expanded='true'] {
    background: var(--_surface-hover);
    color: var(--_text);
  }
  .btn--ghost:active:not(:disabled) {
    background: var(--_surface-active);
  }
  .btn--danger {
    background: var(--_danger);
    color: var(--_on-danger);
    box-shadow: 0 1px 1px rgb(0 0 0 / 8%);
  }
  .btn--danger:hover:not(:disabled) {
    background: var(--_danger-hover);
  }
  .btn--sm {
    --_btn-height: calc(var(--_space) * 7);
    padding: 0 calc(var(--_space) * 2.5);
    font-size: var(--_font-size-sm);
  }
  .btn--icon {
    width: var(--_btn-height);
    padding: 0;
  }
  .btn--block {
    width: 100%;
  }
  @media (pointer: coarse) {
    .btn {
      --_btn-height: calc(var(--_space) * 10);
    }
  }
`;

export interface ButtonOptions {
  label: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  icon?: TemplateResult;
  disabled?: boolean;
  type?: 'button' | 'submit';
  part?: string;
  onClick?: (event: MouseEvent) => void;
}

export function buttonClasses(
  variant: ButtonVariant = 'secondary',
  size: ButtonSize = 'md',
): string {
  return `btn btn--${variant}${size === 'sm' ? ' btn--sm' : ''}`;
}

/** A text button (optionally with a leading icon). */
export function button(options: ButtonOptions): TemplateResult {
  return html`<button
    type=${options.type ?? 'button'}
    class=${buttonClasses(options.variant, options.size)}
    part=${ifDefined(options.part)}
    ?disabled=${options.disabled ?? false}
    @click=${options.onClick ?? nothing}
  >
    ${options.icon ?? nothing}<span>${options.label}</span>
  </button>`;
}

export interface IconButtonOptions extends Omit<ButtonOptions, 'icon'> {
  /** The icon shown; `label` becomes the accessible name. */
  icon: TemplateResult;
  /** For toggle buttons (e.g. play/pause): sets `aria-pressed`. */
  pressed?: boolean;
}

/** A square icon-only button whose accessible name is `label` (also shown as a tooltip). */
export function iconButton(options: IconButtonOptions): TemplateResult {
  return html`<button
    type=${options.type ?? 'button'}
    class="${buttonClasses(options.variant ?? 'ghost', options.size)} btn--icon"
    part=${ifDefined(options.part)}
    aria-label=${options.label}
    title=${options.label}
    aria-pressed=${options.pressed === undefined ? nothing : String(options.pressed)}
    ?disabled=${options.disabled ?? false}
    @click=${options.onClick ?? nothing}
  >
    ${options.icon}
  </button>`;
}
