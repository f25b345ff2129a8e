import { CSSResult } from 'lit';
import { registerWarmUp, type WarmUp } from '../core/warm-up';

/**
 * Registers a tag for a `define.ts` module: a no-op outside a browser (SSR imports must not
 * throw), and a warning rather than an error when the tag is already taken.
 */
export function defineElement(
  tagName: string,
  element: CustomElementConstructor & { warmUp?: WarmUp },
): void {
  // Lit's Node build installs a customElements shim, so test for a real document.
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName);
  if (!existing) {
    customElements.define(tagName, element);
    // Its first screen's one-time costs, in idle time after initialize: its stylesheets parsed
    // in one idle callback, its own warm-up (which finds them parsed) in the next.
    const { warmUp } = element;
    const { elementStyles } = element as { elementStyles?: unknown[] };
    if (typeof warmUp === 'function') {
      if (Array.isArray(elementStyles))
        registerWarmUp(() => {
          for (const style of elementStyles) if (style instanceof CSSResult) void style.styleSheet;
        });
      registerWarmUp((instance) => warmUp.call(element, instance));
    }
  } else if (existing !== element) {
    console.warn(`[dialstack] <${tagName}> is already defined; keeping the existing definition.`);
  }
}
