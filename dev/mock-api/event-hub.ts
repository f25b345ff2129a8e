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

/** What the hub knows about one subscriber (an open event stream), for GET /__mock/streams. */
export interface SubscriberInfo {
  /** The `jti` of the session token the stream was opened with (null when it has none). */
  session: string | null;
  /** When the stream subscribed (epoch ms, the store's clock). */
  since: number;
}

const HISTORY = 200;

export class EventHub {
  private counter = 0;
  private readonly listeners = new Map<HubListener, SubscriberInfo | undefined>();
  private readonly history: HubEvent[] = [];

  publish(type: string, data: unknown): HubEvent {
    const event: HubEvent = { id: String(++this.counter), type, data };
    this.history.push(event);
    if (this.history.length > HISTORY) this.history.shift();
    for (const listener of [...this.listeners.keys()]) {
      try {
        listener(event);
      } catch (error) {
        console.error('[mock-api] event listener failed', error);
      }
    }
    return event;
  }

  subscribe(listener: HubListener, info?: SubscriberInfo): () => void {
    this.listeners.set(listener, info);
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

  /** The subscribers that described themselves (the event streams). */
  subscribers(): SubscriberInfo[] {
    return [...this.listeners.values()].filter((info): info is SubscriberInfo => !!info);
  }
}
