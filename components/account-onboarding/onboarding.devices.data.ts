/**
 * The data of the onboarding devices step: what it loads (catalog, hardware orders, devices with
 * their users, the account's users) and the hardware order's quantities, checked against the
 * contract's range before anything is sent.
 */
import {
  HARDWARE_QUANTITY_MAX,
  HARDWARE_QUANTITY_MIN,
  listCatalog,
  listDeviceUsers,
  listDevices,
  listHardwareOrders,
  type Device,
  type DeviceUserAssignment,
  type HardwareCatalogItem,
  type HardwareOrder,
  type HardwareOrderRequest,
} from '../../src/api/devices';
import { listUsers, type User } from '../../src/api/users';
import type { DialstackClient } from '../../src/core/types';

export const QUANTITIES_KEY = 'devices.quantities';

export interface HardwareData {
  catalog: HardwareCatalogItem[];
  orders: HardwareOrder[];
}

export interface DeviceData {
  devices: (Device & { users: DeviceUserAssignment[] })[];
  users: User[];
}

export async function loadHardware(
  client: DialstackClient,
  signal: AbortSignal,
): Promise<HardwareData> {
  const [catalog, orders] = await Promise.all([
    listCatalog(client, { signal }),
    listHardwareOrders(client, { signal }),
  ]);
  return { catalog, orders };
}

export async function loadDevices(
  client: DialstackClient,
  signal: AbortSignal,
): Promise<DeviceData> {
  const users: User[] = [];
  const [devices] = await Promise.all([
    listDevices(client, { signal }),
    (async () => {
      for await (const user of listUsers(client, { signal, query: { limit: 100 } }))
        users.push(user);
    })(),
  ]);
  const withUsers = await Promise.all(
    devices.map(async (device) => ({
      ...device,
      users:
        device.type === 'dect_base' ? [] : await listDeviceUsers(client, device.id, { signal }),
    })),
  );
  return { devices: withUsers, users };
}

/** The order still being put together (the newest draft), if any. */
export const draftOrder = (orders: readonly HardwareOrder[]) =>
  orders.find((order) => order.status === 'draft');

/** Quantities by catalog id, as typed ('' = not ordered). */
export type Quantities = Record<string, string>;

export const quantitiesOf = (order: HardwareOrder | undefined): Quantities =>
  Object.fromEntries((order?.items ?? []).map((i) => [i.hardware_catalog_id!, String(i.quantity)]));

export type QuantityProblem = 'range' | 'nothing';

/** Each typed quantity must be a whole number from 1 to 100 (empty or 0: not ordered). */
export function checkQuantities(
  quantities: Quantities,
):
  | { ok: true; body: HardwareOrderRequest }
  | { ok: false; problems: Record<string, QuantityProblem> } {
  const problems: Record<string, QuantityProblem> = {};
  const items: HardwareOrderRequest['items'] = [];
  for (const [id, raw] of Object.entries(quantities)) {
    const text = raw.trim();
    if (text === '' || text === '0') continue;
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < HARDWARE_QUANTITY_MIN || n > HARDWARE_QUANTITY_MAX)
      problems[id] = 'range';
    else items.push({ hardware_catalog_id: id, quantity: n });
  }
  if (Object.keys(problems).length) return { ok: false, problems };
  if (!items.length) return { ok: false, problems: { form: 'nothing' } };
  return { ok: true, body: { items } };
}
