/**
 * The options of the step panel's pickers, grouped by kind: internal-dial targets (users, ring
 * groups, dial plans, voice apps, shared voicemail boxes), schedules, audio clips, and the
 * plan's own steps for an exit. Pure TypeScript: labels come in through functions.
 */
import type { ComboboxGroup, ComboboxOption } from '../../src/ui/combobox';
import type { DialPlanGraph, GraphNode } from './dial-plan.graph';
import type { NameLookup, NodeVariant, Target, TargetKind } from './dial-plan.lookup';

/** The contract's target kinds, in the order the picker lists them. */
export const TARGET_KINDS: readonly TargetKind[] = [
  'user',
  'ring_group',
  'dial_plan',
  'voice_app',
  'shared_voicemail',
];

/** The kind a friendly variant is about: its group comes first in the picker. */
const VARIANT_KIND: Partial<Record<NodeVariant, TargetKind>> = {
  voicemail: 'shared_voicemail',
  voice_app: 'voice_app',
  dial_plan: 'dial_plan',
};

const byLabel = (a: ComboboxOption, b: ComboboxOption) => a.label.localeCompare(b.label);

export interface TargetGroupOptions {
  /** The group's heading: "Users", "Ring groups"… */
  groupLabel: (kind: TargetKind) => string;
  /** An option's text: "Front Desk (ext. 200)". */
  optionLabel: (target: Target) => string;
  /** The node's variant: its kind's group is listed first. */
  variant?: NodeVariant;
  /** A target not to offer (the plan being edited: dialling it would loop). */
  exclude?: string;
}

/** Every internal-dial target, one group per kind (empty groups dropped), names sorted. */
export function targetGroups(lookup: NameLookup, options: TargetGroupOptions): ComboboxGroup[] {
  const first = options.variant ? VARIANT_KIND[options.variant] : undefined;
  const kinds = first ? [first, ...TARGET_KINDS.filter((k) => k !== first)] : TARGET_KINDS;
  const targets = [...lookup.targets.values()].filter((t) => t.id !== options.exclude);
  return kinds
    .map((kind) => ({
      label: options.groupLabel(kind),
      options: targets
        .filter((t) => t.kind === kind)
        .map((t) => ({ value: t.id, label: options.optionLabel(t) }))
        .sort(byLabel),
    }))
    .filter((g) => g.options.length > 0);
}

/** The account's schedules, "Clinic Hours (America/Los_Angeles)". */
export function scheduleGroups(
  lookup: NameLookup,
  groupLabel: string,
  optionLabel: (name: string, zone: string | undefined) => string,
): ComboboxGroup[] {
  const options = [...lookup.schedules.values()]
    .map((s) => ({ value: s.id, label: optionLabel(s.name || s.id, s.timezone || undefined) }))
    .sort(byLabel);
  return options.length ? [{ label: groupLabel, options }] : [];
}

/** The account's audio clips, after a "none" option (clips may be empty on a draft). */
export function clipGroups(
  lookup: NameLookup,
  labels: { none: string; noClip: string; clips: string },
  optionLabel: (name: string, durationMs: number | undefined) => string,
): ComboboxGroup[] {
  const options = [...lookup.clips.values()]
    .map((c) => ({ value: c.id, label: optionLabel(c.name || c.id, c.durationMs) }))
    .sort(byLabel);
  return [
    { label: labels.none, options: [{ value: null, label: labels.noClip }] },
    ...(options.length ? [{ label: labels.clips, options }] : []),
  ];
}

export interface StepOption {
  id: string;
  label: string;
}

/** The plan's other steps, in plan order, as an exit's possible next step. */
export function stepOptions(
  graph: DialPlanGraph | undefined,
  self: string,
  label: (node: GraphNode) => string,
): StepOption[] {
  return (graph?.nodes ?? [])
    .filter((n) => n.id !== self)
    .map((n) => ({ id: n.id, label: label(n) }));
}
