/**
 * Delete with confirmation and undo, for one voicemail or a bulk selection: the rows disappear
 * at once, "Undo" is offered, and the `DELETE`s are sent only when the toast goes away
 * (lazily loaded).
 */
import { dispatchDialstackEvent } from '../../src/base/events';
import type { ConfirmController } from '../../src/ui/confirm-dialog';
import type { ToastController } from '../../src/ui/toast';
import { deleteVoicemail, type Voicemail } from './voicemails.data';
import { errorReason, statusOf } from './voicemails.feedback';
import type { VoicemailsHost } from './voicemails.host';

export class DeleteController {
  private readonly view: VoicemailsHost;
  private readonly confirmer: ConfirmController;
  private readonly toasts: ToastController;

  constructor(view: VoicemailsHost, confirmer: ConfirmController, toasts: ToastController) {
    this.view = view;
    this.confirmer = confirmer;
    this.toasts = toasts;
  }

  /** Asks for confirmation, then deletes with undo. */
  async request(ids: readonly string[], opener: HTMLElement | null): Promise<void> {
    const view = this.view;
    const removing = view.removing();
    const batch = view.items().filter((item) => ids.includes(item.id) && !removing.has(item.id));
    if (batch.length === 0) return;
    const single = batch.length === 1;
    const i18n = view.i18n();
    const confirmed = await this.confirmer.confirm(
      {
        title: single
          ? view.tv('deleteConfirmTitle')
          : view.tv('deleteConfirmTitleMany', { count: batch.length }),
        message: single
          ? `${view.tv('deleteConfirmMessage', { caller: view.callerName(batch[0]!) })} ${view.tv('deleteConfirmHint')}`
          : view.tv('deleteConfirmMessageMany'),
        confirmLabel: i18n.t('common.delete'),
        cancelLabel: i18n.t('common.cancel'),
        tone: 'danger',
      },
      opener,
    );
    if (!confirmed) return;
    await this.schedule(batch);
  }

  /** Hides the rows now, offers Undo, and sends the DELETEs only when the toast goes away. */
  private async schedule(batch: Voicemail[]): Promise<void> {
    const view = this.view;
    const i18n = view.i18n();
    const ids = batch.map((item) => item.id);
    const indexBefore = view.visibleItems().findIndex((item) => ids.includes(item.id));
    const openId = view.openId();
    if (openId && ids.includes(openId)) view.closeDetail();
    view.setRemoving(new Set([...view.removing(), ...ids]));
    view.setSelected(new Set([...view.selected()].filter((id) => !ids.includes(id))));
    await view.host.updateComplete;
    this.focusAfterRemoval(indexBefore);
    const result = await this.toasts.show({
      message:
        batch.length === 1 ? view.tv('deleted') : view.tv('deletedMany', { count: batch.length }),
      actionLabel: i18n.t('common.undo'),
      dismissLabel: i18n.t('common.dismiss'),
      duration: Math.max(1000, Number(view.undoTimeout()) || 6000),
    });
    if (result === 'action') {
      view.setRemoving(new Set([...view.removing()].filter((id) => !ids.includes(id))));
      view.announce(view.tv('restored', { count: batch.length }));
      await view.host.updateComplete;
      const index = view.visibleItems().findIndex((item) => item.id === ids[0]);
      if (index >= 0) view.focusRow(index);
      return;
    }
    await this.commit(batch);
  }

  private async commit(batch: Voicemail[]): Promise<void> {
    const view = this.view;
    const client = view.client();
    const restore = (ids: string[]) => {
      view.setRemoving(new Set([...view.removing()].filter((id) => !ids.includes(id))));
    };
    if (!client) {
      restore(batch.map((item) => item.id));
      return;
    }
    const results = await Promise.allSettled(
      batch.map((item) => deleteVoicemail(client, item.id, { origin: view.host })),
    );
    const deleted: Voicemail[] = [];
    const failed: { item: Voicemail; error: unknown }[] = [];
    results.forEach((result, index) => {
      const item = batch[index]!;
      // 404: it is gone already, which is what the user asked for.
      if (result.status === 'fulfilled' || statusOf(result.reason) === 404) deleted.push(item);
      else failed.push({ item, error: result.reason });
    });
    if (deleted.length) {
      const gone = new Set(deleted.map((item) => item.id));
      for (const id of gone) view.recordChange(id, 'deleted');
      for (const id of gone) view.list().remove(id);
      view.setUnreadIds(new Set([...view.unreadIds()].filter((id) => !gone.has(id))));
      const allCount = view.allCount();
      if (view.filter() !== 'all' && allCount) {
        view.setAllCount({ ...allCount, count: Math.max(0, allCount.count - deleted.length) });
      }
      restore([...gone]);
      for (const item of deleted) {
        dispatchDialstackEvent(view.host, 'dialstack-voicemail-delete', { id: item.id, item });
      }
    }
    if (failed.length) {
      restore(failed.map((entry) => entry.item.id));
      const reason = errorReason(view.i18n(), failed[0]!.error);
      view.showError(
        failed.length === 1
          ? view.tv('deleteFailed', { caller: view.callerName(failed[0]!.item), reason })
          : view.tv('deleteFailedMany', { count: failed.length, reason }),
      );
    }
  }

  private focusAfterRemoval(index: number): void {
    const count = this.view.visibleItems().length;
    if (count > 0 && index >= 0) this.view.focusRow(Math.min(index, count - 1));
    else this.view.focusTab();
  }
}
