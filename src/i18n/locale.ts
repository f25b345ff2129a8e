import type { LocaleCode, LocaleOption } from '../core/types';

export const SUPPORTED_LOCALES: readonly LocaleCode[] = ['en', 'es', 'fr'];

export interface ResolvedLocale {
  /**
   * The BCP 47 tag used with `Intl` (e.g. `fr-CA`); `en` when invalid, or when we ship no pack
   * for it and the host gave no messages (so text and dates agree).
   */
  locale: string;
  /** The message pack used: the tag's language when we ship it, otherwise English. */
  language: LocaleCode;
  /** An IANA time zone for dates and times; undefined means the browser's. */
  timeZone: string | undefined;
  /** ISO 3166 alpha-2 country whose numbers are shown in national format. */
  defaultCountry: string;
  /** Partial message overrides. */
  messages: Record<string, unknown> | undefined;
}

function canonicalLocale(tag: unknown): string {
  if (typeof tag !== 'string' || tag.trim() === '') return 'en';
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function validTimeZone(zone: unknown): string | undefined {
  if (typeof zone !== 'string' || zone === '') return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    console.warn(`[dialstack] Unknown time zone ${JSON.stringify(zone)}; using the browser's.`);
    return undefined;
  }
}

function validCountry(country: unknown): string {
  return typeof country === 'string' && /^[a-z]{2}$/i.test(country) ? country.toUpperCase() : 'US';
}

/** Normalizes a `LocaleOption` (code or override object) into what formatters need. */
export function resolveLocale(option: LocaleOption | undefined | null): ResolvedLocale {
  const object = typeof option === 'object' && option !== null ? option : undefined;
  const messages =
    object?.messages && typeof object.messages === 'object' ? object.messages : undefined;
  let locale = canonicalLocale(object ? object.locale : option);
  const base = locale.split('-')[0]!.toLowerCase();
  const shipped = (SUPPORTED_LOCALES as readonly string[]).includes(base);
  const language = shipped ? (base as LocaleCode) : 'en';
  // Without a pack or host-supplied messages the text is English: keep dates English too.
  if (!shipped && !messages) locale = 'en';
  // A region in the tag (en-GB, fr-CA) is a better default country than the US.
  const region = /-([A-Z]{2})(?:-|$)/.exec(locale)?.[1];
  return {
    locale,
    language,
    timeZone: validTimeZone(object?.timeZone),
    defaultCountry: validCountry(object?.defaultCountry ?? region),
    messages,
  };
}
