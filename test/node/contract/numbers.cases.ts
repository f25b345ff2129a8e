/** Contract cases: Phone numbers, ordering and porting. */
import assert from 'node:assert/strict';
import type { Json } from '../helpers/api';
import type { Case } from '../helpers/contract-case';

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

export const numbersCases: Case[] = [
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
];
