import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { DialstackInstance, ListPage } from '../../src/core/types';
import type { CallLog } from './call-history.data';
import { compareNewestFirst } from './call-history.data';
import { DialstackCallHistory } from './define';
import {
  clearFailures,
  createInstance,
  fail as failNext,
  mockFacts,
  resetMock,
  simulate,
  streamReady,
  type SeedFacts,
} from '../../test/support/mock';

void DialstackCallHistory;

/** A valid number with no calls in the seed. */
const STRANGER = '+14155551234';

let dialstack: DialstackInstance;
let facts: SeedFacts;
let fetchSpy: sinon.SinonSpy<Parameters<typeof fetch>, ReturnType<typeof fetch>>;

/** Every request the page made through `fetch` whose URL contains `fragment`, with its init. */
function requests(fragment: string) {
  return fetchSpy.getCalls().flatMap((call) => {
    const [input, init] = call.args;
    const url = input instanceof Request ? input.url : String(input);
    if (!url.includes(fragment)) return [];
    return [{ url: new URL(url, location.origin), init: init ?? {} }];
  });
}
const callListRequests = () =>
  requests('/v1/calls').filter(
    (r) => r.url.pathname === '/v1/calls' && (r.init.method ?? 'GET') === 'GET',
  );

const shadow = (el: HTMLElement) => el.shadowRoot!;
const part = (el: HTMLElement, name: string) =>
  shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const rowEls = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="row"]')];
const rowIds = (el: HTMLElement) => rowEls(el).map((row) => row.dataset.id!);
const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Every call with `number`, straight from the mock API (both filters, all pages), newest first. */
async function expectedHistory(number: string): Promise<CallLog[]> {
  const all = new Map<string, CallLog>();
  for (const filter of ['from_number', 'to_number']) {
    let next: string | null = '/v1/calls';
    let query: Record<string, string | number> | undefined = { [filter]: number, limit: 100 };
    while (next) {
      const page: ListPage<CallLog> = await dialstack.client.page<CallLog>(next, {
        query,
        cache: 'no-store',
      });
      page.data.forEach((call) => all.set(call.id, call));
      next = page.next_page_url;
      query = undefined;
    }
  }
  return [...all.values()].sort(compareNewestFirst);
}

async function mount(template: ReturnType<typeof html>): Promise<DialstackCallHistory> {
  return fixture<DialstackCallHistory>(template);
}

async function mountHistory(
  phoneNumber: string | undefined,
  attrs: { pageSize?: number; userId?: string } = {},
): Promise<DialstackCallHistory> {
  const el = await mount(
    html`<dialstack-call-history
      .dialstack=${dialstack}
      phone-number=${phoneNumber ?? ''}
      page-size=${attrs.pageSize ?? 10}
      user-id=${attrs.userId ?? ''}
    ></dialstack-call-history>`,
  );
  return el;
}

async function loaded(el: DialstackCallHistory, rows = 1) {
  await waitUntil(() => rowEls(el).length >= rows, `expected ${rows} rows`, { timeout: 8000 });
  await el.updateComplete;
}

/** Waits until every calls-list request made so far has settled (answered or aborted). */
async function listRequestsSettled(el: DialstackCallHistory) {
  const lists = fetchSpy.getCalls().filter((call) => {
    const [input] = call.args;
    const url = new URL(input instanceof Request ? input.url : String(input), location.origin);
    return url.pathname === '/v1/calls';
  });
  await Promise.allSettled(lists.map((call) => call.returnValue));
  await el.updateComplete;
}

const callPosts = () => requests('/v1/calls').filter((r) => r.init.method === 'POST');

/**
 * Positive control for "places no call": with a user-id (and no host cancelling), the same
 * click places the call — and its POST is the only one, so the click before sent none.
 */
async function expectCallPlacedOnceAllowed(el: DialstackCallHistory) {
  el.setAttribute('user-id', facts.users.frontDesk);
  await el.updateComplete;
  part(el, 'call-back-button')!.click();
  const userOf = (post: ReturnType<typeof callPosts>[number]) =>
    (JSON.parse(String(post.init.body)) as { user_id?: string }).user_id;
  await waitUntil(
    () => callPosts().some((post) => userOf(post) === facts.users.frontDesk),
    'the call is placed once allowed',
    { timeout: 8000 },
  );
  expect(callPosts().map(userOf)).to.deep.equal([facts.users.frontDesk]);
}

