import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DialstackOnboardingDevices } from './onboarding.devices.define';
import { QUANTITIES_KEY } from './onboarding.devices.data';
import {
  memoryDrafts,
  openOnboarding,
  shadow,
  text,
  type OnboardingSession,
} from './onboarding.port.test-support';

void DialstackOnboardingDevices;

let session: OnboardingSession;
beforeEach(async () => {
  session = await openOnboarding();
});
afterEach(async () => {
  await session.close();
});

async function mount(drafts = memoryDrafts()): Promise<DialstackOnboardingDevices> {
  const el = await fixture<DialstackOnboardingDevices>(
    html`<dialstack-onboarding-devices
      .dialstack=${session.dialstack}
      .drafts=${drafts}
    ></dialstack-onboarding-devices>`,
  );
  await waitUntil(
    () => shadow(el).querySelector('[part="catalog"]') && shadow(el).querySelector('.device'),
    'never loaded',
    { timeout: 10000 },
  );
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, s: string) =>
  shadow(el).querySelector<T>(s);
const quantity = (el: HTMLElement, model: string) =>
  [...shadow(el).querySelectorAll<HTMLInputElement>('input.quantity')].find(
    (i) => i.getAttribute('aria-label') === `Quantity of ${model}`,
  )!;
async function typeQuantity(el: HTMLElement, model: string, value: string) {
  const input = quantity(el, model);
  input.focus();
  input.select();
  if (value) await sendKeys({ type: value });
  else await sendKeys({ press: 'Backspace' });
}
const saveButton = (el: HTMLElement) => $<HTMLButtonElement>(el, '[part="save-order"]')!;
const posts = () => session.count('POST', '/v1/hardware-orders*');

describe('<dialstack-onboarding-devices>', function (this: Mocha.Suite) {
  this.timeout(60_000);

  it('lists the active catalog and the account’s phones, and is accessible', async () => {
    const el = await mount();
    const rows = shadow(el).querySelectorAll('[part="catalog"] [part="row"]');
    expect(rows.length).to.equal(7); // the inactive item is not offered
    expect(quantity(el, 'Yealink T54W')).to.exist;
    expect(shadow(el).querySelectorAll('.device').length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('keeps quantities within 1-100 before sending anything', async () => {
    const el = await mount();
    await typeQuantity(el, 'Yealink T54W', '101');
    saveButton(el).click();
    await el.updateComplete;
    const input = quantity(el, 'Yealink T54W');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(text(shadow(el).getElementById(input.getAttribute('aria-describedby')!))).to.equal(
      'Enter a whole number from 1 to 100.',
    );
    expect(shadow(el).activeElement).to.equal(input);
    await typeQuantity(el, 'Yealink T54W', '2.5');
    saveButton(el).click();
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await typeQuantity(el, 'Yealink T54W', '');
    saveButton(el).click();
    await el.updateComplete;
    expect(text($(el, '.form-error'))).to.equal('Enter a quantity for at least one item.');
    expect(posts()).to.equal(0);
    // Positive control: 100 is accepted and sent.
    await typeQuantity(el, 'Yealink T54W', '100');
    saveButton(el).click();
    await waitUntil(() => $(el, '[part="draft-order"]'), 'no draft order', { timeout: 8000 });
    expect(posts()).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('creates a draft order, then edits that same draft', async () => {
    const drafts = memoryDrafts();
    const el = await mount(drafts);
    await typeQuantity(el, 'Yealink T54W', '5');
    await typeQuantity(el, 'Yealink W70B', '1');
    // What is typed is kept in the drafts until it is saved.
    const idOf = (model: string) => quantity(el, model).id.slice(2);
    expect(drafts.get(QUANTITIES_KEY)).to.deep.equal({
      [idOf('Yealink T54W')]: '5',
      [idOf('Yealink W70B')]: '1',
    });
    saveButton(el).click();
    await waitUntil(() => $(el, '[part="draft-order"]'), 'no draft order', { timeout: 8000 });
    expect(text($(el, '[part="draft-order"]'))).to.equal(
      'Draft 5 × Yealink T54W, 1 × Yealink W70B',
    );
    expect(text(saveButton(el))).to.equal('Save order');
    const id = $(el, '[part="draft-order"]')!.dataset.id!;
    // Edit: the draft's quantities are in the form.
    expect(quantity(el, 'Yealink T54W').value).to.equal('5');
    await typeQuantity(el, 'Yealink T54W', '7');
    await typeQuantity(el, 'Yealink W70B', '');
    saveButton(el).click();
    await waitUntil(
      () => text($(el, '[part="draft-order"]')) === 'Draft 7 × Yealink T54W',
      'not updated',
      {
        timeout: 8000,
      },
    );
    expect(session.count('POST', '/v1/hardware-orders')).to.equal(1);
    expect(session.count('POST', `/v1/hardware-orders/${id}`)).to.equal(1);
    expect($(el, '[part="draft-order"]')!.dataset.id).to.equal(id);
  });

  it('assigns a person to a phone and removes them, by keyboard', async () => {
    const el = await mount();
    const changed = oneEvent(el, 'dialstack-onboarding-changed');
    const device = [...shadow(el).querySelectorAll<HTMLElement>('.device')].find((d) =>
      d.querySelector('select'),
    )!;
    const select = device.querySelector('select')!;
    const before = device.querySelectorAll('[data-user-id]').length;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select.value).not.to.equal('');
    const userId = select.value;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail).to.deep.equal({ step: 'devices' });
    await waitUntil(
      () => device.querySelectorAll('[data-user-id]').length === before + 1,
      'not assigned',
      { timeout: 8000 },
    );
    expect(device.querySelector(`[data-user-id="${userId}"]`)).to.exist;
    expect(session.count('POST', `/v1/devices/${device.dataset.id}/users`)).to.equal(1);
    // Remove with the keyboard: the chip's button has an accessible name.
    const remove = device.querySelector<HTMLButtonElement>(`[data-user-id="${userId}"] button`)!;
    expect(remove.getAttribute('aria-label')).to.match(/^Remove .+ from /);
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !device.querySelector(`[data-user-id="${userId}"]`), 'not removed', {
      timeout: 8000,
    });
    expect(session.count('DELETE', `/v1/devices/${device.dataset.id}/users/${userId}`)).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('fires dialstack-onboarding-next on Continue', async () => {
    const el = await mount();
    const next = oneEvent(el, 'dialstack-onboarding-next');
    $<HTMLButtonElement>(el, '[part="continue"]')!.click();
    const event = await next;
    expect(event.detail).to.deep.equal({ step: 'devices' });
    expect(event.composed).to.equal(false);
  });
});
