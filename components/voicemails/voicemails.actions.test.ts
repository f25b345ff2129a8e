import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Voicemail } from './voicemails';
import { fail } from '../../test/support/mock';
import './define';
import {
  facts,
  until,
  requests,
  api,
  allVoicemails,
  mount,
  root,
  part,
  rows,
  rowIds,
  row,
  text,
  buttonByText,
  detailRoot,
  toast,
  dialog,
  deepActive,
  settled,
  loaded,
  open,
  UNDO_MS,
  fakeClock,
  pastUndoWindow,
  confirmDialog,
} from './voicemails.test-support';

describe('<dialstack-voicemails>', function () {
  this.timeout(30_000);

  describe('delete', () => {
    it('confirms in an accessible dialog: focus moves in, Escape closes, focus returns', async () => {
      const el = await mount();
      await loaded(el);
      const id = rowIds(el)[0]!;
      const pane = await open(el, id);
      const del = pane.querySelector<HTMLButtonElement>('.detail__delete')!;
      del.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => dialog(el)?.open, 'dialog open');
      expect(dialog(el)!.getAttribute('role')).to.equal('alertdialog');
      expect(text(dialog(el)!.querySelector('h2'))).to.equal('Delete this voicemail?');
      expect(dialog(el)!.contains(deepActive())).to.equal(true);
      expect(text(deepActive())).to.equal('Cancel');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog(el), 'dialog closed');
      expect(deepActive()).to.equal(del);
      expect(row(el, id)).to.exist;
      expect(requests('DELETE')).to.have.length(0);
    });

    it('offers Undo, and sends no DELETE after undo', async () => {
      const el = await mount({ 'undo-timeout': UNDO_MS });
      await loaded(el);
      // Background loading done, so the fake clock has no request in flight to time out.
      await until(() => el.unreadCount === facts.counts.unreadVoicemails, 'unread count');
      const id = rowIds(el)[1]!;
      const pane = await open(el, id);
      const clock = fakeClock();
      pane.querySelector<HTMLButtonElement>('.detail__delete')!.click();
      await confirmDialog(el);
      expect(row(el, id)).to.equal(null);
      await until(() => toast(el), 'undo toast');
      expect(text(toast(el))).to.contain('Voicemail deleted');
      // Focusing Undo (as a keyboard user would) holds the toast open.
      const undo = buttonByText(toast(el)!, /^Undo$/)!;
      undo.focus();
      await settled(el);
      await expect(el).to.be.accessible();
      undo.click();
      await until(() => row(el, id), 'row restored');
      expect(rowIds(el)[1]).to.equal(id);
      await pastUndoWindow(clock);
      expect(requests('DELETE')).to.have.length(0);
      clock.restore();
      expect((await api<Voicemail>(`/v1/voicemails/${id}`)).status).to.equal(200);
    });

    it('sends the DELETE when the undo window ends', async () => {
      const el = await mount({ 'undo-timeout': UNDO_MS });
      await loaded(el);
      const id = rowIds(el)[0]!;
      await until(() => el.unreadCount === facts.counts.unreadVoicemails, 'unread count');
      const unreadBefore = el.unreadCount;
      const wasUnread = row(el, id)!.classList.contains('row--unread');
      await open(el, id);
      const clock = fakeClock();
      detailRoot(el)!.querySelector<HTMLButtonElement>('.detail__delete')!.click();
      await confirmDialog(el);
      expect(requests('DELETE')).to.have.length(0);
      // Focus moved to the next voicemail, not lost.
      await until(() => deepActive()?.closest('[part~="row"]'), 'focus on the next row');
      const deletedEvent = oneEvent(el, 'dialstack-voicemail-delete');
      // The positive control of the test above: the same wait does send the DELETE.
      await pastUndoWindow(clock);
      expect(requests('DELETE', `/v1/voicemails/${id}`)).to.have.length(1);
      clock.restore();
      const deleted = await deletedEvent;
      expect(deleted.detail.id).to.equal(id);
      expect(requests('DELETE', `/v1/voicemails/${id}`)).to.have.length(1);
      expect((await api(`/v1/voicemails/${id}`)).status).to.equal(404);
      expect(row(el, id)).to.equal(null);
      expect(el.unreadCount).to.equal(wasUnread ? unreadBefore - 1 : unreadBefore);
    });

    it('restores the row and says why when the DELETE fails', async () => {
      const el = await mount({ 'undo-timeout': 1000 });
      await loaded(el);
      const id = rowIds(el)[2]!;
      await fail({ method: 'DELETE', path: `/v1/voicemails/${id}`, status: 500 });
      await open(el, id);
      detailRoot(el)!.querySelector<HTMLButtonElement>('.detail__delete')!.click();
      await confirmDialog(el);
      expect(row(el, id)).to.equal(null);
      await until(() => row(el, id), 'row restored after the failure', { timeout: 5000 });
      expect(rowIds(el)[2]).to.equal(id);
      await until(
        () => text(toast(el)).includes('We couldn’t delete the voicemail'),
        'failure message',
      );
      expect(text(toast(el))).to.contain('It’s back in your inbox.');
      await settled(el);
      expect((await api(`/v1/voicemails/${id}`)).status).to.equal(200);
      await expect(el).to.be.accessible();
    });
  });

  describe('bulk actions', () => {
    it('selects with labelled checkboxes and marks read in bulk', async () => {
      const el = await mount();
      await loaded(el);
      const unreadRows = rows(el)
        .filter((r) => r.classList.contains('row--unread'))
        .slice(0, 3);
      const ids = unreadRows.map((r) => r.dataset.id!);
      for (const r of unreadRows) {
        const box = r.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
        expect(box.getAttribute('aria-label')).to.match(/^Select voicemail from /);
        box.click();
      }
      await el.updateComplete;
      const bar = part(el, 'bulk-bar')!;
      expect(text(bar)).to.contain('3 selected');
      await expect(el).to.be.accessible();
      // The unread count is walked in the background; take it once it is known.
      await until(() => el.unreadCount >= 3, 'unread count known');
      const before = el.unreadCount;
      buttonByText(bar, /^Mark read$/)!.click();
      await el.updateComplete;
      expect(ids.every((id) => !row(el, id)!.classList.contains('row--unread'))).to.equal(true);
      expect(el.unreadCount).to.equal(before - 3);
      await until(() => requests('POST').length === 3, 'three POSTs');
      expect(
        requests('POST')
          .map((r) => r.path)
          .sort(),
      ).to.deep.equal(ids.map((id) => `/v1/voicemails/${id}`).sort());
      for (const id of ids) {
        await until(
          async () => (await api<Voicemail>(`/v1/voicemails/${id}`)).body.is_read,
          `${id} read`,
        );
      }
    });

    it('deletes in bulk with the same confirmation and undo', async () => {
      const el = await mount({ 'undo-timeout': UNDO_MS });
      await loaded(el);
      await until(() => el.unreadCount === facts.counts.unreadVoicemails, 'unread count');
      const clock = fakeClock();
      const ids = rowIds(el).slice(0, 3);
      for (const id of ids)
        row(el, id)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await el.updateComplete;
      buttonByText(part(el, 'bulk-bar')!, /^Delete$/)!.click();
      await until(() => dialog(el)?.open, 'dialog');
      expect(text(dialog(el)!.querySelector('h2'))).to.equal('Delete 3 voicemails?');
      await confirmDialog(el);
      expect(ids.some((id) => row(el, id))).to.equal(false);
      await until(() => toast(el), 'undo toast');
      expect(text(toast(el))).to.contain('3 voicemails deleted');
      buttonByText(toast(el)!, /^Undo$/)!.click();
      await until(() => ids.every((id) => row(el, id)), 'restored');
      await pastUndoWindow(clock);
      expect(requests('DELETE')).to.have.length(0);

      // Select all, then delete for real.
      const selectAll = root(el).querySelector<HTMLInputElement>('.select-all input')!;
      for (const id of ids)
        row(el, id)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await el.updateComplete;
      expect(text(part(el, 'bulk-bar'))).to.contain('3 selected');
      expect(selectAll.indeterminate).to.equal(true);
      buttonByText(part(el, 'bulk-bar')!, /^Delete$/)!.click();
      await confirmDialog(el);
      await pastUndoWindow(clock);
      clock.restore();
      await until(() => requests('DELETE').length === 3, 'three DELETEs', { timeout: 5000 });
      for (const id of ids) {
        await until(async () => (await api(`/v1/voicemails/${id}`)).status === 404, `${id} gone`);
      }
      expect(part(el, 'bulk-bar')).to.equal(null);
    });
  });

  describe('mark read / unread from the detail', () => {
    it('toggles read state and keeps the unread count in step', async () => {
      const el = await mount();
      await loaded(el);
      const id = (await allVoicemails()).slice(0, 25).find((v) => v.is_read)!.id;
      await until(() => el.unreadCount === facts.counts.unreadVoicemails, 'unread count');
      const pane = await open(el, id);
      buttonByText(pane, /^Mark as unread$/)!.click();
      await el.updateComplete;
      expect(row(el, id)!.classList.contains('row--unread')).to.equal(true);
      expect(el.unreadCount).to.equal(facts.counts.unreadVoicemails + 1);
      await until(
        async () => !(await api<Voicemail>(`/v1/voicemails/${id}`)).body.is_read,
        'unread on the server',
      );
      buttonByText(pane, /^Mark as read$/)!.click();
      await el.updateComplete;
      expect(el.unreadCount).to.equal(facts.counts.unreadVoicemails);
      await until(
        async () => (await api<Voicemail>(`/v1/voicemails/${id}`)).body.is_read,
        'read on the server',
      );
    });
  });
});
