/**
 * @dialstack/elements/jsx: opt-in typings for the plain tags in React 19 JSX. Import it once
 * (types only) in an app that writes `<dialstack-call-logs>` directly:
 *
 *     import type {} from '@dialstack/elements/jsx';
 *     <dialstack-call-logs dialstack={instance} direction="inbound"
 *       ondialstack-row-select={(e) => open(e.detail.id)} />
 *
 * React 19 sets known properties as properties and listens to `on<event-name>`.
 * Registers nothing: also import `@dialstack/elements/<element>` (or use the React wrappers).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { DialstackElementProps, DialstackEventAttributes, DialstackTagName } from './tags';

export type DialstackJsxProps<T extends DialstackTagName> = DetailedHTMLProps<
  HTMLAttributes<HTMLElementTagNameMap[T]>,
  HTMLElementTagNameMap[T]
> &
  DialstackElementProps<T> &
  DialstackEventAttributes<T> & { class?: string };

export type DialstackIntrinsicElements = { [T in DialstackTagName]: DialstackJsxProps<T> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends DialstackIntrinsicElements {}
  }
}
