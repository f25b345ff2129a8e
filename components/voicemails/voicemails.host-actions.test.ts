import { expect, oneEvent } from '@open-wc/testing';
import type { Voicemail } from './voicemails';
import './define';
import {
  chooseFromRowMenu,
  detailActionButton,
  expectSlotted,
  hostActions,
  nextDetailChange,
  rowMenuButton,
  slotHostContent,
} from '../../test/support/host-actions';
import {
  detail,
  loaded,
  mount,
  open,
  root,
  rowButton,
  rows,
  until,
} from './voicemails.test-support';

describe('<dialstack-voicemails> host integration', function () {
  this.timeout(30_000);

  it('shows a menu of the host actions on each voicemail once the host sets them', async () => {
    const el = await mount();
    await loaded(el);
    expect(rowMenuButton(rows(el)[0]!)).to.equal(null);
    el.actions = hostActions;
    await until(() => rowMenuButton(rows(el)[0]!), 'menus appear');
    expect(rows(el).every((row) => rowMenuButton(row))).to.equal(true);
  });

  it("fires dialstack-action with the row's voicemail from its menu, without opening it", async () => {
    const el = await mount();
    el.actions = hostActions;
    await loaded(el);
    const row = rows(el)[2]!;
    const event = await chooseFromRowMenu(el, row, 'log');
    expect(event.detail.action).to.equal('log');
    expect((event.detail.item as Voicemail).id).to.equal(row.dataset.id);
    expect(detail(el), 'the voicemail stays closed').to.equal(null);
    // Positive control: its main button does open it.
    rowButton(el, row.dataset.id!).click();
    await until(() => detail(el), 'the voicemail opens');
  });

  it('tells the host which voicemail is open and renders its slot and actions in it', async () => {
    const el = await mount();
    el.actions = hostActions;
    const content = slotHostContent(el);
    await loaded(el);
    const id = rows(el)[0]!.dataset.id!;
    const changed = nextDetailChange(el);
    await open(el, id);
    const change = await changed;
    expect(change.detail.id).to.equal(id);
    expect((change.detail.item as Voicemail).id).to.equal(id);
    expect(el.getAttribute('detail-id')).to.equal(id);
    await expectSlotted(el, content);
    await until(() => detailActionButton(root(el), 'ticket'), 'the host actions in the detail');
    await expect(el).to.be.accessible();
    const heard = oneEvent(el, 'dialstack-action');
    detailActionButton(root(el), 'ticket')!.click();
    const event = await heard;
    expect(event.detail.action).to.equal('ticket');
    expect((event.detail.item as Voicemail).id).to.equal(id);

    const closed = nextDetailChange(el);
    rowButton(el, id).click();
    expect((await closed).detail).to.deep.equal({ id: null, item: null });
    expect(el.hasAttribute('detail-id')).to.equal(false);
  });
});