/**
 * Positive control for "makes no request": given a usable number, the same element requests
 * its calls, and those are the first requests it made.
 */
async function expectRequestsOnceUsable(el: DialstackCallHistory) {
  el.phoneNumber = facts.numberWithBothDirections;
  await waitUntil(() => callListRequests().length > 0, 'a usable number is requested');
  for (const request of requests('/v1/calls')) {
    const { from_number, to_number } = Object.fromEntries(request.url.searchParams);
    expect(from_number ?? to_number).to.equal(facts.numberWithBothDirections);
  }
}

async function clickShowMore(el: DialstackCallHistory) {
  const before = rowEls(el).length;
  part(el, 'show-more')!.click();
  await waitUntil(
    () => rowEls(el).length > before || part(el, 'show-more-error'),
    'show more did not finish',
    { timeout: 8000 },
  );
  await el.updateComplete;
}

beforeEach(async () => {
  await resetMock();
  facts = await mockFacts();
  fetchSpy = sinon.spy(window, 'fetch');
  dialstack = await createInstance();
});

afterEach(async () => {
  await dialstack.logout();
  sinon.restore();
  await clearFailures();
});

describe('<dialstack-call-history>: the merged history', function (this: Mocha.Suite) {
  this.timeout(60_000);
  it('shows every call with the contact, both directions, newest first, across many pages of both cursors', async () => {
    const maria = facts.numberWithBothDirections;
    const expected = (await expectedHistory(maria)).map((c) => c.id);
    const fromCount = (
      await dialstack.client.page<CallLog>('/v1/calls', {
        query: { from_number: maria, limit: 100 },
      })
    ).data.length;
    // The seed gives this contact calls in both directions, several pages of 4 each.
    expect(fromCount).to.be.greaterThan(8);
    expect(expected.length - fromCount).to.be.greaterThan(8);
    fetchSpy.resetHistory();

    const el = await mountHistory(maria, { pageSize: 4 });
    await loaded(el, 4);
    expect(rowIds(el)).to.deep.equal(expected.slice(0, 4));
    // One first request per cursor, with the contract's filter names and the page size.
    const first = callListRequests().map((r) => Object.fromEntries(r.url.searchParams));
    expect(first).to.deep.include({ from_number: maria, limit: '4' });
    expect(first).to.deep.include({ to_number: maria, limit: '4' });

    let clicks = 0;
    while (part(el, 'show-more')) {
      const before = rowIds(el);
      await clickShowMore(el);
      clicks++;
      const after = rowIds(el);
      // New rows go below the old ones, and what is shown is always the true newest-first prefix.
      expect(after.slice(0, before.length)).to.deep.equal(before);
      expect(after).to.deep.equal(expected.slice(0, after.length));
      expect(after.length - before.length).to.be.at.most(4);
    }
    expect(rowIds(el)).to.deep.equal(expected);
    expect(new Set(rowIds(el)).size).to.equal(expected.length);
    expect(clicks).to.be.greaterThan(4);
    // Both cursors were followed through next_page_url (a `page` cursor, never built by us).
    const followed = callListRequests().filter((r) => r.url.searchParams.has('page'));
    expect(followed.some((r) => r.url.searchParams.get('from_number') === maria)).to.equal(true);
    expect(followed.some((r) => r.url.searchParams.get('to_number') === maria)).to.equal(true);
    expect(part(el, 'show-more')).to.not.exist;
    expect(text(shadow(el).querySelector('.footer--end'))).to.contain('every call');
    await expect(el).to.be.accessible();
  });

  it('de-duplicates a call returned by both cursors and renders untrusted API data safely', async () => {
    const weird: Record<string, unknown>[] = [
      {
        id: 'call_dup',
        direction: 'inbound',
        from_number: STRANGER,
        to_number: '+15035550100',
        from_label: null,
        to_label: null,
        started_at: new Date(Date.now() - 3 * 3600_000).toISOString(),
        answered_at: null,
        ended_at: null,
        duration_seconds: null,
        status: 'completed',
        summary: '<img src=x onerror="window.__pwned=1"><b>bold</b>',
        quality_metrics: [],
      },
      {
        id: 'call_odd',
        direction: 'sideways',
        from_number: STRANGER,
        to_number: STRANGER,
        from_label: null,
        to_label: null,
        started_at: new Date(Date.now() - 5 * 3600_000).toISOString(),
        duration_seconds: 65,
        answered_at: new Date(Date.now() - 5 * 3600_000).toISOString(),
        status: 'transferred-to-mars',
        summary: null,
      },
    ];
    const envelope = {
      object: 'list',
      url: '/v1/calls',
      next_page_url: null,
      previous_page_url: null,
      data: weird,
    };
    // Both cursors' first pages answer with the same two calls.
    await failNext({ method: 'GET', path: '/v1/calls', status: 200, times: 2, body: envelope });
    const el = await mountHistory(STRANGER);
    await loaded(el, 2);
    expect(rowIds(el)).to.deep.equal(['call_dup', 'call_odd']);

    const [dup, odd] = rowEls(el);
    // Markup from the API is text, never HTML.
    expect(dup!.querySelector('img, b')).to.equal(null);
    expect(text(dup!.querySelector('[part~="summary"]'))).to.equal(
      '<img src=x onerror="window.__pwned=1"><b>bold</b>',
    );
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    // A null duration is a dash (and "not available" to screen readers).
    expect(text(dup!.querySelector('.row__duration'))).to.contain('—');
    expect(text(dup!.querySelector('.row__duration'))).to.contain('Not available');
    // A null label falls back to the other party's number.
    expect(text(dup!.querySelector('.row__party'))).to.equal('(503) 555-0100');
    // Unknown direction and status show raw, in neutral badges.
    const direction = odd!.querySelector('[part~="call-direction"]');
    const status = odd!.querySelector('[part~="call-status"]');
    expect(text(direction)).to.equal('sideways');
    expect(direction!.getAttribute('data-tone')).to.equal('neutral');
    expect(text(status)).to.equal('transferred-to-mars');
    expect(status!.getAttribute('data-tone')).to.equal('neutral');
    expect(odd!.dataset.kind).to.equal('unknown');
    await expect(el).to.be.accessible();
  });

  it('labels rows by what happened, with relative times and durations', async () => {
    const maria = facts.numberWithBothDirections;
    const calls = await expectedHistory(maria);
    const el = await mountHistory(maria, { pageSize: 30 });
    await loaded(el, calls.length);
    for (const [index, call] of calls.entries()) {
      const row = rowEls(el)[index]!;
      const kind = row.dataset.kind;
      if (call.status === 'voicemail') expect(kind).to.equal('voicemail');
      else if (call.direction === 'inbound' && call.status !== 'completed')
        expect(kind).to.equal('missed');
      else expect(kind).to.equal(call.direction);
      const time = row.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(call.started_at);
      expect(time.textContent).to.match(/ago|yesterday|last|now/);
    }
    const missed = rowEls(el).find((row) => row.dataset.kind === 'missed');
    expect(text(missed!.querySelector('.row__kind'))).to.equal('Missed call');
    const withDuration = calls.findIndex((c) => (c.duration_seconds ?? 0) > 60);
    const seconds = calls[withDuration]!.duration_seconds!;
    const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    expect(text(rowEls(el)[withDuration]!.querySelector('.row__duration'))).to.contain(clock);
    const summarized = calls.findIndex((c) => c.summary);
    expect(text(rowEls(el)[summarized]!.querySelector('[part~="summary"]'))).to.equal(
      calls[summarized]!.summary,
    );
  });
});

