import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DialstackInstance, LiveEventHandler, LiveEventType } from '../core/types';

/**
 * Subscribes to the instance's live event stream (`instance.on`) while the host is connected
 * and has an instance: it resubscribes when the element is moved in the DOM or the instance
 * changes, and unsubscribes on disconnect and after logout. The instance's one SSE connection
 * opens with the first subscriber on the page and closes after the last.
 *
 * ```ts
 * private readonly live = new LiveEventsController(this, () => this.instance, 'call.end',
 *   (event) => this.onCallEnd(event));
 * ```
 */
export class LiveEventsController<K extends LiveEventType | '*'> implements ReactiveController {
  private subscribed?: DialstackInstance;
  private unsubscribe?: () => void;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly instance: () => DialstackInstance | undefined,
    private readonly type: K,
    private readonly handler: LiveEventHandler<K>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Subscribes to the current instance (once), or unsubscribes when there is none. */
  sync(): void {
    const instance = this.connected ? this.instance() : undefined;
    if (instance === this.subscribed) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribed = instance;
    if (instance) this.unsubscribe = instance.on(this.type, this.handler);
  }
}
