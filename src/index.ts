/**
 * @dialstack/elements: the shared runtime. Registers no elements: import
 * `@dialstack/elements/<element>` (or call `instance.create(name)`) for those.
 */
export { loadDialstackAndInitialize } from './core/initialize';
export { DialstackApiError } from './core/errors';
export { toLoadErrorDetail } from './base/load-error';
export { apiPath } from './core/api-path';
export { dialstackContext } from './base/context';
export type * from './core/types';
export * from './api/calls';
export * from './api/users';
export * from './api/voicemails';
export type { ListOptions, PageOptions, ReadOptions, WriteOptions } from './api/shared';
export type { CallBackDetail, LoaderStartDetail, RowSelectDetail } from './base/events';
