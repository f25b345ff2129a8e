/**
 * An element's own message pack: English ships with the element, other languages load on
 * demand. Keys live under the element's namespace, so a host overrides them like shared ones:
 * `locale: { messages: { phoneNumbers: { title: '…' } } }`.
 * Lookup order: host override / shared pack (`namespace.key`) → this pack (language, then
 * English) → the key itself.
 */
import type { I18n } from './create-i18n';
import {
  lookupMessage,
  mergeMessages,
  type MessageKey,
  type MessageParams,
  type MessageTree,
} from './messages';
import { renderMessage } from './translate';

type Language = 'en' | 'es' | 'fr';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | { other: string }
    ? `${P}${K}`
    : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export interface ElementPack<P> {
  /** Translates one of the element's keys (English until `load(language)` has resolved). */
  t(i18n: I18n, key: Leaves<P>, params?: MessageParams): string;
  /** Loads a language's pack once; never rejects (English stays on failure). */
  load(language: Language): Promise<void>;
  /** True when the language's pack is in (English always is). */
  loaded(language: Language): boolean;
}

export function createElementPack<P extends object>(
  namespace: string,
  en: P,
  loaders: Record<Exclude<Language, 'en'>, () => Promise<unknown>>,
): ElementPack<P> {
  const packs: Partial<Record<Language, unknown>> = { en };
  const merged = new Map<Language, MessageTree>();
  const loading = new Map<Language, Promise<void>>();
  const tree = (language: Language) => {
    let pack = merged.get(language);
    if (!pack) merged.set(language, (pack = mergeMessages(en, packs[language])));
    return pack;
  };
  return {
    t(i18n, key, params) {
      const full = `${namespace}.${key}`;
      if (i18n.has(full)) return i18n.t(full as MessageKey, params);
      const message = lookupMessage(tree(i18n.language), key);
      return message === undefined ? key : renderMessage(message, params, i18n.locale);
    },
    loaded: (language) => packs[language] !== undefined,
    load(language) {
      if (packs[language]) return Promise.resolve();
      let promise = loading.get(language);
      if (!promise) {
        promise = loaders[language as Exclude<Language, 'en'>]().then(
          (pack) => {
            packs[language] = pack;
            merged.delete(language);
          },
          (error: unknown) => {
            loading.delete(language);
            console.warn(
              `[dialstack] Could not load the "${language}" ${namespace} messages.`,
              error,
            );
          },
        );
        loading.set(language, promise);
      }
      return promise;
    },
  };
}
