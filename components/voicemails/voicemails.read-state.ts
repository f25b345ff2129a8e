/**
 * Read/unread changes (one voicemail, a bulk selection, or "heard" on play): optimistic, with a
 * per-voicemail version so a late rollback never undoes a newer change. It ships up front:
 * the rows change the moment a button is pressed, even before the interactive chunk arrives.
 */
import { setVoicemailRead, type Voicemail } from './voicemails.data';
import { errorReason } from './voicemails.feedback';
import type { VoicemailsHost } from './voicemails.host';

export type ReadOrigin = 'play' | 'action' | 'bulk';

export class ReadStateController {
  private readonly view: VoicemailsHost;
  /** Per-voicemail version of `is_read` changes. */
  private readonly versions = new Map<string, number>();

  constructor(view: VoicemailsHost) {
    this.view = view;
  }

  /** Optimistic read/unread: the rows change now; a refusal rolls back and says why. */
  async setRead(ids: readonly string[], isRead: boolean, origin: ReadOrigin): Promise<void> {
    const view = this.view;
    const client = view.client();
    if (!client) return;
    const targets = view.items().filter((item) => ids.includes(item.id) && item.is_read !== isRead);
    if (targets.length === 0) return;
    const readAt = isRead ? new Date().toISOString() : null;
    const versions = new Map<string, number>();
    for (const item of targets) {
      const version = (this.versions.get(item.id) ?? 0) + 1;
      this.versions.set(item.id, version);
      versions.set(item.id, version);
      view.patchItem(item.id, (current) => ({ ...current, is_read: isRead, read_at: readAt }));
    }
    this.updateUnread(
      targets.map((item) => item.id),
      !isRead,
    );
    // This element is the change's origin: its own lists are not reloaded by the invalidation.
    const results = await Promise.allSettled(
      targets.map((item) => setVoicemailRead(client, item.id, isRead, { origin: view.host })),
    );
    const failed: { item: Voicemail; error: unknown }[] = [];
    results.forEach((result, index) => {
      const item = targets[index]!;
      if (this.versions.get(item.id) !== versions.get(item.id)) return; // superseded
      if (result.status === 'fulfilled') {
        const server = result.value;
        if (server && typeof server === 'object') {
          view.patchItem(item.id, (current) => ({ ...current, read_at: server.read_at ?? readAt }));
        }
      } else {
        failed.push({ item, error: result.reason });
        view.patchItem(item.id, (current) => ({
          ...current,
          is_read: item.is_read,
          read_at: item.read_at ?? null,
        }));
        this.updateUnread([item.id], !item.is_read);
      }
    });
    const i18n = view.i18n();
    if (failed.length) {
      const reason = errorReason(i18n, failed[0]!.error);
      if (origin === 'bulk' && targets.length > 1) {
        view.showError(view.tv('bulkReadFailed', { count: failed.length, reason }));
      } else {
        const caller = view.callerName(failed[0]!.item);
        view.showError(view.tv(isRead ? 'readFailed' : 'unreadFailed', { caller, reason }));
      }
    } else if (origin === 'bulk') {
      view.announce(
        view.tv(isRead ? 'markedReadMany' : 'markedUnreadMany', { count: targets.length }),
      );
    } else if (origin === 'action') {
      view.announce(view.tv(isRead ? 'markedRead' : 'markedUnread'));
    }
  }

  private updateUnread(ids: readonly string[], unread: boolean): void {
    const next = new Set(this.view.unreadIds());
    for (const id of ids) {
      if (unread) next.add(id);
      else next.delete(id);
      this.view.recordChange(id, unread ? 'unread' : 'read');
    }
    this.view.setUnreadIds(next);
  }
}
