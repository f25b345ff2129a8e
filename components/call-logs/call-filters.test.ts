import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { css, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { createI18n } from '../../src/i18n';
import { baseStyles } from '../../src/theme/base-styles';
import type { CallFiltersChange, DialstackCallFilters } from './call-filters';
import './call-filters.define';
import type { User } from './call-logs.data';

// Mocha globals (provided by @web/test-runner; the repo has no @types/mocha).
declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => void | Promise<unknown>): void;

/** Stands in for call logs: the tokens the bar inherits, and a container it sizes itself to. */
@customElement('call-filters-test-host')
class CallFiltersTestHost extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        container-type: inline-size;
      }
    `,
  ];

  override render() {
    return html`<dialstack-call-filters .i18n=${createI18n('en')}></dialstack-call-filters>`;
  }
}

async function mount(width = 1280) {
  const host = await fixture<CallFiltersTestHost>(
    html`<call-filters-test-host></call-filters-test-host>`,
  );
  host.style.width = `${width}px`;
  const bar = host.shadowRoot!.querySelector('dialstack-call-filters')!;
  await bar.updateComplete;
  return bar;
}

const control = <T extends HTMLElement>(bar: DialstackCallFilters, id: string) =>
  bar.shadowRoot!.querySelector<T>(`#${id}`)!;

/** Changes a control the way a person does, and resolves with the bar's event (if any). */
async function change(
  bar: DialstackCallFilters,
  id: string,
  value: string,
): Promise<CustomEvent<CallFiltersChange>> {
  const event = oneEvent(bar, 'filters-change') as Promise<CustomEvent<CallFiltersChange>>;
  const input = control<HTMLInputElement | HTMLSelectElement>(bar, id);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
  return event;
}

const clearButton = (bar: DialstackCallFilters) =>
  [...bar.shadowRoot!.querySelectorAll('button')].find((b) =>
    /clear filters/i.test(b.textContent ?? ''),
  );

