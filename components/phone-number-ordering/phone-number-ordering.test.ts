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
import { DialstackPhoneNumberOrdering } from './define';
import type { OrderCompleteDetail } from './phone-number-ordering';

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

/** The element's shadow root and its order-status view's (where progress and outcome live). */
const roots = (el: HTMLElement): ShadowRoot[] => {
  const status = shadow(el).querySelector('dialstack-order-status')?.shadowRoot;
  return status ? [shadow(el), status] : [shadow(el)];
};
const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) =>
  roots(el)
    .map((root) => root.querySelector<T>(selector))
    .find(Boolean) ?? null;
const $$ = (el: HTMLElement, selector: string) =>
  roots(el).flatMap((root) => [...root.querySelectorAll<HTMLElement>(selector)]);
/** The input labelled `name` (exact label text). */
function field(el: HTMLElement, name: string): HTMLInputElement {
  const label = [...shadow(el).querySelectorAll('label')].find((l) => text(l) === name);
  expect(label, `a field labelled "${name}"`).to.exist;
  return shadow(el).getElementById(label!.htmlFor) as HTMLInputElement;
}
function buttonNamed(el: HTMLElement, name: string): HTMLButtonElement | undefined {
  return $$(el, 'button').find((b) => text(b) === name) as HTMLButtonElement | undefined;
}
const checkbox = (el: HTMLElement, formatted: string) => {
  const label = [...shadow(el).querySelectorAll('label.result__number')].find(
    (l) => text(l) === formatted,
  ) as HTMLLabelElement | undefined;
  return label ? (shadow(el).getElementById(label.htmlFor) as HTMLInputElement) : undefined;
};
const results = (el: HTMLElement) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[part="result"]')].map(
    (r) => r.dataset.phoneNumber!,
  );
const searches = () => session.requests('/v1/available-phone-numbers');
const orderPosts = () => session.requests('/v1/phone-number-orders', 'POST');

async function mount(): Promise<DialstackPhoneNumberOrdering> {
  const el = await fixture<DialstackPhoneNumberOrdering>(
    html`<dialstack-phone-number-ordering
      .dialstack=${session.dialstack}
    ></dialstack-phone-number-ordering>`,
  );
  await el.updateComplete;
  return el;
}

async function type(el: HTMLElement, name: string, value: string) {
  const input = field(el, name);
  input.focus();
  input.select();
  if (value) await sendKeys({ type: value });
  else await sendKeys({ press: 'Backspace' });
}

/** Searches by typing in the fields and pressing Enter; waits for the results. */
async function searchFor(el: DialstackPhoneNumberOrdering, fields: Record<string, string>) {
  for (const [name, value] of Object.entries(fields)) await type(el, name, value);
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => results(el).length > 0 || $(el, '[part="empty"]'), 'no results', {
    timeout: 8000,
  });
}

async function select(el: DialstackPhoneNumberOrdering, numbers: string[]) {
  for (const n of numbers) {
    const box = checkbox(el, formatPhone(n));
    expect(box, n).to.exist;
    box!.click();
  }
  await el.updateComplete;
}

async function reviewAndPlace(el: DialstackPhoneNumberOrdering, partial = false) {
  buttonNamed(el, 'Review order')!.click();
  await waitUntil(() => $(el, '[part="review"]'));
  if (partial) {
    const box = [...shadow(el).querySelectorAll('label.option')]
      .find((l) => text(l).startsWith('Accept a partial order'))!
      .querySelector('input')!;
    box.click();
    await el.updateComplete;
  }
  buttonNamed(el, 'Place order')!.click();
}

