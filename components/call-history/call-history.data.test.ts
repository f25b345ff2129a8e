import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { DialstackClient, GetOptions, ListPage } from '../../src/core/types';
import { compareNewestFirst } from '../../src/api/calls';
import {
  checkPhoneNumber,
  historyCursors,
  samePhoneNumber,
  type CallLog,
} from './call-history.data';

const CONTACT = '+14155550100';
const OTHER = '+14155559999';

function call(id: string, minutesAgo: number, direction: 'in' | 'out' | 'self'): CallLog {
  return {
    id,
    direction: direction === 'in' ? 'inbound' : 'outbound',
    from_number: direction === 'out' ? OTHER : CONTACT,
    to_number: direction === 'in' ? OTHER : CONTACT,
    started_at: new Date(Date.UTC(2025, 0, 1) - minutesAgo * 60_000).toISOString(),
    status: 'completed',
  };
}

/**
 * A fake REST client with the API's semantics: newest first, exact-match filters,
 * `next_page_url` cursors. `offsetCursor` makes it offset-based (so an inserted call shifts
 * later pages, as some servers do).
 */
function fakeClient(store: CallLog[]) {
  const log: { path: string; query?: unknown; signal?: AbortSignal }[] = [];
  const client = {
    async page<T>(path: string, options: GetOptions = {}): Promise<ListPage<T>> {
      log.push({ path, query: options.query, signal: options.signal });
      await Promise.resolve();
      options.signal?.throwIfAborted();
      const url = new URL(path, 'https://api.test');
      const query = {
        ...Object.fromEntries(url.searchParams),
        ...(options.query as object),
      } as Record<string, string | number>;
      const limit = Number(query.limit ?? 10);
      const offset = Number(query.offset ?? 0);
      const matching = [...store]
        .sort(compareNewestFirst)
        .filter(
          (c) =>
            (query.from_number === undefined || c.from_number === query.from_number) &&
            (query.to_number === undefined || c.to_number === query.to_number),
        );
      const data = matching.slice(offset, offset + limit);
      const next = new URLSearchParams();
      for (const key of ['from_number', 'to_number'])
        if (query[key]) next.set(key, String(query[key]));
      next.set('limit', String(limit));
      next.set('offset', String(offset + limit));
      return {
        object: 'list',
        url: '/v1/calls',
        next_page_url: offset + limit < matching.length ? `/v1/calls?${next}` : null,
        previous_page_url: null,
        data: data as T[],
      };
    },
  } as unknown as DialstackClient;
  return { client, log };
}

/** The history's cursors as the element reads them: a page per `loadMore()`, `items` so far. */
function historyPager(
  client: DialstackClient,
  contact: string,
  { pageSize }: { pageSize: number },
) {
  const merge = historyCursors(client, contact, pageSize);
  const pager = {
    items: [] as CallLog[],
    get hasMore() {
      return merge.hasMore;
    },
    async loadMore(signal?: AbortSignal) {
      const added = await merge.next(pageSize, signal);
      pager.items = [...pager.items, ...added];
      return added;
    },
  };
  return pager;
}

async function drain(pager: ReturnType<typeof historyPager>) {
  let guard = 0;
  while (pager.hasMore) {
    await pager.loadMore();
    if (++guard > 1000) throw new Error('pager did not terminate');
  }
  return pager.items;
}

describe('checkPhoneNumber', () => {
  it('accepts E.164 and normalises formatted international numbers', async () => {
    expect(await checkPhoneNumber('+14155551234')).to.deep.equal({
      kind: 'valid',
      e164: '+14155551234',
    });
    expect(await checkPhoneNumber(' +1 (415) 555-1234 ')).to.deep.equal({
      kind: 'valid',
      e164: '+14155551234',
    });
    expect(await checkPhoneNumber('+442071838750')).to.deep.equal({
      kind: 'valid',
      e164: '+442071838750',
    });
  });

  it('rejects national numbers, letters, wrong lengths and markup', async () => {
    for (const bad of [
      '4155551234',
      'abc',
      '+1415555',
      '+1415555123456789',
      '+4420718', // too short for the UK: only libphonenumber's metadata knows
      '<b>+14155551234</b>',
      '+1 415 CALL NOW',
    ]) {
      expect((await checkPhoneNumber(bad)).kind, bad).to.equal('invalid');
    }
  });

  it('treats an empty value as missing', async () => {
    expect(await checkPhoneNumber('')).to.deep.equal({ kind: 'missing' });
    expect(await checkPhoneNumber('   ')).to.deep.equal({ kind: 'missing' });
    expect(await checkPhoneNumber(null)).to.deep.equal({ kind: 'missing' });
  });

  it('matches event numbers regardless of formatting', () => {
    expect(samePhoneNumber('+1 415 555 1234', '+14155551234')).to.equal(true);
    expect(samePhoneNumber('+14155551235', '+14155551234')).to.equal(false);
    expect(samePhoneNumber(undefined, '+14155551234')).to.equal(false);
  });
});

