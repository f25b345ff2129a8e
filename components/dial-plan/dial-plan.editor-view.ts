/**
 * What `mode="edit"` adds to `<dialstack-dial-plan>`: the toolbar (name, undo/redo, delete,
 * auto-layout, save and its state), the palette, handles on every card, selectable edges, the
 * keyboard path for connecting (an exit, then a step from a list), the side panel, the minimap
 * and the editor's keys (bound to the element, never to `window`). Holds the edit session
 * (`EditorController`) and the pointer editing (`CanvasEditing`). Lazy-loaded with the editor;
 * the nodes stay plain elements of the element's one shadow root.
 */
import type { PanZoomInstance, Viewport } from '@xyflow/system';
import { getBezierPath, Position } from '@xyflow/system';
import { html, nothing, svg, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { DialPlan } from '../../src/api/dial-plans';
import { defineElement } from '../../src/base/define';
import type { DialstackClient, DialstackInstance } from '../../src/core/types';
import type { CanvasEditHooks } from './dial-plan.canvas';
import { CanvasEditing, freeSpot } from './dial-plan.canvas-edit';
import { exitLabel, type NodeCard } from './dial-plan.describe';
import { EditorController } from './dial-plan.editor';
import { editorTranslator, type EditorTranslate } from './dial-plan.editor.messages';
import { dialPlanEditorStyles } from './dial-plan.editor.styles';
import {
  nodeById,
  setEntry,
  startId,
  type DialPlanGraph,
  type Exit,
  type GraphEdge,
  type GraphNode,
  type XY,
} from './dial-plan.graph';
import { DEFAULT_NODE_SIZE, DEFAULT_START_SIZE, savedPositions } from './dial-plan.layout';
import type { NameLookup } from './dial-plan.lookup';
import type { PanelConfigDetail, PanelConnectDetail } from './dial-plan.panel';
import type { SimulationResult } from './dial-plan.simulate';
import type { Translate } from './dial-plan.messages';
import {
  DialstackDialPlanPalette,
  isPaletteKey,
  PALETTE_KEYS,
  PALETTE_MIME,
  type PaletteItem,
  type PaletteKey,
} from './dial-plan.palette';

/** What the editor needs from `<dialstack-dial-plan>` (closures over its private state). */
export interface EditViewHost {
  element: HTMLElement;
  root: ShadowRoot;
  host: ReactiveControllerHost;
  pane(): HTMLElement | undefined;
  panZoom(): PanZoomInstance | undefined;
  client(): DialstackClient | undefined;
  /** The instance, handed to the internal elements (panel, findings, simulator). */
  instance(): DialstackInstance | undefined;
  t(): Translate;
  overrides(): unknown;
  locale(): string;
  phone(e164: string): string;
  emit(type: 'dialstack-save' | 'dialstack-dirty-change', detail: unknown): void;
  select(node: GraphNode): void;
  focusNode(id: string): void;
  fitView(): void;
  save(): Promise<DialPlan>;
  autoLayout(): Promise<void>;
}

/** Card geometry in edit mode (the styles use the same numbers). */
const HEADER = 64;
const ROW = 24;
const TARGET_Y = 32;
const MINIMAP = { width: 180, height: 120 };

const isTextField = (target: EventTarget | undefined): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color'].includes(target.type)
  );
};

export class EditView {
  private readonly host: EditViewHost;
  private readonly canvas: CanvasEditing;
  private session?: EditorController;
  private drag?: ReadonlyMap<string, XY>;
  private positionsFor?: { graph: DialPlanGraph; positions: Map<string, XY> };
  private line: { from: XY; to: XY } | null = null;
  private paletteOpen = false;
  /** The exit being connected from the keyboard. */
  private pending?: { source: string; exitId: string };
  private translation?: { overrides: unknown; locale: string; te: EditorTranslate };
  /** The simulator's path, highlighted on the canvas. */
  private simulated?: ReadonlySet<string>;
  /** On narrow screens: the side (problems, simulator) shown over the canvas. */
  private sideOpen = false;

