/**
 * Strings of `<dialstack-call-logs>`: every string only this element uses (the shared packs in
 * `src/i18n/locales` keep what several elements use). They keep their keys — `callLogs.*`, and
 * `common.filters.*` / `common.datePresets.*` for the filter bar —, so a host overrides them the
 * same way: `locale: { messages: { callLogs: { filters: { phone: 'Number' } } } }`.
 */
import type { I18n, MessageParams, MessageTree } from '../../src/i18n';
import { lookupMessage, mergeMessages, renderMessage } from '../../src/i18n';
import { createLanguagePacks } from '../../src/i18n/element-pack';

const en = {
  common: {
    filters: {
      title: 'Filters',
      clearAll: 'Clear filters',
      direction: 'Direction',
      status: 'Status',
      user: 'User',
      dateRange: 'Date range',
      active: {
        one: '{count} filter applied',
        other: '{count} filters applied',
      },
    },
    datePresets: {
      today: 'Today',
      last7Days: 'Last 7 days',
      last30Days: 'Last 30 days',
      custom: 'Custom range',
    },
  },
  callLogs: {
    title: 'Call logs',
    empty: 'No calls yet',
    emptyDescription: 'Calls will appear here as soon as they’re made or received.',
    emptyFiltered: 'No calls match these filters',
    emptyFilteredDescription: 'Try widening the date range or clearing a filter.',
    columns: {
      direction: 'Direction',
      status: 'Status',
      duration: 'Duration',
      user: 'User',
      time: 'Time',
      from: 'From',
      to: 'To',
      quality: 'Quality',
    },
    details: {
      title: 'Call details',
      legs: 'Call legs',
      jitter: 'Jitter',
      packetLoss: 'Packet loss',
      latency: 'Round-trip time',
      back: 'Back to calls',
      close: 'Close details',
      times: 'Times',
      started: 'Started',
      answered: 'Answered',
      ended: 'Ended',
      notAnswered: 'Not answered',
      user: 'User',
      mos: 'MOS',
      leg: 'Leg',
      legPstn: 'Phone network',
      legEndpoint: 'Device',
      noLegs: 'No quality data for this call.',
      noSummary: 'No summary for this call.',
      recordingLoading: 'Loading recording…',
      recordingFailed: 'The recording couldn’t be loaded.',
      recordingLabel: 'Call recording, {time}',
      transcriptLoading: 'Loading transcript…',
      transcriptPending: 'The transcript isn’t ready yet. We’ll check again shortly.',
      transcriptProcessing: 'Transcribing… We’ll show it here as soon as it’s ready.',
      transcriptFailed: 'Transcription failed for this call.',
      transcriptError: 'The transcript couldn’t be loaded.',
      transcriptEmpty: 'The transcript is empty.',
      ms: '{value} ms',
      percent: '{value}%',
    },
    export: {
      button: 'Export CSV',
      preparing: 'Preparing export…',
      progress: {
        one: 'Exported {count} call…',
        other: 'Exported {count} calls…',
      },
      cancel: 'Cancel export',
      canceled: 'Export canceled',
      done: {
        one: 'Exported {count} call',
        other: 'Exported {count} calls',
      },
      failed: 'Export failed',
      filename: 'call-logs-{date}.csv',
    },
    filters: {
      label: 'Filter calls',
      allDirections: 'All directions',
      allStatuses: 'All statuses',
      allUsers: 'All users',
      anyTime: 'Any time',
      phone: 'Phone number',
      phonePlaceholder: 'Search a number',
      phoneHint: 'Exact number, caller or recipient',
      phoneInvalid: 'Enter a full phone number or an extension.',
      fromDate: 'From',
      toDate: 'To',
      usersUnavailable: 'Users couldn’t be loaded',
    },
    list: {
      label: 'Calls',
      count: {
        '=0': 'No calls',
        one: '{count} call',
        other: '{count} calls',
      },
      countMore: {
        one: '{count} call loaded, more available',
        other: '{count} calls loaded, more available',
      },
      loadingMore: 'Loading more calls…',
      loadMoreFailed: 'More calls couldn’t be loaded.',
      end: 'That’s every call.',
      rowLabel:
        '{time}, {direction}, from {from} to {to}, {user}, {duration}, {status}, quality {quality}',
      noUser: 'No user',
      newCall: 'New call: {call}',
    },
    pages: {
      label: 'Pages',
      previous: 'Previous',
      next: 'Next',
      page: 'Page {page}',
      range: 'Calls {start}–{end}',
    },
    live: {
      label: 'Live calls',
    },
  },
};

type Pack = typeof en;
type Shape<T> = T extends string ? string : { [K in keyof T]: Shape<T[K]> };
/** The shape of a translation of this element's pack. */
export type CallLogsPack = Shape<Pack>;

export const callLogsMessages = { en } as const;

type Language = 'es' | 'fr';
const loaders: Record<Language, () => Promise<CallLogsPack>> = {
  es: () => import('./call-logs.messages.es').then((m) => m.es),
  fr: () => import('./call-logs.messages.fr').then((m) => m.fr),
};
const packs = createLanguagePacks('call-log', loaders);

/** This element's pack for a language, once loaded (English always is). */
export function callLogsPack(language: string): CallLogsPack | undefined {
  return language === 'en' ? en : (packs.get(language as Language) as CallLogsPack | undefined);
}

/**
 * Loads the element's strings for `i18n`'s language (other than English) once, then updates
 * `host`: the element and its internal elements call it as they render. English meanwhile.
 */
export function loadCallLogsPack(i18n: I18n, host: { requestUpdate(): void }): void {
  const language = i18n.language as Language;
  if (callLogsPack(language) || !(language in loaders)) return;
  void packs.load(language).then(() => host.requestUpdate());
}

/** A key of this element's own pack, e.g. `'callLogs.filters.phone'`. */
export type CallLogsMessageKey = Leaves<Pack>;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K}`
    : T[K] extends { other: string }
      ? `${P}${K}`
      : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/**
 * A translator for this element: its own keys (pack for the locale, then host overrides),
 * and every shared key through `i18n.t`.
 */
export function createCallLogsTranslator(
  i18n: I18n,
  hostMessages: unknown,
): (key: CallLogsMessageKey | Parameters<I18n['t']>[0], params?: MessageParams) => string {
  const tree = mergeMessages(en, callLogsPack(i18n.language), hostMessages) as MessageTree;
  return (key, params) => {
    const own = lookupMessage(tree, key);
    if (own !== undefined) return renderMessage(own, params, i18n.locale);
    return i18n.t(key as Parameters<I18n['t']>[0], params);
  };
}
