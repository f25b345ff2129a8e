import { getBezierPath, getViewportForBounds, Position, XYPanZoom } from '@xyflow/system';
import type { PanZoomInstance, Viewport } from '@xyflow/system';
import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { DialstackElement } from '../../src/base/dialstack-element';
import { loadDialPlan, loadNameLookup } from './dial-plan.data';
import { describeNode, exitLabel } from './dial-plan.describe';
import {
  edgesOf,
  startId,
  toGraph,
  type DialPlanGraph,
  type GraphNode,
  type NodeJson,
  type PlanJson,
  type XY,
} from './dial-plan.graph';
import {
  autoLayout,
  DEFAULT_NODE_SIZE,
  DEFAULT_START_SIZE,
  needsLayout,
  savedPositions,
} from './dial-plan.layout';
import { emptyLookup, type NameLookup } from './dial-plan.lookup';
import { mergeMessages } from '../../src/i18n/messages';
import { dialPlanMessages, translator, type Translate } from './dial-plan.messages';
import { dialPlanStyles } from './dial-plan.styles';

/** `detail` of `dialstack-node-select`. */
export interface NodeSelectDetail {
  id: string;
  /** The node as the API has it. */
  node: NodeJson;
}

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-dial-plan': DialstackDialPlan;
  }
  interface GlobalEventHandlersEventMap {
    /** A step of the dial plan was selected (click, Enter or Space). */
    'dialstack-node-select': CustomEvent<NodeSelectDetail>;
  }
}

interface Loaded {
  graph: DialPlanGraph;
  lookup: NameLookup;
}

const MIN_ZOOM = 0.2;
const MAX_ZOOM = 2;
const ZOOM_STEP = 1.2;

/**
 * A dial plan as a flowchart: a Start node, one card per step saying what it does with its
 * targets named, and an edge per exit labelled by it. Pan and zoom with the mouse, touch or
 * the keyboard (+, −, 0 to fit). Plans saved without positions are laid out automatically.
 * (`mode="edit"` — the editor — is not built yet; it shows the viewer.)
 *
 * @tagname dialstack-dial-plan
 * @summary A dial plan viewer (and, soon, editor).
 *
 * @fires {CustomEvent<NodeSelectDetail>} dialstack-node-select - A step was selected. `detail: { id, node }`.
 * @fires {CustomEvent<LoaderStartDetail>} dialstack-loader-start - The element started loading its data.
 * @fires {CustomEvent<LoadErrorDetail>} dialstack-load-error - Loading failed; `detail.error` is `{ type, message, status? }`.
 *
 * @csspart base - The canvas frame.
 * @csspart node - A step's card; `data-node-id` is the node id, `data-kind` its variant.
 * @csspart edge - An edge (SVG path); `data-edge-id` is `source:exit`.
 * @csspart controls - The zoom buttons.
 * @csspart loading - The loading view.
 * @csspart error - The error view.
 * @csspart empty - The view shown when no plan is set.
 * @cssprop --dialstack-dial-plan-height - The canvas height (default 480px).
 * @cssprop --dialstack-dial-plan-edge-color - The edges' colour.
 */
export class DialstackDialPlan extends DialstackElement {
  static override styles = [DialstackElement.styles, dialPlanStyles];

  /** The plan to show (`GET /v1/dialplans/{id}`). */
  @property({ attribute: 'dial-plan-id', reflect: true }) dialPlanId?: string;

  /** `view` (default) or `edit`. */
  @property({ reflect: true }) mode: 'view' | 'edit' = 'view';

  /** The selected step's id. */
  @state() private selected?: string;

  /** Where each node is drawn (saved positions, or the auto-layout's). */
  @state() private positions?: Map<string, XY>;

  @query('.pane') private pane?: HTMLElement;
  @query('.xyflow__viewport') private viewportEl?: HTMLElement;

  private panZoom?: PanZoomInstance;
  private laidOutFor?: DialPlanGraph;
  private needsFit = false;

  private readonly data = this.createDataTask({
    args: () => [this.dialPlanId] as const,
    tags: ['dialplans'],
    isEmpty: (value: Loaded | null) => value === null,
    task: async ([id], { client, signal }): Promise<Loaded | null> => {
      if (!id) return null;
      const [plan, lookup] = await Promise.all([
        loadDialPlan(client, id, { signal }),
        loadNameLookup(client, { signal }).catch(() => emptyLookup()),
      ]);
      return { graph: toGraph(plan as PlanJson), lookup };
    },
  });

  /** Lays the plan out again (dagre) and fits it in view. */
  async autoLayout(): Promise<void> {
    const graph = this.data.value?.graph;
    if (!graph) return;
    this.positions = await autoLayout(graph);
    this.needsFit = true;
  }

