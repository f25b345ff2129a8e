import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DialstackOnboardingNumbers } from './onboarding.numbers.define';
import {
  memoryDrafts,
  openOnboarding,
  shadow,
  text,
  type OnboardingSession,
} from './onboarding.port.test-support';

void DialstackOnboardingNumbers;

let session: OnboardingSession;
beforeEach(async () => {
  session = await openOnboarding();
});
afterEach(async () => {
  await session.close();
});

async function mount(drafts = memoryDrafts()): Promise<DialstackOnboardingNumbers> {
  const el = await fixture<DialstackOnboardingNumbers>(
    html`<dialstack-onboarding-numbers
      .dialstack=${session.dialstack}
      .drafts=${drafts}
      .customerIp=${'203.0.113.42'}
    ></dialstack-onboarding-numbers>`,
  );
  await el.updateComplete;
  return el;
}
const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, s: string) =>
  shadow(el).querySelector<T>(s);
const radio = (el: HTMLElement, label: string) =>
  [...shadow(el).querySelectorAll('.choice label')]
    .find((l) => text(l) === label)!
    .querySelector('input')!;
const callerId = (el: HTMLElement) => $(el, 'dialstack-onboarding-caller-id');

describe('<dialstack-onboarding-numbers>', function (this: Mocha.Suite) {
  this.timeout(60_000);

  it('orders new numbers with the ordering flow, or ports, and remembers the choice', async () => {
    const drafts = memoryDrafts();
    const el = await mount(drafts);
    expect($(el, 'dialstack-phone-number-ordering')).to.equal(null);
    radio(el, 'Order new numbers').click();
    await waitUntil(() => $(el, 'dialstack-phone-number-ordering'), 'no ordering flow', {
      timeout: 8000,
    });
    radio(el, 'Port numbers I have').click();
    await waitUntil(() => $(el, 'dialstack-onboarding-port'), 'no port flow', { timeout: 8000 });
    expect($(el, 'dialstack-phone-number-ordering')).to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
    const again = await mount(drafts);
    await waitUntil(() => $(again, 'dialstack-onboarding-port'), 'choice not remembered', {
      timeout: 8000,
    });
    expect(radio(again, 'Port numbers I have').checked).to.equal(true);
  });

  it('relays a completed number order as dialstack-onboarding-changed', async () => {
    const el = await mount();
    radio(el, 'Order new numbers').click();
    await waitUntil(() => $(el, 'dialstack-phone-number-ordering'), 'no ordering', {
      timeout: 8000,
    });
    const changed = oneEvent(el, 'dialstack-onboarding-changed');
    const ordering = $(el, 'dialstack-phone-number-ordering')!;
    ordering.dispatchEvent(
      new CustomEvent('dialstack-order-complete', { bubbles: true, composed: true, detail: {} }),
    );
    const event = await changed;
    expect(event.detail).to.deep.equal({ step: 'numbers' });
    expect(event.target).to.equal(el);
  });

  it('saves caller ID names, checking the CNAM rules first', async () => {
    const el = await mount();
    await waitUntil(() => callerId(el)?.shadowRoot?.querySelector('[part="row"]'), 'no numbers', {
      timeout: 10000,
    });
    const view = callerId(el);
    const row = shadow(view!).querySelector<HTMLElement>('[part="row"]')!;
    const input = row.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'Riverside Family Clinic' });
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(text(row.querySelector('.field__error'))).to.equal('At most 15 characters.');
    await sendKeys({ press: 'Enter' });
    expect(session.count('POST', `/v1/phone-numbers/${row.dataset.id}`)).to.equal(0);
    input.select();
    await sendKeys({ type: 'RIVERSIDE CLNC' });
    const changed = oneEvent(el, 'dialstack-onboarding-changed');
    await sendKeys({ press: 'Enter' });
    await changed;
    await waitUntil(() => text(row.querySelector('[role="status"]')) === 'Saved');
    expect(session.count('POST', `/v1/phone-numbers/${row.dataset.id}`)).to.equal(1);
    const saved = await session.dialstack.client.get<{ caller_id_name: string }>(
      `/v1/phone-numbers/${row.dataset.id}`,
      { cache: 'no-store' },
    );
    expect(saved.caller_id_name).to.equal('RIVERSIDE CLNC');
    await expect(view!).to.be.accessible();
  });

  it('fires dialstack-onboarding-next on Continue (bubbles, not composed)', async () => {
    const el = await mount();
    const next = oneEvent(el, 'dialstack-onboarding-next');
    $<HTMLButtonElement>(el, '[part="continue"]')!.click();
    const event = await next;
    expect(event.detail).to.deep.equal({ step: 'numbers' });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(false);
  });
});
