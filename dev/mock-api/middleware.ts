/**
 * Node only. A Connect-style middleware serving the mock at the page's origin — used by the
 * Vite dev server (`npm run dev`) and @web/test-runner. Requests to /v1/*, /__mock/*,
 * /mock-media/* and the demo backend (/api/dialstack-session, /api/dialstack-config) become
 * Fetch Requests handed to msw's `getResponse(handlers, request)`; the Response is piped back
 * chunk by chunk (SSE streams as events happen), and a client disconnect aborts the Request's
 * signal. Everything else goes to `next()`.
 *
 * `npm run dev` serves one demo store. The test runner asks for a store per scope
 * (`storePerScope`): each test file names its scope in a cookie (test/support/mock.ts) and gets
 * a freshly seeded store of its own, so files cannot see each other's data, injected failures
 * or event streams. Koa-style servers use `mockApiHandler`, whose promise settles once the mock
 * has answered (or tells the caller the request is not the mock's).
 *
 * With DIALSTACK_SECRET_KEY and DIALSTACK_ACCOUNT set, the demo backend talks to the real API
 * instead (see real-backend.ts); the key and the client secret are never logged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import type { RequestHandler } from 'msw';
import { createHandlers, createStore, defaultStore, type MockStore } from './handlers';
import { realBackendFromEnv, type RealBackend } from './real-backend';
import { scopeFromCookieHeader } from './scope';
import type { MockStoreOptions } from './store';

export interface MockApiMiddlewareOptions {
  /** The store for requests without a scope (default: the demo's `defaultStore`). */
  store?: MockStore;
  /** Override the environment-derived real backend (null forces mock mode). */
  realBackend?: RealBackend | null;
  /**
   * One store per scope named by the `dialstack-mock-scope` cookie, seeded on first use (the
   * test runner: one scope per test file). Requests without the cookie use `store`. The least
   * recently used scopes beyond `max` (default 16) are forgotten.
   */
  storePerScope?: boolean | { max?: number; storeOptions?: MockStoreOptions };
}

/**
 * Answers a request if it is the mock's: resolves `true` once the response is written (for an
 * event stream, once it has ended) or the client has gone, `false` when the request is not the
 * mock's and the caller should pass it on.
 */
export type MockApiHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

type Next = (error?: unknown) => void;

const MOCK_PREFIXES = ['/v1/', '/__mock/', '/mock-media/'];
const DEMO_ROUTES = ['/api/dialstack-session', '/api/dialstack-config'];
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
  'te',
  'trailer',
]);

function pathnameOf(req: IncomingMessage): string {
  const raw = req.url ?? '/';
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
}

export function isMockRequest(pathname: string): boolean {
  return (
    MOCK_PREFIXES.some((prefix) => pathname.startsWith(prefix)) ||
    pathname === '/v1' ||
    DEMO_ROUTES.includes(pathname)
  );
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of req)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return chunks.length ? Buffer.concat(chunks) : undefined;
}

export function toFetchRequest(
  req: IncomingMessage,
  body: Buffer | undefined,
  signal: AbortSignal,
): Request {
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
  const forwardedProto = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    ?.trim();
  const protocol = forwardedProto || (encrypted ? 'https' : 'http');
  const host = req.headers.host ?? 'localhost';
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':') || HOP_BY_HOP.has(name) || name === 'host')
      continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  return new Request(`${protocol}://${host}${req.url ?? '/'}`, {
    method: req.method ?? 'GET',
    headers,
    body: body && body.length ? new Uint8Array(body) : undefined,
    signal,
  });
}

/** Writes a Fetch Response to a Node response, streaming the body and flushing each chunk. */
export async function sendFetchResponse(
  response: Response,
  res: ServerResponse,
  signal: AbortSignal,
): Promise<void> {
  if (response.type === 'error') {
    // HttpResponse.error(): a network error — drop the connection without a response.
    res.destroy();
    return;
  }
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (HOP_BY_HOP.has(name)) return;
    headers[name] = name === 'set-cookie' ? response.headers.getSetCookie() : value;
  });
  res.writeHead(response.status, response.statusText || undefined, headers);
  res.flushHeaders();
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  const cancel = () => void reader.cancel().catch(() => {});
  signal.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) break;
      if (!res.write(value))
        await new Promise<void>((resolve) => res.once('drain', resolve).once('close', resolve));
    }
  } catch {
    // the stream was cancelled (client gone) or errored: end below
  } finally {
    signal.removeEventListener('abort', cancel);
    if (!res.destroyed) res.end();
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

interface Backend {
  store: MockStore;
  handlers: RequestHandler[];
}

function backendsFor(options: MockApiMiddlewareOptions): (req: IncomingMessage) => Backend {
  const store = options.store ?? defaultStore;
  const fallback: Backend = { store, handlers: createHandlers(store) };
  const perScope = options.storePerScope;
  if (!perScope) return () => fallback;
  const { max = 16, storeOptions = {} } = perScope === true ? {} : perScope;
  const scoped = new Map<string, Backend>();
  return (req) => {
    const scope = scopeFromCookieHeader(req.headers.cookie);
    if (!scope) return fallback;
    let backend = scoped.get(scope);
    if (backend) scoped.delete(scope);
    else {
      const fresh = createStore(storeOptions);
      backend = { store: fresh, handlers: createHandlers(fresh) };
    }
    scoped.set(scope, backend); // most recently used last
    for (const oldest of scoped.keys()) {
      if (scoped.size <= max) break;
      scoped.delete(oldest);
    }
    return backend;
  };
}

export function mockApiHandler(options: MockApiMiddlewareOptions = {}): MockApiHandler {
  const backendFor = backendsFor(options);
  const real = options.realBackend === undefined ? realBackendFromEnv() : options.realBackend;

  return async (req, res) => {
    const pathname = pathnameOf(req);
    if (!isMockRequest(pathname)) return false;
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    try {
      const body = await readBody(req);
      if (real && DEMO_ROUTES.includes(pathname)) {
        const { status, body: payload } =
          pathname === '/api/dialstack-config'
            ? { status: 200, body: { apiUrl: real.apiUrl, mock: false } }
            : await real.createSession(body);
        sendJson(res, status, payload);
        return true;
      }
      const request = toFetchRequest(req, body, controller.signal);
      const response = await getResponse(backendFor(req).handlers, request);
      if (!response) return false;
      await sendFetchResponse(response, res, controller.signal);
    } catch (error) {
      console.error('[mock-api] middleware error', error instanceof Error ? error.message : error);
      if (!res.headersSent)
        sendJson(res, 500, { error: 'Internal server error', code: 'internal_error' });
      else res.destroy();
    }
    return true;
  };
}

/** The mock as Connect middleware (Vite, plain `http.createServer`). */
export function mockApiMiddleware(
  options: MockApiMiddlewareOptions = {},
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const handle = mockApiHandler(options);
  return (req, res, next: Next) => {
    void handle(req, res).then((handled) => {
      if (!handled) next();
    });
  };
}
