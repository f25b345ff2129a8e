import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CallLog } from './call-history.data';
import {
  detailActionButton,
  expectSlotted,
  hostActions,
  nextDetailChange,
  rowMenuButton,
  slotHostContent,
} from '../../test/support/host-actions';
import {
  facts,
  loaded,
  mountHistory,
  part,
  rowEls,
  shadow,
  useFreshMock,
} from './call-history.test-support';

useFreshMock();

describe('<dialstack-call-history> host integration', function (this: Mocha.Suite) {
  this.timeout(30_000);

  it('shows the host actions and its detail slot for the selected call, under the list', async () => {
    const el = await mountHistory(facts.numberWithBothDirections);
    await loaded(el, 3);
    el.actions = hostActions;
    const content = slotHostContent(el);
    // The rows are listbox options: no buttons inside them.
    expect(rowEls(el).some((row) => rowMenuButton(row))).to.equal(false);
    expect(part(el, 'detail'), 'nothing until a call is selected').to.equal(null);
    expect(content.getBoundingClientRect().height).to.equal(0);

    const row = rowEls(el)[1]!;
    const changed = nextDetailChange(el);
    row.click();
    const change = await changed;
    expect(change.detail.id).to.equal(row.dataset.id);
    expect((change.detail.item as CallLog).id).to.equal(row.dataset.id);
    expect(el.getAttribute('detail-id')).to.equal(row.dataset.id);
    await expectSlotted(el, content);
    expect(part(el, 'detail')!.dataset.id).to.equal(row.dataset.id);
    await waitUntil(() => detailActionButton(shadow(el), 'log'), 'the host actions');
    await expect(el).to.be.accessible();

    const heard = oneEvent(el, 'dialstack-action');
    detailActionButton(shadow(el), 'log')!.click();
    const event = await heard;
    expect(event.composed).to.equal(true);
    expect(event.detail.action).to.equal('log');
    expect((event.detail.item as CallLog).id).to.equal(row.dataset.id);

    const next = rowEls(el)[2]!;
    const moved = nextDetailChange(el);
    next.click();
    expect((await moved).detail.id).to.equal(next.dataset.id);
    expect(el.getAttribute('detail-id')).to.equal(next.dataset.id);
  });
});
