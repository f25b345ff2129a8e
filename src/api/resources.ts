/**
 * Thin typed functions over the REST client for what the elements need. Each takes the client
 * first and ends with an options object (`signal`, `cache`, `timeoutMs`). Shapes come from the
 * OpenAPI contract (`schema.d.ts`); nothing here builds cursors.
 */
import { apiPath } from '../core/api-path';
import type { DialstackClient, GetOptions, ListPage, MutationOptions, Query } from '../core/types';
import type { components, operations } from './schema';

type Schemas = components['schemas'];
type QueryOf<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;

export type CallLog = Schemas['CallLog'];
export type CallTranscript = Schemas['Transcript'];
export type CallRecording = Schemas['Recording'];
export type CreateCallRequest = Schemas['CreateCallRequest'];
export type User = Schemas['User'];
export type Voicemail = Schemas['Voicemail'];
export type VoicemailTranscript = Schemas['VoicemailTranscript'];
export type UpdateVoicemailRequest = Schemas['UpdateVoicemailRequest'];
export type SharedVoicemailBox = Schemas['SharedVoicemailBox'];

export type CallListQuery = QueryOf<'listCallLogs'>;
export type VoicemailListQuery = QueryOf<'listVoicemails'>;
export type UserListQuery = QueryOf<'listUsers'>;
export type SharedVoicemailBoxListQuery = QueryOf<'listSharedVoicemailBoxes'>;

export type ReadOptions = Pick<GetOptions, 'signal' | 'cache' | 'timeoutMs'>;
export type WriteOptions = Pick<MutationOptions, 'signal' | 'timeoutMs'>;
export interface ListOptions<Q extends Query> extends ReadOptions {
  query?: Q;
}
export interface PageOptions<Q extends Query> extends ListOptions<Q> {
  /** A `next_page_url`/`previous_page_url` from an earlier page; `query` is then ignored. */
  pageUrl?: string | null;
}

const pageOf = <T, Q extends Query>(
  client: DialstackClient,
  path: string,
  { pageUrl, ...options }: PageOptions<Q>,
) => client.page<T>(pageUrl || path, pageUrl ? { ...options, query: undefined } : options);

// ---- Calls ----

/** Every call matching `query`, newest first, fetched page by page as you iterate. */
export const listCalls = (client: DialstackClient, options: ListOptions<CallListQuery> = {}) =>
  client.list<CallLog>('/v1/calls', options);

export const callsPage = (
  client: DialstackClient,
  options: PageOptions<CallListQuery> = {},
): Promise<ListPage<CallLog>> => pageOf<CallLog, CallListQuery>(client, '/v1/calls', options);

export const getCall = (client: DialstackClient, callId: string, options: ReadOptions = {}) =>
  client.get<CallLog>(apiPath('/v1/calls/{call_id}', { call_id: callId }), options);

export const getCallTranscript = (
  client: DialstackClient,
  callId: string,
  options: ReadOptions = {},
) =>
  client.get<CallTranscript>(
    apiPath('/v1/calls/{call_id}/transcript', { call_id: callId }),
    options,
  );

/** The recording's signed URL expires after 10 minutes, so it is never served from the cache. */
export const getCallRecording = (
  client: DialstackClient,
  callId: string,
  options: ReadOptions = {},
) =>
  client.get<CallRecording>(apiPath('/v1/calls/{call_id}/recording', { call_id: callId }), {
    cache: 'no-store',
    ...options,
  });

/** Rings the user's devices, then dials `dial_string` (202: queued, no body). */
export const createCall = (
  client: DialstackClient,
  body: CreateCallRequest,
  options: WriteOptions = {},
) => client.post<void>('/v1/calls', body, options);

// ---- Users ----

/** Users; pass `query: { 'expand[]': ['extensions'] }` to include their extensions. */
export const listUsers = (client: DialstackClient, options: ListOptions<UserListQuery> = {}) =>
  client.list<User>('/v1/users', options);

export const usersPage = (
  client: DialstackClient,
  options: PageOptions<UserListQuery> = {},
): Promise<ListPage<User>> => pageOf<User, UserListQuery>(client, '/v1/users', options);

// ---- Voicemails ----

export const listVoicemails = (
  client: DialstackClient,
  options: ListOptions<VoicemailListQuery> = {},
) => client.list<Voicemail>('/v1/voicemails', options);

export const voicemailsPage = (
  client: DialstackClient,
  options: PageOptions<VoicemailListQuery> = {},
): Promise<ListPage<Voicemail>> =>
  pageOf<Voicemail, VoicemailListQuery>(client, '/v1/voicemails', options);

const voicemailPath = (voicemailId: string, suffix = '') =>
  apiPath(`/v1/voicemails/{voicemail_id}${suffix}`, { voicemail_id: voicemailId });

export const getVoicemail = (
  client: DialstackClient,
  voicemailId: string,
  options: ReadOptions = {},
) => client.get<Voicemail>(voicemailPath(voicemailId), options);

/** Marks a voicemail read or unread; invalidates cached voicemails. */
export const updateVoicemail = (
  client: DialstackClient,
  voicemailId: string,
  body: UpdateVoicemailRequest,
  options: WriteOptions = {},
) => client.post<Voicemail>(voicemailPath(voicemailId), body, options);

export const deleteVoicemail = (
  client: DialstackClient,
  voicemailId: string,
  options: WriteOptions = {},
) => client.delete<void>(voicemailPath(voicemailId), options);

export const getVoicemailTranscript = (
  client: DialstackClient,
  voicemailId: string,
  options: ReadOptions = {},
) => client.get<VoicemailTranscript>(voicemailPath(voicemailId, '/transcript'), options);

export const listSharedVoicemailBoxes = (
  client: DialstackClient,
  options: ListOptions<SharedVoicemailBoxListQuery> = {},
) => client.list<SharedVoicemailBox>('/v1/shared_voicemail_boxes', options);
