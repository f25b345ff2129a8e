/**
 * The mock's number ordering, as the phone-number elements rely on it: orders stay pending for
 * several polls and end the way their numbers decide; the number limit; available-number search
 * by every filter, including searches that find nothing. Every body is checked against the
 * contract.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  NUMBER_LIMIT,
  ORDER_PENDING_POLLS,
  SLOW_ORDER_PENDING_POLLS,
} from '../../dev/mock-api/routes/number-orders';
import { createTestApi, type Json, type TestApi } from './helpers/api';
import { assertMatchesContract } from './helpers/contract';

async function search(api: TestApi, query: string): Promise<Json[]> {
  const result = await api.json(`/v1/available-phone-numbers?${query}`);
  assert.equal(result.status, 200, JSON.stringify(result.body));
  assertMatchesContract('searchAvailablePhoneNumbers', 200, result.body);
  return result.body.data;
}

async function order(api: TestApi, phone_numbers: string[], partial_allowed?: boolean) {
  const result = await api.json('/v1/phone-number-orders', {
    json: { phone_numbers, ...(partial_allowed === undefined ? {} : { partial_allowed }) },
  });
  assertMatchesContract('createNumberOrder', result.status, result.body);
  return result;
}

/** Polls the order until it is no longer pending; returns the pending answers and the last. */
async function follow(api: TestApi, id: string): Promise<{ pending: number; order: Json }> {
  for (let pending = 0; pending < 50; pending++) {
    const result = await api.json(`/v1/phone-number-orders/${id}`);
    assert.equal(result.status, 200);
    assertMatchesContract('getNumberOrder', 200, result.body);
    if (result.body.status !== 'pending') return { pending, order: result.body };
  }
  throw new Error('the order never settled');
}

describe('mock: purchase orders', () => {
  it('stay pending for several polls, then complete; the numbers join the account', async () => {
    const api = await createTestApi({ clock: () => 1_800_000_000_000 });
    const created = await order(api, ['+15035550171', '+15035550172']);
    assert.equal(created.status, 201);
    assert.equal(created.body.status, 'pending');
    const { pending, order: done } = await follow(api, created.body.id);
    assert.equal(pending, ORDER_PENDING_POLLS);
    assert.equal(done.status, 'complete');
    assert.deepEqual(done.completed_numbers, ['+15035550171', '+15035550172']);
    assert.deepEqual(done.failed_numbers, []);
    const numbers = await api.json('/v1/phone-numbers?limit=100');
    const owned = numbers.body.data.map((n: Json) => n.phone_number);
    assert.ok(owned.includes('+15035550171') && owned.includes('+15035550172'));
  });

  it('partial when partial_allowed and a number ends in 99, with error_message', async () => {
    const api = await createTestApi({ clock: () => 1_800_000_000_000 });
    const created = await order(api, ['+15035550171', '+15035550199'], true);
    const { order: done } = await follow(api, created.body.id);
    assert.equal(done.status, 'partial');
    assert.deepEqual(done.completed_numbers, ['+15035550171']);
    assert.deepEqual(done.failed_numbers, ['+15035550199']);
    assert.match(done.error_message, /\+15035550199/);
  });

  it('failed as a whole without partial_allowed; nothing joins the account', async () => {
    const api = await createTestApi({ clock: () => 1_800_000_000_000 });
    const created = await order(api, ['+15035550171', '+15035550199']);
    const { order: done } = await follow(api, created.body.id);
    assert.equal(done.status, 'failed');
    assert.deepEqual(done.completed_numbers, []);
    assert.deepEqual(done.failed_numbers, ['+15035550171', '+15035550199']);
    assert.ok(done.error_message);
    const numbers = await api.json('/v1/phone-numbers?limit=100');
    assert.ok(!numbers.body.data.some((n: Json) => n.phone_number === '+15035550171'));
  });

  it('an order with a number ending in 97 is slow: many more pending polls', async () => {
    const api = await createTestApi({ clock: () => 1_800_000_000_000 });
    const created = await order(api, ['+15035550197']);
    const { pending, order: done } = await follow(api, created.body.id);
    assert.equal(pending, SLOW_ORDER_PENDING_POLLS);
    assert.ok(SLOW_ORDER_PENDING_POLLS > ORDER_PENDING_POLLS);
    assert.equal(done.status, 'complete');
  });

  it('past the number limit → 409 number_limit_reached with the limit in details', async () => {
    const api = await createTestApi();
    const available = await search(api, 'state=OR&quantity=100');
    assert.ok(available.length >= NUMBER_LIMIT);
    const result = await order(
      api,
      available.slice(0, NUMBER_LIMIT).map((n) => n.phone_number),
    );
    assert.equal(result.status, 409);
    assert.equal(result.body.code, 'number_limit_reached');
    assert.equal(result.body.details.limit, NUMBER_LIMIT);
    // A positive control: a small order from the same results goes through.
    assert.equal((await order(api, [available[0].phone_number])).status, 201);
  });
});

describe('mock: available numbers', () => {
  it('honours area_code, npa_nxx and quantity', async () => {
    const api = await createTestApi();
    const byArea = await search(api, 'area_code=206&quantity=5');
    assert.equal(byArea.length, 5);
    assert.ok(byArea.every((n) => n.phone_number.startsWith('+1206')));
    const byPrefix = await search(api, 'npa_nxx=503555&quantity=3');
    assert.equal(byPrefix.length, 3);
    assert.ok(byPrefix.every((n) => n.phone_number.startsWith('+1503555')));
    assert.equal((await search(api, 'area_code=503')).length, 10);
  });

  it('honours state, city + state and zip', async () => {
    const api = await createTestApi();
    const state = await search(api, 'state=WA&quantity=20');
    assert.ok(state.length === 20 && state.every((n) => n.state === 'WA'));
    const city = await search(api, 'city=Seattle&state=WA&quantity=4');
    assert.ok(city.length === 4 && city.every((n) => n.phone_number.startsWith('+1206')));
    const zip = await search(api, 'zip=97201&quantity=2');
    assert.ok(zip.length === 2 && zip.every((n) => n.phone_number.startsWith('+1503')));
  });

  it('finds nothing for area codes starting with 0 or 1, or an unknown city in a known state', async () => {
    const api = await createTestApi();
    assert.deepEqual(await search(api, 'area_code=100'), []);
    assert.deepEqual(await search(api, 'npa_nxx=503055'), []);
    assert.deepEqual(await search(api, 'city=Nowhere&state=OR'), []);
    // Positive control: the same state alone has numbers.
    assert.ok((await search(api, 'state=OR')).length > 0);
  });
});
