import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatPhone } from '../../src/i18n/phone';
import {
  closeSession,
  controlPolling,
  openSession,
  shadow,
  text,
  type Session,
} from '../../test/phone-numbers-support';
import { DialstackPhoneNumberOrdering } from '../phone-number-ordering/define';
import { DialstackPhoneNumbers } from './define';
import type { DialstackPhoneNumberPanel } from './phone-numbers.panel';

void DialstackPhoneNumbers;
void DialstackPhoneNumberOrdering;

let session: Session;
let polling: ReturnType<typeof controlPolling> | undefined;

beforeEach(async () => {
  session = await openSession();
});
afterEach(async () => {
  polling?.restore();
  polling = undefined;
  await closeSession(session);
});

const MAIN_LINE = '+15035550100';

const rows = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="row"]')];
const rowIds = (el: HTMLElement) => rows(el).map((r) => r.dataset.id!);
const row = (el: HTMLElement, id: string) =>
  shadow(el).querySelector<HTMLElement>(`[part~="row"][data-id="${id}"]`);
const tab = (el: HTMLElement, name: string) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[role="tab"]')].find((t) =>
    text(t).startsWith(name),
  )!;
const panel = (el: HTMLElement) =>
  shadow(el).querySelector<DialstackPhoneNumberPanel>('dialstack-phone-number-panel');
const inPanel = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) =>
  panel(el)?.shadowRoot?.querySelector<T>(selector) ?? null;
