import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { fail, resetMock } from '../../test/support/mock';
import type { CallLog } from './call-logs.data';
import type { DialstackCallLogs } from './call-logs';
import {
  detailRoot,
  facts,
  instance,
  items,
  loaded,
  mount,
  part,
  root,
  rowFor,
  rows,
  text,
  useFreshMock,
  waitUntil,
} from './call-logs.test-support';

useFreshMock();

describe('<dialstack-call-logs>', function () {
  this.timeout(30_000);

  describe('detail panel', () => {
    it('replaces the list in a narrow container, with a way back', async () => {
      const el = document.createElement('dialstack-call-logs') as DialstackCallLogs;
      el.dialstack = instance;
      await fixture(html`<div style="width: 700px">${el}</div>`);
      await loaded(el);
      const pane = root(el).querySelector<HTMLElement>('.pane')!;
      expect(getComputedStyle(pane).display).to.not.equal('none', 'the list shows');
      rows(el)[0]!.click();
      await waitUntil(() => detailRoot(el)?.querySelector('.detail__back'), 'the panel');
      const back = detailRoot(el)!.querySelector<HTMLElement>('.detail__back')!;
      const close = detailRoot(el)!.querySelector<HTMLElement>('.detail__close')!;
      expect(getComputedStyle(pane).display).to.equal('none', 'the panel replaces the list');
      expect(getComputedStyle(back).display).to.not.equal('none', 'a back button');
      expect(getComputedStyle(close).display).to.equal('none');
      await expect(el).to.be.accessible();
      back.click();
      await waitUntil(() => !part(el, 'detail'), 'closed');
      await waitUntil(() => root(el).activeElement === rows(el)[0], 'focus back on the row');
      expect(getComputedStyle(pane).display).to.not.equal('none');
    });

    it('opens on click with times, legs, summary, recording and transcript', async () => {
      const el = await mount();
      await loaded(el);
      const id = facts.calls.inboundRecordedCompletedTranscript!;
      const row = await rowFor(el, id);
      const selected = oneEvent(el, 'dialstack-row-select');
      row.click();
      const event = await selected;
      expect(event.detail.id).to.equal(id);
      expect((event.detail.item as CallLog).id).to.equal(id);
      const detail = await waitUntil(() => part(el, 'detail')).then(() => part(el, 'detail')!);
      expect(row.getAttribute('aria-selected')).to.equal('true');
      const call = items(el).find((c) => c.id === id)!;
      expect(text(detail)).to.contain('Started').and.contain('Answered').and.contain('Ended');
      expect(text(detail)).to.contain(call.summary!);
      expect(detail.shadowRoot!.querySelectorAll('.legs tbody tr')).to.have.length(
        call.quality_metrics!.length,
      );
      await waitUntil(() => part(el, 'player'), 'recording player');
      const player = part(el, 'player')!;
      expect(player.getAttribute('aria-label')).to.match(/^Call recording, /);
      expect(player.querySelector('button')!.getAttribute('aria-label')).to.match(
        /^Play Call recording/,
      );
      expect(player.querySelector<HTMLAnchorElement>('a[download]')!.href).to.match(/recordings/);
      await waitUntil(() => part(el, 'transcript'), 'transcript text');
      const transcript = await instance.client.get<{ text: string }>(`/v1/calls/${id}/transcript`);
      expect(text(part(el, 'transcript'))).to.equal(transcript.text.replace(/\s+/g, ' ').trim());
      await expect(el).to.be.accessible();
    });

    it('keeps the panel closed when the host cancels dialstack-row-select', async () => {
      const el = await mount();
      await loaded(el);
      let cancel = false;
      el.addEventListener('dialstack-row-select', (e) => {
        if (cancel) e.preventDefault();
      });
      // Positive control, first: uncancelled, a click opens the panel (its lazy chunk loads).
      rows(el)[1]!.click();
      await waitUntil(() => part(el, 'detail'), 'the panel opens when not cancelled');
      part(el, 'detail')!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      );
      await waitUntil(() => !part(el, 'detail'), 'the panel closes');

      cancel = true;
      rows(el)[0]!.click();
      await el.updateComplete;
      expect(part(el, 'detail')).to.equal(null);
      // The same wait is enough to see it open once the host lets it.
      cancel = false;
      rows(el)[0]!.click();
      await el.updateComplete;
      expect(part(el, 'detail')).to.not.equal(null);
    });

    it('says so when a call has no recording (404) and no transcript', async () => {
      const el = await mount({ status: 'no-answer' });
      await loaded(el);
      rows(el)[0]!.click();
      await waitUntil(
        () => part(el, 'recording-none') && part(el, 'transcript-none'),
        'none states',
      );
      expect(text(part(el, 'recording-none'))).to.equal('No recording');
      expect(text(part(el, 'transcript-none'))).to.equal('No transcript');
      expect(text(part(el, 'detail'))).to.contain('Not answered');
      await expect(el).to.be.accessible();
    });

    it('shows a recording error with retry', async () => {
      const id = facts.calls.inboundRecordedCompletedTranscript!;
      await fail({ method: 'GET', path: `/v1/calls/${id}/recording`, status: 500, times: 5 });
      const el = await mount();
      await loaded(el);
      (await rowFor(el, id)).click();
      await waitUntil(() => part(el, 'recording-error'), 'recording error');
      await expect(el).to.be.accessible();
      await resetMock();
      part(el, 'recording-error')!.querySelector('button')!.click();
      await waitUntil(() => part(el, 'player'), 'player after retry');
    });

    it('fetches a fresh signed URL when playback fails', async () => {
      const id = facts.calls.inboundRecordedCompletedTranscript!;
      const el = await mount();
      await loaded(el);
      (await rowFor(el, id)).click();
      await waitUntil(() => part(el, 'player'), 'player');
      // The media URL stops working (as an expired signed URL does).
      await fail({ method: 'GET', path: '/mock-media/recordings/*', status: 403, times: 1 });
      const spy = sinon.spy(instance.client, 'get');
      part(el, 'player')!.querySelector<HTMLButtonElement>('.player__toggle')!.click();
      await waitUntil(
        () => spy.getCalls().some((c) => String(c.args[0]).endsWith(`${id}/recording`)),
        'a fresh URL after the media error',
      );
      await waitUntil(
        () =>
          /^Pause/.test(
            part(el, 'player')?.querySelector('.player__toggle')?.getAttribute('aria-label') ?? '',
          ),
        'playing from the fresh URL',
      );
    });

    it('re-fetches the signed URL before playing once it has expired', async () => {
      const id = facts.calls.inboundRecordedCompletedTranscript!;
      const el = await mount();
      await loaded(el);
      (await rowFor(el, id)).click();
      await waitUntil(() => part(el, 'player'), 'player');
      const spy = sinon.spy(instance.client, 'get');
      // Eleven minutes later the ten-minute URL has expired.
      const now = Date.now();
      sinon.stub(Date, 'now').returns(now + 11 * 60_000);
      part(el, 'player')!.querySelector<HTMLButtonElement>('.player__toggle')!.click();
      await waitUntil(
        () => spy.getCalls().some((c) => String(c.args[0]).endsWith(`${id}/recording`)),
        'a fresh URL is requested before playing',
      );
    });

    it('shows pending and processing transcripts and re-checks them until done', async () => {
      const id = facts.calls.outboundCallBackProcessingTranscript!;
      const clock = sinon.useFakeTimers({
        toFake: ['setTimeout', 'clearTimeout'],
        shouldClearNativeTimers: true,
        shouldAdvanceTime: true,
      });
      const realGet = instance.client.get.bind(instance.client);
      let transcriptRequests = 0;
      sinon.stub(instance.client, 'get').callsFake(async (path: string, options?: object) => {
        if (path.endsWith('/transcript')) {
          transcriptRequests += 1;
          if (transcriptRequests === 1) return { call_id: id, status: 'pending', text: null };
          if (transcriptRequests === 2) return { call_id: id, status: 'processing', text: null };
          return { call_id: id, status: 'completed', text: 'Hello <b>there</b>' };
        }
        return realGet(path, options as never);
      });
      const el = await mount();
      await loaded(el);
      (await rowFor(el, id)).click();
      await waitUntil(() => part(el, 'transcript-pending')?.dataset.status === 'pending');
      await expect(el).to.be.accessible();
      await clock.tickAsync(4100);
      await waitUntil(() => part(el, 'transcript-pending')?.dataset.status === 'processing');
      await clock.tickAsync(6100);
      await waitUntil(() => part(el, 'transcript'), 'completed after re-checks');
      expect(text(part(el, 'transcript'))).to.equal('Hello <b>there</b>', 'text, never HTML');
      expect(part(el, 'transcript')!.querySelector('b')).to.equal(null);
      expect(transcriptRequests).to.equal(3);
      clock.restore();
    });

    it('shows a failed transcript as such', async () => {
      const id = facts.calls.billingFailedTranscript!;
      const el = await mount();
      await loaded(el);
      (await rowFor(el, id)).click();
      await waitUntil(() => part(el, 'transcript-failed'));
      expect(text(part(el, 'transcript-failed'))).to.contain('Transcription failed');
    });

    it('shows a transcript load error with retry', async () => {
      const id = facts.calls.inboundRecordedCompletedTranscript!;
      await fail({ method: 'GET', path: `/v1/calls/${id}/transcript`, status: 500, times: 5 });
      const el = await mount();
      await loaded(el);
      (await rowFor(el, id)).click();
      await waitUntil(() => part(el, 'transcript-error'), 'transcript error', { timeout: 8000 });
      await resetMock();
      part(el, 'transcript-error')!.querySelector('button')!.click();
      await waitUntil(() => part(el, 'transcript'));
    });
  });
});
