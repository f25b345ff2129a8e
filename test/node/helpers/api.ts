/**
 * The mock API in-process for tests: a fresh store, its handlers, and fetch-like helpers that
 * go through msw's `getResponse` exactly as the middleware and the service worker do.
 */
import { getResponse } from 'msw';
import { createHandlers, createStore, type MockStore } from '../../../dev/mock-api/handlers';
import { MOCK_SECRET_KEY } from '../../../dev/mock-api/auth';
import type { MockStoreOptions } from '../../../dev/mock-api/store';

export const ORIGIN = 'http://mock.test';

/**
 * Parsed response JSON. Deliberately loose: every body is checked by the contract validator and
 * by the test's own assertions.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface CallInit {
  method?: string;
  /** A bearer token; `null` sends no Authorization header. Default: the all-components session. */
  token?: string | null;
  /** JSON body (sets Content-Type). */
  json?: unknown;
  /** Raw body. */
  body?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface JsonResult<T = Json> {
  status: number;
  headers: Headers;
  body: T;
}

export interface TestApi {
  store: MockStore;
  /** A session token with all seven components. */
  token: string;
  fetch(pathOrUrl: string, init?: CallInit): Promise<Response>;
  json<T = Json>(pathOrUrl: string, init?: CallInit): Promise<JsonResult<T>>;
  /** POST /__mock/session. */
  mint(components?: string[], ttlSeconds?: number): Promise<string>;
}

export async function createTestApi(options: MockStoreOptions = {}): Promise<TestApi> {
  const store = createStore(options);
  const handlers = createHandlers(store);
  let token = '';

  const fetchImpl = async (pathOrUrl: string, init: CallInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    const bearer = init.token === undefined ? token : init.token;
    if (bearer) headers.set('Authorization', `Bearer ${bearer}`);
    let body = init.body;
    if (init.json !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(init.json);
    }
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${ORIGIN}${pathOrUrl}`;
    const request = new Request(url, {
      method: init.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      signal: init.signal,
    });
    const response = await getResponse(handlers, request);
    if (!response) throw new Error(`no handler answered ${request.method} ${url}`);
    return response;
  };

  const api: TestApi = {
    store,
    get token() {
      return token;
    },
    fetch: fetchImpl,
    async json(pathOrUrl, init) {
      const response = await fetchImpl(pathOrUrl, init);
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text ? JSON.parse(text) : undefined,
      };
    },
    async mint(components, ttlSeconds) {
      const { body, status } = await api.json('/__mock/session', {
        token: null,
        json: { components, ttlSeconds },
      });
      if (status !== 200) throw new Error(`mint failed: ${status} ${JSON.stringify(body)}`);
      return body.client_secret as string;
    },
  };
  const created = await api.json('/v1/account_sessions', {
    token: MOCK_SECRET_KEY,
    json: {
      account: store.facts.accountId,
      components: Object.fromEntries(
        [
          'call_logs',
          'call_history',
          'voicemails',
          'phone_numbers',
          'phone_number_ordering',
          'account_onboarding',
          'dial_plan_viewer',
        ].map((c) => [c, { enabled: true }]),
      ),
    },
  });
  token = created.body.client_secret;
  return api;
}

/** Follows next_page_url from `firstPath` to the end; returns every page. */
export async function allPages<T = Json>(
  api: TestApi,
  firstPath: string,
  init?: CallInit,
): Promise<
  JsonResult<{ data: T[]; next_page_url: string | null; previous_page_url: string | null }>[]
> {
  const pages = [];
  let next: string | null = firstPath;
  while (next) {
    const page: JsonResult = await api.json(next, init);
    if (page.status !== 200)
      throw new Error(`page ${next} → ${page.status} ${JSON.stringify(page.body)}`);
    pages.push(page);
    next = page.body.next_page_url;
    if (pages.length > 500) throw new Error('pagination does not end');
  }
  return pages;
}
