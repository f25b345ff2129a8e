export { createI18n, loadI18n, type I18n } from './create-i18n';
export { isLocalePackLoaded, loadLocalePack } from './packs';
export type { DateInput, DurationStyle, FormatContext } from './formatters';
export {
  formatDate,
  formatDateTime,
  formatDuration,
  formatFileSize,
  formatList,
  formatNumber,
  formatPercent,
  formatRelativeTime,
  formatTime,
} from './formatters';
export { resolveLocale, SUPPORTED_LOCALES, type ResolvedLocale } from './locale';
export {
  isPluralMessage,
  lookupMessage,
  mergeMessages,
  messageKeys,
  type LocaleMessages,
  type MessageKey,
  type MessageParams,
  type MessageTree,
  type PluralMessage,
} from './messages';
export {
  formatPhone,
  isPhoneFormattingLoaded,
  isPhoneFormattingPending,
  loadPhoneFormatting,
} from './phone';
export { interpolate, renderMessage, selectPlural } from './translate';
