/**
 * Phone number display. `libphonenumber-js` (with its smallest, `min`, metadata) is ~29 kB
 * gzipped — as much as a whole list element's budget — so it is loaded on first use as a
 * separate chunk. Until it arrives, North American numbers are formatted by a small built-in
 * formatter that gives the same output, and everything else is shown as given; elements
 * re-render once it loads (see `DialstackElement`).
 */
type PhoneLibrary = typeof import('./phone-library');

let library: PhoneLibrary | undefined;
let loading: Promise<void> | undefined;
let requested = false;

/** Loads the full formatter (once; concurrent callers share the promise). */
export function loadPhoneFormatting(): Promise<void> {
  requested = true;
  loading ??= import('./phone-library').then(
    (module) => {
      library = module;
    },
    (error: unknown) => {
      loading = undefined;
      console.warn('[dialstack] Could not load phone number formatting.', error);
    },
  );
  return loading;
}

export function isPhoneFormattingLoaded(): boolean {
  return library !== undefined;
}

/** True when a number was formatted before the full formatter loaded (a re-render helps). */
export function isPhoneFormattingPending(): boolean {
  return requested && library === undefined;
}

/** Countries sharing the +1 calling code (North American Numbering Plan). */
const NANP_COUNTRIES = new Set(
  'US CA PR VI GU AS MP AG AI BB BM BS DM DO GD JM KN KY LC MS SX TC TT VC VG'.split(' '),
);

/** The built-in formatter for +1 numbers used until the library loads. */
function formatNanp(text: string, country: string): string | undefined {
  if (!/^[\d\s().+-]+$/.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  const international = text.startsWith('+');
  const match =
    international || digits.length === 11
      ? /^1([2-9]\d{2})([2-9]\d{2})(\d{4})$/.exec(digits)
      : /^([2-9]\d{2})([2-9]\d{2})(\d{4})$/.exec(digits);
  if (!match || (!international && !NANP_COUNTRIES.has(country))) return undefined;
  const [, area, exchange, line] = match;
  return NANP_COUNTRIES.has(country)
    ? `(${area}) ${exchange}-${line}`
    : `+1 ${area} ${exchange} ${line}`;
}

/** Numbers already formatted with the library, by country and text (bounded). */
const formattedCache = new Map<string, string>();

type CountryCode = Parameters<PhoneLibrary['getCountryCallingCode']>[0];

function formatWithLibrary(lib: PhoneLibrary, text: string, requested: string): string | undefined {
  // An unknown country code falls back to the US, like a missing one.
  const country = (lib.isSupportedCountry(requested) ? requested : 'US') as CountryCode;
  const parsed = lib.parsePhoneNumberFromString(text, country);
  if (!parsed || !parsed.isValid()) return undefined;
  return lib.getCountryCallingCode(country) === parsed.countryCallingCode
    ? parsed.formatNational()
    : parsed.formatInternational();
}

/**
 * Formats a phone number for display: national format when it belongs to `defaultCountry`
 * (the account's country, default US), international otherwise — so foreign numbers keep their
 * country code. Extensions, short codes and anything unparseable are returned as given (trimmed).
 * Never throws.
 */
export function formatPhone(input: unknown, defaultCountry = 'US'): string {
  if (typeof input !== 'string' && typeof input !== 'number') return '';
  const text = String(input).trim();
  if (text === '') return '';
  const country = /^[a-z]{2}$/i.test(defaultCountry) ? defaultCountry.toUpperCase() : 'US';
  try {
    if (library) {
      // Lists show the same few numbers on many rows: parse each once per country.
      const key = `${country} ${text}`;
      let formatted = formattedCache.get(key);
      if (formatted === undefined) {
        formatted = formatWithLibrary(library, text, country) ?? text;
        if (formattedCache.size >= 1000) formattedCache.clear();
        formattedCache.set(key, formatted);
      }
      return formatted;
    }
    void loadPhoneFormatting();
    return formatNanp(text, country) ?? text;
  } catch {
    return text;
  }
}
