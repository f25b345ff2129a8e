/**
 * Auto-layout for plans saved without positions, and the editor's "Auto-layout" action:
 * left to right: dagre for small plans (loaded on demand, not part of the element's first
 * load), this package's own layered layout (dial-plan.layered.ts, small, static) for large ones.
 * Positions are top-left corners, as @xyflow/system has them. Pure TypeScript.
 */
import { edgesOf, startId, type DialPlanGraph, type GraphNode, type XY } from './dial-plan.graph';
// Static on purpose (1.4 kB gzipped): a large plan without positions is laid out as soon as
// its data arrives, without a chunk request after it. dagre (~10x that) stays lazy.
import { layeredLayout } from './dial-plan.layered';

export interface Size {
  width: number;
  height: number;
}

export interface LayoutOptions {
  /** The rendered size of a node's card (measured by the canvas); default 240 × 96. */
  nodeSize?: (node: GraphNode) => Size;
  /** The Start node's size; default 96 × 40. */
  startSize?: Size;
  /** Gap between columns (ranks) and between nodes of a column. */
  rankGap?: number;
  nodeGap?: number;
  /**
   * `dagre` (its network-simplex ranking and crossing minimisation: the tidiest result, but
   * seconds at a few hundred steps), `layered` (this package's own layered layout, linear-ish:
   * milliseconds at 1,000 steps) or `auto` (the default: dagre up to `DAGRE_MAX_NODES` steps).
   */
  engine?: 'auto' | 'dagre' | 'layered';
}

/** The largest plan `engine: 'auto'` gives to dagre (dagre: 0.1-0.5 s at 50 steps here, 1-5 s at 300). */
export const DAGRE_MAX_NODES = 60;

export const DEFAULT_NODE_SIZE: Size = { width: 240, height: 96 };
export const DEFAULT_START_SIZE: Size = { width: 96, height: 40 };

const isXY = (value: unknown): value is XY =>
  typeof value === 'object' &&
  value !== null &&
  Number.isFinite((value as XY).x) &&
  Number.isFinite((value as XY).y);

/** The saved position of a node, if it has a usable one. */
export const savedPosition = (node: GraphNode): XY | undefined =>
  isXY(node.json.position) ? { x: node.json.position.x, y: node.json.position.y } : undefined;

/** True when some node has no saved position: the plan must be laid out to be shown. */
export const needsLayout = (graph: DialPlanGraph): boolean =>
  graph.nodes.some((node) => !savedPosition(node));

/**
 * Where the Start node goes when every node has a saved position: left of the entry node
 * (or of the leftmost node), vertically centred on it.
 */
export function startPosition(
  graph: DialPlanGraph,
  positions: ReadonlyMap<string, XY>,
  options: LayoutOptions = {},
): XY {
  const start = options.startSize ?? DEFAULT_START_SIZE;
  const node = options.nodeSize ?? (() => DEFAULT_NODE_SIZE);
  const gap = options.rankGap ?? 80;
  const entryId = edgesOf(graph).find((e) => e.kind === 'start')?.target;
  const entry = graph.nodes.find((n) => n.id === entryId);
  const anchor = entry && positions.get(entry.id);
  if (entry && anchor) {
    return {
      x: anchor.x - gap - start.width,
      y: anchor.y + node(entry).height / 2 - start.height / 2,
    };
  }
  const all = [...positions.values()];
  const x = all.length ? Math.min(...all.map((p) => p.x)) : 0;
  const y = all.length ? Math.min(...all.map((p) => p.y)) : 0;
  return { x: x - gap - start.width, y };
}

/** The saved positions, plus the Start node's (for a plan that needs no layout). */
export function savedPositions(graph: DialPlanGraph, options: LayoutOptions = {}): Map<string, XY> {
  const positions = new Map<string, XY>();
  for (const node of graph.nodes) {
    const saved = savedPosition(node);
    if (saved && !positions.has(node.id)) positions.set(node.id, saved);
  }
  positions.set(startId(graph), startPosition(graph, positions, options));
  return positions;
}

/**
 * Lays every node out left to right (the Start node first, then each step a column further
 * than the step leading to it). Returns top-left positions by node id, Start included.
 */
export async function autoLayout(
  graph: DialPlanGraph,
  options: LayoutOptions = {},
): Promise<Map<string, XY>> {
  const sizeOf = options.nodeSize ?? (() => DEFAULT_NODE_SIZE);
  const start = startId(graph);
  const sizes = new Map<string, Size>([[start, options.startSize ?? DEFAULT_START_SIZE]]);
  for (const node of graph.nodes) if (!sizes.has(node.id)) sizes.set(node.id, sizeOf(node));
  const edges = edgesOf(graph).filter((edge) => !edge.dangling);
  const engine = options.engine ?? 'auto';
  if (engine === 'layered' || (engine === 'auto' && graph.nodes.length > DAGRE_MAX_NODES)) {
    const began = performance.now();
    const positions = layeredLayout(
      [...sizes.keys()],
      sizes,
      edges.map((edge) => [edge.source, edge.target] as const),
      { rankGap: options.rankGap ?? 80, nodeGap: options.nodeGap ?? 32 },
    );
    measure(began, graph.nodes.length, 'layered');
    return positions;
  }
  const { graphlib, layout } = await import('@dagrejs/dagre');
  const began = performance.now();
  const g = new graphlib.Graph({ multigraph: true });
  g.setGraph({
    rankdir: 'LR',
    ranksep: options.rankGap ?? 80,
    nodesep: options.nodeGap ?? 32,
    marginx: 0,
    marginy: 0,
  });
  g.setDefaultEdgeLabel(() => ({}));
  for (const [id, size] of sizes) g.setNode(id, { width: size.width, height: size.height });
  for (const edge of edges) g.setEdge(edge.source, edge.target, {}, edge.id);
  layout(g);
  const positions = new Map<string, XY>();
  for (const [id, size] of sizes) {
    const laid = g.node(id) as { x: number; y: number } | undefined;
    if (!laid) continue;
    positions.set(id, { x: laid.x - size.width / 2, y: laid.y - size.height / 2 });
  }
  measure(began, graph.nodes.length, 'dagre');
  return positions;
}

/**
 * A User Timing entry per layout (`dialstack:dial-plan-layout`, `detail: { nodes, engine }`),
 * for the bench and for hosts' performance tooling; the module's loading is not included.
 */
function measure(start: number, nodes: number, engine: 'dagre' | 'layered') {
  try {
    performance.measure('dialstack:dial-plan-layout', { start, detail: { nodes, engine } });
  } catch {
    // no User Timing (old runtimes): nothing to report
  }
}
