import { expect, waitUntil } from '@open-wc/testing';
import { fail as failNext, simulate, streamReady } from '../../test/support/mock';
import {
  STRANGER,
  callListRequests,
  clickShowMore,
  dialstack,
  expectRequestsOnceUsable,
  expectedHistory,
  facts,
  fetchSpy,
  listRequestsSettled,
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
