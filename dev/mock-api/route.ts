/**
 * `route(store, operationId, resolver)` turns one contract operation into an MSW handler. The
 * method and path come from the contract (so they can't drift); before the resolver runs, the
 * wrapper authenticates (401/403), validates the query and body (400) — and any error thrown
 * becomes the contract's error body (500 for unexpected ones).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { requireSecretKey, requireSession, type Session } from './auth';
import { operation } from './contract';
import { toErrorResponse } from './errors';
import { OPERATION_SCOPES, type OperationId } from './scopes';
import type { MockStore } from './store';
import { parseBody, parseQuery } from './validation';

export interface RouteContext {
  store: MockStore;
  request: Request;
  url: URL;
  /** The request's origin, for absolute URLs in responses. */
  origin: string;
  params: Record<string, string>;
  /** Typed and validated query parameters (defaults applied, e.g. `limit`). */
  query: Record<string, unknown> & { limit?: number };
  /** Validated JSON body (undefined for operations without one). */
  body: unknown;
  /** The caller's session (null on secret-key endpoints). */
  session: Session | null;
}

export type Resolver = (ctx: RouteContext) => Response | Promise<Response>;

const METHODS = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
} as const;

/** `/v1/calls/{call_id}` → `*\/v1/calls/:call_id` (any origin). */
export function mswPath(path: string): string {
  return `*${path.replace(/\{([^}]+)\}/g, ':$1')}`;
}

export function route(store: MockStore, id: OperationId, resolve: Resolver): HttpHandler {
  const op = operation(id);
  return METHODS[op.method](mswPath(op.path), async ({ request, params }) => {
    try {
      const url = new URL(request.url);
      const session =
        OPERATION_SCOPES[id] === 'secret_key'
          ? (requireSecretKey(request), null)
          : await requireSession(store, request, id);
      const query = parseQuery(id, op, url);
      const body = await parseBody(id, op, request);
      const stringParams: Record<string, string> = {};
      for (const [key, value] of Object.entries(params)) {
        if (typeof value === 'string') stringParams[key] = value;
      }
      return await resolve({
        store,
        request,
        url,
        origin: url.origin,
        params: stringParams,
        query,
        body,
        session,
      });
    } catch (thrown) {
      return toErrorResponse(thrown);
    }
  });
}

export const json = (data: unknown, status = 200): Response =>
  HttpResponse.json(data as never, { status });

export const noContent = (): Response => new HttpResponse(null, { status: 204 });
