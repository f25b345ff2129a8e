import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createExtension, createUser } from '../../src/api/team';
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

async function teamStep(el: DialstackAccountOnboarding): Promise<ShadowRoot> {
  el.goTo('team');
  const root = await onStep(el, 'team');
  await waitUntil(() => root.querySelector('[part="row"], [part="empty"]'), 'the team loads');
  await waitUntil(
    () => root.querySelector('[part="half-made"]') || field(root, 'Extension').value !== '',
    'a suggestion arrives',
  );
  return root;
}

const member = (root: ShadowRoot, name: string) =>
  rows(root).find((r) => text(r.querySelector('.row__title')) === name);
const extensionOfRow = (row: HTMLElement | undefined) =>
  row?.querySelector<HTMLElement>('[data-extension]')?.dataset.extension;
const deepActive = (): Element | null => {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('onboarding: team', () => {
  it('happy path: adds a person with the suggested extension (one request each, even on a double click)', async () => {
    session = await openSession({ blank: true });
    const el = await mount(session, 'team review');
    const root = await teamStep(el);
    expect(field(root, 'Extension').value).to.equal('101');
    type(field(root, 'Name'), 'Ana Ruiz');
    type(field(root, 'Email'), 'ana@example.com');
    const add = buttonNamed(root, 'Add person');
    add.click();
    add.click();
    await waitUntil(() => member(root, 'Ana Ruiz'), 'Ana is listed', { timeout: 5000 });
    await waitUntil(() => extensionOfRow(member(root, 'Ana Ruiz')) === '101');
    expect(session.requests('/v1/users', 'POST')).to.have.length(1);
    expect(session.requests('/v1/extensions', 'POST')).to.have.length(1);
    // The form is empty again, with the next suggestion.
    expect(field(root, 'Name').value).to.equal('');
    await waitUntil(() => field(root, 'Extension').value === '102');
  });

  it('an extension conflict is explained; the person is fixed in place, never left half-made', async () => {
    session = await openSession({ blank: true });
    const client = session.dialstack.client;
    const bo = await createUser(client, { name: 'Bo Chen' });
    await createExtension(client, { number: '150', target: bo.id });
    const el = await mount(session, 'team review');
    const root = await teamStep(el);
    type(field(root, 'Name'), 'Ana Ruiz');
    type(field(root, 'Extension'), '150');
    buttonNamed(root, 'Add person').click();
    const half = await waitUntil(() => root.querySelector('[part="half-made"]'), 'half-made', {
      timeout: 5000,
    }).then(() => root.querySelector<HTMLElement>('[part="half-made"]')!);
    const input = root.getElementById('half-extension') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const message = text(root.getElementById('half-extension-error'));
    expect(message).to.contain('150 is already in use by Bo Chen');
    expect(message).to.contain('Try 151');
    expect(text(half)).to.contain('Ana Ruiz was added');
    expect(deepActive()).to.equal(input);

    // Survives a re-mount: the half-made user is still offered for fixing.
    el.remove();
    const again = await mount(session, 'team review');
    const root2 = await teamStep(again);
    await waitUntil(() => root2.getElementById('half-extension'), 'still half-made');
    type(root2.getElementById('half-extension') as HTMLInputElement, '151');
    buttonNamed(root2, 'Save extension').click();
    await waitUntil(() => extensionOfRow(member(root2, 'Ana Ruiz')) === '151', 'fixed', {
      timeout: 5000,
    });
    expect(root2.querySelector('[part="half-made"]')).to.equal(null);
  });

  it('undo removes the user whose extension failed', async () => {
    session = await openSession({ blank: true });
    await fail({ method: 'POST', path: '/v1/extensions', status: 500 });
    const el = await mount(session, 'team review');
    const root = await teamStep(el);
    type(field(root, 'Name'), 'Ana Ruiz');
    buttonNamed(root, 'Add person').click();
    await waitUntil(() => root.querySelector('[part="undo-member"]'), 'half-made', {
      timeout: 5000,
    });
    await waitUntil(() => member(root, 'Ana Ruiz'), 'the user exists meanwhile');
    buttonNamed(root, 'Undo adding Ana Ruiz').click();
    await waitUntil(() => !member(root, 'Ana Ruiz'), 'Ana is gone', { timeout: 5000 });
    expect(root.querySelector('[part="half-made"]')).to.equal(null);
    expect(session.requests(/^\/v1\/users\/[^/]+$/, 'DELETE')).to.have.length(1);
  });

  it('edits in place and removes after a confirmation', async () => {
    session = await openSession({ blank: true });
    const client = session.dialstack.client;
    const bo = await createUser(client, { name: 'Bo Chen' });
    await createExtension(client, { number: '150', target: bo.id });
    const el = await mount(session, 'team review');
    const root = await teamStep(el);
    buttonNamed(member(root, 'Bo Chen')!, 'Edit Bo Chen').click();
    await waitUntil(() => root.getElementById('edit-name'));
    type(root.getElementById('edit-name') as HTMLInputElement, 'Bo Chen-Li');
    type(root.getElementById('edit-extension') as HTMLInputElement, '160');
    buttonNamed(root, 'Save').click();
    await waitUntil(() => extensionOfRow(member(root, 'Bo Chen-Li')) === '160', 'saved', {
      timeout: 5000,
    });

    // Cancel keeps them; confirm removes them.
    buttonNamed(member(root, 'Bo Chen-Li')!, 'Remove Bo Chen-Li').click();
    await waitUntil(() => root.querySelector('dialog[open]'));
    buttonNamed(root.querySelector('dialog')!, 'Cancel').click();
    await waitUntil(() => !root.querySelector('dialog'));
    expect(member(root, 'Bo Chen-Li')).to.exist;
    buttonNamed(member(root, 'Bo Chen-Li')!, 'Remove Bo Chen-Li').click();
    await waitUntil(() => root.querySelector('dialog[open]'));
    buttonNamed(root.querySelector('dialog')!, 'Remove').click();
    await waitUntil(() => !member(root, 'Bo Chen-Li'), 'removed', { timeout: 5000 });
  });

  it('can be completed with the keyboard alone', async () => {
    session = await openSession({ blank: true });
    const el = await mount(session, 'team review');
    const root = await teamStep(el);
    field(root, 'Name').focus();
    await sendKeys({ type: 'Ana Ruiz' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'ana@example.com' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(field(root, 'Extension'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => extensionOfRow(member(root, 'Ana Ruiz')) === '101', 'added', {
      timeout: 5000,
    });
    // Focus returns to Name for the next person; Tab through to Continue, then Enter.
    await waitUntil(() => deepActive() === field(root, 'Name'));
    const continueButton = buttonNamed(root, 'Continue');
    for (let i = 0; i < 10 && deepActive() !== continueButton; i++)
      await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(continueButton);
    await sendKeys({ press: 'Enter' });
    await onStep(el, 'review');
    const teamEntry = el.shadowRoot!.querySelector<HTMLElement>('[part="step"][data-step="team"]')!;
    await waitUntil(() => teamEntry.dataset.status === 'done');
  });

  it('is accessible', async () => {
    session = await openSession();
    const el = await mount(session, 'team review');
    await teamStep(el);
    await expect(el).to.be.accessible();
  });
});
