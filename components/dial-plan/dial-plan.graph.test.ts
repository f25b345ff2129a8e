import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addNode,
  connect,
  deleteNode,
  disconnect,
  edgesOf,
  moveNode,
  moveNodes,
  renameNode,
  setConfig,
  setEntry,
  startId,
  toGraph,
  toJson,
  type NodeJson,
  type PlanJson,
} from './dial-plan.graph';
import { exitLabel } from './dial-plan.describe';
import { arbitraryPlan, ids, samplePlan } from './dial-plan.fixtures';

const json = (value: unknown) => JSON.stringify(value);

describe('dial plan graph', () => {
  it('round-trips any contract-shaped plan exactly, unknown node types and fields included', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const before = json(plan);
        expect(json(toJson(toGraph(plan)))).to.equal(before);
        expect(json(plan), 'the input is not mutated').to.equal(before);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a draft without nodes as it was', () => {
    expect(toJson(toGraph({ name: 'Draft' }))).to.deep.equal({ name: 'Draft' });
  });

  it('derives labelled edges, with a synthetic Start edge to the entry node', () => {
    const graph = toGraph(samplePlan());
    const edges = edgesOf(graph);
    expect(edges[0]).to.include({ source: startId(graph), target: 'hours', kind: 'start' });
    const labelled = edges
      .filter((e) => e.source === 'hours' || e.source === 'main_menu' || e.source === 'front_desk')
      .map((e) => `${e.source} ${exitLabel(e)} -> ${e.target}`);
    expect(labelled).to.deep.equal([
      'hours Open -> welcome',
      'hours Closed -> after_hours_vm',
      'main_menu Press 1 -> front_desk',
      'main_menu Press 2 -> billing_hours',
      'main_menu Press 9 -> assistant',
      'main_menu Press 0 -> everyone',
      'main_menu Timeout -> front_desk',
      'front_desk No answer -> everyone',
    ]);
    // Exits with no target exist (for the editor to connect) but have no edge.
    const menu = graph.nodes.find((n) => n.id === 'main_menu')!;
    expect(menu.exits.map((e) => [e.id, e.target, e.whenEmpty])).to.deep.include.members([
      ['option-4', null, 'replay_menu'],
      ['invalid', null, 'replay_menu'],
    ]);
  });

  it('keeps an unsupported step, and reads its references to other steps as read-only exits', () => {
    const plan: PlanJson = {
      entry_node: 'q',
      nodes: [
        { id: 'q', type: 'queue', config: { on_overflow: 'vm', label: 'Sales', weight: 3 } },
        { id: 'vm', type: 'internal_dial', config: { target_id: 'x', timeout: 0 } },
      ],
    };
    const graph = toGraph(plan);
    expect(graph.nodes[0]).to.include({ kind: 'unsupported', type: 'queue' });
    expect(edgesOf(graph).map((e) => e.id)).to.deep.equal(['@start', 'q:field-on_overflow']);
    expect(disconnect(graph, 'q', 'field-on_overflow')).to.equal(graph);
    // Deleting its target leaves the unknown step untouched; renaming it follows the rename.
    expect(toJson(deleteNode(graph, 'vm')).nodes![0]).to.equal(plan.nodes![0]);
    expect(toJson(renameNode(graph, 'vm', 'voicemail')).nodes![0]!.config).to.deep.equal({
      on_overflow: 'voicemail',
      label: 'Sales',
      weight: 3,
    });
  });

  it('connects one edge per exit and disconnects it, changing nothing else', () => {
    const plan = samplePlan();
    const graph = toGraph(plan);
    const next = connect(graph, 'main_menu', 'invalid', 'front_desk');
    const out = toJson(next);
    expect((out.nodes![2]!.config as Record<string, unknown>).invalid_next_node).to.equal(
      'front_desk',
    );
    out.nodes!.forEach((node, i) => {
      if (i !== 2) expect(node, node.id).to.equal(plan.nodes![i]);
    });
    const moved = connect(next, 'main_menu', 'invalid', 'everyone');
    expect(
      edgesOf(moved)
        .filter((e) => e.id === 'main_menu:invalid')
        .map((e) => e.target),
    ).to.deep.equal(['everyone']);
    const cut = disconnect(moved, 'main_menu', 'option-0');
    const options = (toJson(cut).nodes![2]!.config as { options: { next_node: unknown }[] })
      .options;
    expect(options[0]).to.deep.equal({ digit: '1', next_node: null });
    expect(connect(graph, 'main_menu', 'nope', 'welcome'), 'unknown exit').to.equal(graph);
    expect(connect(graph, 'hours', 'open', 'welcome'), 'same target').to.equal(graph);
  });

  it('adds nodes with fresh ids and contract defaults; the first one becomes the entry', () => {
    const { graph, id } = addNode(toGraph({ name: 'New' }), {
      type: 'menu',
      position: { x: 5, y: 6 },
    });
    expect(id).to.equal('menu');
    expect(toJson(graph)).to.deep.equal({
      name: 'New',
      entry_node: 'menu',
      nodes: [
        {
          id: 'menu',
          type: 'menu',
          position: { x: 5, y: 6 },
          config: {
            prompt_clip_id: '',
            timeout: 5,
            options: [{ digit: '1', next_node: null }],
            timeout_next_node: null,
            invalid_next_node: null,
          },
        },
      ],
    });
    const second = addNode(graph, { type: 'menu' });
    expect(second.id).to.equal('menu_2');
    expect(toJson(second.graph).entry_node).to.equal('menu');
  });

  it('deletes a node and clears the exits that led to it; deleting the entry leaves none', () => {
    const graph = toGraph(samplePlan());
    const out = toJson(deleteNode(graph, 'everyone'));
    expect(out.nodes!.map((n) => n.id)).not.to.include('everyone');
    expect(edgesOf(toGraph(out)).some((e) => e.target === 'everyone')).to.equal(false);
    expect(
      (out.nodes!.find((n) => n.id === 'front_desk')!.config as NodeJson['config']).next,
    ).to.equal(null);
    expect(toJson(deleteNode(graph, 'hours')).entry_node).to.equal('');
    expect(deleteNode(graph, 'nope')).to.equal(graph);
  });

  it('renames a node and every reference to it', () => {
    const out = toJson(renameNode(toGraph(samplePlan()), 'hours', 'check_hours'));
    expect(out.entry_node).to.equal('check_hours');
    expect(out.nodes![0]!.id).to.equal('check_hours');
    const taken = toGraph(samplePlan());
    expect(renameNode(taken, 'hours', 'welcome'), 'id taken').to.equal(taken);
  });

  it('moves nodes keeping other position fields, and sets config and entry', () => {
    const plan = samplePlan();
    plan.nodes![0]!.position = { x: 1, y: 2, z: 9 } as never;
    const moved = toJson(moveNode(toGraph(plan), 'hours', { x: 10, y: 20 }));
    expect(moved.nodes![0]!.position).to.deep.equal({ x: 10, y: 20, z: 9 });
    const graph = toGraph(plan);
    expect(moveNodes(graph, new Map([['hours', { x: 1, y: 2 }]]))).to.equal(graph);
    const configured = toJson(setConfig(graph, 'front_desk', { timeout: 45, next: undefined }));
    expect(json(configured.nodes![3]!.config)).to.equal('{"target_id":"rg_front","timeout":45}');
    expect(toJson(setEntry(graph, 'welcome')).entry_node).to.equal('welcome');
  });

  it('edits keep every field they are not about (property)', () => {
    fc.assert(
      fc.property(arbitraryPlan, fc.nat(), fc.constantFrom(...ids, null), (plan, pick, target) => {
        const graph = toGraph(plan);
        if (!graph.nodes.length) return;
        const node = graph.nodes[pick % graph.nodes.length]!;
        const exit = node.exits[pick % Math.max(1, node.exits.length)];
        const edited = exit ? connect(graph, node.id, exit.id, target) : graph;
        const out = toJson(edited);
        const { nodes: _after, ...restAfter } = out;
        const { nodes: _before, ...restBefore } = plan;
        expect(json(restAfter)).to.equal(json(restBefore));
        out.nodes!.forEach((n, i) => {
          if (plan.nodes![i]!.id !== node.id) expect(n).to.equal(plan.nodes![i]);
        });
        const deleted = deleteNode(graph, node.id);
        for (const other of deleted.nodes)
          for (const e of other.exits)
            if (e.kind !== 'field') expect(e.target).not.to.equal(node.id);
      }),
      { numRuns: 200 },
    );
  });
});
