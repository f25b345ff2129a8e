/**
 * Nothing lost, nothing sent twice — the onboarding forms:
 *
 * - the address form, adding a person, a port submit and a device order through a session
 *   that expires (renewed: stored once; `fetchClientSecret` failing: every edit kept with an
 *   error, nothing stored, then stored once the host answers; the address draft also in
 *   sessionStorage, without the secret);
 * - a caller ID name and a device order are sent once however often they are pressed, and a
 *   Save between a device order's save and the list's refresh updates that draft.
 *
 * Covered elsewhere, not repeated here: a failed address save keeps the edits
 * (onboarding.locations.test.ts); onboarding drafts across a re-mount (account-onboarding.test.ts,
 * onboarding.team/port/numbers tests); a double click on the number order, the address save, the
 * team add and the port submit (phone-number-ordering.test.ts, onboarding.locations/team/port
 * tests).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { HardwareOrder } from '../../src/api/devices';
import type { Location } from '../../src/api/locations';
import type { PortOrder } from '../../src/api/phone-numbers';
import type { User } from '../../src/api/users';
import type { DialstackInstance, ListPage } from '../../src/core/types';
import '../../components/account-onboarding/define';
import '../../components/account-onboarding/onboarding.caller-id.define';
import '../../components/account-onboarding/onboarding.devices.define';
import {
  checkEligibility,
  field as portField,
  fillForm,
  mountPort,
  submitButton,
  submitted,
} from '../../components/account-onboarding/onboarding.port.test-support';
import { fail, mockPost } from '../support/mock';
import { controlledInstance, count, expire, stored } from './edits.support';
import { waitFor } from './elements';

/** A landline the mock can port. */
const PORTABLE = '+15035550123';

// ---- onboarding: the address form ----

const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A step's shadow root in the wizard, once it shows. */
function stepRoot(el: HTMLElement, step: 'locations' | 'team'): ShadowRoot | null {
  return (
    el.shadowRoot?.querySelector<HTMLElement>(`.content > dialstack-onboarding-${step}`)
      ?.shadowRoot ?? null
  );
}
const locationsStep = (el: HTMLElement) => stepRoot(el, 'locations');

function button(root: ParentNode, name: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => text(b) === name);
}

function field(root: ShadowRoot, name: string): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((l) => text(l) === name);
  if (!label) throw new Error(`no field labelled ${name}`);
  return root.getElementById(label.htmlFor) as HTMLInputElement;
}

function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
}

const ADDRESS: [string, string][] = [
  ['Location name', 'Harbor Clinic'],
  ['Street number', '88'],
  ['Street', 'Harbor Street'],
  ['City', 'Astoria'],
  ['State or province', 'or'],
  ['ZIP or postal code', '97103'],
];

/** The wizard on a blank account, with these steps. */
async function blankWizard(instance: DialstackInstance, steps: string): Promise<HTMLElement> {
  await mockPost('/__mock/onboarding/blank');
  return fixture<HTMLElement>(
    html`<dialstack-account-onboarding
      .dialstack=${instance}
      steps=${steps}
    ></dialstack-account-onboarding>`,
  );
}

/** The wizard on a blank account, its address form open and filled in. */
async function typedAddress(instance: DialstackInstance): Promise<{
  el: HTMLElement;
  root: ShadowRoot;
}> {
  const el = await blankWizard(instance, 'locations review');
  await waitFor(
    () => locationsStep(el) && button(locationsStep(el)!, 'Add a location'),
    'the step',
  );
  const root = locationsStep(el)!;
  button(root, 'Add a location')!.click();
  await waitFor(() => root.querySelector('#loc-name'), 'the form');
  for (const [name, value] of ADDRESS) typeInto(field(root, name), value);
  return { el, root };
}

const locationNames = async () =>
  (await stored<ListPage<Location>>('/v1/locations?limit=100')).data.map((l) => l.name);

