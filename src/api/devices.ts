/**
 * Devices (desk phones, DECT bases) and hardware orders, as far as onboarding's progress reads
 * them. Typed from the contract (`schema.d.ts`); the devices step adds its own requests here.
 */
import type { DialstackClient } from '../core/types';
import { MAX_PAGE_LIMIT, type ReadOptions, type Schemas } from './shared';

export type Device = Schemas['Device'];
export type HardwareOrder = Schemas['HardwareOrder'];

/** The first page of devices (up to 100). */
export const devicesPage = (client: DialstackClient, options: ReadOptions = {}) =>
  client.page<Device>('/v1/devices', { ...options, query: { limit: MAX_PAGE_LIMIT } });

/** Every hardware order with its items (the contract does not page them). */
export const listHardwareOrders = (client: DialstackClient, options: ReadOptions = {}) =>
  client
    .get<{ object?: string; data?: HardwareOrder[] }>('/v1/hardware-orders', options)
    .then((body) => body.data ?? []);

/** True when someone is assigned to the device (a desk phone line or a handset extension). */
export const deviceHasUser = (device: Device): boolean =>
  (device.lines?.length ?? 0) > 0 ||
  (device.handsets ?? []).some((handset) => (handset.extensions?.length ?? 0) > 0);
