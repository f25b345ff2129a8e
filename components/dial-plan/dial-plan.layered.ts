/**
 * A layered (Sugiyama-style) left-to-right layout in linear-ish time, for plans too large for
 * dagre to lay out within the first-paint budget (dagre's network-simplex ranking, crossing
 * minimisation to convergence over dummy nodes and Brandes-Köpf placement take seconds at 300
 * steps). The canvas draws edges as curves from exit to target, never through dagre's
 * dummy-node bends, so none are made here:
 * 1. back edges (found by a depth-first walk from the Start node) are set aside, so the rest
 *    is acyclic and every drawn edge but a loop goes left to right;
 * 2. each step's column is the longest path to it (a step is right of every step leading to it);
 * 3. within a column, steps start in depth-first order (a menu's options in key order), then a
 *    few barycentre sweeps reduce crossings, keeping the best order seen;
 * 4. vertical positions: each step is pulled towards the median of its neighbours, alternating
 *    directions, and the column is then placed with the least total displacement that keeps
 *    its order and gaps (isotonic regression, pool-adjacent-violators).
 * Pure TypeScript, O((V + E) · sweeps) plus a sort per column and sweep.
 */
import type { XY } from './dial-plan.graph';

export interface LayeredOptions {
  rankGap: number;
  nodeGap: number;
  /** Barycentre sweeps (each down then up). Default 4. */
  sweeps?: number;
  /** Placement passes. Default 4. */
  passes?: number;
}

export interface LayeredSize {
  width: number;
  height: number;
}

/**
 * Top-left positions by id. `ids` in a stable order (the first is the root, laid out first);
 * `edges` as [source, target] pairs (duplicates, self loops and unknown ids are ignored).
 */
export function layeredLayout(
  ids: readonly string[],
  sizes: ReadonlyMap<string, LayeredSize>,
  edges: readonly (readonly [string, string])[],
  options: LayeredOptions,
): Map<string, XY> {
  const n = ids.length;
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const out: number[][] = ids.map(() => []);
  const seenEdge = new Set<string>();
  for (const [s, t] of edges) {
    const a = index.get(s);
    const b = index.get(t);
    if (a === undefined || b === undefined || a === b) continue;
    const key = `${a}>${b}`;
    if (seenEdge.has(key)) continue;
    seenEdge.add(key);
    out[a]!.push(b);
  }

  // 1. Depth-first walk from the root (then from any step not reached): preorder, back edges.
  const pre = new Array<number>(n).fill(-1);
  const onStack = new Uint8Array(n);
  const dagOut: number[][] = ids.map(() => []);
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (pre[root] !== -1) continue;
    const stack: [number, number][] = [[root, 0]];
    pre[root] = counter++;
    onStack[root] = 1;
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      const [v, next] = frame;
      if (next < out[v]!.length) {
        frame[1]++;
        const w = out[v]![next]!;
        if (onStack[w]) continue; // a back edge: a loop, left out of the layering
        dagOut[v]!.push(w);
        if (pre[w] === -1) {
          pre[w] = counter++;
          onStack[w] = 1;
          stack.push([w, 0]);
        }
      } else {
        onStack[v] = 0;
        stack.pop();
      }
    }
  }
  const dagIn: number[][] = ids.map(() => []);
  dagOut.forEach((targets, v) => targets.forEach((w) => dagIn[w]!.push(v)));

  // 2. Columns: longest path, in topological order (Kahn).
  const rank = new Array<number>(n).fill(0);
  const indegree = dagIn.map((list) => list.length);
  const queue: number[] = [];
  for (let v = 0; v < n; v++) if (indegree[v] === 0) queue.push(v);
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (const w of dagOut[v]!) {
      rank[w] = Math.max(rank[w]!, rank[v]! + 1);
      if (--indegree[w]! === 0) queue.push(w);
    }
  }
  const maxRank = Math.max(0, ...rank);
  const layers: number[][] = Array.from({ length: maxRank + 1 }, () => []);
  for (let v = 0; v < n; v++) layers[rank[v]!]!.push(v);
  for (const layer of layers) layer.sort((a, b) => pre[a]! - pre[b]!);

  // 3. Order within columns: barycentre sweeps over each step's neighbours (wherever they are).
  const position = new Float64Array(n);
  const setPositions = () => {
    for (const layer of layers) layer.forEach((v, i) => (position[v] = (i + 0.5) / layer.length));
  };
  setPositions();
  let best = layers.map((layer) => layer.slice());
  let bestCrossings = crossings(layers, dagOut, rank);
  const sweeps = options.sweeps ?? 4;
  const bary = new Float64Array(n);
  for (let sweep = 0; sweep < sweeps * 2 && bestCrossings > 0; sweep++) {
    const down = sweep % 2 === 0;
    const order = down ? layers : layers.slice().reverse();
    for (const layer of order) {
      for (const v of layer) {
        const neighbours = down ? dagIn[v]! : dagOut[v]!;
        if (!neighbours.length) {
          bary[v] = position[v]!;
          continue;
        }
        let sum = 0;
        for (const w of neighbours) sum += position[w]!;
        bary[v] = sum / neighbours.length;
      }
      layer.sort((a, b) => bary[a]! - bary[b]! || position[a]! - position[b]!);
      layer.forEach((v, i) => (position[v] = (i + 0.5) / layer.length));
    }
    const count = crossings(layers, dagOut, rank);
    if (count < bestCrossings) {
      bestCrossings = count;
      best = layers.map((layer) => layer.slice());
    }
  }

  // 4. Coordinates.
  const height = (v: number) => sizes.get(ids[v]!)?.height ?? 0;
  const width = (v: number) => sizes.get(ids[v]!)?.width ?? 0;
  const x = new Float64Array(maxRank + 1);
  for (let r = 1; r <= maxRank; r++)
    x[r] = x[r - 1]! + Math.max(0, ...best[r - 1]!.map(width)) + options.rankGap;
  const top = new Float64Array(n);
  for (const layer of best) {
    let y = 0;
    for (const v of layer) {
      top[v] = y;
      y += height(v) + options.nodeGap;
    }
  }
  const center = (v: number) => top[v]! + height(v) / 2;
  const passes = options.passes ?? 4;
  const desired = new Float64Array(n);
  for (let pass = 0; pass < passes; pass++) {
    const down = pass % 2 === 0;
    const order = down ? best : best.slice().reverse();
    for (const layer of order) {
      for (const v of layer) {
        const neighbours = down ? dagIn[v]! : dagOut[v]!;
        desired[v] = neighbours.length ? median(neighbours.map(center)) - height(v) / 2 : top[v]!;
      }
      place(layer, desired, top, height, options.nodeGap);
    }
  }

  let minY = Infinity;
  for (let v = 0; v < n; v++) minY = Math.min(minY, top[v]!);
  const positions = new Map<string, XY>();
  for (let v = 0; v < n; v++) positions.set(ids[v]!, { x: x[rank[v]!]!, y: top[v]! - minY });
  return positions;
}

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

