import type { StoryObj } from '@storybook/web-components-vite';
import type { RequestHandler } from 'msw';
import { handlers } from '../dev/mock-api/handlers';
import { appearanceTokens } from '../src/theme/tokens';

/**
 * Story parameters that put `overrides` in front of the mock API, so a story can show an
 * error, an empty list or a request that never finishes:
 * `parameters: withApi(http.get('/v1/calls', () => HttpResponse.json(error, { status: 500 })))`
 */
export function withApi(...overrides: RequestHandler[]) {
  return { msw: { handlers: { api: [...overrides, ...handlers] } } };
}

/** Parameters that force a theme regardless of the toolbar. */
export const dark = { theme: 'dark' };
export const light = { theme: 'light' };

// ---- Each locale and a custom appearance, for every element's stories ----

/** A host's brand: an accent colour, a serif font, rounder corners. */
export const brandAppearance = {
  variables: {
    colorPrimary: '#7c3aed',
    fontFamily: 'Georgia, "Times New Roman", serif',
    borderRadius: '14px',
  },
} as const;

/** What a locale or appearance story needs to know about its element. */
export interface VariantOptions<A> {
  /** The element's tag (its first instance in the canvas is checked). */
  tag: string;
  /** A phrase it shows (as text or an accessible name) once rendered, per locale. */
  says: { es: string; fr: string };
  /** Args of these stories (e.g. the dial plan in edit mode). */
  args?: Partial<A>;
}

/** Every open shadow root under `node`. */
function shadowRootsOf(node: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    roots.push(root);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  if (node.shadowRoot) visit(node.shadowRoot);
  return roots;
}

/** What a person sees or a screen reader says: text, labels and titles in every shadow root. */
function shownText(el: Element): string {
  return shadowRootsOf(el)
    .flatMap((root) => [
      root.textContent ?? '',
      ...[...root.querySelectorAll('[aria-label], [title], [placeholder]')].map((node) =>
        ['aria-label', 'title', 'placeholder'].map((name) => node.getAttribute(name) ?? ''),
      ),
    ])
    .flat()
    .join(' ');
}

/** Polls `check` every 50 ms until it returns something truthy (10 s, then fails the story). */
async function eventually<T>(check: () => T, what: string): Promise<NonNullable<T>> {
  const start = Date.now();
  for (;;) {
    const found = check();
    if (found) return found;
    if (Date.now() - start > 10_000) throw new Error(`story: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const elementIn = (canvas: HTMLElement, tag: string) =>
  eventually(() => canvas.querySelector<HTMLElement>(tag), `<${tag}> never rendered`);

/**
 * A story of the element in `locale` (the toolbar's global, fixed for this story) whose play
 * function checks the element shows `says[locale]`.
 */
export function inLocale<A>(locale: 'es' | 'fr', options: VariantOptions<A>): StoryObj<A> {
  return {
    name: locale === 'es' ? 'Español' : 'Français',
    args: options.args,
    globals: { locale },
    // Violations fail (in the a11y panel, and axe in test/stories/stories.test.ts).
    parameters: { ...light, a11y: { test: 'error' } },
    play: async ({ canvasElement }) => {
      const el = await elementIn(canvasElement, options.tag);
      await eventually(
        () => shownText(el).includes(options.says[locale]),
        `<${options.tag}> never said “${options.says[locale]}” in ${locale}`,
      );
    },
  };
}

/**
 * A story of the element with the host's `brandAppearance` (the instance's `appearance`, which
 * sets the `--dialstack-*` variables); its play function checks the font and accent colour
 * reach the element's shadow tree.
 */
export function withAppearance<A>(options: VariantOptions<A>): StoryObj<A> {
  return {
    name: 'Custom appearance',
    args: options.args,
    parameters: { ...light, appearance: brandAppearance, a11y: { test: 'error' } },
    play: async ({ canvasElement }) => {
      const el = await elementIn(canvasElement, options.tag);
      const accent = appearanceTokens.colorPrimary.property;
      await eventually(
        () =>
          getComputedStyle(el).getPropertyValue(accent).trim() ===
          brandAppearance.variables.colorPrimary,
        `${accent} never became the brand colour`,
      );
      // Text on screen is set in the host's font.
      await eventually(
        () =>
          shadowRootsOf(el).some((root) =>
            [...root.querySelectorAll<HTMLElement>('p, span, h1, h2, h3, button, label')].some(
              (node) =>
                node.getClientRects().length > 0 &&
                getComputedStyle(node).fontFamily.startsWith('Georgia'),
            ),
          ),
        'no text in the brand font',
      );
    },
  };
}
