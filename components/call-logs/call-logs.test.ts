import { expect, fixture, html, oneEvent, waitUntil as waitUntilOnce } from '@open-wc/testing';
import sinon from 'sinon';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import type { DialstackInstance, ListPage } from '../../src/core/types';
import {
  fail,
  freshMock,
  resetMock,
  simulate,
  streamReady,
  type SeedFacts,
} from '../../test/support/mock';
import type { CallLog } from './call-logs.data';
import './define';
import type { DialstackCallLogs } from './call-logs';

// Mocha globals (provided by @web/test-runner; the repo has no @types/mocha).
declare function describe(name: string, body: (this: { timeout(ms: number): void }) => void): void;
declare function it(name: string, body: () => void | Promise<unknown>): void;
declare function beforeEach(body: () => void | Promise<unknown>): void;
declare function afterEach(body: () => void | Promise<unknown>): void;

let instance: DialstackInstance;
let facts: SeedFacts;

beforeEach(async () => {
  ({ instance, facts } = await freshMock());
});

afterEach(async () => {
  sinon.restore();
  await instance.logout();
});

// ---- Helpers ----

/** `waitUntil` with a timeout that suits a shared, slow CI machine (default 8 s, not 1 s). */
function waitUntil(
  predicate: () => unknown,
  message?: string,
  options: { timeout?: number; interval?: number } = {},
): Promise<void> {
  return waitUntilOnce(predicate, message, { timeout: 8000, ...options });
}

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

