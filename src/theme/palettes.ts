/**
 * The built-in light and dark palettes. Each value is the default behind one private
 * `--_theme-*` variable; a public `--dialstack-*` property (or an appearance variable) overrides
 * it. Text colours keep a contrast ratio of at least 4.5:1 against the background and the
 * subtle surface; tone colours (danger, success, warning, info) are readable as text too.
 */
export interface Palette {
  primary: string;
  onPrimary: string;
  background: string;
  text: string;
  secondaryText: string;
  border: string;
  danger: string;
  onDanger: string;
  success: string;
  warning: string;
  info: string;
  /** Mixed into colours for hover/pressed states: darkens in light mode, lightens in dark. */
  mix: string;
  shadow: string;
  colorScheme: 'light' | 'dark';
}

/** The light palette (the default, in `baseStyles`); the dark one is in `palettes.dark.ts`. */
export const lightPalette: Palette = {
  primary: '#4f46e5', // 6.3:1 on white
  onPrimary: '#ffffff',
  background: '#ffffff',
  text: '#1a1f36', // 16.2:1
  secondaryText: '#5b6472', // 6.0:1 on white, 5.6:1 on the subtle surface
  border: '#e0e4eb',
  danger: '#c81e3a', // 5.7:1
  onDanger: '#ffffff',
  success: '#17784a', // 5.5:1
  warning: '#955405', // 5.9:1
  info: '#0b66c2', // 5.7:1
  mix: '#000000',
  shadow: '0 1px 2px rgb(16 24 40 / 6%), 0 8px 24px -6px rgb(16 24 40 / 16%)',
  colorScheme: 'light',
};

const PALETTE_PROPERTIES: Record<keyof Palette, string> = {
  primary: '--_theme-primary',
  onPrimary: '--_theme-on-primary',
  background: '--_theme-background',
  text: '--_theme-text',
  secondaryText: '--_theme-secondary-text',
  border: '--_theme-border',
  danger: '--_theme-danger',
  onDanger: '--_theme-on-danger',
  success: '--_theme-success',
  warning: '--_theme-warning',
  info: '--_theme-info',
  mix: '--_theme-mix',
  shadow: '--_theme-shadow',
  colorScheme: 'color-scheme',
};

/** The palette as CSS declarations (constants only: never called with host input). */
export function paletteDeclarations(palette: Palette): string {
  return (Object.keys(PALETTE_PROPERTIES) as (keyof Palette)[])
    .map((key) => `${PALETTE_PROPERTIES[key]}: ${palette[key]};`)
    .join(' ');
}
