/**
 * The store's event hub: mutations and simulations publish live events here; every open
 * `GET /v1/events` stream subscribes. Ids increase monotonically, and the last events are kept
 * so a reconnecting client sending `Last-Event-ID` gets what it missed.
 */
export interface HubEvent {
  id: string;
  /** The SSE `event:` name, e.g. `call.end`. */
  type: string;
  data: unknown;
}

export type HubListener = (event: HubEvent) => void;

const HISTORY = 200;

export class EventHub {
  private counter = 0;
  private readonly listeners = new Set<HubListener>();
  private readonly history: HubEvent[] = [];

  publish(type: string, data: unknown): HubEvent {
    const event: HubEvent = { id: String(++this.counter), type, data };
    this.history.push(event);
    if (this.history.length > HISTORY) this.history.shift();
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        console.error('[mock-api] event listener failed', error);
      }
    }
    return event;
  }

  subscribe(listener: HubListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Events published after the one with id `lastEventId` (still in history). */
  since(lastEventId: string): HubEvent[] {
    const last = Number(lastEventId);
    if (!Number.isInteger(last)) return [];
    return this.history.filter((event) => Number(event.id) > last);
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }
}
