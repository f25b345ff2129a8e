import { expect } from '@open-wc/testing';
import { samplePlan } from './dial-plan.fixtures';
import { edgesOf, startId, toGraph, type NodeJson, type PlanJson } from './dial-plan.graph';
import {
  autoLayout,
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
    const began = performance.now();
    const positions = await autoLayout(graph);
    console.info(`dagre layout of 300 nodes: ${Math.round(performance.now() - began)} ms`);
    expect(positions.size).to.equal(301);
    expect(
      [...positions.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
    ).to.equal(true);
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
