/** GET /v1/events: any valid session may stream. */
import type { HttpHandler } from 'msw';
import { route } from '../route';
import { eventStreamResponse } from '../sse';
import type { MockStore } from '../store';

export function eventRoutes(store: MockStore): HttpHandler[] {
  return [route(store, 'streamEvents', ({ request }) => eventStreamResponse(store, request))];
}
