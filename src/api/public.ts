/**
 * `@dialstack/elements/api`: the typed resource functions the elements use, for hosts that call
 * the API themselves with `instance.client` (`listCalls(client, { direction: 'inbound' })`).
 * A subpath of its own, not the root entry: re-exported from the root, their modules stayed in
 * every bundle as side-effect imports even when unused (+2.9 kB gzipped on the core). The root
 * still exports their types.
 */
export * from './calls';
export * from './users';
export * from './voicemails';
export * from './phone-numbers';
export * from './phone-number-orders';
export type { ListOptions, PageOptions, ReadOptions, WriteOptions } from './shared';
