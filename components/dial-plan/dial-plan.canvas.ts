/**
 * The dial-plan canvas's content: node cards and edges as plain elements of the element's one
 * shadow root (the DOM contract @xyflow/system reads, DESIGN §5). The viewer draws them as
 * they are; the editor (lazy-loaded) adds handles, delete buttons and selectable edges through
 * `CanvasEditHooks`.
 */
import { getBezierPath, Position } from '@xyflow/system';
import { html, nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../../src/ui/style-props';
import { describeNode, exitLabel, type NodeCard } from './dial-plan.describe';
import {
  edgesOf,
  type DialPlanGraph,
  type GraphEdge,
  type GraphNode,
  type XY,
} from './dial-plan.graph';
import { DEFAULT_NODE_SIZE, DEFAULT_START_SIZE } from './dial-plan.layout';
import type { NameLookup } from './dial-plan.lookup';
import type { Translate } from './dial-plan.messages';

/** What the editor adds to the canvas. */
export interface CanvasEditHooks {
  /** Handles, exits and the delete button of a card. */
  nodeExtras(node: GraphNode, card: NodeCard, active: boolean): unknown;
  /** The Start node's handle. */
  startExtras(start: string, active: boolean): unknown;
  /** The accessible name of a card. */
  nodeLabel(node: GraphNode, card: NodeCard): string;
  /** Where an edge leaves its source card / enters its target card. */
  sourceAnchor(edge: GraphEdge, from: XY, start: boolean): XY;
  targetAnchor(to: XY): XY;
  /** The grip on the far end of an edge (drag it to another step to reconnect the exit). */
  edgeEnd(edge: GraphEdge, at: XY): unknown;
  /** The label of an edge (a button selecting it). */
  edgeLabel(edge: GraphEdge, label: string, at: XY): unknown;
  edgeSelected(edge: GraphEdge): boolean;
  /** True when the last save failed because of this step. */
  failed(nodeId: string): boolean;
  /** True for the steps and edges (by id) of the simulated call's path. */
  highlighted(id: string): boolean;
}

export interface CanvasContext {
  graph: DialPlanGraph;
  lookup: NameLookup;
  positions: ReadonlyMap<string, XY>;
  start: string;
  t: Translate;
  phone: (e164: string) => string;
  selected: string | undefined;
  /** The card that takes Tab (roving focus over cards). */
  tabStop: string | undefined;
  edit?: CanvasEditHooks;
}

const placement = (position: XY | undefined) => {
  const { x, y } = position ?? { x: 0, y: 0 };
  return { transform: `translate(${x}px, ${y}px)` };
};

/** A focused step's keys in the editor: Enter opens its panel, Shift+arrows move it, Delete. */
const EDIT_SHORTCUTS =
  'Enter Shift+ArrowLeft Shift+ArrowRight Shift+ArrowUp Shift+ArrowDown Delete Backspace';

export function renderNodes(c: CanvasContext) {
  const { t, start } = c;
  return html`<li
      part="node"
      class="xy-flow__node"
      data-kind="start"
      data-id=${start}
      data-node-id=${start}
      tabindex=${c.edit ? (c.tabStop === start ? '0' : '-1') : nothing}
      ${styleProps(placement(c.positions.get(start)))}
    >
      ${t('types.start')}${c.edit?.startExtras(start, c.tabStop === start) ?? nothing}
    </li>
    ${repeat(
      c.graph.nodes,
      (node, i) => `${node.id}#${i}`,
      (node) => renderNode(node, c),
    )}`;
}

function renderNode(node: GraphNode, c: CanvasContext) {
  const { t } = c;
  const card = describeNode(node, { lookup: c.lookup, t, phone: c.phone });
  const selected = c.selected === node.id;
  const exits = c.edit
    ? []
    : node.exits.map((exit) =>
        t('canvas.exit', {
          exit: exitLabel(exit, t),
          target: exit.target ?? t(`empty.${exit.whenEmpty}`),
        }),
      );
  return html`<li
    part="node"
    class="xy-flow__node ${c.edit ? 'nopan' : ''}"
    tabindex=${c.tabStop === node.id ? '0' : '-1'}
    data-id=${node.id}
    data-node-id=${node.id}
    data-kind=${card.variant}
    ?data-failed=${c.edit?.failed(node.id)}
    ?data-simulated=${c.edit?.highlighted(node.id)}
    aria-label=${
      c.edit ? c.edit.nodeLabel(node, card) : [card.title, card.summary, ...exits].join('. ')
    }
    aria-current=${selected ? 'true' : 'false'}
    aria-keyshortcuts=${c.edit ? EDIT_SHORTCUTS : nothing}
    ${styleProps(placement(c.positions.get(node.id)))}
  >
    <span class="node-title">${card.title}</span>
    <span class="node-summary">${card.summary}</span>
    ${exits.length ? html`<span class="visually-hidden">${exits.join('; ')}</span>` : nothing}
    ${c.edit?.nodeExtras(node, card, c.tabStop === node.id) ?? nothing}
  </li>`;
}

export function renderEdges(c: CanvasContext) {
  const { graph, positions, t, start, edit } = c;
  const byId = new Map(graph.nodes.map((n) => [n.id, n] as const));
  const paths: unknown[] = [];
  const labels: unknown[] = [];
  for (const edge of edgesOf(graph)) {
    const from = positions.get(edge.source);
    const to = positions.get(edge.target);
    if (!from) continue;
    let source: XY;
    let target: XY;
    if (edit) {
      source = edit.sourceAnchor(edge, from, edge.source === start);
      target = to ? edit.targetAnchor(to) : { x: source.x + 60, y: source.y };
    } else {
      const sourceSize = edge.source === start ? DEFAULT_START_SIZE : DEFAULT_NODE_SIZE;
      const exits = byId.get(edge.source)?.exits ?? [];
      const index = Math.max(
        0,
        exits.findIndex((e) => e.id === edge.exit),
      );
      const count = Math.max(1, exits.length);
      source = {
        x: from.x + sourceSize.width,
        y: from.y + (sourceSize.height * (index + 1)) / (count + 1),
      };
      target = to
        ? { x: to.x, y: to.y + DEFAULT_NODE_SIZE.height / 2 }
        : { x: source.x + 60, y: source.y };
    }
    const [d, labelX, labelY] = getBezierPath({
      sourceX: source.x,
      sourceY: source.y,
      sourcePosition: Position.Right,
      targetX: target.x,
      targetY: target.y,
      targetPosition: Position.Left,
    });
    paths.push(
      svg`<path part="edge" data-edge-id=${edge.id} ?data-dangling=${edge.dangling} ?data-selected=${edit?.edgeSelected(edge)} ?data-simulated=${edit?.highlighted(edge.id)} d=${d}></path>`,
    );
    if (edit) labels.push(edit.edgeEnd(edge, target));
    if (edge.kind === 'start') continue;
    const label = exitLabel(edge, t);
    labels.push(
      edit
        ? edit.edgeLabel(edge, label, { x: labelX, y: labelY })
        : html`<span
            class="edge-label"
            aria-hidden="true"
            ${styleProps({ left: `${labelX}px`, top: `${labelY}px` })}
            >${label}</span
          >`,
    );
  }
  // The labels in one box (not positioned: they are placed in the viewport), which the viewer
  // hides while zoomed out: a hidden box's children are not even styled.
  return html`<svg class="edges" width="1" height="1" aria-hidden="true">${paths}</svg>
    <div class="edge-labels">${labels}</div>`;
}
