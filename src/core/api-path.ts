import { DialstackApiError } from './errors';
import type { Query } from './types';

export const DEFAULT_API_URL = 'https://api.dialstack.ai';

/**
 * Fills a contract path template, encoding each parameter:
 * `apiPath('/v1/calls/{call_id}', { call_id })`. A missing parameter, or one that is "." or
 * "..", throws.
 */
export function apiPath(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '')
      throw new TypeError(`apiPath: missing "${name}" for ${template}`);
    // URLs resolve a "." or ".." segment (encoded or not) as a move within the path: such an
    // id would name another resource (`/v1/dialplans/..` is `/v1/`), so none is sent.
    if (value === '.' || value === '..')
      throw new TypeError(`apiPath: "${name}" cannot be "${value}" for ${template}`);
    return encodeURIComponent(String(value));
  });
}

/** The API root, e.g. `https://api.dialstack.ai`: `apiUrl` resolved against the page, no trailing slash. */
export function apiRoot(apiUrl: string | undefined): string {
  const root = new URL(apiUrl ?? DEFAULT_API_URL, globalThis.location?.origin);
  return root.origin + root.pathname.replace(/\/+$/, '');
}

/**
 * The URL for `path` (`/v1/...` or an absolute `next_page_url`) with `query` appended.
 * Absolute URLs must stay on the API's origin: the bearer token goes nowhere else.
 */
export function resolveUrl(root: string, path: string, query?: Query): URL {
  const absolute = /^[a-z][a-z\d+.-]*:/i.test(path);
  const url = new URL(absolute ? path : root + (path.startsWith('/') ? '' : '/') + path);
  if (url.origin !== new URL(root).origin) {
    throw new DialstackApiError({
      type: 'invalid_request_error',
      message: `Refusing to send DialStack credentials to ${url.origin}.`,
    });
  }
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value == null) continue;
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(key, item);
    else url.searchParams.append(key, String(value));
  }
  return url;
}

/** The resource tag of a path: `/v1/calls/abc/transcript` -> `calls`. */
export function tagsForPath(pathname: string): string[] {
  const match = /\/v1\/([^/?#]+)/.exec(pathname);
  return match ? [match[1]] : [];
}
