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
    // Its first screen's one-time costs, in idle time after initialize.
    const { warmUp } = element;
    if (typeof warmUp === 'function') registerWarmUp((instance) => warmUp.call(element, instance));
  } else if (existing !== element) {
    console.warn(`[dialstack] <${tagName}> is already defined; keeping the existing definition.`);
  }
}
