/**
 * Filters: for any valid combination, the pages hold exactly the records an independent oracle
 * (written here from the contract's parameter descriptions) selects — nothing extra, nothing
 * missing. Plus expand[].
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allPages, createTestApi } from './helpers/api';

const DAY = 86_400_000;

describe('filters', async () => {
  const api = await createTestApi();
  const { calls, voicemails, users, endpoints } = api.store.data;
  const numbers = [...new Set(calls.flatMap((c) => [c.from_number, c.to_number]))];
  const now = Date.now();
  const instant = fc
    .integer({ min: now - 32 * DAY, max: now + DAY })
    .map((ms) => new Date(ms).toISOString());
  // Each filter is set a quarter of the time, so combinations are varied but not always empty.
  const maybe = <T>(arb: fc.Arbitrary<T>) =>
    fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arb, weight: 1 });

  it('GET /v1/calls returns exactly the calls matching any filter combination', async () => {
    let nonEmpty = 0;
    const filters = fc.record({
      user_id: maybe(fc.constantFrom(...users.map((u) => u.id), 'user_unknown')),
      endpoint_id: maybe(fc.constantFrom(...endpoints.map((e) => e.id))),
      direction: maybe(fc.constantFrom('inbound', 'outbound', 'internal')),
      status: maybe(fc.constantFrom('completed', 'no-answer', 'busy', 'failed', 'voicemail')),
      from_number: maybe(fc.constantFrom(...numbers)),
      to_number: maybe(fc.constantFrom(...numbers)),
      from_date: maybe(instant),
      to_date: maybe(instant),
    });
    await fc.assert(
      fc.asyncProperty(filters, fc.integer({ min: 10, max: 100 }), async (f, limit) => {
        const query = new URLSearchParams({ limit: String(limit) });
        for (const [key, value] of Object.entries(f))
          if (value !== undefined) query.set(key, value);
        const got = (await allPages(api, `/v1/calls?${query}`)).flatMap((p) =>
          p.body.data.map((c: { id: string }) => c.id),
        );
        const expected = calls
          .filter(
            (c) =>
              (!f.user_id || c.user_id === f.user_id) &&
              (!f.endpoint_id || c.endpoint_id === f.endpoint_id) &&
              (!f.direction || c.direction === f.direction) &&
              (!f.status || c.status === f.status) &&
              (!f.from_number || c.from_number === f.from_number) &&
              (!f.to_number || c.to_number === f.to_number) &&
              (!f.from_date || new Date(c.started_at) >= new Date(f.from_date)) &&
              (!f.to_date || new Date(c.started_at) < new Date(f.to_date)),
          )
          .map((c) => c.id);
        assert.deepEqual([...got].sort(), [...expected].sort());
        if (expected.length) nonEmpty++;
      }),
      { numRuns: 60 },
    );
    assert.ok(nonEmpty >= 15, `only ${nonEmpty} of 60 combinations matched anything`);
  });

  it('GET /v1/voicemails returns exactly the voicemails matching owner, is_read and from_date', async () => {
    const owners = [...new Set(voicemails.map((v) => v.owner))];
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          owner: maybe(fc.constantFrom(...owners)),
          is_read: maybe(fc.boolean()),
          from_date: maybe(instant),
        }),
        async (f) => {
          const query = new URLSearchParams({ limit: '7' });
          for (const [key, value] of Object.entries(f))
            if (value !== undefined) query.set(key, String(value));
          const got = (await allPages(api, `/v1/voicemails?${query}`)).flatMap((p) =>
            p.body.data.map((v: { id: string }) => v.id),
          );
          const expected = voicemails
            .filter(
              (v) =>
                (f.owner === undefined || v.owner === f.owner) &&
                (f.is_read === undefined || v.is_read === f.is_read) &&
                (f.from_date === undefined || new Date(v.created_at) >= new Date(f.from_date)),
            )
            .map((v) => v.id);
          assert.deepEqual([...got].sort(), [...expected].sort());
        },
      ),
      { numRuns: 40 },
    );
  });

  it('call history for one contact: both directions of Maria Gonzalez’s calls', async () => {
    const maria = api.store.facts.numberWithBothDirections;
    const inbound = (
      await allPages(api, `/v1/calls?from_number=${encodeURIComponent(maria)}&limit=100`)
    ).flatMap((p) => p.body.data);
    const outbound = (
      await allPages(api, `/v1/calls?to_number=${encodeURIComponent(maria)}&limit=100`)
    ).flatMap((p) => p.body.data);
    assert.ok(inbound.some((c: { direction: string }) => c.direction === 'inbound'));
    assert.ok(outbound.some((c: { direction: string }) => c.direction === 'outbound'));
  });

  it('"today" and "last 7 days" have calls', async () => {
    const since = (ms: number) =>
      `/v1/calls?limit=100&from_date=${encodeURIComponent(new Date(now - ms).toISOString())}`;
    const day = (await allPages(api, since(12 * 3_600_000))).flatMap((p) => p.body.data);
    const week = (await allPages(api, since(7 * DAY))).flatMap((p) => p.body.data);
    assert.ok(day.length >= 10, `calls in the last 12 h: ${day.length}`);
    assert.ok(week.length >= 60, `calls in the last 7 days: ${week.length}`);
  });

  it('rejects a date that is not ISO 8601 date-time', async () => {
    const result = await api.json('/v1/calls?from_date=yesterday');
    assert.equal(result.status, 400);
    assert.match(result.body.details.from_date, /date-time/);
  });

  it('expand[]=extensions adds each resource’s extensions and nothing else', async () => {
    const plain = await api.json('/v1/ring_groups');
    const expanded = await api.json('/v1/ring_groups?expand[]=extensions&expand[]=extensions');
    assert.deepEqual(
      expanded.body.data.map((g: { id: string }) => g.id),
      plain.body.data.map((g: { id: string }) => g.id),
    );
    for (const [i, group] of expanded.body.data.entries()) {
      const { extensions, ...rest } = group;
      assert.deepEqual(rest, plain.body.data[i]);
      assert.deepEqual(
        extensions.data.map((e: { target: string }) => e.target),
        [group.id],
      );
    }
  });
});
