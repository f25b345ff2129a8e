import type { LocaleCode } from '../core/types';
import { en } from './locales/en';
import type { MessageTree } from './messages';

/**
 * Message packs. English ships with every element; Spanish and French are separate chunks
 * loaded on demand (`loadLocalePack`), so a page pays only for the language it uses.
 */
const packs: Partial<Record<LocaleCode, MessageTree>> = { en: en as unknown as MessageTree };
const loading = new Map<LocaleCode, Promise<void>>();

const loaders: Record<Exclude<LocaleCode, 'en'>, () => Promise<MessageTree>> = {
  es: () => import('./locales/es').then((module) => module.es as unknown as MessageTree),
  fr: () => import('./locales/fr').then((module) => module.fr as unknown as MessageTree),
};

export function localePack(language: LocaleCode): MessageTree | undefined {
  return packs[language];
}

export function isLocalePackLoaded(language: LocaleCode): boolean {
  return packs[language] !== undefined;
}

/** Loads a language's pack once (concurrent callers share the promise); never rejects. */
export function loadLocalePack(language: LocaleCode): Promise<void> {
  if (packs[language]) return Promise.resolve();
  let promise = loading.get(language);
  if (!promise) {
    promise = loaders[language as Exclude<LocaleCode, 'en'>]().then(
      (pack) => {
        packs[language] = pack;
      },
      (error: unknown) => {
        loading.delete(language);
        console.warn(
          `[dialstack] Could not load the "${language}" messages; using English.`,
          error,
        );
      },
    );
    loading.set(language, promise);
  }
  return promise;
}
