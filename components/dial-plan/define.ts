/**
 * Registers `<dialstack-dial-plan>` (importing this module is all a page needs) and
 * re-exports the class for those who extend it. Defining twice warns instead of throwing.
 */
import { defineElement } from '../../src/base/define';
import { DialstackDialPlan } from './dial-plan';

export const tagName = 'dialstack-dial-plan';

defineElement(tagName, DialstackDialPlan);

export { DialstackDialPlan };
export type { DirtyChangeDetail, NodeSelectDetail, SaveDetail } from './dial-plan';
