/** Registers the internal `<dialstack-dial-plan-findings>` (loaded with the editor). */
import { defineElement } from '../../src/base/define';
import { DialstackDialPlanFindings } from './dial-plan.findings';

defineElement('dialstack-dial-plan-findings', DialstackDialPlanFindings);

export { DialstackDialPlanFindings };
export type { FindingSelectDetail } from './dial-plan.findings';
