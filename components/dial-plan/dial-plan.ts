import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { DialPlan } from '../../src/api/dial-plans';
import { DialstackElement } from '../../src/base/dialstack-element';
import { numberFormat } from '../../src/i18n/intl-cache';
import { renderEdges, renderNodes, type CanvasContext } from './dial-plan.canvas';
import { loadDialPlan, loadNameLookup } from './dial-plan.data';
import type { EditView } from './dial-plan.editor-view';
import {
  moveNodes,
  nodeById,
  startId,
  toGraph,
  type DialPlanGraph,
  type GraphNode,
  type NodeJson,
  type PlanJson,
  type XY,
} from './dial-plan.graph';
import { autoLayout, needsLayout, savedPositions } from './dial-plan.layout';
import { emptyLookup, type NameLookup } from './dial-plan.lookup';
import {
  dialPlanTranslator,
  isDialPlanLanguageLoaded,
  loadDialPlanLanguage,
  messageOverrides,
} from './dial-plan.i18n';
import type { Translate } from './dial-plan.messages';
import { dialPlanStyles } from './dial-plan.styles';
import type { SaveDetail } from './dial-plan.types';
import { DialPlanViewportController } from './dial-plan.viewport';

export type { DirtyChangeDetail, NodeSelectDetail, SaveDetail } from './dial-plan.types';

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-dial-plan': DialstackDialPlan;
  }
}

interface Loaded {
  graph: DialPlanGraph;
  lookup: NameLookup;
}

const loadEditor = () => import('./dial-plan.editor-view');

/**
 * A dial plan as a flowchart: a Start node, one card per step saying what it does with its
 * targets named, and an edge per exit labelled by it. Pan and zoom with the mouse, touch or
 * the keyboard (+, −, 0 to fit). Plans saved without positions are laid out automatically.
 * With `mode="edit"` it is an editor (loaded on demand): a palette, moving steps, drawing
 * exits to steps, a settings panel per step, undo/redo, validation, and Save.
 *
 * @tagname dialstack-dial-plan
 * @summary A dial plan viewer and editor.
 *
 * @fires {CustomEvent<NodeSelectDetail>} dialstack-node-select - A step was selected. `detail: { id, node }`.
 * @fires {CustomEvent<SaveDetail>} dialstack-save - The editor saved the plan. `detail: { plan }`.
 * @fires {CustomEvent<DirtyChangeDetail>} dialstack-dirty-change - Unsaved changes appeared or went away. `detail: { dirty }`.
 * @fires {CustomEvent<LoaderStartDetail>} dialstack-loader-start - The element started loading its data.
 * @fires {CustomEvent<LoadErrorDetail>} dialstack-load-error - Loading failed; `detail.error` is `{ type, message, status? }`.
 *
 * @csspart base - The canvas frame (in edit mode, the whole editor).
 * @csspart node - A step's card; `data-node-id` is the node id, `data-kind` its variant.
 * @csspart edge - An edge (SVG path); `data-edge-id` is `source:exit`.
 * @csspart controls - The zoom buttons.
 * @csspart toolbar - The editor's toolbar.
 * @csspart palette - The editor's step palette.
 * @csspart minimap - The editor's overview of the plan.
 * @csspart save-error - Why the last save failed.
 * @csspart loading - The loading view.
 * @csspart error - The error view.
 * @csspart empty - The view shown when no plan is set.
 * @cssprop --dialstack-dial-plan-height - The canvas height (default 480px).
 * @cssprop --dialstack-dial-plan-edge-color - The edges' colour.
 */
export class DialstackDialPlan extends DialstackElement {
  static override styles = [DialstackElement.styles, dialPlanStyles];

  /** The plan to show or edit (`GET /v1/dialplans/{id}`); in edit mode, none starts a new plan. */
  @property({ attribute: 'dial-plan-id', reflect: true }) dialPlanId?: string;

  /** `view` (default) or `edit`. */
  @property({ reflect: true }) mode: 'view' | 'edit' = 'view';

  /** The selected step's id (the viewer's; the editor keeps its own). */
  @state() private selected?: string;

  /** The card that takes Tab (roving focus over the cards). */
  @state() private tabStop?: string;

  /** Where each node is drawn in the viewer (saved positions, or the auto-layout's). */
  @state() private positions?: Map<string, XY>;

