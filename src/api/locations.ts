/**
 * Business locations and their emergency (E911) address (`/v1/locations`). Typed from the
 * contract (`schema.d.ts`); ids go through `apiPath`; each mutation names the cache tags it
 * invalidates.
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

export type Location = Schemas['Location'];
export type LocationAddress = Schemas['Address'];
export type AddressInput = Schemas['AddressInput'];
export type AddressCountry = AddressInput['country'];
export type E911Status = Location['e911_status'];
export type E911Validation = Schemas['E911ValidationResponse'];
export type CreateLocationRequest = Schemas['CreateLocationRequest'];
export type UpdateLocationRequest = Schemas['UpdateLocationRequest'];
export type LocationListQuery = QueryOf<'listLocations'>;

/** Every E911 status, in the order provisioning goes through them. */
export const E911_STATUSES: readonly E911Status[] = [
  'none',
  'pending',
  'binding',
  'provisioned',
  'failed',
];

/** E911 statuses that will not change on their own. */
export const isE911Settled = (status: E911Status): boolean =>
  status === 'none' || status === 'provisioned' || status === 'failed';

/** The cache tag of every location read (derived from the path's first segment). */
export const LOCATION_TAG = 'locations';

const locationPath = (id: string, suffix = '') =>
  apiPath(`/v1/locations/{location_id}${suffix}`, { location_id: id });

export const locationsPage = (
  client: DialstackClient,
  options: PageOptions<LocationListQuery> = {},
): Promise<ListPage<Location>> =>
  pageOf<Location, LocationListQuery>(client, '/v1/locations', options);

/** Every location (the contract pages them; an account has a handful). */
export async function listAllLocations(
  client: DialstackClient,
  options: ReadOptions = {},
): Promise<Location[]> {
  const all: Location[] = [];
  for await (const location of client.list<Location>('/v1/locations', {
    ...options,
    query: { limit: MAX_PAGE_LIMIT },
  }))
    all.push(location);
  return all;
}

/** One location, fresh (its `e911_status` is what a follower waits on). */
export const getLocation = (client: DialstackClient, id: string, options: ReadOptions = {}) =>
  client.get<Location>(locationPath(id), { cache: 'no-store', ...options });

export const createLocation = (
  client: DialstackClient,
  body: CreateLocationRequest,
  options: WriteOptions = {},
) => client.post<Location>('/v1/locations', body, { ...options, invalidates: [LOCATION_TAG] });

export const updateLocation = (
  client: DialstackClient,
  id: string,
  body: UpdateLocationRequest,
  options: WriteOptions = {},
) => client.post<Location>(locationPath(id), body, { ...options, invalidates: [LOCATION_TAG] });

/** The address the provider will use for E911, and whether it was adjusted. Changes nothing. */
export const validateLocationE911 = (
  client: DialstackClient,
  id: string,
  options: WriteOptions = {},
) =>
  client.post<E911Validation>(locationPath(id, '/validate-e911'), undefined, {
    ...options,
    invalidates: [],
  });

/** Starts E911 provisioning (needs a primary number; 400 otherwise). */
export const provisionLocationE911 = (
  client: DialstackClient,
  id: string,
  options: WriteOptions = {},
) =>
  client.post<Location>(locationPath(id, '/provision-e911'), undefined, {
    ...options,
    invalidates: [LOCATION_TAG],
  });
