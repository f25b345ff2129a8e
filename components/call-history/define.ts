/**
 * Registers `<dialstack-call-history>` (importing this module is all a page needs) and
 * re-exports the class for those who extend it. Defining twice warns instead of throwing.
 */
import { DialstackCallHistory } from './call-history';

export const tagName = 'dialstack-call-history';

const existing = customElements.get(tagName);
if (!existing) {
  customElements.define(tagName, DialstackCallHistory);
} else if (existing !== DialstackCallHistory) {
  console.warn(`[dialstack] <${tagName}> is already defined; keeping the existing definition.`);
}

export { DialstackCallHistory };
export type { CallBackDetail, CallHistoryRowSelectDetail } from './call-history';
