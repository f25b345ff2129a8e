/**
 * Dial plans: list/read (expand[]=extensions), create, update (nodes replace wholesale), delete
 * (409 while an extension points at the plan). Nodes are checked beyond the schema: unique ids,
 * each config valid for its node type, every node reference and resource id resolvable; a plan
 * that dials itself is a routing loop (422 on create, where the contract declares RoutingLoop;
 * 400 on update, which declares only BadRequest).
 */
import type { HttpHandler } from 'msw';
import { ApiError, named, notFound, validationError } from '../errors';
import { findRoutingTarget } from '../lookup';
import { paginate } from '../pagination';
import { json, noContent, route } from '../route';
import { wantsExtensions, withExtensions } from '../serialize';
import type { MockStore } from '../store';
import { iso } from '../time';
import type { DialPlan, DialPlanNode } from '../types';
import { detailsFrom, schemaValidator } from '../validation';

const CONFIG_SCHEMAS: Record<DialPlanNode['type'], string> = {
  schedule: 'ScheduleNodeConfig',
  internal_dial: 'InternalDialNodeConfig',
  ring_all_users: 'RingAllUsersNodeConfig',
  external_dial: 'ExternalDialNodeConfig',
  menu: 'MenuNodeConfig',
  sound_clip: 'SoundClipNodeConfig',
};

type AnyConfig = Record<string, unknown> & {
  options?: { digit: string; next_node?: string | null }[];
};

/** Node-id fields of a config, as [path, value] pairs. */
function nodeReferences(config: AnyConfig): [string, unknown][] {
  const refs: [string, unknown][] = [
    'next',
    'open',
    'closed',
    'timeout_next_node',
    'invalid_next_node',
  ]
    .filter((key) => key in config)
    .map((key) => [key, config[key]]);
  (config.options ?? []).forEach((option, j) =>
    refs.push([`options[${j}].next_node`, option.next_node]),
  );
  return refs;
}

export function checkDialPlan(
  store: MockStore,
  planId: string | null,
  entryNode: string,
  nodes: readonly DialPlanNode[],
  loopStatus: 400 | 422,
): void {
  const problems: Record<string, string> = {};
  const ids = new Set<string>();
  nodes.forEach((node, i) => {
    if (ids.has(node.id)) problems[`nodes[${i}].id`] = 'duplicates another node id';
    ids.add(node.id);
    const validate = schemaValidator(CONFIG_SCHEMAS[node.type]);
    if (!validate(node.config))
      Object.assign(problems, detailsFrom(validate.errors, `nodes[${i}].config`));
  });
  nodes.forEach((node, i) => {
    const config = node.config as AnyConfig;
    const at = (field: string) => `nodes[${i}].config.${field}`;
    for (const [field, ref] of nodeReferences(config)) {
      if (ref !== null && ref !== undefined && !ids.has(String(ref)))
        problems[at(field)] ??= `is not a node of this dial plan`;
    }
    const digits = (config.options ?? []).map((o) => o.digit);
    if (new Set(digits).size !== digits.length)
      problems[at('options')] ??= 'has the same digit twice';
    if (
      node.type === 'schedule' &&
      typeof config.schedule_id === 'string' &&
      !store.data.schedules.some((s) => s.id === config.schedule_id)
    ) {
      problems[at('schedule_id')] ??= 'is not a schedule of this account';
    }
    for (const clipField of ['clip_id', 'prompt_clip_id']) {
      const clip = config[clipField];
      if (
        typeof clip === 'string' &&
        clip !== '' &&
        !store.data.audioClips.some((c) => c.id === clip)
      ) {
        problems[at(clipField)] ??= 'is not an audio clip of this account';
      }
    }
    if (
      node.type === 'internal_dial' &&
      typeof config.target_id === 'string' &&
      config.target_id !== planId &&
      !findRoutingTarget(store, config.target_id)
    ) {
      problems[at('target_id')] ??=
        'is not a user, ring group, dial plan, voice app or shared voicemail box';
    }
  });
  if (nodes.length && !ids.has(entryNode))
    problems.entry_node = 'must be the id of one of the nodes';
  if (!nodes.length && entryNode) problems.entry_node = 'must be empty when the plan has no nodes';
  if (Object.keys(problems).length) throw validationError('Invalid dial plan', problems);

  const loop = planId === null ? null : findLoop(store, planId, nodes);
  if (loop)
    throw new ApiError(loopStatus, `routing loop detected: ${loop.join(' → ')}`, 'routing_loop', {
      nodes: 'dial this plan back through nested dial plans',
    });
}

