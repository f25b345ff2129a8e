/** Reads an SSE response body incrementally with eventsource-parser (the runtime's parser). */
import { createParser, type EventSourceMessage } from 'eventsource-parser';

export interface SseReader {
  /** The next event (skipping comments), or rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<EventSourceMessage>;
  /** The next event of this type (earlier ones are dropped). */
  nextOf(type: string, timeoutMs?: number): Promise<EventSourceMessage>;
  /** The next comment's text (e.g. `heartbeat`). */
  nextComment(timeoutMs?: number): Promise<string>;
  /** Resolves when the body ends. */
  ended: Promise<void>;
  /** Raw text received so far. */
  raw(): string;
}

export function readSse(body: ReadableStream<Uint8Array>): SseReader {
  const events: EventSourceMessage[] = [];
  const comments: string[] = [];
  let wake: () => void = () => {};
  let text = '';
  const parser = createParser({
    onEvent: (event) => {
      events.push(event);
      wake();
    },
    onComment: (comment) => {
      comments.push(comment);
      wake();
    },
  });
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const ended = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const chunk = decoder.decode(value, { stream: true });
        text += chunk;
        parser.feed(chunk);
      }
    } catch {
      // aborted
    }
    wake();
  })();
  let finished = false;
  void ended.then(() => (finished = true));

  async function waitFor<T>(
    take: () => T | undefined,
    timeoutMs: number,
    what: string,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = take();
      if (value !== undefined) return value;
      if (finished)
        throw new Error(`stream ended while waiting for ${what}; got: ${JSON.stringify(text)}`);
      const remaining = deadline - Date.now();
      if (remaining <= 0)
        throw new Error(`timed out waiting for ${what}; got: ${JSON.stringify(text)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  return {
    next: (timeoutMs = 2000) => waitFor(() => events.shift(), timeoutMs, 'an event'),
    nextOf: (type, timeoutMs = 2000) =>
      waitFor(
        () => {
          while (events.length) {
            const event = events.shift()!;
            if (event.event === type) return event;
          }
          return undefined;
        },
        timeoutMs,
        type,
      ),
    nextComment: (timeoutMs = 2000) => waitFor(() => comments.shift(), timeoutMs, 'a comment'),
    ended,
    raw: () => text,
  };
}
