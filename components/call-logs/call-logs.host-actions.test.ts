import { expect, oneEvent } from '@open-wc/testing';
import {
  chooseFromRowMenu,
  detailActionButton,
  expectSlotted,
  hostActions,
  nextDetailChange,
  rowMenuButton,
  slotHostContent,
} from '../../test/support/host-actions';
import type { CallLog } from './call-logs.data';
import {
  detailRoot,
  loaded,
  mount,
  part,
  root,
  rows,
  useFreshMock,
  waitUntil,
} from './call-logs.test-support';

useFreshMock();

describe('<dialstack-call-logs> host integration', function () {
  this.timeout(30_000);

  it('shows no row menus until the host sets actions', async () => {
    const el = await mount();
    await loaded(el);
    expect(rowMenuButton(rows(el)[0]!)).to.equal(null);
    expect(root(el).querySelector('[role="grid"]')!.getAttribute('aria-colcount')).to.equal('8');
    el.actions = hostActions;
    await waitUntil(() => rowMenuButton(rows(el)[0]!), 'a menu on each row');
    expect(rows(el).every((row) => rowMenuButton(row))).to.equal(true);
    expect(root(el).querySelector('[role="grid"]')!.getAttribute('aria-colcount')).to.equal('9');
  });

  it("fires dialstack-action with the row's call from its menu, without opening it", async () => {
    const el = await mount();
    el.actions = hostActions;
    await loaded(el);
    const row = rows(el)[1]!;
    let selected = 0;
    el.addEventListener('dialstack-row-select', () => selected++);
    const event = await chooseFromRowMenu(el, row, 'ticket');
    expect(event.detail.action).to.equal('ticket');
    expect((event.detail.item as CallLog).id).to.equal(row.dataset.id);
    expect(selected, 'the menu does not select the row').to.equal(0);
    expect(part(el, 'detail')).to.equal(null);
    // Positive control: a click on the row itself does open it.
    row.click();
    await waitUntil(() => part(el, 'detail'), 'the row opens');
    expect(selected).to.equal(1);
  });

  it('tells the host which call the detail panel shows and renders its slot and actions there', async () => {
    const el = await mount();
    el.actions = hostActions;
    const content = slotHostContent(el);
    await loaded(el);
    const row = rows(el)[0]!;
    const changed = nextDetailChange(el);
    row.click();
    const change = await changed;
    expect(change.detail.id).to.equal(row.dataset.id);
    expect((change.detail.item as CallLog).id).to.equal(row.dataset.id);
    expect(el.getAttribute('detail-id')).to.equal(row.dataset.id);
    await expectSlotted(el, content);
    const button = detailActionButton(root(el), 'log')!;
    expect(button.textContent!.trim()).to.equal('Log to CRM');
    await expect(el).to.be.accessible();
    const heard = oneEvent(el, 'dialstack-action');
    button.click();
    const event = await heard;
    expect(event.detail).to.deep.include({ action: 'log' });
    expect((event.detail.item as CallLog).id).to.equal(row.dataset.id);

    const closed = nextDetailChange(el);
    detailRoot(el)!.querySelector<HTMLElement>('.detail__close')!.click();
    expect((await closed).detail).to.deep.equal({ id: null, item: null });
    expect(el.hasAttribute('detail-id')).to.equal(false);
  });
});
