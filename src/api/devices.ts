/**
 * Hardware for onboarding: the catalog, hardware orders (editable while `draft`), the account's
 * devices and the users assigned to each. Typed from the contract (`schema.d.ts`); ids go through
 * `apiPath`; each mutation names the cache tags it invalidates.
 */
import { apiPath } from '../core/api-path';
import type { DialstackClient, ListPage } from '../core/types';
import {
  MAX_PAGE_LIMIT,
  pageOf,
  type PageOptions,
  type QueryOf,
  type ReadOptions,
  type Schemas,
  type WriteOptions,
} from './shared';

export type HardwareCatalogItem = Schemas['HardwareCatalogItem'];
export type HardwareOrder = Schemas['HardwareOrder'];
export type HardwareOrderItem = Schemas['HardwareOrderItem'];
export type HardwareOrderRequest = Schemas['HardwareOrderRequest'];
export type Device = Schemas['Device'];
export type DeviceUserAssignment = Schemas['DeviceUserAssignment'];
export type DeviceListQuery = QueryOf<'listDevices'>;

/** The contract's range for a line's quantity. */
export const HARDWARE_QUANTITY_MIN = 1;
export const HARDWARE_QUANTITY_MAX = 100;

export const DEVICE_TAGS = {
  catalog: 'catalog',
  orders: 'hardware-orders',
  devices: 'devices',
} as const;

const orderPath = (id: string) => apiPath('/v1/hardware-orders/{order_id}', { order_id: id });
const usersPath = (deviceId: string) => apiPath('/v1/devices/{id}/users', { id: deviceId });

/** The active hardware items. */
export const listCatalog = (client: DialstackClient, options: ReadOptions = {}) =>
  client
    .get<{ data?: HardwareCatalogItem[] }>('/v1/catalog', options)
    .then((body) => body.data ?? []);

/** The account's hardware orders, with their items. */
export const listHardwareOrders = (client: DialstackClient, options: ReadOptions = {}) =>
  client
    .get<{ data?: HardwareOrder[] }>('/v1/hardware-orders', options)
    .then((body) => body.data ?? []);

export const getHardwareOrder = (client: DialstackClient, id: string, options: ReadOptions = {}) =>
  client.get<HardwareOrder>(orderPath(id), options);

/** A new `draft` order with these items (201). */
export const createHardwareOrder = (
  client: DialstackClient,
  body: HardwareOrderRequest,
  options: WriteOptions = {},
) =>
  client.post<HardwareOrder>('/v1/hardware-orders', body, {
    ...options,
    invalidates: [DEVICE_TAGS.orders],
  });

/** Replaces every item of a `draft` order (409 once it is no longer a draft). */
export const updateHardwareOrder = (
  client: DialstackClient,
  id: string,
  body: HardwareOrderRequest,
  options: WriteOptions = {},
) =>
  client.post<HardwareOrder>(orderPath(id), body, {
    ...options,
    invalidates: [DEVICE_TAGS.orders],
  });

/** One page of devices (deskphones and DECT bases), newest first. */
export const devicesPage = (
  client: DialstackClient,
  options: PageOptions<DeviceListQuery> = {},
): Promise<ListPage<Device>> =>
  pageOf<Device, DeviceListQuery>(client, '/v1/devices', {
    query: { limit: MAX_PAGE_LIMIT },
    ...options,
  });

/** Every device (all pages). */
export async function listDevices(client: DialstackClient, options: ReadOptions = {}) {
  const all: Device[] = [];
  for await (const device of client.list<Device>('/v1/devices', {
    ...options,
    query: { limit: MAX_PAGE_LIMIT },
  }))
    all.push(device);
  return all;
}

/** The users assigned to a device (at most 24, one page). */
export const listDeviceUsers = (
  client: DialstackClient,
  deviceId: string,
  options: ReadOptions = {},
) =>
  client
    .get<{ data: DeviceUserAssignment[] }>(usersPath(deviceId), options)
    .then((body) => body.data);

/** Puts a user on the device's next free line (201). */
export const assignUserToDevice = (
  client: DialstackClient,
  deviceId: string,
  userId: string,
  options: WriteOptions = {},
) =>
  client.post<DeviceUserAssignment>(
    usersPath(deviceId),
    { user_id: userId },
    { ...options, invalidates: [DEVICE_TAGS.devices] },
  );

/** Takes a user off a device (204). */
export const removeUserFromDevice = (
  client: DialstackClient,
  deviceId: string,
  userId: string,
  options: WriteOptions = {},
) =>
  client.delete(apiPath('/v1/devices/{id}/users/{user_id}', { id: deviceId, user_id: userId }), {
    ...options,
    invalidates: [DEVICE_TAGS.devices],
  });
