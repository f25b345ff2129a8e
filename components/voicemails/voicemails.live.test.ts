import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Voicemail } from './voicemails';
import { simulate, streamReady } from '../../test/support/mock';
import './define';
import '../call-history/define';
import {
  instance,
  facts,
  until,
  requests,
  api,
  mount,
  rows,
  rowIds,
  rowButton,
  text,
  buttonByText,
  tab,
  detail,
  detailRoot,
  deepActive,
  loaded,
  open,
} from './voicemails.test-support';

describe('<dialstack-voicemails>', function () {
  this.timeout(30_000);

  describe('live updates', () => {
    it('puts a new voicemail on top when call.end says voicemail, and updates the unread count', async () => {
      const el = await mount();
      await loaded(el);
      await until(() => el.unreadCount === facts.counts.unreadVoicemails, 'unread count');
      const changed = oneEvent(el, 'dialstack-unread-change');
      await streamReady(instance);
      await simulate('voicemail', {
        from_name: 'Live Caller',
        from_number: '+14155550199',
      });
      await until(
        () => text(rows(el)[0]!.querySelector('.row__name')).includes('Live Caller'),
        'new voicemail on top',
        { timeout: 8000 },
      );
      expect(rows(el)[0]!.classList.contains('row--unread')).to.equal(true);
      expect((await changed).detail.count).to.equal(facts.counts.unreadVoicemails + 1);
      expect(el.unreadCount).to.equal(facts.counts.unreadVoicemails + 1);
      expect(text(tab(el, 'Unread'))).to.contain(String(facts.counts.unreadVoicemails + 1));
      const head = requests('GET', '/v1/voicemails');
      expect(head.length).to.be.greaterThan(1, 'the list head was refetched');
    });

    it('keeps listening after being moved in the page', async () => {
      const el = await mount();
      await loaded(el);
      const elsewhere = document.createElement('div');
      el.parentElement!.after(elsewhere);
      elsewhere.append(el);
      await streamReady(instance);
      await simulate('voicemail', { from_name: 'Moved Listener' });
      await until(
        () => text(rows(el)[0]!.querySelector('.row__name')).includes('Moved Listener'),
        'arrival after the move',
        { timeout: 8000 },
      );
      elsewhere.remove();
    });

    it('ignores calls that did not end in voicemail', async () => {
      const el = await mount();
      await loaded(el);
      // The unread count is walked in the background; let it finish before counting requests.
      await until(() => el.unreadCount === facts.counts.unreadVoicemails, 'unread count');
      await streamReady(instance);
      const before = rowIds(el);
      const ended: string[] = [];
      // Subscribed after the element, so it hears each event right after the element does.
      const off = instance.on('call.end', (event) => ended.push(event.call_id));
      const listRequests = requests('GET', '/v1/voicemails').length;
      const hangup = await simulate('hangup');
      await until(() => ended.includes(hangup.call_id), 'the hangup reached the page');
      // Positive control: a call that does end in voicemail right after it arrives, so the
      // element was listening; its one refetch of the list head is the only one.
      await simulate('voicemail', { from_name: 'After The Hangup' });
      await until(
        () => text(rows(el)[0]!.querySelector('.row__name')).includes('After The Hangup'),
        'the voicemail after the hangup arrived',
        { timeout: 8000 },
      );
      off();
      expect(rowIds(el).slice(1)).to.deep.equal(before);
      expect(requests('GET', '/v1/voicemails').length).to.equal(listRequests + 1);
    });

    it('fires dialstack-unread-change with the count on load', async () => {
      const el = document.createElement('dialstack-voicemails');
      const changed = oneEvent(el, 'dialstack-unread-change');
      el.dialstack = instance;
      await fixture(html`<div>${el}</div>`);
      const event = await changed;
      expect(event.detail.count).to.equal(facts.counts.unreadVoicemails);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(el.unreadCount).to.equal(facts.counts.unreadVoicemails);
      expect(() => {
        (el as unknown as { unreadCount: number }).unreadCount = 3;
      }).to.throw(TypeError);
    });
  });

  describe('keyboard', () => {
    it('moves through the list with arrows, opens with Enter, plays with Space, closes with Escape', async () => {
      const el = await mount();
      await loaded(el);
      const ids = rowIds(el);
      rowButton(el, ids[0]!).focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActive()).to.equal(rowButton(el, ids[1]!));
      await sendKeys({ press: 'End' });
      await until(() => deepActive() === rowButton(el, ids.at(-1)!), 'End');
      await sendKeys({ press: 'Home' });
      await until(() => deepActive() === rowButton(el, ids[0]!), 'Home');
      // Only one row is in the tab order.
      expect(
        rows(el).filter((r) => r.querySelector('.row__main')!.getAttribute('tabindex') === '0'),
      ).to.have.length(1);

      const selected = oneEvent(el, 'dialstack-row-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.id).to.equal(ids[0]);
      await el.updateComplete;
      expect(rowButton(el, ids[0]!).getAttribute('aria-expanded')).to.equal('true');
      expect(detail(el)).to.exist;

      const played = oneEvent(el, 'dialstack-voicemail-play');
      await sendKeys({ press: 'Space' });
      expect((await played).detail.id).to.equal(ids[0]);
      const paused = oneEvent(el, 'dialstack-voicemail-pause');
      await sendKeys({ press: 'Space' });
      expect((await paused).detail.id).to.equal(ids[0]);
      await expect(el).to.be.accessible();

      // Escape inside the detail closes it and puts focus back on the row.
      detailRoot(el)!.querySelector<HTMLButtonElement>('.player__rate')!.focus();
      await sendKeys({ press: 'Escape' });
      await until(() => !detail(el), 'closed');
      expect(deepActive()).to.equal(rowButton(el, ids[0]!));
    });

    it('keeps a voicemail closed when the host cancels dialstack-row-select', async () => {
      const el = await mount();
      await loaded(el);
      const id = rowIds(el)[0]!;
      el.addEventListener('dialstack-row-select', (event) => event.preventDefault(), {
        once: true,
      });
      rowButton(el, id).click();
      await el.updateComplete;
      expect(detail(el)).to.equal(null);
      expect(rowButton(el, id).getAttribute('aria-expanded')).to.equal('false');
      rowButton(el, id).click();
      await until(() => detail(el), 'opens when not cancelled');
    });

    it('switches tabs with the arrow keys', async () => {
      const el = await mount();
      await loaded(el);
      tab(el, 'All').focus();
      await sendKeys({ press: 'ArrowRight' });
      await until(() => el.filter === 'unread', 'unread tab');
      await until(() => deepActive() === tab(el, 'Unread'), 'focus on the Unread tab');
      expect(tab(el, 'Unread').getAttribute('tabindex')).to.equal('0');
      expect(tab(el, 'All').getAttribute('tabindex')).to.equal('-1');
    });
  });

  describe('call back', () => {
    it('fires dialstack-call-back and, with user-id, queues POST /v1/calls', async () => {
      const el = await mount({ 'user-id': facts.users.frontDesk });
      await loaded(el);
      const id = rowIds(el)[0]!;
      const vm = (await api<Voicemail>(`/v1/voicemails/${id}`)).body;
      const pane = await open(el, id);
      const fired = oneEvent(el, 'dialstack-call-back');
      buttonByText(pane, /^Call back$/)!.click();
      expect((await fired).detail.phoneNumber).to.equal(vm.from_number);
      await until(
        () => text(pane.querySelector('.detail__status')).startsWith('Calling'),
        'queued',
      );
      expect(text(pane.querySelector('.detail__status'))).to.contain('Your phone will ring first.');
      const [call] = requests('POST', '/v1/calls');
      expect(call!.body).to.deep.equal({
        user_id: facts.users.frontDesk,
        dial_string: vm.from_number,
      });
      await expect(el).to.be.accessible();
    });

    it('only fires the event without user-id, or when the host cancels it', async () => {
      const el = await mount();
      await loaded(el);
      const pane = await open(el, rowIds(el)[0]!);
      const fired = oneEvent(el, 'dialstack-call-back');
      buttonByText(pane, /^Call back$/)!.click();
      await fired;
      el.setAttribute('user-id', facts.users.frontDesk);
      await el.updateComplete;
      el.addEventListener('dialstack-call-back', (event) => event.preventDefault(), { once: true });
      buttonByText(pane, /^Call back$/)!.click();
      await el.updateComplete;
      expect(requests('POST', '/v1/calls')).to.have.length(0);
      // Positive control: uncancelled, the same click queues the call — and once it has, its
      // POST is the only one, so neither click before sent any.
      buttonByText(pane, /^Call back$/)!.click();
      await until(
        () => text(pane.querySelector('.detail__status')).startsWith('Calling'),
        'queued once the host lets it',
      );
      expect(requests('POST', '/v1/calls')).to.have.length(1);
    });

    it('does not reload a call list on the same page (a queued call changes no call log)', async () => {
      const el = await mount({ 'user-id': facts.users.frontDesk });
      await loaded(el);
      const id = rowIds(el)[0]!;
      const vm = (await api<Voicemail>(`/v1/voicemails/${id}`)).body;
      const history = await fixture<HTMLElement>(
        html`<dialstack-call-history
          .dialstack=${instance}
          phone-number=${vm.from_number}
        ></dialstack-call-history>`,
      );
      const callLists = () => requests('GET', '/v1/calls').length;
      await until(
        () => history.shadowRoot!.querySelector('[part~="row"], [part~="empty"]'),
        'history shown',
        { timeout: 8000 },
      );
      expect(callLists()).to.equal(2);
      // What a reload would be triggered by: an invalidation of the calls tag.
      const invalidated: string[] = [];
      const stopListening = instance.client.onInvalidate((tags) => invalidated.push(...tags));
      const pane = await open(el, id);
      buttonByText(pane, /^Call back$/)!.click();
      await until(
        () => text(pane.querySelector('.detail__status')).startsWith('Calling'),
        'queued',
      );
      stopListening();
      expect(requests('POST', '/v1/calls')).to.have.length(1);
      // The call was queued, and nothing told the call list to reload.
      expect(invalidated).to.not.include('calls');
      expect(callLists()).to.equal(2);
      // Positive control: an invalidation of the calls tag does reload it.
      instance.client.invalidate(['calls']);
      await until(() => callLists() === 4, 'the call list reloads on a calls invalidation', {
        timeout: 8000,
      });
    });

    it('says when the call cannot be started', async () => {
      const el = await mount({ 'user-id': 'usr_missing' });
      await loaded(el);
      const pane = await open(el, rowIds(el)[0]!);
      buttonByText(pane, /^Call back$/)!.click();
      await until(
        () => text(pane.querySelector('.detail__status')).startsWith('We couldn’t call'),
        'failure',
      );
      expect(pane.querySelector('.detail__status--error')).to.exist;
    });
  });
});
