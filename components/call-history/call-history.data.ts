/**
 * Data functions for `<dialstack-call-history>`: phone-number validation, the two-cursor
 * pager that merges `GET /v1/calls?from_number=…` and `GET /v1/calls?to_number=…` into one
 * newest-first, de-duplicated list, and the click-to-call request.
 *
 * Nothing here touches the DOM; everything takes the REST client as an argument and passes
 * the caller's AbortSignal through.
 */
import type { components } from '../../src/api/schema';
import type { DialstackClient, ListPage } from '../../src/core/types';

export type CallLog = components['schemas']['CallLog'];
export type CreateCallRequest = components['schemas']['CreateCallRequest'];

/** The contract's maximum `limit` for `GET /v1/calls`. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 10;

// ---- Phone number ----

export type PhoneNumberCheck =
  { kind: 'missing' } | { kind: 'invalid'; input: string } | { kind: 'valid'; e164: string };

/** `+` then 7–15 digits, ignoring spaces, dots, dashes and parentheses. */
function e164Candidate(value: string): string | null {
  if (!value.startsWith('+') || /[^\d\s().+-]/.test(value)) return null;
  const digits = value.slice(1).replace(/[\s().-]/g, '');
  return /^[1-9]\d{6,14}$/.test(digits) ? `+${digits}` : null;
}

/**
 * Checks a `phone-number` attribute. An international number (leading `+`) that
 * libphonenumber-js parses and finds possible for its country is accepted and normalised to
 * E.164 (`+1 415 555 1234` → `+14155551234`); anything else — a national number with no
 * country code, letters, a wrong length for the country — is invalid and must not reach the
 * API. `isPossible` rather than `isValid`: numbering-plan ranges change faster than metadata,
 * and a real contact's number must never be refused.
 *
 * Asynchronous because libphonenumber-js is loaded on first use (the same lazily loaded chunk
 * the i18n phone formatter uses), keeping it out of the element's initial bundle.
 */
export async function checkPhoneNumber(
  input: string | null | undefined,
): Promise<PhoneNumberCheck> {
  const value = (input ?? '').trim();
  if (!value) return { kind: 'missing' };
  const candidate = e164Candidate(value);
  if (!candidate) return { kind: 'invalid', input: value };
  const { parsePhoneNumberFromString } = await import('libphonenumber-js/min');
  const parsed = parsePhoneNumberFromString(candidate);
  if (!parsed || !parsed.isPossible()) return { kind: 'invalid', input: value };
  return { kind: 'valid', e164: parsed.number };
}

/**
 * True when `candidate` is the same number as `e164`. Events carry E.164 per the contract;
 * formatting characters are tolerated.
 */
export function samePhoneNumber(candidate: string | null | undefined, e164: string): boolean {
  if (typeof candidate !== 'string' || !candidate) return false;
  return candidate === e164 || e164Candidate(candidate.trim()) === e164;
}

// ---- Ordering ----

