/**
 * Phone numbers typed in the step panel: formatted as they are typed (libphonenumber-js's
 * `AsYouType`, from the same lazily loaded package the rest of the library uses), read with
 * the account's country when they have no `+`, and stored in E.164 as the contract requires.
 */
import { E164 } from './dial-plan.validate';

type Library = typeof import('libphonenumber-js/min');
type CountryCode = Parameters<Library['getCountryCallingCode']>[0];

let library: Library | undefined;
let loading: Promise<void> | undefined;

/** Loads the as-you-type formatter (once; never rejects: typing then works unformatted). */
export function loadPhoneTyping(): Promise<void> {
  loading ??= import('libphonenumber-js/min').then(
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

export type PhoneProblem = 'phoneCharacters' | 'phoneIncomplete';

export interface PhoneEntry {
  /** What the field shows: the text as typed, formatted when the formatter is in. */
  display: string;
  /** The E.164 number to store ('' for an empty field), when the text is one. */
  e164?: string;
  problem?: PhoneProblem;
}

const ALLOWED = /^\+?[\d\s().-]*$/;

/** Reads a typed number. Never throws. */
export function readPhone(text: string, defaultCountry = 'US'): PhoneEntry {
  const trimmed = text.trim();
  if (trimmed === '') return { display: text, e164: '' };
  if (!ALLOWED.test(trimmed)) return { display: text, problem: 'phoneCharacters' };
  const lib = library;
  if (lib) {
    try {
      const country = (
        lib.isSupportedCountry(defaultCountry.toUpperCase()) ? defaultCountry.toUpperCase() : 'US'
      ) as CountryCode;
      const typer = new lib.AsYouType(country);
      const formatted = typer.input(trimmed);
      // Formatted after a digit only: a space or a bracket being typed stays.
      const display = /\d$/.test(text) ? formatted : text;
      const number = typer.getNumber();
      if (number?.isPossible() && E164.test(number.number)) return { display, e164: number.number };
      return { display, problem: 'phoneIncomplete' };
    } catch {
      // Fall through to the plain reading.
    }
  }
  const compact = trimmed.replace(/[\s().-]/g, '');
  return compact.startsWith('+') && compact.length >= 8 && E164.test(compact)
    ? { display: text, e164: compact }
    : { display: text, problem: 'phoneIncomplete' };
}
