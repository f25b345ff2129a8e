/**
 * The edit session of `<dialstack-dial-plan mode="edit">`: the undo/redo history, the
 * selection, every edit as a command, the findings of the present graph, the dirty state (with
 * `dialstack-dirty-change` and a `beforeunload` warning while dirty), and Save (update, or
 * create then adopt the new id). No DOM of its own: the element renders what it holds.
 * Lazy-loaded with the editor.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DialPlan } from '../../src/api/dial-plans';
import { DialstackApiError } from '../../src/core/errors';
import type { DialstackClient } from '../../src/core/types';
import { saveDialPlan } from './dial-plan.data';
import {
  addNode,
  connect,
  deleteNode,
  freshId,
  isRecord,
  moveNodes,
  nodeById,
  setConfig,
  setName,
  toGraph,
  type DialPlanGraph,
  type NodeJson,
  type PlanJson,
  type XY,
} from './dial-plan.graph';
import {
  canRedo,
  canUndo,
  isDirty,
  markSaved,
  record,
  redo,
  startHistory,
  undo,
  type History,
} from './dial-plan.history';
import type { NameLookup } from './dial-plan.lookup';
import type { Translate } from './dial-plan.messages';
import { paletteNode, type PaletteKey } from './dial-plan.palette';
import { hasErrors, validate, type Finding } from './dial-plan.validate';
import type { EditorTranslate } from './dial-plan.editor.messages';

/** What the edit session needs from its element. */
export interface EditorHost extends ReactiveControllerHost {
  /** The element: events are dispatched on it, and it is the save's cache `origin`. */
  readonly element: HTMLElement;
  readonly client: DialstackClient | undefined;
  readonly t: Translate;
  readonly te: EditorTranslate;
  /** Fires a public `dialstack-*` event. */
  emitDirty(dirty: boolean): void;
  emitSaved(plan: DialPlan): void;
}

/** The selected edge: an exit of a node (the Start edge is the plan's entry). */
export interface SelectedEdge {
  source: string;
  exitId: string;
}

/** A save that failed: the message in words and the step concerned, if one is. */
export interface SaveFailure {
  message: string;
  nodeId?: string;
  error: unknown;
}

export class EditorController implements ReactiveController {
  private readonly host: EditorHost;
  private history: History;
  private findingsFor?: { graph: DialPlanGraph; lookup: NameLookup; findings: Finding[] };
  private wasDirty = false;
  private listening = false;

  lookup: NameLookup;
  selected?: string;
  selectedEdge?: SelectedEdge;
  saving = false;
  saveFailure?: SaveFailure;
  /** What the last edit did, in words (for the live region). */
  announcement = '';

  constructor(host: EditorHost, graph: DialPlanGraph, lookup: NameLookup) {
    this.host = host;
    this.history = startHistory(graph);
    this.lookup = lookup;
    host.addController(this);
  }

  get graph(): DialPlanGraph {
    return this.history.present;
  }

  get dirty(): boolean {
    return isDirty(this.history);
  }

  get canUndo(): boolean {
    return canUndo(this.history);
  }

  get canRedo(): boolean {
    return canRedo(this.history);
  }

  /** The findings of the present graph (computed once per graph). */
  get findings(): Finding[] {
    const cached = this.findingsFor;
    if (cached && cached.graph === this.graph && cached.lookup === this.lookup)
      return cached.findings;
    const findings = validate(this.graph, { lookup: this.lookup, t: this.host.t });
    this.findingsFor = { graph: this.graph, lookup: this.lookup, findings };
    return findings;
  }

  /** True when validation finds errors: the API would reject the plan, so Save is off. */
  get blocked(): boolean {
    return hasErrors(this.findings);
  }

  get errorCount(): number {
    return this.findings.filter((f) => f.severity === 'error').length;
  }

  hostConnected(): void {
    if (this.dirty) this.listen(true);
  }

  hostDisconnected(): void {
    this.listen(false);
  }

  /** Replaces the plan (new data loaded while clean): a fresh history. */
  reset(graph: DialPlanGraph, lookup: NameLookup = this.lookup): void {
    this.history = startHistory(graph);
    this.lookup = lookup;
    if (this.selected && !nodeById(graph, this.selected)) this.selected = undefined;
    this.selectedEdge = undefined;
    this.saveFailure = undefined;
    this.changed();
  }

  // ---- Commands ----