/** Milliseconds since the epoch; unparsable timestamps sort last. */
export function callTime(call: Pick<CallLog, 'started_at'>): number {
  const time = Date.parse(call.started_at);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** Newest first; ties broken by id (descending) so the order is total and stable. */
export function compareNewestFirst(a: CallLog, b: CallLog): number {
  const diff = callTime(b) - callTime(a);
  if (diff !== 0 && !Number.isNaN(diff)) return diff > 0 ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

// ---- The two-cursor pager ----

type CursorName = 'from' | 'to';

interface Cursor {
  readonly name: CursorName;
  /** Path for the next request: the first page's path, then `next_page_url`; null when done. */
  next: string | null;
  /** Query for the first request only (cursors carry their own parameters afterwards). */
  query: Record<string, string | number> | undefined;
  /** Oldest `started_at` seen on this cursor so far (its frontier); +∞ before the first page. */
  frontier: number;
  /** How many pages this cursor has fetched. */
  pages: number;
}

export interface PagerOptions {
  /** Items per request and per reveal, 1–100. */
  pageSize?: number;
}

/**
 * Every call with one contact, from two server cursors merged into one newest-first list.
 *
 * Correctness across page boundaries: an item is revealed only when no cursor that still has
 * pages could later return something newer. Each cursor returns items newest first, so
 * everything it has not yet returned is no newer than its frontier (the oldest item it has
 * returned); an item is safe once it is at least as new as the frontier of every unfinished
 * cursor. When too few items are safe, the pager advances the cursor whose frontier is the
 * newest (the one holding the others back) and tries again.
 *
 * De-duplication is by id, across both cursors, live insertions and repeated pages (a call
 * to oneself appears on both cursors; an offset-based cursor repeats an item when a new call
 * shifts the list).
 */
export class CallHistoryPager {
  readonly phoneNumber: string;
  readonly pageSize: number;
  private readonly client: DialstackClient;
  private readonly cursors: Cursor[];
  /** Fetched but not yet revealed, by id. */
  private readonly pending = new Map<string, CallLog>();
  /** Ids of everything revealed (so repeats are dropped). */
  private readonly shownIds = new Set<string>();
  private shownList: CallLog[] = [];
  /** Requests made, for diagnostics and tests. */
  requests = 0;

  constructor(client: DialstackClient, phoneNumber: string, options: PagerOptions = {}) {
    this.client = client;
    this.phoneNumber = phoneNumber;
    this.pageSize = clampPageSize(options.pageSize);
    const cursor = (name: CursorName): Cursor => ({
      name,
      next: '/v1/calls',
      query: { [name === 'from' ? 'from_number' : 'to_number']: phoneNumber, limit: this.pageSize },
      frontier: Number.POSITIVE_INFINITY,
      pages: 0,
    });
    this.cursors = [cursor('from'), cursor('to')];
  }

  /** The revealed calls, newest first (a new array after every change). */
  get items(): readonly CallLog[] {
    return this.shownList;
  }

  /** True while either cursor has pages left or fetched items wait to be revealed. */
  get hasMore(): boolean {
    return this.pending.size > 0 || this.cursors.some((c) => c.next !== null);
  }

  /** True until the first page of both cursors has been fetched. */
  get started(): boolean {
    return this.cursors.every((c) => c.pages > 0);
  }

  /**
   * Reveals up to `count` more calls (default: one page), fetching as few pages as needed.
   * The first call fetches the first page of both cursors in parallel. Resolves with the
   * calls revealed by this call (possibly fewer than `count` at the end of the history).
   * Rejects with the API error (or an AbortError) and leaves the state consistent, so a
   * retry continues where it stopped.
   */
  async loadMore(signal?: AbortSignal, count: number = this.pageSize): Promise<CallLog[]> {
    const unstarted = this.cursors.filter((c) => c.pages === 0 && c.next !== null);
    if (unstarted.length) {
      // Settle both before reporting a failure, so a retry never races a request in flight.
      const results = await Promise.allSettled(unstarted.map((c) => this.fetchNext(c, signal)));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
    }
    for (;;) {
      signal?.throwIfAborted();
      const safe = this.safePending();
      const open = this.cursors.filter((c) => c.next !== null);
      if (safe.length >= count || open.length === 0) return this.reveal(safe.slice(0, count));
      // Advance the cursor holding the others back: the unfinished one with the newest frontier.
      const blocking = open.reduce((a, b) => (b.frontier > a.frontier ? b : a));
      await this.fetchNext(blocking, signal);
    }
  }

  /**
   * Puts a call (typically one that just ended) into the list at its place by time — the top,
   * for a call that just ended. Replaces an existing entry with the same id. Returns false
   * when the call does not involve this contact.
   */
  insert(call: CallLog): boolean {
    if (
      !samePhoneNumber(call.from_number, this.phoneNumber) &&
      !samePhoneNumber(call.to_number, this.phoneNumber)
    ) {
      return false;
    }
    this.pending.delete(call.id);
    const rest = this.shownList.filter((c) => c.id !== call.id);
    this.shownIds.add(call.id);
    this.shownList = [...rest, call].sort(compareNewestFirst);
    return true;
  }

  private safePending(): CallLog[] {
    const limit = Math.max(
      Number.NEGATIVE_INFINITY,
      ...this.cursors.filter((c) => c.next !== null).map((c) => c.frontier),
    );
    return [...this.pending.values()].filter((c) => callTime(c) >= limit).sort(compareNewestFirst);
  }

  private reveal(calls: CallLog[]): CallLog[] {
    if (!calls.length) return [];
    for (const call of calls) {
      this.pending.delete(call.id);
      this.shownIds.add(call.id);
    }
    // Revealed items are never newer than what is shown (bar equal timestamps and live
    // insertions), but sort anyway so the list is always in order.
    this.shownList = [...this.shownList, ...calls].sort(compareNewestFirst);
    return calls;
  }

  private async fetchNext(cursor: Cursor, signal?: AbortSignal): Promise<void> {
    const path = cursor.next;
    if (path === null) return;
    this.requests++;
    const page: ListPage<CallLog> = await this.client.page<CallLog>(path, {
      query: cursor.query,
      signal,
      // A history is read top to bottom once; a stale cached page would break the merge.
      cache: 'no-store',
    });
    signal?.throwIfAborted();
    cursor.pages++;
    cursor.query = undefined;
    // Guard against a server that hands back the same cursor (would loop forever).
    cursor.next = page.next_page_url && page.next_page_url !== path ? page.next_page_url : null;
    for (const call of page.data ?? []) {
      if (!call || typeof call.id !== 'string') continue;
      cursor.frontier = Math.min(cursor.frontier, callTime(call));
      if (this.shownIds.has(call.id)) continue;
      this.pending.set(call.id, call);
    }
  }
}

export function clampPageSize(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.round(value)));
}

// ---- Single call and click-to-call ----

/** `GET /v1/calls/{call_id}` — always fresh (used for live insertion). */
export function fetchCall(
  client: DialstackClient,
  id: string,
  signal?: AbortSignal,
): Promise<CallLog> {
  return client.get<CallLog>(`/v1/calls/${encodeURIComponent(id)}`, { signal, cache: 'no-store' });
}

/**
 * `POST /v1/calls` — rings the user's devices, then dials the contact. Resolves when the
 * API accepted (202: queued, not yet connected); rejects with the DialstackApiError.
 */
export function placeCall(
  client: DialstackClient,
  request: CreateCallRequest,
  signal?: AbortSignal,
): Promise<void> {
  // A queued call creates no call log until it ends (then `call.end` brings it), so no cached
  // list is stale: invalidating `calls` would only make every call list on the page reload.
  return client.post<void>('/v1/calls', request, { signal, invalidates: [] });
}
