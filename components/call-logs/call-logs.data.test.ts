import { expect } from '@open-wc/testing';
import type { DialstackClient, GetOptions, ListPage } from '../../src/core/types';
import {
  callCursors,
  callQueries,
  fetchRecording,
  fetchTranscript,
  matchesFilters,
  recordingExpired,
  type CallLog,
  type CallQueryFilters,
} from './call-logs.data';
import { csvCell, csvLine, exportCallsCsv } from './call-logs.export';
import { messageKeys } from '../../src/i18n/messages';
import { callLogsMessages } from './call-logs.messages';
import { es } from './call-logs.messages.es';
import { fr } from './call-logs.messages.fr';
import {
  addDays,
  calendarDate,
  presetFor,
  presetRange,
  resolveDateBound,
  startOfDay,
} from './call-logs.dates';

// Mocha globals (provided by @web/test-runner; the repo has no @types/mocha).
declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => void | Promise<unknown>): void;

function call(id: string, startedAt: string, extra: Partial<CallLog> = {}): CallLog {
  return {
    id,
    direction: 'inbound',
    from_number: '+14155550100',
    to_number: '+14155550199',
    started_at: startedAt,
    status: 'completed',
    ...extra,
  };
}

/** A fake client serving `pages[key]` page by page, where key is the from/to filter used. */
function fakeClient(sources: Record<string, CallLog[]>, pageSize: number) {
  const requests: { path: string; query?: GetOptions['query'] }[] = [];
  const client = {
    async page<T>(path: string, options: GetOptions = {}): Promise<ListPage<T>> {
      requests.push({ path, query: options.query });
      options.signal?.throwIfAborted();
      let key: string;
      let offset = 0;
      if (path.startsWith('/v1/calls?cursor=')) {
        const params = new URLSearchParams(path.split('?')[1]);
        key = params.get('key')!;
        offset = Number(params.get('offset'));
      } else {
        const q = options.query ?? {};
        key = q.from_number ? `from:${q.from_number}` : q.to_number ? `to:${q.to_number}` : 'all';
      }
      const all = sources[key] ?? [];
      const data = all.slice(offset, offset + pageSize);
      const next = offset + pageSize < all.length ? offset + pageSize : null;
      return {
        object: 'list',
        url: '/v1/calls',
        next_page_url:
          next === null ? null : `/v1/calls?cursor=1&key=${encodeURIComponent(key)}&offset=${next}`,
        previous_page_url: null,
        data: data as T[],
      };
    },
  } as unknown as DialstackClient;
  return { client, requests };
}

const minutes = (n: number) => new Date(Date.UTC(2025, 9, 18, 12, 0) - n * 60_000).toISOString();

