/**
 * What every resource module shares: option shapes and the one way to read a page. Each
 * resource function takes the client first and ends with an options object (`signal`, `cache`,
 * `timeoutMs`; mutations also `origin`). Shapes come from the OpenAPI contract (`schema.d.ts`);
 * nothing here builds cursors.
 */
import type { DialstackClient, GetOptions, ListPage, MutationOptions, Query } from '../core/types';
import type { components, operations } from './schema';

export type Schemas = components['schemas'];
export type QueryOf<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;

export type ReadOptions = Pick<GetOptions, 'signal' | 'cache' | 'timeoutMs'>;
/** `origin`: who made the change (the element), so it can skip reloading its own list. */
export type WriteOptions = Pick<MutationOptions, 'signal' | 'timeoutMs' | 'origin'>;
export interface ListOptions<Q extends Query> extends ReadOptions {
  query?: Q;
}
export interface PageOptions<Q extends Query> extends ListOptions<Q> {
  /** A `next_page_url`/`previous_page_url` from an earlier page; `query` is then ignored. */
  pageUrl?: string | null;
}

/** The contract's maximum `limit` for list endpoints. */
export const MAX_PAGE_LIMIT = 100;

/** One page of `path`, or of `pageUrl` (a cursor the API returned) when given. */
export const pageOf = <T, Q extends Query>(
  client: DialstackClient,
  path: string,
  { pageUrl, ...options }: PageOptions<Q>,
): Promise<ListPage<T>> =>
  client.page<T>(pageUrl || path, pageUrl ? { ...options, query: undefined } : options);

/** True for an API error with this HTTP status. */
export const hasStatus = (error: unknown, status: number): boolean =>
  (error as { status?: unknown } | null)?.status === status;
