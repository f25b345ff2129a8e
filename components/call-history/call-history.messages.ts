/**
 * Strings of `<dialstack-call-history>` that the shared packs (`src/i18n/locales`) don't have.
 * They live under the shared `callHistory` namespace, so a host overrides them the same way
 * as the shared ones: `locale: { messages: { callHistory: { kind: { missed: 'No answer' } } } }`.
 */
import type { I18n, MessageParams, MessageTree } from '../../src/i18n';
import { lookupMessage, mergeMessages, renderMessage } from '../../src/i18n';
import { createLanguagePacks } from '../../src/i18n/element-pack';

const en = {
  callHistory: {
    empty: 'No calls with this contact yet',
    emptyDescription: 'Calls to and from this number will appear here.',
    missingNumber: 'No phone number provided',
    lastCall: 'Last call {time}',
    kind: {
      inbound: 'Incoming call',
      outbound: 'Outgoing call',
      internal: 'Internal call',
      missed: 'Missed call',
      voicemail: 'Voicemail',
    },
    listLabel: 'Calls with {contact}',
    invalidNumber: 'This phone number can’t be looked up',
    invalidNumberDescription:
      '“{value}” isn’t a complete international number. Use the + sign and the country code, for example +14155551234.',
    missingNumberDescription: 'Choose a contact with a phone number to see the calls with them.',
    callBack: 'Call back',
    callBackLabel: 'Call back {contact}',
    calling: 'Calling…',
    callQueued: 'Calling {contact}. Your phone rings first; answer it to connect the call.',
    callFailed: 'The call couldn’t be placed.',
    callFailedReason: 'The call couldn’t be placed: {reason}',
    dismiss: 'Dismiss',
    showMore: 'Show more',
    loadingMore: 'Loading more calls…',
    loadMoreFailed: 'More calls couldn’t be loaded.',
    end: 'That’s every call with this contact.',
    shown: {
      '=0': 'No calls',
      one: 'Showing {count} call',
      other: 'Showing {count} calls',
    },
    shownMore: {
      one: 'Showing {count} call, more available',
      other: 'Showing {count} calls, more available',
    },
    newCall: 'New call: {call}',
    noDuration: 'No duration',
    rowLabel: '{kind}, {time}',
  },
};

type Pack = typeof en;
type Shape<T> = T extends string ? string : { [K in keyof T]: Shape<T[K]> };
/** The shape of a translation of this element's pack. */
export type CallHistoryPack = Shape<Pack>;

/** English ships with the element; Spanish and French are chunks loaded when the locale needs them. */
export const callHistoryMessages = { en } as const;
const packs = createLanguagePacks('call history', {
  es: () => import('./call-history.messages.es').then((m) => m.es),
  fr: () => import('./call-history.messages.fr').then((m) => m.fr),
});
/** Loads the element's strings for a language once (English always is in); never rejects. */
export const loadCallHistoryPack = packs.load;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K}`
    : T[K] extends { other: string }
      ? `${P}${K}`
      : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of this element's own pack, e.g. `'callHistory.kind.missed'`. */
export type CallHistoryMessageKey = Leaves<Pack>;
export type CallHistoryTranslate = (
  key: CallHistoryMessageKey | Parameters<I18n['t']>[0],
  params?: MessageParams,
) => string;

/**
 * A translator for this element: its own keys (the locale's pack, then the host's overrides),
 * and every shared key through `i18n.t` (which applies the host's overrides itself).
 */
export function createCallHistoryTranslator(
  i18n: I18n,
  hostMessages: unknown,
  host?: { requestUpdate(): void },
): CallHistoryTranslate {
  const language = i18n.language;
  // English meanwhile; the host re-renders (and so builds a new translator) once it is in.
  if (!packs.loaded(language) && host) void packs.load(language).then(() => host.requestUpdate());
  let pack: unknown;
  let tree: MessageTree | undefined;
  return (key, params) => {
    if (!tree || pack !== packs.get(language)) {
      pack = packs.get(language);
      tree = mergeMessages(callHistoryMessages.en, pack, hostMessages);
    }
    const own = lookupMessage(tree, key);
    if (own !== undefined) return renderMessage(own, params, i18n.locale);
    return i18n.t(key as Parameters<I18n['t']>[0], params);
  };
}