/** The rendered row of call `id`, once the virtualized list has drawn it. */
async function rowFor(el: DialstackCallLogs, id: string): Promise<HTMLElement> {
  const find = () => rows(el).find((r) => r.dataset.id === id);
  await waitUntil(find, `row ${id} rendered`, { timeout: 8000 });
  return find()!;
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
      expect(part(el, 'count')!.getAttribute('role')).to.equal('status', 'the count is announced');
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
      await resetMock();
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

  describe('refresh and logout', () => {
    it('refresh() reloads behind the rows already shown', async () => {
      const el = await mount();
      await loaded(el);
      const spy = sinon.spy(instance.client, 'page');
      el.refresh();
      await el.updateComplete;
      expect(part(el, 'loading')).to.equal(null, 'no skeleton while refreshing');
      expect(rows(el).length).to.be.greaterThan(0);
      await waitUntil(() => spy.callCount > 0, 'a new request');
      expect(spy.firstCall.args[0]).to.equal('/v1/calls');
    });

    it('clears the calls and says so after logout', async () => {
      const el = await mount();
      await loaded(el);
      await instance.logout();
      await waitUntil(() => part(el, 'error'), 'signed-out view');
      expect(rows(el)).to.have.length(0);
      expect(text(part(el, 'error'))).to.contain('signed out');
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
      await el.updateComplete;
      expect(spy.callCount).to.equal(0);
      await expect(el).to.be.accessible();
      // Positive control: a usable number, entered the same way, is requested — and it is the
      // first request, so the unusable one before it sent none.
      input.value = facts.numberWithBothDirections;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change'));
      await waitUntil(() => spy.callCount > 0, 'a usable number is requested');
      expect(JSON.stringify(spy.firstCall.args)).to.not.contain('12ab');
    });

    it('hides the filter bar with hide-filters', async () => {
      const el = await mount({ 'hide-filters': true, status: 'busy' });
      await loaded(el);
      expect(part(el, 'filters')).to.equal(null);
      expect(items(el).every((c) => c.status === 'busy')).to.equal(true);
    });
  });

  describe('pagination', () => {
    it('loads the next page as the list scrolls, keeping DOM rows bounded', async () => {
      const el = await mount();
      await loaded(el);
      expect(items(el)).to.have.length(100);
      const scroller = root(el).querySelector<HTMLElement>('.rows')!;
      const scrollUntil = (count: number) =>
        waitUntil(
          () => {
            scroller.scrollTop = scroller.scrollHeight;
            return items(el).length >= count;
          },
          `${count} calls`,
          { timeout: 10000, interval: 200 },
        );
      await scrollUntil(200);
      await scrollUntil(300);
      const ids = items(el).map((c) => c.id);
      expect(new Set(ids).size).to.equal(ids.length, 'no duplicates across pages');
      const all = await apiCalls({});
      expect(ids).to.deep.equal(all.slice(0, ids.length).map((c) => c.id));
      expect(rows(el).length).to.be.lessThan(60, 'virtualized');
      // The end: every call, then a closing note.
      await scrollUntil(facts.counts.calls);
      await waitUntil(() => text(root(el).querySelector('.footer')).includes('every call'));
      expect(text(part(el, 'count'))).to.equal(`${facts.counts.calls} calls`);
      expect(root(el).querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal(
        String(facts.counts.calls + 1),
      );
    });

    it('shows a retry when a later page fails, then continues', async () => {
      const el = await mount();
      await loaded(el);
      await fail({ method: 'GET', path: '/v1/calls', status: 503, times: 4 });
      const errored = oneEvent(el, 'dialstack-load-error');
      root(el).querySelector<HTMLElement>('.rows')!.scrollTop = 1e6;
      await errored;
      await waitUntil(() => root(el).querySelector('.footer--error'), 'load-more error');
      expect(items(el)).to.have.length(100, 'what was loaded stays');
      await expect(el).to.be.accessible();
      await resetMock();
      root(el).querySelector<HTMLButtonElement>('.footer--error button')!.click();
      await waitUntil(() => items(el).length === 200, 'second page', { timeout: 8000 });
    });

    it('pages with page-size and Previous/Next across several pages', async () => {
      const el = await mount({ 'page-size': 25 });
      await loaded(el);
      const all = await apiCalls({});
      expect(rowIds(el)).to.deep.equal(all.slice(0, 25).map((c) => c.id));
      const nav = part(el, 'pagination')!;
      const [previous, next] = [...nav.querySelectorAll('button')] as HTMLButtonElement[];
      expect(previous!.disabled).to.equal(true);
      for (let page = 2; page <= 5; page++) {
        next!.click();
        await waitUntil(() => text(nav).includes(`Page ${page}`), `page ${page}`, {
          timeout: 8000,
        });
        expect(rowIds(el)).to.deep.equal(all.slice((page - 1) * 25, page * 25).map((c) => c.id));
      }
      expect(text(nav)).to.contain('Calls 101–125');
      previous!.click();
      await waitUntil(() => text(nav).includes('Page 4'));
      expect(rowIds(el)).to.deep.equal(all.slice(75, 100).map((c) => c.id));
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('moves between rows with arrows, Home and End, and opens with Enter and Space', async () => {
      const el = await mount();
      await loaded(el);
      const first = rows(el)[0]!;
      expect(first.tabIndex).to.equal(0, 'one tabbable row');
      expect(rows(el).filter((r) => r.tabIndex === 0)).to.have.length(1);
      first.focus();
      const active = () => root(el).activeElement as HTMLElement | null;
      const key = async (k: string) => {
        active()!.dispatchEvent(
          new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }),
        );
        await el.updateComplete;
      };
      await key('ArrowDown');
      await waitUntil(() => active()?.dataset.index === '1');
      await key('ArrowDown');
      await waitUntil(() => active()?.dataset.index === '2');
      await key('ArrowUp');
      await waitUntil(() => active()?.dataset.index === '1');
      await key('End');
      await waitUntil(() => active()?.dataset.index === '99', 'End reaches the last loaded row', {
        timeout: 4000,
      });
      await key('Home');
      await waitUntil(() => active()?.dataset.index === '0', 'Home returns to the first row', {
        timeout: 4000,
      });
      await key('ArrowDown');
      await waitUntil(() => active()?.dataset.index === '1');
      const selected = oneEvent(el, 'dialstack-row-select');
      await key('Enter');
      const event = await selected;
      expect(event.detail.id).to.equal(items(el)[1]!.id);
      await waitUntil(() => part(el, 'detail'));
      await waitUntil(
        () => root(el).activeElement === part(el, 'detail'),
        'focus moves to the panel',
      );
      // Escape closes the panel and returns focus to the row.
      part(el, 'detail')!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      );
      await waitUntil(() => !part(el, 'detail'));
      await waitUntil(() => active()?.dataset.index === '1', 'focus back on the row');
      const again = oneEvent(el, 'dialstack-row-select');
      await key(' ');
      expect((await again).detail.id).to.equal(items(el)[1]!.id);
    });
  });

  describe('detail panel', () => {
    it('opens on click with times, legs, summary, recording and transcript', async () => {
      const el = await mount();
      await loaded(el);
      const id = facts.calls.inboundRecordedCompletedTranscript!;
      const row = await rowFor(el, id);
      const selected = oneEvent(el, 'dialstack-row-select');
      row.click();
      const event = await selected;
      expect(event.detail.id).to.equal(id);
      expect((event.detail.item as CallLog).id).to.equal(id);
      const detail = await waitUntil(() => part(el, 'detail')).then(() => part(el, 'detail')!);
      expect(row.getAttribute('aria-selected')).to.equal('true');
      const call = items(el).find((c) => c.id === id)!;
      expect(text(detail)).to.contain('Started').and.contain('Answered').and.contain('Ended');
      expect(text(detail)).to.contain(call.summary!);
      expect(detail.querySelectorAll('.legs tbody tr')).to.have.length(
        call.quality_metrics!.length,
      );
      await waitUntil(() => part(el, 'player'), 'recording player');
      const player = part(el, 'player')!;
      expect(player.getAttribute('aria-label')).to.match(/^Call recording, /);
      expect(player.querySelector('button')!.getAttribute('aria-label')).to.match(
        /^Play Call recording/,
      );
      expect(player.querySelector<HTMLAnchorElement>('a[download]')!.href).to.match(/recordings/);
      await waitUntil(() => part(el, 'transcript'), 'transcript text');
      const transcript = await instance.client.get<{ text: string }>(`/v1/calls/${id}/transcript`);
      expect(text(part(el, 'transcript'))).to.equal(transcript.text.replace(/\s+/g, ' ').trim());
      await expect(el).to.be.accessible();
    });

    it('keeps the panel closed when the host cancels dialstack-row-select', async () => {
      const el = await mount();
      await loaded(el);
      let cancel = false;
      el.addEventListener('dialstack-row-select', (e) => {
        if (cancel) e.preventDefault();
      });
      // Positive control, first: uncancelled, a click opens the panel (its lazy chunk loads).
      rows(el)[1]!.click();
      await waitUntil(() => part(el, 'detail'), 'the panel opens when not cancelled');
      part(el, 'detail')!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      );
      await waitUntil(() => !part(el, 'detail'), 'the panel closes');

      cancel = true;
      rows(el)[0]!.click();
      await el.updateComplete;
      expect(part(el, 'detail')).to.equal(null);
      // The same wait is enough to see it open once the host lets it.
      cancel = false;
      rows(el)[0]!.click();
      await el.updateComplete;
      expect(part(el, 'detail')).to.not.equal(null);
    });

    it('says so when a call has no recording (404) and no transcript', async () => {
      const el = await mount({ status: 'no-answer' });
      await loaded(el);
      rows(el)[0]!.click();
      await waitUntil(
        () => part(el, 'recording-none') && part(el, 'transcript-none'),
        'none states',
      );
      expect(text(part(el, 'recording-none'))).to.equal('No recording');
      expect(text(part(el, 'transcript-none'))).to.equal('No transcript');
      expect(text(part(el, 'detail'))).to.contain('Not answered');
      await expect(el).to.be.accessible();
    });

    it('shows a recording error with retry', async () => {
      const id = facts.calls.inboundRecordedCompletedTranscript!;
      await fail({ method: 'GET', path: `/v1/calls/${id}/recording`, status: 500, times: 5 });
      const el = await mount();
      await loaded(el);
      (await rowFor(el, id)).click();
      await waitUntil(() => part(el, 'recording-error'), 'recording error');
      await expect(el).to.be.accessible();
      await resetMock();
      part(el, 'recording-error')!.querySelector('button')!.click();
      await waitUntil(() => part(el, 'player'), 'player after retry');
    });

    it('fetches a fresh signed URL when playback fails', async () => {
      const id = facts.calls.inboundRecordedCompletedTranscript!;
      const el = await mount();
      await loaded(el);
      (await rowFor(el, id)).click();
      await waitUntil(() => part(el, 'player'), 'player');
      // The media URL stops working (as an expired signed URL does).
      await fail({ method: 'GET', path: '/mock-media/recordings/*', status: 403, times: 1 });
      const spy = sinon.spy(instance.client, 'get');
      part(el, 'player')!.querySelector<HTMLButtonElement>('.player__toggle')!.click();
      await waitUntil(
        () => spy.getCalls().some((c) => String(c.args[0]).endsWith(`${id}/recording`)),
        'a fresh URL after the media error',
      );
      await waitUntil(
        () =>
          /^Pause/.test(
            part(el, 'player')?.querySelector('.player__toggle')?.getAttribute('aria-label') ?? '',
          ),
        'playing from the fresh URL',
      );
    });

    it('re-fetches the signed URL before playing once it has expired', async () => {
      const id = facts.calls.inboundRecordedCompletedTranscript!;
      const el = await mount();
      await loaded(el);
      (await rowFor(el, id)).click();
      await waitUntil(() => part(el, 'player'), 'player');
      const spy = sinon.spy(instance.client, 'get');
      // Eleven minutes later the ten-minute URL has expired.
      const now = Date.now();
      sinon.stub(Date, 'now').returns(now + 11 * 60_000);
      part(el, 'player')!.querySelector<HTMLButtonElement>('.player__toggle')!.click();
      await waitUntil(
        () => spy.getCalls().some((c) => String(c.args[0]).endsWith(`${id}/recording`)),
        'a fresh URL is requested before playing',
      );
    });

    it('shows pending and processing transcripts and re-checks them until done', async () => {
      const id = facts.calls.outboundCallBackProcessingTranscript!;
      const clock = sinon.useFakeTimers({
        toFake: ['setTimeout', 'clearTimeout'],
        shouldClearNativeTimers: true,
        shouldAdvanceTime: true,
      });
      const realGet = instance.client.get.bind(instance.client);
      let transcriptRequests = 0;
      sinon.stub(instance.client, 'get').callsFake(async (path: string, options?: object) => {
        if (path.endsWith('/transcript')) {
          transcriptRequests += 1;
          if (transcriptRequests === 1) return { call_id: id, status: 'pending', text: null };
          if (transcriptRequests === 2) return { call_id: id, status: 'processing', text: null };
          return { call_id: id, status: 'completed', text: 'Hello <b>there</b>' };
        }
        return realGet(path, options as never);
      });
      const el = await mount();
      await loaded(el);
      (await rowFor(el, id)).click();
      await waitUntil(() => part(el, 'transcript-pending')?.dataset.status === 'pending');
      await expect(el).to.be.accessible();
      await clock.tickAsync(4100);
      await waitUntil(() => part(el, 'transcript-pending')?.dataset.status === 'processing');
      await clock.tickAsync(6100);
      await waitUntil(() => part(el, 'transcript'), 'completed after re-checks');
      expect(text(part(el, 'transcript'))).to.equal('Hello <b>there</b>', 'text, never HTML');
      expect(part(el, 'transcript')!.querySelector('b')).to.equal(null);
      expect(transcriptRequests).to.equal(3);
      clock.restore();
    });

    it('shows a failed transcript as such', async () => {
      const id = facts.calls.billingFailedTranscript!;
      const el = await mount();
      await loaded(el);
      (await rowFor(el, id)).click();
      await waitUntil(() => part(el, 'transcript-failed'));
      expect(text(part(el, 'transcript-failed'))).to.contain('Transcription failed');
    });

    it('shows a transcript load error with retry', async () => {
      const id = facts.calls.inboundRecordedCompletedTranscript!;
      await fail({ method: 'GET', path: `/v1/calls/${id}/transcript`, status: 500, times: 5 });
      const el = await mount();
      await loaded(el);
      (await rowFor(el, id)).click();
      await waitUntil(() => part(el, 'transcript-error'), 'transcript error', { timeout: 8000 });
      await resetMock();
      part(el, 'transcript-error')!.querySelector('button')!.click();
      await waitUntil(() => part(el, 'transcript'));
    });
  });

  describe('live', () => {
    it('shows ringing calls and inserts an ended call at the top', async () => {
      const el = await mount();
      await loaded(el);
      await streamReady(instance);
      const { call_id } = await simulate('incoming');
      await waitUntil(() => part(el, 'live'), 'live strip');
      expect(text(part(el, 'live'))).to.contain('Ringing');
      await expect(el).to.be.accessible();
      const before = items(el).length;
      await simulate('answer', { call_id });
      await waitUntil(() => text(part(el, 'live')).includes('In progress'));
      await simulate('hangup', { call_id });
      await waitUntil(() => rows(el)[0]?.dataset.id === call_id, 'ended call at the top', {
        timeout: 8000,
      });
      expect(items(el).length).to.equal(before + 1);
      expect(part(el, 'live')).to.equal(null);
      expect(text(root(el).querySelector('.visually-hidden[role="status"]'))).to.contain(
        'New call',
      );
      // Not duplicated when the next page arrives.
      const ids = items(el).map((c) => c.id);
      expect(new Set(ids).size).to.equal(ids.length);
    });

    it('ignores ended calls that do not match the filters', async () => {
      const el = await mount({ status: 'voicemail' });
      await loaded(el);
      await streamReady(instance);
      const spy = sinon.spy(instance.client, 'get');
      const { call_id } = await simulate('hangup');
      const fetched = () => spy.getCalls().find((c) => String(c.args[0]).endsWith(call_id));
      await waitUntil(fetched, 'fetched');
      // Once the element has the ended call in hand (and has rendered), it is not in the list.
      await fetched()!.returnValue.catch(() => undefined);
      await el.updateComplete;
      expect(rowIds(el)).to.not.include(call_id);
      // Positive control: one that matches the filters is inserted.
      const vm = await simulate('voicemail');
      await waitUntil(() => rows(el)[0]?.dataset.id === vm.call_id, 'voicemail inserted', {
        timeout: 8000,
      });
    });
  });

  describe('CSV export', () => {
    function captureDownloads() {
      const blobs: Blob[] = [];
      sinon.stub(URL, 'createObjectURL').callsFake((blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return 'blob:test';
      });
      sinon.stub(URL, 'revokeObjectURL');
      sinon.stub(HTMLAnchorElement.prototype, 'click');
      return blobs;
    }

    it('downloads every call matching the filters, across pages, with progress', async () => {
      const blobs = captureDownloads();
      const el = await mount({ direction: 'inbound' });
      await loaded(el);
      const expected = await apiCalls({ direction: 'inbound' });
      expect(expected.length).to.be.greaterThan(100, 'needs several pages');
      part(el, 'export-button')!.click();
      await waitUntil(
        () => /Exported \d+ call/.test(text(part(el, 'toolbar'))),
        'progress or done',
      );
      await waitUntil(() => blobs.length === 1, 'downloaded', { timeout: 8000 });
      expect(text(part(el, 'toolbar'))).to.contain(`Exported ${expected.length} calls`);
      const csv = (await blobs[0]!.text()).replace(/^\uFEFF/, '');
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).to.match(/^"id","started_at"/);
      expect(lines).to.have.length(expected.length + 1);
      expect(lines.slice(1).map((l) => l.split(',')[0]!.replace(/"/g, ''))).to.deep.equal(
        expected.map((c) => c.id),
      );
      expect(lines.slice(1).every((l) => l.includes('"inbound"'))).to.equal(true);
      // Phone numbers start with "+": neutralized for spreadsheets.
      expect(lines[1]).to.contain(`"'${expected[0]!.from_number}"`);
      await expect(el).to.be.accessible();
    });

    it('can be cancelled mid-way', async () => {
      const blobs = captureDownloads();
      const el = await mount();
      await loaded(el);
      await fail({ method: 'GET', path: '/v1/calls', delayMs: 1500, times: 10 });
      const fetchSpy = sinon.spy(window, 'fetch');
      const exportRequests = () =>
        fetchSpy.getCalls().filter((c) => String(c.args[0]).includes('/v1/calls'));
      part(el, 'export-button')!.click();
      await waitUntil(() => text(part(el, 'toolbar')).includes('Cancel export'));
      await waitUntil(() => exportRequests().length > 0, 'the export requests a page');
      const cancel = [...part(el, 'toolbar')!.querySelectorAll('button')].find((b) =>
        /Cancel export/.test(b.textContent ?? ''),
      )!;
      cancel.click();
      await waitUntil(() => text(part(el, 'toolbar')).includes('Export canceled'));
      // The slow page in flight is aborted: no answer can arrive to be downloaded.
      await waitUntil(
        () => exportRequests().every((c) => (c.args[1]?.signal as AbortSignal).aborted),
        'the export’s requests aborted',
      );
      await Promise.allSettled(exportRequests().map((c) => c.returnValue));
      await el.updateComplete;
      expect(blobs).to.have.length(0, 'nothing downloaded');
      expect(part(el, 'export-button')).to.exist;
    });

    it('reports a failed export', async () => {
      captureDownloads();
      const el = await mount();
      await loaded(el);
      await fail({ method: 'GET', path: '/v1/calls', status: 500, times: 10 });
      part(el, 'export-button')!.click();
      await waitUntil(() => text(part(el, 'toolbar')).includes('Export failed'), 'failure shown', {
        timeout: 8000,
      });
    });
  });

  describe('bad input', () => {
    it('renders nulls as a dash, unknown values raw and neutral, and never HTML', async () => {
      const weird = {
        id: 'call_weird',
        direction: 'sideways',
        status: 'teleported',
        from_number: '+14155550100',
        from_label: '<img src=x onerror="window.__pwned=1">',
        to_number: '+14155550101',
        to_label: null,
        started_at: new Date().toISOString(),
        answered_at: null,
        ended_at: null,
        duration_seconds: null,
        user_id: null,
        summary: '<script>window.__pwned=1</script>',
        quality_metrics: [
          { leg: 'pstn', mos: null, jitter_ms: null, packet_loss_pct: null, rtt_ms: null },
        ],
      } as unknown as CallLog;
      sinon.stub(instance.client, 'page').callsFake(
        async () =>
          ({
            object: 'list',
            url: '/v1/calls',
            next_page_url: null,
            previous_page_url: null,
            data: [weird],
          }) as ListPage<never>,
      );
      sinon.stub(instance.client, 'get').callsFake(async () => {
        throw Object.assign(new Error('not found'), { status: 404 });
      });
      const el = await mount();
      await loaded(el);
      const row = rows(el)[0]!;
      const status = row.querySelector<HTMLElement>('[part~="call-status"]')!;
      expect(text(status)).to.equal('teleported');
      expect(status.dataset.tone).to.equal('neutral');
      const direction = row.querySelector<HTMLElement>('[part~="call-direction"]')!;
      expect(text(direction)).to.equal('sideways');
      expect(direction.dataset.tone).to.equal('neutral');
      expect(row.querySelector('img')).to.equal(null);
      expect(text(row.querySelector('.cell--from'))).to.contain('<img src=x');
      expect(row.querySelector('.cell--duration .ds-call-dash')).to.exist;
      expect(row.querySelector('.cell--user .ds-call-dash')).to.exist;
      expect(row.querySelector('.cell--quality .ds-call-dash')).to.exist;
      await expect(el).to.be.accessible();
      row.click();
      await waitUntil(() => part(el, 'detail'));
      expect(part(el, 'detail')!.querySelector('script')).to.equal(null);
      expect(text(part(el, 'detail'))).to.contain('<script>');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(part(el, 'detail')!.querySelectorAll('.legs .ds-call-dash').length).to.equal(4);
      await expect(el).to.be.accessible();
    });

    it('ignores invalid filter attribute values instead of sending them', async () => {
      const spy = sinon.spy(instance.client, 'page');
      const el = await mount({ direction: 'sideways', status: 'bogus', 'from-date': 'yesterday' });
      await loaded(el);
      const query = spy.firstCall.args[1]?.query ?? {};
      expect(query).to.not.have.property('direction');
      expect(query).to.not.have.property('status');
      expect(query).to.not.have.property('from_date');
    });
  });

  describe('theming and locale', () => {
    it('is accessible in dark mode and speaks French', async () => {
      instance.update({ appearance: { theme: 'dark' }, locale: 'fr' });
      const el = await mount();
      await loaded(el);
      await waitUntil(() => text(part(el, 'filters')).includes('Toutes les directions'), 'French');
      expect(text(root(el).querySelector('.row--head'))).to.contain('Heure');
      await expect(el).to.be.accessible();
    });
  });
});
