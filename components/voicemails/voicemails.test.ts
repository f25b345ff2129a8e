import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { DialstackInstance, ListPage } from '../../src/core/types';
import type { DialstackVoicemails, Voicemail } from './voicemails';
import { matchesSearch } from './voicemails.data';
import './define';
import {
  fail,
  freshMock,
  mockSession,
  resetMock,
  simulate,
  streamReady,
  type SeedFacts,
} from '../../test/support/mock';
import '../call-history/define';

// Mocha globals (provided by @web/test-runner; the repo has no @types/mocha).
declare function describe(name: string, body: (this: { timeout(ms: number): void }) => void): void;
declare function it(name: string, body: () => void | Promise<unknown>): void;
declare function beforeEach(body: () => void | Promise<unknown>): void;
declare function afterEach(body: () => void | Promise<unknown>): void;

let instance: DialstackInstance;
let facts: SeedFacts;
let fetchSpy: sinon.SinonSpy<Parameters<typeof fetch>, ReturnType<typeof fetch>>;

beforeEach(async () => {
  ({ instance, facts } = await freshMock());
  fetchSpy = sinon.spy(window, 'fetch');
});

afterEach(async () => {
  sinon.restore();
  await instance.logout();
});

// ---- helpers ----

/** `waitUntil` with room for the client's retries and a busy machine (5 s unless told). */
const until = (predicate: () => unknown, message: string, options: { timeout?: number } = {}) =>
  waitUntil(predicate, message, { timeout: 5000, ...options });

interface SeenRequest {
  method: string;
  path: string;
  url: URL;
  body: unknown;
}

/** Every API request the page made since the test started (observed on `fetch`). */
function requests(method?: string, path?: string | RegExp): SeenRequest[] {
  return fetchSpy
    .getCalls()
    .map((call) => {
      const [input, init] = call.args;
      const href =
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const url = new URL(href, location.origin);
      const rawMethod = init?.method ?? (input instanceof Request ? input.method : 'GET');
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      return { method: rawMethod.toUpperCase(), path: url.pathname, url, body };
    })
    .filter(
      (request) =>
        request.path.startsWith('/v1/') &&
        (!method || request.method === method) &&
        (!path || (typeof path === 'string' ? request.path === path : path.test(request.path))),
    );
}

/** Reads the API directly (not through the element) to check what the server holds. */
async function api<T>(path: string): Promise<{ status: number; body: T }> {
  const { client_secret } = await mockSession();
  const response = await fetch(path, { headers: { Authorization: `Bearer ${client_secret}` } });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

async function allVoicemails(query = ''): Promise<Voicemail[]> {
  const list: Voicemail[] = [];
  let next: string | null = `/v1/voicemails?limit=100${query}`;
  while (next) {
    const { body }: { body: ListPage<Voicemail> } = await api<ListPage<Voicemail>>(next);
    list.push(...body.data);
    next = body.next_page_url;
  }
  return list;
}

type Attrs = Record<string, string | number | undefined>;

async function mount(attrs: Attrs = {}, width = 1024): Promise<DialstackVoicemails> {
  const el = document.createElement('dialstack-voicemails');
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) el.setAttribute(name, String(value));
  }
  el.dialstack = instance;
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${el}</div>`);
  return wrapper.querySelector('dialstack-voicemails')!;
}

const root = (el: HTMLElement) => el.shadowRoot!;
const part = (el: HTMLElement, name: string) =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const rows = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('[part~="row"]')];
const rowIds = (el: HTMLElement) => rows(el).map((row) => row.dataset.id!);
const row = (el: HTMLElement, id: string) =>
  root(el).querySelector<HTMLElement>(`[part~="row"][data-id="${id}"]`);
const rowButton = (el: HTMLElement, id: string) =>
  row(el, id)!.querySelector<HTMLButtonElement>('.row__main')!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/[\s\u200b]+/g, ' ').trim();
const buttonByText = (scope: ParentNode, pattern: RegExp) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => pattern.test(text(b)));
const tab = (el: HTMLElement, name: 'All' | 'Unread') =>
  [...root(el).querySelectorAll<HTMLElement>('[role="tab"]')].find((t) =>
    text(t).startsWith(name),
  )!;
const detail = (el: HTMLElement) => part(el, 'detail');
/** Inside the opened voicemail (its own element, `<dialstack-voicemail-detail>`). */
const detailRoot = (el: HTMLElement) => detail(el)?.shadowRoot;
const toast = (el: HTMLElement) => part(el, 'toast');
const dialog = (el: HTMLElement) => root(el).querySelector<HTMLDialogElement>('dialog');
const deepActive = (): Element | null => {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

/** Lets entrance animations (toast, dialog) finish, so colour checks see the final colours. */
async function settled(el: HTMLElement): Promise<void> {
  await Promise.all(
    root(el)
      .getAnimations()
      .map((animation) => animation.finished.catch(() => undefined)),
  );
}

async function loaded(el: DialstackVoicemails, min = 1): Promise<void> {
  await until(() => rows(el).length >= min, `expected at least ${min} rows`, {
    timeout: 8000,
  });
}

async function open(el: DialstackVoicemails, id: string): Promise<ShadowRoot> {
  rowButton(el, id).click();
  // The container renders at once; its content comes with the lazily loaded detail element.
  await until(() => detailRoot(el)?.querySelector('.detail__delete'), 'detail opened');
  return detailRoot(el)!;
}

async function play(el: DialstackVoicemails): Promise<void> {
  const played = oneEvent(el, 'dialstack-voicemail-play');
  // The player arrives with the lazily loaded detail view.
  const toggle = () => detailRoot(el)?.querySelector<HTMLButtonElement>('.player__toggle');
  await until(toggle, 'player rendered');
  toggle()!.click();
  await played;
}

/**
 * The undo window the delete tests set: longer than a busy machine takes between the delete and
 * the test's next step, shorter than a request's own 30 s timeout (which the fake clock also
 * runs); a fake clock ends it.
 */
const UNDO_MS = 15_000;

/** Fake `setTimeout` that still advances with real time (so `until` keeps polling). */
function fakeClock(): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout'],
    shouldAdvanceTime: true,
    shouldClearNativeTimers: true,
  });
}

/** Runs the clock past the undo window, then lets what that starts reach `fetch`. */
async function pastUndoWindow(clock: sinon.SinonFakeTimers): Promise<void> {
  await clock.tickAsync(UNDO_MS + 1000);
  await nextFrame();
}

/** Confirms the open delete dialog. */
async function confirmDialog(el: DialstackVoicemails): Promise<void> {
  await until(() => dialog(el)?.open, 'confirmation dialog');
  dialog(el)!.querySelector<HTMLButtonElement>('button[value="confirm"]')!.click();
  await until(() => !dialog(el), 'dialog closed');
}

// ---- tests ----

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
