/**
 * Strings of `<dialstack-voicemails>` that the shared packs (`src/i18n/locales`) do not have.
 * They live under the same `voicemails.*` namespace, so a host overrides either kind the same
 * way: `locale: { locale: 'fr', messages: { voicemails: { searchLabel: '…' } } }`.
 * Lookup order: host override → shared pack → this pack (language, then English).
 */
import {
  lookupMessage,
  mergeMessages,
  renderMessage,
  type I18n,
  type MessageKey,
  type MessageParams,
  type MessageTree,
} from '../../src/i18n/index';
import { createLanguagePacks } from '../../src/i18n/element-pack';

const en = {
  empty: 'No voicemails',
  emptyDescription: 'New messages will show up here.',
  unread: 'Unread',
  markRead: 'Mark as read',
  markUnread: 'Mark as unread',
  markedRead: 'Marked as read',
  markedUnread: 'Marked as unread',
  deleteConfirmTitle: 'Delete this voicemail?',
  deleteConfirmMessage: 'The message from {caller} will be permanently deleted.',
  deleted: 'Voicemail deleted',
  newVoicemail: 'New voicemail from {caller}',
  filter: {
    all: 'All',
    unread: 'Unread',
  },
  inbox: 'Voicemail inbox',
  tabsLabel: 'Show',
  countAll: {
    one: '{count} voicemail',
    other: '{count} voicemails',
  },
  countAtLeast: '{count} or more',
  countUnread: {
    '=0': 'none unread',
    one: '{count} unread',
    other: '{count} unread',
  },
  searchLabel: 'Search voicemails',
  searchPlaceholder: 'Search name or number',
  clearSearch: 'Clear search',
  searchMatches: {
    '=0': 'No matches',
    one: '{count} match',
    other: '{count} matches',
  },
  searchScopeAll: 'in all voicemails',
  searchScopeLoaded: 'in the {count} most recent',
  searchingOlder: 'Searching older voicemails…',
  searchOlder: 'Search older voicemails',
  emptySearch: 'No voicemails match “{query}”',
  emptySearchDescription: 'Check the spelling, or search by phone number.',
  emptyUnread: 'You’re all caught up',
  emptyUnreadDescription: 'There are no unread voicemails.',
  loadError: 'We couldn’t load your voicemails',
  loadMoreError: 'We couldn’t load more voicemails.',
  end: 'That’s every voicemail.',
  searchedAll: 'Every voicemail was searched.',
  unknownCaller: 'Unknown caller',
  mailboxLabel: 'Mailbox:',
  playerLabel: 'voicemail from {caller}',
  selectRow: 'Select voicemail from {caller}',
  selectAll: 'Select all',
  bulkLabel: 'Selected voicemails',
  bulkMarkRead: 'Mark read',
  bulkMarkUnread: 'Mark unread',
  bulkDelete: 'Delete',
  clearSelection: 'Clear selection',
  detailLabel: 'Voicemail from {caller}',
  openLabel: 'Open voicemail from {caller}',
  receivedAt: 'Received {time}',
  noSummary: 'A summary appears once the message is transcribed.',
  transcriptPendingHint: 'Transcription hasn’t started yet. We’ll show it here when it’s ready.',
  transcriptProcessingHint: 'This usually takes less than a minute.',
  transcriptFailedHint: 'This message couldn’t be transcribed. Listen to the recording instead.',
  transcriptEmpty: 'No words were detected in this message.',
  transcriptError: 'We couldn’t load the transcript.',
  callingBack: 'Starting the call…',
  callBackQueued: 'Calling {number}. Your phone will ring first.',
  callBackFailed: 'We couldn’t call {number}. {reason}',
  deleteConfirmTitleMany: {
    one: 'Delete {count} voicemail?',
    other: 'Delete {count} voicemails?',
  },
  deleteConfirmMessageMany:
    'These messages and their transcripts will be permanently deleted. You can undo for a few seconds.',
  deleteConfirmHint: 'You can undo for a few seconds.',
  deletedMany: {
    one: '{count} voicemail deleted',
    other: '{count} voicemails deleted',
  },
  restored: {
    one: 'Voicemail restored',
    other: '{count} voicemails restored',
  },
  deleteFailed: 'We couldn’t delete the voicemail from {caller}. {reason} It’s back in your inbox.',
  deleteFailedMany: {
    one: 'We couldn’t delete {count} voicemail. {reason} It’s back in your inbox.',
    other: 'We couldn’t delete {count} voicemails. {reason} They’re back in your inbox.',
  },
  readFailed: 'We couldn’t mark the voicemail from {caller} as read. {reason}',
  unreadFailed: 'We couldn’t mark the voicemail from {caller} as unread. {reason}',
  bulkReadFailed: {
    one: 'We couldn’t update {count} voicemail. {reason}',
    other: 'We couldn’t update {count} voicemails. {reason}',
  },
  markedReadMany: {
    one: '{count} marked as read',
    other: '{count} marked as read',
  },
  markedUnreadMany: {
    one: '{count} marked as unread',
    other: '{count} marked as unread',
  },
  audioRetry: 'Reload audio',
  newArrivals: {
    one: '{count} new voicemail',
    other: '{count} new voicemails',
  },
};

export type VoicemailMessages = typeof en;

/** English ships with the element; Spanish and French load on demand, like the shared packs. */
const packs = createLanguagePacks('voicemail', {
  es: () => import('./voicemails.messages.es').then((module) => module.es),
  fr: () => import('./voicemails.messages.fr').then((module) => module.fr),
});

/** The pack for a language, if loaded (English always is). */
export function voicemailPack(language: 'en' | 'es' | 'fr'): VoicemailMessages | undefined {
  return language === 'en' ? en : (packs.get(language) as VoicemailMessages | undefined);
}

/** Loads a language's pack once; never rejects (English stays in use on failure). */
export const loadVoicemailPack: (language: 'en' | 'es' | 'fr') => Promise<void> = packs.load;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | { other: string }
    ? `${P}${K}`
    : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of this element's own pack. */
export type VoicemailMessageKey = Leaves<VoicemailMessages>;

const packCache = new Map<string, { pack: unknown; tree: MessageTree }>();

function localPack(language: 'en' | 'es' | 'fr'): MessageTree {
  const pack = packs.get(language);
  let entry = packCache.get(language);
  if (!entry || entry.pack !== pack)
    packCache.set(language, (entry = { pack, tree: mergeMessages(en, pack) }));
  return entry.tree;
}

/**
 * Translates one of this element's keys: a host override or shared-pack entry under
 * `voicemails.<key>` wins, then this element's pack for the language (English until it has
 * loaded — call `loadVoicemailPack` and re-render), then English.
 */
export function tVoicemail(i18n: I18n, key: VoicemailMessageKey, params?: MessageParams): string {
  const full = `voicemails.${key}`;
  if (i18n.has(full)) return i18n.t(full as MessageKey, params);
  const message = lookupMessage(localPack(i18n.language), key);
  return message === undefined ? key : renderMessage(message, params, i18n.locale);
}
