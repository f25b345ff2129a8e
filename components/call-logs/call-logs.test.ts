import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { loadDialstackAndInitialize } from '../../src/index';
import type { DialstackInstance, ListPage } from '../../src/core/types';
import type { CallLog } from './call-logs.data';
import './define';
import type { DialstackCallLogs } from './call-logs';

// Mocha globals (provided by @web/test-runner; the repo has no @types/mocha).
declare function describe(name: string, body: (this: { timeout(ms: number): void }) => void): void;
declare function it(name: string, body: () => void | Promise<unknown>): void;
declare function beforeEach(body: () => void | Promise<unknown>): void;
declare function afterEach(body: () => void | Promise<unknown>): void;

interface Facts {
  counts: { calls: number; users: number };
  users: Record<string, string>;
  calls: Record<string, string>;
  numberWithBothDirections: string;
}

async function mockPost(path: string, body: unknown = {}): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

const fail = (rule: {
  method: string;
  path: string;
  status?: number;
  times?: number;
  delayMs?: number;
}) => mockPost('/__mock/fail', rule);

let instance: DialstackInstance;
let facts: Facts;

beforeEach(async () => {
  await mockPost('/__mock/reset');
  facts = (await fetch('/__mock/facts').then((r) => r.json())) as Facts;
  instance = await loadDialstackAndInitialize({
    apiUrl: location.origin,
    fetchClientSecret: () =>
      fetch('/__mock/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({}),
      })
        .then((r) => r.json())
        .then((r: { client_secret: string }) => r.client_secret),
  });
});

afterEach(async () => {
  sinon.restore();
  await instance.logout();
});

// ---- Helpers ----

type Attrs = Record<string, string | boolean | number | undefined>;

async function mount(attrs: Attrs = {}, withInstance = true): Promise<DialstackCallLogs> {
  const el = document.createElement('dialstack-call-logs') as DialstackCallLogs;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  if (withInstance) el.dialstack = instance;
  return fixture<DialstackCallLogs>(html`<div style="width: 1280px">${el}</div>`).then((wrapper) =>
    wrapper.querySelector('dialstack-call-logs')!,
  );
}

const root = (el: HTMLElement) => el.shadowRoot!;
const part = (el: HTMLElement, name: string) =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const rows = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('[part~="row"]')];
const rowIds = (el: HTMLElement) => rows(el).map((r) => r.dataset.id!);
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function loaded(el: DialstackCallLogs, min = 1): Promise<void> {
  await waitUntil(() => rows(el).length >= min, `expected at least ${min} rows`, { timeout: 8000 });
}

/** The list items the element holds (every loaded call, not just the rendered rows). */
const items = (el: DialstackCallLogs) => (el as unknown as { items: CallLog[] }).items;

async function apiCalls(query: Record<string, string>): Promise<CallLog[]> {
  const client = instance.client;
  const all: CallLog[] = [];
  for await (const call of client.list<CallLog>('/v1/calls', {
    query: { ...query, limit: 100 },
    cache: 'no-store',
  })) {
    all.push(call);
  }
  return all;
}

function select(el: DialstackCallLogs, id: string, value: string): Promise<void> {
  const control = root(el).querySelector<HTMLSelectElement>(`#${id}`)!;
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  return el.updateComplete.then(() => undefined);
}

// ---- Tests ----