describe('nothing lost: the onboarding address form', function () {
  this.timeout(30_000);

  it('a session that expires while typing: Save renews the secret and creates the location once', async () => {
    const controlled = controlledInstance();
    const { root } = await typedAddress(controlled.instance);
    const before = controlled.secrets();
    await expire('POST', '/v1/locations');
    button(root, 'Save location')!.click();
    await waitFor(() => root.querySelector('[part="e911-confirm"]'), 'saved: the E911 check');
    expect(controlled.secrets(), 'a renewed client secret').to.equal(before + 1);
    expect(count('POST /v1/locations'), 'the 401 and the renewed request').to.equal(2);
    expect(await locationNames()).to.deep.equal(['Harbor Clinic']);
  });

  it('a session that expires and cannot be renewed: the form keeps every field, says so, and saves later', async () => {
    const controlled = controlledInstance();
    const { el, root } = await typedAddress(controlled.instance);
    await expire('POST', '/v1/locations');
    controlled.failing = true;
    button(root, 'Save location')!.click();
    await waitFor(
      () => root.querySelector('[role="alert"], [part~="form-error"], [part~="error"]'),
      'an error',
    );
    const shown = text(root.querySelector('[role="alert"], [part~="form-error"], [part~="error"]'));
    expect(shown).not.to.equal('');
    expect(shown).not.to.contain('host backend');
    for (const [name, value] of ADDRESS) expect(field(root, name).value, name).to.equal(value);
    expect(await locationNames()).to.deep.equal([]);
    // The draft is in sessionStorage too (a reload would find it) — and holds no secret.
    const drafts = Object.keys(sessionStorage).map((key) => sessionStorage.getItem(key) ?? '');
    expect(drafts.some((draft) => draft.includes('Harbor Street'))).to.equal(true);
    expect(drafts.some((draft) => /eyJ[\w-]+\.[\w-]+\./.test(draft))).to.equal(false);
    expect(locationsStep(el)).to.equal(root);
    controlled.failing = false;
    button(root, 'Save location')!.click();
    await waitFor(() => root.querySelector('[part="e911-confirm"]'), 'saved: the E911 check');
    expect(await locationNames()).to.deep.equal(['Harbor Clinic']);
  });
});

// ---- onboarding: adding a person, a port order and a device order ----

/** What the mock stored at `path` (a list). */
const storedList = async <T>(path: string, query = '?limit=100') =>
  (await stored<ListPage<T>>(`${path}${query}`)).data;
/** The draft hardware orders the mock stored (that list takes no `limit`). */
const draftOrders = async () =>
  (await storedList<HardwareOrder>('/v1/hardware-orders', '')).filter((o) => o.status === 'draft');
const alertText = (root: ParentNode) => text(root.querySelector('[role="alert"]'));

/** The team step of the wizard on a blank account, a new person typed in. */
async function typedPerson(instance: DialstackInstance): Promise<ShadowRoot> {
  const el = await blankWizard(instance, 'team review');
  await waitFor(
    () => stepRoot(el, 'team') && field(stepRoot(el, 'team')!, 'Extension').value !== '',
    'the step, with a suggested extension',
  );
  const root = stepRoot(el, 'team')!;
  typeInto(field(root, 'Name'), 'Ana Ruiz');
  typeInto(field(root, 'Email'), 'ana@example.com');
  return root;
}
const listed = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll('[part="row"] .row__title')].some((title) => text(title) === name);
const anas = async () =>
  (await storedList<User>('/v1/users')).filter((user) => user.name === 'Ana Ruiz').length;

const portOrders = async () => (await storedList<PortOrder>('/v1/port-orders')).length;

/** The port step, a portable number checked and the form filled in; how many orders were stored. */
async function filledPort(instance: DialstackInstance) {
  const before = await portOrders();
  const el = await mountPort(instance);
  await checkEligibility(el, [PORTABLE]);
  await fillForm(el);
  return { el, before };
}

