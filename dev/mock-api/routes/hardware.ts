/**
 * Hardware for onboarding: hardware orders (created as `draft`, items replaced while draft) and
 * devices with the users assigned to them. The state hangs off the store's current data, so
 * `reset()` (which replaces `store.data`) starts it over from the seed below.
 */
import type { HttpHandler } from 'msw';
import type { components } from '../../../src/api/schema';
import { conflict, notFound, validationError } from '../errors';
import { paginate } from '../pagination';
import { json, noContent, route } from '../route';
import type { MockStore } from '../store';
import { DAY, iso } from '../time';
import type { StoreData } from '../types';

type Schemas = components['schemas'];
type HardwareOrder = Schemas['HardwareOrder'];
type Device = Schemas['Device'];
type Assignment = Schemas['DeviceUserAssignment'];

interface HardwareState {
  orders: HardwareOrder[];
  devices: Device[];
  /** Device id -> its users, in line order. */
  assignments: Map<string, Assignment[]>;
}

const MAX_LINES = 24;
const states = new WeakMap<StoreData, HardwareState>();

/** Two desk phones (one with the first user on line 1) and a DECT base, seeded on first use. */
function seedHardware(store: MockStore): HardwareState {
  const at = (days: number) => iso(store.seededAt - days * DAY);
  const device = (
    type: Device['type'],
    mac: string,
    model: string,
    days: number,
    extra: Partial<Device> = {},
  ): Device => ({
    id: store.nextId('dev'),
    type,
    mac_address: mac,
    vendor: model.startsWith('W') ? 'yealink' : 'yealink',
    model,
    status: 'provisioned',
    current_ip_address: null,
    last_provisioned_at: at(days - 1),
    created_at: at(days),
    updated_at: at(days - 1),
    ...extra,
  });
  const devices = [
    device('deskphone', '80:5e:c0:11:22:01', 'T54W', 30, { lines: [] }),
    device('deskphone', '80:5e:c0:11:22:02', 'T46U', 20, { lines: [] }),
    device('dect_base', '80:5e:c0:11:22:03', 'W70B', 10, { handsets: [], max_handsets: 10 }),
  ].reverse();
  const assignments = new Map<string, Assignment[]>();
  const firstUser = store.data.users[0];
  const oldest = devices[devices.length - 1]!;
  if (firstUser)
    assignments.set(oldest.id, [
      { user_id: firstUser.id, device_id: oldest.id, line_number: 1, created_at: at(29) },
    ]);
  return { orders: [], devices, assignments };
}

