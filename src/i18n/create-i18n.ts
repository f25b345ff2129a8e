import type { LocaleCode, LocaleOption } from '../core/types';
import {
  formatDate,
  formatDateTime,
  formatWallDate,
  formatDuration,
  formatFileSize,
  formatList,
  formatNumber,
  formatPercent,
  formatRelativeTime,
  formatTime,
  type DateInput,
  type DurationStyle,
  type FormatContext,
} from './formatters';
import { lookupMessage, mergeMessages, type MessageKey, type MessageParams } from './messages';
import { resolveLocale } from './locale';
import { isLocalePackLoaded, loadLocalePack, localePack } from './packs';
import { formatPhone } from './phone';
import { renderMessage } from './translate';

export interface I18n {
  /** The BCP 47 tag used for formatting (e.g. `fr-CA`); put it on a `lang` attribute. */
  readonly locale: string;
  /** The message pack in use. */
  readonly language: LocaleCode;
  /** False while the language's pack is still loading (texts are English meanwhile). */
  readonly ready: boolean;
  readonly timeZone: string | undefined;
  readonly defaultCountry: string;
  /** Translates a dot key with `{name}` parameters; plural messages use `count`. */
  t(key: MessageKey, params?: MessageParams): string;
  /** True when the key exists (after overrides). */
  has(key: string): boolean;
  date(value: DateInput | null | undefined, options?: Intl.DateTimeFormatOptions): string;
  time(value: DateInput | null | undefined): string;
  dateTime(value: DateInput | null | undefined): string;
  /** A `date` or zone-less `date-time-local` string, formatted as written (no zone applied). */
  wallDate(value: string | null | undefined): string;
  /** Seconds -> "1:05" (clock), "1 min 5 sec" (short) or "1 minute, 5 seconds" (long). */
  duration(seconds: number | null | undefined, style?: DurationStyle): string;
  /** "2 hours ago", "yesterday", "in 5 minutes". */
  relativeTime(value: DateInput | null | undefined, now?: DateInput): string;
  number(value: number | null | undefined, options?: Intl.NumberFormatOptions): string;
  /** A ratio: 0.25 -> "25%". */
  percent(value: number | null | undefined, options?: Intl.NumberFormatOptions): string;
  list(items: Iterable<string>, type?: Intl.ListFormatType): string;
  fileSize(bytes: number | null | undefined): string;
  /** National format for the account's country, international otherwise; never throws. */
  phone(number: string | null | undefined): string;
}

const warnedKeys = new Set<string>();

/**
 * Builds the translator and formatters for a locale option (`'fr'`, `'es-MX'`, or
 * `{ locale, timeZone, defaultCountry, messages }`). Overrides deep-merge over the locale's
 * pack, which merges over English, so a missing key never shows up empty.
 *
 * Synchronous: when the language's pack has not loaded yet, the result speaks English, has
 * `ready === false` and starts loading it — use `loadI18n()` to wait. Ready instances are
 * memoized per locale code and per override object.
 */
export function createI18n(option?: LocaleOption | null): I18n {
  const cacheKey = typeof option === 'object' && option !== null ? option : String(option ?? '');
  const cached =
    typeof cacheKey === 'string' ? byCode.get(cacheKey) : byOverrideObject.get(cacheKey);
  if (cached) return cached;
  const i18n = buildI18n(option);
  if (!i18n.ready) {
    void loadLocalePack(i18n.language);
    return i18n;
  }
  if (typeof cacheKey === 'string') byCode.set(cacheKey, i18n);
  else byOverrideObject.set(cacheKey, i18n);
  return i18n;
}

/** `createI18n` once the language's pack has loaded (English if it cannot load). */
export async function loadI18n(option?: LocaleOption | null): Promise<I18n> {
  await loadLocalePack(resolveLocale(option).language);
  return createI18n(option);
}

const byCode = new Map<string, I18n>();
const byOverrideObject = new WeakMap<object, I18n>();

function buildI18n(option: LocaleOption | null | undefined): I18n {
  const resolved = resolveLocale(option);
  const ready = isLocalePackLoaded(resolved.language);
  const messages = mergeMessages(
    localePack('en'),
    localePack(resolved.language),
    resolved.messages,
  );
  const context: FormatContext = { locale: resolved.locale, timeZone: resolved.timeZone };
  return {
    locale: resolved.locale,
    language: resolved.language,
    ready,
    timeZone: resolved.timeZone,
    defaultCountry: resolved.defaultCountry,
    t(key, params) {
      const message = lookupMessage(messages, key);
      if (message === undefined) {
        if (!warnedKeys.has(key)) {
          warnedKeys.add(key);
          console.warn(`[dialstack] Missing message "${key}".`);
        }
        return key;
      }
      return renderMessage(message, params, resolved.locale);
    },
    has: (key) => lookupMessage(messages, key) !== undefined,
    date: (value, options) => formatDate(context, value, options),
    time: (value) => formatTime(context, value),
    dateTime: (value) => formatDateTime(context, value),
    wallDate: (value) => formatWallDate(context, value),
    duration: (seconds, style) => formatDuration(context, seconds, style),
    relativeTime: (value, now) => formatRelativeTime(context, value, now),
    number: (value, options) => formatNumber(context, value, options),
    percent: (value, options) => formatPercent(context, value, options),
    list: (items, type) => formatList(context, items, type),
    fileSize: (bytes) => formatFileSize(context, bytes),
    phone: (number) => formatPhone(number, resolved.defaultCountry),
  };
}