describe('nothing lost: onboarding submits through an expired session', function () {
  this.timeout(60_000);

  it('adding a person: Save renews the secret and creates the person once', async () => {
    const controlled = controlledInstance();
    const root = await typedPerson(controlled.instance);
    const before = controlled.secrets();
    await expire('POST', '/v1/users');
    button(root, 'Add person')!.click();
    await waitFor(() => listed(root, 'Ana Ruiz'), 'the person is listed');
    expect(controlled.secrets(), 'a renewed client secret').to.equal(before + 1);
    expect(count('POST /v1/users'), 'the 401 and the renewed request').to.equal(2);
    expect(count('POST /v1/extensions')).to.equal(1);
    expect(await anas()).to.equal(1);
  });

  it('adding a person when the renewal fails: the form keeps what was typed, says so, stores nothing', async () => {
    const controlled = controlledInstance();
    const root = await typedPerson(controlled.instance);
    const extension = field(root, 'Extension').value;
    await expire('POST', '/v1/users');
    controlled.failing = true;
    button(root, 'Add person')!.click();
    await waitFor(() => alertText(root), 'an error');
    expect(alertText(root)).not.to.contain('host backend');
    expect(field(root, 'Name').value).to.equal('Ana Ruiz');
    expect(field(root, 'Email').value).to.equal('ana@example.com');
    expect(field(root, 'Extension').value).to.equal(extension);
    expect(await anas()).to.equal(0);
    expect(count('POST /v1/extensions')).to.equal(0);
    // Positive control: once the host answers again, the same press adds the person, once.
    controlled.failing = false;
    button(root, 'Add person')!.click();
    await waitFor(() => listed(root, 'Ana Ruiz'), 'the person is listed');
    expect(await anas()).to.equal(1);
  });

  it('submitting a port: the renewed session creates one order and submits it', async () => {
    const controlled = controlledInstance();
    const { el, before } = await filledPort(controlled.instance);
    await expire('POST', '/v1/port-orders');
    submitButton(el).click();
    await submitted(el);
    expect(count('POST /v1/port-orders'), 'the 401 and the renewed request').to.equal(2);
    expect(await portOrders()).to.equal(before + 1);
  });

  it('submitting a port when the renewal fails: the form is kept with an error, no order is stored', async () => {
    const controlled = controlledInstance();
    const { el, before } = await filledPort(controlled.instance);
    await expire('POST', '/v1/port-orders');
    controlled.failing = true;
    submitButton(el).click();
    await waitFor(() => alertText(el.shadowRoot!), 'an error');
    expect(alertText(el.shadowRoot!)).not.to.contain('host backend');
    expect(portField(el, 'City').value).to.equal('Portland');
    expect(portField(el, 'Type your full name to sign').value).to.equal('Sarah Chen');
    expect(await portOrders()).to.equal(before);
    // Positive control: once the host answers again, the same submit goes through, once.
    controlled.failing = false;
    submitButton(el).click();
    await submitted(el);
    expect(await portOrders()).to.equal(before + 1);
  });

  it('saving a device order: the renewed session creates one draft order', async () => {
    const controlled = controlledInstance();
    const { root, quantity, save } = await devicesStep(controlled.instance);
    typeInto(quantity(), '5');
    await expire('POST', '/v1/hardware-orders');
    save().click();
    await waitFor(() => root().querySelector('[part="draft-order"]'), 'the draft order');
    expect(count('POST /v1/hardware-orders'), 'the 401 and the renewed request').to.equal(2);
    expect((await draftOrders()).map((o) => o.items?.[0]?.quantity)).to.deep.equal([5]);
  });

  it('saving a device order when the renewal fails: the quantity stays, with an error; no order is stored', async () => {
    const controlled = controlledInstance();
    const { root, quantity, save } = await devicesStep(controlled.instance);
    typeInto(quantity(), '5');
    await expire('POST', '/v1/hardware-orders');
    controlled.failing = true;
    save().click();
    await waitFor(() => root().querySelector('.notice--danger'), 'an error');
    expect(text(root().querySelector('.notice--danger'))).not.to.contain('host backend');
    expect(quantity().value).to.equal('5');
    expect(await draftOrders()).to.deep.equal([]);
    // Positive control: once the host answers again, the same Save stores the order, once.
    controlled.failing = false;
    save().click();
    await waitFor(() => root().querySelector('[part="draft-order"]'), 'the draft order');
    expect((await draftOrders()).length).to.equal(1);
  });
});

// ---- onboarding: the other submits ----

