/** Applies POST /__mock/fail rules ahead of every other handler (API, media, demo backend). */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockStore } from './store';

const NO_BODY = new Set([204, 205, 304]);

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

export function failureHandlers(store: MockStore): HttpHandler[] {
  const inject = async ({ request }: { request: Request }) => {
    const rule = store.failures.take(request.method, new URL(request.url).pathname);
    if (!rule) return undefined;
    if (rule.delayMs) await wait(rule.delayMs, request.signal);
    if (rule.status === undefined) return undefined; // a delay only: answer normally
    if (rule.status === 0) return HttpResponse.error();
    const headers = rule.headers ?? {};
    if (NO_BODY.has(rule.status)) return new HttpResponse(null, { status: rule.status, headers });
    if (rule.raw !== undefined)
      return new HttpResponse(rule.raw, {
        status: rule.status,
        headers: { 'Content-Type': rule.contentType ?? 'text/html; charset=utf-8', ...headers },
      });
    return HttpResponse.json(
      rule.body ?? { error: 'Injected failure (POST /__mock/fail)', code: 'mock_failure' },
      { status: rule.status, headers },
    );
  };
  return ['*/v1/*', '*/mock-media/*', '*/api/dialstack-session', '*/api/dialstack-config'].map(
    (path) => http.all(path, inject),
  );
}