  /** Records an edit's result (nothing when the edit changed nothing). */
  apply(next: DialPlanGraph, announcement = ''): boolean {
    if (next === this.graph) return false;
    this.history = record(this.history, next);
    this.announcement = announcement;
    this.changed();
    return true;
  }

  /** Adds a palette item's step at `position` and selects it; returns its id. */
  add(key: PaletteKey, position: XY, name: string): string {
    const spec = paletteNode(key, this.lookup, this.graph.plan.id);
    const id = freshId(this.graph, spec.base);
    const result = addNode(this.graph, { type: spec.type, config: spec.config, position, id });
    this.selectNode(result.id);
    this.apply(result.graph, this.host.te('added', { name }));
    return result.id;
  }

  /** Points an exit at a step (null: at nothing). One edge per exit. */
  connect(source: string, exitId: string, target: string | null, announcement = ''): boolean {
    if (this.selectedEdge?.source === source && this.selectedEdge.exitId === exitId && !target)
      this.selectedEdge = undefined;
    return this.apply(connect(this.graph, source, exitId, target), announcement);
  }

  deleteNode(id: string, announcement = ''): boolean {
    if (this.selected === id) this.selected = undefined;
    if (this.selectedEdge?.source === id) this.selectedEdge = undefined;
    return this.apply(deleteNode(this.graph, id), announcement);
  }

  /** Deletes the selected edge, else the selected step. */
  deleteSelection(announcement = ''): boolean {
    const edge = this.selectedEdge;
    if (edge) {
      this.selectedEdge = undefined;
      return this.connect(edge.source, edge.exitId, null, announcement);
    }
    return this.selected ? this.deleteNode(this.selected, announcement) : false;
  }

  /** One history entry for a whole drag (or one keyboard step). */
  move(positions: ReadonlyMap<string, XY>, announcement = ''): boolean {
    const rounded = new Map(
      [...positions].map(([id, p]) => [id, { x: Math.round(p.x), y: Math.round(p.y) }] as const),
    );
    return this.apply(moveNodes(this.graph, rounded), announcement);
  }

  /** Replaces a step's whole config (from the panel; fields it does not know are kept by it). */
  setConfig(id: string, config: Record<string, unknown>): boolean {
    const node = nodeById(this.graph, id);
    if (!node) return false;
    const old = isRecord(node.json.config) ? node.json.config : {};
    const patch: Record<string, unknown> = { ...config };
    for (const key of Object.keys(old)) if (!(key in config)) patch[key] = undefined;
    return this.apply(setConfig(this.graph, id, patch));
  }

  setName(name: string): boolean {
    return this.apply(setName(this.graph, name));
  }

  undo(): void {
    if (!this.canUndo) return;
    this.history = undo(this.history);
    this.afterTravel();
  }

  redo(): void {
    if (!this.canRedo) return;
    this.history = redo(this.history);
    this.afterTravel();
  }

  private afterTravel() {
    if (this.selected && !nodeById(this.graph, this.selected)) this.selected = undefined;
    this.selectedEdge = undefined;
    this.announcement = '';
    this.changed();
  }

  selectNode(id: string | undefined): void {
    this.selected = id;
    this.selectedEdge = undefined;
    this.host.requestUpdate();
  }

  selectEdge(edge: SelectedEdge | undefined): void {
    this.selectedEdge = edge;
    this.host.requestUpdate();
  }

  // ---- Save ----

  /**
   * Saves the present graph: update, or create and adopt the new id (so a second save
   * updates). Rejects with the API error (or a validation error) and keeps every edit.
   */
  async save(): Promise<DialPlan> {
    const client = this.host.client;
    if (this.blocked) {
      const error = new DialstackApiError({
        type: 'invalid_request_error',
        code: 'validation_error',
        message: this.host.te('blocked', { count: this.errorCount }),
      });
      this.fail(error, this.findings.find((f) => f.severity === 'error')?.nodeId);
      throw error;
    }
    if (!client) throw new DialstackApiError({ type: 'api_error', message: 'No session' });
    // One save at a time: a second press (or save()) before the first answers shares it, or,
    // with edits made since, follows it (so a new plan is created once, never twice).
    if (this.inflight) {
      const { graph, promise } = this.inflight;
      if (graph === this.graph) return promise;
      return promise.then(
        () => this.save(),
        () => this.save(),
      );
    }
    const promise = this.send(client, this.graph);
    const inflight = { graph: this.graph, promise };
    this.inflight = inflight;
    const done = () => {
      if (this.inflight === inflight) this.inflight = undefined;
    };
    promise.then(done, done);
    return promise;
  }

