import type { AppearanceVariables } from '../core/types';

/** The kind of CSS value an appearance variable accepts; decides how it is validated. */
export type TokenKind = 'color' | 'length' | 'radius' | 'font-family';

export type AppearanceVariableName = keyof AppearanceVariables;

interface TokenDefinition {
  /** The public custom property a host page may also set in its own CSS. */
  readonly property: `--dialstack-${string}`;
  readonly kind: TokenKind;
}

/**
 * Every `appearance.variables` key, the public `--dialstack-*` custom property it becomes, and
 * the kind of value it accepts. The same properties can be set from the host page's CSS.
 */
export const appearanceTokens: Readonly<Record<AppearanceVariableName, TokenDefinition>> = {
  colorPrimary: { property: '--dialstack-color-primary', kind: 'color' },
  colorBackground: { property: '--dialstack-color-background', kind: 'color' },
  colorText: { property: '--dialstack-color-text', kind: 'color' },
  colorSecondaryText: { property: '--dialstack-color-secondary-text', kind: 'color' },
  colorBorder: { property: '--dialstack-color-border', kind: 'color' },
  colorDanger: { property: '--dialstack-color-danger', kind: 'color' },
  colorSuccess: { property: '--dialstack-color-success', kind: 'color' },
  colorWarning: { property: '--dialstack-color-warning', kind: 'color' },
  fontFamily: { property: '--dialstack-font-family', kind: 'font-family' },
  fontSizeBase: { property: '--dialstack-font-size-base', kind: 'length' },
  spacingUnit: { property: '--dialstack-spacing-unit', kind: 'length' },
  borderRadius: { property: '--dialstack-border-radius', kind: 'radius' },
};

export const appearanceVariableNames = Object.keys(appearanceTokens) as AppearanceVariableName[];
