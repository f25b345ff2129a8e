import type { Appearance } from '../core/types';
import { afterPaint } from '../ui/schedule';

/**
 * Applies an instance's appearance to an element's shadow root, without shipping the appearance
 * code up front. The default appearance (light, no variables) is what `baseStyles` already
 * declare, so it needs nothing. Any other one (dark or auto theme, appearance variables) needs
 * `./appearance` (its validation, the dark palette, the contrast checks): a chunk loaded the
 * first time a page asks for it. Until it is in, the element stays hidden (a few milliseconds,
 * never a flash of the wrong colours); from then on every call applies synchronously.
 */
type AppearanceModule = typeof import('./appearance');

let appearanceModule: AppearanceModule | undefined;
let loading: Promise<AppearanceModule> | undefined;
let hidingSheet: CSSStyleSheet | undefined;
let settlingSheet: CSSStyleSheet | undefined;

/** True for the appearance `baseStyles` already are: light, no variable set. */
export function isDefaultAppearance(appearance: Appearance | undefined): boolean {
  if (!appearance) return true;
  if (appearance.theme === 'dark' || appearance.theme === 'auto') return false;
  const variables = (appearance.variables ?? {}) as Record<string, unknown>;
  return Object.values(variables).every((value) => value === undefined || value === null);
}

/** Loads the appearance code once (concurrent callers share the load; a failure can retry). */
export function loadAppearance(): Promise<AppearanceModule> {
  loading ??= import('./appearance').then(
    (module) => (appearanceModule = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function hiding(): CSSStyleSheet {
  if (!hidingSheet) {
    hidingSheet = new CSSStyleSheet();
    hidingSheet.replaceSync(
      ':host { visibility: hidden !important; } *, *::before, *::after { transition: none !important; }',
    );
  }
  return hidingSheet;
}

/** Colours set while hidden must not animate from the light ones (a button's 120 ms fade). */
function settling(): CSSStyleSheet {
  if (!settlingSheet) {
    settlingSheet = new CSSStyleSheet();
    settlingSheet.replaceSync('*, *::before, *::after { transition: none !important; }');
  }
  return settlingSheet;
}

const canAdopt = (root: ShadowRoot) =>
  'adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function';

const withoutHiding = (root: ShadowRoot) =>
  root.adoptedStyleSheets.filter((sheet) => sheet !== hidingSheet && sheet !== settlingSheet);

/**
 * Applies `appearance()` (read again once the code has loaded, so the latest one wins) to
 * `root`: synchronously when the code is in or not needed, else once it has loaded.
 */
export function applyTheme(root: ShadowRoot, appearance: () => Appearance | undefined): void {
  if (appearanceModule) {
    appearanceModule.applyAppearance(root, appearance());
    return;
  }
  if (isDefaultAppearance(appearance()) || !canAdopt(root)) return;
  root.adoptedStyleSheets = [...withoutHiding(root), hiding()];
  loadAppearance().then(
    (module) => {
      // Shown in the new colours at once; transitions come back after that frame's styles.
      root.adoptedStyleSheets = [...withoutHiding(root), settling()];
      module.applyAppearance(root, appearance());
      afterPaint(() => (root.adoptedStyleSheets = withoutHiding(root)));
    },
    (error: unknown) => {
      root.adoptedStyleSheets = withoutHiding(root);
      console.warn(
        '[dialstack] Could not load the appearance code; using the default theme.',
        error,
      );
    },
  );
}
