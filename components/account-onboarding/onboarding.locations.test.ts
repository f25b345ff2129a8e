import { expect, waitUntil } from '@open-wc/testing';
import { mockPost } from '../../test/support/mock';
import type { DialstackAccountOnboarding } from './account-onboarding';
import {
  buttonNamed,
  fail,
  field,
  mount,
  onStep,
  openSession,
  rows,
  text,
  type,
  type Session,
} from './account-onboarding.test-support';

let session: Session;
afterEach(() => session?.restore());

async function openForm(el: DialstackAccountOnboarding): Promise<ShadowRoot> {
  const root = await onStep(el, 'locations');
  buttonNamed(root, 'Add a location').click();
  await waitUntil(() => root.querySelector('#loc-name'), 'the form opens');
  return root;
}

function fillAddress(root: ShadowRoot, street = 'Harbor Street'): void {
  type(field(root, 'Location name'), 'Harbor Clinic');
  type(field(root, 'Street number'), '88');
  type(field(root, 'Street'), street);
  type(field(root, 'City'), 'Astoria');
  type(field(root, 'State or province'), 'or');
  type(field(root, 'ZIP or postal code'), '97103');
}

const row = (root: ShadowRoot, name: string) =>
  rows(root).find((r) => text(r.querySelector('.row__title')) === name);
const e911 = (root: ShadowRoot, name: string) =>
  row(root, name)?.querySelector<HTMLElement>('[part="e911-status"]')?.dataset.status;