describe('<dialstack-phone-number-ordering>: search', function (this: Mocha.Suite) {
  this.timeout(60_000);

  it('has the accessible names QA tests use, and is accessible', async () => {
    const el = await mount();
    for (const name of ['Area code', 'City', 'State', 'ZIP code', 'NPA-NXX', 'Quantity'])
      expect(field(el, name)).to.exist;
    expect(buttonNamed(el, 'Search')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('invalid fields never reach the API and say what is wrong; a fix then searches', async () => {
    const el = await mount();
    const cases: [string, string, RegExp][] = [
      ['Area code', '50', /3 digits/],
      ['State', 'O', /2-letter/],
      ['ZIP code', '9720', /5-digit/],
      ['NPA-NXX', '50355', /6 digits/],
    ];
    for (const [name, value, message] of cases) {
      await type(el, name, value);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const input = field(el, name);
      expect(input.getAttribute('aria-invalid'), name).to.equal('true');
      const error = shadow(el).getElementById(input.getAttribute('aria-describedby')!);
      expect(text(error)).to.match(message);
      await type(el, name, '');
    }
    await type(el, 'Area code', '503');
    await type(el, 'Quantity', '101');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(field(el, 'Quantity').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    expect(searches()).to.have.length(0);

    // Positive control: a valid search goes out, with the contract's parameter names.
    await type(el, 'Quantity', '5');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => results(el).length === 5, 'no results', { timeout: 8000 });
    expect(Object.fromEntries(searches()[0]!.url.searchParams)).to.deep.equal({
      area_code: '503',
      quantity: '5',
    });
  });

  it('city + state: the state is upper-cased as you type; results show city and rate center', async () => {
    const el = await mount();
    await searchFor(el, { City: 'Seattle', State: 'wa', Quantity: '3' });
    expect(Object.fromEntries(searches()[0]!.url.searchParams)).to.deep.equal({
      city: 'Seattle',
      state: 'WA',
      quantity: '3',
    });
    expect(results(el)).to.have.length(3);
    const first = $(el, '[part="result"]')!;
    expect(text(first)).to.contain(formatPhone(results(el)[0]!));
    expect(text(first)).to.contain('Seattle, WA');
    expect(text(first)).to.contain('Rate center SEATTLE');
  });

  it('nothing found says so and offers a wider search that finds numbers', async () => {
    const el = await mount();
    await searchFor(el, { City: 'Nowhere', State: 'OR' });
    const empty = $(el, '[part="empty"]')!;
    expect(text(empty)).to.contain('No numbers match this search');
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Search wider')!.click();
    await waitUntil(() => results(el).length > 0, 'the wider search found nothing');
    expect(searches().at(-1)!.url.searchParams.get('city')).to.equal(null);
    expect(searches().at(-1)!.url.searchParams.get('state')).to.equal('OR');
  });

  it('select all, count, and each checkbox is labelled with its formatted number', async () => {
    const el = await mount();
    await searchFor(el, { 'Area code': '206', Quantity: '4' });
    const [a, b] = results(el);
    await select(el, [a!, b!]);
    expect(text(shadow(el).querySelector('.actions--end .count'))).to.equal('2 selected');
    const all = [...shadow(el).querySelectorAll('label.check')]
      .find((l) => text(l) === 'Select all')!
      .querySelector('input')!;
    expect(all.indeterminate).to.equal(true);
    all.click();
    await el.updateComplete;
    expect(text(shadow(el).querySelector('.actions--end .count'))).to.equal('4 selected');
    await expect(el).to.be.accessible();
  });
});

describe('<dialstack-phone-number-ordering>: ordering', function (this: Mocha.Suite) {
  this.timeout(60_000);

  it('places the order, shows progress while pending, then every number ready, routing applied, and fires dialstack-order-complete', async () => {
    polling = controlPolling();
    const el = await mount();
    await searchFor(el, { 'Area code': '503', Quantity: '3' });
    const chosen = results(el).slice(0, 2);
    await select(el, chosen);
    buttonNamed(el, 'Review order')!.click();
    await waitUntil(() => $(el, '[part="review"]'));
    expect(text($(el, '[part="review"]'))).to.contain(formatPhone(chosen[0]!));
    // Route the new numbers to Dr. Sarah Chen.
    const routing = shadow(el).getElementById('routing') as HTMLSelectElement;
    await waitUntil(() => !routing.disabled, 'targets never loaded');
    const chen = [...routing.options].find((o) => o.text.trim() === 'Dr. Sarah Chen')!;
    expect(chen.parentElement!.getAttribute('label')).to.equal('Users');
    routing.value = chen.value;
    routing.dispatchEvent(new Event('change'));
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Place order')!.click();

    await waitUntil(() => $(el, '[part="progress"]'), 'no progress view');
    expect(JSON.parse(String(orderPosts()[0]!.init.body))).to.deep.equal({
      phone_numbers: chosen,
      partial_allowed: false,
    });
    expect(text($(el, '[part="progress"]'))).to.contain('Waiting for the carrier');
    await expect(el).to.be.accessible();
    const done = oneEvent(el, 'dialstack-order-complete');
    // The mock answers pending three times, then settles.
    for (let i = 1; i <= 3; i++) {
      await polling.release();
      await waitUntil(() => text($(el, '[part="progress"]')).includes(`Checked ${i} time`));
    }
    await polling.release();
    const { detail } = (await done) as CustomEvent<OrderCompleteDetail>;
    expect(detail.order.status).to.equal('complete');
    expect(detail.order.completed_numbers).to.deep.equal(chosen);
    await waitUntil(() => $(el, '[part="outcome"]'));
    const outcome = $(el, '[part="outcome"]')!;
    expect(text(outcome)).to.contain('Your numbers are ready');
    expect(text(outcome)).to.contain('Inbound calls go to Dr. Sarah Chen');
    // Backoff: each wait longer than the one before.
    expect(polling.waits.slice(0, 4)).to.deep.equal([1000, 1500, 2250, 3375]);
    // The routing really was applied to both numbers.
    const numbers = await session.dialstack.client.page<{
      phone_number: string;
      routing_target: string;
    }>('/v1/phone-numbers', { query: { limit: 100 }, cache: 'no-store' });
    for (const n of chosen)
      expect(numbers.data.find((x) => x.phone_number === n)?.routing_target).to.equal(chen.value);
    await expect(el).to.be.accessible();
  });

  it('a partial order shows which numbers failed and why', async () => {
    polling = controlPolling({ auto: true });
    const el = await mount();
    await searchFor(el, { 'NPA-NXX': '503555', Quantity: '30' });
    await select(el, ['+15035550171', '+15035550199']);
    const done = oneEvent(el, 'dialstack-order-complete');
    await reviewAndPlace(el, true);
    const { detail } = (await done) as CustomEvent<OrderCompleteDetail>;
    expect(detail.order.status).to.equal('partial');
    await waitUntil(() => $(el, '[part="outcome"]'));
    const rows = $$(el, '.outcome').map(text);
    expect(rows).to.deep.equal([
      `${formatPhone('+15035550171')} Ready`,
      `${formatPhone('+15035550199')} Not available`,
    ]);
    expect(text($(el, '[part="outcome"] [role="alert"]'))).to.contain('+15035550199');
    await expect(el).to.be.accessible();
  });

  it('a failed order explains itself and keeps the selection for a retry', async () => {
    polling = controlPolling({ auto: true });
    const el = await mount();
    await searchFor(el, { 'NPA-NXX': '503555', Quantity: '30' });
    await select(el, ['+15035550172', '+15035550199']);
    const done = oneEvent(el, 'dialstack-order-complete');
    await reviewAndPlace(el);
    const { detail } = (await done) as CustomEvent<OrderCompleteDetail>;
    expect(detail.order.status).to.equal('failed');
    await waitUntil(() => $(el, '[part="outcome"]'));
    expect(text($(el, '[part="outcome"]'))).to.contain('The order failed');
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Try again')!.click();
    await waitUntil(() => $(el, '[part="review"]'));
    expect([...shadow(el).querySelectorAll('[part="review"] .numbers li')].map(text)).to.deep.equal(
      [formatPhone('+15035550172'), formatPhone('+15035550199')],
    );
  });

  it('a slow order keeps being followed through many polls, also after the person leaves the view', async () => {
    polling = controlPolling();
    const el = await mount();
    await searchFor(el, { 'NPA-NXX': '503555', Quantity: '30' });
    await select(el, ['+15035550197']);
    await reviewAndPlace(el);
    await waitUntil(() => $(el, '[part="progress"]'));
    const done = oneEvent(el, 'dialstack-order-complete');
    await polling.release();
    await polling.release();
    // Leave: back to the search; a banner keeps the order in view.
    buttonNamed(el, 'Order more numbers')!.click();
    await waitUntil(() => text($(el, '.background')).includes('1 order in progress'));
    for (let i = 2; i < 9; i++) await polling.release();
    const { detail } = (await done) as CustomEvent<OrderCompleteDetail>;
    expect(detail.order.status).to.equal('complete');
    const gets = session.requests(/^\/v1\/phone-number-orders\/nord_/, 'GET');
    expect(gets.length).to.equal(9);
    await waitUntil(() => !$(el, '.background'), 'the banner stays after the order ended');
  });

  it('the order button cannot submit twice (double click, Enter repeat)', async () => {
    polling = controlPolling();
    const el = await mount();
    await searchFor(el, { 'Area code': '503', Quantity: '2' });
    await select(el, results(el));
    buttonNamed(el, 'Review order')!.click();
    await waitUntil(() => $(el, '[part="review"]'));
    const place = buttonNamed(el, 'Place order')!;
    place.click();
    place.click();
    place.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part="progress"]'));
    expect(orderPosts()).to.have.length(1);
  });

  it('a 4xx explains itself in words (the number limit) and keeps the selection', async () => {
    const el = await mount();
    await searchFor(el, { State: 'OR', Quantity: '30' });
    const all = [...shadow(el).querySelectorAll('label.check')]
      .find((l) => text(l) === 'Select all')!
      .querySelector('input')!;
    all.click();
    await el.updateComplete;
    await reviewAndPlace(el);
    await waitUntil(() => $(el, '[part="review"] [role="alert"]'));
    expect(text($(el, '[part="review"] [role="alert"]'))).to.equal(
      'Your account can hold 40 phone numbers and already has 12. Release numbers you no longer need, or order fewer.',
    );
    expect(shadow(el).querySelectorAll('[part="review"] .numbers li')).to.have.length(30);
    await expect(el).to.be.accessible();
  });
});
