/**
 * @dialstack/elements: the shared runtime. Registers no elements: import
 * `@dialstack/elements/<element>` (or call `instance.create(name)`) for those.
 */
export { loadDialstackAndInitialize } from './core/initialize';
export { DialstackApiError, toLoadErrorDetail } from './core/errors';
export { apiPath } from './core/api-path';
export { dialstackContext } from './base/context';
export type * from './core/types';
export * from './api/resources';
export type { CallBackDetail, LoaderStartDetail, RowSelectDetail } from './base/events';
