/**
 * Nothing lost, nothing sent twice — what the element tests do not already cover:
 *
 * - the dial-plan editor keeps an unsaved plan through a session that expires mid-edit (saved
 *   after the renewal, or kept with a clear error when `fetchClientSecret` fails, then saved
 *   once it works again) and through a re-mount of the same element (no reload behind it);
 * - the onboarding address form does the same through an expired session (its draft also in
 *   sessionStorage, without the secret), and so do adding a person, submitting a port and
 *   saving a device order (renewed: stored once; renewal failing: kept with an error, nothing
 *   stored, then stored once the host answers);
 * - the dial-plan save, the voicemail delete, a caller ID name and a device order are sent once
 *   however often they are pressed, and a failed save or delete is not retried behind the
 *   person's back.
 *
 * Covered elsewhere, not repeated here: a failed dial-plan save and a failed address save keep
 * the edits (dial-plan.editor.save.test.ts, onboarding.locations.test.ts); onboarding drafts
 * across a re-mount (account-onboarding.test.ts, onboarding.team/port/numbers tests); a double
 * click on the number order, the address save, the team add and the port submit
 * (phone-number-ordering.test.ts, onboarding.locations/team/port tests).
 *
 * Requests are counted as they leave the page for the mock (a `fetch` wrapper), and what the
 * mock stored is read back from it. Backoff waits are capped at 50 ms (the instance's timing
 * hook), so a failing `fetchClientSecret` gives up in well under a second.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { DialPlan } from '../../src/api/dial-plans';
import { initialize } from '../../src/core/initialize';
import type { HardwareOrder } from '../../src/api/devices';
import type { Location } from '../../src/api/locations';
import type { PortOrder } from '../../src/api/phone-numbers';
import type { User } from '../../src/api/users';
import type { DialstackInstance, ListPage } from '../../src/core/types';
import type { DialstackDialPlan } from '../../components/dial-plan/dial-plan';
import '../../components/dial-plan/define';
import '../../components/account-onboarding/define';
import '../../components/account-onboarding/onboarding.caller-id.define';
import '../../components/account-onboarding/onboarding.devices.define';
import '../../components/voicemails/define';
import {
  checkEligibility,
  field as portField,
  fillForm,
  mountPort,
  submitButton,
  submitted,
} from '../../components/account-onboarding/onboarding.port.test-support';
import {
  node,
  paletteItem,
  saveButton,
  shadow,
} from '../../components/dial-plan/dial-plan.editor.test-support';
import {
  clearFailures,
  fail,
  freshMock,
  mockPost,
  mockSession,
  type SeedFacts,
} from '../support/mock';
import { deepAll, deepText, waitFor } from './elements';
import { recordUncaught, FAST_RETRIES } from '../support/page-errors';

const uncaught = recordUncaught();

/** A landline the mock can port. */
const PORTABLE = '+15035550123';

/** Every API request that left the page: `METHOD /path` (no query). */
const sent: string[] = [];
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const request = input instanceof Request ? input : undefined;
  const url = new URL(request?.url ?? String(input), location.href);
  if (url.pathname.startsWith('/v1/'))
    sent.push(`${(init?.method ?? request?.method ?? 'GET').toUpperCase()} ${url.pathname}`);
  return realFetch(input, init);
};
const count = (request: string) => sent.filter((r) => r === request).length;

interface Controlled {
  instance: DialstackInstance;
  /** How many client secrets it was given. */
  secrets(): number;
  /** While true, `fetchClientSecret` throws (the host's backend is down). */
  failing: boolean;
}

/** An instance whose `fetchClientSecret` can be made to fail. */
function controlledInstance(): Controlled {
  let given = 0;
  const controlled: Controlled = {
    instance: undefined as unknown as DialstackInstance,
    secrets: () => given,
    failing: false,
  };
  controlled.instance = initialize(
    {
      apiUrl: location.origin,
      fetchClientSecret: async () => {
        if (controlled.failing) throw new Error('the host backend is down');
        const { client_secret } = await mockSession();
        given++;
        return client_secret;
      },
    },
    { timing: FAST_RETRIES, timeoutMs: 20_000 },
  );
  return controlled;
}