describe('<dialstack-call-history>: states', function (this: Mocha.Suite) {
  this.timeout(30_000);
  it('shows loading while the first pages load, then the list', async () => {
    await failNext({ method: 'GET', path: '/v1/calls', delayMs: 700, times: 2 });
    const el = await mountHistory(facts.numberWithBothDirections);
    await waitUntil(() => part(el, 'loading'), 'no loading state');
    expect(part(el, 'loading')!.getAttribute('aria-busy')).to.equal('true');
    expect(rowEls(el)).to.have.length(0);
    await expect(el).to.be.accessible();
    await loaded(el, 10);
    expect(part(el, 'loading')).to.not.exist;
  });

  it('shows an empty state for a valid number with no calls', async () => {
    const el = await mountHistory(STRANGER);
    await waitUntil(() => part(el, 'empty'), 'no empty state', { timeout: 8000 });
    expect(text(part(el, 'empty'))).to.contain('No calls with this contact yet');
    expect(part(el, 'show-more')).to.not.exist;
    // The contact can still be called back from the empty state.
    expect(part(el, 'call-back-button')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry when the calls cannot be loaded, and fires dialstack-load-error', async () => {
    // Two cursors, each tried three times (the client retries 5xx GETs twice).
    await failNext({ method: 'GET', path: '/v1/calls', status: 500, times: 6 });
    const errors: CustomEvent[] = [];
    const onError = (event: Event) => errors.push(event as CustomEvent);
    document.addEventListener('dialstack-load-error', onError);
    try {
      const el = await mountHistory(facts.numberWithBothDirections);
      await waitUntil(() => part(el, 'error'), 'no error state', { timeout: 15000 });
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.error.status).to.equal(500);
      await expect(el).to.be.accessible();
      await clearFailures();
      part(el, 'retry-button')!.click();
      await loaded(el, 10);
      expect(part(el, 'error')).to.not.exist;
    } finally {
      document.removeEventListener('dialstack-load-error', onError);
    }
  });

  it('explains an invalid phone number and makes no request', async () => {
    fetchSpy.resetHistory();
    const el = await mountHistory('555-0150');
    await waitUntil(() => part(el, 'invalid-number'), 'no invalid-number view');
    const view = part(el, 'invalid-number')!;
    expect(view.getAttribute('part')).to.contain('error');
    expect(text(view)).to.contain('can’t be looked up');
    expect(text(view)).to.contain('“555-0150”');
    expect(text(view)).to.contain('+14155551234');
    await el.updateComplete;
    expect(requests('/v1/calls')).to.have.length(0);
    expect(part(el, 'call-back-button')).to.not.exist;
    await expect(el).to.be.accessible();
    await expectRequestsOnceUsable(el);
  });

  it('renders markup in an invalid phone number as text', async () => {
    const el = await mountHistory('<img src=x onerror="window.__pwned2=1">');
    await waitUntil(() => part(el, 'invalid-number'));
    expect(part(el, 'invalid-number')!.querySelector('img')).to.equal(null);
    expect(text(part(el, 'invalid-number'))).to.contain('<img src=x');
    expect((window as { __pwned2?: number }).__pwned2).to.equal(undefined);
  });

  it('asks for a number when none is set, without a request', async () => {
    fetchSpy.resetHistory();
    const el = await mountHistory(undefined);
    await waitUntil(() => part(el, 'missing-number'));
    expect(text(part(el, 'missing-number'))).to.contain('No phone number provided');
    await el.updateComplete;
    expect(requests('/v1/calls')).to.have.length(0);
    await expect(el).to.be.accessible();
    await expectRequestsOnceUsable(el);
  });

  it('accepts a formatted international number and queries its E.164 form', async () => {
    fetchSpy.resetHistory();
    const el = await mountHistory('+1 (503) 555-0150');
    await loaded(el, 10);
    const queried = callListRequests().map(
      (r) => r.url.searchParams.get('from_number') ?? r.url.searchParams.get('to_number'),
    );
    expect(new Set(queried)).to.deep.equal(new Set(['+15035550150']));
  });
});

