/**
 * Node only. A Connect-style middleware serving the mock at the page's origin — used by the
 * Vite dev server (`npm run dev`) and @web/test-runner. Requests to /v1/*, /__mock/*,
 * /mock-media/* and the demo backend (/api/dialstack-session, /api/dialstack-config) become
 * Fetch Requests handed to msw's `getResponse(handlers, request)`; the Response is piped back
 * chunk by chunk (SSE streams as events happen), and a client disconnect aborts the Request's
 * signal. Everything else goes to `next()`.
 *
 * With DIALSTACK_SECRET_KEY and DIALSTACK_ACCOUNT set, the demo backend talks to the real API
 * instead (see real-backend.ts); the key and the client secret are never logged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { createHandlers, defaultStore, type MockStore } from './handlers';
import { realBackendFromEnv, type RealBackend } from './real-backend';

export interface MockApiMiddlewareOptions {
  store?: MockStore;
  /** Override the environment-derived real backend (null forces mock mode). */
  realBackend?: RealBackend | null;
}

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

export function mockApiMiddleware(
  options: MockApiMiddlewareOptions = {},
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const store = options.store ?? defaultStore;
  const handlers = createHandlers(store);
  const real = options.realBackend === undefined ? realBackendFromEnv() : options.realBackend;

  return (req, res, next: Next) => {
    const pathname = pathnameOf(req);
    if (!isMockRequest(pathname)) {
      next();
      return;
    }
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });

    void (async () => {
      try {
        const body = await readBody(req);
        if (real && DEMO_ROUTES.includes(pathname)) {
          const { status, body: payload } =
            pathname === '/api/dialstack-config'
              ? { status: 200, body: { apiUrl: real.apiUrl, mock: false } }
              : await real.createSession(body);
          sendJson(res, status, payload);
          return;
        }
        const request = toFetchRequest(req, body, controller.signal);
        const response = await getResponse(handlers, request);
        if (!response) {
          next();
          return;
        }
        await sendFetchResponse(response, res, controller.signal);
      } catch (error) {
        console.error(
          '[mock-api] middleware error',
          error instanceof Error ? error.message : error,
        );
        if (!res.headersSent)
          sendJson(res, 500, { error: 'Internal server error', code: 'internal_error' });
        else res.destroy();
      }
    })();
  };
}
