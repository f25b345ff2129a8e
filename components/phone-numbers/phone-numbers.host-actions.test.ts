import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { components } from '../../src/api/schema';
import {
  chooseFromRowMenu,
  detailActionButton,
  expectSlotted,
  hostActions,
  nextDetailChange,
  rowMenuButton,
  slotHostContent,
} from '../../test/support/host-actions';
import { closeSession, openSession, shadow, type Session } from '../../test/phone-numbers-support';
import { DialstackPhoneNumbers } from './define';

void DialstackPhoneNumbers;
type PhoneNumber = components['schemas']['PhoneNumber'];

let session: Session;
beforeEach(async () => {
  session = await openSession();
});
afterEach(async () => {
  await closeSession(session);
});

const rows = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="row"]')];
const panel = (el: HTMLElement) => shadow(el).querySelector('dialstack-phone-number-panel');

async function mount(withActions: boolean): Promise<DialstackPhoneNumbers> {
  const el = await fixture<DialstackPhoneNumbers>(
    html`<dialstack-phone-numbers
      .dialstack=${session.dialstack}
      .actions=${withActions ? hostActions : []}
    ></dialstack-phone-numbers>`,
  );
  await waitUntil(() => rows(el).length > 0, 'no rows', { timeout: 8000 });
  return el;
}

describe('<dialstack-phone-numbers> host integration', function (this: Mocha.Suite) {
  this.timeout(60_000);

  it('adds a column of row menus only when the host sets actions', async () => {
    const plain = await mount(false);
    expect(rowMenuButton(rows(plain)[0]!)).to.equal(null);
    expect(shadow(plain).querySelectorAll('th').length).to.equal(5);
    const el = await mount(true);
    expect(rows(el).every((row) => rowMenuButton(row))).to.equal(true);
    expect(shadow(el).querySelectorAll('th').length).to.equal(6);
  });

  it("fires dialstack-action with the row's number from its menu, without opening the panel", async () => {
    const el = await mount(true);
    const row = rows(el)[0]!;
    const event = await chooseFromRowMenu(el, row, 'log');
    expect(event.detail.action).to.equal('log');
    expect((event.detail.item as PhoneNumber).id).to.equal(row.dataset.id);
    expect(panel(el), 'the panel stays closed').to.equal(null);
    // Positive control: a click on the row opens it.
    row.querySelector<HTMLElement>('.row-link')!.click();
    await waitUntil(() => panel(el), 'the panel opens', { timeout: 8000 });
  });

  it('tells the host which number the panel shows and renders its slot and actions there', async () => {
    const el = await mount(true);
    const content = slotHostContent(el);
    const row = rows(el)[0]!;
    const changed = nextDetailChange(el);
    row.querySelector<HTMLElement>('.row-link')!.click();
    const change = await changed;
    expect(change.detail.id).to.equal(row.dataset.id);
    expect((change.detail.item as PhoneNumber).id).to.equal(row.dataset.id);
    expect(el.getAttribute('detail-id')).to.equal(row.dataset.id);
    await expectSlotted(el, content);
    await waitUntil(() => detailActionButton(shadow(el), 'ticket'), 'actions in the panel');
    await expect(el).to.be.accessible();
    const heard = oneEvent(el, 'dialstack-action');
    detailActionButton(shadow(el), 'ticket')!.click();
    const event = await heard;
    expect(event.detail.action).to.equal('ticket');
    expect((event.detail.item as PhoneNumber).id).to.equal(row.dataset.id);

    const closed = nextDetailChange(el);
    row.querySelector<HTMLElement>('.row-link')!.click();
    expect((await closed).detail).to.deep.equal({ id: null, item: null });
    expect(el.hasAttribute('detail-id')).to.equal(false);
  });
});
