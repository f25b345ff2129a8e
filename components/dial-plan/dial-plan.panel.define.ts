/** Registers the internal `<dialstack-dial-plan-panel>` (loaded when the editor opens a step). */
import { defineElement } from '../../src/base/define';
import { DialstackDialPlanPanel } from './dial-plan.panel';

defineElement('dialstack-dial-plan-panel', DialstackDialPlanPanel);

export { DialstackDialPlanPanel };
export type { PanelConfigDetail, PanelConnectDetail, PanelDeleteDetail } from './dial-plan.panel';
