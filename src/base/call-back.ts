/**
 * "Call back", the same for every element that offers it (call history, voicemails): fires the
 * cancelable `dialstack-call-back`; then, when the host let it and a user is set, places the call
 * (`POST /v1/calls`: that user's phones ring first, 202 = queued) and keeps its status per key
 * (the contact, a voicemail id) for the element's own status view. One call per key at a time.
 * Not exported from `src/base/index.ts`: voicemails load it lazily with their other actions.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createCall } from '../api/calls';
import type { DialstackClient } from '../core/types';
import { isAbortError } from './load-error';
import { dispatchDialstackEvent, type CallBackDetail } from './events';

/** Where a call back stands; no status (`undefined`) means none was started or it was dismissed. */
export type CallBackStatus =
  { state: 'calling' } | { state: 'queued' } | { state: 'failed'; reason: string | undefined };

export interface CallBackOptions {
  client(): DialstackClient | undefined;
  /** The user whose phones ring first; without one, only the event fires. */
  userId(): string | undefined;
  /** The text saying why the call could not be placed (none: a generic message). */
  reason(error: unknown): string | undefined;
  /** How long "queued" stays before it goes by itself (ms); it stays when omitted. */
  queuedMs?: number;
}

export interface CallBackRequest<D extends CallBackDetail> {
  /** What the status is kept under. */
  key: string;
  /** `detail` of `dialstack-call-back`; `phoneNumber` is the number dialled. */
  detail: D;
  /** Aborts the request when the element moves on (another contact, disconnected). */
  signal?: AbortSignal;
}

export class CallBackController implements ReactiveController {
  private statuses: ReadonlyMap<string, CallBackStatus> = new Map();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CallBackOptions,
  ) {
    host.addController(this);
  }

  get(key: string): CallBackStatus | undefined {
    return this.statuses.get(key);
  }

  /** Fires the event and, unless cancelled and with a user, places the call once. */
  async call<D extends CallBackDetail>({ key, detail, signal }: CallBackRequest<D>): Promise<void> {
    if (signal?.aborted || this.get(key)?.state === 'calling') return;
    const proceed = dispatchDialstackEvent(this.host, 'dialstack-call-back', detail, {
      cancelable: true,
    });
    const userId = this.options.userId()?.trim();
    const client = this.options.client();
    if (!proceed || !userId || !client) return;
    this.set(key, { state: 'calling' });
    try {
      await createCall(client, { user_id: userId, dial_string: detail.phoneNumber }, { signal });
      if (signal?.aborted) return this.forgetCalling(key);
      this.set(key, { state: 'queued' });
      const queuedMs = this.options.queuedMs;
      if (queuedMs !== undefined) {
        this.timers.set(
          key,
          setTimeout(() => {
            if (this.get(key)?.state === 'queued') this.dismiss(key);
          }, queuedMs),
        );
      }
    } catch (error) {
      if (signal?.aborted || isAbortError(error)) return this.forgetCalling(key);
      this.set(key, { state: 'failed', reason: this.options.reason(error) });
    }
  }

  /** Clears one key's status (the person dismissed it). */
  dismiss(key: string): void {
    this.clearTimer(key);
    if (!this.statuses.has(key)) return;
    const next = new Map(this.statuses);
    next.delete(key);
    this.statuses = next;
    this.host.requestUpdate();
  }

  /** Forgets every status (another contact, `logout()`). */
  reset(): void {
    for (const key of [...this.timers.keys()]) this.clearTimer(key);
    if (!this.statuses.size) return;
    this.statuses = new Map();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    for (const key of [...this.timers.keys()]) this.clearTimer(key);
  }

  /** An aborted call leaves no "Calling…" behind. */
  private forgetCalling(key: string): void {
    if (this.get(key)?.state === 'calling') this.dismiss(key);
  }

  private set(key: string, status: CallBackStatus): void {
    this.clearTimer(key);
    const next = new Map(this.statuses);
    next.set(key, status);
    this.statuses = next;
    this.host.requestUpdate();
  }

  private clearTimer(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }
}
