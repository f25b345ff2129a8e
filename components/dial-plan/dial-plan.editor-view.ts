/**
 * What `mode="edit"` adds to `<dialstack-dial-plan>`: the toolbar (name, undo/redo, delete,
 * auto-layout, save and its state), the palette, handles on every card, selectable edges, the
 * keyboard path for connecting (an exit, then a step from a list), the side panel, the minimap
 * and the editor's keys (bound to the element, never to `window`). Holds the edit session
 * (`EditorController`) and the pointer editing (`CanvasEditing`). Lazy-loaded with the editor;
 * the nodes stay plain elements of the element's one shadow root.
 */
import type { PanZoomInstance, Viewport } from '@xyflow/system';
import type { ReactiveControllerHost } from 'lit';
import type { DialPlan } from '../../src/api/dial-plans';
import { defineElement } from '../../src/base/define';
import type { DialstackClient, DialstackInstance } from '../../src/core/types';
import type { I18n } from '../../src/i18n/create-i18n';
import type { CanvasEditHooks } from './dial-plan.canvas';
import { CanvasEditing, freeSpot } from './dial-plan.canvas-edit';
import { exitLabel } from './dial-plan.describe';
import { EditorController } from './dial-plan.editor';
import {
  editorTranslator,
  isEditorLanguageLoaded,
  loadEditorLanguage,
  type EditorTranslate,
} from './dial-plan.editor.messages';
import { dialPlanEditorStyles } from './dial-plan.editor.styles';
import {
  connectionLine,
  edgeEnd,
  edgeLabel,
  nodeExtras,
  startExtras,
} from './dial-plan.editor-cards';
import { renderFrame } from './dial-plan.editor-frame';
import { Minimap, MINIMAP } from './dial-plan.minimap';
import {
  exitsOf,
  nodeById,
  setEntry,
  startId,
  type DialPlanGraph,
  type Exit,
  type GraphNode,
  type XY,
} from './dial-plan.graph';
import { DEFAULT_NODE_SIZE, DEFAULT_START_SIZE, savedPositions } from './dial-plan.layout';
import type { NameLookup } from './dial-plan.lookup';
import type { SimulationResult } from './dial-plan.simulate';
import type { Translate } from './dial-plan.messages';
import {
  DialstackDialPlanPalette,
  isPaletteKey,
  PALETTE_MIME,
  paletteNode,
  type PaletteKey,
} from './dial-plan.palette';