  /** The editor, once loaded (`mode="edit"`). */
  @state() private edit?: EditView;

  @query('.pane') private pane?: HTMLElement;
  @query('.xyflow__viewport') private viewportEl?: HTMLElement;

  private laidOutFor?: DialPlanGraph;
  /** The plan id the data task loads (a plan the editor created is not loaded again). */
  private loadId?: string;
  private editorLoading?: Promise<typeof import('./dial-plan.editor-view')>;
  private editFor?: Loaded;
  private editReady?: { promise: Promise<EditView>; resolve: (edit: EditView) => void };

  private readonly data = this.createDataTask({
    args: () => [this.loadId, this.mode === 'edit' && !this.loadId] as const,
    tags: ['dialplans'],
    isEmpty: (value: Loaded | null) => value === null,
    task: async ([id, fresh], { client, signal }): Promise<Loaded | null> => {
      if (!id && !fresh) return null;
      // The plan is asked for first: over HTTP/1.1 a page has six connections per host, and
      // the plan (the largest answer) would otherwise wait behind the name lists.
      const plan = id ? loadDialPlan(client, id, { signal }) : undefined;
      const lookup = loadNameLookup(client, { signal }).catch(() => emptyLookup());
      // The cards format their numbers (timeouts) with the locale's Intl.NumberFormat: a cold
      // one costs 30-60 ms here. Built while the requests are in flight, not between the data
      // and the first paint (DESIGN §6).
      const locale = this.i18n.locale;
      setTimeout(() => numberFormat(locale).format(0));
      if (!plan) return { graph: toGraph({ name: '' }), lookup: await lookup };
      const [json, names] = await Promise.all([plan, lookup]);
      return { graph: toGraph(json as PlanJson), lookup: names };
    },
  });

  /** Pan and zoom (after each update: attached to a new pane, and the pending fit). */
  private readonly viewport = new DialPlanViewportController(this, {
    pane: () => this.pane,
    viewport: () => this.viewportEl,
    positions: () => this.shownPositions(),
    startId: () => this.startId,
    transformed: (viewport) => this.editing?.transformed(viewport),
  });

  constructor() {
    super();
    // The editor's keys are bound to this element only, never to `window`.
    this.addEventListener('keydown', (event) => {
      if (this.mode === 'edit') this.edit?.onKeyDown(event);
    });
  }

  /** True when the editor holds changes that are not saved. */
  get dirty(): boolean {
    return this.edit?.editor.dirty ?? false;
  }

  /** Undoes the last edit (editor only). */
  undo(): void {
    this.edit?.editor.undo();
  }

  /** Redoes the last undone edit (editor only). */
  redo(): void {
    this.edit?.editor.redo();
  }

  /**
   * Saves the plan (editor only): `POST /v1/dialplans/{id}` with every node, or creates it and
   * adopts the new id. Resolves with the saved plan; rejects with the API error (or, when
   * validation finds errors, without sending) and keeps every edit.
   */
  async save(): Promise<DialPlan> {
    if (this.mode !== 'edit') throw new Error('save() needs mode="edit"');
    const edit = await this.editorReady();
    return edit.editor.save();
  }

  /** Lays the plan out again (dagre) and fits it in view; in the editor, one undoable edit. */
  async autoLayout(): Promise<void> {
    const edit = this.mode === 'edit' ? this.edit : undefined;
    const graph = edit ? edit.editor.graph : this.data.value?.graph;
    if (!graph) return;
    const positions = await autoLayout(graph);
    if (edit) edit.editor.move(positions);
    else this.positions = positions;
    this.viewport.requestFit();
    this.requestUpdate();
  }

  /** Zooms and pans so the whole plan is in view. */
  fitView(): void {
    this.viewport.fitView();
  }

  private editorReady(): Promise<EditView> {
    if (this.edit && this.editFor) return Promise.resolve(this.edit);
    this.editReady ??= (() => {
      let resolve!: (edit: EditView) => void;
      const promise = new Promise<EditView>((r) => (resolve = r));
      return { promise, resolve };
    })();
    return this.editReady.promise;
  }

  /** The editor, when it is on and has its plan. */
  private get editing(): EditView | undefined {
    return this.mode === 'edit' && this.edit?.started ? this.edit : undefined;
  }

