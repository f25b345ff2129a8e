/**
 * Registers `<dialstack-call-logs>` (importing this module is all a page needs) and re-exports
 * the class for those who extend it. Defining twice warns instead of throwing.
 */
import { defineElement } from '../../src/base/define';
import { DialstackCallLogs } from './call-logs';

export const tagName = 'dialstack-call-logs';

defineElement(tagName, DialstackCallLogs);

export { DialstackCallLogs };
export type { CallLogsRowSelectDetail } from './call-logs';
