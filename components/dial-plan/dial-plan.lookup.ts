/**
 * What the dial plan's ids point at outside the plan (users, ring groups, boxes, voice apps,
 * other dial plans, audio clips, schedules), as the element loads them, and the editor's
 * friendly variants of `internal_dial`. Pure TypeScript.
 */
import type { components } from '../../src/api/schema';
import { isRecord, type GraphNode } from './dial-plan.graph';

export type Schedule = components['schemas']['Schedule'];

/** The kinds of resource an `internal_dial` `target_id` may name (the contract's list). */
export type TargetKind = 'user' | 'ring_group' | 'dial_plan' | 'voice_app' | 'shared_voicemail';

export interface Target {
  id: string;
  kind: TargetKind;
  name: string;
  /** The first active extension number, if any. */
  extension?: string;
}

export interface Clip {
  id: string;
  name: string;
  durationMs?: number;
}

export interface NameLookup {
  targets: ReadonlyMap<string, Target>;
  clips: ReadonlyMap<string, Clip>;
  schedules: ReadonlyMap<string, Schedule>;
  /**
   * True when every resource list loaded completely: only then does an id missing from the
   * maps mean the resource no longer exists.
   */
  complete: boolean;
}

export const emptyLookup = (): NameLookup => ({
  targets: new Map(),
  clips: new Map(),
  schedules: new Map(),
  complete: false,
});

/**
 * How the editor shows a node. `internal_dial` has friendly variants: Voicemail when the
 * target is a shared box or the timeout is 0 (the contract: straight to voicemail, `next`
 * ignored), Voice app, and Go to dial plan.
 */
export type NodeVariant =
  Exclude<GraphNode['kind'], 'internal_dial'> | 'ring' | 'voicemail' | 'voice_app' | 'dial_plan';

export function variantOf(node: GraphNode, lookup: NameLookup): NodeVariant {
  if (node.kind !== 'internal_dial') return node.kind;
  const config = isRecord(node.json.config) ? node.json.config : {};
  const target =
    typeof config.target_id === 'string' ? lookup.targets.get(config.target_id) : undefined;
  if (target?.kind === 'shared_voicemail' || config.timeout === 0) return 'voicemail';
  if (target?.kind === 'voice_app') return 'voice_app';
  if (target?.kind === 'dial_plan') return 'dial_plan';
  return 'ring';
}

/**
 * True when the runtime never follows the node's `next`: the call ends in voicemail, in a
 * voice app or in another dial plan. (A voice app or dial plan takes the call over; the
 * contract documents `next` as ignored only for voicemail, so only that is certain.)
 */
export const ignoresNext = (node: GraphNode, lookup: NameLookup): boolean =>
  variantOf(node, lookup) === 'voicemail';
