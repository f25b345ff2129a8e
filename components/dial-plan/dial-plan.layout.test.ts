import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { arbitraryPlan, samplePlan } from './dial-plan.fixtures';
import { generatePlan } from './dial-plan.generate';
import {
  edgesOf,
  startId,
  toGraph,
  type DialPlanGraph,
  type NodeJson,
  type PlanJson,
  type XY,
} from './dial-plan.graph';
import {
  autoLayout,
  DAGRE_MAX_NODES,
  DEFAULT_NODE_SIZE,
  DEFAULT_START_SIZE,
  needsLayout,
  savedPositions,
} from './dial-plan.layout';

function withoutPositions(plan: PlanJson): PlanJson {
  return { ...plan, nodes: plan.nodes!.map(({ position: _p, ...node }) => node as NodeJson) };
}

/** A plan of `n` steps: a chain of menus fanning out to rings, none positioned. */
function bigPlan(n: number): PlanJson {
  const nodes: NodeJson[] = [];
  for (let i = 0; i < n; i++) {
    const isMenu = i % 4 === 0;
    nodes.push(
      isMenu
        ? {
            id: `n${i}`,
            type: 'menu',
            config: {
              timeout: 5,
              options: [1, 2, 3].map((k) => ({
                digit: String(k),
                next_node: i + k < n ? `n${i + k}` : null,
              })),
              timeout_next_node: i + 4 < n ? `n${i + 4}` : null,
            },
          }
        : {
            id: `n${i}`,
            type: 'internal_dial',
            config: { target_id: 'u', timeout: 20, next: i + 1 < n ? `n${i + 1}` : null },
          },
    );
  }
  return { entry_node: 'n0', nodes };
}

const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  a.x < b.x + DEFAULT_NODE_SIZE.width &&
  b.x < a.x + DEFAULT_NODE_SIZE.width &&
  a.y < b.y + DEFAULT_NODE_SIZE.height &&
  b.y < a.y + DEFAULT_NODE_SIZE.height;

/** No two cards overlap, and at most `leftward` edges (loops) run right to left. */
function expectTidy(graph: DialPlanGraph, positions: Map<string, XY>, leftward?: number) {
  const start = startId(graph);
  const box = ([id, p]: [string, XY]) => {
    const size = id === start ? DEFAULT_START_SIZE : DEFAULT_NODE_SIZE;
    return { id, x: p.x, y: p.y, right: p.x + size.width, bottom: p.y + size.height };
  };
  const cards = [...positions.entries()].map(box).sort((a, b) => a.x - b.x);
  for (let i = 0; i < cards.length; i++) {
    const a = cards[i]!;
    for (let j = i + 1; j < cards.length && cards[j]!.x < a.right; j++) {
      const b = cards[j]!;
      expect(a.y < b.bottom && b.y < a.bottom, `${a.id} / ${b.id}`).to.equal(false);
    }
  }
  const edges = edgesOf(graph).filter((e) => !e.dangling && e.source !== e.target);
  const back = edges.filter((e) => positions.get(e.source)!.x >= positions.get(e.target)!.x);
  if (leftward !== undefined) expect(back.length).to.equal(leftward);
  else expect(back.length).to.be.below(edges.length / 10);
}

