/** Bad input → 400 with field-level details; unknown paths → 404; a crashing handler → 500. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTestApi } from './helpers/api';
import { assertMatchesSchema } from './helpers/contract';

describe('validation and errors', () => {
  it('names each bad query parameter in details', async () => {
    const api = await createTestApi();
    const result = await api.json(
      '/v1/calls?limit=0&status=ringing&from_date=2024-13-45T00:00:00Z&colour=red',
    );
    assert.equal(result.status, 400);
    assertMatchesSchema('Error', result.body);
    // Unknown parameters are reported first (and alone), so a typo isn't silently ignored.
    assert.deepEqual(result.body.details, { colour: 'is not a parameter of this endpoint' });
    const typed = await api.json('/v1/calls?limit=0&status=ringing&from_date=2024-13-45T00:00:00Z');
    assert.deepEqual(Object.keys(typed.body.details).sort(), ['from_date', 'limit', 'status']);
  });

  it('names nested body fields with dotted paths', async () => {
    const api = await createTestApi();
    const result = await api.json('/v1/port-orders', {
      json: {
        phone_numbers: ['+15415550177'],
        requested_foc_date: 'soon',
        subscriber: {
          btn: '+15415550177',
          business_name: 'X',
          approver_name: 'Y',
          address: {
            house_number: '1',
            street_name: 'Main',
            city: 'Bend',
            state: 'Oregon',
            zip: '97703',
          },
        },
      },
    });
    assert.equal(result.status, 400);
    assert.deepEqual(result.body.details, {
      requested_foc_date: 'must match format "date"',
      'subscriber.address.state': 'must NOT have more than 2 characters',
    });
  });

  it('reports array items by index', async () => {
    const api = await createTestApi();
    const result = await api.json('/v1/phone-number-orders', {
      json: { phone_numbers: ['+15035550171', 42] },
    });
    assert.equal(result.status, 400);
    assert.equal(result.body.details['phone_numbers[1]'], 'must be string');
  });

  it('answers invalid JSON and a missing body with 400, never a crash', async () => {
    const api = await createTestApi();
    const broken = await api.json('/v1/calls', {
      method: 'POST',
      body: '{"user_id":',
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(broken.status, 400);
    assert.equal(broken.body.code, 'invalid_json');
    const empty = await api.json('/v1/calls', { method: 'POST' });
    assert.equal(empty.status, 400);
    assert.deepEqual(empty.body.details, { body: 'is required' });
    const array = await api.json('/v1/voicemails/' + api.store.facts.voicemails.voicemailRead, {
      json: [true],
    });
    assert.equal(array.status, 400);
    assert.equal(array.body.details.body, 'must be object');
  });

  it('answers an unknown /v1 path or method with the contract 404 body', async () => {
    const api = await createTestApi();
    for (const [method, path] of [
      ['GET', '/v1/nothing-here'],
      ['DELETE', '/v1/calls'],
      ['GET', '/v1/deskphones'],
      ['PUT', '/v1/voicemails/x'],
    ]) {
      const result = await api.json(path!, { method });
      assert.equal(result.status, 404, `${method} ${path}`);
      assert.equal(result.body.code, 'not_found');
      assert.match(result.body.error, new RegExp(`${method} ${path}`));
      assertMatchesSchema('Error', result.body);
    }
  });

  it('turns an exception inside a handler into a 500 with the contract error body', async () => {
    const api = await createTestApi();
    const original = console.error;
    console.error = () => {};
    try {
      (api.store.data as { calls: unknown }).calls = null;
      const result = await api.json('/v1/calls');
      assert.equal(result.status, 500);
      assert.deepEqual(result.body, { error: 'Internal server error', code: 'internal_error' });
    } finally {
      console.error = original;
    }
  });

  it('a mutation is visible on reload, and reset restores the seed', async () => {
    const api = await createTestApi();
    const id = api.store.facts.voicemails.voicemailUnreadCompleted;
    await api.json(`/v1/voicemails/${id}`, { method: 'DELETE' });
    assert.equal((await api.json(`/v1/voicemails/${id}`)).status, 404);
    assert.equal((await api.json('/__mock/reset', { method: 'POST', token: null })).status, 200);
    assert.equal((await api.json(`/v1/voicemails/${id}`)).status, 200);
  });
});
