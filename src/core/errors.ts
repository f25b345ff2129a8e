import type { DialstackErrorType } from './types';

interface ErrorInit {
  type: DialstackErrorType;
  message: string;
  status?: number;
  code?: string;
  details?: Record<string, unknown>;
  cause?: unknown;
}

/** The one error the runtime throws for API, network and session failures. */
export class DialstackApiError extends Error {
  readonly type: DialstackErrorType;
  /** HTTP status, when a response arrived. */
  readonly status?: number;
  /** The API's machine-readable `code`, e.g. `validation_error`. */
  readonly code?: string;
  readonly details?: Record<string, unknown>;

  constructor({ type, message, status, code, details, cause }: ErrorInit) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'DialstackApiError';
    this.type = type;
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function errorTypeForStatus(status: number): DialstackErrorType {
  if (status === 401 || status === 403) return 'authentication_error';
  if (status === 429) return 'rate_limit_error';
  if (status >= 400 && status < 500) return 'invalid_request_error';
  return 'api_error';
}

/** Replaces every occurrence of `secret` in strings nested anywhere in `value`. */
export function redact<T>(value: T, secret: string | undefined): T {
  if (!secret) return value;
  if (typeof value === 'string') return value.split(secret).join('[redacted]') as T;
  if (Array.isArray(value)) return value.map((item) => redact(item, secret)) as T;
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      copy[redact(key, secret)] = redact(item, secret);
    return copy as T;
  }
  return value;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Turns an error response into a DialstackApiError. The contract's body is
 * `{ error, code?, details? }`; anything else (HTML from a proxy, plain text) is not the API
 * speaking, so it becomes `api_error` unless the status is about auth or rate limits.
 */
export function errorFromResponse(
  status: number,
  text: string,
  secret?: string,
): DialstackApiError {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  const type = errorTypeForStatus(status);
  if (isRecord(body) && typeof body.error === 'string') {
    return new DialstackApiError({
      type,
      status,
      message: redact(body.error, secret) || `Request failed (HTTP ${status})`,
      code: typeof body.code === 'string' ? redact(body.code, secret) : undefined,
      details: isRecord(body.details) ? redact(body.details, secret) : undefined,
    });
  }
  return new DialstackApiError({
    type: type === 'invalid_request_error' ? 'api_error' : type,
    status,
    message: `Unexpected response from the DialStack API (HTTP ${status})`,
  });
}