export function hardwareRoutes(store: MockStore): HttpHandler[] {
  const state = () => {
    let current = states.get(store.data);
    if (!current) states.set(store.data, (current = seedHardware(store)));
    return current;
  };
  const findOrder = (id: string | undefined) => {
    const order = state().orders.find((o) => o.id === id);
    if (!order) throw notFound('HardwareOrderNotFound');
    return order;
  };
  const findDevice = (id: string | undefined) => {
    const device = state().devices.find((d) => d.id === id);
    if (!device) throw notFound('DeviceNotFound');
    return device;
  };
  /** The request's items, checked against the catalog; a catalog item twice is a 409. */
  const itemsOf = (body: unknown, now: string): NonNullable<HardwareOrder['items']> => {
    const { items } = body as { items: { hardware_catalog_id: string; quantity: number }[] };
    const problems: Record<string, string> = {};
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const entry = store.data.catalog.find((c) => c.id === item.hardware_catalog_id);
      if (!entry || !entry.active)
        problems[`items[${i}].hardware_catalog_id`] = 'is not an active catalog item';
    });
    if (Object.keys(problems).length) throw validationError('Invalid request body', problems);
    for (const item of items) {
      if (seen.has(item.hardware_catalog_id))
        throw conflict('Duplicate catalog item in order', {
          hardware_catalog_id: item.hardware_catalog_id,
        });
      seen.add(item.hardware_catalog_id);
    }
    return items.map((item) => ({
      id: store.nextId('hwi'),
      hardware_catalog_id: item.hardware_catalog_id,
      quantity: item.quantity,
      hardware_catalog: store.data.catalog.find((c) => c.id === item.hardware_catalog_id)!,
      created_at: now,
      updated_at: now,
    }));
  };
  const withLines = (device: Device): Device => {
    if (device.type !== 'deskphone') return device;
    const lines = (state().assignments.get(device.id) ?? []).map((a) => ({
      id: `dln_${device.id.slice(4)}_${a.line_number}`,
      device_id: device.id,
      endpoint_id:
        store.data.endpoints.find((e) => e.user_id === a.user_id)?.id ?? `ep_${a.user_id}`,
      line_number: a.line_number ?? 1,
      created_at: a.created_at,
      updated_at: a.created_at,
    }));
    return { ...device, lines };
  };

  return [
    route(store, 'createHardwareOrder', ({ body }) => {
      const now = iso(store.now());
      const order: HardwareOrder = {
        id: store.nextId('hwo'),
        status: 'draft',
        items: itemsOf(body, now),
        created_at: now,
        updated_at: now,
      };
      state().orders.unshift(order);
      return json(order, 201);
    }),

    route(store, 'listHardwareOrders', ({ url }) =>
      json({ object: 'list', url: url.pathname, data: state().orders }),
    ),

    route(store, 'getHardwareOrder', ({ params }) => json(findOrder(params.order_id))),

    route(store, 'updateHardwareOrder', ({ params, body }) => {
      const order = findOrder(params.order_id);
      if (order.status !== 'draft')
        throw conflict('Order not in draft status', { status: order.status });
      const now = iso(store.now());
      order.items = itemsOf(body, now);
      order.updated_at = now;
      return json(order);
    }),

    route(store, 'listDevices', ({ query, url }) => {
      const devices = state().devices.filter(
        (d) => query.type === undefined || d.type === query.type,
      );
      return json(
        paginate(devices.map(withLines), {
          url,
          limit: query.limit ?? 10,
          key: (d) => d.created_at,
          id: (d) => d.id,
        }),
      );
    }),

    route(store, 'getDevice', ({ params }) => json(withLines(findDevice(params.id)))),

    route(store, 'listDeviceUsers', ({ params, url }) => {
      const device = findDevice(params.id);
      return json({
        object: 'list',
        url: url.pathname,
        next_page_url: null,
        previous_page_url: null,
        data: state().assignments.get(device.id) ?? [],
      });
    }),

    route(store, 'assignUserToDevice', ({ params, body }) => {
      const device = findDevice(params.id);
      const { user_id } = body as { user_id: string };
      if (device.type === 'dect_base')
        throw validationError('Users are assigned to DECT handsets, not to the base', {
          user_id: 'cannot be assigned to a DECT base; assign it to a handset',
        });
      if (!store.data.users.some((u) => u.id === user_id))
        throw validationError('Invalid request body', { user_id: 'is not a user of this account' });
      const list = state().assignments.get(device.id) ?? [];
      if (list.some((a) => a.user_id === user_id))
        throw conflict('user is already assigned to this device');
      if (list.length >= MAX_LINES) throw conflict('device has reached the maximum of 24 lines');
      const used = new Set(list.map((a) => a.line_number));
      let line = 1;
      while (used.has(line)) line++;
      const assignment: Assignment = {
        user_id,
        device_id: device.id,
        line_number: line,
        created_at: iso(store.now()),
      };
      state().assignments.set(
        device.id,
        [...list, assignment].sort((a, b) => (a.line_number ?? 0) - (b.line_number ?? 0)),
      );
      return json(assignment, 201);
    }),

    route(store, 'removeUserFromDevice', ({ params }) => {
      const device = findDevice(params.id);
      const list = state().assignments.get(device.id) ?? [];
      if (!list.some((a) => a.user_id === params.user_id)) throw notFound('DeviceNotFound');
      state().assignments.set(
        device.id,
        list.filter((a) => a.user_id !== params.user_id),
      );
      return noContent();
    }),
  ];
}