describe('<dialstack-call-history>: refresh and locale', function (this: Mocha.Suite) {
  this.timeout(30_000);

  it('refresh() reloads behind the current list, without a loading flash', async () => {
    const maria = facts.numberWithBothDirections;
    const expected = (await expectedHistory(maria)).slice(0, 5).map((c) => c.id);
    const el = await mountHistory(maria, { pageSize: 5 });
    await loaded(el, 5);
    await failNext({ method: 'GET', path: '/v1/calls', delayMs: 800, times: 2 });
    fetchSpy.resetHistory();
    el.refresh();
    await waitUntil(() => callListRequests().length === 2, 'refresh did not request');
    await el.updateComplete;
    expect(part(el, 'loading')).to.not.exist;
    expect(rowIds(el)).to.deep.equal(expected);
    expect(part(el, 'list')!.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(
      () => part(el, 'list')!.getAttribute('aria-busy') === 'false',
      'refresh never finished',
      {
        timeout: 8000,
      },
    );
    expect(rowIds(el)).to.deep.equal(expected);
  });

  it('follows the instance locale', async () => {
    const el = await mountHistory(facts.numberWithBothDirections, { pageSize: 30 });
    await loaded(el, 20);
    dialstack.update({ locale: 'fr' });
    await waitUntil(() => text(part(el, 'call-back-button')) === 'Rappeler', 'not French', {
      timeout: 8000,
    });
    const missed = rowEls(el).find((row) => row.dataset.kind === 'missed')!;
    expect(text(missed.querySelector('.row__kind'))).to.equal('Appel manqué');
    expect(part(el, 'list')!.getAttribute('aria-label')).to.match(/^Appels avec /);
    await waitUntil(
      () => /il y a|hier|dernier|dernière/.test(text(rowEls(el)[0]!.querySelector('time'))),
      'relative time not French',
      {
        timeout: 8000,
      },
    );
  });
});

describe('<dialstack-call-history>: show more', function (this: Mocha.Suite) {
  this.timeout(30_000);
  it('reveals the next calls, announces the count, and recovers from a failed page', async () => {
    const maria = facts.numberWithBothDirections;
    const expected = (await expectedHistory(maria)).map((c) => c.id);
    const el = await mountHistory(maria, { pageSize: 5 });
    await loaded(el, 5);
    expect(rowIds(el)).to.deep.equal(expected.slice(0, 5));
    const status = shadow(el).querySelector('.frame > [role="status"]:last-child')!;
    await waitUntil(() => text(status) === 'Showing 5 calls, more available');

    await failNext({ method: 'GET', path: '/v1/calls', status: 500, times: 10 });
    part(el, 'show-more')!.click();
    await el.updateComplete;
    expect(text(part(el, 'show-more'))).to.contain('Loading more calls');
    expect(part(el, 'show-more')!.getAttribute('aria-disabled')).to.equal('true');
    await waitUntil(() => part(el, 'show-more-error'), 'no show-more error', { timeout: 15000 });
    expect(part(el, 'show-more-error')!.getAttribute('role')).to.equal('alert');
    // What was shown stays.
    expect(rowIds(el)).to.deep.equal(expected.slice(0, 5));
    await expect(el).to.be.accessible();

    await clearFailures();
    part(el, 'show-more-error')!.querySelector('button')!.click();
    await waitUntil(() => rowEls(el).length === 10, 'retry did not load more', { timeout: 8000 });
    expect(rowIds(el)).to.deep.equal(expected.slice(0, 10));
    await waitUntil(() => text(status) === 'Showing 10 calls, more available');
  });
});

describe('<dialstack-call-history>: selecting', function (this: Mocha.Suite) {
  this.timeout(30_000);
  it('fires dialstack-row-select with { id, item } on click and marks the row selected', async () => {
    const el = await mountHistory(facts.numberWithBothDirections);
    await loaded(el, 3);
    const row = rowEls(el)[2]!;
    setTimeout(() => row.click());
    const event = (await oneEvent(el, 'dialstack-row-select')) as CustomEvent<{
      id: string;
      item: CallLog;
    }>;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail.id).to.equal(row.dataset.id);
    expect(event.detail.item.id).to.equal(row.dataset.id);
    expect(event.detail.item.started_at).to.be.a('string');
    await el.updateComplete;
    expect(row.getAttribute('aria-selected')).to.equal('true');
    expect(rowEls(el).filter((r) => r.getAttribute('aria-selected') === 'true')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('keeps the row unselected when the host cancels the event', async () => {
    const el = await mountHistory(facts.numberWithBothDirections);
    await loaded(el, 2);
    let cancel = true;
    el.addEventListener('dialstack-row-select', (event) => {
      if (cancel) event.preventDefault();
    });
    rowEls(el)[1]!.click();
    await el.updateComplete;
    expect(rowEls(el)[1]!.getAttribute('aria-selected')).to.equal('false');
    // Positive control: the same click and wait select the row once the host lets it.
    cancel = false;
    rowEls(el)[1]!.click();
    await el.updateComplete;
    expect(rowEls(el)[1]!.getAttribute('aria-selected')).to.equal('true');
  });
});

describe('<dialstack-call-history>: keyboard', function (this: Mocha.Suite) {
  this.timeout(30_000);
  it('moves between rows with the arrow keys, Home and End, and selects with Enter', async () => {
    const el = await mountHistory(facts.numberWithBothDirections, { pageSize: 6 });
    await loaded(el, 6);
    const rows = rowEls(el);
    // One row in the tab order.
    expect(rows.filter((r) => r.tabIndex === 0)).to.deep.equal([rows[0]]);
    const focused = () => shadow(el).activeElement as HTMLElement | null;
    const press = async (key: string) => {
      focused()!.dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, composed: true }),
      );
      await el.updateComplete;
      await aTimeout(0);
    };
    rows[0]!.focus();
    await press('ArrowDown');
    expect(focused()).to.equal(rows[1]);
    await press('ArrowDown');
    expect(focused()).to.equal(rows[2]);
    await press('ArrowUp');
    expect(focused()).to.equal(rows[1]);
    await press('End');
    expect(focused()).to.equal(rows[5]);
    await press('ArrowDown');
    expect(focused()).to.equal(rows[5]);
    await press('Home');
    expect(focused()).to.equal(rows[0]);
    await press('ArrowDown');
    expect(rows[1]!.tabIndex).to.equal(0);
    expect(rows[0]!.tabIndex).to.equal(-1);

    setTimeout(() => void press('Enter'));
    const event = (await oneEvent(el, 'dialstack-row-select')) as CustomEvent<{ id: string }>;
    expect(event.detail.id).to.equal(rows[1]!.dataset.id);
    await el.updateComplete;
    expect(rows[1]!.getAttribute('aria-selected')).to.equal('true');
  });
});

