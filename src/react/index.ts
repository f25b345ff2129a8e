/**
 * @dialstack/elements/react: typed React wrappers (made with `@lit/react`) for every element.
 * Properties are set as properties (objects such as `dialstack` pass through unchanged) and each
 * `dialstack-*` event has a typed `on…` callback (`dialstack-row-select` → `onRowSelect`).
 *
 *     import { DialstackCallLogs } from '@dialstack/elements/react';
 *     <DialstackCallLogs dialstack={instance} direction="inbound" onRowSelect={(e) => open(e.detail.id)} />
 *
 * Importing this module registers no tag: a wrapper defines its element the first time it
 * renders, so an app that uses only `DialstackCallLogs` registers (and, tree-shaken, bundles)
 * only call logs.
 *
 * Adding an element: its class import and one `wrap(…)` line below (its events are typed in
 * `../frameworks/tags.ts`).
 */
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import React from 'react';
import { defineElement } from '../base/define';
import type { DialstackTagEvents, DialstackTagName, EventSuffix } from '../frameworks/tags';
import { DialstackCallHistory as CallHistoryElement } from '../../components/call-history/call-history';
import { DialstackCallLogs as CallLogsElement } from '../../components/call-logs/call-logs';
import { DialstackVoicemails as VoicemailsElement } from '../../components/voicemails/voicemails';
import { DialstackPhoneNumbers as PhoneNumbersElement } from '../../components/phone-numbers/phone-numbers';
import { DialstackPhoneNumberOrdering as OrderingElement } from '../../components/phone-number-ordering/phone-number-ordering';
import { DialstackAccountOnboarding as OnboardingElement } from '../../components/account-onboarding/account-onboarding';
import { DialstackDialPlan as DialPlanElement } from '../../components/dial-plan/dial-plan';

export type { DialstackTagEvents } from '../frameworks/tags';

/** `@lit/react`'s event map for a tag: `onRowSelect` → `dialstack-row-select`, typed. */
export type ReactEvents<T extends DialstackTagName> = {
  [K in keyof DialstackTagEvents[T] & string as `on${EventSuffix<K>}`]: EventName<
    CustomEvent<DialstackTagEvents[T][K]>
  >;
};

/** The props of a wrapper: the element's properties, React's HTML props and the callbacks. */
export type DialstackReactComponent<T extends DialstackTagName> = ReactWebComponent<
  HTMLElementTagNameMap[T],
  ReactEvents<T>
>;

const callbackName = (event: string) =>
  `on${event
    .replace(/^dialstack-/, '')
    .replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())}`;

/**
 * A React component for `tagName`: `@lit/react`'s wrapper with one callback per event, which
 * also defines the tag (once, as the `define` modules do) when it first renders.
 */
function wrap<T extends DialstackTagName>(
  tagName: T,
  elementClass: new () => HTMLElementTagNameMap[T],
  /** Every event of the tag (the type requires each one: none can be forgotten). */
  eventNames: Record<keyof DialstackTagEvents[T], true>,
): DialstackReactComponent<T> {
  const events = Object.fromEntries(
    Object.keys(eventNames).map((name) => [callbackName(name), name]),
  );
  const Wrapped = createComponent({
    react: React,
    tagName,
    elementClass,
    events,
    displayName: elementClass.name,
  });
  const Defining = React.forwardRef<HTMLElement, Record<string, unknown>>((props, ref) => {
    defineElement(tagName, elementClass);
    return React.createElement(Wrapped as React.ElementType, { ...props, ref });
  });
  Defining.displayName = elementClass.name;
  return Defining as unknown as DialstackReactComponent<T>;
}

const common = { 'dialstack-loader-start': true, 'dialstack-load-error': true } as const;
/** `onAction`, `onDetailChange`: the list elements' host integration. */
const host = { 'dialstack-action': true, 'dialstack-detail-change': true } as const;

export const DialstackCallLogs = /* @__PURE__ */ wrap('dialstack-call-logs', CallLogsElement, {
  ...common,
  ...host,
  'dialstack-row-select': true,
});
export const DialstackCallHistory = /* @__PURE__ */ wrap(
  'dialstack-call-history',
  CallHistoryElement,
  { ...common, ...host, 'dialstack-row-select': true, 'dialstack-call-back': true },
);
export const DialstackVoicemails = /* @__PURE__ */ wrap('dialstack-voicemails', VoicemailsElement, {
  ...common,
  ...host,
  'dialstack-row-select': true,
  'dialstack-voicemail-play': true,
  'dialstack-voicemail-pause': true,
  'dialstack-voicemail-delete': true,
  'dialstack-unread-change': true,
  'dialstack-call-back': true,
});
export const DialstackPhoneNumbers = /* @__PURE__ */ wrap(
  'dialstack-phone-numbers',
  PhoneNumbersElement,
  { ...common, ...host, 'dialstack-row-select': true },
);
export const DialstackPhoneNumberOrdering = /* @__PURE__ */ wrap(
  'dialstack-phone-number-ordering',
  OrderingElement,
  { ...common, 'dialstack-order-complete': true },
);
export const DialstackAccountOnboarding = /* @__PURE__ */ wrap(
  'dialstack-account-onboarding',
  OnboardingElement,
  { ...common, 'dialstack-step-change': true, 'dialstack-exit': true },
);
export const DialstackDialPlan = /* @__PURE__ */ wrap('dialstack-dial-plan', DialPlanElement, {
  ...common,
  'dialstack-node-select': true,
  'dialstack-save': true,
  'dialstack-dirty-change': true,
});
