/**
 * The dial plan as a graph: API JSON in, API JSON out, with nothing lost on the way.
 *
 * Every node keeps the exact object the API sent (`json`); what the canvas needs (its kind,
 * its exits and their targets) is derived from it. Edits are pure functions that return a new
 * graph and change only the fields they are about, so a node type or a config field this
 * version does not know survives any edit, and undo/redo is a stack of graphs.
 *
 * Pure TypeScript: no DOM, no Lit.
 */

/** The node types this version knows (the contract's `DialPlanNode.type` enum). */
export const NODE_TYPES = [
  'schedule',
  'internal_dial',
  'ring_all_users',
  'external_dial',
  'menu',
  'sound_clip',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];
/** A known type, or `unsupported` for a type this version does not know (kept as is). */
export type NodeKind = NodeType | 'unsupported';

export interface XY {
  x: number;
  y: number;
}

/** A node as the API has it. Fields this version does not know are kept. */
export interface NodeJson {
  id: string;
  type: string;
  position?: XY;
  config: Record<string, unknown>;
  [field: string]: unknown;
}

/** A dial plan as the API has it (`DialPlan`, or a draft without `id`). Unknown fields are kept. */
export interface PlanJson {
  id?: string;
  name?: string;
  entry_node?: string;
  nodes?: NodeJson[];
  [field: string]: unknown;
}

/** What happens when an exit has no target, as the contract defines it. */
export type EmptyExit = 'hang_up' | 'replay_menu';

export type ExitKind =
  'open' | 'closed' | 'no_answer' | 'next' | 'digit' | 'timeout' | 'invalid' | 'field';

/** One way out of a node; one edge at most per exit. */
export interface Exit {
  /** Unique within the node; the handle id on the canvas: `open`, `next`, `option-2`, `timeout`… */
  readonly id: string;
  readonly kind: ExitKind;
  /** The DTMF digit of a menu option exit. */
  readonly digit?: string;
  /** The config field of an exit read from an unsupported node. */
  readonly field?: string;
  /** Where the target id lives in the node's config. */
  readonly path: readonly (string | number)[];
  /** The target node id, or null when the exit leads nowhere (missing or null in the JSON). */
  readonly target: string | null;
  readonly whenEmpty: EmptyExit;
}

export interface GraphNode {
  readonly id: string;
  readonly type: string;
  readonly kind: NodeKind;
  /** The node exactly as the API has it (never mutated). */
  readonly json: Readonly<NodeJson>;
  readonly exits: readonly Exit[];
}

export interface DialPlanGraph {
  /** The plan's own fields as the API has them; `nodes` is rebuilt from `nodes` on output. */
  readonly plan: Readonly<PlanJson>;
  readonly nodes: readonly GraphNode[];
}

export interface GraphEdge {
  /** `${source}:${exit}`, or the start node's id for the start edge. */
  readonly id: string;
  readonly source: string;
  /** The exit's id (the start edge has `start`). */
  readonly exit: string;
  readonly kind: ExitKind | 'start';
  readonly digit?: string;
  readonly target: string;
  /** True when no node has the target id. */
  readonly dangling: boolean;
}

