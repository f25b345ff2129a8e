import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatPhone } from '../../src/i18n/phone';
import { PORT_DRAFT_KEY, type PortDraft } from './onboarding.port.data';
import {
  $,
  checkEligibility,
  eligibility,
  errorOf,
  field,
  fillForm,
  IP,
  memoryDrafts,
  mountPort,
  openOnboarding,
  pdf,
  pick,
  shadow,
  submitButton,
  submitted,
  text,
  typeInto,
  type OnboardingSession,
} from './onboarding.port.test-support';
/** In the mock: two landlines from different carriers, a wireless number (account number needed), one not portable. */
const LANDLINE_A = '+15035550123';
const LANDLINE_B = '+15035550124';
const WIRELESS = '+12065550142';
const BLOCKED = '+15035550100';

let session: OnboardingSession;
beforeEach(async () => {
  session = await openOnboarding();
});
afterEach(async () => {
  await session.close();
});

const mount = (drafts = memoryDrafts(), options: { customerIp?: unknown } = {}) =>
  mountPort(session.dialstack, drafts, options);

async function portOrdersNow(): Promise<number> {
  let count = 0;
  for await (const _ of session.dialstack.client.list('/v1/port-orders', {
    query: { limit: 100 },
    cache: 'no-store',
  }))
    count++;
  return count;
}

