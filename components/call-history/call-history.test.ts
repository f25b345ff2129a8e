import { expect, waitUntil } from '@open-wc/testing';
import type { CallLog } from './call-history.data';
import { clearFailures, fail as failNext } from '../../test/support/mock';
import {
  STRANGER,
  callListRequests,
  clickShowMore,
  dialstack,
  expectRequestsOnceUsable,
  expectedHistory,
  facts,
  fetchSpy,
  loaded,
  mountHistory,
  part,
  requests,
  rowEls,
  rowIds,
  shadow,
  text,
  useFreshMock,
} from './call-history.test-support';

useFreshMock();

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
