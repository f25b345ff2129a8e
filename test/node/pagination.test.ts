/** Cursor pagination: every item exactly once, both directions, limit bounds, tampered cursors. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allPages, createTestApi } from './helpers/api';

describe('pagination', () => {
  it('following next_page_url visits every call exactly once, newest first (any limit)', async () => {
    const api = await createTestApi();
    const expected = [...api.store.data.calls]
      .sort((a, b) =>
        a.started_at === b.started_at
          ? a.id < b.id
            ? 1
            : -1
          : a.started_at < b.started_at
            ? 1
            : -1,
      )
      .map((c) => c.id);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 5, max: 100 }), async (limit) => {
        const pages = await allPages(api, `/v1/calls?limit=${limit}`);
        const ids = pages.flatMap((p) => p.body.data.map((c: { id: string }) => c.id));
        assert.deepEqual(ids, expected);
        assert.ok(
          pages.slice(0, -1).every((p) => p.body.data.length === limit),
          'full pages until the last',
        );
        assert.equal(pages.at(-1)!.body.next_page_url, null);
      }),
      { numRuns: 12 },
    );
  });

  it('limit=1 pages through the voicemails one by one', async () => {
    const api = await createTestApi();
    const pages = await allPages(api, '/v1/voicemails?limit=1');
    assert.equal(pages.length, api.store.facts.counts.voicemails);
    assert.equal(new Set(pages.map((p) => p.body.data[0].id)).size, pages.length);
  });

  it('previous_page_url walks back over the same pages', async () => {
    const api = await createTestApi();
    const forward = await allPages(api, '/v1/calls?limit=37&direction=inbound');
    assert.equal(forward[0]!.body.previous_page_url, null);
    const backward = [];
    let url: string | null = forward.at(-1)!.body.previous_page_url;
    while (url) {
      const page = await api.json(url);
      backward.unshift(page.body.data.map((c: { id: string }) => c.id));
      url = page.body.previous_page_url;
    }
    assert.deepEqual(
      backward,
      forward.slice(0, -1).map((p) => p.body.data.map((c: { id: string }) => c.id)),
    );
  });

  it('keeps pages stable when calls arrive while a client is paging', async () => {
    const api = await createTestApi();
    const before = new Set(api.store.data.calls.map((c) => c.id));
    const first = await api.json('/v1/calls?limit=25');
    await api.json('/__mock/simulate', { token: null, json: { kind: 'hangup' } });
    await api.json('/__mock/simulate', { token: null, json: { kind: 'voicemail' } });
    const rest = await allPages(api, first.body.next_page_url);
    const ids = [...first.body.data, ...rest.flatMap((p) => p.body.data)].map(
      (c: { id: string }) => c.id,
    );
    assert.equal(ids.length, before.size);
    assert.deepEqual(new Set(ids), before);
  });

  it('defaults to 10 and enforces 1 ≤ limit ≤ 100', async () => {
    const api = await createTestApi();
    assert.equal((await api.json('/v1/calls')).body.data.length, 10);
    assert.equal((await api.json('/v1/calls?limit=100')).body.data.length, 100);
    for (const bad of ['0', '101', '-3', 'ten', '2.5']) {
      const result = await api.json(`/v1/calls?limit=${bad}`);
      assert.equal(result.status, 400, bad);
      assert.ok(result.body.details.limit, bad);
    }
  });

  it('rejects tampered, foreign or re-filtered cursors with 400', async () => {
    const api = await createTestApi();
    const next = new URL((await api.json('/v1/calls?status=completed')).body.next_page_url);
    const cursor = next.searchParams.get('page')!;
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...decoded, i: 'call_zzzz' })).toString(
      'base64url',
    );
    const variants = [
      `/v1/calls?status=completed&page=${forged}`,
      `/v1/calls?status=completed&page=${cursor.slice(0, -2)}`,
      `/v1/calls?status=completed&page=%E2%9C%93`,
      `/v1/calls?status=voicemail&page=${cursor}`, // other filters
      `/v1/voicemails?page=${cursor}`, // another list
    ];
    for (const url of variants) {
      const result = await api.json(url);
      assert.equal(result.status, 400, url);
      assert.equal(result.body.code, 'validation_error');
      assert.ok(result.body.details.page, url);
    }
    // The untouched URL works, and changing only the page size is fine.
    assert.equal((await api.json(next.href)).status, 200);
    next.searchParams.set('limit', '50');
    assert.equal((await api.json(next.href)).body.data.length, 50);
  });

  it('never overlaps pages of any filtered list (property)', async () => {
    const api = await createTestApi();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/v1/voicemails?is_read=true',
          '/v1/voicemails',
          '/v1/phone-numbers',
          '/v1/calls?direction=outbound',
          '/v1/extensions',
          '/v1/users',
        ),
        fc.integer({ min: 1, max: 9 }),
        async (path, limit) => {
          const pages = await allPages(
            api,
            `${path}${path.includes('?') ? '&' : '?'}limit=${limit}`,
          );
          const ids = pages.flatMap((p) =>
            p.body.data.map((item: { id?: string; number?: string }) => item.id ?? item.number),
          );
          assert.equal(new Set(ids).size, ids.length);
        },
      ),
      { numRuns: 15 },
    );
  });
});
