/**
 * @dialstack/elements/vue: opt-in typings for the tags in Vue 3 templates (Volar / vue-tsc).
 * Import it once (types only), e.g. in `env.d.ts`:
 *
 *     import type {} from '@dialstack/elements/vue';
 *     <dialstack-call-logs :dialstack="instance" direction="inbound"
 *       @dialstack-row-select="(e) => open(e.detail.id)" />
 *
 * Tell Vue's compiler the tags are custom elements (`compilerOptions.isCustomElement:
 * (tag) => tag.startsWith('dialstack-')`). Registers nothing: also import the element modules.
 */
import type { DefineComponent } from 'vue';
import type { DialstackCallbacks, DialstackElementProps, DialstackTagName } from './tags';

/** Props of a tag in a Vue template: its properties and `onDialstackRowSelect`-style listeners. */
export type DialstackVueProps<T extends DialstackTagName> = DialstackElementProps<T> &
  DialstackCallbacks<T, 'onDialstack'>;

export type DialstackGlobalComponents = {
  [T in DialstackTagName]: DefineComponent<DialstackVueProps<T>>;
};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends DialstackGlobalComponents {}
}
