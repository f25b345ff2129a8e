/**
 * @dialstack/elements: the shared runtime. Registers no elements: import
 * `@dialstack/elements/<element>` (or call `instance.create(name)`) for those.
 */
export { loadDialstackAndInitialize } from './core/initialize';
export { DialstackApiError } from './core/errors';
export { toLoadErrorDetail } from './base/load-error';
export { apiPath } from './core/api-path';
export type * from './core/types';
// The API functions are at `@dialstack/elements/api` (see src/api/public.ts); their types stay here.
export type * from './api/calls';
export type * from './api/users';
export type * from './api/voicemails';
export type * from './api/phone-numbers';
export type * from './api/phone-number-orders';
export type { ListOptions, PageOptions, ReadOptions, WriteOptions } from './api/shared';
export type { CallBackDetail, LoaderStartDetail, RowSelectDetail } from './base/events';
// The element classes, as types only (nothing is registered): `create(name)` returns them, and
// their modules declare each tag in `HTMLElementTagNameMap` and each event's `detail`.
export type { DialstackCallLogs } from '../components/call-logs/call-logs';
export type { DialstackCallHistory } from '../components/call-history/call-history';
export type { DialstackVoicemails } from '../components/voicemails/voicemails';
export type { DialstackPhoneNumbers } from '../components/phone-numbers/phone-numbers';
export type { DialstackPhoneNumberOrdering } from '../components/phone-number-ordering/phone-number-ordering';
export type { DialstackAccountOnboarding } from '../components/account-onboarding/account-onboarding';
export type { DialstackDialPlan } from '../components/dial-plan/dial-plan';
