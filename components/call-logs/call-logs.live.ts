import type { ReactiveControllerHost } from 'lit';
import { LiveEventsController } from '../../src/base/live-events';
import type { DialstackInstance, LiveEvent } from '../../src/core/types';

/** A call ringing or in progress, for the live strip. */
export interface LiveCall {
  id: string;
  state: 'ringing' | 'inProgress';
  from: string;
  to: string;
}

/**
 * The calls ringing or in progress on the account (at most five, newest first), from the
 * instance's shared event stream; `onEnd` hears of every call that ended.
 */
export class LiveCallsController {
  /** Ringing and answered calls, newest first. */
  calls: readonly LiveCall[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    instance: () => DialstackInstance | undefined,
    private readonly onEnd: (id: string) => void,
  ) {
    new LiveEventsController(host, instance, '*', (event) => this.handle(event));
  }

  /** Forgets the calls shown (after logout). */
  clear(): void {
    if (this.calls.length) this.set([]);
  }

  private handle(event: LiveEvent): void {
    const id = event?.call_id;
    if (typeof id !== 'string' || !id) return;
    switch (event.event) {
      case 'call.incoming':
      case 'call.ringing':
      case 'call.initiated':
        this.track(id, 'ringing', event);
        return;
      case 'call.answered':
        this.track(id, 'inProgress', event);
        return;
      case 'call.end':
        this.set(this.calls.filter((c) => c.id !== id));
        this.onEnd(id);
        return;
      default:
        return;
    }
  }

  private track(
    id: string,
    state: LiveCall['state'],
    event: { from_number: string; to_number: string },
  ): void {
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
