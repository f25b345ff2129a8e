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

/** Languages loaded on demand, once each (concurrent callers share the load). */
export interface LanguagePacks {
  /** The language's pack once loaded (`undefined` for English and until then). */
  get(language: Language): unknown;
  /** True when the language's pack is in (English always is). */
  loaded(language: Language): boolean;
  /** Loads a language's pack once; never rejects (English stays on failure, and a later call retries). */
  load(language: Language): Promise<void>;
}

export function createLanguagePacks(
  name: string,
  loaders: Record<Exclude<Language, 'en'>, () => Promise<unknown>>,
): LanguagePacks {
  const packs = new Map<Language, unknown>();
  const loading = new Map<Language, Promise<void>>();
  const loaded = (language: Language) => language === 'en' || packs.has(language);
  return {
    get: (language) => packs.get(language),
    loaded,
    load(language) {
      if (loaded(language)) return Promise.resolve();
      let promise = loading.get(language);
      if (!promise) {
        const load = loaders[language as Exclude<Language, 'en'>];
        promise = (load ? load() : Promise.resolve(undefined)).then(
          (pack) => {
            packs.set(language, pack ?? {});
          },
          (error: unknown) => {
            loading.delete(language);
            console.warn(`[dialstack] Could not load the "${language}" ${name} messages.`, error);
          },
        );
        loading.set(language, promise);
      }
      return promise;
    },
  };
}

export function createElementPack<P extends object>(
  namespace: string,
  en: P,
  loaders: Record<Exclude<Language, 'en'>, () => Promise<unknown>>,
): ElementPack<P> {
  const packs = createLanguagePacks(namespace, loaders);
  const merged = new Map<Language, { pack: unknown; tree: MessageTree }>();
  const tree = (language: Language) => {
    const pack = packs.get(language);
    let entry = merged.get(language);
    if (!entry || entry.pack !== pack)
      merged.set(language, (entry = { pack, tree: mergeMessages(en, pack) }));
    return entry.tree;
  };
  return {
    t(i18n, key, params) {
      const full = `${namespace}.${key}`;
      if (i18n.has(full)) return i18n.t(full as MessageKey, params);
      const message = lookupMessage(tree(i18n.language), key);
      return message === undefined ? key : renderMessage(message, params, i18n.locale);
    },
    loaded: packs.loaded,
    load: packs.load,
  };
}
