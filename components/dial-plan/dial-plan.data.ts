/**
 * Data functions of `<dialstack-dial-plan>`: load the plan and the names its nodes point at,
 * save it (update, or create when it has no id yet). They take the client and pass the
 * AbortSignal through.
 */
import {
  createDialPlan,
  getDialPlan,
  listAllAudioClips,
  listAllDialPlans,
  listAllRingGroups,
  listAllSchedules,
  listAllSharedVoicemailBoxes,
  listAllUsers,
  listAllVoiceApps,
  updateDialPlan,
  type DialPlan,
  type ReadOptions,
  type WriteOptions,
} from '../../src/api/dial-plans';
import type { DialstackClient } from '../../src/core/types';
import { loadPhoneFormatting } from '../../src/i18n/phone';
import { entryOf, toJson, type DialPlanGraph, type PlanJson } from './dial-plan.graph';
import type { Clip, NameLookup, Schedule, Target, TargetKind } from './dial-plan.lookup';

interface Named {
  id: string;
  name?: string | null;
  email?: string | null;
  extensions?: { data?: { number: string; status?: string }[] };
}

function targetOf(item: Named, kind: TargetKind): Target {
  const extensions = item.extensions?.data ?? [];
  const extension = (extensions.find((e) => e.status === 'active') ?? extensions[0])?.number;
  return {
    id: item.id,
    kind,
    name: item.name || item.email || item.id,
    ...(extension ? { extension } : {}),
  };
}

/**
 * Every resource a node may name, as one lookup. A list that fails to load leaves the lookup
 * incomplete (names then show as unknown, and validation does not call them deleted).
 */
export async function loadNameLookup(
  client: DialstackClient,
  options: ReadOptions = {},
): Promise<NameLookup> {
  const settled = await Promise.allSettled([
    listAllUsers(client, options),
    listAllRingGroups(client, options),
    listAllDialPlans(client, options),
    listAllVoiceApps(client, options),
    listAllSharedVoicemailBoxes(client, options),
    listAllAudioClips(client, options),
    listAllSchedules(client, options),
  ] as const);
  options.signal?.throwIfAborted();
  const value = <T>(result: PromiseSettledResult<T[]>): T[] =>
    result.status === 'fulfilled' ? result.value : [];
  const [users, ringGroups, dialPlans, voiceApps, boxes, clips, schedules] = settled;
  const targets = new Map<string, Target>();
  const add = (items: readonly Named[], kind: TargetKind) => {
    for (const item of items) targets.set(item.id, targetOf(item, kind));
  };
  add(value(users) as Named[], 'user');
  add(value(ringGroups) as Named[], 'ring_group');
  add(value(dialPlans) as Named[], 'dial_plan');
  add(value(voiceApps) as Named[], 'voice_app');
  add(value(boxes) as Named[], 'shared_voicemail');
  return {
    targets,
    clips: new Map<string, Clip>(
      value(clips).map((c) => [c.id, { id: c.id, name: c.name, durationMs: c.duration_ms }]),
    ),
    schedules: new Map<string, Schedule>(value(schedules).map((s) => [s.id, s])),
    complete: settled.every((r) => r.status === 'fulfilled'),
  };
}

/**
 * The plan. One that forwards calls to outside numbers starts loading the phone formatter as
 * soon as it arrives, while the names are still loading: its cards are then formatted once,
 * not first by the built-in formatter and again by the full one just before the first paint.
 */
export async function loadDialPlan(
  client: DialstackClient,
  id: string,
  options: ReadOptions = {},
): Promise<DialPlan> {
  const plan = await getDialPlan(client, id, options);
  if (plan.nodes?.some((node) => node.type === 'external_dial')) void loadPhoneFormatting();
  return plan;
}

/**
 * Saves the graph: the full node list (each node exactly as held, unknown fields included)
 * to `POST /v1/dialplans/{id}`, or `POST /v1/dialplans` when the plan has no id yet. The
 * caller adopts the returned plan (and its id), so a second save updates it.
 */
export async function saveDialPlan(
  client: DialstackClient,
  graph: DialPlanGraph,
  options: WriteOptions = {},
): Promise<DialPlan> {
  const plan: PlanJson = toJson(graph);
  const nodes = (plan.nodes ?? []) as DialPlan['nodes'];
  const entry = entryOf(graph);
  const name = typeof plan.name === 'string' ? plan.name : '';
  if (typeof plan.id === 'string' && plan.id !== '') {
    const body = { ...(name ? { name } : {}), entry_node: entry ?? '', nodes };
    return updateDialPlan(client, plan.id, body, options);
  }
  return createDialPlan(
    client,
    { name, nodes, ...(entry !== undefined ? { entry_node: entry } : {}) },
    options,
  );
}