const KNOWN = new Set<string>(NODE_TYPES);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const targetOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The exits of a node, read from its config. Never throws, whatever the config holds. */
export function exitsOf(kind: NodeKind, config: unknown, nodeIds?: ReadonlySet<string>): Exit[] {
  const c = isRecord(config) ? config : {};
  const field = (id: string, kind: ExitKind, key: string, whenEmpty: EmptyExit): Exit => ({
    id,
    kind,
    path: [key],
    target: targetOf(c[key]),
    whenEmpty,
  });
  switch (kind) {
    case 'schedule':
      return [
        field('open', 'open', 'open', 'hang_up'),
        field('closed', 'closed', 'closed', 'hang_up'),
      ];
    case 'internal_dial':
    case 'ring_all_users':
    case 'external_dial':
      return [field('next', 'no_answer', 'next', 'hang_up')];
    case 'sound_clip':
      return [field('next', 'next', 'next', 'hang_up')];
    case 'menu': {
      const options = Array.isArray(c.options) ? c.options : [];
      const exits: Exit[] = options.map((option, index) => {
        const o = isRecord(option) ? option : {};
        return {
          id: `option-${index}`,
          kind: 'digit',
          digit: typeof o.digit === 'string' ? o.digit : '',
          path: ['options', index, 'next_node'],
          target: targetOf(o.next_node),
          whenEmpty: 'replay_menu',
        };
      });
      exits.push(field('timeout', 'timeout', 'timeout_next_node', 'replay_menu'));
      exits.push(field('invalid', 'invalid', 'invalid_next_node', 'replay_menu'));
      return exits;
    }
    default:
      // An unknown type: a top-level string field naming another node is most likely an exit.
      // Shown read-only so the steps after it are not reported unreachable.
      if (!nodeIds) return [];
      return Object.entries(c)
        .filter(([, value]) => typeof value === 'string' && nodeIds.has(value))
        .map(([key, value]) => ({
          id: `field-${key}`,
          kind: 'field' as const,
          field: key,
          path: [key],
          target: value as string,
          whenEmpty: 'hang_up' as const,
        }));
  }
}

export const kindOf = (type: unknown): NodeKind =>
  typeof type === 'string' && KNOWN.has(type) ? (type as NodeType) : 'unsupported';

function graphNode(json: NodeJson, nodeIds: ReadonlySet<string>): GraphNode {
  const kind = isRecord(json.config) ? kindOf(json.type) : 'unsupported';
  return {
    id: typeof json.id === 'string' ? json.id : String(json.id),
    type: typeof json.type === 'string' ? json.type : String(json.type),
    kind,
    json,
    exits: exitsOf(kind, json.config, nodeIds),
  };
}

function build(plan: Readonly<PlanJson>, jsons: readonly NodeJson[]): DialPlanGraph {
  const ids = new Set(jsons.map((n) => n.id));
  return { plan, nodes: jsons.map((n) => graphNode(n, ids)) };
}

/** API JSON -> graph. The plan is not copied: the graph holds the same objects, read only. */
export function toGraph(plan: Readonly<PlanJson>): DialPlanGraph {
  const nodes = Array.isArray(plan.nodes) ? plan.nodes.filter(isRecord) : [];
  return build(plan, nodes as NodeJson[]);
}

/** Graph -> API JSON: the same object shape and key order the API sent, with the edits. */
export function toJson(graph: DialPlanGraph): PlanJson {
  const nodes = graph.nodes.map((n) => n.json as NodeJson);
  if (!('nodes' in graph.plan) && nodes.length === 0) return { ...graph.plan };
  return { ...graph.plan, nodes };
}

export const entryOf = (graph: DialPlanGraph): string | undefined =>
  typeof graph.plan.entry_node === 'string' && graph.plan.entry_node !== ''
    ? graph.plan.entry_node
    : undefined;

export const nodeById = (graph: DialPlanGraph, id: string): GraphNode | undefined =>
  graph.nodes.find((n) => n.id === id);

/** An id for the synthetic Start node that no node of the plan has. */
export function startId(graph: DialPlanGraph): string {
  let id = '@start';
  while (graph.nodes.some((n) => n.id === id)) id += '_';
  return id;
}

/** Every edge: the start edge to `entry_node`, then one per connected exit. */
export function edgesOf(graph: DialPlanGraph): GraphEdge[] {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const edges: GraphEdge[] = [];
  const entry = entryOf(graph);
  if (entry !== undefined) {
    const start = startId(graph);
    edges.push({
      id: start,
      source: start,
      exit: 'start',
      kind: 'start',
      target: entry,
      dangling: !ids.has(entry),
    });
  }
  for (const node of graph.nodes) {
    for (const exit of node.exits) {
      if (exit.target === null) continue;
      edges.push({
        id: `${node.id}:${exit.id}`,
        source: node.id,
        exit: exit.id,
        kind: exit.kind,
        ...(exit.digit !== undefined ? { digit: exit.digit } : {}),
        target: exit.target,
        dangling: !ids.has(exit.target),
      });
    }
  }
  return edges;
}

