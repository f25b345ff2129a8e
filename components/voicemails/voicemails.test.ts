import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ListPage } from '../../src/core/types';
import type { Voicemail } from './voicemails';
import { matchesSearch } from './voicemails.data';
import { fail, mockSession, resetMock } from '../../test/support/mock';
import './define';
import {
  instance,
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
  tab,
  deepActive,
  loaded,
  open,
} from './voicemails.test-support';

describe('<dialstack-voicemails>', function () {
  this.timeout(30_000);

  describe('inbox', () => {
    it('lists voicemails newest first with unread marker, caller, number, time, duration and summary', async () => {
      const el = await mount();
      await loaded(el);
      const expected = (await api<ListPage<Voicemail>>('/v1/voicemails?limit=25')).body.data;
      expect(rowIds(el)).to.deep.equal(expected.map((v) => v.id));
      const times = expected.map((v) => Date.parse(v.created_at));
      expect(times).to.deep.equal(
        [...times].sort((a, b) => b - a),
        'newest first',
      );

      const named = expected.find((v) => v.from_name && v.summary && !v.is_read)!;
      const namedRow = row(el, named.id)!;
      expect(namedRow.classList.contains('row--unread')).to.equal(true);
      expect(text(namedRow.querySelector('.row__name'))).to.equal(`Unread, ${named.from_name}`);
      const digits = named.from_number.replace(/\D/g, '').slice(-10);
      expect(text(namedRow.querySelector('.row__number'))).to.equal(
        `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`,
      );
      expect(text(namedRow.querySelector('.row__summary'))).to.equal(named.summary);
      const minutes = Math.floor(named.duration_seconds / 60);
      const seconds = String(named.duration_seconds % 60).padStart(2, '0');
      expect(text(namedRow.querySelector('.row__duration'))).to.contain(`${minutes}:${seconds}`);
      expect(namedRow.querySelector('time')!.getAttribute('datetime')).to.equal(named.created_at);

      const read = expected.find((v) => v.is_read)!;
      expect(row(el, read.id)!.classList.contains('row--unread')).to.equal(false);
      expect(text(row(el, read.id)!.querySelector('.row__name'))).not.to.contain('Unread');
      await expect(el).to.be.accessible();
    });

    it('paints only the rows the window shows first (busy list), then the rest of the page', async () => {
      await fail({ method: 'GET', path: '/v1/voicemails', delayMs: 400 });
      const el = await mount();
      // The first rendering of rows, as the frame that paints it sees it.
      let first: { count: number; bottom: number; busy: string | null } | undefined;
      const observer = new MutationObserver(() => {
        const shown = rows(el);
        if (first || shown.length === 0) return;
        first = {
          count: shown.length,
          bottom: shown.at(-1)!.getBoundingClientRect().bottom,
          busy: root(el).querySelector('.list')!.getAttribute('aria-busy'),
        };
      });
      observer.observe(root(el), { childList: true, subtree: true });
      // Positive control: the page's other rows do come, after that first frame.
      await loaded(el);
      observer.disconnect();
      const page = (await api<ListPage<Voicemail>>('/v1/voicemails?limit=25')).body.data;
      expect(page.length).to.equal(25);
      expect(rowIds(el)).to.deep.equal(page.map((v) => v.id));
      expect(first!.count).to.be.lessThan(25, 'the first screen renders only the rows in view');
      expect(first!.bottom).to.be.at.least(window.innerHeight, 'and they fill the view');
      expect(first!.busy).to.equal('true', 'the list is busy until the rest are added');
      expect(root(el).querySelector('.list')!.hasAttribute('aria-busy')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('names each voicemail’s mailbox when every mailbox is shown', async () => {
      const el = await mount();
      await loaded(el);
      const frontDesk = rows(el).find((r) =>
        text(r.querySelector('.row__owner')).includes('Front Desk'),
      );
      await until(
        () => rows(el).some((r) => text(r.querySelector('.row__owner')).includes('Front Desk')),
        'owner names from /v1/shared_voicemail_boxes',
      );
      void frontDesk;
      const users = requests('GET', '/v1/users');
      const boxes = requests('GET', '/v1/shared_voicemail_boxes');
      expect(users.length).to.be.greaterThan(0);
      expect(boxes.length).to.be.greaterThan(0);
      expect(text(rows(el)[0]!.querySelector('.row__owner'))).to.match(/^Mailbox: \S/);
    });

    it('scopes the inbox to one owner and leaves the mailbox name out', async () => {
      const owner = facts.sharedVoicemailBoxes.frontDesk;
      const el = await mount({ owner });
      await loaded(el);
      const expected = await allVoicemails(`&owner=${owner}`);
      expect(expected.length).to.be.greaterThan(0);
      expect(rowIds(el)).to.deep.equal(expected.slice(0, 25).map((v) => v.id));
      const listRequest = requests('GET', '/v1/voicemails')[0]!;
      expect(listRequest.url.searchParams.get('owner')).to.equal(owner);
      expect(root(el).querySelector('.row__owner')).to.equal(null);
      expect(requests('GET', '/v1/users')).to.have.length(0);
    });

    it('counts unread honestly and filters to unread voicemails', async () => {
      const el = await mount();
      await loaded(el);
      const unread = await allVoicemails('&is_read=false');
      expect(unread.length).to.equal(facts.counts.unreadVoicemails);
      await until(() => text(tab(el, 'Unread')).includes(String(unread.length)), 'unread count');
      expect(el.unreadCount).to.equal(unread.length);
      // 40 voicemails, 25 loaded: the All count says "25+" rather than guessing a total.
      expect(text(tab(el, 'All'))).to.contain('25+');
      expect(tab(el, 'All').getAttribute('aria-selected')).to.equal('true');

      tab(el, 'Unread').click();
      await until(() => rows(el).length === Math.min(25, unread.length), 'unread list');
      expect(el.getAttribute('filter')).to.equal('unread');
      expect(tab(el, 'Unread').getAttribute('aria-selected')).to.equal('true');
      expect(rows(el).every((r) => r.classList.contains('row--unread'))).to.equal(true);
      const request = requests('GET', '/v1/voicemails').at(-1)!;
      expect(request.url.searchParams.get('is_read')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('pages through next_page_url with "Load more" to the end', async () => {
      const el = await mount({ 'page-size': 15 });
      await loaded(el);
      expect(rows(el)).to.have.length(15);
      const first = (await api<ListPage<Voicemail>>('/v1/voicemails?limit=15')).body;
      part(el, 'load-more')!.click();
      await loaded(el, 30);
      const pageRequests = requests('GET', '/v1/voicemails').filter((r) =>
        r.url.searchParams.has('page'),
      );
      expect(pageRequests).to.have.length(1);
      expect(pageRequests[0]!.url.href).to.equal(new URL(first.next_page_url!).href);
      part(el, 'load-more')!.click();
      await loaded(el, facts.counts.voicemails);
      expect(part(el, 'load-more')).to.equal(null);
      expect(text(root(el).querySelector('.footer--end'))).to.equal('That’s every voicemail.');
      expect(text(tab(el, 'All'))).to.contain(String(facts.counts.voicemails));
      expect(text(tab(el, 'All'))).not.to.contain('+');
      const all = await allVoicemails();
      expect(rowIds(el)).to.deep.equal(all.map((v) => v.id));
    });

    it('moves focus to the first new row after "Load more"', async () => {
      const el = await mount({ 'page-size': 10 });
      await loaded(el);
      part(el, 'load-more')!.focus();
      await sendKeys({ press: 'Enter' });
      await loaded(el, 20);
      await until(() => deepActive()?.closest('[part~="row"]'), 'focus moved into the list');
      expect((deepActive()!.closest('[part~="row"]') as HTMLElement).dataset.index).to.equal('10');
    });

    it('says when loading more fails, and retries', async () => {
      const el = await mount({ 'page-size': 10 });
      await loaded(el);
      // Wait for the unread count's own list request, so the failures hit "Load more" only.
      await until(() => el.unreadCount === facts.counts.unreadVoicemails, 'unread count');
      // A GET is tried three times (two retries) before the element hears of the failure.
      await fail({ method: 'GET', path: '/v1/voicemails', status: 503, times: 3 });
      part(el, 'load-more')!.click();
      await until(() => root(el).querySelector('.footer[role="alert"]'), 'load-more error');
      expect(text(root(el).querySelector('.footer'))).to.contain(
        'We couldn’t load more voicemails.',
      );
      expect(rows(el)).to.have.length(10);
      await expect(el).to.be.accessible();
      part(el, 'load-more')!.click();
      await loaded(el, 20);
    });
  });

  describe('states', () => {
    it('shows skeleton rows while loading', async () => {
      await fail({ method: 'GET', path: '/v1/voicemails', delayMs: 800, times: 2 });
      const el = await mount();
      await until(() => part(el, 'loading'), 'loading view');
      await expect(el).to.be.accessible();
      await loaded(el);
      expect(part(el, 'loading')).to.equal(null);
    });

    it('shows an error with retry and fires dialstack-load-error', async () => {
      await fail({ method: 'GET', path: '/v1/voicemails', status: 500, times: 6 });
      const el = document.createElement('dialstack-voicemails');
      const errored = oneEvent(el, 'dialstack-load-error');
      el.dialstack = instance;
      await fixture(html`<div>${el}</div>`);
      const event = await errored;
      expect(event.detail.error.status).to.equal(500);
      await until(() => part(el, 'error'), 'error view', { timeout: 8000 });
      expect(text(part(el, 'error'))).to.contain('We couldn’t load your voicemails');
      await expect(el).to.be.accessible();
      await resetMock();
      part(el, 'retry-button')!.click();
      await loaded(el);
    });

    it('shows an empty inbox', async () => {
      const el = await mount({ owner: 'usr_nobody_here' });
      await until(() => part(el, 'empty'), 'empty view');
      expect(text(part(el, 'empty'))).to.contain('No voicemails');
      await expect(el).to.be.accessible();
    });

    it('switches language live, loading the element’s French strings on demand', async () => {
      const el = await mount();
      await loaded(el);
      instance.update({ locale: 'fr' });
      const input = () => root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      const tabs = () =>
        [...root(el).querySelectorAll('[role="tab"]')].map((t) => text(t).split(' ')[0]);
      // Both the element's strings and the shared ones arrive with the French packs.
      await until(
        () => input().placeholder === 'Nom ou numéro' && tabs()[0] === 'Tous',
        'French search placeholder and tabs',
      );
      expect(tabs()).to.deep.equal(['Tous', 'Non']);
      expect(text(root(el).querySelector('.select-all'))).to.equal('Tout sélectionner');
      await expect(el).to.be.accessible();
    });

    it('clears everything and shows a signed-out message after logout', async () => {
      const el = await mount();
      await loaded(el);
      await until(() => el.unreadCount === facts.counts.unreadVoicemails, 'unread count');
      await open(el, rowIds(el)[0]!);
      const changed = oneEvent(el, 'dialstack-unread-change');
      await instance.logout();
      expect((await changed).detail.count).to.equal(0);
      await until(() => part(el, 'error'), 'signed-out view');
      expect(text(part(el, 'error'))).to.contain('You’ve been signed out.');
      expect(rows(el)).to.have.length(0);
      expect(part(el, 'toolbar')).to.equal(null);
      expect(el.unreadCount).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('shows "all caught up" when nothing is unread', async () => {
      const owner = facts.users.drPatel;
      const mine = await allVoicemails(`&owner=${owner}`);
      const { client_secret } = await mockSession();
      for (const vm of mine.filter((v) => !v.is_read)) {
        await fetch(`/v1/voicemails/${vm.id}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${client_secret}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ is_read: true }),
        });
      }
      const el = await mount({ owner, filter: 'unread' });
      await until(() => part(el, 'empty'), 'empty view');
      expect(text(part(el, 'empty'))).to.contain('You’re all caught up');
      expect(el.unreadCount).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('search', () => {
    it('matches caller names and numbers in any format, and says how many', async () => {
      const el = await mount();
      await loaded(el);
      const vms = (await api<ListPage<Voicemail>>('/v1/voicemails?limit=25')).body.data;
      const target = vms.find((v) => v.from_name)!;
      const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.focus();
      await sendKeys({ type: target.from_name!.split(' ')[1]!.toLowerCase() });
      await el.updateComplete;
      const expected = vms.filter((v) =>
        matchesSearch(v, target.from_name!.split(' ')[1]!.toLowerCase()),
      );
      expect(rowIds(el)).to.include.members(expected.map((v) => v.id));
      expect(
        rows(el).every((r) =>
          text(r).toLowerCase().includes(target.from_name!.split(' ')[1]!.toLowerCase()),
        ),
      ).to.equal(true);

      input.value = '';
      input.dispatchEvent(new Event('input'));
      // Rows matching the number may lie beyond the first page read above.
      const every = await allVoicemails();
      const digits = target.from_number.replace(/\D/g, '').slice(-7);
      const formatted = `${digits.slice(0, 3)}-${digits.slice(3)}`;
      input.value = formatted;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(rowIds(el)).to.include(target.id);
      expect(
        rows(el).every(
          (r) =>
            text(r.querySelector('.row__number, .row__name')).replace(/\D/g, '').includes(digits) ||
            every
              .find((v) => v.id === r.dataset.id)!
              .from_number.replace(/\D/g, '')
              .includes(digits),
        ),
      ).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('loads older pages to find matches, and shows an empty result with a way out', async () => {
      const el = await mount({ 'page-size': 10 });
      await loaded(el);
      const all = await allVoicemails();
      const old = all
        .slice(10)
        .find((v) => v.from_name && !all.slice(0, 10).some((n) => n.from_name === v.from_name))!;
      const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = old.from_name!;
      input.dispatchEvent(new Event('input'));
      await until(() => row(el, old.id), 'a match from an older page', { timeout: 8000 });
      expect(requests('GET', '/v1/voicemails').length).to.be.greaterThan(1);

      input.value = 'zzqx nobody';
      input.dispatchEvent(new Event('input'));
      await until(() => part(el, 'empty'), 'no matches');
      expect(text(part(el, 'empty'))).to.contain('No voicemails match “zzqx nobody”');
      await expect(el).to.be.accessible();
      buttonByText(part(el, 'empty')!, /Clear search/)!.click();
      await el.updateComplete;
      expect(rows(el).length).to.be.greaterThan(10);
      expect(input.value).to.equal('');
      expect(deepActive()).to.equal(input);

      // Escape in the field clears the search too.
      await sendKeys({ type: 'zzqx' });
      await until(() => part(el, 'empty'), 'no matches again');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(input.value).to.equal('');
      expect(part(el, 'empty')).to.equal(null);
    });
  });
});
