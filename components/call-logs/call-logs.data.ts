/**
 * Data functions for `<dialstack-call-logs>`. Nothing here touches the DOM; every function
 * takes the REST client as an argument and passes the caller's AbortSignal through.
 *
 * - `CallStream`: the account's calls, newest first, page by page (`GET /v1/calls`, following
 *   `next_page_url`). The phone-number filter matches `from_number` OR `to_number`, which the
 *   API filters one at a time: the stream then runs one cursor per side and merges them,
 *   newest first and de-duplicated by id, revealing an item only when no cursor could still
 *   return something newer.
 * - `matchesFilters`: whether a call (from a live event) belongs in the filtered list.
 * - `fetchCall`, `fetchUsers`, `fetchRecording`, `fetchTranscript`: single resources; a 404 on
 *   the recording or transcript means "this call has no recording" and resolves to null.
 */
import type { components } from '../../src/api/schema';
import { realTiming } from '../../src/core/timing';
import type { DialstackClient, GetOptions, Query } from '../../src/core/types';

export type CallLog = components['schemas']['CallLog'];
export type User = components['schemas']['User'];
export type Transcript = components['schemas']['Transcript'];
export type Recording = components['schemas']['Recording'];

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
export const MAX_LIMIT = 100;

/** Filters in the API's terms (dates already resolved to ISO 8601 instants). */
export interface CallQueryFilters {
  direction?: CallDirectionFilter;
  status?: CallStatusFilter;
  userId?: string;
  /** Calls started on or after this instant (ISO 8601). */
  fromDate?: string;
  /** Calls started before this instant (ISO 8601). */
  toDate?: string;
  /** Exact match on `from_number` OR `to_number` (E.164 or an extension). */
  phoneNumber?: string;
}

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
export function callQueries(filters: CallQueryFilters, limit: number): Query[] {
  const base = { ...baseQuery(filters), limit: clampLimit(limit) };
  if (!filters.phoneNumber) return [base];
  return [
    { ...base, from_number: filters.phoneNumber },
    { ...base, to_number: filters.phoneNumber },
  ];
}