/** What the editor needs from `<dialstack-dial-plan>` (closures over its private state). */
export interface EditViewHost {
  element: HTMLElement;
  root: ShadowRoot;
  host: ReactiveControllerHost;
  pane(): HTMLElement | undefined;
  /** The pane's size as last laid out (undefined before its first layout). */
  paneSize(): { width: number; height: number } | undefined;
  panZoom(): PanZoomInstance | undefined;
  client(): DialstackClient | undefined;
  /** The instance, handed to the internal elements (panel, findings, simulator). */
  instance(): DialstackInstance | undefined;
  t(): Translate;
  overrides(): unknown;
  locale(): string;
  /** The page's language, for the editor's own strings. */
  language(): I18n['language'];
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

/** A card's size in edit mode: the header, then a row per exit. */
const cardSize = (exits: number) => ({
  width: DEFAULT_NODE_SIZE.width,
  height: Math.max(DEFAULT_NODE_SIZE.height, HEADER + ROW * exits + 10),
});

/** Shift+arrow moves the focused step this far (canvas pixels). */
const MOVE_STEP = 20;
const MOVE_KEYS: Partial<Record<string, XY>> = {
  ArrowLeft: { x: -MOVE_STEP, y: 0 },
  ArrowRight: { x: MOVE_STEP, y: 0 },
  ArrowUp: { x: 0, y: -MOVE_STEP },
  ArrowDown: { x: 0, y: MOVE_STEP },
};

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
  readonly host: EditViewHost;
  readonly canvas: CanvasEditing;
  private session?: EditorController;
  private drag?: ReadonlyMap<string, XY>;
  private positionsFor?: { graph: DialPlanGraph; positions: Map<string, XY> };
  line: { from: XY; to: XY } | null = null;
  paletteOpen = false;
  /**
   * The step last added from the palette: its card takes focus, and its panel does not take it
   * from there when it opens (it may open later than the card is focused: its code loads lazily).
   */
  added?: string;
  /** The exit being connected from the keyboard. */
  pending?: { source: string; exitId: string };
  private translation?: {
    overrides: unknown;
    locale: string;
    language: I18n['language'];
    loaded: boolean;
    te: EditorTranslate;
  };
  /** The simulator's path, highlighted on the canvas. */
  private simulated?: ReadonlySet<string>;
  /** On narrow screens: the side (problems, simulator) shown over the canvas. */
  sideOpen = false;

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
    const language = this.host.language();
    const loaded = isEditorLanguageLoaded(language);
    const cached = this.translation;
    if (
      cached &&
      cached.overrides === overrides &&
      cached.locale === locale &&
      cached.language === language &&
      cached.loaded === loaded
    )
      return cached.te;
    // English meanwhile; the page's language once its strings are in.
    if (!loaded) void loadEditorLanguage(language).then(() => this.host.host.requestUpdate());
    const te = editorTranslator(overrides, locale, language);
    this.translation = { overrides, locale, language, loaded, te };
    return te;
  }

  /** The synthetic Start node's id. */
  get startNode(): string {
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

  nodeName(id: string): string {
    return id === this.startNode ? this.host.t()('types.start') : id;
  }

  targetName(target: string | null, exit?: Pick<Exit, 'whenEmpty'>): string {
    if (target !== null) return target;
    return this.host.t()(`empty.${exit?.whenEmpty ?? 'hang_up'}`);
  }

  connect(source: string, exitId: string, target: string | null) {
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

  add(key: PaletteKey, at?: XY) {
    const spec = paletteNode(key, this.editor.lookup, this.editor.graph.plan.id);
    const size = cardSize(exitsOf(spec.type, spec.config).length);
    const center = this.canvas.viewCenter();
    const graph = this.editor.graph;
    const spot =
      at ??
      freeSpot(
        { x: center.x - size.width / 2, y: center.y - size.height / 2 },
        this.positions(),
        size,
        (id) =>
          id === this.startNode
            ? DEFAULT_START_SIZE
            : cardSize(nodeById(graph, id)?.exits.length ?? 0),
      );
    const name = this.host.t()(`types.${key}`);
    const id = this.editor.add(key, spot, name);
    this.paletteOpen = false;
    this.added = id;
    this.host.focusNode(id);
  }

  deleteNode(id: string) {
    this.editor.deleteNode(id, this.te('deleted', { name: id }));
  }

  deleteSelection() {
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
    const step = MOVE_KEYS[event.key];
    const moving = step && event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (!moving && event.key !== 'Delete' && event.key !== 'Backspace') return;
    // Only from the canvas itself: a key typed in a field, the panel or the toolbar is theirs.
    const pane = this.host.pane();
    if (!pane || !path.includes(pane) || isTextField(target)) return;
    const card = (target as HTMLElement).closest?.<HTMLElement>('[part~="node"]');
    const id = card?.dataset.nodeId;
    if (moving) {
      // Shift+arrows move the focused step (the Start node follows the first step).
      const at = id === undefined || target !== card ? undefined : this.positions().get(id);
      if (!at || id === undefined || id === this.startNode) return;
      event.preventDefault();
      const to = { x: at.x + step.x, y: at.y + step.y };
      this.editor.move(new Map([[id, to]]), this.te('moved', { name: id }));
      return;
    }
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

  openConnect(source: string, exitId: string) {
    this.pending = { source, exitId };
    this.host.host.requestUpdate();
    void this.host.host.updateComplete.then(() =>
      this.host.root.querySelector<HTMLSelectElement>('.connect select')?.focus(),
    );
  }

  cancelConnect() {
    const pending = this.pending;
    this.pending = undefined;
    this.host.host.requestUpdate();
    if (pending) this.focusHandle(pending.source, pending.exitId);
  }

  submitConnect(event: Event) {
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

  readonly minimap = new Minimap();

  /** Moves the minimap's view frame (no re-render while panning or zooming). */
  transformed(viewport: Viewport): void {
    this.minimap.transformed(this.host.root, this.host.paneSize(), viewport);
  }

  /** The line drawn while an exit is being connected. */
  connectionLine(): unknown {
    return connectionLine(this);
  }

  /** The whole editor around the canvas. */
  render(canvas: unknown): unknown {
    return renderFrame(this, canvas);
  }

  /** After each render: drags on new cards, the minimap. */
  updated(): void {
    if (!this.session) return;
    this.canvas.sync(this.startNode);
    const minimap = this.host.root.querySelector('.minimap svg') ?? undefined;
    this.canvas.attachMinimap(minimap, () => this.minimap.scale, MINIMAP);
    const viewport = this.host.panZoom()?.getViewport();
    if (viewport) this.transformed(viewport);
  }

  // ---- Canvas hooks ----

  readonly hooks: CanvasEditHooks = {
    nodeLabel: (node, card) => `${card.title} ${node.id}: ${card.summary}`,
    nodeExtras: (node, card, active) => nodeExtras(this, node, card, active),
    startExtras: (start, active) => startExtras(this, start, active),
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
    edgeLabel: (edge, label, at) => edgeLabel(this, edge, label, at),
    edgeEnd: (edge, at) => edgeEnd(this, edge, at),
    failed: (id) => this.editor.saveFailure?.nodeId === id,
    highlighted: (id) => this.simulated?.has(id) ?? false,
  };

  selectFromList(id: string) {
    const node = nodeById(this.editor.graph, id);
    if (!node) return;
    this.sideOpen = false;
    this.host.select(node);
  }

  deleteFromPanel(id: string) {
    const order = this.editor.graph.nodes.map((n) => n.id);
    const next = order[order.indexOf(id) + 1] ?? order[order.indexOf(id) - 1] ?? this.startNode;
    this.deleteNode(id);
    this.host.focusNode(next);
  }

  highlight(result: SimulationResult | null) {
    this.simulated = result ? new Set([...result.path, ...result.edges]) : undefined;
    this.host.host.requestUpdate();
  }

  closePanel(id: string) {
    this.editor.selectNode(undefined);
    this.host.focusNode(id);
  }

  onNameChange(event: Event) {
    this.editor.setName((event.target as HTMLInputElement).value);
  }
}
