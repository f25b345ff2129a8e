/**
 * Live arrivals: after a `call.end` that went to voicemail, re-fetches the head of the list (a
 * few times, as the voicemail may be saved after the event) and puts newer voicemails on top
 * (lazily loaded; the subscription itself is in voicemails.live.ts).
 */
import type { ReactiveController } from 'lit';
import { realTiming } from '../../src/core/timing';
import type { ListPage } from '../../src/core/types';
import { listVoicemails, type Voicemail } from './voicemails.data';
import type { VoicemailsHost } from './voicemails.host';

/** A `call.end` may arrive before the voicemail is saved: re-check the head this many times. */
const ARRIVAL_ATTEMPTS = 4;

export class ArrivalsController implements ReactiveController {
  private readonly view: VoicemailsHost;
  private abort?: AbortController;

  constructor(view: VoicemailsHost) {
    this.view = view;
    view.host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Stops an arrival check in flight (disconnected, logout). */
  cancel(): void {
    this.abort?.abort();
  }

  /** Refetches the head of the current list and puts voicemails newer than the newest on top. */
  async fetch(): Promise<void> {
    const view = this.view;
    const client = view.client();
    if (!client) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const key = view.listKey();
    for (let attempt = 0; attempt < ARRIVAL_ATTEMPTS; attempt++) {
      if (attempt > 0) await realTiming.sleep(1000 * attempt, abort.signal).catch(() => undefined);
      if (abort.signal.aborted || key !== view.listKey()) return;
      let page: ListPage<Voicemail>;
      try {
        page = await listVoicemails(
          client,
          {
            owner: view.owner(),
            isRead: view.filter() === 'unread' ? false : undefined,
            limit: view.limit(),
          },
          abort.signal,
          true,
        );
      } catch {
        continue;
      }
      if (abort.signal.aborted || key !== view.listKey()) return;
      const items = view.items();
      const known = new Set(items.map((item) => item.id));
      const newest = items[0]?.created_at;
      const fresh = page.data.filter(
        (item) => !known.has(item.id) && (!newest || item.created_at >= newest),
      );
      if (fresh.length === 0) continue;
      // Each goes on top: the oldest first, so the newest ends up first.
      for (const item of [...fresh].reverse()) view.list().upsert(item);
      view.setArrivals(new Set([...view.arrivals(), ...fresh.map((item) => item.id)]));
      const unread = fresh.filter((item) => !item.is_read).map((item) => item.id);
      if (unread.length) view.setUnreadIds(new Set([...view.unreadIds(), ...unread]));
      const allCount = view.allCount();
      if (view.filter() !== 'all' && allCount) {
        view.setAllCount({ ...allCount, count: allCount.count + fresh.length });
      }
      view.announce(
        fresh.length === 1
          ? view.tv('newVoicemail', { caller: view.callerName(fresh[0]!) })
          : view.tv('newArrivals', { count: fresh.length }),
      );
      return;
    }
  }
}
