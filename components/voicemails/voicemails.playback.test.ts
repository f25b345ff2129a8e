import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DialstackVoicemails, Voicemail } from './voicemails';
import { fail, resetMock } from '../../test/support/mock';
import './define';
import {
  instance,
  facts,
  until,
  requests,
  api,
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
  deepActive,
  settled,
  loaded,
  open,
  play,
  fakeClock,
} from './voicemails.test-support';

describe('<dialstack-voicemails>', function () {
  this.timeout(30_000);

  describe('playback', () => {
    it('plays with an accessible player, tracks time from timeupdate, changes speed, and marks read', async () => {
      const el = await mount();
      await loaded(el);
      const id = facts.voicemails.voicemailUnreadCompleted;
      await until(() => el.unreadCount === facts.counts.unreadVoicemails, 'unread count');
      const pane = await open(el, id);
      const player = pane.querySelector<HTMLElement>('[part~="audio-player"]')!;
      expect(player.getAttribute('role')).to.equal('group');
      const slider = player.querySelector<HTMLInputElement>('input[type="range"]')!;
      expect(slider.getAttribute('aria-label')).to.equal('Seek');
      expect(slider.getAttribute('aria-valuetext')).to.match(/^0 seconds of \d+ seconds$/);
      expect(text(player.querySelector('.player__time'))).to.match(/^0:00 \/ 0:\d\d$/);
      await expect(el).to.be.accessible();

      const unreadChange = oneEvent(el, 'dialstack-unread-change');
      await play(el);
      // Marked read as soon as the audio plays (optimistically), then confirmed by the API.
      expect((await unreadChange).detail.count).to.equal(facts.counts.unreadVoicemails - 1);
      expect(row(el, id)!.classList.contains('row--unread')).to.equal(false);
      expect(el.unreadCount).to.equal(facts.counts.unreadVoicemails - 1);
      await until(() => requests('POST', `/v1/voicemails/${id}`).length === 1, 'read POST');
      expect(requests('POST', `/v1/voicemails/${id}`)[0]!.body).to.deep.equal({ is_read: true });
      await until(
        async () => (await api<Voicemail>(`/v1/voicemails/${id}`)).body.is_read,
        'read on the server',
      );

      // Elapsed time comes from `timeupdate` while it plays.
      await until(
        () => !text(player.querySelector('.player__time')).startsWith('0:00'),
        'time advances',
        { timeout: 5000 },
      );
      const speed = player.querySelector<HTMLButtonElement>('.player__rate')!;
      expect(text(speed)).to.equal('1×');
      speed.click();
      await el.updateComplete;
      expect(text(speed)).to.equal('1.5×');
      speed.click();
      await el.updateComplete;
      expect(text(speed)).to.equal('2×');

      const paused = oneEvent(el, 'dialstack-voicemail-pause');
      player.querySelector<HTMLButtonElement>('.player__toggle')!.click();
      const pauseEvent = await paused;
      expect(pauseEvent.detail.id).to.equal(id);
      expect(pauseEvent.detail.currentTime).to.be.greaterThan(0);
      const download = player.querySelector<HTMLAnchorElement>('a[download]')!;
      expect(download.href).to.contain(`/mock-media/voicemails/${id}.wav`);
      await expect(el).to.be.accessible();
    });

    it('seeks with the keyboard and says where it is', async () => {
      const el = await mount();
      await loaded(el);
      const id = facts.voicemails.voicemailUnreadCompleted;
      const pane = await open(el, id);
      const slider = pane.querySelector<HTMLInputElement>('input[type="range"]')!;
      slider.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(slider.getAttribute('aria-valuetext')).to.match(/^5 seconds of /);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      const total = slider.getAttribute('aria-valuetext')!.split(' of ')[1];
      expect(slider.getAttribute('aria-valuetext')).to.equal(`${total} of ${total}`);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(slider.getAttribute('aria-valuetext')).to.match(/^0 seconds of /);
      // The slider's arrows seek; they do not move through the list.
      expect(deepActive()).to.equal(slider);
    });

    it('rolls back the read mark and says why when the API refuses', async () => {
      const el = await mount();
      await loaded(el);
      const id = facts.voicemails.voicemailUnreadCompleted;
      await until(() => el.unreadCount === facts.counts.unreadVoicemails, 'unread count');
      await fail({ method: 'POST', path: `/v1/voicemails/${id}`, status: 403 });
      await open(el, id);
      await play(el);
      await until(() => toast(el), 'error message');
      await settled(el);
      expect(text(toast(el))).to.contain('We couldn’t mark the voicemail from');
      expect(text(toast(el))).to.contain('You don’t have access to this.');
      expect(row(el, id)!.classList.contains('row--unread')).to.equal(true);
      expect(el.unreadCount).to.equal(facts.counts.unreadVoicemails);
      expect((await api<Voicemail>(`/v1/voicemails/${id}`)).body.is_read).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('plays one voicemail at a time, across inboxes too', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <dialstack-voicemails .dialstack=${instance}></dialstack-voicemails>
          <dialstack-voicemails .dialstack=${instance} filter="unread"></dialstack-voicemails>
        </div>`,
      );
      const [a, b] = [...wrapper.querySelectorAll('dialstack-voicemails')] as DialstackVoicemails[];
      await loaded(a!);
      await loaded(b!);
      await open(a!, rowIds(a!)[0]!);
      await play(a!);
      const aPaused = oneEvent(a!, 'dialstack-voicemail-pause');
      await open(b!, rowIds(b!)[1]!);
      await play(b!);
      expect((await aPaused).detail.id).to.equal(rowIds(a!)[0]);
      await a!.updateComplete;
      expect(detailRoot(a!)!.querySelector('.player__toggle')!.getAttribute('aria-label')).to.match(
        /^Play /,
      );

      // Opening another voicemail in the same inbox stops the first.
      const bPaused = oneEvent(b!, 'dialstack-voicemail-pause');
      await open(b!, rowIds(b!)[2]!);
      expect((await bPaused).detail.id).to.equal(rowIds(b!)[1]);
      expect(root(b!).querySelectorAll('[part~="detail"]')).to.have.length(1);
    });

    it('shows "Audio unavailable" with a retry that fetches a fresh URL', async () => {
      const el = await mount();
      await loaded(el);
      // One that no other test plays (they play the first rows of the lists): the browser's
      // media stack may reuse audio a player in this page fetched before, and a reused file
      // never reaches the injected failure.
      const id = rows(el)
        .filter((r) => r.classList.contains('row--unread'))
        .at(-1)!.dataset.id!;
      await fail({
        method: 'GET',
        path: `/mock-media/voicemails/${id}.wav`,
        status: 404,
        // Every attempt fails (preload, play, range requests) until the reset below.
        times: 100,
      });
      const pane = await open(el, id);
      pane.querySelector<HTMLButtonElement>('.player__toggle')!.click();
      await until(
        () => text(pane.querySelector('.player__error')) === 'Audio unavailable',
        'audio error',
        { timeout: 8000 },
      );
      expect(pane.querySelector('.player__error')!.getAttribute('role')).to.equal('alert');
      // Nothing was heard, so the voicemail stays unread.
      expect(row(el, id)!.classList.contains('row--unread')).to.equal(true);
      expect(requests('POST', `/v1/voicemails/${id}`)).to.have.length(0);
      await expect(el).to.be.accessible();
      await resetMock();
      const before = requests('GET', `/v1/voicemails/${id}`).length;
      const played = oneEvent(el, 'dialstack-voicemail-play');
      buttonByText(pane, /^Try again$/)!.click();
      await played;
      expect(requests('GET', `/v1/voicemails/${id}`).length).to.equal(before + 1);
      expect(pane.querySelector('.player__error')).to.equal(null);
      await until(() => !row(el, id)!.classList.contains('row--unread'), 'read once heard');
    });
  });

  describe('transcripts', () => {
    it('shows the transcript and the AI summary', async () => {
      const el = await mount();
      await loaded(el);
      const id = facts.voicemails.voicemailUnreadCompleted;
      const pane = await open(el, id);
      const transcript = (
        await api<{ status: string; text: string }>(`/v1/voicemails/${id}/transcript`)
      ).body;
      const vm = (await api<Voicemail>(`/v1/voicemails/${id}`)).body;
      await until(() => pane.querySelector('[part~="transcript"]'), 'transcript');
      expect(text(pane.querySelector('[part~="transcript"]'))).to.equal(
        transcript.text.replace(/\s+/g, ' ').trim(),
      );
      expect(text(pane.querySelector('.detail__summary'))).to.equal(vm.summary);
      await expect(el).to.be.accessible();
    });

    it('shows markup in a transcript as text', async () => {
      const el = await mount();
      await loaded(el);
      const id = facts.voicemails.voicemailUnreadCompleted;
      const markup = 'Call me <img src=x onerror="window.__pwned=1"><b>today</b>';
      await fail({
        method: 'GET',
        path: `/v1/voicemails/${id}/transcript`,
        status: 200,
        body: { voicemail_id: id, status: 'completed', text: markup },
      });
      const pane = await open(el, id);
      await until(() => pane.querySelector('[part~="transcript"]'), 'transcript');
      const node = pane.querySelector('[part~="transcript"]')!;
      expect(node.textContent).to.equal(markup);
      expect(node.querySelector('img, b')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('shows a pending transcript and re-checks until it is ready', async () => {
      const el = await mount();
      await loaded(el);
      const id = facts.voicemails.voicemailPendingTranscript;
      // Re-checks run on a timer: a fake clock runs them when the test says.
      const clock = fakeClock();
      const pane = await open(el, id);
      await until(() => pane.querySelector('[data-status="pending"]'), 'pending state');
      expect(text(pane.querySelector('[data-status="pending"]'))).to.contain('Transcript pending');
      expect(text(pane.querySelector('.detail__section--summary'))).to.contain(
        'A summary appears once',
      );
      await expect(el).to.be.accessible();
      const checks = requests('GET', `/v1/voicemails/${id}/transcript`).length;
      await fail({
        method: 'GET',
        path: `/v1/voicemails/${id}/transcript`,
        status: 200,
        body: { voicemail_id: id, status: 'completed', text: 'Ready now.' },
      });
      // Re-checked on a timer (no user action): well past the interval, one more request at once.
      // (Ten seconds: longer than the re-check interval, shorter than a request's own timeout.)
      await clock.tickAsync(10_000);
      await nextFrame();
      expect(requests('GET', `/v1/voicemails/${id}/transcript`).length).to.equal(checks + 1);
      await until(() => pane.querySelector('[part~="transcript"]'), 're-checked', {
        timeout: 8000,
      });
      expect(text(pane.querySelector('[part~="transcript"]'))).to.equal('Ready now.');
      // And it stops once the transcript is ready: the same wait brings no further request.
      await clock.tickAsync(10_000);
      await nextFrame();
      expect(requests('GET', `/v1/voicemails/${id}/transcript`).length).to.equal(checks + 1);
      clock.restore();
    });

    it('shows processing and failed transcripts', async () => {
      const el = await mount();
      await loaded(el);
      let pane = await open(el, facts.voicemails.voicemailProcessingTranscript);
      await until(() => pane.querySelector('[data-status="processing"]'), 'processing state');
      expect(text(pane.querySelector('[data-status="processing"]'))).to.contain('Transcribing…');

      const failedId = facts.voicemails.voicemailFailedTranscript;
      if (!row(el, failedId)) {
        part(el, 'load-more')!.click();
        await until(() => row(el, failedId), 'older voicemail');
      }
      pane = await open(el, failedId);
      await until(() => pane.querySelector('[data-status="failed"]'), 'failed state');
      expect(text(pane.querySelector('[data-status="failed"]'))).to.contain(
        'Transcript unavailable',
      );
      await expect(el).to.be.accessible();
    });

    it('says when the transcript cannot be loaded, and retries', async () => {
      const el = await mount();
      await loaded(el);
      const id = facts.voicemails.voicemailUnreadCompleted;
      await fail({ method: 'GET', path: `/v1/voicemails/${id}/transcript`, status: 500, times: 3 });
      const pane = await open(el, id);
      await until(() => pane.querySelector('.transcript-state--error'), 'transcript error', {
        timeout: 8000,
      });
      expect(text(pane.querySelector('.transcript-state--error'))).to.contain(
        'We couldn’t load the transcript.',
      );
      buttonByText(pane.querySelector('.transcript-state--error')!, /Try again/)!.click();
      await until(() => pane.querySelector('[part~="transcript"]'), 'transcript after retry');
    });
  });
});
