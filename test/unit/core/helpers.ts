import sinon from 'sinon';
import type { Timing } from '../../../src/core/timing';

const base64url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** An unsigned JWT with these claims (the browser never verifies signatures). */
export function makeJwt(claims: Record<string, unknown>): string {
  return `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.c2ln`;
}

export function jsonResponse(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export const listPage = <T>(data: T[], next: string | null = null) => ({
  object: 'list' as const,
  url: '/v1/x',
  next_page_url: next,
  previous_page_url: null,
  data,
});

/** Timing whose clock the test sets and whose sleeps are recorded and resolve at once. */
export function fakeTiming(start = 1_700_000_000_000) {
  const sleeps: number[] = [];
  const timing: Timing & { clock: number; sleeps: number[] } = {
    clock: start,
    sleeps,
    now: () => timing.clock,
    random: () => 0.5,
    sleep: (ms, signal) => {
      sleeps.push(ms);
      return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
    },
  };
  return timing;
}

/** The headers of the nth `fetch` call, whatever form they were passed in. */
export function requestOf(stub: sinon.SinonStub, n: number) {
  const [input, init = {}] = stub.getCall(n).args as [RequestInfo | URL, RequestInit | undefined];
  return {
    url: String(input instanceof Request ? input.url : input),
    method: init.method ?? 'GET',
    headers: new Headers(init.headers),
    body: init.body,
    signal: init.signal ?? undefined,
  };
}

/** A hand-fed SSE body: push text, end it, or break it; `cancelled` tells if the reader let go. */
export function sseBody() {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const state = { cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    start: (c) => void (controller = c),
    cancel: () => void (state.cancelled = true),
  });
  return {
    stream,
    get cancelled() {
      return state.cancelled;
    },
    push: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
    fail: () => controller.error(new TypeError('network connection lost')),
    response: (status = 200) =>
      new Response(stream, { status, headers: { 'Content-Type': 'text/event-stream' } }),
  };
}

/** Lets pending promise callbacks and stream reads run. */
export const flush = async (rounds = 10) => {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** Resolves when `predicate` holds, polling briefly; rejects after `ms`. */
export async function until(predicate: () => boolean, ms = 2000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
