/**
 * What the editor adds to each card and edge of the canvas: exit handles (a button each:
 * drag it to a step with the pointer, or press it to choose the step from a list), the input
 * handle, the delete button, edge labels that select their edge, and the line drawn while
 * connecting. Lazy-loaded with the editor.
 */
import { getBezierPath, Position } from '@xyflow/system';
import { html, nothing, svg } from 'lit';
import { styleProps } from '../../src/ui/style-props';
import { exitLabel, type NodeCard } from './dial-plan.describe';
import type { EditView } from './dial-plan.editor-view';
import type { GraphEdge, GraphNode, XY } from './dial-plan.graph';

function handle(v: EditView, nodeId: string, exitId: string, label: string, active: boolean) {
  return html`<button
    type="button"
    class="xy-flow__handle source connectable connectableend nodrag nopan"
    tabindex=${active ? '0' : '-1'}
    data-id=${v.canvas.handleId(nodeId, exitId, 'source')}
    data-nodeid=${nodeId}
    data-handleid=${exitId}
    data-handlepos="right"
    aria-label=${label}
    @pointerdown=${(e: PointerEvent) => v.canvas.startConnection(e, nodeId, exitId)}
    @click=${() => v.openConnect(nodeId, exitId)}
  ></button>`;
}

export function startExtras(v: EditView, start: string, active: boolean) {
  const entry = v.editor.graph.plan.entry_node;
  const target = typeof entry === 'string' && entry ? entry : null;
  const label = v.te('exit', {
    exit: v.host.t()('exits.start'),
    name: v.nodeName(start),
    target: v.targetName(target),
  });
  return handle(v, start, 'start', label, active);
}

export function nodeExtras(v: EditView, node: GraphNode, card: NodeCard, active: boolean) {
  const t = v.host.t();
  return html`<span class="node-id">${node.id}</span>
    <button
      type="button"
      class="node-delete nodrag nopan"
      tabindex=${active ? '0' : '-1'}
      aria-label=${v.te('deleteNode', { name: node.id })}
      title=${v.te('deleteNode', { name: node.id })}
      @click=${(e: Event) => {
        e.stopPropagation();
        v.deleteNode(node.id);
      }}
    >
      ×
    </button>
    <span
      class="xy-flow__handle target connectable connectableend nodrag nopan"
      aria-hidden="true"
      data-id=${v.canvas.handleId(node.id, 'in', 'target')}
      data-nodeid=${node.id}
      data-handleid="in"
      data-handlepos="left"
    ></span>
    <ul class="exits" aria-label=${card.title}>
      ${node.exits.map((exit) => {
        const label = exitLabel(exit, t);
        const target = v.targetName(exit.target, exit);
        return html`<li class="exit">
          <span class="exit-label">${label}</span>
          <span class="exit-target">→ ${target}</span>
          ${
            exit.kind === 'field'
              ? nothing
              : handle(
                  v,
                  node.id,
                  exit.id,
                  v.te('exit', { exit: label, name: node.id, target }),
                  active,
                )
          }
        </li>`;
      })}
    </ul>`;
}

export function edgeLabel(v: EditView, edge: GraphEdge, label: string, at: XY) {
  const selected = v.hooks.edgeSelected(edge);
  return html`<button
    type="button"
    class="edge-label nodrag nopan"
    tabindex="-1"
    aria-pressed=${selected ? 'true' : 'false'}
    aria-label=${v.te('edge', { exit: label, source: edge.source, target: edge.target })}
    ${styleProps({ left: `${at.x}px`, top: `${at.y}px` })}
    @click=${() => v.editor.selectEdge({ source: edge.source, exitId: edge.exit })}
  >
    ${label}
  </button>`;
}

/**
 * The grip on an edge's far end: drag it to another step to point the exit there (pointer and
 * touch; from the keyboard, the exit's handle opens the list of steps). Hidden from assistive
 * technology like the input handle it sits on; a selected edge's grip lies on top of the others
 * that end on the same step.
 */
export function edgeEnd(v: EditView, edge: GraphEdge, at: XY) {
  return html`<span
    class="edge-end nodrag nopan"
    aria-hidden="true"
    data-edge-id=${edge.id}
    ?data-selected=${v.hooks.edgeSelected(edge)}
    ${styleProps({ left: `${at.x}px`, top: `${at.y}px` })}
    @pointerdown=${(e: PointerEvent) => v.canvas.startReconnection(e, edge.source, edge.exit)}
  ></span>`;
}

export function connectionLine(v: EditView): unknown {
  const line = v.line;
  if (!line) return nothing;
  const [d] = getBezierPath({
    sourceX: line.from.x,
    sourceY: line.from.y,
    sourcePosition: Position.Right,
    targetX: line.to.x,
    targetY: line.to.y,
    targetPosition: Position.Left,
  });
  return html`<svg class="edges connection" width="1" height="1" aria-hidden="true">
    ${svg`<path class="connection-line" d=${d}></path>`}
  </svg>`;
}
