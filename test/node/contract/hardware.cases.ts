/** Contract cases: port documents, hardware orders, devices and their users (onboarding). */
import assert from 'node:assert/strict';
import type { CallInit, TestApi } from '../helpers/api';
import type { Case } from '../helpers/contract-case';

/** A multipart body with one `file` part. */
function upload(type: string, content = '%PDF-1.4 test'): CallInit {
  const boundary = 'dialstack-test-boundary';
  return {
    method: 'POST',
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    body: [
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="bill"',
      `Content-Type: ${type}`,
      '',
      content,
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  };
}

const catalogId = (api: TestApi, i = 0) => api.store.data.catalog.filter((c) => c.active)[i]!.id;
const inactiveId = (api: TestApi) => api.store.data.catalog.find((c) => !c.active)!.id;
async function newOrder(api: TestApi): Promise<string> {
  const { body } = await api.json('/v1/hardware-orders', {
    json: { items: [{ hardware_catalog_id: catalogId(api), quantity: 2 }] },
  });
  return body.id as string;
}
async function deskphone(api: TestApi): Promise<string> {
  const { body } = await api.json('/v1/devices?type=deskphone');
  return body.data[0].id as string;
}
async function dectBase(api: TestApi): Promise<string> {
  const { body } = await api.json('/v1/devices?type=dect_base');
  return body.data[0].id as string;
}

export const hardwareCases: Case[] = [
  {
    op: 'uploadPortOrderBillCopy',
    name: 'a PDF → 200, kept as the order’s bill copy',
    status: 200,
    request: (f) => [`/v1/port-orders/${f.portOrders.draft}/bill-copy`, upload('application/pdf')],
    check: async (_b, f, api) => {
      const { body } = await api.json(`/v1/port-orders/${f.portOrders.draft}`);
      assert.equal(body.details.bill_copy.content_type, 'application/pdf');
    },
  },
  {
    op: 'uploadPortOrderBillCopy',
    name: 'a text file → 400 naming file',
    status: 400,
    request: (f) => [`/v1/port-orders/${f.portOrders.draft}/bill-copy`, upload('text/plain')],
    check: (b) => assert.match(b.details.file, /PDF/),
  },
  {
    op: 'uploadPortOrderCSR',
    name: 'a PNG → 200',
    status: 200,
    request: (f) => [`/v1/port-orders/${f.portOrders.draft}/csr`, upload('image/png')],
  },
  {
    op: 'uploadPortOrderCSR',
    name: 'a completed order → 409',
    status: 409,
    request: (f) => [`/v1/port-orders/${f.portOrders.complete}/csr`, upload('image/png')],
  },
  {
    op: 'createHardwareOrder',
    name: 'a draft with its items',
    status: 201,
    request: (_f, api) => [
      '/v1/hardware-orders',
      { json: { items: [{ hardware_catalog_id: catalogId(api), quantity: 100 }] } },
    ],
    check: (b) => {
      assert.equal(b.status, 'draft');
      assert.equal(b.items[0].quantity, 100);
      assert.ok(b.items[0].hardware_catalog.model);
    },
  },
  {
    op: 'createHardwareOrder',
    name: 'quantity 101 → 400',
    status: 400,
    request: (_f, api) => [
      '/v1/hardware-orders',
      { json: { items: [{ hardware_catalog_id: catalogId(api), quantity: 101 }] } },
    ],
    check: (b) => assert.ok(b.details['items[0].quantity']),
  },
  {
    op: 'createHardwareOrder',
    name: 'the same item twice → 409',
    status: 409,
    request: (_f, api) => [
      '/v1/hardware-orders',
      {
        json: {
          items: [
            { hardware_catalog_id: catalogId(api), quantity: 1 },
            { hardware_catalog_id: catalogId(api), quantity: 2 },
          ],
        },
      },
    ],
  },
  {
    op: 'createHardwareOrder',
    name: 'an inactive item → 400',
    status: 400,
    request: (_f, api) => [
      '/v1/hardware-orders',
      { json: { items: [{ hardware_catalog_id: inactiveId(api), quantity: 1 }] } },
    ],
  },
  {
    op: 'listHardwareOrders',
    name: 'includes a new order',
    status: 200,
    request: async (_f, api) => (await newOrder(api), ['/v1/hardware-orders']),
    check: (b) => assert.equal(b.data.length, 1),
  },
  {
    op: 'listHardwareOrders',
    name: 'no token → 401',
    status: 401,
    request: () => ['/v1/hardware-orders', { token: null }],
  },
  {
    op: 'getHardwareOrder',
    name: 'a new order',
    status: 200,
    request: async (_f, api) => [`/v1/hardware-orders/${await newOrder(api)}`],
  },
  {
    op: 'getHardwareOrder',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/hardware-orders/hwo_nope'],
  },
  {
    op: 'updateHardwareOrder',
    name: 'replaces the items of a draft',
    status: 200,
    request: async (_f, api) => [
      `/v1/hardware-orders/${await newOrder(api)}`,
      { json: { items: [{ hardware_catalog_id: catalogId(api, 1), quantity: 3 }] } },
    ],
    check: (b, _f, api) => {
      assert.equal(b.items.length, 1);
      assert.equal(b.items[0].hardware_catalog_id, catalogId(api, 1));
    },
  },
  {
    op: 'updateHardwareOrder',
    name: 'no items → 400',
    status: 400,
    request: async (_f, api) => [
      `/v1/hardware-orders/${await newOrder(api)}`,
      { json: { items: [] } },
    ],
  },
  {
    op: 'listDevices',
    name: 'desk phones and a DECT base',
    status: 200,
    request: () => ['/v1/devices'],
    check: (b) =>
      assert.deepEqual(b.data.map((d: { type: string }) => d.type).sort(), [
        'dect_base',
        'deskphone',
        'deskphone',
      ]),
  },
  {
    op: 'listDevices',
    name: 'bad type → 400',
    status: 400,
    request: () => ['/v1/devices?type=softphone'],
  },
  {
    op: 'getDevice',
    name: 'a desk phone with its lines',
    status: 200,
    request: async (_f, api) => [`/v1/devices/${await deskphone(api)}`],
  },
  {
    op: 'getDevice',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/devices/dev_nope'],
  },
  {
    op: 'listDeviceUsers',
    name: 'the users on a desk phone',
    status: 200,
    request: async (_f, api) => [`/v1/devices/${await deskphone(api)}/users`],
  },
  {
    op: 'listDeviceUsers',
    name: 'unknown device → 404',
    status: 404,
    request: () => ['/v1/devices/dev_nope/users'],
  },
  {
    op: 'assignUserToDevice',
    name: 'a user on the next free line',
    status: 201,
    request: async (f, api) => [
      `/v1/devices/${await deskphone(api)}/users`,
      { json: { user_id: f.users.drWebb } },
    ],
    check: (b, f) => {
      assert.equal(b.user_id, f.users.drWebb);
      assert.equal(b.line_number, 1);
    },
  },
  {
    op: 'assignUserToDevice',
    name: 'a DECT base → 400',
    status: 400,
    request: async (f, api) => [
      `/v1/devices/${await dectBase(api)}/users`,
      { json: { user_id: f.users.drWebb } },
    ],
  },
  {
    op: 'assignUserToDevice',
    name: 'twice → 409',
    status: 409,
    request: async (f, api) => {
      const id = await deskphone(api);
      await api.json(`/v1/devices/${id}/users`, { json: { user_id: f.users.drWebb } });
      return [`/v1/devices/${id}/users`, { json: { user_id: f.users.drWebb } }];
    },
  },
  {
    op: 'removeUserFromDevice',
    name: 'an assigned user → 204',
    status: 204,
    request: async (f, api) => {
      const id = await deskphone(api);
      await api.json(`/v1/devices/${id}/users`, { json: { user_id: f.users.drWebb } });
      return [`/v1/devices/${id}/users/${f.users.drWebb}`, { method: 'DELETE' }];
    },
  },
  {
    op: 'removeUserFromDevice',
    name: 'not assigned → 404',
    status: 404,
    request: async (f, api) => [
      `/v1/devices/${await deskphone(api)}/users/${f.users.drPatel}`,
      { method: 'DELETE' },
    ],
  },
];
