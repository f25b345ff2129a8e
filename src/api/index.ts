/**
 * The API layer: every request the elements make is built here, typed from the contract
 * (`schema.d.ts`), ids encoded with `apiPath`, each mutation declaring the cache tags it
 * invalidates.
 */
export * from './calls';
export * from './cursor-merge';
export * from './devices';
export * from './locations';
export * from './phone-number-orders';
export * from './phone-numbers';
export * from './port-orders';
export * from './shared';
export * from './team';
export * from './users';
export * from './voicemails';