describe('<dialstack-call-logs>', function () {
  this.timeout(30_000);
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  describe('states', () => {
    it('shows the loading view, then calls newest first with every column', async () => {
      await fail({ method: 'GET', path: '/v1/calls', delayMs: 600 });
      const el = await mount();
      await waitUntil(() => part(el, 'loading'), 'loading view');
      await expect(el).to.be.accessible();
      await loaded(el);
      expect(part(el, 'loading')).to.equal(null);
      const list = items(el);
      expect(list.length).to.equal(100, 'first page of 100');
      const times = list.map((c) => Date.parse(c.started_at));
      expect(times).to.deep.equal(
        [...times].sort((a, b) => b - a),
        'newest first',
      );
      const first = rows(el)[0]!;
      expect(first.dataset.id).to.equal(list[0]!.id);
      expect(first.getAttribute('role')).to.equal('row');
      expect(first.querySelectorAll('[role="gridcell"]').length).to.equal(8);
      expect(text(part(el, 'count'))).to.match(/100 calls loaded, more available/);
      await expect(el).to.be.accessible();
    });

    it('fires dialstack-loader-start', async () => {
      const el = document.createElement('dialstack-call-logs') as DialstackCallLogs;
      const started = oneEvent(el, 'dialstack-loader-start');
      el.dialstack = instance;
      document.body.append(el);
      try {
        const event = await started;
        expect(event.detail.elementTagName).to.equal('dialstack-call-logs');
      } finally {
        el.remove();
      }
    });

    it('shows an error with retry, fires dialstack-load-error, and recovers', async () => {
      await fail({ method: 'GET', path: '/v1/calls', status: 500, times: 10 });
      const el = document.createElement('dialstack-call-logs') as DialstackCallLogs;
      const errored = oneEvent(el, 'dialstack-load-error');
      el.dialstack = instance;
      const wrapper = await fixture(html`<div>${el}</div>`);
      const event = await errored;
      expect(event.detail.error.status).to.equal(500);
      await waitUntil(() => part(el, 'error'), 'error view', { timeout: 8000 });
      expect(rows(el)).to.have.length(0);
      await expect(el).to.be.accessible();
      await mockPost('/__mock/reset');
      part(el, 'retry-button')!.click();
      await loaded(el);
      expect(part(el, 'error')).to.equal(null);
      void wrapper;
    });

    it('shows an empty view for filters that match nothing, with a way out', async () => {
      const el = await mount({ 'from-date': '2099-01-01' });
      await waitUntil(() => part(el, 'empty'), 'empty view', { timeout: 8000 });
      expect(text(part(el, 'empty'))).to.contain('No calls match these filters');
      await expect(el).to.be.accessible();
      const clear = [...part(el, 'empty')!.querySelectorAll('button')].find((b) =>
        /clear/i.test(b.textContent ?? ''),
      )!;
      clear.click();
      await loaded(el);
      expect(el.hasAttribute('from-date')).to.equal(false);
    });

    it('shows an empty account as such', async () => {
      sinon.stub(instance.client, 'page').callsFake(
        async () =>
          ({
            object: 'list',
            url: '/v1/calls',
            next_page_url: null,
            previous_page_url: null,
            data: [],
          }) as ListPage<never>,
      );
      const el = await mount();
      await waitUntil(() => part(el, 'empty'), 'empty view');
      expect(text(part(el, 'empty'))).to.contain('No calls yet');
      expect(text(part(el, 'count'))).to.equal('No calls');
      await expect(el).to.be.accessible();
    });
  });

  describe('filters', () => {
    it('applies attributes as API filters', async () => {
      const el = await mount({ direction: 'outbound', status: 'completed' });
      await loaded(el);
      const list = items(el);
      expect(list.length).to.be.greaterThan(0);
      expect(list.every((c) => c.direction === 'outbound' && c.status === 'completed')).to.equal(
        true,
      );
      const expected = await apiCalls({ direction: 'outbound', status: 'completed' });
      expect(list.map((c) => c.id)).to.deep.equal(expected.slice(0, 100).map((c) => c.id));
    });

    it('filters by user and date range (to-date includes the whole day)', async () => {
      const userId = facts.users.frontDesk!;
      const all = await apiCalls({ user_id: userId });
      const day = all[Math.floor(all.length / 2)]!.started_at.slice(0, 10);
      const el = await mount({ 'user-id': userId, 'from-date': day, 'to-date': day });
      // The element reads dates in the browser's zone; compute the same bounds.
      const from = new Date(`${day}T00:00:00`).getTime();
      const to = from + 24 * 3600 * 1000;
      await waitUntil(() => rows(el).length > 0 || part(el, 'empty'), 'loaded', { timeout: 8000 });
      const list = items(el);
      const expected = all.filter((c) => {
        const t = Date.parse(c.started_at);
        return t >= from && t < to;
      });
      expect(list.map((c) => c.id)).to.deep.equal(expected.map((c) => c.id));
      expect(list.every((c) => c.user_id === userId)).to.equal(true);
    });

    it('reflects filter-bar choices to attributes and reloads', async () => {
      const el = await mount();
      await loaded(el);
      await select(el, 'f-status', 'voicemail');
      expect(el.getAttribute('status')).to.equal('voicemail');
      await waitUntil(() => items(el).every((c) => c.status === 'voicemail'), 'voicemail only');
      await select(el, 'f-direction', 'inbound');
      expect(el.getAttribute('direction')).to.equal('inbound');
      await waitUntil(
        () => rows(el).length > 0 && items(el).every((c) => c.direction === 'inbound'),
      );
      await select(el, 'f-date', '7d');
      const from = el.getAttribute('from-date')!;
      expect(from).to.match(/^\d{4}-\d{2}-\d{2}$/);
      await waitUntil(() =>
        items(el).every((c) => Date.parse(c.started_at) >= new Date(`${from}T00:00:00`).getTime()),
      );
      await expect(el).to.be.accessible();
      // Clearing resets every filter.
      const clear = [...part(el, 'filters')!.querySelectorAll('button')].find((b) =>
        /clear filters/i.test(b.textContent ?? ''),
      )!;
      clear.click();
      await el.updateComplete;
      expect(
        el.hasAttribute('status') || el.hasAttribute('direction') || el.hasAttribute('from-date'),
      ).to.equal(false);
    });

    it('syncs the filter bar when attributes change', async () => {
      const el = await mount();
      await loaded(el);
      el.setAttribute('direction', 'internal');
      el.setAttribute('user-id', facts.users.drChen!);
      await el.updateComplete;
      expect(root(el).querySelector<HTMLSelectElement>('#f-direction')!.value).to.equal('internal');
      await waitUntil(
        () => root(el).querySelector<HTMLSelectElement>('#f-user')!.value === facts.users.drChen,
      );
      await waitUntil(
        () => rows(el).length > 0 && items(el).every((c) => c.direction === 'internal'),
      );
    });

    it('offers a custom date range with two date inputs', async () => {
      const el = await mount();
      await loaded(el);
      await select(el, 'f-date', 'custom');
      const from = root(el).querySelector<HTMLInputElement>('#f-from')!;
      const to = root(el).querySelector<HTMLInputElement>('#f-to')!;
      expect(from.type).to.equal('date');
      const day = items(el)[0]!.started_at.slice(0, 10);
      from.value = day;
      from.dispatchEvent(new Event('change'));
      to.value = day;
      to.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.getAttribute('from-date')).to.equal(day);
      expect(el.getAttribute('to-date')).to.equal(day);
      await expect(el).to.be.accessible();
    });

    it('finds calls from OR to a phone number typed in the box, merged newest first', async () => {
      const number = facts.numberWithBothDirections;
      const el = await mount();
      await loaded(el);
      const input = root(el).querySelector<HTMLInputElement>('#f-phone')!;
      input.value = '(503) 555-0150';
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change'));
      await waitUntil(() => el.getAttribute('phone-number') === number, 'normalized to E.164');
      await waitUntil(
        () =>
          rows(el).length > 0 &&
          items(el).every((c) => c.from_number === number || c.to_number === number),
        'only that contact',
      );
      const expected = [
        ...(await apiCalls({ from_number: number })),
        ...(await apiCalls({ to_number: number })),
      ];
      const ids = [...new Set(expected.map((c) => c.id))];
      expect(
        items(el)
          .map((c) => c.id)
          .sort(),
      ).to.deep.equal(ids.sort());
      expect(items(el).some((c) => c.from_number === number)).to.equal(true);
      expect(items(el).some((c) => c.to_number === number)).to.equal(true);
      const times = items(el).map((c) => Date.parse(c.started_at));
      expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    });

    it('rejects an unusable phone number without a request', async () => {
      const el = await mount();
      await loaded(el);
      const spy = sinon.spy(instance.client, 'page');
      const input = root(el).querySelector<HTMLInputElement>('#f-phone')!;
      input.value = '12ab';
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change'));
      await waitUntil(() => root(el).querySelector('.field__error'), 'inline error');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(el.hasAttribute('phone-number')).to.equal(false);
      await aTimeout(50);
      expect(spy.callCount).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('hides the filter bar with hide-filters', async () => {
      const el = await mount({ 'hide-filters': true, status: 'busy' });
      await loaded(el);
      expect(part(el, 'filters')).to.equal(null);
      expect(items(el).every((c) => c.status === 'busy')).to.equal(true);
    });
  });
});
