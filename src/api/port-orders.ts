/**
 * Porting numbers in: the eligibility check, and a port order's writes — create the draft, update
 * it, upload its documents (bill copy, CSR), approve it with the customer's signature and submit
 * it. Reads (`getPortOrder`, `listPortOrderEvents`) live in `phone-numbers.ts`. Typed from the
 * contract (`schema.d.ts`); ids go through `apiPath`; each mutation names the tags it invalidates.
 */
import { apiPath } from '../core/api-path';
import type { DialstackClient } from '../core/types';
import type { PortOrder } from './phone-numbers';
import type { Schemas, WriteOptions } from './shared';

export type PortInEligibilityResult = Schemas['PortInEligibilityResult'];
export type PortableNumber = Schemas['PortableNumber'];
export type NonPortableNumber = Schemas['NonPortableNumber'];
export type PortSubscriber = Schemas['PortSubscriber'];
export type PortAddress = Schemas['PortAddress'];
export type CreatePortOrderRequest = Schemas['CreatePortOrderRequest'];
export type UpdatePortOrderRequest = Schemas['UpdatePortOrderRequest'];
export type PortRejection = Schemas['PortRejection'];

/** The documents a port order takes, by their path segment. */
export type PortDocumentKind = 'bill-copy' | 'csr';

/** The contract's limits on a port document: PDF, PNG, JPG, TIFF; at most 3 MB. */
export const PORT_DOCUMENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/tiff',
] as const;
export const PORT_DOCUMENT_MAX_BYTES = 3 * 1024 * 1024;

/** The contract's maximum of numbers in one eligibility check or port order. */
export const PORT_MAX_NUMBERS = 100;

const TAGS = ['port-orders', 'phone-numbers'];
const orderPath = (id: string, suffix = '') =>
  apiPath(`/v1/port-orders/{order_id}${suffix}`, { order_id: id });

/** Which numbers can be ported, from which carrier, and which need an account number. */
export const checkPortInEligibility = (
  client: DialstackClient,
  phoneNumbers: readonly string[],
  options: WriteOptions = {},
) =>
  client.post<PortInEligibilityResult>(
    '/v1/port-in-eligibility',
    { phone_numbers: [...phoneNumbers] },
    // A check changes nothing.
    { ...options, invalidates: [] },
  );

/** Creates a draft port order (201, `draft`). */
export const createPortOrder = (
  client: DialstackClient,
  body: CreatePortOrderRequest,
  options: WriteOptions = {},
) => client.post<PortOrder>('/v1/port-orders', body, { ...options, invalidates: TAGS });

/** Updates a draft, approved (approval cleared) or exception order. */
export const updatePortOrder = (
  client: DialstackClient,
  id: string,
  body: UpdatePortOrderRequest,
  options: WriteOptions = {},
) => client.post<PortOrder>(orderPath(id), body, { ...options, invalidates: TAGS });

/** Uploads a bill copy or CSR (multipart `file`); check type and size first. */
export function uploadPortOrderDocument(
  client: DialstackClient,
  id: string,
  kind: PortDocumentKind,
  file: Blob,
  fileName = 'document',
  options: WriteOptions = {},
) {
  const form = new FormData();
  form.append('file', file, file instanceof File ? file.name : fileName);
  return client.post<{ message?: string }>(orderPath(id, `/${kind}`), form, {
    ...options,
    invalidates: ['port-orders'],
  });
}

/** The customer's approval: typed signature and their IP address (`draft` → `approved`). */
export const approvePortOrder = (
  client: DialstackClient,
  id: string,
  body: { signature: string; ip: string },
  options: WriteOptions = {},
) => client.post<PortOrder>(orderPath(id, '/approve'), body, { ...options, invalidates: TAGS });

/** Sends an approved order to the carrier (`approved` → `submitted`). */
export const submitPortOrder = (client: DialstackClient, id: string, options: WriteOptions = {}) =>
  client.post<PortOrder>(orderPath(id, '/submit'), undefined, { ...options, invalidates: TAGS });