  /** Zooms and pans so the whole plan is in view. */
  fitView(): void {
    const positions = this.positions;
    if (!this.panZoom || !this.pane || !positions?.size) return;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const [id, p] of positions) {
      const size = id === this.startId ? DEFAULT_START_SIZE : DEFAULT_NODE_SIZE;
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x + size.width);
      maxY = Math.max(maxY, p.y + size.height);
    }
    const { width, height } = this.pane.getBoundingClientRect();
    if (!width || !height) return;
    const viewport = getViewportForBounds(
      { x: minX, y: minY, width: maxX - minX, height: maxY - minY },
      width,
      height,
      MIN_ZOOM,
      1,
      0.1,
    );
    void this.panZoom.setViewport(viewport);
  }

  private get startId(): string {
    const graph = this.data.value?.graph;
    return graph ? startId(graph) : '@start';
  }

  private translation?: { messages: unknown; locale: string; t: Translate };

  /** This element's strings: English, with the host's `locale.messages.dialPlan` over it. */
  private get t(): Translate {
    const option = this.instance?.locale;
    const messages = typeof option === 'object' && option ? option.messages : undefined;
    const { locale } = this.i18n;
    const cached = this.translation;
    if (cached && cached.messages === messages && cached.locale === locale) return cached.t;
    const t = translator(mergeMessages(dialPlanMessages.en, messages), locale);
    this.translation = { messages, locale, t };
    return t;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.panZoom?.destroy();
    this.panZoom = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const graph = this.data.value?.graph;
    if (graph && graph !== this.laidOutFor) {
      this.laidOutFor = graph;
      if (needsLayout(graph)) {
        void autoLayout(graph).then((positions) => {
          if (this.laidOutFor !== graph) return;
          this.positions = positions;
          this.needsFit = true;
        });
      } else {
        this.positions = savedPositions(graph);
        this.needsFit = true;
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.pane && !this.panZoom) this.attachPanZoom(this.pane);
    if (!this.pane && this.panZoom) {
      this.panZoom.destroy();
      this.panZoom = undefined;
    }
    if (this.needsFit && this.panZoom && this.positions) {
      this.needsFit = false;
      this.fitView();
    }
  }

  private attachPanZoom(pane: HTMLElement) {
    const panZoom = XYPanZoom({
      domNode: pane,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      translateExtent: [
        [-Infinity, -Infinity],
        [Infinity, Infinity],
      ],
      viewport: { x: 0, y: 0, zoom: 1 },
      onDraggingChange: () => undefined,
    });
    panZoom.update({
      noWheelClassName: 'nowheel',
      noPanClassName: 'nopan',
      preventScrolling: true,
      panOnScroll: false,
      panOnDrag: true,
      panOnScrollMode: 'free' as never,
      panOnScrollSpeed: 0.5,
      userSelectionActive: false,
      zoomOnPinch: true,
      zoomOnScroll: true,
      zoomOnDoubleClick: false,
      zoomActivationKeyPressed: false,
      lib: 'xy',
      // Only the viewport's transform changes: panning and zooming never re-render the nodes.
      onTransformChange: ([x, y, zoom]) => this.applyTransform({ x, y, zoom }),
      connectionInProgress: false,
      paneClickDistance: 0,
    });
    this.panZoom = panZoom;
  }

  private applyTransform({ x, y, zoom }: Viewport) {
    if (this.viewportEl)
      this.viewportEl.style.transform = `translate(${x}px, ${y}px) scale(${zoom})`;
  }

  private zoomBy(factor: number) {
    void this.panZoom?.scaleBy(factor, { duration: 150 });
  }

  private onPaneKeyDown(event: KeyboardEvent) {
    if (event.target !== event.currentTarget) return;
    if (event.key === '+' || event.key === '=') this.zoomBy(ZOOM_STEP);
    else if (event.key === '-' || event.key === '−' || event.key === '_')
      this.zoomBy(1 / ZOOM_STEP);
    else if (event.key === '0') this.fitView();
    else return;
    event.preventDefault();
  }

  private select(node: GraphNode) {
    this.selected = node.id;
    this.emit('dialstack-node-select', { id: node.id, node: node.json as NodeJson });
  }

  private onNodeKeyDown(event: KeyboardEvent, node: GraphNode) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    this.select(node);
  }

  override render() {
    return this.data.render({
      complete: (value) => (value ? this.renderCanvas(value) : nothing),
      skeletonRows: 3,
    });
  }

  private renderCanvas({ graph, lookup }: Loaded) {
    const positions = this.positions;
    const t = this.t;
    const phone = (n: string) => this.i18n.phone(n);
    const start = startId(graph);
    const label = typeof graph.plan.name === 'string' ? graph.plan.name : '';
    return html`<div part="base" role="group" aria-label=${label || t('types.start')}>
      <div
        class="pane"
        tabindex="0"
        role="region"
        aria-label=${t('canvas.label', { name: label })}
        aria-roledescription=${t('canvas.roleDescription')}
        @keydown=${this.onPaneKeyDown}
      >
        <div class="xyflow__viewport">
          ${positions ? this.renderEdges(graph, positions, t) : nothing}
          <ul class="nodes" aria-label=${t('canvas.steps')}>
            ${
              positions
                ? html`<li
                      part="node"
                      class="xy-flow__node"
                      data-kind="start"
                      data-id=${start}
                      data-node-id=${start}
                      style=${styleMap(this.placement(positions.get(start)))}
                    >
                      ${t('types.start')}
                    </li>
                    ${repeat(
                      graph.nodes,
                      (node, i) => `${node.id}#${i}`,
                      (node) => this.renderNode(node, positions, lookup, t, phone),
                    )}`
                : nothing
            }
          </ul>
        </div>
      </div>
      <div part="controls" class="controls" role="toolbar" aria-label=${t('canvas.controls')}>
        <button
          type="button"
          aria-label=${t('canvas.zoomIn')}
          @click=${() => this.zoomBy(ZOOM_STEP)}
        >
          +
        </button>
        <button
          type="button"
          aria-label=${t('canvas.zoomOut')}
          @click=${() => this.zoomBy(1 / ZOOM_STEP)}
        >
          −
        </button>
        <button type="button" aria-label=${t('canvas.fit')} @click=${() => this.fitView()}>
          ⤢
        </button>
      </div>
    </div>`;
  }

  private placement(position: XY | undefined) {
    const { x, y } = position ?? { x: 0, y: 0 };
    return { transform: `translate(${x}px, ${y}px)` };
  }

  private renderNode(
    node: GraphNode,
    positions: Map<string, XY>,
    lookup: NameLookup,
    t: Translate,
    phone: (n: string) => string,
  ) {
    const card = describeNode(node, { lookup, t, phone });
    const selected = this.selected === node.id;
    const exits = node.exits.map((exit) =>
      t('canvas.exit', {
        exit: exitLabel(exit, t),
        target: exit.target ?? t(`empty.${exit.whenEmpty}`),
      }),
    );
    return html`<li
      part="node"
      class="xy-flow__node"
      tabindex="0"
      data-id=${node.id}
      data-node-id=${node.id}
      data-kind=${card.variant}
      aria-current=${selected ? 'true' : 'false'}
      style=${styleMap(this.placement(positions.get(node.id)))}
      @click=${() => this.select(node)}
      @keydown=${(e: KeyboardEvent) => this.onNodeKeyDown(e, node)}
    >
      <span class="node-title">${card.title}</span>
      <span class="node-summary">${card.summary}</span>
      ${exits.length ? html`<span class="visually-hidden">${exits.join('; ')}</span>` : nothing}
    </li>`;
  }

  private renderEdges(graph: DialPlanGraph, positions: Map<string, XY>, t: Translate) {
    const byId = new Map(graph.nodes.map((n) => [n.id, n] as const));
    const start = startId(graph);
    const edges = edgesOf(graph);
    const paths: unknown[] = [];
    const labels: unknown[] = [];
    for (const edge of edges) {
      const from = positions.get(edge.source);
      const to = positions.get(edge.target);
      if (!from) continue;
      const sourceSize = edge.source === start ? DEFAULT_START_SIZE : DEFAULT_NODE_SIZE;
      const exits = byId.get(edge.source)?.exits ?? [];
      const index = Math.max(
        0,
        exits.findIndex((e) => e.id === edge.exit),
      );
      const count = Math.max(1, exits.length);
      const sourceX = from.x + sourceSize.width;
      const sourceY = from.y + (sourceSize.height * (index + 1)) / (count + 1);
      const targetX = to ? to.x : sourceX + 60;
      const targetY = to ? to.y + DEFAULT_NODE_SIZE.height / 2 : sourceY;
      const [d, labelX, labelY] = getBezierPath({
        sourceX,
        sourceY,
        sourcePosition: Position.Right,
        targetX,
        targetY,
        targetPosition: Position.Left,
      });
      paths.push(
        svg`<path part="edge" data-edge-id=${edge.id} ?data-dangling=${edge.dangling} d=${d}></path>`,
      );
      if (edge.kind !== 'start')
        labels.push(
          html`<span
            class="edge-label"
            aria-hidden="true"
            style=${styleMap({ left: `${labelX}px`, top: `${labelY}px` })}
            >${exitLabel(edge, t)}</span
          >`,
        );
    }
    return html`<svg class="edges" width="1" height="1" aria-hidden="true">${paths}</svg>${labels}`;
  }
}
