import { handlers } from '../dev/mock-api/handlers';
import type { RequestHandler } from 'msw';

/**
 * Story parameters that put `overrides` in front of the mock API, so a story can show an
 * error, an empty list or a request that never finishes:
 * `parameters: withApi(http.get('/v1/calls', () => HttpResponse.json(error, { status: 500 })))`
 */
export function withApi(...overrides: RequestHandler[]) {
  return { msw: { handlers: { api: [...overrides, ...handlers] } } };
}

/** Parameters that force a theme regardless of the toolbar. */
export const dark = { theme: 'dark' };
export const light = { theme: 'light' };
