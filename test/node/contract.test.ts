/**
 * Every endpoint the mock implements, on its happy path and its error paths, with every
 * response body validated against the contract's response schema for that status
 * (api/dialstack.openapi.json, ajv 2020-12). Each case runs on a fresh store.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MOCK_SECRET_KEY } from '../../dev/mock-api/auth';
import { IMPLEMENTED_OPERATIONS, type OperationId } from '../../dev/mock-api/scopes';
import type { SeedFacts } from '../../dev/mock-api/seed/index';
import { createTestApi, type CallInit, type Json, type TestApi } from './helpers/api';
import { assertMatchesContract, declaredStatuses } from './helpers/contract';

interface Case {
  op: OperationId;
  name: string;
  status: number;
  request: (f: SeedFacts, api: TestApi) => Promise<[string, CallInit?]> | [string, CallInit?];
  check?: (body: Json, f: SeedFacts, api: TestApi) => void | Promise<void>;
}

const subscriber = {
  btn: '+15415550177',
  business_name: 'Riverside Family Clinic',
  approver_name: 'Dr. Sarah Chen',
  address: {
    house_number: '845',
    street_name: 'NW Wall St',
    city: 'Bend',
    state: 'OR',
    zip: '97703',
  },
};
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

const cases: Case[] = [
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

  // Voicemails
  {
    op: 'listVoicemails',
    name: 'unread in a shared box',
    status: 200,
    request: (f) => [
      `/v1/voicemails?owner=${f.sharedVoicemailBoxes.frontDesk}&is_read=false&limit=100`,
    ],
    check: (body, f) => {
      assert.ok(body.data.length > 0);
      for (const v of body.data)
        assert.ok(v.owner === f.sharedVoicemailBoxes.frontDesk && v.is_read === false);
      for (const v of body.data)
        assert.match(v.audio_url, /^http:\/\/mock\.test\/mock-media\/voicemails\/.+\.wav$/);
    },
  },
  {
    op: 'listVoicemails',
    name: 'is_read must be a boolean → 400',
    status: 400,
    request: () => ['/v1/voicemails?is_read=maybe'],
    check: (body) => assert.equal(body.details.is_read, 'must be boolean'),
  },
  {
    op: 'getVoicemail',
    name: 'one voicemail',
    status: 200,
    request: (f) => [`/v1/voicemails/${f.voicemails.voicemailUnreadCompleted}`],
    check: (body) => assert.equal(body.is_read, false),
  },
  {
    op: 'getVoicemail',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/voicemails/vm_nope'],
    check: (body) => assert.equal(body.error, 'Voicemail not found'),
  },
  {
    op: 'updateVoicemail',
    name: 'mark read',
    status: 200,
    request: (f) => [
      `/v1/voicemails/${f.voicemails.voicemailUnreadCompleted}`,
      { json: { is_read: true } },
    ],
    check: async (body, f, api) => {
      assert.equal(body.is_read, true);
      assert.ok(body.read_at);
      const again = await api.json(`/v1/voicemails/${f.voicemails.voicemailUnreadCompleted}`);
      assert.equal(again.body.is_read, true, 'a reload shows the change');
    },
  },
  {
    op: 'updateVoicemail',
    name: 'is_read: "yes" → 400',
    status: 400,
    request: (f) => [`/v1/voicemails/${f.voicemails.voicemailRead}`, { json: { is_read: 'yes' } }],
    check: (body) => assert.equal(body.details.is_read, 'must be boolean'),
  },
  {
    op: 'updateVoicemail',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/voicemails/vm_nope', { json: { is_read: true } }],
  },
  {
    op: 'deleteVoicemail',
    name: 'delete → 204, then gone',
    status: 204,
    request: (f) => [`/v1/voicemails/${f.voicemails.voicemailRead}`, { method: 'DELETE' }],
    check: async (_b, f, api) => {
      assert.equal((await api.json(`/v1/voicemails/${f.voicemails.voicemailRead}`)).status, 404);
      assert.equal(
        (
          await api.fetch(`/mock-media/voicemails/${f.voicemails.voicemailRead}.wav`, {
            token: null,
          })
        ).status,
        404,
      );
    },
  },
  {
    op: 'deleteVoicemail',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/voicemails/vm_nope', { method: 'DELETE' }],
  },
  {
    op: 'getVoicemailTranscript',
    name: 'failed transcript',
    status: 200,
    request: (f) => [`/v1/voicemails/${f.voicemails.voicemailFailedTranscript}/transcript`],
    check: (body) => assert.deepEqual([body.status, body.text], ['failed', null]),
  },
  {
    op: 'getVoicemailTranscript',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/voicemails/vm_nope/transcript'],
  },

  // Directory
  {
    op: 'listUsers',
    name: 'expand[]=extensions',
    status: 200,
    request: () => ['/v1/users?expand[]=extensions&limit=100'],
    check: (body) => {
      assert.equal(body.data.length, 6);
      for (const u of body.data) assert.equal(u.extensions.object, 'list');
      assert.ok(body.data.every((u: Json) => u.extensions.data.length === 1));
    },
  },
  {
    op: 'listUsers',
    name: 'search',
    status: 200,
    request: () => ['/v1/users?search=dr.'],
    check: (body) => assert.equal(body.data.length, 3),
  },
  {
    op: 'listUsers',
    name: 'unknown expansion → 400',
    status: 400,
    request: () => ['/v1/users?expand[]=devices'],
    check: (body) => assert.ok(body.details['expand[][0]'] ?? body.details['expand[]']),
  },
  {
    op: 'getUser',
    name: 'without expand has no extensions',
    status: 200,
    request: (f) => [`/v1/users/${f.users.drChen}`],
    check: (body) => {
      assert.equal(body.name, 'Dr. Sarah Chen');
      assert.equal(body.extensions, undefined);
    },
  },
  { op: 'getUser', name: 'unknown → 404', status: 404, request: () => ['/v1/users/user_nope'] },
  {
    op: 'listExtensions',
    name: 'by target',
    status: 200,
    request: (f) => [`/v1/extensions?target=${f.users.drWebb}`],
    check: (body) =>
      assert.deepEqual(
        body.data.map((e: Json) => e.number),
        ['102'],
      ),
  },
  { op: 'getExtension', name: '101', status: 200, request: () => ['/v1/extensions/101'] },
  { op: 'getExtension', name: 'unknown → 404', status: 404, request: () => ['/v1/extensions/999'] },
  {
    op: 'listSharedVoicemailBoxes',
    name: 'three boxes',
    status: 200,
    request: () => ['/v1/shared_voicemail_boxes?expand[]=extensions'],
    check: (body) => assert.equal(body.data.length, 3),
  },
  {
    op: 'getSharedVoicemailBox',
    name: 'front desk',
    status: 200,
    request: (f) => [`/v1/shared_voicemail_boxes/${f.sharedVoicemailBoxes.frontDesk}`],
  },
  {
    op: 'getSharedVoicemailBox',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/shared_voicemail_boxes/svm_nope'],
  },

  // Phone numbers
  {
    op: 'listPhoneNumbers',
    name: 'active ones',
    status: 200,
    request: () => ['/v1/phone-numbers?status=active&limit=100'],
    check: (body) => assert.equal(body.data.length, 8),
  },
  {
    op: 'listPhoneNumbers',
    name: 'bad status → 400',
    status: 400,
    request: () => ['/v1/phone-numbers?status=lost'],
  },
  {
    op: 'getPhoneNumber',
    name: 'main line',
    status: 200,
    request: (f) => [`/v1/phone-numbers/${f.phoneNumbers.mainLine}`],
    check: (body, f) => assert.equal(body.routing_target, f.dialPlans.mainLine),
  },
  {
    op: 'getPhoneNumber',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/phone-numbers/did_nope'],
  },
  {
    op: 'updatePhoneNumber',
    name: 'caller ID name',
    status: 200,
    request: (f) => [
      `/v1/phone-numbers/${f.phoneNumbers.mainLine}`,
      { json: { caller_id_name: 'RIVERSIDE FAM' } },
    ],
    check: (body) => assert.equal(body.caller_id_name, 'RIVERSIDE FAM'),
  },
  {
    op: 'updatePhoneNumber',
    name: 'caller ID over 15 chars → 400',
    status: 400,
    request: (f) => [
      `/v1/phone-numbers/${f.phoneNumbers.mainLine}`,
      { json: { caller_id_name: 'RIVERSIDE FAMILY CLINIC' } },
    ],
    check: (body) => assert.match(body.details.caller_id_name, /15/),
  },
  {
    op: 'updatePhoneNumber',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/phone-numbers/did_nope', { json: { outbound_enabled: false } }],
  },
  {
    op: 'updatePhoneNumberRouting',
    name: 'route to a user',
    status: 200,
    request: (f) => [
      `/v1/phone-numbers/${f.phoneNumbers.inactive}/route`,
      { json: { routing_target: f.users.drPatel } },
    ],
    check: (body, f) => assert.equal(body.routing_target, f.users.drPatel),
  },
  {
    op: 'updatePhoneNumberRouting',
    name: 'unknown target → 400',
    status: 400,
    request: (f) => [
      `/v1/phone-numbers/${f.phoneNumbers.mainLine}/route`,
      { json: { routing_target: 'xyz' } },
    ],
  },
  {
    op: 'updatePhoneNumberRouting',
    name: 'unknown number → 404',
    status: 404,
    request: () => ['/v1/phone-numbers/did_nope/route', { json: { routing_target: null } }],
  },
  {
    op: 'disconnectPhoneNumber',
    name: 'disconnect order',
    status: 201,
    request: (f) => [`/v1/phone-numbers/${f.phoneNumbers.mainLine}/disconnect`, { method: 'POST' }],
    check: (body, f) =>
      assert.deepEqual(
        [body.order_type, body.status, body.phone_numbers],
        ['disconnect', 'pending', [f.phoneNumbers.mainLineNumber]],
      ),
  },
  {
    op: 'disconnectPhoneNumber',
    name: 'already released → 409',
    status: 409,
    request: (f) => [`/v1/phone-numbers/${f.phoneNumbers.released}/disconnect`, { method: 'POST' }],
  },

  // Ordering
  {
    op: 'searchAvailablePhoneNumbers',
    name: 'by area code',
    status: 200,
    request: () => ['/v1/available-phone-numbers?area_code=503&quantity=5'],
    check: (body) => {
      assert.equal(body.data.length, 5);
      for (const n of body.data) assert.match(n.phone_number, /^\+1503/);
    },
  },
  {
    op: 'searchAvailablePhoneNumbers',
    name: 'no filter → 400',
    status: 400,
    request: () => ['/v1/available-phone-numbers'],
  },
  {
    op: 'searchAvailablePhoneNumbers',
    name: 'malformed area code → 400',
    status: 400,
    request: () => ['/v1/available-phone-numbers?area_code=5a3'],
    check: (body) => assert.ok(body.details.area_code),
  },
  {
    op: 'createNumberOrder',
    name: 'purchase',
    status: 201,
    request: () => ['/v1/phone-number-orders', { json: { phone_numbers: ['+15035550171'] } }],
    check: (body) => assert.deepEqual([body.order_type, body.status], ['purchase', 'pending']),
  },
  {
    op: 'createNumberOrder',
    name: 'a number we already have → 409',
    status: 409,
    request: (f) => [
      '/v1/phone-number-orders',
      { json: { phone_numbers: [f.phoneNumbers.mainLineNumber] } },
    ],
  },
  {
    op: 'createNumberOrder',
    name: 'empty list → 400',
    status: 400,
    request: () => ['/v1/phone-number-orders', { json: { phone_numbers: [] } }],
    check: (body) => assert.match(body.details.phone_numbers, /fewer than 1/),
  },
  {
    op: 'listNumberOrders',
    name: 'purchase orders (the contract calls the filter value "order")',
    status: 200,
    request: () => ['/v1/phone-number-orders?order_type=order'],
    check: (body) =>
      assert.ok(body.data.length >= 3 && body.data.every((o: Json) => o.order_type === 'purchase')),
  },
  {
    op: 'listNumberOrders',
    name: 'bad status → 400',
    status: 400,
    request: () => ['/v1/phone-number-orders?status=shipped'],
  },
  {
    op: 'getNumberOrder',
    name: 'pending order',
    status: 200,
    request: (f) => [`/v1/phone-number-orders/${f.numberOrders.pendingPurchase}`],
    check: (body) => assert.equal(body.status, 'pending'),
  },
  {
    op: 'getNumberOrder',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/phone-number-orders/nord_nope'],
  },

  // Porting
  {
    op: 'checkPortInEligibility',
    name: 'mixed',
    status: 200,
    request: () => [
      '/v1/port-in-eligibility',
      { json: { phone_numbers: ['+15415550177', '8005550100', '+15415550100'] } },
    ],
    check: (body) => {
      assert.deepEqual(
        body.portable_numbers.map((n: Json) => n.phone_number),
        ['+15415550177'],
      );
      assert.deepEqual(
        body.non_portable_numbers.map((n: Json) => n.phone_number),
        ['+18005550100', '+15415550100'],
      );
    },
  },
  {
    op: 'checkPortInEligibility',
    name: 'empty → 400',
    status: 400,
    request: () => ['/v1/port-in-eligibility', { json: { phone_numbers: [] } }],
  },
  {
    op: 'createPortOrder',
    name: 'draft',
    status: 201,
    request: () => [
      '/v1/port-orders',
      { json: { phone_numbers: ['5415550177'], subscriber, requested_foc_date: tomorrow() } },
    ],
    check: (body) =>
      assert.deepEqual([body.status, body.details.phone_numbers], ['draft', ['+15415550177']]),
  },
  {
    op: 'createPortOrder',
    name: 'missing subscriber → 400',
    status: 400,
    request: () => [
      '/v1/port-orders',
      { json: { phone_numbers: ['5415550177'], requested_foc_date: tomorrow() } },
    ],
    check: (body) => assert.equal(body.details.subscriber, 'is required'),
  },
  {
    op: 'approvePortOrder',
    name: 'draft → approved',
    status: 200,
    request: (f) => [
      `/v1/port-orders/${f.portOrders.draft}/approve`,
      { json: { signature: 'Sarah Chen', ip: '203.0.113.9' } },
    ],
    check: (body) => assert.equal(body.status, 'approved'),
  },
  {
    op: 'approvePortOrder',
    name: 'not a draft → 409',
    status: 409,
    request: (f) => [
      `/v1/port-orders/${f.portOrders.submitted}/approve`,
      { json: { signature: 'Sarah Chen', ip: '203.0.113.9' } },
    ],
  },
  {
    op: 'submitPortOrder',
    name: 'approved → submitted',
    status: 200,
    request: (f) => [`/v1/port-orders/${f.portOrders.approved}/submit`, { method: 'POST' }],
    check: (body) => {
      assert.equal(body.status, 'submitted');
      assert.ok(body.submitted_at);
    },
  },
  {
    op: 'submitPortOrder',
    name: 'unapproved draft → 422',
    status: 422,
    request: (f) => [`/v1/port-orders/${f.portOrders.draft}/submit`, { method: 'POST' }],
  },
  {
    op: 'submitPortOrder',
    name: 'complete → 409',
    status: 409,
    request: (f) => [`/v1/port-orders/${f.portOrders.complete}/submit`, { method: 'POST' }],
  },
  {
    op: 'cancelPortOrder',
    name: 'exception → cancelled',
    status: 200,
    request: (f) => [`/v1/port-orders/${f.portOrders.exception}/cancel`, { method: 'POST' }],
    check: (body) => assert.equal(body.status, 'cancelled'),
  },
  {
    op: 'cancelPortOrder',
    name: 'complete → 409',
    status: 409,
    request: (f) => [`/v1/port-orders/${f.portOrders.complete}/cancel`, { method: 'POST' }],
  },
  {
    op: 'listPortOrders',
    name: 'by status',
    status: 200,
    request: () => ['/v1/port-orders?status=foc'],
    check: (body) => assert.equal(body.data.length, 1),
  },
  {
    op: 'getPortOrder',
    name: 'exception has a rejection',
    status: 200,
    request: (f) => [`/v1/port-orders/${f.portOrders.exception}`],
    check: (body) => assert.equal(body.details.rejection.code, 'account_number_invalid'),
  },
  {
    op: 'getPortOrder',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/port-orders/por_nope'],
  },
  {
    op: 'listPortOrderEvents',
    name: 'trail of a complete order',
    status: 200,
    request: (f) => [`/v1/port-orders/${f.portOrders.complete}/events`],
    check: (body) =>
      assert.deepEqual(
        body.data.map((e: Json) => e.new_status),
        ['complete', 'foc', 'submitted', 'approved', 'draft'],
      ),
  },
  {
    op: 'listPortOrderEvents',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/port-orders/por_nope/events'],
  },

  // Dial plans
  {
    op: 'listDialPlans',
    name: 'with extensions',
    status: 200,
    request: () => ['/v1/dialplans?expand[]=extensions'],
    check: (body) =>
      assert.deepEqual(
        body.data
          .map((p: Json) => p.extensions.data.map((e: Json) => e.number))
          .flat()
          .sort(),
        ['500', '501'],
      ),
  },
  {
    op: 'getDialPlan',
    name: 'main line: 14 nodes, every node type',
    status: 200,
    request: (f) => [`/v1/dialplans/${f.dialPlans.mainLine}`],
    check: (body) => {
      assert.equal(body.nodes.length, 14);
      assert.deepEqual(
        new Set(body.nodes.map((n: Json) => n.type)),
        new Set([
          'schedule',
          'internal_dial',
          'ring_all_users',
          'external_dial',
          'menu',
          'sound_clip',
        ]),
      );
    },
  },
  {
    op: 'getDialPlan',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/dialplans/dp_nope'],
  },
  {
    op: 'createDialPlan',
    name: 'create',
    status: 201,
    request: (_f, api) => [
      '/v1/dialplans',
      {
        json: {
          name: 'Copy of Main Line',
          entry_node: api.store.data.dialPlans[0]!.entry_node,
          nodes: api.store.data.dialPlans[0]!.nodes,
        },
      },
    ],
    check: async (body, _f, api) => {
      assert.equal(body.nodes.length, 14);
      assert.equal((await api.json(`/v1/dialplans/${body.id}`)).body.name, 'Copy of Main Line');
    },
  },
  {
    op: 'createDialPlan',
    name: 'dangling node reference → 400',
    status: 400,
    request: () => [
      '/v1/dialplans',
      { json: { name: 'Broken', nodes: [{ id: 'a', type: 'sound_clip', config: { next: 'b' } }] } },
    ],
    check: (body) =>
      assert.equal(body.details['nodes[0].config.next'], 'is not a node of this dial plan'),
  },
  {
    op: 'createDialPlan',
    name: 'config invalid for its type → 400',
    status: 400,
    request: () => [
      '/v1/dialplans',
      {
        json: {
          name: 'Broken',
          nodes: [
            { id: 'a', type: 'external_dial', config: { phone_number: '555', timeout: 500 } },
          ],
        },
      },
    ],
    check: (body) => {
      assert.ok(body.details['nodes[0].config.phone_number']);
      assert.equal(body.details['nodes[0].config.timeout'], 'must be <= 120');
    },
  },
  {
    op: 'createDialPlan',
    name: 'missing name → 400',
    status: 400,
    request: () => ['/v1/dialplans', { json: {} }],
  },
  {
    op: 'updateDialPlan',
    name: 'rename',
    status: 200,
    request: (f) => [`/v1/dialplans/${f.dialPlans.billingLine}`, { json: { name: 'Billing' } }],
    check: (body) => assert.equal(body.name, 'Billing'),
  },
  {
    op: 'updateDialPlan',
    name: 'a plan dialing itself → 400 routing_loop (update declares no 422)',
    status: 400,
    request: (f) => [
      `/v1/dialplans/${f.dialPlans.billingLine}`,
      {
        json: {
          nodes: [
            {
              id: 'x',
              type: 'internal_dial',
              config: { target_id: f.dialPlans.billingLine, timeout: 20 },
            },
          ],
          entry_node: 'x',
        },
      },
    ],
    check: (b) => assert.equal(b.code, 'routing_loop'),
  },
  {
    op: 'updateDialPlan',
    name: 'entry_node not a node → 400',
    status: 400,
    request: (f) => [
      `/v1/dialplans/${f.dialPlans.billingLine}`,
      { json: { entry_node: 'nowhere' } },
    ],
  },
  {
    op: 'updateDialPlan',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/dialplans/dp_nope', { json: { name: 'x' } }],
  },
  {
    op: 'deleteDialPlan',
    name: 'delete an unreferenced plan',
    status: 204,
    request: async (_f, api) => {
      const created = await api.json('/v1/dialplans', { json: { name: 'Temp' } });
      return [`/v1/dialplans/${created.body.id}`, { method: 'DELETE' }];
    },
  },
  {
    op: 'deleteDialPlan',
    name: 'referenced by an extension → 409',
    status: 409,
    request: (f) => [`/v1/dialplans/${f.dialPlans.mainLine}`, { method: 'DELETE' }],
  },
  {
    op: 'deleteDialPlan',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/dialplans/dp_nope', { method: 'DELETE' }],
  },

  // Routing resources
  {
    op: 'listSchedules',
    name: 'schedules',
    status: 200,
    request: () => ['/v1/schedules'],
    check: (b) => assert.equal(b.data.length, 3),
  },
  {
    op: 'getSchedule',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/schedules/sched_nope'],
  },
  {
    op: 'getSchedule',
    name: 'one',
    status: 200,
    request: (_f, api) => [`/v1/schedules/${api.store.data.schedules[0]!.id}`],
  },
  {
    op: 'listRingGroups',
    name: 'ring groups',
    status: 200,
    request: () => ['/v1/ring_groups?expand[]=extensions'],
    check: (b) => assert.equal(b.data.length, 3),
  },
  {
    op: 'getRingGroup',
    name: 'one',
    status: 200,
    request: (_f, api) => [`/v1/ring_groups/${api.store.data.ringGroups[0]!.id}`],
  },
  {
    op: 'getRingGroup',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/ring_groups/rg_nope'],
  },
  {
    op: 'listAudioClips',
    name: 'clips with absolute URLs',
    status: 200,
    request: () => ['/v1/audio_clips'],
    check: (b) =>
      assert.ok(
        b.data.every((c: Json) => c.url.startsWith('http://mock.test/mock-media/audio-clips/')),
      ),
  },
  {
    op: 'getAudioClip',
    name: 'one',
    status: 200,
    request: (_f, api) => [`/v1/audio_clips/${api.store.data.audioClips[0]!.id}`],
  },
  {
    op: 'getAudioClip',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/audio_clips/clip_nope'],
  },
  {
    op: 'listVoiceApps',
    name: 'voice apps',
    status: 200,
    request: () => ['/v1/voice-apps'],
    check: (b) => assert.equal(b.data.length, 2),
  },
  {
    op: 'getVoiceApp',
    name: 'one',
    status: 200,
    request: (_f, api) => [`/v1/voice-apps/${api.store.data.voiceApps[0]!.id}?expand[]=extensions`],
  },
  {
    op: 'getVoiceApp',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/voice-apps/va_nope'],
  },

  // Error paths of the remaining lists
  {
    op: 'listExtensions',
    name: 'limit 101 → 400',
    status: 400,
    request: () => ['/v1/extensions?limit=101'],
    check: (b) => assert.equal(b.details.limit, 'must be <= 100'),
  },
  {
    op: 'listSharedVoicemailBoxes',
    name: 'unknown expansion → 400',
    status: 400,
    request: () => ['/v1/shared_voicemail_boxes?expand[]=users'],
  },
  {
    op: 'listPortOrders',
    name: 'bad status → 400',
    status: 400,
    request: () => ['/v1/port-orders?status=done'],
  },
  {
    op: 'listDialPlans',
    name: 'limit 0 → 400',
    status: 400,
    request: () => ['/v1/dialplans?limit=0'],
    check: (b) => assert.equal(b.details.limit, 'must be >= 1'),
  },
  {
    op: 'listSchedules',
    name: 'garbage cursor → 400',
    status: 400,
    request: () => ['/v1/schedules?page=garbage'],
    check: (b) => assert.ok(b.details.page),
  },
  {
    op: 'listRingGroups',
    name: 'no token → 401',
    status: 401,
    request: () => ['/v1/ring_groups', { token: null }],
  },
  {
    op: 'listAudioClips',
    name: 'unknown parameter → 400',
    status: 400,
    request: () => ['/v1/audio_clips?sort=name'],
    check: (b) => assert.ok(b.details.sort),
  },
  {
    op: 'listVoiceApps',
    name: 'session without a dial-plan component → 403',
    status: 403,
    request: async (_f, api) => ['/v1/voice-apps', { token: await api.mint(['call_logs']) }],
  },
  {
    op: 'listLocations',
    name: 'bad status → 400',
    status: 400,
    request: () => ['/v1/locations?status=closed'],
  },

  // Account onboarding
  {
    op: 'listLocations',
    name: 'active locations',
    status: 200,
    request: () => ['/v1/locations?status=active'],
    check: (b) => assert.equal(b.data.length, 2),
  },
  {
    op: 'getLocation',
    name: 'main campus',
    status: 200,
    request: (f) => [`/v1/locations/${f.locations.mainCampus}`],
  },
  {
    op: 'getLocation',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/locations/loc_nope'],
  },
  {
    op: 'createLocation',
    name: 'create',
    status: 201,
    request: () => [
      '/v1/locations',
      {
        json: {
          name: 'Bend Satellite',
          address: {
            address_number: '845',
            street: 'NW Wall St',
            city: 'Bend',
            state: 'OR',
            postal_code: '97703',
            country: 'US',
          },
        },
      },
    ],
    check: (b) => assert.equal(b.address.formatted_address, '845 NW Wall St, Bend, OR 97703, US'),
  },
  {
    op: 'createLocation',
    name: 'country outside US/CA/MX → 400',
    status: 400,
    request: () => [
      '/v1/locations',
      {
        json: {
          name: 'X',
          address: {
            street: 'Main',
            city: 'Paris',
            state: 'IDF',
            postal_code: '75001',
            country: 'FR',
          },
        },
      },
    ],
    check: (b) => assert.match(b.details['address.country'], /US, CA, MX/),
  },
  {
    op: 'updateLocation',
    name: 'rename',
    status: 200,
    request: (f) => [
      `/v1/locations/${f.locations.mainCampus}`,
      { json: { name: 'Main Campus (Riverside)' } },
    ],
  },
  {
    op: 'updateLocation',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/locations/loc_nope', { json: { name: 'x' } }],
  },
  {
    op: 'listCatalog',
    name: 'active items only',
    status: 200,
    request: () => ['/v1/catalog'],
    check: (b, f) => {
      assert.equal(b.data.length, f.counts.activeCatalogItems);
      assert.ok(b.data.every((i: Json) => i.active));
    },
  },
  {
    op: 'listCatalog',
    name: 'no token → 401',
    status: 401,
    request: () => ['/v1/catalog', { token: null }],
  },
  {
    op: 'getAccount',
    name: 'own account',
    status: 200,
    request: (f) => [`/v1/accounts/${f.accountId}`],
    check: (b) => assert.equal(b.name, 'Riverside Family Clinic'),
  },
  {
    op: 'getAccount',
    name: 'another account → 404',
    status: 404,
    request: () => ['/v1/accounts/acct_other'],
  },
  {
    op: 'updateAccount',
    name: 'contact name',
    status: 200,
    request: (f) => [
      `/v1/accounts/${f.accountId}`,
      { json: { primary_contact_name: 'Olivia Martinez' } },
    ],
    check: (b) => assert.equal(b.primary_contact_name, 'Olivia Martinez'),
  },
  {
    op: 'updateAccount',
    name: 'bad email → 400',
    status: 400,
    request: (f) => [`/v1/accounts/${f.accountId}`, { json: { email: 'not-an-email' } }],
    check: (b) => assert.match(b.details.email, /format "email"/),
  },
];

const seen = new Map<OperationId, Set<number>>();
const undeclared: string[] = [];

describe('contract: every implemented endpoint', () => {
  for (const c of cases) {
    it(`${c.op}: ${c.name}`, async () => {
      const api = await createTestApi();
      const [path, init] = await c.request(api.store.facts, api);
      const response = await api.fetch(path, init);
      const text = await response.text();
      const body = text ? JSON.parse(text) : undefined;
      assert.equal(response.status, c.status, `${path} → ${response.status} ${text.slice(0, 300)}`);
      assertMatchesContract(c.op, response.status, body);
      if (response.status >= 400) assert.equal(typeof body.code, 'string');
      if (!declaredStatuses(c.op).includes(response.status))
        undeclared.push(`${c.op} ${response.status}`);
      await c.check?.(body, api.store.facts, api);
      if (!seen.has(c.op)) seen.set(c.op, new Set());
      seen.get(c.op)!.add(response.status);
    });
  }

  it('the stream endpoint answers 200 text/event-stream', async () => {
    const api = await createTestApi();
    const controller = new AbortController();
    const response = await api.fetch('/v1/events', { signal: controller.signal });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
    controller.abort();
    await response.body?.cancel();
    seen.get('streamEvents')?.add(200) ?? seen.set('streamEvents', new Set([200]));
  });

  it('covers every implemented operation on a happy and an error path', () => {
    const missing = IMPLEMENTED_OPERATIONS.filter((op) => {
      const statuses = [...(seen.get(op) ?? [])];
      return !statuses.some((s) => s < 300) || !statuses.some((s) => s >= 400);
    });
    assert.deepEqual(missing, [], 'operations without both a 2xx and a 4xx case');
    // A status the contract doesn't declare for an operation must be a generic one.
    for (const entry of undeclared)
      assert.match(entry, / (400|401|403|404)$/, `undeclared status ${entry}`);
  });
});
