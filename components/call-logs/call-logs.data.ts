/**
 * Data for `<dialstack-call-logs>`. Nothing here touches the DOM; requests are built in
 * `src/api/` and every function passes the caller's AbortSignal through.
 *
 * - `callCursors`: the account's calls matching the filters, newest first, through the shared
 *   `CursorMerge` (`GET /v1/calls`, following `next_page_url`). The phone-number filter matches
 *   `from_number` OR `to_number`, which the API filters one at a time: two cursors then, merged.
 * - `matchesFilters`: whether a call (from a live event) belongs in the filtered list.
 * - `fetchUsers`, `fetchRecording`, `fetchTranscript`: a 404 on the recording or transcript
 *   means "this call has no recording" and resolves to null.
 */
import {
  callTime,
  getCallRecording,
  getCallTranscript,
  mergeCalls,
  type CallListQuery,
  type CallLog,
  type CallRecording,
  type CallTranscript,
} from '../../src/api/calls';
import type { CursorMerge } from '../../src/api/cursor-merge';
import { hasStatus, MAX_PAGE_LIMIT } from '../../src/api/shared';
import { listUsers, type User } from '../../src/api/users';
import type { DialstackClient } from '../../src/core/types';

export type { CallLog, User };
export type Transcript = CallTranscript;
export type Recording = CallRecording;

export type CallDirectionFilter = 'inbound' | 'outbound' | 'internal';
export type CallStatusFilter = 'completed' | 'no-answer' | 'busy' | 'failed' | 'voicemail';

export const CALL_DIRECTIONS: readonly CallDirectionFilter[] = ['inbound', 'outbound', 'internal'];
export const CALL_STATUSES: readonly CallStatusFilter[] = [
  'completed',
  'no-answer',
  'busy',
  'failed',
  'voicemail',
];

/** The contract's maximum `limit` for `GET /v1/calls`. */
export const MAX_LIMIT = MAX_PAGE_LIMIT;

/**
 * The six filters of call logs. As the element's inputs (`CallFilterValues`) a date may be a
 * calendar day (`YYYY-MM-DD`, in the element's time zone) or an instant; in the API's terms
 * (`CallQueryFilters`) dates are resolved to ISO 8601 instants.
 */
export interface CallFilterValues {
  direction?: CallDirectionFilter;
  status?: CallStatusFilter;
  userId?: string;
  /** Calls started on or after this instant (or day). */
  fromDate?: string;
  /** Calls started before this instant (or on or before this day). */
  toDate?: string;
  /** Exact match on `from_number` OR `to_number` (E.164 or an extension). */
  phoneNumber?: string;
}

/** Filters in the API's terms (dates already resolved to ISO 8601 instants). */
export type CallQueryFilters = CallFilterValues;

export function isDirection(value: unknown): value is CallDirectionFilter {
  return typeof value === 'string' && (CALL_DIRECTIONS as readonly string[]).includes(value);
}

export function isStatus(value: unknown): value is CallStatusFilter {
  return typeof value === 'string' && (CALL_STATUSES as readonly string[]).includes(value);
}

export function clampLimit(value: unknown, fallback = MAX_LIMIT): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n) || n < 1) return fallback;
  return Math.min(MAX_LIMIT, Math.floor(n));
}

/**
 * The filters in the API's terms (dates already resolved to instants); the phone number
 * normalized for `country`, or null when it is not a usable number (nothing to request).
 * Synchronous without a phone number (the list's request can then leave at once); a promise
 * with one (normalizing may load the phone library).
 */
export function queryFilters(
  values: Pick<CallQueryFilters, 'direction' | 'status' | 'userId'> & {
    fromDate?: string | null;
    toDate?: string | null;
    phone: string;
  },
  country: string,
): CallQueryFilters | Promise<CallQueryFilters | null> {
  const { direction, status, userId, fromDate, toDate, phone } = values;
  const filters: CallQueryFilters = { direction, status, userId };
  if (fromDate) filters.fromDate = fromDate;
  if (toDate) filters.toDate = toDate;
  if (!phone) return filters;
  return normalizePhoneQuery(phone, country).then((normalized) =>
    normalized ? { ...filters, phoneNumber: normalized } : null,
  );
}

/**
 * How many filters are set (a date range counts once); with `validOnly`, a direction or
 * status the API does not know (ignored, never sent) does not count.
 */
export function countActiveFilters(filters: CallFilterValues, validOnly = false): number {
  const { direction, status, userId, fromDate, toDate, phoneNumber } = filters;
  return [
    validOnly ? isDirection(direction) : direction,
    validOnly ? isStatus(status) : status,
    userId,
    fromDate || toDate,
    phoneNumber,
  ].filter(Boolean).length;
}