const panelButton = (el: HTMLElement, name: string) =>
  [...(panel(el)?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => text(b) === name);

async function mount(): Promise<DialstackPhoneNumbers> {
  const el = await fixture<DialstackPhoneNumbers>(
    html`<dialstack-phone-numbers .dialstack=${session.dialstack}></dialstack-phone-numbers>`,
  );
  await waitUntil(() => rows(el).length > 0, 'no rows', { timeout: 8000 });
  return el;
}

async function openRow(el: DialstackPhoneNumbers, id: string) {
  row(el, id)!.querySelector<HTMLButtonElement>('.row-link')!.click();
  await waitUntil(() => panel(el), 'the panel never opened', { timeout: 8000 });
  await panel(el)!.updateComplete;
  // Opening ends with focus moving to the panel: wait for it, or it lands mid-typing.
  await waitUntil(() => shadow(el).activeElement === panel(el), 'focus never reached the panel');
}

describe('<dialstack-phone-numbers>: the merged list', function (this: Mocha.Suite) {
  this.timeout(60_000);

  it('numbers, pending purchase orders and port orders under their tabs, with target names', async () => {
    const el = await mount();
    const { phoneNumbers, numberOrders, portOrders } = session.facts;
    // Active: 8 active + 2 inactive numbers, and the complete port (its numbers aren't ours yet).
    expect(text(tab(el, 'Active'))).to.equal('Active11');
    expect(text(tab(el, 'In progress'))).to.equal('In progress7');
    expect(text(tab(el, 'Released'))).to.equal('Released3');
    expect(rowIds(el)).to.include(phoneNumbers.mainLine);
    expect(rowIds(el)).to.include(portOrders.complete);
    // The main line goes to the "Main Line" dial plan, resolved by name.
    await waitUntil(() => text(row(el, phoneNumbers.mainLine)).includes('Main Line'), 'no name', {
      timeout: 8000,
    });
    expect(text(row(el, phoneNumbers.mainLine))).to.contain('Dial plan');
    // One request per distinct target list, not per row.
    for (const path of [
      '/v1/users',
      '/v1/dialplans',
      '/v1/ring_groups',
      '/v1/shared_voicemail_boxes',
    ])
      expect(session.requests(path, 'GET'), path).to.have.length(1);
    expect(session.requests('/v1/voice-apps', 'GET')).to.have.length(0);
    await expect(el).to.be.accessible();

    tab(el, 'In progress').click();
    await el.updateComplete;
    expect(rowIds(el)).to.include.members([
      `${numberOrders.pendingPurchase}:+15035550112`,
      `${numberOrders.pendingPurchase}:+15035550113`,
      portOrders.draft,
      portOrders.exception,
      portOrders.foc,
    ]);
    expect(text(row(el, portOrders.exception))).to.contain('Port: rejected');
    await expect(el).to.be.accessible();

    tab(el, 'Released').click();
    await el.updateComplete;
    expect(rowIds(el)).to.include.members([phoneNumbers.released, portOrders.cancelled]);
  });

  it('tabs move with the arrow keys', async () => {
    const el = await mount();
    tab(el, 'Active').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(tab(el, 'In progress').getAttribute('aria-selected')).to.equal('true');
    expect(shadow(el).activeElement).to.equal(tab(el, 'In progress'));
  });

  it('search finds digits typed in any format; nothing found says so', async () => {
    const el = await mount();
    const search = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(search.getAttribute('aria-label')).to.equal('Search numbers');
    for (const typed of ['(503) 555-0100', '+1 503.555.0100', '5035550100']) {
      search.focus();
      search.select();
      await sendKeys({ type: typed });
      await el.updateComplete;
      expect(rowIds(el), typed).to.deep.equal([session.facts.phoneNumbers.mainLine]);
    }
    search.select();
    await sendKeys({ type: '999 999' });
    await el.updateComplete;
    expect(text(shadow(el).querySelector('[part="empty"]'))).to.contain(
      'No numbers match “999 999”',
    );
    await expect(el).to.be.accessible();
  });

  it('columns sort by keyboard and mouse', async () => {
    const el = await mount();
    const numbers = () =>
      rows(el)
        .filter((r) => r.dataset.kind === 'number')
        .map((r) => text(r.querySelector('.row-link')));
    const ascending = numbers();
    expect([...ascending].sort()).to.deep.equal(ascending);
    const header = shadow(el).querySelector<HTMLElement>('th.col--number')!;
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    header.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    expect(numbers()).to.deep.equal([...ascending].reverse());
    // Mouse: sort by caller ID.
    shadow(el).querySelector<HTMLButtonElement>('th.col--caller-id button')!.click();
    await el.updateComplete;
    expect(header.hasAttribute('aria-sort')).to.equal(false);
    const callerIds = rows(el)
      .filter((r) => r.dataset.kind === 'number')
      .map((r) => text(r.querySelector('.col--caller-id')))
      .filter((t) => t !== '—');
    expect(callerIds).to.deep.equal([...callerIds].sort());
  });

  it('opening a row fires dialstack-row-select with the resource', async () => {
    const el = await mount();
    const selected = oneEvent(el, 'dialstack-row-select');
    row(el, session.facts.phoneNumbers.mainLine)!
      .querySelector<HTMLElement>('.col--status')!
      .click();
    const { detail } = await selected;
    expect(detail.id).to.equal(session.facts.phoneNumbers.mainLine);
    expect((detail.item as { phone_number: string }).phone_number).to.equal(MAIN_LINE);
  });
});

describe('<dialstack-phone-numbers>: the panel', function (this: Mocha.Suite) {
  this.timeout(60_000);

  it('caller ID name: the limit shows as you type; invalid names are never sent; a valid one is', async () => {
    const el = await mount();
    const id = session.facts.phoneNumbers.mainLine;
    await openRow(el, id);
    const input = inPanel<HTMLInputElement>(el, '#caller-id')!;
    expect(text(inPanel(el, '#caller-id-count'))).to.equal('14 of 15 characters');
    input.focus();
    input.select();
    await sendKeys({ type: 'RIVERSIDE CLINIC' });
    await panel(el)!.updateComplete;
    expect(text(inPanel(el, '#caller-id-count'))).to.equal('16 of 15 characters');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(text(inPanel(el, '#caller-id-hint'))).to.equal('Use 15 characters or fewer.');
    panelButton(el, 'Save changes')!.click();
    input.select();
    await sendKeys({ type: 'Dr. Chen' });
    await panel(el)!.updateComplete;
    expect(text(inPanel(el, '#caller-id-hint'))).to.equal(
      'Use only letters, digits, spaces and hyphens.',
    );
    await sendKeys({ press: 'Enter' });
    await expect(el).to.be.accessible();
    expect(session.requests(`/v1/phone-numbers/${id}`, 'POST')).to.have.length(0);

    input.select();
    await sendKeys({ type: 'RIVERSIDE-PEDS' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(inPanel(el, '[role="status"].notice')) === 'Saved');
    const [request] = session.requests(`/v1/phone-numbers/${id}`, 'POST');
    expect(JSON.parse(String(request!.init.body))).to.deep.equal({
      caller_id_name: 'RIVERSIDE-PEDS',
    });
    expect(text(row(el, id)!.querySelector('.col--caller-id'))).to.equal('RIVERSIDE-PEDS');
  });

  it('routing with the combobox by keyboard: type to filter, arrows, Enter; "None" clears', async () => {
    const el = await mount();
    const id = session.facts.phoneNumbers.mainLine;
    await openRow(el, id);
    const combo = inPanel<HTMLInputElement>(el, '[role="combobox"]')!;
    await waitUntil(() => !combo.placeholder, 'targets never loaded');
    expect(combo.value).to.equal('Main Line');
    combo.focus();
    await sendKeys({ type: 'Chen' });
    await panel(el)!.updateComplete;
    expect(combo.getAttribute('aria-expanded')).to.equal('true');
    const options = [...panel(el)!.shadowRoot!.querySelectorAll('[role="option"]')].map(text);
    expect(options).to.deep.equal(['Dr. Sarah Chen']);
    const group = panel(el)!.shadowRoot!.querySelector('[role="group"]')!;
    expect(
      text(panel(el)!.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)),
    ).to.equal('Users');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => session.requests(`/v1/phone-numbers/${id}/route`, 'POST').length === 1);
    const chen = JSON.parse(
      String(session.requests(`/v1/phone-numbers/${id}/route`, 'POST')[0]!.init.body),
    ).routing_target as string;
    expect(chen).to.match(/^user_/);
    await waitUntil(() => text(row(el, id)).includes('Dr. Sarah Chen'));
    expect(text(row(el, id))).to.contain('User');

    // Escape closes without choosing.
    combo.focus();
    await sendKeys({ press: 'ArrowDown' });
    await panel(el)!.updateComplete;
    expect(combo.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await panel(el)!.updateComplete;
    expect(combo.getAttribute('aria-expanded')).to.equal('false');
    expect(session.requests(`/v1/phone-numbers/${id}/route`, 'POST')).to.have.length(1);

    // "None" is the first option: ArrowDown, Enter.
    await sendKeys({ press: 'ArrowDown' });
    await panel(el)!.updateComplete;
    const active = panel(el)!.shadowRoot!.getElementById(
      combo.getAttribute('aria-activedescendant')!,
    );
    expect(text(active)).to.equal('None (not routed)');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => session.requests(`/v1/phone-numbers/${id}/route`, 'POST').length === 2);
    expect(
      JSON.parse(String(session.requests(`/v1/phone-numbers/${id}/route`, 'POST')[1]!.init.body)),
    ).to.deep.equal({ routing_target: null });
    await waitUntil(() => text(row(el, id)).includes('Not routed'));
  });

  it('disconnect asks first, naming the number; cancel sends nothing, confirm sends it', async () => {
    const el = await mount();
    const id = session.facts.phoneNumbers.mainLine;
    await openRow(el, id);
    const path = `/v1/phone-numbers/${id}/disconnect`;
    panelButton(el, 'Disconnect number')!.click();
    await waitUntil(() => inPanel(el, '[role="alertdialog"]'));
    const dialog = inPanel(el, '[role="alertdialog"]')!;
    expect(text(dialog)).to.contain(`Disconnect ${formatPhone(MAIN_LINE)}?`);
    await expect(el).to.be.accessible();
    [...dialog.querySelectorAll('button')].find((b) => text(b) === 'Cancel')!.click();
    await waitUntil(() => !inPanel(el, 'dialog[open]'));
    expect(session.requests(path, 'POST')).to.have.length(0);

    panelButton(el, 'Disconnect number')!.click();
    await waitUntil(() => inPanel(el, '[role="alertdialog"]'));
    [...inPanel(el, '[role="alertdialog"]')!.querySelectorAll('button')]
      .find((b) => text(b) === 'Disconnect')!
      .click();
    await waitUntil(() => session.requests(path, 'POST').length === 1);
    await waitUntil(() => text(inPanel(el, '.notice')).includes('Disconnect requested'));
  });

  it('a port order opens its timeline, and the carrier’s reason for an exception', async () => {
    const el = await mount();
    tab(el, 'In progress').click();
    await el.updateComplete;
    const portId = session.facts.portOrders.exception!;
    await openRow(el, portId);
    await waitUntil(() => inPanel(el, '[part="timeline"]'), 'no timeline', { timeout: 8000 });
    expect(text(inPanel(el, '[part="rejection"]'))).to.contain(
      'The account number does not match the losing carrier’s records.',
    );
    const steps = [...panel(el)!.shadowRoot!.querySelectorAll('.timeline__item strong')].map(text);
    expect(steps).to.deep.equal([
      'Port: rejected',
      'Port: submitted',
      'Port: approved',
      'Port: draft',
    ]);
    expect(session.requests(`/v1/port-orders/${portId}/events`, 'GET')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

describe('<dialstack-phone-numbers>: live with the ordering element', function (this: Mocha.Suite) {
  this.timeout(60_000);

  it('an order completed in <dialstack-phone-number-ordering> shows up in the list', async () => {
    polling = controlPolling({ auto: true });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <dialstack-phone-numbers .dialstack=${session.dialstack}></dialstack-phone-numbers>
        <dialstack-phone-number-ordering
          .dialstack=${session.dialstack}
        ></dialstack-phone-number-ordering>
      </div>`,
    );
    const list = wrapper.querySelector('dialstack-phone-numbers')!;
    const ordering = wrapper.querySelector('dialstack-phone-number-ordering')!;
    await waitUntil(() => rows(list).length > 0, 'no rows', { timeout: 8000 });
    const label = (name: string) =>
      [...shadow(ordering).querySelectorAll('label')].find((l) => text(l) === name)!;
    const area = shadow(ordering).getElementById(label('Area code').htmlFor) as HTMLInputElement;
    area.focus();
    await sendKeys({ type: '206' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(ordering).querySelector('[part="result"]'), 'no results', {
      timeout: 8000,
    });
    const first = shadow(ordering).querySelector<HTMLElement>('[part="result"]')!;
    const number = first.dataset.phoneNumber!;
    first.querySelector('input')!.click();
    await ordering.updateComplete;
    [...shadow(ordering).querySelectorAll('button')]
      .find((b) => text(b) === 'Review order')!
      .click();
    await waitUntil(() => shadow(ordering).querySelector('[part="review"]'), 'no review', {
      timeout: 8000,
    });
    const done = oneEvent(ordering, 'dialstack-order-complete');
    [...shadow(ordering).querySelectorAll('button')]
      .find((b) => text(b) === 'Place order')!
      .click();
    await done;
    await waitUntil(
      () => rows(list).some((r) => text(r.querySelector('.row-link')) === formatPhone(number)),
      'the new number never appeared in the list',
      { timeout: 8000 },
    );
  });
});