describe('onboarding: locations and emergency address', () => {
  it('checks the address as it is typed, per country', async () => {
    session = await openSession({ blank: true });
    const el = await mount(session, 'locations review');
    const root = await openForm(el);
    const zip = field(root, 'ZIP or postal code');
    type(zip, '971');
    await el.updateComplete;
    await (root.host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(zip.getAttribute('aria-invalid')).to.equal('true');
    expect(text(root.getElementById(zip.getAttribute('aria-describedby')!))).to.contain('5-digit');
    type(zip, '97103');
    await (root.host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(zip.getAttribute('aria-invalid')).to.equal('false');
    // The same code is not a Canadian postal code.
    type(field(root, 'Country') as unknown as HTMLSelectElement, 'CA');
    await (root.host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(zip.getAttribute('aria-invalid')).to.equal('true');
    expect(text(root.getElementById(zip.getAttribute('aria-describedby')!))).to.contain('K1A 0B1');
    // Untouched required fields only complain once the person tries to save.
    expect(field(root, 'City').getAttribute('aria-invalid')).to.equal('false');
    buttonNamed(root, 'Save location').click();
    await waitUntil(() => field(root, 'City').getAttribute('aria-invalid') === 'true');
    expect(session.requests('/v1/locations', 'POST')).to.have.length(0);
  });

  it('happy path: create, confirm the adjusted address, pick a primary number, register and follow to provisioned', async () => {
    session = await openSession({ blank: true });
    const el = await mount(session, 'locations review');
    const root = await openForm(el);
    fillAddress(root);
    const save = buttonNamed(root, 'Save location');
    save.click();
    save.click(); // a double click makes one location
    await waitUntil(() => root.querySelector('[part="e911-confirm"]'), 'the E911 check opens', {
      timeout: 5000,
    });
    expect(session.requests('/v1/locations', 'POST')).to.have.length(1);
    const confirm = root.querySelector<HTMLElement>('[part="e911-confirm"]')!;
    expect(text(confirm.querySelector('[part="e911-adjusted"]'))).to.contain('adjusted');
    expect(text(confirm.querySelector('[part="e911-address"]'))).to.contain('88 HARBOR ST');
    expect(text(confirm.querySelector('[part="e911-address"]'))).to.contain('97103-');
    // No primary number yet: explained, and one can be chosen from the account's numbers.
    expect(text(confirm.querySelector('[part="needs-number"]'))).to.contain('primary phone number');
    buttonNamed(confirm, 'Use as primary number').click();
    await waitUntil(() => buttonNamed(root, 'Confirm and register'), 'register offered', {
      timeout: 5000,
    }).catch(() => undefined);
    await waitUntil(
      () => [...root.querySelectorAll('button')].some((b) => text(b) === 'Confirm and register'),
      'register offered',
    );
    buttonNamed(root, 'Confirm and register').click();
    await waitUntil(() => e911(root, 'Harbor Clinic') === 'provisioned', 'provisioned', {
      timeout: 8000,
    });
    expect(session.requests(/\/v1\/locations\/[^/]+\/provision-e911$/, 'POST')).to.have.length(1);
    const locationsEntry = el.shadowRoot!.querySelector<HTMLElement>(
      '[part="step"][data-step="locations"]',
    )!;
    await waitUntil(() => locationsEntry.dataset.status === 'done', 'progress follows');
  });

  it('E911 failure is shown with a retry that provisions again', async () => {
    session = await openSession({ blank: true });
    await mockPost('/__mock/e911-failures', { times: 1 });
    const el = await mount(session, 'locations review');
    const root = await openForm(el);
    fillAddress(root);
    buttonNamed(root, 'Save location').click();
    await waitUntil(() => root.querySelector('[part="set-primary"]'), 'check opens', {
      timeout: 5000,
    });
    buttonNamed(root, 'Use as primary number').click();
    await waitUntil(() =>
      [...root.querySelectorAll('button')].some((b) => text(b) === 'Confirm and register'),
    );
    buttonNamed(root, 'Confirm and register').click();
    await waitUntil(() => e911(root, 'Harbor Clinic') === 'failed', 'failed', { timeout: 8000 });
    expect(text(row(root, 'Harbor Clinic')!.querySelector('[role="alert"]'))).to.contain(
      'could not register',
    );
    buttonNamed(row(root, 'Harbor Clinic')!, 'Retry registration').click();
    await waitUntil(() => e911(root, 'Harbor Clinic') === 'provisioned', 'provisioned', {
      timeout: 8000,
    });
    expect(session.requests(/\/v1\/locations\/[^/]+\/provision-e911$/, 'POST')).to.have.length(2);
  });

  it('a server error lands next to the field its details name, and the draft survives it', async () => {
    session = await openSession({ blank: true });
    await fail({
      method: 'POST',
      path: '/v1/locations',
      status: 400,
      body: {
        error: 'Invalid address',
        code: 'validation_error',
        details: { 'address.postal_code': 'does not match the city' },
      },
    });
    const el = await mount(session, 'locations review');
    const root = await openForm(el);
    fillAddress(root);
    buttonNamed(root, 'Save location').click();
    const zip = field(root, 'ZIP or postal code');
    await waitUntil(() => zip.getAttribute('aria-invalid') === 'true', 'the ZIP is marked', {
      timeout: 5000,
    });
    expect(text(root.getElementById(zip.getAttribute('aria-describedby')!))).to.equal(
      'does not match the city',
    );
    expect(field(root, 'City').value).to.equal('Astoria');
    // Positive control: without the injected failure the same form saves.
    buttonNamed(root, 'Save location').click();
    await waitUntil(() => row(root, 'Harbor Clinic'), 'saved', { timeout: 5000 });
  });

  it('an address the provider cannot find is explained', async () => {
    session = await openSession({ blank: true });
    const el = await mount(session, 'locations review');
    const root = await openForm(el);
    fillAddress(root, 'Nowhere Lane');
    buttonNamed(root, 'Save location').click();
    await waitUntil(
      () => text(root.querySelector('.verify [role="alert"]')).includes('could not be found'),
      'the check failure shows',
      { timeout: 5000 },
    );
  });

  it('resumes following a location already being provisioned', async () => {
    session = await openSession();
    const el = await mount(session, 'locations review');
    el.goTo('locations');
    const root = await onStep(el, 'locations');
    // The seed's Pediatrics Annex is pending; with no provisioning queued, reads keep it there,
    // so the row says so and keeps polling.
    await waitUntil(() => e911(root, 'Pediatrics Annex') === 'pending');
    expect(text(row(root, 'Pediatrics Annex'))).to.contain('keep going');
  });

  it('is accessible with the form open', async () => {
    session = await openSession();
    const el = await mount(session, 'locations review');
    el.goTo('locations');
    await openForm(el);
    await expect(el).to.be.accessible();
  });
});
