/**
 * The team: users and their extensions (`/v1/users`, `/v1/extensions`). Typed from the contract
 * (`schema.d.ts`); ids and extension numbers go through `apiPath`; each mutation names the cache
 * tags it invalidates (a user's extensions are embedded in user reads, so extension changes
 * invalidate users too).
 */
import { apiPath } from '../core/api-path';
import type { DialstackClient } from '../core/types';
import { MAX_PAGE_LIMIT, type ReadOptions, type Schemas, type WriteOptions } from './shared';
import type { User } from './users';

export type Extension = Schemas['Extension'];
export type CreateUserRequest = Schemas['CreateUserRequest'];
export type UpdateUserRequest = Schemas['UpdateUserRequest'];
export type CreateExtensionRequest = Schemas['CreateExtensionRequest'];

export const TEAM_TAGS = { users: 'users', extensions: 'extensions' } as const;
const BOTH = [TEAM_TAGS.users, TEAM_TAGS.extensions];

const userPath = (id: string) => apiPath('/v1/users/{user_id}', { user_id: id });
const extensionPath = (number: string) => apiPath('/v1/extensions/{number}', { number });

/** Every user with their extensions expanded. */
export async function listTeam(
  client: DialstackClient,
  options: ReadOptions = {},
): Promise<User[]> {
  const all: User[] = [];
  for await (const user of client.list<User>('/v1/users', {
    ...options,
    query: { limit: MAX_PAGE_LIMIT, 'expand[]': ['extensions'] },
  }))
    all.push(user);
  return all;
}

/** Every extension of the account (users', shared boxes', dial plans'…). */
export async function listAllExtensions(
  client: DialstackClient,
  options: ReadOptions = {},
): Promise<Extension[]> {
  const all: Extension[] = [];
  for await (const extension of client.list<Extension>('/v1/extensions', {
    ...options,
    query: { limit: MAX_PAGE_LIMIT },
  }))
    all.push(extension);
  return all;
}

export const createUser = (
  client: DialstackClient,
  body: CreateUserRequest,
  options: WriteOptions = {},
) => client.post<User>('/v1/users', body, { ...options, invalidates: [TEAM_TAGS.users] });

export const updateUser = (
  client: DialstackClient,
  id: string,
  body: UpdateUserRequest,
  options: WriteOptions = {},
) => client.post<User>(userPath(id), body, { ...options, invalidates: [TEAM_TAGS.users] });

/** Deletes a user and their endpoints (irreversible). */
export const deleteUser = (client: DialstackClient, id: string, options: WriteOptions = {}) =>
  client.delete(userPath(id), { ...options, invalidates: BOTH });

/** Creates an extension; 409 when the number is taken. */
export const createExtension = (
  client: DialstackClient,
  body: CreateExtensionRequest,
  options: WriteOptions = {},
) => client.post<Extension>('/v1/extensions', body, { ...options, invalidates: BOTH });

export const deleteExtension = (
  client: DialstackClient,
  number: string,
  options: WriteOptions = {},
) => client.delete(extensionPath(number), { ...options, invalidates: BOTH });