/** A session the server now says has expired: the next `method path` is answered 401. */
const expire = (method: string, path: string) =>
  fail({
    method,
    path,
    status: 401,
    body: { error: 'The session has expired', code: 'session_expired' },
  });

let facts: SeedFacts;
let controlled: Controlled | undefined;

beforeEach(async () => {
  uncaught.length = 0;
  sent.length = 0;
  ({ facts } = await freshMock());
  sessionStorage.clear();
});

afterEach(async () => {
  await clearFailures();
  await controlled?.instance.logout();
  controlled = undefined;
  expect(uncaught, 'uncaught errors and unhandled rejections').to.deep.equal([]);
});

/** What the mock stored: GET with a session of its own (not an instance: a second
 * `initialize()` would log the element's instance out). */
async function stored<T>(path: string): Promise<T> {
  const { client_secret } = await mockSession();
  const response = await realFetch(path, { headers: { Authorization: `Bearer ${client_secret}` } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}
const storedPlan = (id: string) => stored<DialPlan>(`/v1/dialplans/${id}`);

async function mountEditor(instance: DialstackInstance, id: string): Promise<DialstackDialPlan> {
  const el = await fixture<DialstackDialPlan>(
    html`<dialstack-dial-plan
      .dialstack=${instance}
      mode="edit"
      dial-plan-id=${id}
      style="--dialstack-dial-plan-height: 640px; width: 1100px"
    ></dialstack-dial-plan>`,
  );
  await waitFor(
    () => shadow(el).querySelector('.toolbar') && deepAll(el, '[part~="node"]').length > 1,
    'the editor',
  );
  await el.updateComplete;
  return el;
}

/** Adds a "Play a message" step (id `sound_clip`): an unsaved edit. */
async function addStep(el: DialstackDialPlan): Promise<void> {
  paletteItem(el, 'Add Play a message step').click();
  await waitFor(() => el.dirty && node(el, 'sound_clip'), 'an unsaved step');
}

const saveError = (el: HTMLElement) =>
  shadow(el).querySelector('[part~="save-error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('nothing lost: the dial-plan editor', function () {
  this.timeout(30_000);

  it('a session that expires mid-edit: the save renews the secret and saves the edit (one POST after the 401)', async () => {
    controlled = controlledInstance();
    const id = facts.dialPlans.mainLine;
    const el = await mountEditor(controlled.instance, id);
    await addStep(el);
    const before = controlled.secrets();
    await expire('POST', `/v1/dialplans/${id}`);
    saveButton(el).click();
    await waitFor(() => !el.dirty, 'saved after the renewal');
    expect(controlled.secrets(), 'a renewed client secret').to.equal(before + 1);
    // The rejected request and the one with the new secret: nothing sent a third time.
    expect(count(`POST /v1/dialplans/${id}`)).to.equal(2);
    expect((await storedPlan(id)).nodes.map((n) => n.id)).to.include('sound_clip');
    expect(saveError(el)).to.equal('');
  });

  it('a session that expires and cannot be renewed: the edit stays, with an error; it saves once the host answers again', async () => {
    controlled = controlledInstance();
    const id = facts.dialPlans.mainLine;
    const el = await mountEditor(controlled.instance, id);
    await addStep(el);
    await expire('POST', `/v1/dialplans/${id}`);
    controlled.failing = true;
    const error = await el.save().then(
      () => null,
      (e: unknown) => e as { type?: string },
    );
    expect(error?.type).to.equal('authentication_error');
    expect(el.dirty, 'still unsaved').to.equal(true);
    expect(node(el, 'sound_clip'), 'the added step').to.exist;
    await waitFor(() => /^Couldn’t save: /.test(saveError(el)), 'the save error');
    expect(saveError(el)).not.to.contain('host backend');
    expect((await storedPlan(id)).nodes.map((n) => n.id)).not.to.include('sound_clip');
    controlled.failing = false;
    saveButton(el).click();
    await waitFor(() => !el.dirty, 'saved');
    expect((await storedPlan(id)).nodes.map((n) => n.id)).to.include('sound_clip');
    expect(saveError(el)).to.equal('');
  });

  it('a re-mount of the same element (a router moving it) keeps the unsaved plan, and it still saves', async () => {
    controlled = controlledInstance();
    const id = facts.dialPlans.mainLine;
    const el = await mountEditor(controlled.instance, id);
    await addStep(el);
    expect(count(`GET /v1/dialplans/${id}`), 'the plan loaded').to.equal(1);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    await waitFor(() => deepAll(el, '[part~="node"]').length > 1, 'the canvas again');
    expect(el.dirty, 'still unsaved').to.equal(true);
    expect(node(el, 'sound_clip'), 'the added step after the re-mount').to.exist;
    saveButton(el).click();
    await waitFor(() => !el.dirty, 'saved');
    expect((await storedPlan(id)).nodes.map((n) => n.id)).to.include('sound_clip');
    // No reload of the plan behind the edit: the first mount loaded it once (positive control),
    // and a reload the re-mount started would have been sent before the save's answer.
    expect(count(`GET /v1/dialplans/${id}`)).to.equal(1);
  });

  it('Save pressed twice, and save() called twice, sends one POST each time', async () => {
    controlled = controlledInstance();
    const id = facts.dialPlans.mainLine;
    const el = await mountEditor(controlled.instance, id);
    await addStep(el);
    // Slow enough that the second press lands while the first is in flight.
    await fail({ method: 'POST', path: `/v1/dialplans/${id}`, delayMs: 300 });
    saveButton(el).click();
    saveButton(el).click();
    await waitFor(() => !el.dirty, 'saved');
    expect(count(`POST /v1/dialplans/${id}`)).to.equal(1);
    paletteItem(el, 'Add Menu step').click();
    await waitFor(() => el.dirty, 'a second edit');
    await fail({ method: 'POST', path: `/v1/dialplans/${id}`, delayMs: 300 });
    const [a, b] = await Promise.all([el.save(), el.save()]);
    expect(a.id).to.equal(b.id);
    expect(count(`POST /v1/dialplans/${id}`)).to.equal(2);
    // Positive control: a later save after the first finished does send again.
    paletteItem(el, 'Add Menu step').click();
    await waitFor(() => el.dirty, 'a third edit');
    await el.save();
    expect(count(`POST /v1/dialplans/${id}`)).to.equal(3);
  });

  it('a failed save is not retried behind the person’s back: one POST per press', async () => {
    controlled = controlledInstance();
    const id = facts.dialPlans.mainLine;
    const el = await mountEditor(controlled.instance, id);
    await addStep(el);
    await fail({ method: 'POST', path: `/v1/dialplans/${id}`, status: 503, times: 5 });
    await el.save().catch(() => undefined);
    expect(count(`POST /v1/dialplans/${id}`)).to.equal(1);
    expect(el.dirty).to.equal(true);
    await clearFailures();
    await el.save();
    expect(count(`POST /v1/dialplans/${id}`)).to.equal(2);
  });
});

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
    controlled = controlledInstance();
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
    controlled = controlledInstance();
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
    controlled = controlledInstance();
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
    controlled = controlledInstance();
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
    controlled = controlledInstance();
    const { el, before } = await filledPort(controlled.instance);
    await expire('POST', '/v1/port-orders');
    submitButton(el).click();
    await submitted(el);
    expect(count('POST /v1/port-orders'), 'the 401 and the renewed request').to.equal(2);
    expect(await portOrders()).to.equal(before + 1);
  });

  it('submitting a port when the renewal fails: the form is kept with an error, no order is stored', async () => {
    controlled = controlledInstance();
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
    controlled = controlledInstance();
    const { root, quantity, save } = await devicesStep(controlled.instance);
    typeInto(quantity(), '5');
    await expire('POST', '/v1/hardware-orders');
    save().click();
    await waitFor(() => root().querySelector('[part="draft-order"]'), 'the draft order');
    expect(count('POST /v1/hardware-orders'), 'the 401 and the renewed request').to.equal(2);
    expect((await draftOrders()).map((o) => o.items?.[0]?.quantity)).to.deep.equal([5]);
  });

  it('saving a device order when the renewal fails: the quantity stays, with an error; no order is stored', async () => {
    controlled = controlledInstance();
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

// ---- voicemails: delete ----

describe('sent once: deleting a voicemail', function () {
  this.timeout(30_000);

  const vmRow = (el: HTMLElement, id: string) =>
    el.shadowRoot!.querySelector<HTMLElement>(`[part~="row"][data-id="${id}"]`);
  const detailDelete = (el: HTMLElement) =>
    el
      .shadowRoot!.querySelector<HTMLElement>('[part~="detail"]')
      ?.shadowRoot?.querySelector<HTMLButtonElement>('.detail__delete') ?? null;
  const dialog = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog');

  async function deleteTwice(el: HTMLElement): Promise<string> {
    await waitFor(() => el.shadowRoot?.querySelector('[part~="row"]'), 'the voicemails');
    const id = el.shadowRoot!.querySelector<HTMLElement>('[part~="row"]')!.dataset.id!;
    vmRow(el, id)!.querySelector<HTMLButtonElement>('.row__main')!.click();
    await waitFor(() => detailDelete(el), 'the detail');
    detailDelete(el)!.click();
    detailDelete(el)?.click();
    await waitFor(() => dialog(el)?.open, 'the confirmation');
    const confirm = dialog(el)!.querySelector<HTMLButtonElement>('button[value="confirm"]')!;
    confirm.click();
    confirm.click();
    await waitFor(() => !dialog(el)?.open, 'the confirmation closes');
    return id;
  }

  async function mountVoicemails(instance: DialstackInstance): Promise<HTMLElement> {
    // The shortest undo window (1 s): the DELETE goes when it ends.
    return fixture<HTMLElement>(
      html`<dialstack-voicemails
        .dialstack=${instance}
        undo-timeout="1000"
      ></dialstack-voicemails>`,
    );
  }

  it('Delete and its confirmation each pressed twice: one DELETE', async () => {
    controlled = controlledInstance();
    const el = await mountVoicemails(controlled.instance);
    const deleted: string[] = [];
    el.addEventListener('dialstack-voicemail-delete', (e) =>
      deleted.push((e as CustomEvent<{ id: string }>).detail.id),
    );
    const id = await deleteTwice(el);
    await waitFor(() => deleted.length > 0, 'deleted after the undo window');
    expect(deleted).to.deep.equal([id]);
    // Positive control: the DELETE was seen (and the mock no longer has the voicemail).
    expect(count(`DELETE /v1/voicemails/${id}`)).to.equal(1);
    await stored(`/v1/voicemails/${id}`).then(
      () => expect.fail('still stored'),
      (e: Error) => expect(e.message).to.contain('404'),
    );
    // No second confirmation or toast left to send another.
    expect(dialog(el)?.open ?? false).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~="toast"]')).to.equal(null);
  });

  it('a DELETE that fails is not retried behind the person’s back: the voicemail comes back', async () => {
    controlled = controlledInstance();
    await fail({ method: 'DELETE', path: '/v1/voicemails/*', status: 503, times: 5 });
    const el = await mountVoicemails(controlled.instance);
    const id = await deleteTwice(el);
    await waitFor(() => count(`DELETE /v1/voicemails/${id}`) > 0, 'the DELETE');
    await waitFor(() => vmRow(el, id), 'the row is back');
    await waitFor(() => /couldn’t delete/i.test(deepText(el)), 'the error');
    expect(count(`DELETE /v1/voicemails/${id}`)).to.equal(1);
  });
});

// ---- onboarding: the other submits ----

describe('sent once: onboarding caller ID and device order', function () {
  this.timeout(30_000);

  it('a caller ID name saved with two presses: one POST', async () => {
    controlled = controlledInstance();
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
    controlled = controlledInstance();
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
    controlled = controlledInstance();
    const { el, root, quantity, save } = await devicesStep(controlled.instance);
    typeInto(quantity(), '5');
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    // The list's refresh after the save is slow: for a while the new draft is not listed.
    await fail({ method: 'GET', path: '/v1/hardware-orders', delayMs: 2000 });
    save().click();
    await waitFor(() => root().querySelector('.notice--success'), 'saved');
    // Positive control: this is the window in question (the draft is not shown yet).
    expect(root().querySelector('[part="draft-order"]'), 'listed already').to.equal(null);
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
