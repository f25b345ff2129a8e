/**
 * The live subscription: listens to the instance's `call.end` events while connected (once per
 * instance) and reports calls that went to voicemail. What happens then is in
 * voicemails.arrivals.ts, loaded with the interactive chunk.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CallEndEvent, DialstackInstance } from '../../src/core/types';

export class LiveSubscriptionController implements ReactiveController {
  private readonly instance: () => DialstackInstance | undefined;
  private readonly onVoicemail: () => void;
  private liveInstance?: DialstackInstance;
  private unsubscribe?: () => void;

  constructor(
    host: ReactiveControllerHost,
    instance: () => DialstackInstance | undefined,
    onVoicemail: () => void,
  ) {
    this.instance = instance;
    this.onVoicemail = onVoicemail;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Subscribes to the current instance's `call.end` events (once per instance). */
  sync(): void {
    const instance = this.instance();
    if (instance === this.liveInstance) return;
    this.stop();
    this.liveInstance = instance;
    if (instance) this.unsubscribe = instance.on('call.end', this.onCallEnd);
  }

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.liveInstance = undefined;
  }

  private readonly onCallEnd = (event: CallEndEvent): void => {
    if (event.status === 'voicemail') this.onVoicemail();
  };
}