describe('<dialstack-call-history>: call back', function (this: Mocha.Suite) {
  this.timeout(30_000);
  it('without user-id, only fires dialstack-call-back with the E.164 number', async () => {
    const el = await mountHistory('+1 503 555 0150');
    await loaded(el);
    fetchSpy.resetHistory();
    setTimeout(() => part(el, 'call-back-button')!.click());
    const event = (await oneEvent(el, 'dialstack-call-back')) as CustomEvent<{
      phoneNumber: string;
    }>;
    expect(event.detail).to.deep.equal({ phoneNumber: '+15035550150' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(callPosts()).to.have.length(0);
    expect(part(el, 'call-back-status')).to.not.exist;
    await expectCallPlacedOnceAllowed(el);
  });

  it('with user-id, places the call with POST /v1/calls and says it was queued', async () => {
    const maria = facts.numberWithBothDirections;
    const el = await mountHistory(maria, { userId: facts.users.frontDesk });
    await loaded(el);
    fetchSpy.resetHistory();
    const fired = oneEvent(el, 'dialstack-call-back');
    part(el, 'call-back-button')!.click();
    await fired;
    await el.updateComplete;
    expect(text(part(el, 'call-back-button'))).to.contain('Calling…');
    await waitUntil(() => part(el, 'call-back-status'), 'no call-back status', { timeout: 8000 });
    const statusEl = part(el, 'call-back-status')!;
    expect(statusEl.dataset.tone).to.equal('success');
    expect(text(statusEl)).to.contain('Calling (503) 555-0150');
    expect(statusEl.parentElement!.getAttribute('role')).to.equal('status');
    const posts = requests('/v1/calls').filter((r) => r.init.method === 'POST');
    expect(posts).to.have.length(1);
    expect(JSON.parse(String(posts[0]!.init.body))).to.deep.equal({
      user_id: facts.users.frontDesk,
      dial_string: maria,
    });
    expect(text(part(el, 'call-back-button'))).to.contain('Call back');
    await expect(el).to.be.accessible();
    // Dismissing returns focus to the button.
    statusEl.querySelector('button')!.click();
    await el.updateComplete;
    expect(part(el, 'call-back-status')).to.not.exist;
    expect(shadow(el).activeElement).to.equal(part(el, 'call-back-button'));
  });

  it('shows why the call could not be placed (the API error message)', async () => {
    await failNext({
      method: 'POST',
      path: '/v1/calls',
      status: 400,
      body: { error: 'Outbound calling is disabled for this user', code: 'validation_error' },
    });
    const el = await mountHistory(facts.numberWithBothDirections, {
      userId: facts.users.frontDesk,
    });
    await loaded(el);
    part(el, 'call-back-button')!.click();
    await waitUntil(() => part(el, 'call-back-status'), 'no failure message', { timeout: 8000 });
    const statusEl = part(el, 'call-back-status')!;
    expect(statusEl.dataset.tone).to.equal('danger');
    expect(statusEl.parentElement!.getAttribute('role')).to.equal('alert');
    expect(text(statusEl)).to.equal(
      'The call couldn’t be placed: Outbound calling is disabled for this user',
    );
    await expect(el).to.be.accessible();
  });

  it('reports an unknown user (the mock’s real 404)', async () => {
    const el = await mountHistory(facts.numberWithBothDirections, {
      userId: 'user_does_not_exist',
    });
    await loaded(el);
    part(el, 'call-back-button')!.click();
    await waitUntil(() => part(el, 'call-back-status'), 'no failure message', { timeout: 8000 });
    expect(part(el, 'call-back-status')!.dataset.tone).to.equal('danger');
    expect(text(part(el, 'call-back-status'))).to.match(/The call couldn’t be placed: .*user/i);
  });

  it('lets the host take over by cancelling dialstack-call-back', async () => {
    const el = await mountHistory(facts.numberWithBothDirections, {
      userId: facts.users.frontDesk,
    });
    await loaded(el);
    let cancel = true;
    el.addEventListener('dialstack-call-back', (event) => {
      if (cancel) event.preventDefault();
    });
    fetchSpy.resetHistory();
    part(el, 'call-back-button')!.click();
    await el.updateComplete;
    expect(callPosts()).to.have.length(0);
    expect(part(el, 'call-back-status')).to.not.exist;
    cancel = false;
    await expectCallPlacedOnceAllowed(el);
  });
});

describe('<dialstack-call-history>: live updates', function (this: Mocha.Suite) {
  this.timeout(30_000);
  it('inserts a call with the contact at the top when it ends, and ignores other numbers', async () => {
    const maria = facts.numberWithBothDirections;
    const el = await mountHistory(maria, { pageSize: 5 });
    await loaded(el, 5);
    const before = rowIds(el);
    await streamReady(dialstack);

    const other = await simulate('hangup', { from_number: '+15035550199' });
    const mine = await simulate('hangup', { from_number: maria });
    await waitUntil(() => rowIds(el)[0] === mine.call_id, 'the ended call did not appear', {
      timeout: 8000,
    });
    expect(rowIds(el)).to.deep.equal([mine.call_id, ...before]);
    expect(rowIds(el)).to.not.include(other.call_id);
    const row = rowEls(el)[0]!;
    expect(row.dataset.kind).to.equal('inbound');
    expect(row.hasAttribute('data-new')).to.equal(true);
    expect(text(row.querySelector('time'))).to.match(/minute|now|second/);
    const status = shadow(el).querySelector('.frame > [role="status"]:last-child')!;
    await waitUntil(() => text(status).startsWith('New call: Incoming call'));
    // Show more still continues below, without duplicates.
    await clickShowMore(el);
    expect(new Set(rowIds(el)).size).to.equal(rowIds(el).length);
    await expect(el).to.be.accessible();
  });

  it('shows a ringing / in-progress indicator for a live call with the contact', async () => {
    const el = await mountHistory(STRANGER);
    await waitUntil(() => part(el, 'empty'), 'no empty state', { timeout: 8000 });
    await streamReady(dialstack);
    // Someone else ringing changes nothing.
    await simulate('incoming', { from_number: '+15035550199' });
    const { call_id } = await simulate('incoming', { from_number: STRANGER });
    await waitUntil(() => part(el, 'call-live'), 'no live indicator', { timeout: 8000 });
    expect(text(part(el, 'call-live'))).to.equal('Ringing');
    await expect(el).to.be.accessible();
    await simulate('answer', { call_id });
    await waitUntil(() => text(part(el, 'call-live')) === 'In progress', 'not in progress', {
      timeout: 8000,
    });
    await simulate('hangup', { call_id });
    await waitUntil(() => rowIds(el)[0] === call_id, 'the ended call did not appear', {
      timeout: 8000,
    });
    expect(part(el, 'call-live')).to.not.exist;
    expect(rowEls(el)[0]!.dataset.kind).to.equal('inbound');
    expect(text(part(el, 'header'))).to.contain('Last call');
  });

  it('turns the empty state into a list when the first call with the contact ends', async () => {
    const el = await mountHistory(STRANGER);
    await waitUntil(() => part(el, 'empty'), 'no empty state', { timeout: 8000 });
    await streamReady(dialstack);
    const { call_id } = await simulate('voicemail', { from_number: STRANGER });
    await waitUntil(() => rowIds(el)[0] === call_id, 'the call did not appear', { timeout: 8000 });
    expect(part(el, 'empty')).to.not.exist;
    expect(rowEls(el)[0]!.dataset.kind).to.equal('voicemail');
  });
});

describe('<dialstack-call-history>: changing phone-number', function (this: Mocha.Suite) {
  this.timeout(30_000);
  it('aborts the old contact’s requests and shows only the new contact', async () => {
    const maria = facts.numberWithBothDirections;
    const otherNumber = '+15035550100';
    const expected = (await expectedHistory(otherNumber)).slice(0, 10).map((c) => c.id);
    // Maria's first pages are slow: the switch happens while they are in flight.
    await failNext({ method: 'GET', path: '/v1/calls', delayMs: 1500, times: 2 });
    fetchSpy.resetHistory();
    const el = await mountHistory(maria);
    await waitUntil(() => callListRequests().length === 2, 'first pages not requested');
    const old = callListRequests();
    expect(old.every((r) => (r.init.signal as AbortSignal).aborted)).to.equal(false);

    el.phoneNumber = otherNumber;
    await waitUntil(
      () => old.every((r) => (r.init.signal as AbortSignal).aborted),
      'old requests not aborted',
    );
    await loaded(el, 10);
    expect(rowIds(el)).to.deep.equal(expected);
    // Once Maria's delayed requests have settled (aborted), nothing of hers shows up.
    await listRequestsSettled(el);
    expect(rowIds(el)).to.deep.equal(expected);
    expect(text(part(el, 'header'))).to.contain('(503) 555-0100');
  });

  it('aborts a pending "show more" of the old contact', async () => {
    const maria = facts.numberWithBothDirections;
    const el = await mountHistory(maria, { pageSize: 4 });
    await loaded(el, 4);
    await failNext({ method: 'GET', path: '/v1/calls', delayMs: 1500, times: 4 });
    fetchSpy.resetHistory();
    part(el, 'show-more')!.click();
    await waitUntil(() => callListRequests().length >= 1, 'show more did not request');
    const pending = callListRequests();
    el.setAttribute('phone-number', STRANGER);
    await waitUntil(
      () => pending.every((r) => (r.init.signal as AbortSignal).aborted),
      'show more not aborted',
    );
    await waitUntil(() => part(el, 'empty'), 'new contact not shown', { timeout: 8000 });
    await listRequestsSettled(el);
    expect(rowEls(el)).to.have.length(0);
  });

  it('switching to an invalid number clears the list and requests nothing', async () => {
    const el = await mountHistory(facts.numberWithBothDirections);
    await loaded(el, 10);
    fetchSpy.resetHistory();
    el.phoneNumber = 'call me maybe';
    await waitUntil(() => part(el, 'invalid-number'));
    expect(rowEls(el)).to.have.length(0);
    expect(part(el, 'header')).to.not.exist;
    await el.updateComplete;
    expect(requests('/v1/calls')).to.have.length(0);
    await expectRequestsOnceUsable(el);
  });
});