  private inflight?: { graph: DialPlanGraph; promise: Promise<DialPlan> };

  private async send(client: DialstackClient, sent: DialPlanGraph): Promise<DialPlan> {
    this.saving = true;
    this.saveFailure = undefined;
    this.host.requestUpdate();
    try {
      const plan = await saveDialPlan(client, sent, { origin: this.host.element });
      this.adopt(sent, plan);
      this.host.emitSaved(plan);
      return plan;
    } catch (error) {
      this.fail(error, nodeOfError(error, sent, this.lookup));
      throw error;
    } finally {
      this.saving = false;
      this.host.requestUpdate();
    }
  }

  private adopt(sent: DialPlanGraph, plan: DialPlan) {
    const saved = toGraph(plan as unknown as PlanJson);
    if (this.graph === sent) {
      this.history = markSaved(this.history, saved);
    } else {
      // Edits made while the request was in flight stay, and stay unsaved.
      const present = { ...this.graph, plan: { ...this.graph.plan, id: plan.id } };
      this.history = { ...markSaved(this.history, present), saved };
    }
    this.changed();
  }

  private fail(error: unknown, nodeId: string | undefined) {
    const raw = error instanceof Error ? error.message : String(error);
    const loop = isLoop(error);
    const message = loop ? this.host.te('loop') : raw;
    this.saveFailure = {
      error,
      ...(nodeId ? { nodeId } : {}),
      message: nodeId
        ? this.host.te('saveFailedAt', { message, id: nodeId })
        : this.host.te('saveFailed', { message }),
    };
    if (nodeId) this.selectNode(nodeId);
    this.host.requestUpdate();
  }

  /** Forgets the last save failure (the person dismissed it or edited on). */
  clearFailure(): void {
    this.saveFailure = undefined;
    this.host.requestUpdate();
  }

  // ---- Dirty state ----

  private changed() {
    const dirty = this.dirty;
    if (dirty !== this.wasDirty) {
      this.wasDirty = dirty;
      this.listen(dirty);
      this.host.emitDirty(dirty);
    }
    this.host.requestUpdate();
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    // Older browsers need a returnValue to show the warning.
    event.returnValue = '';
  };

  private listen(on: boolean) {
    if (on === this.listening) return;
    this.listening = on;
    if (on) window.addEventListener('beforeunload', this.onBeforeUnload);
    else window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  /** True while the `beforeunload` warning is armed (for tests and hosts' diagnostics). */
  get warnsBeforeUnload(): boolean {
    return this.listening;
  }
}

/**
 * A routing loop: the `routing_loop` code, or the message ("routing loop detected: …") on the
 * statuses the contract answers it with (400 on update, 422 RoutingLoop on create) or a 409.
 */
const isLoop = (error: unknown): boolean =>
  error instanceof DialstackApiError &&
  (error.code === 'routing_loop' ||
    ([400, 409, 422].includes(error.status ?? 0) && /loop/i.test(error.message)));

/**
 * The step a save error is about: a field error's `nodes[i]…` index, or for a routing loop
 * the step that dials another plan (or this one) that the error names.
 */
export function nodeOfError(
  error: unknown,
  graph: DialPlanGraph,
  lookup: NameLookup,
): string | undefined {
  if (!(error instanceof DialstackApiError)) return undefined;
  for (const key of Object.keys(error.details ?? {})) {
    const match = /^nodes\[(\d+)\]/.exec(key);
    const node = match ? graph.nodes[Number(match[1])] : undefined;
    if (node) return node.id;
  }
  if (!isLoop(error)) return undefined;
  const dialing = graph.nodes.filter((node) => {
    const config = node.json.config as NodeJson['config'] | undefined;
    const target = isRecord(config) ? config.target_id : undefined;
    return (
      node.kind === 'internal_dial' &&
      typeof target === 'string' &&
      (target === graph.plan.id || lookup.targets.get(target)?.kind === 'dial_plan')
    );
  });
  const named = dialing.find((node) =>
    error.message.includes(String((node.json.config as Record<string, unknown>).target_id)),
  );
  return (named ?? dialing[0])?.id;
}
