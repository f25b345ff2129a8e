import { apiRoot, resolveUrl, tagsForPath } from './api-path';
import type { ResponseCache } from './cache';
import { DialstackApiError, errorFromResponse } from './errors';
import type { Session } from './session';
import { backoffDelay, realTiming, type Timing } from './timing';
import type {
  DialstackClient,
  GetOptions,
  ListPage,
  MutationOptions,
  RequestOptions,
} from './types';

export interface ClientConfig {
  apiUrl?: string;
  session: Session;
  cache: ResponseCache;
  timing?: Timing;
  /** Default per-request timeout (30 s). */
  timeoutMs?: number;
  /** Retries of a GET after a network error, 5xx or 429 (default 2). */
  maxRetries?: number;
}

type Method = 'GET' | 'POST' | 'DELETE';

/** A server asking us to wait longer than this is not worth waiting for. */
const MAX_RETRY_AFTER_MS = 60_000;

const isRetryableStatus = (status: number) => status === 429 || status >= 500;

export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header?.trim()) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The REST client over `fetch`: auth, timeouts, retries, typed errors, cached GETs. */
export function createClient(config: ClientConfig): DialstackClient {
  const { session, cache } = config;
  const timing = config.timing ?? realTiming;
  const maxRetries = config.maxRetries ?? 2;
  let root: string | undefined;
  // Resolved lazily: no `location` access at import time or during SSR.
  const url = (path: string, options: RequestOptions) =>
    resolveUrl((root ??= apiRoot(config.apiUrl)), path, options.query);

  /** One HTTP exchange. Resolves with `{ error }` for a network failure (worth retrying). */
  async function send(
    method: Method,
    url: URL,
    body: unknown,
    secret: string,
    options: RequestOptions,
  ) {
    const timeoutMs = options.timeoutMs ?? config.timeoutMs ?? 30_000;
    const { signal } = options;
    const controller = new AbortController();
    const timedOut = new DOMException('timeout', 'TimeoutError');
    const timer = setTimeout(() => controller.abort(timedOut), timeoutMs);
    const onAbort = () => controller.abort(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const headers: Record<string, string> = {
      Authorization: `Bearer ${secret}`,
      Accept: 'application/json',
    };
    // A FormData body (a file upload) sets its own multipart Content-Type with the boundary.
    const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
    if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
    try {
      const response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
        signal: controller.signal,
      });
      // The body is read under the same timeout and abort signal.
      return { response, text: await response.text() };
    } catch (cause) {
      if (signal?.aborted) throw signal.reason;
      if (controller.signal.reason === timedOut) {
        throw new DialstackApiError({
          type: 'api_connection_error',
          message: `The DialStack API did not respond within ${timeoutMs} ms.`,
        });
      }
      const message = 'Could not reach the DialStack API (network error).';
      return { error: new DialstackApiError({ type: 'api_connection_error', message, cause }) };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async function request<T>(
    method: Method,
    url: URL,
    body: unknown,
    options: RequestOptions,
  ): Promise<T> {
    const retries = method === 'GET' ? maxRetries : 0;
    let renewed = false;
    for (let attempt = 0; ; attempt++) {
      options.signal?.throwIfAborted();
      // A secret already held is used at once: the request leaves in the caller's task (an
      // element's connectedCallback), not after the microtasks queued before it.
      const secret = session.currentSecret() ?? (await session.getSecret());
      options.signal?.throwIfAborted();
      const outcome = await send(method, url, body, secret, options);
      let error: DialstackApiError;
      let waitMs: number | undefined;
      if (outcome.error) {
        error = outcome.error;
      } else {
        const { response, text } = outcome;
        if (response.status === 401 && !renewed) {
          // One retry with a fresh secret; it does not use up a retry attempt.
          renewed = true;
          await session.renew(secret);
          attempt--;
          continue;
        }
        if (response.ok) return parseBody<T>(text, response.status);
        error = errorFromResponse(response.status, text, secret);
        if (!isRetryableStatus(response.status)) throw error;
        waitMs = retryAfterMs(response.headers.get('Retry-After'), timing.now());
      }
      if (attempt >= retries || (waitMs ?? 0) > MAX_RETRY_AFTER_MS) throw error;
      await timing.sleep(waitMs ?? backoffDelay(attempt, timing.random, 300, 5000), options.signal);
    }
  }

  // async: a bad path or apiUrl rejects rather than throwing synchronously.
  async function get<T>(path: string, options: GetOptions = {}): Promise<T> {
    const target = url(path, options);
    if (options.cache === 'no-store') return request<T>('GET', target, undefined, options);
    return cache.get<T>(
      target.href,
      options.tags ?? tagsForPath(target.pathname),
      (signal) => request<T>('GET', target, undefined, { ...options, signal }),
      options.signal,
    );
  }

  async function mutate<T>(
    method: Method,
    path: string,
    body: unknown,
    options: MutationOptions,
  ): Promise<T> {
    const target = url(path, options);
    const tags = options.invalidates ?? tagsForPath(target.pathname);
    try {
      const result = await request<T>(method, target, body, options);
      cache.invalidate(tags, options.origin);
      return result;
    } catch (error) {
      // Timed out or 5xx: the change may have happened, so what we hold may be stale.
      if (
        error instanceof DialstackApiError &&
        (error.type === 'api_connection_error' || error.type === 'api_error')
      ) {
        cache.invalidate(tags, options.origin);
      }
      throw error;
    }
  }

  return {
    get,
    page: <T>(path: string, options?: GetOptions) => get<ListPage<T>>(path, options),
    async *list<T>(path: string, options: GetOptions = {}): AsyncGenerator<T, void, undefined> {
      const seen = new Set<string>();
      let next: string | null | undefined = path;
      let query = options.query;
      while (next && !seen.has(next)) {
        seen.add(next);
        // next_page_url already carries every parameter, so the query applies to the first page only.
        const page: ListPage<T> = await get<ListPage<T>>(next, { ...options, query });
        query = undefined;
        yield* page.data ?? [];
        next = page.next_page_url;
      }
    },
    post: <T = void>(path: string, body?: unknown, options: MutationOptions = {}) =>
      mutate<T>('POST', path, body, options),
    delete: <T = void>(path: string, options: MutationOptions = {}) =>
      mutate<T>('DELETE', path, undefined, options),
    invalidate: (tags, origin) => cache.invalidate(tags, origin),
    onInvalidate: (listener) => cache.onInvalidate(listener),
  };
}

function parseBody<T>(text: string, status: number): T {
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new DialstackApiError({
      type: 'api_error',
      status,
      message: `The DialStack API sent a response that is not JSON (HTTP ${status}).`,
    });
  }
}
