/**
 * Undo/redo for the editor: a stack of graph snapshots. Graphs are immutable and edits share
 * every node they don't touch, so a snapshot costs one array per edit. Pure TypeScript.
 */
import type { DialPlanGraph } from './dial-plan.graph';

export interface History {
  readonly past: readonly DialPlanGraph[];
  readonly present: DialPlanGraph;
  readonly future: readonly DialPlanGraph[];
  /** The graph last saved (or loaded): `dirty` compares against it. */
  readonly saved: DialPlanGraph;
}

/** How many edits undo can go back. */
export const HISTORY_LIMIT = 200;

export const startHistory = (graph: DialPlanGraph): History => ({
  past: [],
  present: graph,
  future: [],
  saved: graph,
});

/** Records an edit's result; an edit that changed nothing (same graph) records nothing. */
export function record(history: History, next: DialPlanGraph): History {
  if (next === history.present) return history;
  return {
    past: [...history.past, history.present].slice(-HISTORY_LIMIT),
    present: next,
    future: [],
    saved: history.saved,
  };
}

export const canUndo = (history: History) => history.past.length > 0;
export const canRedo = (history: History) => history.future.length > 0;

export function undo(history: History): History {
  if (!canUndo(history)) return history;
  return {
    past: history.past.slice(0, -1),
    present: history.past[history.past.length - 1]!,
    future: [history.present, ...history.future],
    saved: history.saved,
  };
}

export function redo(history: History): History {
  if (!canRedo(history)) return history;
  return {
    past: [...history.past, history.present],
    present: history.future[0]!,
    future: history.future.slice(1),
    saved: history.saved,
  };
}

/**
 * After a save: the saved graph becomes the clean state and edits stay undoable. A created
 * plan's new id is carried into every snapshot, so undoing and saving again updates the plan
 * instead of creating a second one.
 */
export function markSaved(history: History, saved: DialPlanGraph = history.present): History {
  const id = saved.plan.id;
  const rebase = (graph: DialPlanGraph): DialPlanGraph =>
    id === undefined || graph.plan.id === id ? graph : { ...graph, plan: { ...graph.plan, id } };
  return {
    past: history.past.map(rebase),
    present: saved,
    future: history.future.map(rebase),
    saved,
  };
}

/** True when the present graph differs from the saved one (undoing back to it is clean). */
export const isDirty = (history: History) => history.present !== history.saved;
