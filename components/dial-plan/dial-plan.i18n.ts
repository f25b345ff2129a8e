/**
 * The dial plan's strings in the page's language: English ships with the element; Spanish and
 * French are separate chunks loaded on demand (like every element pack). The host's
 * `locale.messages.dialPlan` overrides go over them. Used by the dial-plan element and its
 * internal views (findings list, simulator), so they all speak the same language.
 */
import { createLanguagePacks } from '../../src/i18n/element-pack';
import type { I18n } from '../../src/i18n/create-i18n';
import { mergeMessages, type MessageTree, type PluralMessage } from '../../src/i18n/messages';
import { dialPlanMessages, translator, type Translate } from './dial-plan.messages';

type Language = I18n['language'];

type Shape<T> = T extends string
  ? string
  : T extends { other: string }
    ? PluralMessage
    : { [K in keyof T]: Shape<T[K]> };

/** What a complete language pack holds: English's keys, any strings. */
export type DialPlanPack = Shape<typeof dialPlanMessages.en>;

type DeepPartial<T> = T extends string | PluralMessage ? T : { [K in keyof T]?: DeepPartial<T[K]> };

/**
 * What a language file holds: any part of the pack (strings added to English later fall back
 * to English until translated; the tests check the viewer's and simulator's are all there).
 */
export type DialPlanPackPart = DeepPartial<DialPlanPack>;

const packs = createLanguagePacks('dialPlan', {
  es: () => import('./dial-plan.messages.es').then((m) => m.es),
  fr: () => import('./dial-plan.messages.fr').then((m) => m.fr),
});

/** True when the language's strings are in (English always is). */
export const isDialPlanLanguageLoaded = (language: Language): boolean => packs.loaded(language);

/** Loads a language's strings once (concurrent callers share it); never rejects. */
export const loadDialPlanLanguage = (language: Language): Promise<void> => packs.load(language);

interface Cached {
  pack: unknown;
  overrides: unknown;
  locale: string;
  t: Translate;
}
const cache = new Map<Language, Cached>();

/**
 * The translator for `i18n`'s language (English until `loadDialPlanLanguage` has resolved),
 * with `overrides` (the host's `locale.messages`, whose `dialPlan` branch applies) on top.
 * Memoized: the same inputs give the same function.
 */
export function dialPlanTranslator(i18n: Pick<I18n, 'language' | 'locale'>, overrides?: unknown) {
  const pack = packs.get(i18n.language);
  const cached = cache.get(i18n.language);
  if (
    cached &&
    cached.pack === pack &&
    cached.overrides === overrides &&
    cached.locale === i18n.locale
  )
    return cached.t;
  const tree: MessageTree = mergeMessages(dialPlanMessages.en, pack, overrides);
  const t = translator(tree, i18n.locale);
  cache.set(i18n.language, { pack, overrides, locale: i18n.locale, t });
  return t;
}

/** The host's message overrides in a locale option (`{ messages }`), if any. */
export function messageOverrides(locale: unknown): unknown {
  return typeof locale === 'object' && locale !== null
    ? (locale as { messages?: unknown }).messages
    : undefined;
}