describe('sent once: onboarding caller ID and device order', function () {
  this.timeout(30_000);

  it('a caller ID name saved with two presses: one POST', async () => {
    const controlled = controlledInstance();
    const el = await fixture<HTMLElement>(
      html`<dialstack-onboarding-caller-id
        .dialstack=${controlled.instance}
      ></dialstack-onboarding-caller-id>`,
    );
    await waitFor(() => el.shadowRoot?.querySelector('[part="row"] input'), 'the numbers');
    const row = el.shadowRoot!.querySelector<HTMLElement>('[part="row"]')!;
    const input = row.querySelector('input')!;
    typeInto(input, 'RIVERSIDE CLNC');
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const save = row.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    save.click();
    save.click();
    await waitFor(() => text(row.querySelector('[role="status"]')) === 'Saved', 'saved');
    expect(count(`POST /v1/phone-numbers/${row.dataset.id}`)).to.equal(1);
    const stored_ = await stored<{ caller_id_name: string }>(`/v1/phone-numbers/${row.dataset.id}`);
    expect(stored_.caller_id_name).to.equal('RIVERSIDE CLNC');
    // Positive control: a later press does send again.
    save.click();
    await waitFor(() => count(`POST /v1/phone-numbers/${row.dataset.id}`) === 2, 'a second save');
  });

  it('a device order saved with two presses: one draft order, then one update of it', async () => {
    const controlled = controlledInstance();
    const { el, root, quantity, save } = await devicesStep(controlled.instance);
    typeInto(quantity(), '5');
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    save().click();
    save().click();
    await waitFor(() => root().querySelector('[part="draft-order"]'), 'the draft order');
    expect(count('POST /v1/hardware-orders'), 'orders created').to.equal(1);
    const id = root().querySelector<HTMLElement>('[part="draft-order"]')!.dataset.id!;
    typeInto(quantity(), '6');
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    save().click();
    save().click();
    await waitFor(() => count(`POST /v1/hardware-orders/${id}`) > 0, 'the update');
    await waitFor(() => /6 ×/.test(text(root().querySelector('[part="draft-order"]'))), 'updated');
    expect(count(`POST /v1/hardware-orders/${id}`), 'updates').to.equal(1);
    expect(count('POST /v1/hardware-orders'), 'orders created').to.equal(1);
  });

  it('Save pressed again after a draft was created, before the list shows it: that draft is updated, no second one', async () => {
    const controlled = controlledInstance();
    const { el, root, quantity, save } = await devicesStep(controlled.instance);
    typeInto(quantity(), '5');
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    // The list's refresh after the save is slow: for a while the new draft is not listed.
    await fail({ method: 'GET', path: '/v1/hardware-orders', delayMs: 2000 });
    save().click();
    await waitFor(() => root().querySelector('.notice--success'), 'saved');
    // Positive control: this is the window in question (the draft is not shown yet).
    expect(root().querySelector('[part="draft-order"]'), 'listed already').to.equal(null);
    // Meanwhile the form still shows what was saved (not the old list's empty order).
    expect(quantity().value, 'the saved quantity').to.equal('5');
    typeInto(quantity(), '6');
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    save().click();
    await waitFor(() => /6 ×/.test(text(root().querySelector('[part="draft-order"]'))), 'updated');
    expect(count('POST /v1/hardware-orders'), 'orders created').to.equal(1);
    const id = root().querySelector<HTMLElement>('[part="draft-order"]')!.dataset.id!;
    expect(count(`POST /v1/hardware-orders/${id}`), 'updates of it').to.equal(1);
    expect((await draftOrders()).map((o) => o.id)).to.deep.equal([id]);
  });
});

/** The devices step, its catalog shown. */
async function devicesStep(instance: DialstackInstance) {
  const el = await fixture<HTMLElement>(
    html`<dialstack-onboarding-devices .dialstack=${instance}></dialstack-onboarding-devices>`,
  );
  const root = () => el.shadowRoot!;
  await waitFor(() => root().querySelector('[part="catalog"] input.quantity'), 'the catalog');
  return {
    el,
    root,
    quantity: () => root().querySelector<HTMLInputElement>('input.quantity')!,
    save: () => root().querySelector<HTMLButtonElement>('[part="save-order"]')!,
  };
}
