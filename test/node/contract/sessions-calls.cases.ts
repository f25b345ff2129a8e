/** Contract cases: Sessions, the event stream's error path and calls. */
import assert from 'node:assert/strict';
import { MOCK_SECRET_KEY } from '../../../dev/mock-api/auth';
import type { Json } from '../helpers/api';
import type { Case } from '../helpers/contract-case';

export const sessionsAndCallsCases: Case[] = [
  // Sessions
  {
    op: 'createAccountSession',
    name: 'secret key + components → session',
    status: 201,
    request: (f) => [
      '/v1/account_sessions',
      {
        token: MOCK_SECRET_KEY,
        json: {
          account: f.accountId,
          components: { call_logs: { enabled: true }, voicemails: { enabled: false } },
        },
      },
    ],
    check: (body, f) => {
      assert.equal(body.account_id, f.accountId);
      const payload = JSON.parse(
        Buffer.from(body.client_secret.split('.')[1], 'base64url').toString(),
      );
      assert.deepEqual(payload.components, ['call_logs']);
      assert.equal(payload.account_id, f.accountId);
      assert.ok(Math.abs(payload.exp * 1000 - Date.parse(body.expires_at)) < 1000);
      assert.ok(Math.abs(payload.exp - Date.now() / 1000 - 3600) < 5, 'expires in an hour');
    },
  },
  {
    op: 'createAccountSession',
    name: 'unknown component → 400 with details',
    status: 400,
    request: (f) => [
      '/v1/account_sessions',
      {
        token: MOCK_SECRET_KEY,
        json: { account: f.accountId, components: { softphone: { enabled: true } } },
      },
    ],
    check: (body) => assert.match(body.details['components.softphone'], /not a component/),
  },
  {
    op: 'createAccountSession',
    name: 'nothing enabled → 400',
    status: 400,
    request: (f) => [
      '/v1/account_sessions',
      {
        token: MOCK_SECRET_KEY,
        json: { account: f.accountId, components: { call_logs: { enabled: false } } },
      },
    ],
    check: (body) => assert.ok(body.details.components),
  },
  {
    op: 'createAccountSession',
    name: 'missing account → 400',
    status: 400,
    request: () => [
      '/v1/account_sessions',
      { token: MOCK_SECRET_KEY, json: { components: { call_logs: { enabled: true } } } },
    ],
    check: (body) => assert.equal(body.details.account, 'is required'),
  },
  {
    op: 'createAccountSession',
    name: 'unknown account → 404',
    status: 404,
    request: () => [
      '/v1/account_sessions',
      {
        token: MOCK_SECRET_KEY,
        json: { account: 'acct_nope', components: { call_logs: { enabled: true } } },
      },
    ],
  },
  {
    op: 'createAccountSession',
    name: 'a session token cannot create sessions → 401',
    status: 401,
    request: (f) => [
      '/v1/account_sessions',
      { json: { account: f.accountId, components: { call_logs: { enabled: true } } } },
    ],
  },

  // Events (the stream itself is covered in sse.test.ts)
  {
    op: 'streamEvents',
    name: 'no token → 401',
    status: 401,
    request: () => ['/v1/events', { token: null }],
  },

  // Calls
  {
    op: 'listCallLogs',
    name: 'first page, newest first',
    status: 200,
    request: () => ['/v1/calls'],
    check: (body) => {
      assert.equal(body.data.length, 10);
      assert.equal(body.previous_page_url, null);
      assert.ok(body.next_page_url);
      const starts = body.data.map((c: Json) => c.started_at);
      assert.deepEqual(starts, [...starts].sort().reverse());
    },
  },
  {
    op: 'listCallLogs',
    name: 'filtered',
    status: 200,
    request: (f) => [
      `/v1/calls?user_id=${f.userWithMostCalls.id}&direction=inbound&status=completed&limit=100`,
    ],
    check: (body, f) => {
      assert.ok(body.data.length > 20);
      for (const c of body.data)
        assert.ok(
          c.user_id === f.userWithMostCalls.id &&
            c.direction === 'inbound' &&
            c.status === 'completed',
        );
    },
  },
  {
    op: 'listCallLogs',
    name: 'bad enum → 400',
    status: 400,
    request: () => ['/v1/calls?direction=sideways'],
    check: (body) => assert.match(body.details.direction, /inbound, outbound, internal/),
  },
  {
    op: 'listCallLogs',
    name: 'no token → 401',
    status: 401,
    request: () => ['/v1/calls', { token: null }],
  },
  {
    op: 'getCallLog',
    name: 'a recorded call',
    status: 200,
    request: (f) => [`/v1/calls/${f.calls.inboundRecordedCompletedTranscript}`],
    check: (body) => {
      assert.ok(body.recording_url.startsWith('http://mock.test/mock-media/recordings/'));
      assert.ok(body.summary);
      assert.equal(body.quality_metrics.length, 2);
    },
  },
  {
    op: 'getCallLog',
    name: 'unknown → 404 CallNotFound',
    status: 404,
    request: () => ['/v1/calls/call_nope'],
    check: (body) =>
      assert.deepEqual(body, { error: 'Call log not found', code: 'call_not_found' }),
  },
  {
    op: 'getCallTranscript',
    name: 'completed transcript',
    status: 200,
    request: (f) => [`/v1/calls/${f.calls.inboundRecordedCompletedTranscript}/transcript`],
    check: (body) => {
      assert.equal(body.status, 'completed');
      assert.match(body.text, /Riverside Family Clinic/);
    },
  },
  {
    op: 'getCallTranscript',
    name: 'failed transcript has null text',
    status: 200,
    request: (f) => [`/v1/calls/${f.calls.billingFailedTranscript}/transcript`],
    check: (body) => assert.deepEqual([body.status, body.text], ['failed', null]),
  },
  {
    op: 'getCallTranscript',
    name: 'call without recording → 404',
    status: 404,
    request: (f) => [`/v1/calls/${f.calls.internalNoRecording}/transcript`],
    check: (body) => assert.equal(body.code, 'transcript_not_found'),
  },
  {
    op: 'getCallRecording',
    name: 'signed download URL for 10 minutes',
    status: 200,
    request: (f) => [`/v1/calls/${f.calls.inboundRecordedCompletedTranscript}/recording`],
    check: async (body, _f, api) => {
      const ttl = Date.parse(body.expires_at) - Date.now();
      assert.ok(ttl > 9 * 60_000 && ttl <= 10 * 60_000 + 1000, `expires in ~10 min, got ${ttl}`);
      const audio = await api.fetch(body.download_url, { token: null });
      assert.equal(audio.status, 200);
      assert.equal(audio.headers.get('content-type'), 'audio/wav');
      const bytes = new Uint8Array(await audio.arrayBuffer());
      assert.equal(bytes.length, body.file_size_bytes);
      assert.equal(new TextDecoder().decode(bytes.slice(0, 4)), 'RIFF');
    },
  },
  {
    op: 'getCallRecording',
    name: 'call without recording → 404',
    status: 404,
    request: (f) => [`/v1/calls/${f.calls.missedUnknownCaller}/recording`],
    check: (body) => assert.equal(body.code, 'recording_not_found'),
  },
  {
    op: 'createCall',
    name: 'click-to-call → 202',
    status: 202,
    request: (f) => [
      '/v1/calls',
      { json: { user_id: f.users.drChen, dial_string: '(503) 555-0150' } },
    ],
    check: (_body, _f, api) => {
      const active = [...api.store.activeCalls.values()];
      assert.equal(active.length, 1);
      assert.equal(active[0]!.to_number, '+15035550150');
    },
  },
  {
    op: 'createCall',
    name: 'unknown user → 404',
    status: 404,
    request: () => ['/v1/calls', { json: { user_id: 'user_nope', dial_string: '+15035550150' } }],
  },
  {
    op: 'createCall',
    name: 'missing dial_string → 400',
    status: 400,
    request: (f) => ['/v1/calls', { json: { user_id: f.users.drChen } }],
    check: (body) => assert.equal(body.details.dial_string, 'is required'),
  },
  {
    op: 'createCall',
    name: 'nonsense dial string → 400',
    status: 400,
    request: (f) => ['/v1/calls', { json: { user_id: f.users.drChen, dial_string: 'call mom' } }],
  },
];
