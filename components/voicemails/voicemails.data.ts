/**
 * Data functions for `<dialstack-voicemails>`. Each takes the shared REST client as an argument
 * (so tests and stories can pass any client) and passes the caller's AbortSignal through.
 * Requests are built in `src/api/` (typed from the contract, ids encoded, invalidations declared).
 */
import { MAX_PAGE_LIMIT, type WriteOptions } from '../../src/api/shared';
import { listUsers } from '../../src/api/users';
import {
  deleteVoicemail as deleteVoicemailRequest,
  getVoicemail as getVoicemailRequest,
  getVoicemailTranscript,
  listSharedVoicemailBoxes,
  updateVoicemail,
  voicemailsPage,
  type Voicemail,
  type VoicemailListQuery,
  type VoicemailTranscript,
} from '../../src/api/voicemails';
import { CursorMerge } from '../../src/api/cursor-merge';
import type { DialstackClient, ListPage } from '../../src/core/types';

export type { Voicemail, VoicemailTranscript } from '../../src/api/voicemails';
export type TranscriptStatus = VoicemailTranscript['status'];

/** The contract's maximum `limit`. */
export const MAX_LIMIT = MAX_PAGE_LIMIT;

/**
 * How many pages of `is_read=false` the unread count walks before it stops and reports a lower
 * bound (`capped: true`). At the contract's maximum page size this counts up to 1,000 exactly.
 */
export const UNREAD_COUNT_MAX_PAGES = 10;

export interface VoicemailQuery {
  /** A user id or a shared voicemail box id; omitted = every voicemail the session can see. */
  owner?: string | null;
  /** `false` = only unread voicemails. */
  isRead?: boolean;
  limit?: number;
}

/** First page of `GET /v1/voicemails` (newest first, per the contract). */
export function listVoicemails(
  client: DialstackClient,
  query: VoicemailQuery,
  signal?: AbortSignal,
  fresh = false,
): Promise<ListPage<Voicemail>> {
  return voicemailsPage(client, {
    query: {
      limit: query.limit,
      owner: query.owner || undefined,
      is_read: query.isRead,
    },
    signal,
    cache: fresh ? 'no-store' : 'swr',
  });
}

/**
 * The list's cursor (newest first, as the server lists voicemails), read by the shared list
 * runtime. The first page is always fresh; later pages may come from the cache.
 */
export function voicemailCursor(
  client: DialstackClient,
  query: VoicemailQuery,
): CursorMerge<Voicemail> {
  const first: VoicemailListQuery = {
    limit: query.limit,
    owner: query.owner || undefined,
    is_read: query.isRead,
  };
  return new CursorMerge<Voicemail>([{ path: '/v1/voicemails', query: first }], {
    // One cursor needs no real comparison: the server's order is kept.
    compare: () => 0,
    id: (item) => item.id,
    fetchPage: (path, firstQuery, signal) =>
      firstQuery
        ? voicemailsPage(client, { query: first, signal, cache: 'no-store' })
        : voicemailsPage(client, { pageUrl: path, signal }),
  });
}

/** `GET /v1/voicemails/{id}`, always fresh (used for a new `audio_url` and a late summary). */
export function getVoicemail(
  client: DialstackClient,
  id: string,
  signal?: AbortSignal,
): Promise<Voicemail> {
  return getVoicemailRequest(client, id, { signal, cache: 'no-store' });
}

/** `GET /v1/voicemails/{id}/transcript`, always fresh (it changes while it is processed). */
export function getTranscript(
  client: DialstackClient,
  id: string,
  signal?: AbortSignal,
): Promise<VoicemailTranscript> {
  return getVoicemailTranscript(client, id, { signal, cache: 'no-store' });
}

/**
 * `POST /v1/voicemails/{id}` with `{ is_read }`. Invalidates `voicemails`, so other voicemail
 * elements on the page refetch; the element that made the change passes itself as `origin`,
 * updates its rows optimistically and is not reloaded by its own change.
 */
export function setVoicemailRead(
  client: DialstackClient,
  id: string,
  isRead: boolean,
  options: WriteOptions = {},
): Promise<Voicemail> {
  return updateVoicemail(client, id, { is_read: isRead }, options);
}

/** `DELETE /v1/voicemails/{id}` (204); `origin` as for `setVoicemailRead`. */
export function deleteVoicemail(
  client: DialstackClient,
  id: string,
  options: WriteOptions = {},
): Promise<void> {
  return deleteVoicemailRequest(client, id, options);
}

export interface UnreadCount {
  /** Unread voicemail ids found (every one unless `capped`). */
  ids: Set<string>;
  /** True when more unread voicemails exist than were walked: the count is a lower bound. */
  capped: boolean;
}

/**
 * Counts unread voicemails honestly: the contract has no count endpoint, so this walks the
 * `is_read=false` list at the maximum page size, following `next_page_url`, up to
 * `UNREAD_COUNT_MAX_PAGES` pages. It returns the ids so that local changes (mark read, delete,
 * a new arrival) can keep the count exact without another walk.
 */
export async function countUnread(
  client: DialstackClient,
  owner: string | null | undefined,
  signal?: AbortSignal,
): Promise<UnreadCount> {
  const ids = new Set<string>();
  let page = await listVoicemails(client, { owner, isRead: false, limit: MAX_LIMIT }, signal, true);
  for (let pages = 1; ; pages++) {
    for (const item of page.data) if (!item.is_read) ids.add(item.id);
    if (!page.next_page_url) return { ids, capped: false };
    if (pages >= UNREAD_COUNT_MAX_PAGES) return { ids, capped: true };
    page = await voicemailsPage(client, { pageUrl: page.next_page_url, signal, cache: 'no-store' });
  }
}

/**
 * Display names of every voicemail owner: users (`GET /v1/users`) and shared voicemail boxes
 * (`GET /v1/shared_voicemail_boxes`). A list the session may not read (403) just contributes no
 * names — the inbox still works, it only shows fewer owner labels.
 */
export async function loadOwnerNames(
  client: DialstackClient,
  signal?: AbortSignal,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const collect = async (list: AsyncIterable<{ id: string; name?: string | null }>) => {
    try {
      for await (const item of list) {
        if (item.name) names.set(item.id, item.name);
      }
    } catch (error) {
      // Owner names are decoration; a failure here must not take the inbox down.
      if (signal?.aborted) throw error;
    }
  };
  const options = { query: { limit: MAX_LIMIT }, signal };
  await Promise.all([
    collect(listUsers(client, options)),
    collect(listSharedVoicemailBoxes(client, options)),
  ]);
  return names;
}

/** Digits only, for matching "415 555" against "+14155550134". */
export function digitsOf(value: string): string {
  return value.replace(/\D+/g, '');
}

/**
 * Client-side search over a voicemail's caller name and number (raw and as displayed).
 * A query made only of digits and phone punctuation matches the number ignoring formatting
 * ("415 555-01" finds +14155550134); otherwise every word must appear in the name or number
 * (case- and accent-insensitive).
 */
export function matchesSearch(item: Voicemail, query: string, formattedNumber = ''): boolean {
  const trimmed = query.trim();
  if (!trimmed) return true;
  const queryDigits = digitsOf(trimmed);
  if (/^[\d\s()+.-]+$/.test(trimmed) && queryDigits.length >= 2) {
    return digitsOf(item.from_number).includes(queryDigits);
  }
  const haystack = normalize(`${item.from_name ?? ''} ${item.from_number} ${formattedNumber}`);
  return normalize(trimmed)
    .split(/\s+/)
    .every((term) => haystack.includes(term));
}

function normalize(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
