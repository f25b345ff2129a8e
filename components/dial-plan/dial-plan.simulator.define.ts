/** Registers the internal `<dialstack-dial-plan-simulator>` (loaded with the editor). */
import { defineElement } from '../../src/base/define';
import { DialstackDialPlanSimulator } from './dial-plan.simulator';

defineElement('dialstack-dial-plan-simulator', DialstackDialPlanSimulator);

export { DialstackDialPlanSimulator };
export type { SimulateDetail } from './dial-plan.simulator';
