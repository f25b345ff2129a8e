/**
 * Strings used by the shared call display helpers (`src/ui/calls`). They come from the i18n
 * packs (`calls.*`, `common.notAvailable`), so a host's `locale: { messages: { calls: … } }`
 * overrides reach every call element the same way.
 */
import { lookupMessage, mergeMessages, type MessageTree } from '../../i18n/messages';
import { localePack } from '../../i18n/packs';

export interface CallDisplayStrings {
  /** Text for a missing value (null, empty); screen readers hear `notAvailable` instead. */
  dash: string;
  notAvailable: string;
  direction: { inbound: string; outbound: string; internal: string };
  status: {
    completed: string;
    'no-answer': string;
    busy: string;
    failed: string;
    voicemail: string;
  };
  quality: {
    excellent: string;
    good: string;
    fair: string;
    poor: string;
    bad: string;
    /** `{score}` is replaced by the formatted MOS, e.g. "MOS 4.2". */
    mos: string;
  };
  /** Texts of the live indicator on ringing / in-progress calls. */
  live: { ringing: string; inProgress: string };
}

/**
 * The strings for a BCP 47 locale (`'fr-CA'` → French; unknown → English), with the host's
 * message overrides (the locale option's whole `messages` tree) merged over the pack. Spanish
 * and French packs load lazily (see `src/i18n/packs.ts`): until the pack is there the strings
 * are English, and the element's next `i18n` (created when the pack arrives) gets them.
 */
export function resolveCallDisplayStrings(
  locale: string | undefined,
  messages?: unknown,
): CallDisplayStrings {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0];
  const english = localePack('en');
  const pack = language === 'es' || language === 'fr' ? localePack(language) : undefined;
  const tree: MessageTree = mergeMessages(english, pack, messages);
  const get = (key: string): string => {
    const value = lookupMessage(tree, key) ?? (english && lookupMessage(english, key));
    return typeof value === 'string' ? value : (value?.other ?? key);
  };
  return {
    dash: '—',
    notAvailable: get('common.notAvailable'),
    direction: {
      inbound: get('calls.direction.inbound'),
      outbound: get('calls.direction.outbound'),
      internal: get('calls.direction.internal'),
    },
    status: {
      completed: get('calls.status.completed'),
      'no-answer': get('calls.status.no-answer'),
      busy: get('calls.status.busy'),
      failed: get('calls.status.failed'),
      voicemail: get('calls.status.voicemail'),
    },
    quality: {
      excellent: get('calls.quality.excellent'),
      good: get('calls.quality.good'),
      fair: get('calls.quality.fair'),
      poor: get('calls.quality.poor'),
      bad: get('calls.quality.bad'),
      mos: get('calls.quality.mos'),
    },
    live: { ringing: get('calls.status.ringing'), inProgress: get('calls.status.answered') },
  };
}
