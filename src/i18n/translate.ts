import { numberFormat, pluralRules } from './intl-cache';
import { isPluralMessage, type MessageParams, type PluralMessage } from './messages';

const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces `{name}` placeholders; numbers are formatted for the locale, unknown names kept. */
export function interpolate(
  template: string,
  params: MessageParams | undefined,
  locale: string,
): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return whole;
    return typeof value === 'number' ? numberFormat(locale).format(value) : String(value);
  });
}

/** Picks the plural form for `count`: an exact `=N` match first, then the CLDR category. */
export function selectPlural(message: PluralMessage, count: number, locale: string): string {
  const exact = message[`=${count}`];
  if (exact !== undefined) return exact;
  const category = pluralRules(locale).select(count);
  return message[category] ?? message.other;
}

/** Resolves a looked-up message (string or plural object) with its parameters. */
export function renderMessage(
  message: string | PluralMessage,
  params: MessageParams | undefined,
  locale: string,
): string {
  if (isPluralMessage(message)) {
    const count = Number(params?.count ?? 0);
    return interpolate(
      selectPlural(message, Number.isFinite(count) ? count : 0, locale),
      params,
      locale,
    );
  }
  return interpolate(message, params, locale);
}
