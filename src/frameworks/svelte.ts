/**
 * @dialstack/elements/svelte: opt-in typings for the tags in Svelte 5 markup (svelte-check).
 * Import it once (types only), e.g. in `src/app.d.ts`:
 *
 *     import type {} from '@dialstack/elements/svelte';
 *     <dialstack-call-logs dialstack={instance} direction="inbound"
 *       ondialstack-row-select={(e) => open(e.detail.id)} />
 *
 * Registers nothing: also import the element modules.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { DialstackElementProps, DialstackEventAttributes, DialstackTagName } from './tags';

export type DialstackSvelteProps<T extends DialstackTagName> = HTMLAttributes<
  HTMLElementTagNameMap[T]
> &
  DialstackElementProps<T> &
  DialstackEventAttributes<T>;

export type DialstackSvelteElements = { [T in DialstackTagName]: DialstackSvelteProps<T> };

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends DialstackSvelteElements {}
}
