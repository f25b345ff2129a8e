/**
 * Calls (`/v1/calls`): typed requests and the call-domain helpers every call list shares
 * (ordering, fetching a call that just ended).
 */
import { apiPath } from '../core/api-path';
import { realTiming } from '../core/timing';
import { CursorMerge } from './cursor-merge';
import type { DialstackClient, ListPage } from '../core/types';
import {
  hasStatus,
  pageOf,
  type ListOptions,
  type PageOptions,
  type QueryOf,
  type ReadOptions,
  type Schemas,
  type WriteOptions,
} from './shared';

export type CallLog = Schemas['CallLog'];
export type CallTranscript = Schemas['Transcript'];
export type CallRecording = Schemas['Recording'];
export type CreateCallRequest = Schemas['CreateCallRequest'];
export type CallListQuery = QueryOf<'listCallLogs'>;

/** The invalidation tag of everything read from `/v1/calls`. */
export const CALLS_TAG = 'calls';

/** Every call matching `query`, newest first, fetched page by page as you iterate. */
export const listCalls = (client: DialstackClient, options: ListOptions<CallListQuery> = {}) =>
  client.list<CallLog>('/v1/calls', options);

export const callsPage = (
  client: DialstackClient,
  options: PageOptions<CallListQuery> = {},
): Promise<ListPage<CallLog>> => pageOf<CallLog, CallListQuery>(client, '/v1/calls', options);

const callPath = (callId: string, suffix = '') =>
  apiPath(`/v1/calls/{call_id}${suffix}`, { call_id: callId });

export const getCall = (client: DialstackClient, callId: string, options: ReadOptions = {}) =>
  client.get<CallLog>(callPath(callId), options);

export const getCallTranscript = (
  client: DialstackClient,
  callId: string,
  options: ReadOptions = {},
) => client.get<CallTranscript>(callPath(callId, '/transcript'), options);

/** The recording's signed URL expires after 10 minutes, so it is never served from the cache. */
export const getCallRecording = (
  client: DialstackClient,
  callId: string,
  options: ReadOptions = {},
) => client.get<CallRecording>(callPath(callId, '/recording'), { cache: 'no-store', ...options });

/**
 * Rings the user's devices, then dials `dial_string` (202: queued, no body). Invalidates
 * nothing: a queued call creates no call log until it ends (then `call.end` brings it), so no
 * cached list is stale, and invalidating `calls` would make every call list on the page reload.
 */
export const createCall = (
  client: DialstackClient,
  body: CreateCallRequest,
  options: WriteOptions = {},
) => client.post<void>('/v1/calls', body, { ...options, invalidates: [] });

/**
 * The calls of one or more queries, newest first, de-duplicated: one `CursorMerge` cursor per
 * query (e.g. `from_number` and `to_number` for "calls with this number"). Only a cursor's
 * first request carries its query; later ones follow `next_page_url` as given. Never cached
 * (a list is read fresh, then kept current by live events).
 */
export function mergeCalls(
  client: DialstackClient,
  queries: readonly CallListQuery[],
  isItem?: (value: unknown) => value is CallLog,
): CursorMerge<CallLog> {
  return new CursorMerge<CallLog>(
    queries.map((query) => ({ path: '/v1/calls', query })),
    {
      compare: compareNewestFirst,
      id: (call) => call.id,
      isItem,
      fetchPage: (path, query, signal) =>
        callsPage(client, {
          pageUrl: query ? null : path,
          query: query as CallListQuery | undefined,
          signal,
          cache: 'no-store',
        }),
    },
  );
}

// ---- Ordering ----

/** Milliseconds since the epoch; unparsable timestamps sort last. */
export function callTime(call: Pick<CallLog, 'started_at'>): number {
  const time = Date.parse(call.started_at);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** Newest first; ties broken by id (descending) so the order is total and stable. */
export function compareNewestFirst(
  a: Pick<CallLog, 'id' | 'started_at'>,
  b: Pick<CallLog, 'id' | 'started_at'>,
): number {
  const diff = callTime(b) - callTime(a);
  if (diff !== 0 && !Number.isNaN(diff)) return diff > 0 ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

// ---- A call that just ended ----

/** A call that just ended may take a moment to be readable: a 404 is retried after these delays. */
export const ENDED_CALL_RETRY_MS: readonly number[] = [800, 2500];

/**
 * `GET /v1/calls/{id}` for a call whose `call.end` event just arrived: always fresh, and a 404
 * (the call log not written yet) is retried after `ENDED_CALL_RETRY_MS`. Rejects with the last
 * error, or with the signal's reason when aborted.
 */
export async function fetchEndedCall(
  client: DialstackClient,
  callId: string,
  signal?: AbortSignal,
  retryMs: readonly number[] = ENDED_CALL_RETRY_MS,
): Promise<CallLog> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await getCall(client, callId, { signal, cache: 'no-store' });
    } catch (error) {
      signal?.throwIfAborted();
      if (!hasStatus(error, 404) || attempt >= retryMs.length) throw error;
      await realTiming.sleep(retryMs[attempt]!, signal);
    }
  }
}