  private get graph(): DialPlanGraph | undefined {
    return this.editing?.editor.graph ?? this.data.value?.graph;
  }

  private shownPositions(): ReadonlyMap<string, XY> | undefined {
    return this.editing ? this.editing.positions() : this.positions;
  }

  private get startId(): string {
    const graph = this.graph;
    return graph ? startId(graph) : '@start';
  }

  /** Bumped when a language's strings arrive. */
  @state() private languageLoaded = 0;

  private get messageOverrides(): unknown {
    return messageOverrides(this.instance?.locale);
  }

  /**
   * This element's strings in the page's language (English until they have loaded), with the
   * host's `locale.messages.dialPlan` over them.
   */
  private get t(): Translate {
    return dialPlanTranslator(this.i18n, this.messageOverrides);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.edit?.connected();
  }

  override disconnectedCallback(): void {
    // Pan/zoom and the pane's observer are released by the viewport controller (in super's).
    super.disconnectedCallback();
    this.edit?.disconnected();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const language = this.i18n.language;
    if (!isDialPlanLanguageLoaded(language))
      void loadDialPlanLanguage(language).then(() => this.languageLoaded++);
    if (
      (changed.has('dialPlanId') && this.dialPlanId !== this.edit?.editor.graph.plan.id) ||
      changed.has('mode')
    )
      this.loadId = this.dialPlanId;
    if (this.mode === 'edit') {
      this.loadEditor();
      const value = this.data.value;
      if (this.edit && value && value !== this.editFor && this.data.complete)
        void this.startEditing(value);
      return;
    }
    const graph = this.data.value?.graph;
    if (graph && graph !== this.laidOutFor) {
      this.laidOutFor = graph;
      if (needsLayout(graph)) {
        void autoLayout(graph).then((positions) => {
          if (this.laidOutFor !== graph) return;
          this.positions = positions;
          this.viewport.requestFit();
        });
      } else {
        this.positions = savedPositions(graph);
        this.viewport.requestFit();
      }
    }
  }

  private loadEditor() {
    if (this.editorLoading) return;
    this.editorLoading = loadEditor();
    void this.editorLoading.then((module) => {
      this.edit = new module.EditView({
        element: this,
        root: this.renderRoot as ShadowRoot,
        host: this,
        pane: () => this.pane,
        paneSize: () => this.viewport.paneSize,
        panZoom: () => this.viewport.panZoom,
        client: () => this.instance?.client,
        instance: () => this.instance,
        t: () => this.t,
        overrides: () => this.messageOverrides,
        locale: () => this.i18n.locale,
        language: () => this.i18n.language,
        phone: (n) => this.i18n.phone(n),
        emit: (type, detail) => {
          // A created plan's id is adopted (and reflected), so the next save updates it.
          if (type === 'dialstack-save') this.dialPlanId = (detail as SaveDetail).plan.id;
          this.emit(type, detail as never);
        },
        select: (node) => this.select(node),
        focusNode: (id) => this.focusNode(id),
        fitView: () => this.fitView(),
        save: () => this.save(),
        autoLayout: () => this.autoLayout(),
      });
    });
  }

  /** Hands a loaded plan to the editor (laid out first if it has no positions). */
  private async startEditing(value: Loaded) {
    this.editFor = value;
    const edit = this.edit!;
    let graph = value.graph;
    if (needsLayout(graph)) graph = moveNodes(graph, await autoLayout(graph));
    if (this.editFor !== value) return;
    // Unsaved edits survive a reload of the same plan; another plan starts afresh.
    if (!edit.started || !edit.editor.dirty || graph.plan.id !== edit.editor.graph.plan.id)
      edit.start(graph, value.lookup);
    else edit.editor.lookup = value.lookup;
    this.viewport.requestFit();
    this.requestUpdate();
    this.editReady?.resolve(edit);
  }

  protected override updated(changed: PropertyValues): void {
    // The viewport controller's `hostUpdated` has run: pan/zoom is on the current pane and a
    // pending fit done (when the pane's size is known), so the editor sees the fitted viewport.
    super.updated(changed);
    this.editing?.updated();
  }

  private select(node: GraphNode) {
    this.tabStop = node.id;
    if (this.editing) this.editing.editor.selectNode(node.id);
    else this.selected = node.id;
    this.emit('dialstack-node-select', { id: node.id, node: node.json as NodeJson });
  }