/**
 * Sets `top` for a column's steps, in order, each at least `gap` below the previous, as close
 * to `desired` as possible (least squares): pool adjacent violators over the desired tops
 * minus each step's cumulative offset.
 */
function place(
  layer: readonly number[],
  desired: Float64Array,
  top: Float64Array,
  height: (v: number) => number,
  gap: number,
) {
  const offsets: number[] = [];
  let offset = 0;
  for (const v of layer) {
    offsets.push(offset);
    offset += height(v) + gap;
  }
  // Blocks of [sum, count], each with a mean no greater than the next one's.
  const sums: number[] = [];
  const counts: number[] = [];
  layer.forEach((v, i) => {
    sums.push(desired[v]! - offsets[i]!);
    counts.push(1);
    while (
      sums.length > 1 &&
      sums[sums.length - 2]! / counts[counts.length - 2]! >
        sums[sums.length - 1]! / counts[counts.length - 1]!
    ) {
      const s = sums.pop()!;
      const c = counts.pop()!;
      sums[sums.length - 1]! += s;
      counts[counts.length - 1]! += c;
    }
  });
  let i = 0;
  sums.forEach((sum, block) => {
    const value = sum / counts[block]!;
    for (let k = 0; k < counts[block]!; k++, i++) top[layer[i]!] = value + offsets[i]!;
  });
}

/** Crossings between edges joining the same two columns (what the sweeps minimise). */
function crossings(layers: number[][], out: number[][], rank: number[]): number {
  const order = new Int32Array(out.length);
  for (const layer of layers) layer.forEach((v, i) => (order[v] = i));
  // Keyed by the pair of columns (a number: this runs after every sweep, at 1,000 steps too).
  const columns = layers.length;
  const groups = new Map<number, [number, number][]>();
  for (let v = 0; v < out.length; v++) {
    for (const w of out[v]!) {
      const key = rank[v]! * columns + rank[w]!;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push([order[v]!, order[w]!]);
    }
  }
  let total = 0;
  for (const group of groups.values()) {
    group.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    // Inversions among the targets (merge-sort count), ties on the source don't cross.
    total += inversions(group.map((e) => e[1]));
  }
  return total;
}

function inversions(values: number[]): number {
  if (values.length < 2) return 0;
  const mid = values.length >> 1;
  const left = values.slice(0, mid);
  const right = values.slice(mid);
  let count = inversions(left) + inversions(right);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < left.length && j < right.length) {
    if (left[i]! <= right[j]!) values[k++] = left[i++]!;
    else {
      values[k++] = right[j++]!;
      count += left.length - i;
    }
  }
  while (i < left.length) values[k++] = left[i++]!;
  while (j < right.length) values[k++] = right[j++]!;
  return count;
}