describe('call-logs data', () => {
  describe('callQueries', () => {
    it('maps filters to the contract parameters with a clamped limit', () => {
      const [query, second] = callQueries(
        {
          direction: 'inbound',
          status: 'no-answer',
          userId: 'user_1',
          fromDate: '2025-10-01T00:00:00.000Z',
          toDate: '2025-10-02T00:00:00.000Z',
        },
        500,
      );
      expect(second).to.equal(undefined);
      expect(query).to.deep.equal({
        direction: 'inbound',
        status: 'no-answer',
        user_id: 'user_1',
        from_date: '2025-10-01T00:00:00.000Z',
        to_date: '2025-10-02T00:00:00.000Z',
        limit: 100,
      });
    });

    it('splits a phone filter into a from_number and a to_number query', () => {
      const queries = callQueries({ phoneNumber: '+14155551234', status: 'busy' }, 25);
      expect(queries).to.deep.equal([
        { status: 'busy', limit: 25, from_number: '+14155551234' },
        { status: 'busy', limit: 25, to_number: '+14155551234' },
      ]);
    });
  });

  describe('callCursors', () => {
    it('follows next_page_url page by page until the end', async () => {
      const calls = Array.from({ length: 7 }, (_, i) => call(`c${i}`, minutes(i)));
      const { client, requests } = fakeClient({ all: calls }, 3);
      const cursors = callCursors(client, {}, 3);
      const ids = async () => (await cursors.next(3)).map((c) => c.id);
      expect(await ids()).to.deep.equal(['c0', 'c1', 'c2']);
      expect(await ids()).to.deep.equal(['c3', 'c4', 'c5']);
      expect(cursors.hasMore).to.equal(true);
      expect(await ids()).to.deep.equal(['c6']);
      expect(cursors.hasMore).to.equal(false);
      expect(await cursors.next(3)).to.deep.equal([]);
      expect(requests.map((r) => r.path)).to.deep.equal([
        '/v1/calls',
        '/v1/calls?cursor=1&key=all&offset=3',
        '/v1/calls?cursor=1&key=all&offset=6',
      ]);
      // Only the first request carries the query; cursors carry their own.
      expect(requests[0]!.query).to.deep.equal({ limit: 3 });
      expect(requests[1]!.query).to.equal(undefined);
    });

    it('merges the from and to cursors newest first, without duplicates, across pages', async () => {
      const n = '+14155551234';
      // Interleaved times; c5 is a call to oneself (on both cursors).
      const fromCalls = [0, 2, 3, 5, 8, 9].map((m) =>
        call(`c${m}`, minutes(m), { from_number: n }),
      );
      const toCalls = [1, 4, 5, 6, 7, 10].map((m) => call(`c${m}`, minutes(m), { to_number: n }));
      const { client } = fakeClient({ [`from:${n}`]: fromCalls, [`to:${n}`]: toCalls }, 2);
      const cursors = callCursors(client, { phoneNumber: n }, 2);
      const seen: string[] = [];
      while (cursors.hasMore) seen.push(...(await cursors.next(2)).map((c) => c.id));
      expect(seen).to.deep.equal(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((m) => `c${m}`),
        'every call once, newest first',
      );
    });

    it('never returns a call already inserted live', async () => {
      const { client } = fakeClient({ all: [call('a', minutes(0)), call('b', minutes(1))] }, 5);
      const cursors = callCursors(client, {});
      cursors.markSeen('a');
      expect((await cursors.next(5)).map((c) => c.id)).to.deep.equal(['b']);
    });

    it('rejects with the abort reason and can continue afterwards', async () => {
      const { client } = fakeClient({ all: [call('a', minutes(0))] }, 5);
      const cursors = callCursors(client, {});
      const controller = new AbortController();
      controller.abort();
      let error: unknown;
      try {
        await cursors.next(5, controller.signal);
      } catch (e) {
        error = e;
      }
      expect((error as Error).name).to.equal('AbortError');
      expect((await cursors.next(5)).map((c) => c.id)).to.deep.equal(['a']);
    });

    it('drops malformed items the API might return', async () => {
      const { client } = fakeClient(
        { all: [call('a', minutes(0)), { id: 'no-time' } as unknown as CallLog] },
        5,
      );
      expect((await callCursors(client, {}).next(5)).map((c) => c.id)).to.deep.equal(['a']);
    });
  });

  describe('matchesFilters', () => {
    const c = call('x', '2025-10-18T12:00:00.000Z', {
      direction: 'outbound',
      status: 'busy',
      user_id: 'user_1',
      from_number: '+14155550100',
      to_number: '+14155550111',
    });
    const check = (filters: CallQueryFilters) => matchesFilters(c, filters);

    it('accepts a call matching every filter', () => {
      expect(
        check({
          direction: 'outbound',
          status: 'busy',
          userId: 'user_1',
          phoneNumber: '+14155550111',
          fromDate: '2025-10-18T12:00:00.000Z',
          toDate: '2025-10-18T12:00:01.000Z',
        }),
      ).to.equal(true);
      expect(check({ phoneNumber: '+14155550100' })).to.equal(true);
    });

    it('rejects a call failing any filter', () => {
      expect(check({ direction: 'inbound' })).to.equal(false);
      expect(check({ status: 'completed' })).to.equal(false);
      expect(check({ userId: 'user_2' })).to.equal(false);
      expect(check({ phoneNumber: '+14155550199' })).to.equal(false);
      expect(check({ fromDate: '2025-10-18T12:00:00.001Z' })).to.equal(false);
      // to_date is exclusive ("started before").
      expect(check({ toDate: '2025-10-18T12:00:00.000Z' })).to.equal(false);
    });
  });

  describe('CSV', () => {
    it('quotes every cell and doubles quotes', () => {
      expect(csvLine(['a', 'say "hi"', 'x,y', 'two\nlines', null, 3])).to.equal(
        '"a","say ""hi""","x,y","two\nlines","","3"',
      );
    });

    it('neutralizes spreadsheet formulas', () => {
      expect(csvCell('=HYPERLINK("http://evil","x")')).to.equal(
        '"\'=HYPERLINK(""http://evil"",""x"")"',
      );
      expect(csvCell('+14155551234')).to.equal('"\'+14155551234"');
      expect(csvCell('-2+3')).to.equal('"\'-2+3"');
      expect(csvCell('@SUM(A1)')).to.equal('"\'@SUM(A1)"');
      expect(csvCell('\t=1')).to.equal('"\'\t=1"');
      expect(csvCell('plain = text')).to.equal('"plain = text"');
    });

    it('exports every page with progress, newest first', async () => {
      const calls = Array.from({ length: 5 }, (_, i) =>
        call(`c${i}`, minutes(i), { user_id: 'u1', summary: i === 0 ? '=cmd()' : null }),
      );
      const { client } = fakeClient({ all: calls }, 2);
      const progress: number[] = [];
      const { csv, count } = await exportCallsCsv(
        client,
        {},
        {
          onProgress: (n) => progress.push(n),
          userName: (id) => (id === 'u1' ? 'Alice' : undefined),
          batchSize: 2,
        },
      );
      const lines = csv.trimEnd().split('\r\n');
      expect(count).to.equal(5);
      expect(lines).to.have.length(6);
      expect(lines[0]).to.match(/^"id","started_at",/);
      expect(lines[1]).to.contain('"c0"').and.contain('"Alice"').and.contain(`"'=cmd()"`);
      expect(progress).to.deep.equal([0, 2, 4, 5]);
    });

    it('stops when cancelled', async () => {
      const calls = Array.from({ length: 6 }, (_, i) => call(`c${i}`, minutes(i)));
      const { client, requests } = fakeClient({ all: calls }, 2);
      const controller = new AbortController();
      let error: unknown;
      try {
        await exportCallsCsv(
          client,
          {},
          {
            signal: controller.signal,
            batchSize: 2,
            onProgress: (n) => {
              if (n === 2) controller.abort();
            },
          },
        );
      } catch (e) {
        error = e;
      }
      expect((error as Error).name).to.equal('AbortError');
      expect(requests.length).to.equal(1, 'no page requested after cancel');
    });
  });

  describe('recording and transcript', () => {
    const failing = (status: number) =>
      ({
        get: async () => {
          throw Object.assign(new Error('nope'), { status });
        },
      }) as unknown as DialstackClient;

    it('treats 404 as "no recording"', async () => {
      expect(await fetchRecording(failing(404), 'c1')).to.equal(null);
      expect(await fetchTranscript(failing(404), 'c1')).to.equal(null);
    });

    it('propagates other errors', async () => {
      let error: unknown;
      try {
        await fetchTranscript(failing(500), 'c1');
      } catch (e) {
        error = e;
      }
      expect((error as { status: number }).status).to.equal(500);
    });

    it('knows when a signed URL has expired', () => {
      const now = Date.parse('2026-03-05T15:30:00Z');
      expect(recordingExpired({ expires_at: '2026-03-05T15:40:00Z' }, now)).to.equal(false);
      expect(recordingExpired({ expires_at: '2026-03-05T15:30:05Z' }, now)).to.equal(true);
      expect(recordingExpired({ expires_at: 'garbage' }, now)).to.equal(true);
    });
  });

  describe('dates', () => {
    it('computes the start of a day in a time zone, across DST', () => {
      expect(startOfDay('2025-10-18', 'UTC').toISOString()).to.equal('2025-10-18T00:00:00.000Z');
      expect(startOfDay('2025-10-18', 'America/Los_Angeles').toISOString()).to.equal(
        '2025-10-18T07:00:00.000Z',
      );
      // US DST ends 2025-11-02: midnight is still PDT (UTC-7).
      expect(startOfDay('2025-11-02', 'America/Los_Angeles').toISOString()).to.equal(
        '2025-11-02T07:00:00.000Z',
      );
      expect(startOfDay('2025-11-03', 'America/Los_Angeles').toISOString()).to.equal(
        '2025-11-03T08:00:00.000Z',
      );
      expect(startOfDay('2025-07-01', 'Asia/Kolkata').toISOString()).to.equal(
        '2025-06-30T18:30:00.000Z',
      );
    });

    it('resolves attribute values to API instants', () => {
      expect(resolveDateBound('2025-10-18', 'from', 'UTC')).to.equal('2025-10-18T00:00:00.000Z');
      expect(resolveDateBound('2025-10-18', 'to', 'UTC')).to.equal('2025-10-19T00:00:00.000Z');
      expect(resolveDateBound('2025-10-18T14:30:00+02:00', 'from')).to.equal(
        '2025-10-18T12:30:00.000Z',
      );
      expect(resolveDateBound('2025-02-30', 'from')).to.equal(null);
      expect(resolveDateBound('yesterday', 'from')).to.equal(null);
      expect(resolveDateBound('2025-10-18T14:30', 'from')).to.equal(null);
      expect(resolveDateBound('', 'from')).to.equal(null);
    });

    it('maps presets to dates and back', () => {
      const now = new Date('2025-10-18T03:00:00Z');
      // 03:00 UTC is still the 17th in Los Angeles.
      expect(calendarDate(now, 'America/Los_Angeles')).to.equal('2025-10-17');
      expect(presetRange('7d', now, 'UTC')).to.deep.equal({ from: '2025-10-12', to: null });
      expect(presetRange('30d', now, 'UTC')).to.deep.equal({ from: '2025-09-19', to: null });
      expect(presetFor('2025-10-18', null, now, 'UTC')).to.equal('today');
      expect(presetFor('2025-10-12', '', now, 'UTC')).to.equal('7d');
      expect(presetFor(null, null, now, 'UTC')).to.equal('all');
      expect(presetFor('2025-10-12', '2025-10-13', now, 'UTC')).to.equal('custom');
      expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    });
  });

  describe('messages', () => {
    it('ships every English key in Spanish and French', () => {
      const english = messageKeys(callLogsMessages.en).sort();
      expect(english.length).to.be.greaterThan(40);
      expect(messageKeys(es).sort()).to.deep.equal(english);
      expect(messageKeys(fr).sort()).to.deep.equal(english);
    });
  });
});