  private focusNode(id: string) {
    this.tabStop = id;
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>(`[part~="node"][data-node-id="${CSS.escape(id)}"]`)
        ?.focus(),
    );
  }

  /** The card an event happened in (the list listens for every card: not 600 listeners). */
  private cardOf(event: Event): HTMLElement | undefined {
    return (event.target as Element).closest?.<HTMLElement>('[part~="node"]') ?? undefined;
  }

  /** A click in a step's card selects it (the Start node is no step). */
  private onNodesClick(event: MouseEvent) {
    const id = this.cardOf(event)?.dataset.nodeId;
    const graph = this.graph;
    const node = id !== undefined && graph ? nodeById(graph, id) : undefined;
    if (node) this.select(node);
  }

  /** Keys on a card itself (not on a control inside it); the Start node's in the editor only. */
  private onNodesKeyDown(event: KeyboardEvent) {
    const card = this.cardOf(event);
    if (!card || event.target !== card || card.dataset.nodeId === undefined) return;
    if (card.dataset.kind === 'start' && !this.editing) return;
    this.onNodeKeyDown(event, card.dataset.nodeId);
  }

  /** Enter/Space select a card; arrows, Home and End (unmodified) move focus between cards. */
  private onNodeKeyDown(event: KeyboardEvent, id: string) {
    const graph = this.graph;
    if (!graph) return;
    const node = nodeById(graph, id);
    if ((event.key === 'Enter' || event.key === ' ') && node) {
      event.preventDefault();
      this.select(node);
      return;
    }
    // Modified arrows are not the list's: Shift+arrows move a step in the editor.
    if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    const order = [...(this.editing ? [this.startId] : []), ...graph.nodes.map((n) => n.id)];
    const index = order.indexOf(id);
    const next =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? order[Math.min(order.length - 1, index + 1)]
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? order[Math.max(0, index - 1)]
          : event.key === 'Home'
            ? order[0]
            : event.key === 'End'
              ? order[order.length - 1]
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    this.focusNode(next);
  }

  override render() {
    return this.data.render({
      complete: (value) => (value ? this.renderPlan(value) : nothing),
      skeletonRows: 3,
    });
  }

  private renderPlan(value: Loaded) {
    const edit = this.editing;
    const graph = edit ? edit.editor.graph : value.graph;
    const lookup = edit ? edit.editor.lookup : value.lookup;
    const positions = this.shownPositions();
    const t = this.t;
    const selected = edit ? edit.editor.selected : this.selected;
    const start = startId(graph);
    const tabStop =
      this.tabStop !== undefined && (this.tabStop === start || nodeById(graph, this.tabStop))
        ? this.tabStop
        : (selected ?? graph.nodes[0]?.id ?? (edit ? start : undefined));
    const context: CanvasContext | undefined = positions && {
      graph,
      lookup,
      positions,
      start,
      t,
      phone: (n: string) => this.i18n.phone(n),
      selected,
      tabStop,
      ...(edit ? { edit: edit.hooks } : {}),
    };
    const label = typeof graph.plan.name === 'string' ? graph.plan.name : '';
    const canvas = html`<div
        class="pane"
        tabindex="0"
        role="region"
        aria-label=${t('canvas.label', { name: label })}
        aria-roledescription=${t('canvas.roleDescription')}
        @keydown=${this.viewport.onPaneKeyDown}
        @scroll=${this.viewport.onPaneScroll}
        @click=${edit ? (e: Event) => edit.onPaneClick(e) : nothing}
        @dragover=${edit ? (e: DragEvent) => edit.onDragOver(e) : nothing}
        @drop=${edit ? (e: DragEvent) => edit.onDrop(e) : nothing}
      >
        <div class="xyflow__viewport">
          ${context ? renderEdges(context) : nothing} ${edit?.connectionLine() ?? nothing}
          <ul
            class="nodes"
            aria-label=${t('canvas.steps')}
            @click=${this.onNodesClick}
            @keydown=${this.onNodesKeyDown}
          >
            ${context ? renderNodes(context) : nothing}
          </ul>
        </div>
      </div>
      ${this.viewport.renderControls(t)}`;
    if (edit) return edit.render(canvas);
    return html`<div part="base" role="group" aria-label=${label || t('types.start')}>
      ${canvas}
    </div>`;
  }
}