// ---- Edits: pure functions, graph in, new graph out ----

/** Returns `value` with `path` set (or deleted when `next` is undefined), copying only that path. */
function setIn(value: unknown, path: readonly (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const array = Array.isArray(value) ? [...value] : [];
    array[head] = setIn(array[head], rest, next);
    return array;
  }
  const record = isRecord(value) ? { ...value } : {};
  const child = setIn(record[head!], rest, next);
  if (child === undefined) delete record[head!];
  else record[head!] = child;
  return record;
}

function replaceNodes(
  graph: DialPlanGraph,
  update: (json: NodeJson, index: number) => NodeJson | null,
  plan: Readonly<PlanJson> = graph.plan,
): DialPlanGraph {
  const jsons: NodeJson[] = [];
  let changed = plan !== graph.plan;
  graph.nodes.forEach((node, index) => {
    const next = update(node.json as NodeJson, index);
    if (next !== node.json) changed = true;
    if (next) jsons.push(next);
  });
  return changed ? build(plan, jsons) : graph;
}

const withPlanField = (graph: DialPlanGraph, key: string, value: unknown): PlanJson =>
  ({ ...graph.plan, [key]: value }) as PlanJson;

/**
 * Points a node's exit at `target` (or at nothing with null). One edge per exit. Exits read
 * from an unsupported node are read only.
 */
export function connect(
  graph: DialPlanGraph,
  source: string,
  exitId: string,
  target: string | null,
): DialPlanGraph {
  const exit = nodeById(graph, source)?.exits.find((e) => e.id === exitId);
  return exit?.kind === 'field' ? graph : relink(graph, source, exit, target);
}

function relink(
  graph: DialPlanGraph,
  source: string,
  exit: Exit | undefined,
  target: string | null,
): DialPlanGraph {
  const node = nodeById(graph, source);
  if (!node || !exit || exit.target === target) return graph;
  return replaceNodes(graph, (json) =>
    json === node.json
      ? { ...json, config: setIn(json.config, exit.path, target) as NodeJson['config'] }
      : json,
  );
}

/** Removes the exit's edge: the exit then hangs up or replays the menu (see `whenEmpty`). */
export const disconnect = (graph: DialPlanGraph, source: string, exitId: string) =>
  connect(graph, source, exitId, null);

/** Makes `nodeId` the first step (the Start node's target); '' leaves the plan without one. */
export function setEntry(graph: DialPlanGraph, nodeId: string): DialPlanGraph {
  if (graph.plan.entry_node === nodeId) return graph;
  return build(
    withPlanField(graph, 'entry_node', nodeId),
    graph.nodes.map((n) => n.json as NodeJson),
  );
}

/** Moves nodes; positions keep any other field they had. */
export function moveNodes(graph: DialPlanGraph, positions: ReadonlyMap<string, XY>): DialPlanGraph {
  return replaceNodes(graph, (json) => {
    const to = positions.get(json.id);
    if (!to) return json;
    const from: Record<string, unknown> = isRecord(json.position) ? json.position : {};
    if (from.x === to.x && from.y === to.y) return json;
    return { ...json, position: { ...from, x: to.x, y: to.y } as XY };
  });
}

export const moveNode = (graph: DialPlanGraph, id: string, position: XY) =>
  moveNodes(graph, new Map([[id, position]]));

/** The config a new node of each type starts with (the contract's defaults where it has them). */
export function defaultConfig(type: NodeType): Record<string, unknown> {
  switch (type) {
    case 'schedule':
      return { schedule_id: '', open: null, closed: null };
    case 'internal_dial':
      return { target_id: '', timeout: 30, next: null };
    case 'ring_all_users':
      return { timeout: 30, next: null };
    case 'external_dial':
      return { phone_number: '', timeout: 30, next: null };
    case 'menu':
      return {
        prompt_clip_id: '',
        timeout: 5,
        options: [{ digit: '1', next_node: null }],
        timeout_next_node: null,
        invalid_next_node: null,
      };
    case 'sound_clip':
      return { clip_id: '', next: null };
  }
}

