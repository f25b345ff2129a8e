/**
 * "Call back" from an opened voicemail: fires the cancelable `dialstack-call-back`, then, with a
 * `user-id`, places the call (`POST /v1/calls`) and tracks its state per voicemail (lazily loaded).
 */
import { dispatchDialstackEvent } from '../../src/base/events';
import { createCallBack, type Voicemail } from './voicemails.data';
import type { CallBackView } from './voicemail-detail';
import { errorReason } from './voicemails.feedback';
import type { VoicemailsHost } from './voicemails.host';
import type { CallBackDetail } from './voicemails.types';

export class CallBackController {
  private readonly view: VoicemailsHost;
  private views: ReadonlyMap<string, CallBackView> = new Map();

  constructor(view: VoicemailsHost) {
    this.view = view;
  }

  get(id: string): CallBackView | undefined {
    return this.views.get(id);
  }

  async callBack(item: Voicemail): Promise<void> {
    const view = this.view;
    const detail: CallBackDetail = { phoneNumber: item.from_number, id: item.id, item };
    const proceed = dispatchDialstackEvent(view.host, 'dialstack-call-back', detail, {
      cancelable: true,
    });
    const client = view.client();
    const userId = view.userId();
    if (!proceed || !userId || !client) return;
    this.set(item.id, { state: 'pending' });
    try {
      await createCallBack(client, userId, item.from_number);
      this.set(item.id, { state: 'queued' });
    } catch (error) {
      this.set(item.id, { state: 'failed', reason: errorReason(view.i18n(), error) });
    }
  }

  /** Forgets every call back (after `logout()`). */
  reset(): void {
    this.views = new Map();
    this.view.host.requestUpdate();
  }

  private set(id: string, view: CallBackView): void {
    const next = new Map(this.views);
    next.set(id, view);
    this.views = next;
    this.view.host.requestUpdate();
  }
}
