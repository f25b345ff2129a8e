import type { Appearance, ThemeMode } from '../core/types';
import { readableTextOn } from './contrast';
import { paletteDeclarations } from './palettes';
import { darkPalette } from './palettes.dark';
import { sanitizeCssValue } from './sanitize';
import { appearanceTokens, appearanceVariableNames, type AppearanceVariableName } from './tokens';

export interface RejectedVariable {
  name: string;
  value: unknown;
}

export interface AppearanceCss {
  /** A `:host { … }` rule declaring the accepted variables (empty when there are none). */
  cssText: string;
  /** Variables that were unknown or whose values were unsafe or malformed; never applied. */
  rejected: RejectedVariable[];
}

/**
 * Turns `appearance.variables` into a `:host` rule of `--dialstack-*` declarations. Every value
 * is validated for its kind and anything that could escape the declaration is rejected.
 */
export function appearanceToCss(appearance: Appearance | undefined): AppearanceCss {
  const variables = (appearance?.variables ?? {}) as Record<string, unknown>;
  const declarations: string[] = [];
  const rejected: RejectedVariable[] = [];
  for (const [name, value] of Object.entries(variables)) {
    if (value === undefined || value === null) continue;
    if (!appearanceVariableNames.includes(name as AppearanceVariableName)) {
      rejected.push({ name, value });
      continue;
    }
    const token = appearanceTokens[name as AppearanceVariableName];
    const safe = sanitizeCssValue(value, token.kind);
    if (safe === undefined) {
      rejected.push({ name, value });
      continue;
    }
    declarations.push(`${token.property}: ${safe};`);
    // Keep text on filled buttons readable whatever accent colour the host picks.
    if (name === 'colorPrimary' || name === 'colorDanger') {
      const onColor = readableTextOn(safe);
      const target = name === 'colorPrimary' ? '--_theme-on-primary' : '--_theme-on-danger';
      if (onColor) declarations.push(`${target}: ${onColor};`);
    }
  }
  const cssText = declarations.length ? `:host { ${declarations.join(' ')} }` : '';
  return { cssText, rejected };
}

const DARK_RULE = `:host { ${paletteDeclarations(darkPalette)} }`;

/** The palette rule for a mode: light is the baseStyles default, auto follows the OS live. */
export function themeCss(mode: ThemeMode): string {
  switch (mode) {
    case 'dark':
      return DARK_RULE;
    case 'auto':
      return `:host { color-scheme: light dark; } @media (prefers-color-scheme: dark) { ${DARK_RULE} }`;
    default:
      return ':host { color-scheme: light; }';
  }
}

export function normalizeThemeMode(mode: unknown): ThemeMode {
  return mode === 'dark' || mode === 'auto' ? mode : 'light';
}

const themeSheets = new Map<ThemeMode, CSSStyleSheet>();
const variableSheets = new WeakMap<ShadowRoot, CSSStyleSheet>();
const ownSheets = new WeakSet<CSSStyleSheet>();
const warned = new Set<string>();

function themeSheet(mode: ThemeMode): CSSStyleSheet {
  let sheet = themeSheets.get(mode);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(themeCss(mode));
    themeSheets.set(mode, sheet);
    ownSheets.add(sheet);
  }
  return sheet;
}

function warnRejected(rejected: readonly RejectedVariable[]): void {
  for (const { name, value } of rejected) {
    const key = `${name}=${String(value)}`;
    if (warned.has(key)) continue;
    warned.add(key);
    console.warn(
      `[dialstack] appearance.variables.${name} was ignored: ${JSON.stringify(String(value))} is not a valid value.`,
    );
  }
}

function supportsAdoptedStyleSheets(root: ShadowRoot): boolean {
  return 'adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function';
}

/**
 * Applies an appearance to a shadow root through constructed stylesheets appended after the
 * element's own styles: one shared sheet per theme mode and one per-root sheet for variables.
 * Calling it again re-themes in place. Never creates `<style>` elements or `style` attributes,
 * so it works under a CSP without `'unsafe-inline'`. Returns the rejected variables.
 */
export function applyAppearance(
  root: ShadowRoot,
  appearance: Appearance | undefined,
): RejectedVariable[] {
  const { cssText, rejected } = appearanceToCss(appearance);
  warnRejected(rejected);
  if (!supportsAdoptedStyleSheets(root)) return rejected;
  let variables = variableSheets.get(root);
  if (!variables) {
    variables = new CSSStyleSheet();
    variableSheets.set(root, variables);
    ownSheets.add(variables);
  }
  variables.replaceSync(cssText);
  const elementSheets = root.adoptedStyleSheets.filter((sheet) => !ownSheets.has(sheet));
  root.adoptedStyleSheets = [
    ...elementSheets,
    themeSheet(normalizeThemeMode(appearance?.theme)),
    variables,
  ];
  return rejected;
}
