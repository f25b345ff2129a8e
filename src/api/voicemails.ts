/** Voicemails (`/v1/voicemails`) and shared voicemail boxes (`/v1/shared_voicemail_boxes`). */
import { apiPath } from '../core/api-path';
import type { DialstackClient, ListPage } from '../core/types';
import {
  pageOf,
  type ListOptions,
  type PageOptions,
  type QueryOf,
  type ReadOptions,
  type Schemas,
  type WriteOptions,
} from './shared';

export type Voicemail = Schemas['Voicemail'];
export type VoicemailTranscript = Schemas['VoicemailTranscript'];
export type UpdateVoicemailRequest = Schemas['UpdateVoicemailRequest'];
export type SharedVoicemailBox = Schemas['SharedVoicemailBox'];
export type VoicemailListQuery = QueryOf<'listVoicemails'>;
export type SharedVoicemailBoxListQuery = QueryOf<'listSharedVoicemailBoxes'>;

/** The invalidation tag of everything read from `/v1/voicemails`. */
export const VOICEMAILS_TAG = 'voicemails';

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

/** Marks a voicemail read or unread; invalidates `voicemails`. */
export const updateVoicemail = (
  client: DialstackClient,
  voicemailId: string,
  body: UpdateVoicemailRequest,
  options: WriteOptions = {},
) =>
  client.post<Voicemail>(voicemailPath(voicemailId), body, {
    ...options,
    invalidates: [VOICEMAILS_TAG],
  });

/** Deletes a voicemail (204); invalidates `voicemails`. */
export const deleteVoicemail = (
  client: DialstackClient,
  voicemailId: string,
  options: WriteOptions = {},
) => client.delete<void>(voicemailPath(voicemailId), { ...options, invalidates: [VOICEMAILS_TAG] });

/** The transcript changes while it is processed: pass `cache: 'no-store'` when polling. */
export const getVoicemailTranscript = (
  client: DialstackClient,
  voicemailId: string,
  options: ReadOptions = {},
) => client.get<VoicemailTranscript>(voicemailPath(voicemailId, '/transcript'), options);

export const listSharedVoicemailBoxes = (
  client: DialstackClient,
  options: ListOptions<SharedVoicemailBoxListQuery> = {},
) => client.list<SharedVoicemailBox>('/v1/shared_voicemail_boxes', options);
