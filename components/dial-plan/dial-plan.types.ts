/** Public types of `<dialstack-dial-plan>`: the `detail` of its events. */
import type { DialPlan } from '../../src/api/dial-plans';
import type { NodeJson } from './dial-plan.graph';

/** `detail` of `dialstack-node-select`. */
export interface NodeSelectDetail {
  id: string;
  /** The node as the API has it. */
  node: NodeJson;
}

/** `detail` of `dialstack-save`. */
export interface SaveDetail {
  /** The plan as the API returned it (with its id once created). */
  plan: DialPlan;
}

/** `detail` of `dialstack-dirty-change`. */
export interface DirtyChangeDetail {
  dirty: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A step of the dial plan was selected (click, Enter or Space). */
    'dialstack-node-select': CustomEvent<NodeSelectDetail>;
    /** The editor saved the plan. */
    'dialstack-save': CustomEvent<SaveDetail>;
    /** The editor's plan became different from (or again equal to) the saved one. */
    'dialstack-dirty-change': CustomEvent<DirtyChangeDetail>;
  }
}
