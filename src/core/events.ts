import type { EventSourceMessage } from 'eventsource-parser';
import { DialstackApiError, errorFromResponse } from './errors';
import type { Session } from './session';
import { backoffDelay, realTiming, type Timing } from './timing';
import type { LiveEvent, LiveEventHandler, LiveEventType } from './types';

export interface LiveEventsConfig {
  /** The `/v1/events` URL, resolved when connecting. */
  url: () => string | URL;
  session: Session;
  timing?: Timing;
}

type AnyHandler = (event: LiveEvent) => void;

/**
 * The SSE parser is a lazy chunk (not in the core's up-front bytes): its load starts with the
 * stream's request and runs while it is in flight; it is needed only once bytes arrive.
 */
let parserModule: Promise<typeof import('eventsource-parser')> | undefined;
function loadParser(): Promise<typeof import('eventsource-parser')> {
  parserModule ??= import('eventsource-parser').catch((error: unknown) => {
    parserModule = undefined; // the next connection attempt tries again
    throw error;
  });
  return parserModule;
}

const EVENT_TYPES: ReadonlySet<string> = new Set<LiveEventType>([
  'call.incoming',
  'call.initiated',
  'call.ringing',
  'call.answered',
  'call.end',
  'call.transfer',
]);
/** A connection that stayed open this long resets the reconnect backoff. */
const HEALTHY_MS = 10_000;
const MAX_DELAY_MS = 30_000;
const SEEN_IDS = 200;

/**
 * The live event stream (`GET /v1/events`): one `fetch`-streamed SSE connection per instance,
 * open while anyone listens, reconnecting with backoff, each event delivered once per handler.
 */
export class LiveEvents {
  private readonly handlers = new Map<string, Set<AnyHandler>>();
  private readonly timing: Timing;
  private connection?: AbortController;
  private lastEventId?: string;
  private serverRetryMs?: number;
  private readonly seenIds: string[] = [];
  private stopped = false;

  constructor(private readonly config: LiveEventsConfig) {
    this.timing = config.timing ?? realTiming;
  }

  get connected(): boolean {
    return !!this.connection;
  }

  on<K extends LiveEventType | '*'>(type: K, handler: LiveEventHandler<K>): () => void {
    if (this.stopped) return () => {};
    let set = this.handlers.get(type);
    if (!set) this.handlers.set(type, (set = new Set()));
    set.add(handler as AnyHandler);
    this.connection ??= this.connect();
    return () => this.off(type, handler);
  }

  off<K extends LiveEventType | '*'>(type: K, handler: LiveEventHandler<K>): void {
    const set = this.handlers.get(type);
    if (!set?.delete(handler as AnyHandler)) return;
    if (!set.size) this.handlers.delete(type);
    // Deferred so an element moved in the DOM (unsubscribe + subscribe) keeps the connection.
    queueMicrotask(() => {
      if (!this.handlers.size) this.disconnect();
    });
  }

  /** Logout: close the stream for good and forget every handler. */
  stop(): void {
    this.stopped = true;
    this.handlers.clear();
    this.disconnect();
  }

  private disconnect(): void {
    this.connection?.abort();
    this.connection = undefined;
  }

  private connect(): AbortController {
    const controller = new AbortController();
    this.run(controller.signal).catch((error: unknown) => {
      if (!controller.signal.aborted) console.error('DialStack: live events stopped', error);
    });
    return controller;
  }

  private async run(signal: AbortSignal): Promise<void> {
    const { session } = this.config;
    let attempt = 0;
    while (!signal.aborted) {
      let renewed = false;
      let openedAt: number | undefined;
      try {
        for (;;) {
          const secret = await session.getSecret();
          signal.throwIfAborted();
          const headers: Record<string, string> = {
            Authorization: `Bearer ${secret}`,
            Accept: 'text/event-stream',
          };
          if (this.lastEventId !== undefined) headers['Last-Event-ID'] = this.lastEventId;
          const parser = loadParser();
          parser.catch(() => {}); // awaited below once the stream is open; unheard until then
          const response = await fetch(this.config.url(), { headers, signal, cache: 'no-store' });
          if (response.status === 401 && !renewed) {
            renewed = true;
            await response.body?.cancel();
            await session.renew(secret);
            continue;
          }
          if (!response.ok || !response.body) {
            throw errorFromResponse(response.status, await response.text(), secret);
          }
          openedAt = this.timing.now();
          const { createParser } = await parser.catch(async (error: unknown) => {
            await response.body?.cancel().catch(() => {}); // no parser: let the stream go
            throw error;
          });
          await this.read(response.body, signal, createParser);
          break;
        }
      } catch (error) {
        if (signal.aborted || session.isEnded) return;
        if (!isWorthRetrying(error)) {
          console.warn('DialStack: live events are unavailable for this session.', error);
          this.disconnect();
          return;
        }
      }
      if (signal.aborted) return;
      if (openedAt !== undefined && this.timing.now() - openedAt >= HEALTHY_MS) attempt = 0;
      const base = this.serverRetryMs ?? 1000;
      await this.timing.sleep(
        backoffDelay(attempt++, this.timing.random, base, Math.max(base, MAX_DELAY_MS)),
        signal,
      );
    }
  }

  private async read(
    body: ReadableStream<Uint8Array>,
    signal: AbortSignal,
    createParser: typeof import('eventsource-parser').createParser,
  ): Promise<void> {
    const parser = createParser({
      onEvent: (message) => this.dispatch(message),
      onRetry: (ms) => (this.serverRetryMs = ms),
    });
    const reader = body.getReader();
    const cancel = () => void reader.cancel().catch(() => {});
    signal.addEventListener('abort', cancel, { once: true });
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done || signal.aborted) return;
        parser.feed(decoder.decode(value, { stream: true }));
      }
    } finally {
      signal.removeEventListener('abort', cancel);
    }
  }

  private dispatch({ event, id, data }: EventSourceMessage): void {
    if (id !== undefined) this.lastEventId = id;
    if (id) {
      // A server replaying after Last-Event-ID must not deliver an event twice.
      if (this.seenIds.includes(id)) return;
      if (this.seenIds.push(id) > SEEN_IDS) this.seenIds.shift();
    }
    const named = event && event !== 'message' ? event : undefined;
    if (named && !EVENT_TYPES.has(named)) return; // `connected`, future types
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      console.warn(`DialStack: skipped a live event with malformed JSON (${named ?? 'unnamed'}).`);
      return;
    }
    if (!payload || typeof payload !== 'object') return;
    const type = named ?? (payload as { event?: unknown }).event;
    if (typeof type !== 'string' || !EVENT_TYPES.has(type)) return;
    const live = { ...payload, event: type } as LiveEvent;
    const targets = [...(this.handlers.get(type) ?? []), ...(this.handlers.get('*') ?? [])];
    for (const handler of targets) {
      try {
        handler(live);
      } catch (error) {
        console.error(`DialStack: a "${type}" event handler threw`, error);
      }
    }
  }
}

/** Network trouble, 5xx, 429 and auth hiccups heal; other 4xx answers will not change. */
function isWorthRetrying(error: unknown): boolean {
  if (!(error instanceof DialstackApiError)) return true;
  return error.type !== 'invalid_request_error' && error.status !== 403;
}
