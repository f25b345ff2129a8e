/**
 * Test and demo controls under /__mock/ (not part of the DialStack API; no auth):
 *
 * - POST /__mock/reset                       back to the seed → `{ ok: true }`
 * - GET  /__mock/facts                       seed facts (ids, counts) tests can rely on
 * - POST /__mock/session   { components?, ttlSeconds? }   → `{ client_secret, expires_at }`
 * - POST /__mock/simulate  { kind, from_number?, from_name?, call_id? } → `{ call_id }`
 * - POST /__mock/fail      { method, path, status?, times?, body?, raw?, contentType?, headers?,
 *                            delayMs? } → the rule (201); `raw` is a body sent as is (an HTML
 *                            error page, truncated JSON, a broken SSE stream)
 * - POST /__mock/text      { strings } → `{ rewritten }`: every free-text field of the store
 *                            (names, labels, transcripts, addresses…) set to `strings`, round robin
 * - GET/DELETE /__mock/fail                  list / clear injected failures
 * - POST /__mock/onboarding/blank            an account with no locations, users or extensions
 * - POST /__mock/e911-failures { times? }    the next E911 provisionings fail
 * - POST /__mock/events    a raw event object, pushed to every stream as-is → `{ id }`
 * - GET  /__mock/streams                     open event streams → `{ count, streams: [{ session, since }] }`
 *                                            (`session`: the jti of the stream's session token), so
 *                                            tests wait for a subscription instead of sleeping
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { issueSession } from '../auth';
import { ApiError, toErrorResponse, validationError } from '../errors';
import { rewriteText } from '../hostile';
import { SESSION_COMPONENTS } from '../scopes';
import { simulate, type SimulationKind } from '../simulate';
import { onboardingControls } from './onboarding';
import type { MockStore } from '../store';

async function readJson(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'The request body is not valid JSON', 'invalid_json', {
      body: 'is not valid JSON',
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw validationError('Invalid request body', { body: 'must be an object' });
  return value as Record<string, unknown>;
}

const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

function control(
  method: 'get' | 'post' | 'delete',
  path: string,
  resolve: (request: Request) => Promise<Response> | Response,
): HttpHandler {
  return http[method](`*/__mock/${path}`, async ({ request }) => {
    try {
      return await resolve(request);
    } catch (thrown) {
      return toErrorResponse(thrown);
    }
  });
}

export function controlRoutes(store: MockStore): HttpHandler[] {
  return [
    control('post', 'reset', () => {
      store.reset();
      return HttpResponse.json({ ok: true });
    }),

    control('get', 'facts', () => HttpResponse.json(store.facts)),

    control('post', 'session', async (request) => {
      const body = await readJson(request);
      const components = body.components ?? [...SESSION_COMPONENTS];
      const ttl = body.ttlSeconds ?? 3600;
      const problems: Record<string, string> = {};
      if (!Array.isArray(components) || !components.every((c) => typeof c === 'string'))
        problems.components = 'must be an array of component names';
      if (typeof ttl !== 'number' || !Number.isFinite(ttl))
        problems.ttlSeconds = 'must be a number of seconds (negative for an already-expired token)';
      if (Object.keys(problems).length) throw validationError('Invalid request body', problems);
      return HttpResponse.json(
        await issueSession(
          store,
          store.data.account.id,
          components as string[],
          Math.round(ttl as number),
        ),
      );
    }),

    control('post', 'simulate', async (request) => {
      const body = await readJson(request);
      const kinds: SimulationKind[] = ['incoming', 'answer', 'hangup', 'voicemail'];
      const problems: Record<string, string> = {};
      if (!kinds.includes(body.kind as SimulationKind))
        problems.kind = `must be one of: ${kinds.join(', ')}`;
      if (!optionalString(body.from_number)) problems.from_number = 'must be a string';
      if (!(optionalString(body.from_name) || body.from_name === null))
        problems.from_name = 'must be a string or null';
      if (!optionalString(body.call_id)) problems.call_id = 'must be a string';
      if (Object.keys(problems).length) throw validationError('Invalid request body', problems);
      const call_id = simulate(store, {
        kind: body.kind as SimulationKind,
        from_number: body.from_number as string | undefined,
        from_name: body.from_name as string | null | undefined,
        call_id: body.call_id as string | undefined,
      });
      return HttpResponse.json({ call_id });
    }),

    control('post', 'fail', async (request) => {
      const body = await readJson(request);
      const problems: Record<string, string> = {};
      if (typeof body.method !== 'string' || !body.method)
        problems.method = 'is required (an HTTP method or *)';
      if (typeof body.path !== 'string' || !body.path.startsWith('/'))
        problems.path = 'is required (a pathname, or a prefix ending in *)';
      const status = body.status;
      if (
        status !== undefined &&
        (typeof status !== 'number' ||
          !(status === 0 || (Number.isInteger(status) && status >= 200 && status <= 599)))
      ) {
        problems.status = 'must be 0 (network error) or an HTTP status 200–599';
      }
      if (
        body.times !== undefined &&
        (typeof body.times !== 'number' || !Number.isInteger(body.times) || body.times < 1)
      )
        problems.times = 'must be a positive integer';
      if (body.delayMs !== undefined && (typeof body.delayMs !== 'number' || body.delayMs < 0))
        problems.delayMs = 'must be a non-negative number';
      if (body.body !== undefined && (typeof body.body !== 'object' || body.body === null))
        problems.body = 'must be an object';
      if (!optionalString(body.raw)) problems.raw = 'must be a string';
      if (!optionalString(body.contentType)) problems.contentType = 'must be a string';
      if (
        body.headers !== undefined &&
        (typeof body.headers !== 'object' ||
          body.headers === null ||
          !Object.values(body.headers).every((v) => typeof v === 'string'))
      )
        problems.headers = 'must be an object of strings';
      if (status === undefined && body.delayMs === undefined)
        problems.status = 'is required unless delayMs is given';
      if (Object.keys(problems).length) throw validationError('Invalid request body', problems);
      const rule = store.failures.add({
        method: (body.method as string).toUpperCase(),
        path: body.path as string,
        status: status as number | undefined,
        remaining: (body.times as number | undefined) ?? 1,
        body: body.body as Record<string, unknown> | undefined,
        raw: body.raw as string | undefined,
        contentType: body.contentType as string | undefined,
        headers: body.headers as Record<string, string> | undefined,
        delayMs: body.delayMs as number | undefined,
      });
      return HttpResponse.json(rule, { status: 201 });
    }),

    control('post', 'text', async (request) => {
      const body = await readJson(request);
      const strings = body.strings;
      if (
        !Array.isArray(strings) ||
        !strings.length ||
        !strings.every((s) => typeof s === 'string')
      )
        throw validationError('Invalid request body', {
          strings: 'must be a non-empty array of strings',
        });
      return HttpResponse.json({ rewritten: rewriteText(store.data, strings as string[]) });
    }),
    control('get', 'fail', () => HttpResponse.json({ rules: store.failures.list() })),
    control('delete', 'fail', () => {
      store.failures.clear();
      return new HttpResponse(null, { status: 204 });
    }),

    control('post', 'events', async (request) => {
      const body = await readJson(request);
      const type = typeof body.event === 'string' && body.event ? body.event : 'message';
      const event = store.hub.publish(type, body);
      return HttpResponse.json({ id: event.id }, { status: 202 });
    }),

    control('get', 'streams', () => {
      const streams = store.hub.subscribers();
      return HttpResponse.json({ count: streams.length, streams });
    }),

    // Onboarding: a blank account, queued E911 failures (routes/onboarding.ts).
    ...onboardingControls(store),

    http.all('*/__mock/*', ({ request }) =>
      toErrorResponse(
        new ApiError(
          404,
          `Unknown mock control ${request.method} ${new URL(request.url).pathname}`,
          'not_found',
        ),
      ),
    ),
  ];
}
