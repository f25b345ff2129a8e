import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import type { ListPage } from '../../src/core/types';
import { fail, resetMock } from '../../test/support/mock';
import type { CallLog } from './call-logs.data';
import type { DialstackCallLogs } from './call-logs';
import {
  apiCalls,
  control,
  detailRoot,
  facts,
  filterControl,
  filterRoot,
  instance,
  items,
  loaded,
  mount,
  part,
  root,
  rowIds,
  rows,
  select,
  text,
  useFreshMock,
  waitUntil,
} from './call-logs.test-support';

useFreshMock();

describe('<dialstack-call-logs>', function () {
  this.timeout(30_000);

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

    it('paints only the rows in view first, then adds the rows beyond them for scrolling', async () => {
      await fail({ method: 'GET', path: '/v1/calls', delayMs: 400 });
      const el = await mount();
      // The first rendering of rows, as the frame that paints them sees it.
      let first = 0;
      const observer = new MutationObserver(() => {
        if (!first) first = rows(el).length;
      });
      observer.observe(root(el), { childList: true, subtree: true });
      await loaded(el);
      const scroller = root(el).querySelector<HTMLElement>('.rows')!;
      const row = rows(el)[0]!;
      const inView = Math.ceil(scroller.clientHeight / row.offsetHeight);
      // Positive control: the rows beyond the view do come, after that first frame.
      await waitUntil(() => rows(el).length > inView, 'rows beyond the view');
      observer.disconnect();
      expect(first).to.equal(inView, 'the first screen renders only the rows in view');
      expect(rows(el).length).to.be.greaterThan(first);
      expect(rows(el).length).to.be.lessThan(30, 'still a window of the 100 calls');
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
      const clear = [...filterRoot(el)!.querySelectorAll('button')].find((b) =>
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
      await waitUntil(
        () => filterControl<HTMLSelectElement>(el, 'f-direction')?.value === 'internal',
      );
      await waitUntil(
        () => filterControl<HTMLSelectElement>(el, 'f-user')?.value === facts.users.drChen,
      );
      await waitUntil(
        () => rows(el).length > 0 && items(el).every((c) => c.direction === 'internal'),
      );
    });

    it('offers a custom date range with two date inputs', async () => {
      const el = await mount();
      await loaded(el);
      await select(el, 'f-date', 'custom');
      const from = await control<HTMLInputElement>(el, 'f-from');
      const to = await control<HTMLInputElement>(el, 'f-to');
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
      const input = await control<HTMLInputElement>(el, 'f-phone');
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
      const input = await control<HTMLInputElement>(el, 'f-phone');
      input.value = '12ab';
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change'));
      await waitUntil(() => filterRoot(el)?.querySelector('.field__error'), 'inline error');
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
      expect(detailRoot(el)!.querySelector('script')).to.equal(null);
      expect(text(part(el, 'detail'))).to.contain('<script>');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(detailRoot(el)!.querySelectorAll('.legs .ds-call-dash').length).to.equal(4);
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
