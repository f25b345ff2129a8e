/** Sessions: real HS256 JWTs, 401 for missing/malformed/forged/expired tokens, 403 out of scope. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { MOCK_SECRET_KEY } from '../../dev/mock-api/auth';
import { OPERATION_SCOPES, SESSION_COMPONENTS, sessionMayCall } from '../../dev/mock-api/scopes';
import { createTestApi } from './helpers/api';
import { assertMatchesSchema } from './helpers/contract';

const decode = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString());

describe('account sessions', () => {
  it('issues an HS256 JWT with account_id, components and a one-hour exp', async () => {
    const api = await createTestApi();
    const header = JSON.parse(Buffer.from(api.token.split('.')[0]!, 'base64url').toString());
    assert.equal(header.alg, 'HS256');
    const payload = decode(api.token);
    assert.equal(payload.account_id, api.store.facts.accountId);
    assert.deepEqual([...payload.components].sort(), [...SESSION_COMPONENTS].sort());
    assert.equal(payload.exp - payload.iat, 3600);
  });

  it('accepts an sk_test key only on POST /v1/account_sessions', async () => {
    const api = await createTestApi();
    const onCalls = await api.json('/v1/calls', { token: MOCK_SECRET_KEY });
    assert.equal(onCalls.status, 401);
    assert.equal(onCalls.body.code, 'secret_key_not_allowed');
    const live = await api.json('/v1/account_sessions', {
      token: 'sk_live_123',
      json: { account: api.store.facts.accountId, components: { call_logs: { enabled: true } } },
    });
    assert.equal(live.status, 401);
  });

  const rejections: [
    string,
    (api: Awaited<ReturnType<typeof createTestApi>>) => Promise<Record<string, string>>,
    string,
  ][] = [
    ['missing', async () => ({}), 'missing_token'],
    [
      'not a Bearer header',
      async (api) => ({ Authorization: `Token ${api.token}` }),
      'invalid_token',
    ],
    ['malformed', async () => ({ Authorization: 'Bearer not.a.jwt' }), 'invalid_token'],
    [
      'signed with another key',
      async (api) => {
        const forged = await new SignJWT({
          account_id: api.store.facts.accountId,
          components: [...SESSION_COMPONENTS],
        })
          .setProtectedHeader({ alg: 'HS256' })
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode('not-the-mock-secret'));
        return { Authorization: `Bearer ${forged}` };
      },
      'invalid_token',
    ],
    [
      'tampered payload',
      async (api) => {
        const [h, , s] = api.token.split('.');
        const payload = Buffer.from(
          JSON.stringify({ ...decode(api.token), components: ['everything'] }),
        ).toString('base64url');
        return { Authorization: `Bearer ${h}.${payload}.${s}` };
      },
      'invalid_token',
    ],
    [
      'alg none',
      async (api) => {
        const h = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
        const p = Buffer.from(JSON.stringify(decode(api.token))).toString('base64url');
        return { Authorization: `Bearer ${h}.${p}.` };
      },
      'invalid_token',
    ],
    [
      'expired',
      async (api) => ({ Authorization: `Bearer ${await api.mint(undefined, -5)}` }),
      'session_expired',
    ],
  ];
  for (const [name, headers, code] of rejections) {
    it(`rejects a ${name} token with 401 and the contract's error body`, async () => {
      const api = await createTestApi();
      const result = await api.json('/v1/voicemails', { token: null, headers: await headers(api) });
      assert.equal(result.status, 401);
      assert.equal(result.body.code, code);
      assertMatchesSchema('Error', result.body);
    });
  }

  it('expires on the store clock: valid before exp, 401 after', async () => {
    let now = Date.now();
    const api = await createTestApi({ clock: () => now });
    const token = await api.mint(['voicemails'], 60);
    assert.equal((await api.json('/v1/voicemails', { token })).status, 200);
    now += 61_000;
    const after = await api.json('/v1/voicemails', { token });
    assert.equal(after.status, 401);
    assert.equal(after.body.code, 'session_expired');
  });

  it('answers 403 with the allowed components for an endpoint outside the session', async () => {
    const api = await createTestApi();
    const token = await api.mint(['call_logs']);
    assert.equal((await api.json('/v1/calls', { token })).status, 200);
    const denied = await api.json('/v1/voicemails', { token });
    assert.equal(denied.status, 403);
    assert.equal(denied.body.code, 'component_not_enabled');
    assert.deepEqual(denied.body.details.allowed_components, ['voicemails']);
    assertMatchesSchema('Error', denied.body);
  });

  it('lets any valid session open the event stream', async () => {
    const api = await createTestApi();
    for (const component of SESSION_COMPONENTS) {
      const controller = new AbortController();
      const response = await api.fetch('/v1/events', {
        token: await api.mint([component]),
        signal: controller.signal,
      });
      assert.equal(response.status, 200, component);
      controller.abort();
      await response.body?.cancel();
    }
  });

  it('enforces the scope table for every operation and component', async () => {
    // One representative GET per scope entry is enough to prove the table is wired in.
    const api = await createTestApi();
    const probes: [keyof typeof OPERATION_SCOPES, string][] = [
      ['listCallLogs', '/v1/calls'],
      ['listVoicemails', '/v1/voicemails'],
      ['listPhoneNumbers', '/v1/phone-numbers'],
      ['listDialPlans', '/v1/dialplans'],
      ['listCatalog', '/v1/catalog'],
      ['searchAvailablePhoneNumbers', '/v1/available-phone-numbers?area_code=503'],
      ['listUsers', '/v1/users'],
    ];
    for (const component of SESSION_COMPONENTS) {
      const token = await api.mint([component]);
      for (const [op, path] of probes) {
        const { status } = await api.json(path, { token });
        assert.equal(status, sessionMayCall(op, [component]) ? 200 : 403, `${component} → ${path}`);
      }
    }
  });

  it('the demo backend route returns only client_secret and expires_at', async () => {
    const api = await createTestApi();
    const result = await api.json('/api/dialstack-session', { token: null, method: 'POST' });
    assert.equal(result.status, 200);
    assert.deepEqual(Object.keys(result.body).sort(), ['client_secret', 'expires_at']);
    assert.equal(
      (await api.json('/v1/dialplans', { token: result.body.client_secret })).status,
      200,
    );
    const narrowed = await api.json('/api/dialstack-session', {
      token: null,
      json: { components: ['voicemails'] },
    });
    assert.deepEqual(decode(narrowed.body.client_secret).components, ['voicemails']);
    const config = await api.json('/api/dialstack-config', { token: null });
    assert.deepEqual(config.body, { apiUrl: '', mock: true });
  });
});
