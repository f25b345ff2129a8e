/**
 * GET /v1/events as a real Server-Sent Events stream (a streaming ReadableStream body — not
 * MSW's `sse()`, which needs a global EventSource that Node 20 lacks): `event: connected` first,
 * then every hub event with its `id:`, a `: heartbeat` comment every `store.heartbeatMs`, and a
 * clean close when the client aborts. `Last-Event-ID` replays what a reconnecting client missed.
 */
import { decodeJwt } from 'jose';
import { HttpResponse } from 'msw';
import type { HubEvent } from './event-hub';
import type { MockStore } from './store';

export const CONNECTED_FRAME =
  'event: connected\ndata: {"message":"Connected to event stream"}\n\n';

export function formatEvent(event: HubEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

/** The `jti` of the request's (already verified) bearer session token, if it has one. */
function sessionIdOf(request: Request): string | null {
  const token = /^Bearer\s+(\S+)/i.exec(request.headers.get('authorization') ?? '')?.[1];
  if (!token) return null;
  try {
    const { jti } = decodeJwt(token);
    return typeof jti === 'string' ? jti : null;
  } catch {
    return null;
  }
}

export function eventStreamResponse(store: MockStore, request: Request): Response {
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const unsubscribe = store.hub.subscribe((event) => send(formatEvent(event)), {
        session: sessionIdOf(request),
        since: store.now(),
      });
      const timer = setInterval(() => send(': heartbeat\n\n'), store.heartbeatMs);
      (timer as unknown as { unref?: () => void }).unref?.();
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(timer);
        request.signal.removeEventListener('abort', close);
        try {
          controller.close();
        } catch {
          // already closed or errored
        }
      };
      stop = close;

      send(CONNECTED_FRAME);
      const lastEventId = request.headers.get('last-event-id');
      if (lastEventId) for (const event of store.hub.since(lastEventId)) send(formatEvent(event));
      if (request.signal.aborted) close();
      else request.signal.addEventListener('abort', close, { once: true });
    },
    cancel() {
      stop();
    },
  });
  return new HttpResponse(stream, {
    status: 200,
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
