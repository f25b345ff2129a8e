/**
 * Registers `<dialstack-call-logs>` (importing this module is all a page needs) and re-exports
 * the class for those who extend it. Defining twice warns instead of throwing.
 */
import { DialstackCallLogs } from './call-logs';

export const tagName = 'dialstack-call-logs';

const existing = customElements.get(tagName);
if (!existing) {
  customElements.define(tagName, DialstackCallLogs);
} else if (existing !== DialstackCallLogs) {
  console.warn(`[dialstack] <${tagName}> is already defined; keeping the existing definition.`);
}

export { DialstackCallLogs };
export type { CallLogsRowSelectDetail } from './call-logs';
