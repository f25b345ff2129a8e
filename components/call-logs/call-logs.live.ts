import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DialstackInstance } from '../../src/core/types';

/** A call ringing or in progress, for the live strip. */
export interface LiveCall {
  id: string;
  state: 'ringing' | 'inProgress';
  from: string;
  to: string;
}

export interface LiveCallsOptions {
  /** The instance whose event stream to follow (undefined: none). */
  instance: () => DialstackInstance | undefined;
  /** A call ended (`call.end`); it has left `calls` already. */
  onEnd: (id: string) => void;
}

/**
 * The calls ringing or in progress on the account (at most five, newest first), from the
 * instance's shared event stream; subscribed while the host is connected to an instance.
 */
export class LiveCallsController implements ReactiveController {
  /** Ringing and answered calls, newest first. */
  calls: readonly LiveCall[] = [];
  private subscribed?: DialstackInstance;
  private unsubscribers: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LiveCallsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.unsubscribe();
  }

  /** Forgets the calls shown (after logout). */
  clear(): void {
    if (this.calls.length === 0) return;
    this.calls = [];
    this.host.requestUpdate();
  }

  private sync(): void {
    const instance = this.options.instance();
    if (instance === this.subscribed) return;
    this.unsubscribe();
    this.subscribed = instance;
    if (!instance) return;
    this.unsubscribers = [
      instance.on('call.incoming', (e) => this.track(e.call_id, 'ringing', e)),
      instance.on('call.ringing', (e) => this.track(e.call_id, 'ringing', e)),
      instance.on('call.initiated', (e) => this.track(e.call_id, 'ringing', e)),
      instance.on('call.answered', (e) => this.track(e.call_id, 'inProgress', e)),
      instance.on('call.end', (e) => {
        const id = e?.call_id;
        if (typeof id !== 'string' || !id) return;
        this.set(this.calls.filter((c) => c.id !== id));
        this.options.onEnd(id);
      }),
    ];
  }

  private unsubscribe(): void {
    for (const off of this.unsubscribers) off();
    this.unsubscribers = [];
    this.subscribed = undefined;
  }

  private track(
    id: string,
    state: LiveCall['state'],
    event: { from_number: string; to_number: string },
  ): void {
    if (typeof id !== 'string' || !id) return;
    const existing = this.calls.find((c) => c.id === id);
    if (existing && existing.state === 'inProgress' && state === 'ringing') return;
    const next: LiveCall = {
      id,
      state,
      from: String(event.from_number ?? ''),
      to: String(event.to_number ?? ''),
    };
    this.set([next, ...this.calls.filter((c) => c.id !== id)].slice(0, 5));
  }

  private set(calls: readonly LiveCall[]): void {
    this.calls = calls;
    this.host.requestUpdate();
  }
}