/** The query (without `limit`) shared by every cursor. */
function baseQuery(filters: CallQueryFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.direction) query.direction = filters.direction;
  if (filters.status) query.status = filters.status;
  if (filters.userId) query.user_id = filters.userId;
  if (filters.fromDate) query.from_date = filters.fromDate;
  if (filters.toDate) query.to_date = filters.toDate;
  return query;
}

/** One query per cursor: one normally, two (`from_number`, `to_number`) for a phone filter. */
export function callQueries(filters: CallQueryFilters, limit: number): CallListQuery[] {
  const base = { ...baseQuery(filters), limit: clampLimit(limit) };
  if (!filters.phoneNumber) return [base];
  return [
    { ...base, from_number: filters.phoneNumber },
    { ...base, to_number: filters.phoneNumber },
  ];
}

/** Whether a call belongs in a list with these filters (used for live insertion). */
export function matchesFilters(call: CallLog, filters: CallQueryFilters): boolean {
  if (filters.direction && call.direction !== filters.direction) return false;
  if (filters.status && call.status !== filters.status) return false;
  if (filters.userId && call.user_id !== filters.userId) return false;
  if (
    filters.phoneNumber &&
    call.from_number !== filters.phoneNumber &&
    call.to_number !== filters.phoneNumber
  ) {
    return false;
  }
  const started = callTime(call);
  if (filters.fromDate && !(started >= Date.parse(filters.fromDate))) return false;
  if (filters.toDate && !(started < Date.parse(filters.toDate))) return false;
  return true;
}

function isCallLike(value: unknown): value is CallLog {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string' &&
    typeof (value as { started_at?: unknown }).started_at === 'string'
  );
}

/**
 * The calls matching `filters`, newest first, `limit` per request: one cursor, or two merged
 * (`from_number`, `to_number`) for a phone filter. Only the first request of a cursor carries
 * the query; later ones follow the API's `next_page_url` as given.
 */
export function callCursors(
  client: DialstackClient,
  filters: CallQueryFilters,
  limit = MAX_LIMIT,
): CursorMerge<CallLog> {
  return mergeCalls(client, callQueries(filters, limit), isCallLike);
}

/** Every user of the account (for names and the user filter). */
export async function fetchUsers(client: DialstackClient, signal?: AbortSignal): Promise<User[]> {
  const users: User[] = [];
  for await (const user of listUsers(client, { signal, query: { limit: MAX_LIMIT } })) {
    users.push(user);
  }
  return users;
}

/** `request`'s value, or null when the API says there is none (404). */
async function orNone<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (hasStatus(error, 404)) return null;
    throw error;
  }
}

/** The recording's signed URL; null when the call has no recording (404). */
export function fetchRecording(
  client: DialstackClient,
  id: string,
  signal?: AbortSignal,
): Promise<Recording | null> {
  return orNone(getCallRecording(client, id, { signal }));
}

/** The transcript; null when the call has no recording (404). */
export function fetchTranscript(
  client: DialstackClient,
  id: string,
  signal?: AbortSignal,
): Promise<Transcript | null> {
  return orNone(getCallTranscript(client, id, { signal, cache: 'no-store' }));
}

/** True when a signed URL's `expires_at` has passed (or is within `marginMs` of it). */
export function recordingExpired(
  recording: Pick<Recording, 'expires_at'>,
  now = Date.now(),
  marginMs = 15_000,
): boolean {
  const expires = Date.parse(recording.expires_at);
  return Number.isNaN(expires) || expires - marginMs <= now;
}

// ---- Phone number filter ----

/**
 * What a person typed in the phone-number box (or the `phone-number` attribute) as the exact
 * value the API filters on: an extension (2–6 digits) as is, an international number in E.164,
 * a national number in E.164 for `defaultCountry`. Null when it is not a usable number.
 */
export async function normalizePhoneQuery(
  input: string,
  defaultCountry = 'US',
): Promise<string | null> {
  const raw = input.trim();
  if (!raw || /[^\d\s().+-]/.test(raw)) return null;
  const compact = raw.replace(/[\s().-]/g, '');
  if (/^\d{2,6}$/.test(compact)) return compact;
  if (/^\+[1-9]\d{6,14}$/.test(compact)) return compact;
  if (compact.includes('+')) return null;
  try {
    const lib = await import('libphonenumber-js/min');
    const country = lib.isSupportedCountry(defaultCountry) ? defaultCountry : 'US';
    const parsed = lib.parsePhoneNumberFromString(raw, country as 'US');
    if (parsed?.isPossible()) return parsed.number;
  } catch {
    // The library failed to load: North American numbers still work below.
  }
  if (defaultCountry === 'US' || defaultCountry === 'CA') {
    if (/^[2-9]\d{9}$/.test(compact)) return `+1${compact}`;
    if (/^1[2-9]\d{9}$/.test(compact)) return `+${compact}`;
  }
  return null;
}
