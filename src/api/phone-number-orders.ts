/**
 * Buying numbers: search what is available, place a purchase order and follow it. Typed from
 * the contract (`schema.d.ts`); ids go through `apiPath`; each mutation names the cache tags it
 * invalidates.
 */
import { apiPath } from '../core/api-path';
import type { DialstackClient } from '../core/types';
import type { operations } from './schema';
import { MAX_PAGE_LIMIT, type ReadOptions, type Schemas, type WriteOptions } from './shared';

export type AvailablePhoneNumber = Schemas['AvailablePhoneNumber'];
export type NumberOrder = Schemas['NumberOrder'];
export type NumberOrderStatus = NumberOrder['status'];
export type CreateNumberOrderRequest = Schemas['CreateNumberOrderRequest'];
export type AvailableNumberQuery = NonNullable<
  operations['searchAvailablePhoneNumbers']['parameters']['query']
>;

/** Numbers available for purchase; never cached (inventory changes under you). */
export const searchAvailablePhoneNumbers = (
  client: DialstackClient,
  query: AvailableNumberQuery,
  options: ReadOptions = {},
) =>
  client
    .get<{ data: AvailablePhoneNumber[] }>('/v1/available-phone-numbers', {
      cache: 'no-store',
      ...options,
      query: { ...query },
    })
    .then((body) => body.data);

/** Places a purchase order (201, `pending`). */
export const createNumberOrder = (
  client: DialstackClient,
  body: CreateNumberOrderRequest,
  options: WriteOptions = {},
) =>
  client.post<NumberOrder>('/v1/phone-number-orders', body, {
    ...options,
    invalidates: ['phone-number-orders', 'phone-numbers'],
  });

/** One order, fresh from the API (the API refreshes a pending order from the provider). */
export const getNumberOrder = (client: DialstackClient, id: string, options: ReadOptions = {}) =>
  client.get<NumberOrder>(apiPath('/v1/phone-number-orders/{order_id}', { order_id: id }), {
    cache: 'no-store',
    ...options,
  });

/** Pending purchase orders (numbers still arriving), newest first, up to 100. */
export const pendingPurchaseOrders = (client: DialstackClient, options: ReadOptions = {}) =>
  client
    .page<NumberOrder>('/v1/phone-number-orders', {
      ...options,
      // The contract's filter value for purchase orders is `order`.
      query: { status: 'pending', order_type: 'order', limit: MAX_PAGE_LIMIT },
    })
    .then((page) => page.data.filter((order) => order.order_type === 'purchase'));