/** A node id not used in the graph: `menu`, `menu_2`, `menu_3`… */
export function freshId(graph: DialPlanGraph, base: string): string {
  const taken = new Set(graph.nodes.map((n) => n.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}_${n}`)) n++;
  return `${base}_${n}`;
}

export interface NewNode {
  type: NodeType;
  position?: XY;
  config?: Record<string, unknown>;
  id?: string;
}

/** Adds a node; the first node of a plan without an entry becomes the entry. */
export function addNode(graph: DialPlanGraph, spec: NewNode): { graph: DialPlanGraph; id: string } {
  const id = spec.id && !nodeById(graph, spec.id) ? spec.id : freshId(graph, spec.type);
  const json: NodeJson = {
    id,
    type: spec.type,
    ...(spec.position ? { position: { x: spec.position.x, y: spec.position.y } } : {}),
    config: spec.config ?? defaultConfig(spec.type),
  };
  const plan = entryOf(graph) === undefined ? withPlanField(graph, 'entry_node', id) : graph.plan;
  return { graph: build(plan, [...graph.nodes.map((n) => n.json as NodeJson), json]), id };
}

/**
 * Points every exit that leads to one of `ids` at `to`. Unsupported nodes are changed only
 * for a rename (their meaning is unknown, but a renamed target is still the same step).
 */
function relinkAll(
  graph: DialPlanGraph,
  ids: ReadonlySet<string>,
  to: string | null,
): DialPlanGraph {
  return replaceNodes(graph, (json, index) => {
    let config: unknown = json.config;
    for (const exit of graph.nodes[index]!.exits) {
      if (exit.target === null || !ids.has(exit.target)) continue;
      if (exit.kind === 'field' && to === null) continue;
      config = setIn(config, exit.path, to);
    }
    return config === json.config ? json : { ...json, config: config as NodeJson['config'] };
  });
}

/**
 * Deletes nodes and clears the exits that led to them. Deleting the entry leaves the plan
 * without one (validation then asks for a first step).
 */
export function deleteNodes(graph: DialPlanGraph, ids: Iterable<string>): DialPlanGraph {
  const gone = new Set(ids);
  if (!graph.nodes.some((n) => gone.has(n.id))) return graph;
  const cleared = relinkAll(graph, gone, null);
  const entry = entryOf(cleared);
  const plan =
    entry !== undefined && gone.has(entry)
      ? withPlanField(cleared, 'entry_node', '')
      : cleared.plan;
  return replaceNodes(cleared, (json) => (gone.has(json.id) ? null : json), plan);
}

export const deleteNode = (graph: DialPlanGraph, id: string) => deleteNodes(graph, [id]);

/**
 * Changes config fields: each key of `patch` is set, `undefined` deletes it; other fields
 * (including unknown ones) are kept in place.
 */
export function setConfig(
  graph: DialPlanGraph,
  id: string,
  patch: Record<string, unknown>,
): DialPlanGraph {
  return replaceNodes(graph, (json) => {
    if (json.id !== id) return json;
    let config: unknown = json.config;
    for (const [key, value] of Object.entries(patch)) config = setIn(config, [key], value);
    return { ...json, config: config as NodeJson['config'] };
  });
}

/** Renames a node and every reference to it (exits and entry). */
export function renameNode(graph: DialPlanGraph, from: string, to: string): DialPlanGraph {
  if (from === to || !to || nodeById(graph, to) || !nodeById(graph, from)) return graph;
  const relinked = relinkAll(graph, new Set([from]), to);
  const plan =
    entryOf(relinked) === from ? withPlanField(relinked, 'entry_node', to) : relinked.plan;
  return replaceNodes(relinked, (json) => (json.id === from ? { ...json, id: to } : json), plan);
}

/** Sets the plan's name (kept verbatim otherwise). */
export function setName(graph: DialPlanGraph, name: string): DialPlanGraph {
  if (graph.plan.name === name) return graph;
  return build(
    withPlanField(graph, 'name', name),
    graph.nodes.map((n) => n.json as NodeJson),
  );
}
