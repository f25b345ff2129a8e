export { baseStyles } from './base-styles';
export {
  applyAppearance,
  appearanceToCss,
  normalizeThemeMode,
  themeCss,
  type AppearanceCss,
  type RejectedVariable,
} from './appearance';
export { contrastRatio, readableTextOn } from './contrast';
export { lightPalette, type Palette } from './palettes';
export { darkPalette } from './palettes.dark';
export { sanitizeCssValue } from './sanitize';
export {
  appearanceTokens,
  appearanceVariableNames,
  type AppearanceVariableName,
  type TokenKind,
} from './tokens';
