/** The /__mock/ control endpoints tests and the demo page drive the mock with. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTestApi } from './helpers/api';

describe('mock controls', () => {
  it('POST /__mock/fail fails the next N matching requests, then the API answers normally', async () => {
    const api = await createTestApi();
    const rule = await api.json('/__mock/fail', {
      token: null,
      json: { method: 'GET', path: '/v1/calls', status: 503, times: 2 },
    });
    assert.equal(rule.status, 201);
    assert.equal((await api.json('/v1/voicemails')).status, 200, 'other paths unaffected');
    assert.equal(
      (await api.json('/v1/calls', { method: 'POST', json: {} })).status,
      400,
      'other methods unaffected',
    );
    const failed = await api.json('/v1/calls');
    assert.equal(failed.status, 503);
    assert.deepEqual(failed.body, {
      error: 'Injected failure (POST /__mock/fail)',
      code: 'mock_failure',
    });
    assert.equal((await api.json('/v1/calls')).status, 503);
    assert.equal((await api.json('/v1/calls')).status, 200);
  });

  it('matches path prefixes ending in *, any method with *, and returns a custom body', async () => {
    const api = await createTestApi();
    await api.json('/__mock/fail', {
      token: null,
      json: {
        method: '*',
        path: '/v1/voicemails*',
        status: 429,
        body: { error: 'Slow down', code: 'rate_limited' },
      },
    });
    const result = await api.json(
      `/v1/voicemails/${api.store.facts.voicemails.voicemailRead}/transcript`,
    );
    assert.deepEqual(
      [result.status, result.body],
      [429, { error: 'Slow down', code: 'rate_limited' }],
    );
  });

  it('status 0 is a network error (Response.error())', async () => {
    const api = await createTestApi();
    await api.json('/__mock/fail', {
      token: null,
      json: { method: 'GET', path: '/v1/users', status: 0 },
    });
    const response = await api.fetch('/v1/users');
    assert.equal(response.type, 'error');
    assert.equal(response.status, 0);
  });

  it('delayMs holds the response (with or without a failure)', async () => {
    const api = await createTestApi();
    await api.json('/__mock/fail', {
      token: null,
      json: { method: 'GET', path: '/v1/schedules', delayMs: 150 },
    });
    const started = Date.now();
    const result = await api.json('/v1/schedules');
    assert.equal(result.status, 200);
    assert.ok(Date.now() - started >= 140, 'delayed');
  });

  it('lists, clears and validates failure rules', async () => {
    const api = await createTestApi();
    await api.json('/__mock/fail', {
      token: null,
      json: { method: 'GET', path: '/v1/users', status: 500, times: 5 },
    });
    assert.equal((await api.json('/__mock/fail', { token: null })).body.rules.length, 1);
    assert.equal((await api.json('/__mock/fail', { token: null, method: 'DELETE' })).status, 204);
    assert.equal((await api.json('/v1/users')).status, 200);
    const bad = await api.json('/__mock/fail', {
      token: null,
      json: { method: 'GET', path: 'v1/users', status: 99, times: 0 },
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(Object.keys(bad.body.details).sort(), ['path', 'status', 'times']);
  });

  it('POST /__mock/session mints narrowly scoped, short-lived tokens', async () => {
    const api = await createTestApi();
    const minted = await api.json('/__mock/session', {
      token: null,
      json: { components: ['phone_numbers'], ttlSeconds: 30 },
    });
    assert.equal(minted.status, 200);
    assert.deepEqual(Object.keys(minted.body).sort(), ['client_secret', 'expires_at']);
    const ttl = Date.parse(minted.body.expires_at) - Date.now();
    assert.ok(ttl > 25_000 && ttl <= 31_000);
    assert.equal(
      (await api.json('/v1/phone-numbers', { token: minted.body.client_secret })).status,
      200,
    );
    assert.equal((await api.json('/v1/calls', { token: minted.body.client_secret })).status, 403);
    assert.equal(
      (await api.json('/__mock/session', { token: null, json: { components: 'all' } })).status,
      400,
    );
  });

  it('POST /__mock/simulate validates its input', async () => {
    const api = await createTestApi();
    const bad = await api.json('/__mock/simulate', { token: null, json: { kind: 'transfer' } });
    assert.equal(bad.status, 400);
    assert.match(bad.body.details.kind, /incoming, answer, hangup, voicemail/);
    assert.equal(
      (
        await api.json('/__mock/simulate', {
          token: null,
          json: { kind: 'answer', call_id: 'call_nope' },
        })
      ).status,
      404,
    );
  });

  it('POST /__mock/reset restores data and clears failures and calls in progress', async () => {
    const api = await createTestApi();
    await api.json('/__mock/simulate', { token: null, json: { kind: 'incoming' } });
    await api.json('/__mock/fail', {
      token: null,
      json: { method: 'GET', path: '/v1/dialplans', status: 500 },
    });
    await api.json(`/v1/dialplans/${api.store.facts.dialPlans.billingLine}`, {
      json: { name: 'Renamed' },
    });
    await api.json('/__mock/reset', { token: null, method: 'POST' });
    assert.equal(api.store.activeCalls.size, 0);
    const plans = await api.json('/v1/dialplans');
    assert.equal(plans.status, 200);
    assert.ok(plans.body.data.some((p: { name: string }) => p.name === 'Billing Line'));
  });

  it('GET /__mock/facts describes the seed; unknown controls are 404', async () => {
    const api = await createTestApi();
    const facts = await api.json('/__mock/facts', { token: null });
    assert.equal(facts.body.accountId, api.store.facts.accountId);
    assert.equal((await api.json('/__mock/nothing', { token: null })).status, 404);
  });

  it('a purchase order settles a few seconds later and the number joins the account', async () => {
    let now = Date.now();
    const api = await createTestApi({ clock: () => now });
    const order = await api.json('/v1/phone-number-orders', {
      json: { phone_numbers: ['+15035550175', '+15035550199'], partial_allowed: true },
    });
    assert.equal(
      (await api.json(`/v1/phone-number-orders/${order.body.id}`)).body.status,
      'pending',
    );
    now += 3500;
    const settled = await api.json(`/v1/phone-number-orders/${order.body.id}`);
    assert.equal(settled.body.status, 'partial');
    assert.deepEqual(settled.body.completed_numbers, ['+15035550175']);
    assert.deepEqual(settled.body.failed_numbers, ['+15035550199']);
    const numbers = await api.json('/v1/phone-numbers?limit=100');
    assert.ok(
      numbers.body.data.some((n: { phone_number: string }) => n.phone_number === '+15035550175'),
    );
  });

  it('recording URLs stop working after 10 minutes; a fresh request signs a new one', async () => {
    let now = Date.now();
    const api = await createTestApi({ clock: () => now });
    const id = api.store.facts.calls.inboundRecordedCompletedTranscript;
    const { body } = await api.json(`/v1/calls/${id}/recording`);
    assert.equal((await api.fetch(body.download_url, { token: null })).status, 200);
    const tampered = body.download_url.replace(/signature=[^&]+/, 'signature=abc');
    assert.equal((await api.fetch(tampered, { token: null })).status, 403);
    now += 10 * 60_000 + 1000;
    const expired = await api.json(body.download_url, { token: null });
    assert.deepEqual([expired.status, expired.body.code], [403, 'url_expired']);
    const fresh = await api.json(`/v1/calls/${id}/recording`);
    assert.equal((await api.fetch(fresh.body.download_url, { token: null })).status, 200);
  });

  it('serves byte ranges of audio so players can seek', async () => {
    const api = await createTestApi();
    const url = `/mock-media/voicemails/${api.store.facts.voicemails.voicemailUnreadCompleted}.wav`;
    const whole = await api.fetch(url, { token: null });
    const size = Number(whole.headers.get('content-length'));
    const part = await api.fetch(url, { token: null, headers: { Range: 'bytes=0-43' } });
    assert.equal(part.status, 206);
    assert.equal(part.headers.get('content-range'), `bytes 0-43/${size}`);
    assert.equal((await part.arrayBuffer()).byteLength, 44);
    assert.equal(
      (await api.fetch(url, { token: null, headers: { Range: `bytes=${size}-` } })).status,
      416,
    );
  });
});