describe('historyCursors (the shared CursorMerge over both directions)', () => {
  it('merges both cursors newest first without duplicates, across page boundaries', async () => {
    // Inbound calls are all recent, outbound all old: a naive "concatenate pages" merge would
    // show old outbound calls between recent inbound ones.
    const store = [
      ...Array.from({ length: 7 }, (_, i) => call(`in_${i}`, i * 10, 'in')),
      ...Array.from({ length: 7 }, (_, i) => call(`out_${i}`, 5 + i * 100, 'out')),
      call('self_1', 33, 'self'),
      call('other', 1, 'in'),
    ];
    store[store.length - 1] = {
      ...store[store.length - 1],
      from_number: OTHER,
      to_number: '+14155550000',
    };
    const { client, log } = fakeClient(store);
    const pager = historyPager(client, CONTACT, { pageSize: 3 });

    const first = await pager.loadMore();
    expect(first.map((c) => c.id)).to.deep.equal(['in_0', 'out_0', 'in_1']);
    // First load asks both cursors, with the contract's filter names and the page size.
    expect(log.slice(0, 2).map((r) => r.query)).to.deep.equal([
      { from_number: CONTACT, limit: 3 },
      { to_number: CONTACT, limit: 3 },
    ]);

    const expected = store
      .filter((c) => c.id !== 'other')
      .sort(compareNewestFirst)
      .map((c) => c.id);
    // Every "Show more" appends below what is already shown, and what is shown is always
    // the true newest-first prefix: nothing ever has to be slotted in above a seen row.
    while (pager.hasMore) {
      const before = pager.items.map((c) => c.id);
      const added = await pager.loadMore();
      expect(pager.items.map((c) => c.id)).to.deep.equal([...before, ...added.map((c) => c.id)]);
      expect(pager.items.map((c) => c.id)).to.deep.equal(expected.slice(0, pager.items.length));
    }
    const all = pager.items;
    expect(all.map((c) => c.id)).to.deep.equal(expected);
    expect(new Set(all.map((c) => c.id)).size).to.equal(all.length);
    // Follow-up requests use next_page_url as given, with no query of their own.
    for (const request of log.slice(2)) {
      expect(request.path).to.match(/^\/v1\/calls\?.*offset=/);
      expect(request.query).to.equal(undefined);
    }
  });

  it('reveals at most one page per call and only fetches what it needs', async () => {
    const store = Array.from({ length: 25 }, (_, i) => call(`c${i}`, i, i % 2 ? 'in' : 'out'));
    const { client, log } = fakeClient(store);
    const pager = historyPager(client, CONTACT, { pageSize: 5 });
    await pager.loadMore();
    expect(pager.items).to.have.length(5);
    expect(pager.hasMore).to.equal(true);
    const requestsAfterFirst = log.length;
    expect(requestsAfterFirst).to.be.at.most(4);
    await pager.loadMore();
    expect(pager.items).to.have.length(10);
    await drain(pager);
    expect(pager.items).to.have.length(25);
    expect(pager.hasMore).to.equal(false);
  });

  it('keeps a consistent state when a request fails, so a retry continues', async () => {
    const store = Array.from({ length: 12 }, (_, i) => call(`c${i}`, i, i % 3 ? 'in' : 'out'));
    const { client } = fakeClient(store);
    let failNext = false;
    const flaky = {
      page: (path: string, options?: GetOptions) => {
        if (failNext) {
          failNext = false;
          return Promise.reject(new Error('boom'));
        }
        return client.page(path, options);
      },
    } as unknown as DialstackClient;
    const pager = historyPager(flaky, CONTACT, { pageSize: 4 });
    await pager.loadMore();
    failNext = true;
    let error: unknown;
    try {
      await pager.loadMore();
    } catch (e) {
      error = e;
    }
    expect((error as Error)?.message).to.equal('boom');
    await drain(pager);
    expect(pager.items.map((c) => c.id)).to.deep.equal(
      [...store].sort(compareNewestFirst).map((c) => c.id),
    );
  });

  it('passes the AbortSignal to every request and stops when aborted', async () => {
    const store = Array.from({ length: 30 }, (_, i) => call(`c${i}`, i, 'in'));
    const { client, log } = fakeClient(store);
    const pager = historyPager(client, CONTACT, { pageSize: 5 });
    const controller = new AbortController();
    await pager.loadMore(controller.signal);
    expect(log.every((r) => r.signal === controller.signal)).to.equal(true);
    controller.abort();
    let error: unknown;
    try {
      await pager.loadMore(controller.signal);
    } catch (e) {
      error = e;
    }
    expect((error as DOMException)?.name).to.equal('AbortError');
  });

  it('property: any mix of directions and page sizes yields the sorted, de-duplicated history', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            minutesAgo: fc.integer({ min: 0, max: 500 }),
            kind: fc.constantFrom<'in' | 'out' | 'self'>('in', 'out', 'self'),
          }),
          { maxLength: 40 },
        ),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 4 }),
        async (specs, pageSize, checkEvery) => {
          const store = specs.map((s, i) =>
            call(`c${String(i).padStart(3, '0')}`, s.minutesAgo, s.kind),
          );
          const { client } = fakeClient(store);
          const pager = historyPager(client, CONTACT, { pageSize });
          const expected = [...store].sort(compareNewestFirst).map((c) => c.id);
          let steps = 0;
          while (pager.hasMore) {
            await pager.loadMore();
            // At every step the visible list is a prefix of the true history.
            if (++steps % checkEvery === 0) {
              expect(pager.items.map((c) => c.id)).to.deep.equal(
                expected.slice(0, pager.items.length),
              );
            }
          }
          expect(pager.items.map((c) => c.id)).to.deep.equal(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});
