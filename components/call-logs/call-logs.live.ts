import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { LiveEventsController } from '../../src/base/live-events';
import type { DialstackInstance, LiveEvent } from '../../src/core/types';
import { callPartyText, renderLiveIndicator } from '../../src/ui/calls';
import type { CallLogsText } from './call-logs.text';

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

  /** The live strip (nothing when no call is live). */
  render(text: CallLogsText): TemplateResult | typeof nothing {
    if (this.calls.length === 0) return nothing;
    const d = text.display;
    return html`<ul class="live" part="live" aria-label=${text.t('callLogs.live.label')}>
      ${repeat(
        this.calls,
        (c) => c.id,
        (c) =>
          html`<li>
            ${renderLiveIndicator(c.state, d)}
            <span>${callPartyText(c.from, null, d)} → ${callPartyText(c.to, null, d)}</span>
          </li>`,
      )}
    </ul>`;
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
