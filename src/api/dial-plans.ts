/**
 * Requests of the dial-plan viewer/editor: the plan itself, and every resource its nodes may
 * name (schedules, users with their extensions, ring groups, voice apps, shared voicemail
 * boxes, other dial plans, audio clips). Lists are read to the last page (`next_page_url`,
 * 100 at a time); every page goes through the client's shared cache, so two elements asking
 * for the same list make one request. Shapes come from the contract (`schema.d.ts`).
 */
import { apiPath } from '../core/api-path';
import type { DialstackClient, GetOptions, MutationOptions, Query } from '../core/types';
import type { components, operations } from './schema';

type Schemas = components['schemas'];
type QueryOf<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;

export type DialPlan = Schemas['DialPlan'];
export type DialPlanNode = Schemas['DialPlanNode'];
export type CreateDialPlanRequest = Schemas['CreateDialPlanRequest'];
export type UpdateDialPlanRequest = Schemas['UpdateDialPlanRequest'];
export type Schedule = Schemas['Schedule'];
export type RingGroup = Schemas['RingGroup'];
export type VoiceApp = Schemas['VoiceApp'];
export type SharedVoicemailBox = Schemas['SharedVoicemailBox'];
export type AudioClip = Schemas['AudioClip'];
export type User = Schemas['User'];

export type ReadOptions = Pick<GetOptions, 'signal' | 'cache' | 'timeoutMs'>;
export type WriteOptions = Pick<MutationOptions, 'signal' | 'timeoutMs' | 'origin'>;

/** What a saved dial plan changes in the cache: the plans (lists, single plans, expansions). */
export const DIAL_PLAN_TAGS = ['dialplans'] as const;

const PAGE_SIZE = 100;
type ExpandExtensions = QueryOf<'listDialPlans'> &
  QueryOf<'listUsers'> &
  QueryOf<'listRingGroups'> &
  QueryOf<'listVoiceApps'> &
  QueryOf<'listSharedVoicemailBoxes'>;
const WITH_EXTENSIONS: ExpandExtensions = { 'expand[]': ['extensions'] };

/** Every item of a list, all pages (each page cached by the client). */
export async function listAll<T>(
  client: DialstackClient,
  path: string,
  options: ReadOptions & { query?: Query } = {},
): Promise<T[]> {
  const items: T[] = [];
  const query = { limit: PAGE_SIZE, ...options.query };
  for await (const item of client.list<T>(path, { ...options, query })) items.push(item);
  return items;
}

// ---- Dial plans ----

const planPath = (dialPlanId: string) =>
  apiPath('/v1/dialplans/{dial_plan_id}', { dial_plan_id: dialPlanId });

export const getDialPlan = (
  client: DialstackClient,
  dialPlanId: string,
  options: ReadOptions = {},
) => client.get<DialPlan>(planPath(dialPlanId), options);

/** Creates a plan (a draft may have no nodes and no entry). 422 when it would loop. */
export const createDialPlan = (
  client: DialstackClient,
  body: CreateDialPlanRequest,
  options: WriteOptions = {},
) => client.post<DialPlan>('/v1/dialplans', body, { ...options, invalidates: DIAL_PLAN_TAGS });

/** Updates a plan; `nodes`, when given, replaces every node. */
export const updateDialPlan = (
  client: DialstackClient,
  dialPlanId: string,
  body: UpdateDialPlanRequest,
  options: WriteOptions = {},
) => client.post<DialPlan>(planPath(dialPlanId), body, { ...options, invalidates: DIAL_PLAN_TAGS });

/** Every dial plan, with its extensions (for "Continue in Billing Line (ext. 501)"). */
export const listAllDialPlans = (client: DialstackClient, options: ReadOptions = {}) =>
  listAll<DialPlan>(client, '/v1/dialplans', {
    ...options,
    query: WITH_EXTENSIONS,
  });

// ---- What nodes point at ----

export const listAllSchedules = (client: DialstackClient, options: ReadOptions = {}) =>
  listAll<Schedule>(client, '/v1/schedules', options);

export const listAllUsers = (client: DialstackClient, options: ReadOptions = {}) =>
  listAll<User>(client, '/v1/users', {
    ...options,
    query: WITH_EXTENSIONS,
  });

export const listAllRingGroups = (client: DialstackClient, options: ReadOptions = {}) =>
  listAll<RingGroup>(client, '/v1/ring_groups', {
    ...options,
    query: WITH_EXTENSIONS,
  });

export const listAllVoiceApps = (client: DialstackClient, options: ReadOptions = {}) =>
  listAll<VoiceApp>(client, '/v1/voice-apps', {
    ...options,
    query: WITH_EXTENSIONS,
  });

export const listAllSharedVoicemailBoxes = (client: DialstackClient, options: ReadOptions = {}) =>
  listAll<SharedVoicemailBox>(client, '/v1/shared_voicemail_boxes', {
    ...options,
    query: WITH_EXTENSIONS,
  });

export const listAllAudioClips = (client: DialstackClient, options: ReadOptions = {}) =>
  listAll<AudioClip>(client, '/v1/audio_clips', options);