  constructor(host: EditViewHost) {
    this.host = host;
    defineElement('dialstack-dial-plan-palette', DialstackDialPlanPalette);
    // The side's internal elements load with the editor, not with the viewer.
    void Promise.all([
      import('./dial-plan.panel.define'),
      import('./dial-plan.findings.define'),
      import('./dial-plan.simulator.define'),
    ]).then(() => host.host.requestUpdate());
    const root = host.root;
    if (!root.adoptedStyleSheets.includes(dialPlanEditorStyles.styleSheet!))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, dialPlanEditorStyles.styleSheet!];
    const startNode = () => this.startNode;
    this.canvas = new CanvasEditing({
      root,
      get pane() {
        return host.pane();
      },
      get panZoom() {
        return host.panZoom();
      },
      get startId() {
        return startNode();
      },
      positions: () => this.positions(),
      dragging: (positions) => {
        this.drag = positions;
        host.host.requestUpdate();
      },
      moved: (positions) => this.editor.move(positions),
      connected: (source, exitId, target) => this.connect(source, exitId, target),
      drawing: (line) => {
        this.line = line;
        host.host.requestUpdate();
      },
    });
  }

  get started(): boolean {
    return this.session !== undefined;
  }

  get editor(): EditorController {
    if (!this.session) throw new Error('The editor has no plan yet');
    return this.session;
  }

  /** Starts (or restarts, with a fresh history) editing a plan. */
  start(graph: DialPlanGraph, lookup: NameLookup): void {
    if (this.session) return this.session.reset(graph, lookup);
    const host = this.host;
    const te = () => this.te;
    this.session = new EditorController(
      {
        element: host.element,
        addController: (c) => host.host.addController(c),
        removeController: (c) => host.host.removeController(c),
        requestUpdate: () => host.host.requestUpdate(),
        get updateComplete() {
          return host.host.updateComplete;
        },
        get client() {
          return host.client();
        },
        get t() {
          return host.t();
        },
        get te() {
          return te();
        },
        emitDirty: (dirty) => host.emit('dialstack-dirty-change', { dirty }),
        emitSaved: (plan) => host.emit('dialstack-save', { plan }),
      },
      graph,
      lookup,
    );
  }

  get te(): EditorTranslate {
    const overrides = this.host.overrides();
    const locale = this.host.locale();
    const cached = this.translation;
    if (cached && cached.overrides === overrides && cached.locale === locale) return cached.te;
    const te = editorTranslator(overrides, locale);
    this.translation = { overrides, locale, te };
    return te;
  }

  /** The synthetic Start node's id. */
  private get startNode(): string {
    return this.session ? startId(this.session.graph) : '@start';
  }

  /** Where each card is drawn: its saved position, or where it is being dragged. */
  positions(): Map<string, XY> {
    const graph = this.editor.graph;
    if (this.positionsFor?.graph !== graph)
      this.positionsFor = { graph, positions: savedPositions(graph) };
    const positions = this.positionsFor.positions;
    if (!this.drag) return positions;
    const moved = new Map(positions);
    for (const [id, p] of this.drag) moved.set(id, p);
    return moved;
  }

  connected(): void {
    this.session?.hostConnected();
  }

  disconnected(): void {
    this.canvas.destroy();
  }

  // ---- Commands from the UI ----

  private nodeName(id: string): string {
    return id === this.startNode ? this.host.t()('types.start') : id;
  }

  private targetName(target: string | null, exit?: Pick<Exit, 'whenEmpty'>): string {
    if (target !== null) return target;
    return this.host.t()(`empty.${exit?.whenEmpty ?? 'hang_up'}`);
  }

  private connect(source: string, exitId: string, target: string | null) {
    const editor = this.editor;
    if (source === this.startNode) {
      editor.apply(setEntry(editor.graph, target ?? ''));
      return;
    }
    const node = nodeById(editor.graph, source);
    const exit = node?.exits.find((e) => e.id === exitId);
    if (!exit) return;
    const words = { exit: exitLabel(exit, this.host.t()), name: source };
    editor.connect(
      source,
      exitId,
      target,
      target === null ? this.te('disconnected', words) : this.te('connected', { ...words, target }),
    );
  }

  private add(key: PaletteKey, at?: XY) {
    const size = DEFAULT_NODE_SIZE;
    const center = this.canvas.viewCenter();
    const spot =
      at ??
      freeSpot(
        { x: center.x - size.width / 2, y: center.y - size.height / 2 },
        this.positions(),
        size,
        (id) => (id === this.startNode ? DEFAULT_START_SIZE : size),
      );
    const name = this.host.t()(`types.${key}`);
    const id = this.editor.add(key, spot, name);
    this.paletteOpen = false;
    this.host.focusNode(id);
  }

  private deleteNode(id: string) {
    this.editor.deleteNode(id, this.te('deleted', { name: id }));
  }

  private deleteSelection() {
    const editor = this.editor;
    const edge = editor.selectedEdge;
    if (edge) this.connect(edge.source, edge.exitId, null);
    else if (editor.selected) this.deleteNode(editor.selected);
    editor.selectEdge(undefined);
  }

  onKeyDown(event: KeyboardEvent): void {
    if (!this.session) return;
    const path = event.composedPath();
    const target = path[0];
    const key = event.key.toLowerCase();
    if ((event.ctrlKey || event.metaKey) && !event.altKey && (key === 'z' || key === 'y')) {
      // Text fields keep their own undo.
      if (isTextField(target)) return;
      event.preventDefault();
      if (key === 'z' && !event.shiftKey) this.editor.undo();
      else this.editor.redo();
      return;
    }
    if (event.key === 'Escape' && this.pending) {
      event.preventDefault();
      this.cancelConnect();
      return;
    }
    if (event.key !== 'Delete' && event.key !== 'Backspace') return;
    // Only from the canvas itself: a Delete typed in a field, the panel or the toolbar is theirs.
    const pane = this.host.pane();
    if (!pane || !path.includes(pane) || isTextField(target)) return;
    const card = (target as HTMLElement).closest?.<HTMLElement>('[part~="node"]');
    const id = card?.dataset.nodeId;
    event.preventDefault();
    if (card && id !== undefined && id !== this.startNode && target === card) {
      const order = this.editor.graph.nodes.map((n) => n.id);
      const next = order[order.indexOf(id) + 1] ?? order[order.indexOf(id) - 1] ?? this.startNode;
      this.deleteNode(id);
      this.host.focusNode(next);
    } else {
      this.deleteSelection();
    }
  }

  onPaneClick(event: Event): void {
    if (event.target !== event.currentTarget) return;
    this.editor.selectNode(undefined);
  }

  onDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }

  onDrop(event: DragEvent): void {
    const key = event.dataTransfer?.getData(PALETTE_MIME);
    if (!isPaletteKey(key)) return;
    event.preventDefault();
    const at = this.canvas.toFlow(event.clientX, event.clientY);
    this.add(key, {
      x: Math.round(at.x - DEFAULT_NODE_SIZE.width / 2),
      y: Math.round(at.y - TARGET_Y),
    });
  }

  private openConnect(source: string, exitId: string) {
    this.pending = { source, exitId };
    this.host.host.requestUpdate();
    void this.host.host.updateComplete.then(() =>
      this.host.root.querySelector<HTMLSelectElement>('.connect select')?.focus(),
    );
  }

  private cancelConnect() {
    const pending = this.pending;
    this.pending = undefined;
    this.host.host.requestUpdate();
    if (pending) this.focusHandle(pending.source, pending.exitId);
  }

  private submitConnect(event: Event) {
    event.preventDefault();
    const pending = this.pending;
    if (!pending) return;
    const select = (event.currentTarget as HTMLFormElement).querySelector('select')!;
    this.connect(pending.source, pending.exitId, select.value || null);
    this.cancelConnect();
  }

  private focusHandle(source: string, exitId: string) {
    const id = this.canvas.handleId(source, exitId, 'source');
    void this.host.host.updateComplete.then(() =>
      this.host.root.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus(),
    );
  }

  /** After each render: drags on new cards, the minimap. */
  updated(): void {
    if (!this.session) return;
    this.canvas.sync(this.startNode);
    const minimap = this.host.root.querySelector('.minimap svg') ?? undefined;
    this.canvas.attachMinimap(minimap, () => this.minimapScale, MINIMAP);
    const viewport = this.host.panZoom()?.getViewport();
    if (viewport) this.transformed(viewport);
  }

  // ---- Canvas hooks ----

  readonly hooks: CanvasEditHooks = {
    nodeLabel: (node, card) => `${card.title} ${node.id}: ${card.summary}`,
    nodeExtras: (node, card, active) => this.nodeExtras(node, card, active),
    startExtras: (start, active) => this.startExtras(start, active),
    sourceAnchor: (edge, from, start) => {
      if (start) return { x: from.x + DEFAULT_START_SIZE.width, y: from.y + 20 };
      const node = nodeById(this.editor.graph, edge.source);
      const index = Math.max(0, node?.exits.findIndex((e) => e.id === edge.exit) ?? 0);
      return { x: from.x + DEFAULT_NODE_SIZE.width, y: from.y + HEADER + ROW * index + ROW / 2 };
    },
    targetAnchor: (to) => ({ x: to.x, y: to.y + TARGET_Y }),
    edgeSelected: (edge) =>
      this.editor.selectedEdge?.source === edge.source &&
      this.editor.selectedEdge.exitId === edge.exit,
    edgeLabel: (edge, label, at) => this.edgeLabel(edge, label, at),
    failed: (id) => this.editor.saveFailure?.nodeId === id,
    highlighted: (id) => this.simulated?.has(id) ?? false,
  };

  private handle(nodeId: string, exitId: string, label: string, active: boolean) {
    return html`<button
      type="button"
      class="xy-flow__handle source connectable connectableend nodrag nopan"
      tabindex=${active ? '0' : '-1'}
      data-id=${this.canvas.handleId(nodeId, exitId, 'source')}
      data-nodeid=${nodeId}
      data-handleid=${exitId}
      data-handlepos="right"
      aria-label=${label}
      @pointerdown=${(e: PointerEvent) => this.canvas.startConnection(e, nodeId, exitId)}
      @click=${() => this.openConnect(nodeId, exitId)}
    ></button>`;
  }

  private startExtras(start: string, active: boolean) {
    const entry = this.editor.graph.plan.entry_node;
    const target = typeof entry === 'string' && entry ? entry : null;
    const label = this.te('exit', {
      exit: this.host.t()('exits.start'),
      name: this.nodeName(start),
      target: this.targetName(target),
    });
    return this.handle(start, 'start', label, active);
  }

  private nodeExtras(node: GraphNode, card: NodeCard, active: boolean) {
    const t = this.host.t();
    return html`<span class="node-id">${node.id}</span>
      <button
        type="button"
        class="node-delete nodrag nopan"
        tabindex=${active ? '0' : '-1'}
        aria-label=${this.te('deleteNode', { name: node.id })}
        title=${this.te('deleteNode', { name: node.id })}
        @click=${(e: Event) => {
          e.stopPropagation();
          this.deleteNode(node.id);
        }}
      >
        ×
      </button>
      <span
        class="xy-flow__handle target connectable connectableend nodrag nopan"
        aria-hidden="true"
        data-id=${this.canvas.handleId(node.id, 'in', 'target')}
        data-nodeid=${node.id}
        data-handleid="in"
        data-handlepos="left"
      ></span>
      <ul class="exits" aria-label=${card.title}>
        ${node.exits.map((exit) => {
          const label = exitLabel(exit, t);
          const target = this.targetName(exit.target, exit);
          return html`<li class="exit">
            <span class="exit-label">${label}</span>
            <span class="exit-target">→ ${target}</span>
            ${
              exit.kind === 'field'
                ? nothing
                : this.handle(
                    node.id,
                    exit.id,
                    this.te('exit', { exit: label, name: node.id, target }),
                    active,
                  )
            }
          </li>`;
        })}
      </ul>`;
  }

  private edgeLabel(edge: GraphEdge, label: string, at: XY) {
    const selected = this.hooks.edgeSelected(edge);
    return html`<button
      type="button"
      class="edge-label nodrag nopan"
      tabindex="-1"
      aria-pressed=${selected ? 'true' : 'false'}
      aria-label=${this.te('edge', { exit: label, source: edge.source, target: edge.target })}
      style=${styleMap({ left: `${at.x}px`, top: `${at.y}px` })}
      @click=${() => this.editor.selectEdge({ source: edge.source, exitId: edge.exit })}
    >
      ${label}
    </button>`;
  }

  connectionLine(): unknown {
    const line = this.line;
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

  // ---- Minimap ----

  private minimapBox = { x: 0, y: 0, width: 1, height: 1 };

  private get minimapScale(): number {
    const box = this.minimapBox;
    return Math.max(box.width / MINIMAP.width, box.height / MINIMAP.height);
  }

  /** Moves the minimap's view rectangle (no re-render while panning or zooming). */
  transformed({ x, y, zoom }: Viewport): void {
    const rect = this.host.root.querySelector('.minimap-view');
    const pane = this.host.pane();
    if (!rect || !pane) return;
    rect.setAttribute('x', String(-x / zoom));
    rect.setAttribute('y', String(-y / zoom));
    rect.setAttribute('width', String(pane.clientWidth / zoom));
    rect.setAttribute('height', String(pane.clientHeight / zoom));
  }

  private minimap() {
    const positions = this.positions();
    if (positions.size < 2) return nothing;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const p of positions.values()) {
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x + DEFAULT_NODE_SIZE.width);
      maxY = Math.max(maxY, p.y + DEFAULT_NODE_SIZE.height);
    }
    const pad = 40;
    this.minimapBox = {
      x: minX - pad,
      y: minY - pad,
      width: maxX - minX + pad * 2,
      height: maxY - minY + pad * 2,
    };
    const box = this.minimapBox;
    const rects = [...positions].map(
      ([id, p]) =>
        svg`<rect class=${id === this.editor.selected ? 'selected' : ''} x=${p.x} y=${p.y} width=${
          id === this.startNode ? DEFAULT_START_SIZE.width : DEFAULT_NODE_SIZE.width
        } height=${id === this.startNode ? DEFAULT_START_SIZE.height : DEFAULT_NODE_SIZE.height} rx="12"></rect>`,
    );
    return html`<div class="minimap" part="minimap" role="img" aria-label=${this.te('minimap')}>
      <svg
        width=${MINIMAP.width}
        height=${MINIMAP.height}
        viewBox="${box.x} ${box.y} ${box.width} ${box.height}"
        aria-hidden="true"
      >
        ${rects}
        <rect class="minimap-view" x="0" y="0" width="0" height="0"></rect>
      </svg>
    </div>`;
  }

  // ---- The editor's frame ----

  private paletteItems(): PaletteItem[] {
    const t = this.host.t();
    return PALETTE_KEYS.map((key) => {
      const name = t(`types.${key}`);
      const [before = '', after = ''] = this.te('add', { name: '\u0000' }).split('\u0000');
      return { key, name, before, after, description: this.te(`items.${key}`) };
    });
  }

  private connectBar() {
    const pending = this.pending;
    if (!pending) return nothing;
    const t = this.host.t();
    const graph = this.editor.graph;
    const isStart = pending.source === this.startNode;
    const exit = isStart
      ? undefined
      : nodeById(graph, pending.source)?.exits.find((e) => e.id === pending.exitId);
    if (!isStart && !exit) return nothing;
    const current = isStart ? (graph.plan.entry_node ?? '') : (exit?.target ?? '');
    const exitName = exit ? exitLabel(exit, t) : t('exits.start');
    return html`<form class="connect" part="connect" @submit=${(e: Event) => this.submitConnect(e)}>
      <label>
        ${this.te('connectTo', { exit: exitName, name: this.nodeName(pending.source) })}
        <select>
          <option value="" ?selected=${!current}>
            ${this.te('connectNothing', { consequence: this.targetName(null, exit) })}
          </option>
          ${graph.nodes.map(
            (node) =>
              html`<option value=${node.id} ?selected=${node.id === current}>${node.id}</option>`,
          )}
        </select>
      </label>
      <button type="submit">${this.te('connect')}</button>
      <button type="button" @click=${() => this.cancelConnect()}>${this.te('cancel')}</button>
    </form>`;
  }

  private side() {
    const editor = this.editor;
    const node = editor.selected ? nodeById(editor.graph, editor.selected) : undefined;
    const instance = this.host.instance();
    if (node)
      return html`<aside class="side" part="side" data-open aria-label=${this.te('panel')}>
        <dialstack-dial-plan-panel
          .dialstack=${instance}
          .node=${node}
          .graph=${editor.graph}
          .lookup=${editor.lookup}
          .findings=${editor.findings.filter((f) => f.nodeId === node.id)}
          @dialstack-panel-config=${(e: CustomEvent<PanelConfigDetail>) =>
            editor.setConfig(e.detail.id, e.detail.config)}
          @dialstack-panel-connect=${(e: CustomEvent<PanelConnectDetail>) =>
            this.connect(e.detail.source, e.detail.exitId, e.detail.target)}
          @dialstack-panel-delete=${(e: CustomEvent<{ id: string }>) => this.deleteFromPanel(e.detail.id)}
          @dialstack-panel-close=${() => this.closePanel(node.id)}
        ></dialstack-dial-plan-panel>
      </aside>`;
    return html`<aside
      class="side"
      part="side"
      ?data-open=${this.sideOpen}
      aria-label=${this.te('findings')}
    >
      <dialstack-dial-plan-findings
        .dialstack=${instance}
        .findings=${editor.findings}
        .graph=${editor.graph}
        .lookup=${editor.lookup}
        @dialstack-finding-select=${(e: CustomEvent<{ nodeId: string }>) => this.selectFromList(e.detail.nodeId)}
      ></dialstack-dial-plan-findings>
      <dialstack-dial-plan-simulator
        .dialstack=${instance}
        .graph=${editor.graph}
        .lookup=${editor.lookup}
        @dialstack-simulate=${(e: CustomEvent<{ result: SimulationResult | null }>) =>
          this.highlight(e.detail.result)}
      ></dialstack-dial-plan-simulator>
    </aside>`;
  }

  private selectFromList(id: string) {
    const node = nodeById(this.editor.graph, id);
    if (!node) return;
    this.sideOpen = false;
    this.host.select(node);
  }

  private deleteFromPanel(id: string) {
    const order = this.editor.graph.nodes.map((n) => n.id);
    const next = order[order.indexOf(id) + 1] ?? order[order.indexOf(id) - 1] ?? this.startNode;
    this.deleteNode(id);
    this.host.focusNode(next);
  }

  private highlight(result: SimulationResult | null) {
    this.simulated = result ? new Set([...result.path, ...result.edges]) : undefined;
    this.host.host.requestUpdate();
  }

  private closePanel(id: string) {
    this.editor.selectNode(undefined);
    this.host.focusNode(id);
  }

  private onNameChange(event: Event) {
    this.editor.setName((event.target as HTMLInputElement).value);
  }

  /** The whole editor around the canvas. */
  render(canvas: unknown): unknown {
    const editor = this.editor;
    const name = typeof editor.graph.plan.name === 'string' ? editor.graph.plan.name : '';
    const failure = editor.saveFailure;
    const status = editor.saving
      ? this.te('saving')
      : editor.blocked
        ? this.te('blocked', { count: editor.errorCount })
        : editor.dirty
          ? this.te('unsaved')
          : this.te('saved');
    const isNew = typeof editor.graph.plan.id !== 'string' || !editor.graph.plan.id;
    return html`<div
      part="base"
      class="editor"
      role="group"
      aria-label=${name || this.te('untitled')}
    >
      <div part="toolbar" class="toolbar" role="toolbar" aria-label=${this.te('toolbar')}>
        <button
          type="button"
          class="palette-toggle"
          aria-expanded=${this.paletteOpen ? 'true' : 'false'}
          aria-controls="palette"
          @click=${() => {
            this.paletteOpen = !this.paletteOpen;
            this.host.host.requestUpdate();
          }}
        >
          <span aria-hidden="true">+</span> ${this.te('paletteToggle')}
        </button>
        <input
          class="plan-name"
          aria-label=${this.te('planName')}
          placeholder=${this.te('untitled')}
          maxlength="255"
          .value=${live(name)}
          @change=${(e: Event) => this.onNameChange(e)}
        />
        <button type="button" ?disabled=${!editor.canUndo} @click=${() => editor.undo()}>
          ${this.te('undo')}
        </button>
        <button type="button" ?disabled=${!editor.canRedo} @click=${() => editor.redo()}>
          ${this.te('redo')}
        </button>
        <button
          type="button"
          ?disabled=${!editor.selected && !editor.selectedEdge}
          @click=${() => this.deleteSelection()}
        >
          ${this.te('deleteSelection')}
        </button>
        <button type="button" @click=${() => void this.host.autoLayout()}>
          ${this.te('autoLayout')}
        </button>
        <button
          type="button"
          class="side-toggle"
          aria-expanded=${this.sideOpen ? 'true' : 'false'}
          @click=${() => {
            this.sideOpen = !this.sideOpen;
            this.host.host.requestUpdate();
          }}
        >
          ${this.te('findings')}
        </button>
        <span class="status" role="status" ?data-blocked=${editor.blocked}>${status}</span>
        <button
          type="button"
          class="save"
          ?disabled=${editor.blocked || editor.saving || (!editor.dirty && !isNew)}
          @click=${() => void this.host.save().catch(() => undefined)}
        >
          ${editor.saving ? this.te('saving') : this.te('save')}
        </button>
      </div>
      ${
        failure
          ? html`<div part="save-error" class="save-error" role="alert">
              <span>${failure.message}</span>
              ${
                failure.nodeId
                  ? html`<button type="button" @click=${() => this.host.focusNode(failure.nodeId!)}>
                      ${this.te('showStep')}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      <div class="body">
        <dialstack-dial-plan-palette
          id="palette"
          part="palette"
          class="palette"
          ?data-open=${this.paletteOpen}
          .items=${this.paletteItems()}
          label=${this.te('palette')}
          hint=${this.te('paletteHint')}
          @dialstack-palette-add=${(e: CustomEvent<{ key: PaletteKey }>) => this.add(e.detail.key)}
        ></dialstack-dial-plan-palette>
        <div class="canvas">${canvas} ${this.minimap()} ${this.connectBar()}</div>
        ${this.side()}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${editor.announcement}</div>
    </div>`;
  }
}
