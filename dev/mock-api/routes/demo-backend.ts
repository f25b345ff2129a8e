/**
 * The demo host page's own backend, as a real integration would write it (mock mode):
 *
 * - POST /api/dialstack-session → server-side POST /v1/account_sessions with the secret key,
 *   answering the browser with only `{ client_secret, expires_at }`. Body (optional):
 *   `{ components?: string[] }` to narrow the session (default: all seven).
 * - GET /api/dialstack-config → `{ apiUrl: '', mock: true }` (the mock is same-origin).
 *
 * Here the "server-side" call goes to the mock in-process. In Node, middleware.ts answers these
 * two routes itself when DIALSTACK_SECRET_KEY and DIALSTACK_ACCOUNT are set (real API).
 */
import { getResponse, http, HttpResponse, type HttpHandler, type RequestHandler } from 'msw';
import { MOCK_SECRET_KEY } from '../auth';
import { ApiError, toErrorResponse, validationError } from '../errors';
import { SESSION_COMPONENTS } from '../scopes';
import type { MockStore } from '../store';

export function demoBackendRoutes(
  store: MockStore,
  allHandlers: () => RequestHandler[],
): HttpHandler[] {
  return [
    http.post('*/api/dialstack-session', async ({ request }) => {
      try {
        const text = await request.text();
        let components: readonly string[] = SESSION_COMPONENTS;
        if (text.trim()) {
          const body = JSON.parse(text) as { components?: unknown };
          if (body.components !== undefined) {
            if (!Array.isArray(body.components))
              throw validationError('Invalid request body', { components: 'must be an array' });
            components = body.components as string[];
          }
        }
        const upstream = await getResponse(
          allHandlers(),
          new Request(new URL('/v1/account_sessions', request.url), {
            method: 'POST',
            headers: {
              Authorization: `Bearer ${MOCK_SECRET_KEY}`,
              'Content-Type': 'application/json',
            },
            body: JSON.stringify({
              account: store.data.account.id,
              components: Object.fromEntries(components.map((name) => [name, { enabled: true }])),
            }),
          }),
        );
        if (!upstream)
          throw new ApiError(502, 'The session endpoint did not answer', 'bad_gateway');
        const payload = (await upstream.json()) as Record<string, unknown>;
        if (!upstream.ok) return HttpResponse.json(payload, { status: upstream.status });
        return HttpResponse.json({
          client_secret: payload.client_secret,
          expires_at: payload.expires_at,
        });
      } catch (thrown) {
        if (thrown instanceof SyntaxError)
          return toErrorResponse(
            new ApiError(400, 'The request body is not valid JSON', 'invalid_json'),
          );
        return toErrorResponse(thrown);
      }
    }),
    http.get('*/api/dialstack-config', () => HttpResponse.json({ apiUrl: '', mock: true })),
  ];
}
