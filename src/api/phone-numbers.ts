/**
 * The account's phone numbers, their routing and disconnection, port orders (with their event
 * timelines) and the lists of routing targets. Typed from the contract (`schema.d.ts`); ids go
 * through `apiPath`; each mutation names the cache tags it invalidates. Every function takes the
 * client first and ends with an options object (`signal`, `cache`, `timeoutMs`).
 */
import { apiPath } from '../core/api-path';
import type { DialstackClient, ListPage, Query } from '../core/types';
import type { NumberOrder } from './phone-number-orders';
import type { operations } from './schema';
import {
  MAX_PAGE_LIMIT,
  pageOf,
  type PageOptions,
  type QueryOf,
  type ReadOptions,
  type Schemas,
  type WriteOptions,
} from './shared';

type BodyOf<K extends keyof operations> = operations[K] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type PhoneNumber = Schemas['PhoneNumber'];
export type PhoneNumberStatus = PhoneNumber['status'];
export type DirectoryListingType = NonNullable<PhoneNumber['directory_listing_type']>;
export type UpdatePhoneNumberRequest = BodyOf<'updatePhoneNumber'>;
export type PortOrder = Schemas['PortOrder'];
export type PortOrderStatus = PortOrder['status'];
export type PortOrderEvent = Schemas['PortOrderEvent'];
export type { Location } from './locations';
export type RingGroup = Schemas['RingGroup'];
export type DialPlan = Schemas['DialPlan'];
export type VoiceApp = Schemas['VoiceApp'];

/** Cache tags (the client derives a GET's tag from its path's first segment). */
export const PHONE_NUMBER_TAGS = {
  numbers: 'phone-numbers',
  orders: 'phone-number-orders',
  portOrders: 'port-orders',
} as const;

export type PhoneNumberListQuery = QueryOf<'listPhoneNumbers'>;
export type PortOrderListQuery = QueryOf<'listPortOrders'>;

const numberPath = (id: string, suffix = '') =>
  apiPath(`/v1/phone-numbers/{phone_number_id}${suffix}`, { phone_number_id: id });

// ---- Numbers ----

export const phoneNumbersPage = (
  client: DialstackClient,
  options: PageOptions<PhoneNumberListQuery> = {},
) => pageOf<PhoneNumber, PhoneNumberListQuery>(client, '/v1/phone-numbers', options);

export const getPhoneNumber = (client: DialstackClient, id: string, options: ReadOptions = {}) =>
  client.get<PhoneNumber>(numberPath(id), options);

/** Caller ID name, directory listing, outbound calling, status. */
export const updatePhoneNumber = (
  client: DialstackClient,
  id: string,
  body: UpdatePhoneNumberRequest,
  options: WriteOptions = {},
) =>
  client.post<PhoneNumber>(numberPath(id), body, {
    ...options,
    invalidates: [PHONE_NUMBER_TAGS.numbers],
  });

/** Routes inbound calls to a target id, or clears the routing with `null`. */
export const routePhoneNumber = (
  client: DialstackClient,
  id: string,
  routingTarget: string | null,
  options: WriteOptions = {},
) =>
  client.post<PhoneNumber>(
    numberPath(id, '/route'),
    { routing_target: routingTarget },
    { ...options, invalidates: [PHONE_NUMBER_TAGS.numbers] },
  );

/** Releases the number: a disconnect order (201) that ends with the number `released`. */
export const disconnectPhoneNumber = (
  client: DialstackClient,
  id: string,
  options: WriteOptions = {},
) =>
  client.post<NumberOrder>(numberPath(id, '/disconnect'), undefined, {
    ...options,
    invalidates: [PHONE_NUMBER_TAGS.numbers, PHONE_NUMBER_TAGS.orders],
  });

// ---- Port orders ----

export const portOrdersPage = (
  client: DialstackClient,
  options: PageOptions<PortOrderListQuery> = {},
) => pageOf<PortOrder, PortOrderListQuery>(client, '/v1/port-orders', options);

export const getPortOrder = (client: DialstackClient, id: string, options: ReadOptions = {}) =>
  client.get<PortOrder>(apiPath('/v1/port-orders/{order_id}', { order_id: id }), options);

/** A port order's status changes, newest first. */
export const listPortOrderEvents = (
  client: DialstackClient,
  id: string,
  options: ReadOptions = {},
) =>
  client.get<{ object: 'list'; data: PortOrderEvent[] }>(
    apiPath('/v1/port-orders/{order_id}/events', { order_id: id }),
    options,
  );

// ---- Locations (for directory listings): one definition, in ./locations ----

export { locationsPage } from './locations';

// ---- Routing targets ----

export type RoutingTargetKind =
  'user' | 'ring_group' | 'dial_plan' | 'voice_app' | 'shared_voicemail_box';

export interface RoutingTarget {
  kind: RoutingTargetKind;
  id: string;
  name: string;
}

/** Where each kind of routing target is listed, and the prefix of its ids. */
export const ROUTING_TARGET_LISTS: Record<RoutingTargetKind, { path: string; prefix: string }> = {
  user: { path: '/v1/users', prefix: 'user_' },
  ring_group: { path: '/v1/ring_groups', prefix: 'rg_' },
  dial_plan: { path: '/v1/dialplans', prefix: 'dp_' },
  voice_app: { path: '/v1/voice-apps', prefix: 'va_' },
  shared_voicemail_box: { path: '/v1/shared_voicemail_boxes', prefix: 'svm_' },
};

export const ROUTING_TARGET_KINDS = Object.keys(ROUTING_TARGET_LISTS) as RoutingTargetKind[];

/** The kind of target an id names, from its prefix (undefined when unknown). */
export function routingTargetKind(id: string): RoutingTargetKind | undefined {
  return ROUTING_TARGET_KINDS.find((kind) => id.startsWith(ROUTING_TARGET_LISTS[kind].prefix));
}

/** One page (up to 100) of one kind of routing target. */
export async function routingTargetsPage(
  client: DialstackClient,
  kind: RoutingTargetKind,
  options: PageOptions<Query> = {},
): Promise<ListPage<RoutingTarget>> {
  const page = await pageOf<{ id: string; name?: string | null }, Query>(
    client,
    ROUTING_TARGET_LISTS[kind].path,
    { query: { limit: MAX_PAGE_LIMIT }, ...options },
  );
  return {
    ...page,
    data: page.data.map((item) => ({ kind, id: item.id, name: item.name ?? item.id })),
  };
}

/** Every target of one kind (all pages; cached per page, so shared between elements). */
export async function listRoutingTargets(
  client: DialstackClient,
  kind: RoutingTargetKind,
  options: ReadOptions = {},
): Promise<RoutingTarget[]> {
  const all: RoutingTarget[] = [];
  let pageUrl: string | null = null;
  do {
    const page: ListPage<RoutingTarget> = await routingTargetsPage(client, kind, {
      ...options,
      pageUrl,
    });
    all.push(...page.data);
    pageUrl = page.next_page_url;
  } while (pageUrl);
  return all;
}