/** A cycle of dial plans reached through internal_dial nodes, starting and ending at `planId`. */
function findLoop(
  store: MockStore,
  planId: string,
  nodes: readonly DialPlanNode[],
): string[] | null {
  const nodesOf = (id: string) =>
    id === planId ? nodes : (store.data.dialPlans.find((p) => p.id === id)?.nodes ?? []);
  const dialed = (id: string) =>
    nodesOf(id)
      .filter((n) => n.type === 'internal_dial')
      .map((n) => (n.config as AnyConfig).target_id)
      .filter(
        (t): t is string =>
          typeof t === 'string' && (t === planId || store.data.dialPlans.some((p) => p.id === t)),
      );
  const visit = (id: string, path: string[]): string[] | null => {
    for (const next of dialed(id)) {
      if (next === planId) return [...path, next];
      if (!path.includes(next)) {
        const found = visit(next, [...path, next]);
        if (found) return found;
      }
    }
    return null;
  };
  return visit(planId, [planId]);
}

export function dialPlanRoutes(store: MockStore): HttpHandler[] {
  const find = (id: string | undefined) => {
    const plan = store.data.dialPlans.find((p) => p.id === id);
    if (!plan) throw notFound('DialPlanNotFound');
    return plan;
  };

  return [
    route(store, 'listDialPlans', ({ query, url }) => {
      const page = paginate(store.data.dialPlans, {
        url,
        limit: query.limit ?? 10,
        key: (p) => p.created_at,
        id: (p) => p.id,
      });
      const expand = wantsExtensions(query);
      return json({ ...page, data: page.data.map((p) => withExtensions(store, p, expand)) });
    }),

    route(store, 'getDialPlan', ({ params, query }) =>
      json(withExtensions(store, find(params.dial_plan_id), wantsExtensions(query))),
    ),

    route(store, 'createDialPlan', ({ body }) => {
      const request = body as { name: string; entry_node?: string; nodes?: DialPlanNode[] };
      const nodes = request.nodes ?? [];
      const entry = request.entry_node ?? nodes[0]?.id ?? '';
      const id = store.nextId('dp');
      checkDialPlan(store, id, entry, nodes, 422);
      const now = iso(store.now());
      const plan: DialPlan = {
        id,
        name: request.name,
        entry_node: entry,
        nodes,
        created_at: now,
        updated_at: now,
      };
      store.data.dialPlans.unshift(plan);
      return json(plan, 201);
    }),

    route(store, 'updateDialPlan', ({ params, body }) => {
      const plan = find(params.dial_plan_id);
      const request = body as { name?: string; entry_node?: string; nodes?: DialPlanNode[] };
      const nodes = request.nodes ?? plan.nodes;
      const entry =
        request.entry_node ??
        (request.nodes && !request.nodes.some((n) => n.id === plan.entry_node)
          ? (nodes[0]?.id ?? '')
          : plan.entry_node);
      checkDialPlan(store, plan.id, entry, nodes, 400);
      if (request.name !== undefined) plan.name = request.name;
      plan.entry_node = entry;
      plan.nodes = nodes;
      plan.updated_at = iso(store.now());
      return json(plan);
    }),

    route(store, 'deleteDialPlan', ({ params }) => {
      const plan = find(params.dial_plan_id);
      const extensions = store.data.extensions
        .filter((e) => e.target === plan.id)
        .map((e) => e.number);
      if (extensions.length) throw named(409, 'DialPlanConflict', { extensions });
      store.data.dialPlans = store.data.dialPlans.filter((p) => p !== plan);
      for (const number of store.data.phoneNumbers)
        if (number.routing_target === plan.id) number.routing_target = null;
      return noContent();
    }),
  ];
}
