/**
 * Registers `<dialstack-call-history>` (importing this module is all a page needs) and
 * re-exports the class for those who extend it. Defining twice warns instead of throwing.
 */
import { defineElement } from '../../src/base/define';
import { DialstackCallHistory } from './call-history';

export const tagName = 'dialstack-call-history';

defineElement(tagName, DialstackCallHistory);

export { DialstackCallHistory };
export type { CallBackDetail, CallHistoryRowSelectDetail } from './call-history';