describe('<dialstack-onboarding-port>', function (this: Mocha.Suite) {
  this.timeout(60_000);

  it('checks each number as it is typed or pasted', async () => {
    const el = await mount();
    await typeInto(
      $<HTMLTextAreaElement>(el, '#numbers')!,
      '503 555 0123, 800-555-0199\n12\n5035550123',
    );
    await waitUntil(() => shadow(el).querySelectorAll('.check').length === 4);
    const checks = [...shadow(el).querySelectorAll('.check')].map(text);
    expect(checks[0]).to.equal(`${formatPhone(LANDLINE_A)} Looks good`);
    expect(checks[1]).to.contain('Toll-free numbers can’t be ported');
    expect(checks[2]).to.equal('12 Not a valid phone number');
    expect(checks[3]).to.contain('Listed twice');
    await expect(el).to.be.accessible();
  });

  it('shows portable numbers by carrier, which need an account number, and the ones that can’t be ported', async () => {
    const el = await mount();
    await checkEligibility(el, [LANDLINE_A, LANDLINE_B, WIRELESS, BLOCKED]);
    const captions = [...eligibility(el)!.querySelectorAll('caption')].map(text);
    expect(captions).to.deep.equal([
      'From Pacific Bell Voice (SPID 9740)',
      'From Cascade Telecom (SPID 5432)',
      'From Columbia Wireless (SPID 6214)',
      '1 number can’t be ported',
    ]);
    const row = (n: string) =>
      eligibility(el)!.querySelector<HTMLElement>(`[part="row"][data-id="${n}"]`)!;
    expect(row(WIRELESS).dataset.portable).to.equal('true');
    expect(text(row(WIRELESS))).to.contain('Account number and PIN');
    expect(text(row(LANDLINE_A))).not.to.contain('Account number and PIN');
    expect(row(BLOCKED).dataset.portable).to.equal('false');
    expect(text(eligibility(el)!.querySelector('h4'))).to.equal('3 numbers can be ported');
    // The wireless number's carrier wants an account number: the form asks for it.
    await fillForm(el);
    submitButton(el).click();
    await waitUntil(() => errorOf(el, field(el, 'Account number')));
    expect(errorOf(el, field(el, 'Account number'))).to.equal('Required by the current carrier.');
    expect(session.count('POST', '/v1/port-orders')).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('refuses a bad file before uploading it (type, then size)', async () => {
    const el = await mount();
    await checkEligibility(el, [LANDLINE_A]);
    const input = field(el, 'Copy of a recent bill');
    pick(input, new File(['x'], 'bill.docx', { type: 'application/msword' }));
    await el.updateComplete;
    expect(errorOf(el, input)).to.equal('Choose a PDF, PNG, JPG or TIFF file.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    pick(input, pdf('big.pdf', 3 * 1024 * 1024 + 1));
    await el.updateComplete;
    expect(errorOf(el, input)).to.equal('The file is larger than 3 MB.');
    // Positive control: an acceptable file clears the error.
    pick(input, pdf('ok.pdf', 3 * 1024 * 1024));
    await el.updateComplete;
    expect(errorOf(el, input)).to.equal('');
    expect(session.count('POST', /\/bill-copy$/)).to.equal(0);
  });

  it('creates, uploads, approves with the host’s IP and submits; then shows status and history', async () => {
    const drafts = memoryDrafts();
    const el = await mount(drafts);
    await checkEligibility(el, [LANDLINE_A, LANDLINE_B]);
    await fillForm(el);
    pick(field(el, 'Customer service record (optional)'), pdf('csr.pdf'));
    submitButton(el).click();
    await submitted(el);
    expect(session.count('POST', '/v1/port-orders')).to.equal(1);
    expect(session.count('POST', /\/bill-copy$/)).to.equal(1);
    expect(session.count('POST', /\/csr$/)).to.equal(1);
    const approve = session.requests.find((r) => r.path.endsWith('/approve'))!;
    expect(JSON.parse(String(approve.body))).to.deep.equal({ signature: 'Sarah Chen', ip: IP });
    const status = $(el, 'dialstack-onboarding-port-status')!;
    await waitUntil(() => shadow(status).querySelector('[data-status]'), 'no status', {
      timeout: 8000,
    });
    expect(shadow(status).querySelector<HTMLElement>('[data-status]')!.dataset.status).to.equal(
      'submitted',
    );
    expect(shadow(status).querySelectorAll('.events [part="row"]').length).to.equal(3);
    await expect(status).to.be.accessible();
    // A re-mount with the same drafts shows the submitted order, not an empty form.
    const again = await mount(drafts);
    await waitUntil(() => $(again, 'dialstack-onboarding-port-status'));
  });

  it('resumes a sequence interrupted after the upload without creating a second order', async () => {
    const before = await portOrdersNow();
    const drafts = memoryDrafts();
    const el = await mount(drafts);
    await checkEligibility(el, [LANDLINE_A]);
    await fillForm(el);
    session.interceptNext('POST', /\/approve$/, 503, { error: 'Service unavailable' });
    submitButton(el).click();
    await waitUntil(
      () => text($(el, '[role="alert"]')).includes('approval wasn’t recorded'),
      'no error',
      {
        timeout: 10000,
      },
    );
    expect(session.count('POST', /\/bill-copy$/)).to.equal(1);
    expect(drafts.get<PortDraft>(PORT_DRAFT_KEY)!.orderId).to.match(/^por_/);
    // The page goes away and comes back: the file is gone, the draft (and its order) are not.
    el.remove();
    const resumed = await mount(drafts);
    expect(text(submitButton(resumed))).to.equal('Finish submitting the port');
    expect(field(resumed, 'City').value).to.equal('Portland');
    submitButton(resumed).click();
    await submitted(resumed);
    expect(session.count('POST', '/v1/port-orders')).to.equal(1);
    expect(session.count('POST', /\/bill-copy$/)).to.equal(1);
    expect(session.count('POST', /\/approve$/)).to.equal(2);
    expect(session.count('POST', /\/submit$/)).to.equal(1);
    expect(await portOrdersNow()).to.equal(before + 1);
  });

  it('sends one order however many times submit is pressed', async () => {
    const el = await mount();
    await checkEligibility(el, [LANDLINE_A]);
    await fillForm(el);
    submitButton(el).click();
    submitButton(el).click();
    field(el, 'Type your full name to sign').focus();
    await sendKeys({ press: 'Enter' });
    await submitted(el);
    expect(session.count('POST', '/v1/port-orders')).to.equal(1);
    expect(session.count('POST', /\/submit$/)).to.equal(1);
  });

  it('shows a server error next to the field its details name', async () => {
    const el = await mount();
    await checkEligibility(el, [LANDLINE_A]);
    await fillForm(el);
    session.interceptNext('POST', /^\/v1\/port-orders$/, 400, {
      error: 'Invalid request body',
      code: 'validation_error',
      details: { 'subscriber.address.zip': 'does not match the carrier’s records' },
    });
    submitButton(el).click();
    const zip = field(el, 'ZIP code');
    await waitUntil(() => errorOf(el, zip), 'no field error', { timeout: 8000 });
    expect(errorOf(el, zip)).to.equal('does not match the carrier’s records');
    expect(zip.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).activeElement).to.equal(zip);
  });

  it('explains what the host must provide when it gives no customer IP', async () => {
    const el = await mount(memoryDrafts(), { customerIp: '' });
    await checkEligibility(el, [LANDLINE_A]);
    expect(text($(el, '[part="needs-ip"]'))).to.contain('customerIp');
    expect(submitButton(el).disabled).to.equal(true);
    // Positive control: with an IP callback, approval is possible.
    el.customerIp = () => Promise.resolve(IP);
    await el.updateComplete;
    expect($(el, '[part="needs-ip"]')).to.equal(null);
    expect(submitButton(el).disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