describe('dial plan layout', () => {
  it('uses saved positions when every node has one, with Start left of the entry', () => {
    const graph = toGraph(samplePlan());
    expect(needsLayout(graph)).to.equal(false);
    const positions = savedPositions(graph);
    expect(positions.get('hours')).to.deep.equal({ x: 0, y: 200 });
    expect(positions.get(startId(graph))).to.deep.equal({
      x: -80 - DEFAULT_START_SIZE.width,
      y: 200 + DEFAULT_NODE_SIZE.height / 2 - DEFAULT_START_SIZE.height / 2,
    });
  });

  it('lays a plan without positions out left to right, without overlaps', async () => {
    const graph = toGraph(withoutPositions(samplePlan()));
    expect(needsLayout(graph)).to.equal(true);
    const positions = await autoLayout(graph);
    expect(positions.size).to.equal(11);
    const start = positions.get(startId(graph))!;
    expect(start.x).to.be.below(positions.get('hours')!.x);
    for (const edge of edgesOf(graph)) {
      expect(positions.get(edge.source)!.x, edge.id).to.be.below(positions.get(edge.target)!.x);
    }
    const nodes = graph.nodes.map((n) => positions.get(n.id)!);
    nodes.forEach((a, i) =>
      nodes.slice(i + 1).forEach((b) => expect(overlap(a, b), `${i}`).to.equal(false)),
    );
  });

  it('lays out 300 steps (dagre loaded on demand)', async () => {
    const graph = toGraph(bigPlan(300));
    const positions = await autoLayout(graph, { engine: 'dagre' });
    expect(positions.size).to.equal(301);
    expect(
      [...positions.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
    ).to.equal(true);
  });

  it('lays a realistic 300-step plan out well within the first-paint budget', async () => {
    const graph = toGraph(generatePlan(300).plan);
    await autoLayout(toGraph(generatePlan(10).plan), { engine: 'layered' }); // warm
    const times: number[] = [];
    let positions = new Map<string, { x: number; y: number }>();
    for (let run = 0; run < 3; run++) {
      const began = performance.now();
      positions = await autoLayout(graph);
      times.push(performance.now() - began);
    }
    const best = Math.min(...times);
    console.info(`auto-layout of 300 steps: ${times.map(Math.round).join(', ')} ms`);
    // The budget is layout + first paint < 500 ms. Measured (CPU time, Node): the layered
    // layout 20-30 ms at 300 steps, dagre 1.2 s (and 9.5 s at 1,000). Wall time here depends on
    // the machine's load, hence the margin; dagre could not pass it.
    expect(best).to.be.below(500);
    expectTidy(graph, positions);
  });

  it('is an order of magnitude faster than dagre on the same plan, under the same load', async () => {
    const graph = toGraph(generatePlan(120).plan);
    const time = async (engine: 'dagre' | 'layered') => {
      const began = performance.now();
      await autoLayout(graph, { engine });
      return performance.now() - began;
    };
    // Both loaded and warm, then each one's best run: a pause of the shared machine (GC, another
    // test file's work) can land in any single run of either.
    await time('dagre');
    await time('layered');
    const layered = Math.min(await time('layered'), await time('layered'), await time('layered'));
    const dagre = Math.min(await time('dagre'), await time('dagre'));
    expect(layered * 10, `layered ${layered} ms, dagre ${dagre} ms`).to.be.below(dagre);
  });

  it('keeps dagre for small plans and the layered layout for large ones', async () => {
    const small = toGraph(generatePlan(DAGRE_MAX_NODES).plan);
    expect(await autoLayout(small)).to.deep.equal(await autoLayout(small, { engine: 'dagre' }));
    const large = toGraph(generatePlan(DAGRE_MAX_NODES + 1).plan);
    expect(await autoLayout(large)).to.deep.equal(await autoLayout(large, { engine: 'layered' }));
    expect(await autoLayout(large)).not.to.deep.equal(await autoLayout(large, { engine: 'dagre' }));
  });

  it('lays out any plan without overlaps, loops and unreachable steps included (layered)', async () => {
    for (const size of [4, 50, 1000]) {
      const graph = toGraph(generatePlan(size, size).plan);
      expectTidy(graph, await autoLayout(graph, { engine: 'layered' }));
    }
    const looped = toGraph({
      entry_node: 'a',
      nodes: [
        { id: 'a', type: 'sound_clip', config: { next: 'b' } },
        { id: 'b', type: 'sound_clip', config: { next: 'a' } },
        { id: 'lonely', type: 'sound_clip', config: { next: 'b' } },
        { id: 'self', type: 'sound_clip', config: { next: 'self' } },
      ],
    });
    const positions = await autoLayout(looped, { engine: 'layered' });
    expect(positions.size).to.equal(5);
    expect(positions.get('a')!.x).to.be.below(positions.get('b')!.x);
    expectTidy(looped, positions, 1); // b -> a
    await fc.assert(
      fc.asyncProperty(arbitraryPlan, async (plan) => {
        const graph = toGraph(plan);
        const laid = await autoLayout(graph, { engine: 'layered' });
        const unique = new Set(graph.nodes.map((n) => n.id)).size + 1;
        expect(laid.size).to.equal(unique);
        expect([...laid.values()].every((p) => Number.isFinite(p.x + p.y))).to.equal(true);
      }),
      { numRuns: 100 },
    );
  });

  it('skips edges to steps that do not exist', async () => {
    const positions = await autoLayout(
      toGraph({
        entry_node: 'a',
        nodes: [{ id: 'a', type: 'sound_clip', config: { next: 'gone' } }],
      }),
    );
    expect([...positions.keys()]).to.have.members(['@start', 'a']);
  });
});