describe('<dialstack-call-filters> (internal)', () => {
  it('labels every filter and offers no "clear" while nothing is set', async () => {
    const bar = await mount();
    const search = bar.shadowRoot!.querySelector('[role="search"]')!;
    expect(search.getAttribute('aria-label')).to.equal('Filter calls');
    // No <form>: Chromium's autofill would keep it (and the list) alive after removal.
    expect(bar.shadowRoot!.querySelector('form')).to.equal(null);
    for (const id of ['f-direction', 'f-status', 'f-user', 'f-date', 'f-phone']) {
      expect(bar.shadowRoot!.querySelector(`label[for="${id}"]`), id).to.exist;
    }
    expect(clearButton(bar)).to.be.undefined;
    bar.status = 'busy';
    await bar.updateComplete;
    expect(clearButton(bar)).to.exist;
    await expect(bar).to.be.accessible();
  });

  it('sends each change up in an event that stays inside the containing element', async () => {
    const bar = await mount();
    const direction = await change(bar, 'f-direction', 'inbound');
    expect(direction.detail).to.deep.equal({ direction: 'inbound' });
    expect(direction.composed).to.equal(false);
    const all = await change(bar, 'f-direction', '');
    expect(Object.keys(all.detail)).to.deep.equal(['direction']);
    expect(all.detail.direction).to.be.undefined;
    expect((await change(bar, 'f-status', 'voicemail')).detail).to.deep.equal({
      status: 'voicemail',
    });
    const week = await change(bar, 'f-date', '7d');
    expect(week.detail.fromDate).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(week.detail).sort()).to.deep.equal(['fromDate', 'toDate']);
    expect(week.detail.toDate).to.be.undefined; // open-ended: up to now
  });

  it('shows what it is given (properties down) without firing anything', async () => {
    const bar = await mount();
    let fired = 0;
    bar.addEventListener('filters-change', () => fired++);
    bar.direction = 'outbound';
    bar.fromDate = '2025-10-01';
    bar.toDate = '2025-10-03';
    bar.phoneNumber = '+15035550150';
    await bar.updateComplete;
    expect(control<HTMLSelectElement>(bar, 'f-direction').value).to.equal('outbound');
    expect(control<HTMLSelectElement>(bar, 'f-date').value).to.equal('custom');
    expect(control<HTMLInputElement>(bar, 'f-from').value).to.equal('2025-10-01');
    expect(control<HTMLInputElement>(bar, 'f-to').min).to.equal('2025-10-01');
    expect(control<HTMLInputElement>(bar, 'f-phone').value).to.equal('+15035550150');
    expect(fired).to.equal(0);
    // Positive control: the same bar does fire for a person's change.
    await change(bar, 'f-to', '2025-10-04');
    expect(fired).to.equal(1);
  });

  it('normalizes a typed number, and keeps an unusable one to itself with an inline error', async () => {
    const bar = await mount();
    let fired = 0;
    bar.addEventListener('filters-change', () => fired++);
    const input = control<HTMLInputElement>(bar, 'f-phone');
    input.value = '12ab';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => bar.shadowRoot!.querySelector('.field__error'), 'inline error');
    expect(bar.shadowRoot!.querySelector('.field__error')!.getAttribute('role')).to.equal('alert');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(fired).to.equal(0);
    await expect(bar).to.be.accessible();
    const typed = await change(bar, 'f-phone', '(503) 555-0150');
    expect(typed.detail).to.deep.equal({ phoneNumber: '+15035550150' });
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  it('submits the phone box with Enter, once, and again with Enter after a failure', async () => {
    const bar = await mount();
    const changes: CallFiltersChange[] = [];
    bar.addEventListener('filters-change', (e) =>
      changes.push((e as CustomEvent<CallFiltersChange>).detail),
    );
    const input = control<HTMLInputElement>(bar, 'f-phone');
    input.focus();
    await sendKeys({ type: '12ab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => bar.shadowRoot!.querySelector('.field__error'), 'inline error');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '5035550150' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => changes.length > 0, 'submitted');
    input.blur();
    await bar.updateComplete;
    expect(changes).to.deep.equal([{ phoneNumber: '+15035550150' }], 'one change for one Enter');
  });

  it('clears every filter at once', async () => {
    const bar = await mount();
    bar.status = 'busy';
    bar.userId = 'user_1';
    await bar.updateComplete;
    const cleared = oneEvent(bar, 'filters-change') as Promise<CustomEvent<CallFiltersChange>>;
    clearButton(bar)!.click();
    const { detail } = await cleared;
    expect(Object.keys(detail).sort()).to.deep.equal(
      ['direction', 'fromDate', 'phoneNumber', 'status', 'toDate', 'userId'],
      'every filter, each cleared',
    );
    expect(Object.values(detail).every((v) => v === undefined)).to.equal(true);
  });

  it('lists users by name, keeps an unknown chosen user, and says when users failed', async () => {
    const bar = await mount();
    const users = new Map<string, User>(
      [
        { id: 'u_2', name: 'Zoe' },
        { id: 'u_1', name: 'Ada' },
      ].map((u) => [u.id, u as User]),
    );
    bar.users = users;
    bar.userId = 'u_gone';
    await bar.updateComplete;
    const select = control<HTMLSelectElement>(bar, 'f-user');
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'All users',
      'u_gone',
      'Ada',
      'Zoe',
    ]);
    expect(select.value).to.equal('u_gone');
    expect(select.hasAttribute('aria-describedby')).to.equal(false);
    bar.usersFailed = true;
    await bar.updateComplete;
    const hint = bar.shadowRoot!.querySelector(`#${select.getAttribute('aria-describedby')}`);
    expect(hint?.textContent).to.contain('Users couldn’t be loaded');
  });

  it('stays folded in a narrow container until it is opened', async () => {
    const bar = await mount(480);
    await waitUntil(() => getComputedStyle(bar).display === 'none', 'folded when narrow');
    bar.open = true;
    await bar.updateComplete;
    expect(getComputedStyle(bar).display).to.equal('block');
    // Positive control: wide, it shows without being opened.
    bar.open = false;
    ((bar.getRootNode() as ShadowRoot).host as HTMLElement).style.width = '1280px';
    await waitUntil(() => getComputedStyle(bar).display === 'block', 'shown when wide');
  });
});
