/** Users (`/v1/users`). */
import type { DialstackClient, ListPage } from '../core/types';
import { pageOf, type ListOptions, type PageOptions, type QueryOf, type Schemas } from './shared';

export type User = Schemas['User'];
export type UserListQuery = QueryOf<'listUsers'>;

/** Users; pass `query: { 'expand[]': ['extensions'] }` to include their extensions. */
export const listUsers = (client: DialstackClient, options: ListOptions<UserListQuery> = {}) =>
  client.list<User>('/v1/users', options);

export const usersPage = (
  client: DialstackClient,
  options: PageOptions<UserListQuery> = {},
): Promise<ListPage<User>> => pageOf<User, UserListQuery>(client, '/v1/users', options);
