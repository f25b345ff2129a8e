import type { LoadErrorDetail } from '../core/types';

/** `detail` of `dialstack-loader-start`. */
export interface LoaderStartDetail {
  /** The element's tag, e.g. `dialstack-call-logs`. */
  elementTagName: string;
}

/** `detail` of `dialstack-row-select`, fired by every list element. */
export interface RowSelectDetail {
  id: string;
  /** The row's resource as the API returned it. */
  item: unknown;
}

/** `detail` of `dialstack-call-back` (call history, voicemails). */
export interface CallBackDetail {
  /** E.164 number to call. */
  phoneNumber: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A list row was selected (click, Enter or Space). */
    'dialstack-row-select': CustomEvent<RowSelectDetail>;
    /** The person asked to call a number back. */
    'dialstack-call-back': CustomEvent<CallBackDetail>;
    /** An element started loading its data (once per element and instance). */
    'dialstack-loader-start': CustomEvent<LoaderStartDetail>;
    /** An element failed to load its data; `detail.error` has `type`, `message`, `status?`. */
    'dialstack-load-error': CustomEvent<LoadErrorDetail>;
  }
}

/** Every `dialstack-*` event name known to `GlobalEventHandlersEventMap`. */
export type DialstackEventName = Extract<keyof GlobalEventHandlersEventMap, `dialstack-${string}`>;

/** The `detail` type of a typed `dialstack-*` event. */
export type DialstackEventDetail<K extends DialstackEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

export interface DialstackEventOptions {
  /** Lets listeners call `preventDefault()`; `dispatchDialstackEvent` then returns false. */
  cancelable?: boolean;
}

/**
 * Dispatches a typed `dialstack-*` CustomEvent that bubbles and is composed (it crosses shadow
 * boundaries to reach the host page). Returns false when a listener cancelled it.
 * Declare new events by adding them to `GlobalEventHandlersEventMap` next to the element.
 */
export function dispatchDialstackEvent<K extends DialstackEventName>(
  target: EventTarget,
  type: K,
  detail: DialstackEventDetail<K>,
  options: DialstackEventOptions = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    }),
  );
}
