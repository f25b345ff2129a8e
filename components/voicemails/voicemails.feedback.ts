/** Error wording shared by the inbox's actions. */
import { errorMessageKey, toLoadErrorDetail } from '../../src/base/load-error';
import type { I18n } from '../../src/i18n/index';

/** The localized reason of a failed request. */
export function errorReason(i18n: I18n, error: unknown): string {
  return i18n.t(errorMessageKey(toLoadErrorDetail(error)));
}

/** The HTTP status of an API error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
