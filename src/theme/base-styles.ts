import { css, unsafeCSS } from 'lit';
import { lightPalette, paletteDeclarations } from './palettes';

/**
 * The rules of `baseStyles` without its tokens, for internal elements rendered inside a
 * DialStack element's shadow root (a filter bar, a detail panel): they inherit the `--_*`
 * variables (and the palette the host's appearance chose) from the element around them, so
 * they must not declare the tokens again.
 */
export const baseRules = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.43;
    -webkit-font-smoothing: antialiased;
    -moz-osx-font-smoothing: grayscale;
    text-rendering: optimizeLegibility;
    font-variant-numeric: tabular-nums;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  [hidden] {
    display: none !important;
  }

  :focus {
    outline: none;
  }

  :focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;

/**
 * Shared host styles every element adopts first:
 * - maps the public `--dialstack-*` tokens onto private `--_*` variables (light palette as the
 *   default; `applyAppearance` adopts the dark/auto palette and the appearance variables);
 * - derives hover, subtle-surface, skeleton and focus-ring tokens from them with `color-mix`;
 * - host font and colour, `box-sizing`, a `:focus-visible` ring, reduced-motion handling and a
 *   `.visually-hidden` utility.
 *
 * @cssprop --dialstack-color-primary - Accent colour for primary actions, links and focus.
 * @cssprop --dialstack-color-on-primary - Text on primary buttons (derived from the primary colour when set through appearance).
 * @cssprop --dialstack-color-background - Surface colour of the element.
 * @cssprop --dialstack-color-text - Main text colour.
 * @cssprop --dialstack-color-secondary-text - Secondary text (timestamps, meta).
 * @cssprop --dialstack-color-border - Dividers and control borders.
 * @cssprop --dialstack-color-danger - Errors and destructive actions.
 * @cssprop --dialstack-color-success - Positive states.
 * @cssprop --dialstack-color-warning - Cautionary states.
 * @cssprop --dialstack-font-family - Font stack.
 * @cssprop --dialstack-font-size-base - Base font size (default 14px).
 * @cssprop --dialstack-spacing-unit - Spacing scale unit (default 4px).
 * @cssprop --dialstack-border-radius - Corner radius of controls and cards (default 8px).
 */
export const baseStyles = css`
  :host {
    ${unsafeCSS(paletteDeclarations(lightPalette))}

    --_primary: var(--dialstack-color-primary, var(--_theme-primary));
    --_on-primary: var(--dialstack-color-on-primary, var(--_theme-on-primary));
    --_bg: var(--dialstack-color-background, var(--_theme-background));
    --_text: var(--dialstack-color-text, var(--_theme-text));
    --_text-secondary: var(--dialstack-color-secondary-text, var(--_theme-secondary-text));
    --_border: var(--dialstack-color-border, var(--_theme-border));
    --_danger: var(--dialstack-color-danger, var(--_theme-danger));
    --_on-danger: var(--_theme-on-danger);
    --_success: var(--dialstack-color-success, var(--_theme-success));
    --_warning: var(--dialstack-color-warning, var(--_theme-warning));
    --_info: var(--_theme-info);
    --_shadow: var(--_theme-shadow);

    --_font: var(
      --dialstack-font-family,
      -apple-system,
      BlinkMacSystemFont,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_font-size: var(--dialstack-font-size-base, 14px);
    --_font-size-sm: calc(var(--_font-size) * 0.8572);
    --_font-size-lg: calc(var(--_font-size) * 1.1429);
    --_font-size-xl: calc(var(--_font-size) * 1.4286);
    --_space: var(--dialstack-spacing-unit, 4px);
    --_radius: var(--dialstack-border-radius, 8px);
    --_radius-sm: calc(var(--_radius) * 0.75);

    --_primary-hover: color-mix(in srgb, var(--_primary) 86%, var(--_theme-mix));
    --_primary-subtle: color-mix(in srgb, var(--_primary) 10%, var(--_bg));
    --_danger-hover: color-mix(in srgb, var(--_danger) 86%, var(--_theme-mix));
    --_surface: color-mix(in srgb, var(--_text) 3%, var(--_bg));
    --_surface-hover: color-mix(in srgb, var(--_text) 6%, var(--_bg));
    --_surface-active: color-mix(in srgb, var(--_text) 10%, var(--_bg));
    --_border-strong: color-mix(in srgb, var(--_border) 65%, var(--_text));
    --_skeleton: color-mix(in srgb, var(--_text) 8%, var(--_bg));
    --_skeleton-shine: color-mix(in srgb, var(--_text) 3%, var(--_bg));
    --_focus-ring-color: color-mix(in srgb, var(--_primary) 60%, transparent);
    --_focus-ring: 0 0 0 3px var(--_focus-ring-color);
    --_transition: 120ms ease;
  }

  ${baseRules}
`;