export function callTime(call: Pick<CallLog, 'started_at'>): number {
  const time = Date.parse(call.started_at);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** Newest first; ties broken by id so the order is total. */
export function compareNewestFirst(a: CallLog, b: CallLog): number {
  const diff = callTime(b) - callTime(a);
  if (diff !== 0 && !Number.isNaN(diff)) return diff > 0 ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
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

interface Cursor {
  /** Next request: `/v1/calls` with `query` first, then the API's `next_page_url`; null when done. */
  path: string | null;
  query: Query | undefined;
  /** Fetched, newest first; `buffer[head]` is the next not yet revealed. */
  buffer: CallLog[];
  head: number;
}

/**
 * The account's calls matching `filters`, newest first, fetched a page at a time.
 * `next()` resolves with the next batch (one API page for a single cursor); calls already
 * revealed (or inserted live with `markSeen`) are never returned twice.
 */
export class CallStream {
  private readonly cursors: Cursor[];
  private readonly seen = new Set<string>();
  /** Requests made (for diagnostics and tests). */
  requests = 0;

  constructor(
    private readonly client: DialstackClient,
    readonly filters: CallQueryFilters,
    readonly limit = MAX_LIMIT,
  ) {
    this.cursors = callQueries(filters, limit).map((query) => ({
      path: '/v1/calls',
      query,
      buffer: [],
      head: 0,
    }));
  }

  /** True once every cursor is exhausted and nothing waits to be revealed. */
  get done(): boolean {
    return this.cursors.every((c) => c.path === null && pending(c) === 0);
  }

  /** Records ids shown by other means (live insertion) so pages don't repeat them. */
  markSeen(id: string): void {
    this.seen.add(id);
  }

  private async fill(cursor: Cursor, signal?: AbortSignal): Promise<void> {
    if (cursor.path === null) return;
    const options: GetOptions = { signal, cache: 'no-store' };
    if (cursor.query) options.query = cursor.query;
    const page = await this.client.page<CallLog>(cursor.path, options);
    this.requests += 1;
    cursor.query = undefined;
    cursor.path = page.next_page_url || null;
    const data = Array.isArray(page.data) ? page.data.filter(isCallLike) : [];
    // Drop what was revealed (no O(n) shift per item), keep what waits.
    cursor.buffer = cursor.buffer.slice(cursor.head).concat(data);
    cursor.head = 0;
    // A cursor that returned nothing is finished, whatever its next_page_url says.
    if (data.length === 0) cursor.path = null;
  }

  /** The next batch of calls; an empty array only when the stream is done. */
  async next(signal?: AbortSignal): Promise<CallLog[]> {
    signal?.throwIfAborted();
    for (;;) {
      const starving = this.cursors.filter((c) => pending(c) === 0 && c.path !== null);
      await Promise.all(starving.map((c) => this.fill(c, signal)));
      signal?.throwIfAborted();
      const out: CallLog[] = [];
      for (;;) {
        // A cursor with pages left but nothing buffered could still hold newer items.
        if (this.cursors.some((c) => pending(c) === 0 && c.path !== null)) break;
        let best: Cursor | undefined;
        for (const c of this.cursors) {
          if (pending(c) === 0) continue;
          if (!best || compareNewestFirst(c.buffer[c.head]!, best.buffer[best.head]!) < 0) best = c;
        }
        if (!best) break;
        const item = best.buffer[best.head]!;
        best.head += 1;
        if (this.seen.has(item.id)) continue;
        this.seen.add(item.id);
        out.push(item);
      }
      if (out.length > 0 || this.done) return out;
    }
  }
}

function pending(cursor: Cursor): number {
  return cursor.buffer.length - cursor.head;
}

function isCallLike(value: unknown): value is CallLog {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string' &&
    typeof (value as { started_at?: unknown }).started_at === 'string'
  );
}

function isNotFound(error: unknown): boolean {
  return (error as { status?: unknown } | null)?.status === 404;
}

export function callPath(id: string, suffix = ''): string {
  return `/v1/calls/${encodeURIComponent(id)}${suffix}`;
}

export function fetchCall(
  client: DialstackClient,
  id: string,
  signal?: AbortSignal,
): Promise<CallLog> {
  return client.get<CallLog>(callPath(id), { signal, cache: 'no-store' });
}

/**
 * The record of a call that just ended (`call.end`): it can lag the event by a moment, so a
 * 404 is retried twice, 800 ms apart. Undefined when it never appears or the request fails.
 */
export async function fetchEndedCall(
  client: DialstackClient,
  id: string,
  signal?: AbortSignal,
): Promise<CallLog | undefined> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await fetchCall(client, id, signal);
    } catch (error) {
      if (!isNotFound(error) || attempt === 2) return undefined;
      await realTiming.sleep(800, signal);
    }
  }
  return undefined;
}

/** Every user of the account (for names and the user filter). */
export async function fetchUsers(client: DialstackClient, signal?: AbortSignal): Promise<User[]> {
  const users: User[] = [];
  for await (const user of client.list<User>('/v1/users', {
    signal,
    query: { limit: MAX_LIMIT },
  })) {
    users.push(user);
  }
  return users;
}

/** The recording's signed URL; null when the call has no recording (404). */
export async function fetchRecording(
  client: DialstackClient,
  id: string,
  signal?: AbortSignal,
): Promise<Recording | null> {
  try {
    return await client.get<Recording>(callPath(id, '/recording'), { signal, cache: 'no-store' });
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** The transcript; null when the call has no recording (404). */
export async function fetchTranscript(
  client: DialstackClient,
  id: string,
  signal?: AbortSignal,
): Promise<Transcript | null> {
  try {
    return await client.get<Transcript>(callPath(id, '/transcript'), {
      signal,
      cache: 'no-store',
    });
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
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
