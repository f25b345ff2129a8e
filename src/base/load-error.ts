import type { DialstackErrorType, LoadErrorDetail } from '../core/types';
import type { MessageKey } from '../i18n/messages';

const ERROR_TYPES: ReadonlySet<string> = new Set<DialstackErrorType>([
  'api_connection_error',
  'authentication_error',
  'invalid_request_error',
  'rate_limit_error',
  'api_error',
]);

const MAX_MESSAGE_LENGTH = 300;

/** Scrubs anything that looks like a credential from a message before it leaves the element. */
export function redactSecrets(message: string): string {
  return message
    .replace(/eyJ[\w-]*\.[\w-]*\.[\w-]*/g, '[redacted]') // JWTs (client secrets)
    .replace(/\b(Bearer|Basic)\s+[\w.~+/=-]+/gi, '$1 [redacted]')
    .replace(/\b(sk|pk|rk)_(live|test)_[\w]+/gi, '[redacted]')
    .replace(/\b(client_secret|secret|token|password|signature)=([^&\s]+)/gi, '$1=[redacted]')
    .slice(0, MAX_MESSAGE_LENGTH);
}

/** `fetch` network failures (the message differs per browser) and timeouts. */
function isNetworkFailure(error: object): boolean {
  const { name, message } = error as { name?: unknown; message?: unknown };
  if (name === 'TimeoutError' || name === 'NetworkError') return true;
  return (
    name === 'TypeError' &&
    typeof message === 'string' &&
    /fetch|network|load failed/i.test(message)
  );
}

function typeFromStatus(status: number | undefined, error: object): DialstackErrorType {
  if (status === undefined) return isNetworkFailure(error) ? 'api_connection_error' : 'api_error';
  if (status === 401 || status === 403) return 'authentication_error';
  if (status === 429) return 'rate_limit_error';
  if (status >= 400 && status < 500) return 'invalid_request_error';
  return 'api_error';
}

function readStatus(error: object): number | undefined {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' && Number.isInteger(status) ? status : undefined;
}

/**
 * Maps anything thrown while loading to the `dialstack-load-error` detail. `DialstackApiError`s
 * (and anything shaped like one) keep their `type` and `status`; other errors are classified by
 * HTTP status, network failures as connection errors, anything else as `api_error`. Messages are scrubbed of credentials.
 */
export function toLoadErrorDetail(error: unknown): LoadErrorDetail {
  if (typeof error !== 'object' || error === null) {
    return {
      error: { type: 'api_error', message: redactSecrets(String(error ?? 'Unknown error')) },
    };
  }
  const status = readStatus(error);
  const declared = (error as { type?: unknown }).type;
  const type =
    typeof declared === 'string' && ERROR_TYPES.has(declared)
      ? (declared as DialstackErrorType)
      : typeFromStatus(status, error);
  const rawMessage = (error as { message?: unknown }).message;
  const message = redactSecrets(
    typeof rawMessage === 'string' && rawMessage !== '' ? rawMessage : 'Request failed',
  );
  return { error: status === undefined ? { type, message } : { type, message, status } };
}

/** The user-facing explanation for a load error. */
export function errorMessageKey({ error }: LoadErrorDetail): MessageKey {
  switch (error.type) {
    case 'api_connection_error':
      return 'errors.connection';
    case 'authentication_error':
      return error.status === 403 ? 'errors.permission' : 'errors.authentication';
    case 'rate_limit_error':
      return 'errors.rateLimit';
    case 'invalid_request_error':
      return error.status === 404 ? 'errors.notFound' : 'errors.invalidRequest';
    default:
      return 'errors.server';
  }
}

/** True for the rejection of an aborted fetch/task (not a failure to report). */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError'
  );
}
