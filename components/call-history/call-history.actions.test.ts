import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CallLog } from './call-history.data';
import { fail as failNext } from '../../test/support/mock';
import {
  callPosts,
  expectCallPlacedOnceAllowed,
  facts,
  fetchSpy,
  loaded,
  mountHistory,
  part,
  requests,
  rowEls,
  shadow,
  text,
  useFreshMock,
} from './call-history.test-support';

useFreshMock();

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
