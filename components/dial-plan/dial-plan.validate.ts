/**
 * Findings about a dial plan. Errors are what the API would reject (the contract's ranges,
 * patterns and limits, references to steps that don't exist, a missing first step): they block
 * saving. Warnings are plans the API accepts but that likely don't do what was meant:
 * unreachable steps, exits that lead nowhere (and whether that hangs up or replays the menu),
 * targets that no longer exist. Pure TypeScript; never throws.
 */
import {
  entryOf,
  isRecord,
  NODE_TYPES,
  type DialPlanGraph,
  type GraphNode,
} from './dial-plan.graph';
import { exitLabel } from './dial-plan.describe';
import { emptyLookup, ignoresNext, type NameLookup } from './dial-plan.lookup';
import { englishT, type DialPlanMessageKey, type Translate } from './dial-plan.messages';

export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  /** The message key (stable: tests and hosts can match on it). */
  code: DialPlanMessageKey;
  /** The step concerned (clicking the finding selects it). */
  nodeId?: string;
  /** The exit concerned, if any. */
  exitId?: string;
  /** The config field concerned, if any (`timeout`, `options`, `phone_number`…). */
  field?: string;
  message: string;
}

export interface ValidateOptions {
  lookup?: NameLookup;
  t?: Translate;
}

/** The contract's timeout ranges, per node type. */
export const TIMEOUTS: Record<string, { min: number; max: number }> = {
  internal_dial: { min: 0, max: 300 },
  ring_all_users: { min: 1, max: 300 },
  external_dial: { min: 1, max: 120 },
  menu: { min: 1, max: 30 },
};
export const MENU_MAX_OPTIONS = 12;
export const E164 = /^(\+[1-9]\d{1,14})?$/;
export const DIGIT = /^[0-9*#]$/;

export const hasErrors = (findings: readonly Finding[]) =>
  findings.some((f) => f.severity === 'error');

export function validate(graph: DialPlanGraph, options: ValidateOptions = {}): Finding[] {
  const lookup = options.lookup ?? emptyLookup();
  const t = options.t ?? englishT;
  const findings: Finding[] = [];
  const add = (
    severity: Severity,
    code: DialPlanMessageKey,
    at: Omit<Finding, 'severity' | 'code' | 'message'> = {},
    params: Record<string, string | number> = {},
  ) => findings.push({ severity, code, ...at, message: t(code, params) });

  const name = graph.plan.name;
  const isNew = typeof graph.plan.id !== 'string' || graph.plan.id === '';
  if (typeof name === 'string' ? name.trim() === '' || name.length > 255 : isNew)
    add('error', 'findings.nameRequired', { field: 'name' });

  const ids = new Set<string>();
  for (const node of graph.nodes) {
    if (ids.has(node.id))
      add('error', 'findings.duplicateId', { nodeId: node.id }, { id: node.id });
    ids.add(node.id);
  }
  const entry = entryOf(graph);
  if (graph.nodes.length && entry === undefined) add('error', 'findings.noEntry');
  if (entry !== undefined && !ids.has(entry))
    add('error', 'findings.unknownEntry', {}, { id: entry });

  for (const node of graph.nodes) checkNode(node, graph, lookup, add, t);

  for (const node of graph.nodes) {
    const ignored = ignoresNext(node, lookup);
    for (const exit of node.exits) {
      const at = { nodeId: node.id, exitId: exit.id };
      const label = exitLabel(exit, t);
      if (exit.target !== null && !ids.has(exit.target)) {
        add('error', 'findings.missingNode', at, { exit: label, id: exit.target });
      } else if (ignored && exit.id === 'next') {
        if (exit.target !== null) add('warning', 'findings.nextIgnored', at, { exit: label });
      } else if (exit.target === null && node.kind !== 'unsupported') {
        add('warning', 'findings.leadsNowhere', at, {
          exit: label,
          consequence: t(`empty.${exit.whenEmpty}`),
        });
      }
    }
  }

  const reached = reachable(graph, lookup);
  for (const node of graph.nodes) {
    if (entry !== undefined && !reached.has(node.id))
      add('warning', 'findings.unreachable', { nodeId: node.id });
  }
  return findings;
}

/** The ids of the steps a call can reach from the entry (taking only exits the runtime follows). */
export function reachable(graph: DialPlanGraph, lookup: NameLookup = emptyLookup()): Set<string> {
  const byId = new Map(graph.nodes.map((n) => [n.id, n] as const));
  const seen = new Set<string>();
  const entry = entryOf(graph);
  const queue = entry !== undefined && byId.has(entry) ? [entry] : [];
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const node = byId.get(id)!;
    const ignored = ignoresNext(node, lookup);
    for (const exit of node.exits) {
      if (ignored && exit.id === 'next') continue;
      if (exit.target !== null && byId.has(exit.target) && !seen.has(exit.target))
        queue.push(exit.target);
    }
  }
  return seen;
}

type Add = (
  severity: Severity,
  code: DialPlanMessageKey,
  at?: Omit<Finding, 'severity' | 'code' | 'message'>,
  params?: Record<string, string | number>,
) => void;

function checkNode(
  node: GraphNode,
  graph: DialPlanGraph,
  lookup: NameLookup,
  add: Add,
  t: Translate,
) {
  const nodeId = node.id;
  if (node.kind === 'unsupported') {
    if (!isRecord(node.json.config) && KNOWN_TYPES.has(node.type))
      add('error', 'findings.badConfig', { nodeId });
    else add('warning', 'findings.unsupported', { nodeId }, { type: node.type });
    return;
  }
  const config = node.json.config as Record<string, unknown>;
  const range = TIMEOUTS[node.kind];
  if (range) {
    const timeout = config.timeout;
    if (timeout === undefined || timeout === null)
      add('error', 'findings.timeoutRequired', { nodeId, field: 'timeout' });
    else if (
      typeof timeout !== 'number' ||
      !Number.isInteger(timeout) ||
      timeout < range.min ||
      timeout > range.max
    )
      add('error', 'findings.timeoutRange', { nodeId, field: 'timeout' }, range);
  }
  const gone = (what: 'target' | 'schedule' | 'clip', id: string, field: string) =>
    add(
      'warning',
      'findings.targetGone',
      { nodeId, field },
      {
        what: t(`findings.targetWhat.${what}`),
        id,
      },
    );

  switch (node.kind) {
    case 'schedule': {
      const id = config.schedule_id;
      if (typeof id !== 'string' || id === '')
        add('error', 'findings.scheduleRequired', { nodeId, field: 'schedule_id' });
      else if (lookup.complete && !lookup.schedules.has(id)) gone('schedule', id, 'schedule_id');
      break;
    }
    case 'internal_dial': {
      const id = config.target_id;
      if (typeof id !== 'string' || id === '')
        add('error', 'findings.targetRequired', { nodeId, field: 'target_id' });
      else if (id === graph.plan.id)
        add('error', 'findings.dialsItself', { nodeId, field: 'target_id' });
      else if (lookup.complete && !lookup.targets.has(id)) gone('target', id, 'target_id');
      break;
    }
    case 'external_dial': {
      const number = config.phone_number;
      if (number === undefined || number === '')
        add('warning', 'findings.phoneEmpty', { nodeId, field: 'phone_number' });
      else if (typeof number !== 'string' || !E164.test(number))
        add('error', 'findings.phoneInvalid', { nodeId, field: 'phone_number' });
      break;
    }
    case 'sound_clip':
    case 'menu': {
      const field = node.kind === 'menu' ? 'prompt_clip_id' : 'clip_id';
      const id = config[field];
      if (id === undefined || id === '') add('warning', 'findings.clipEmpty', { nodeId, field });
      else if (typeof id !== 'string') add('error', 'findings.badConfig', { nodeId, field });
      else if (lookup.complete && !lookup.clips.has(id)) gone('clip', id, field);
      if (node.kind === 'menu') checkMenu(nodeId, config.options, add);
      break;
    }
  }
}

const KNOWN_TYPES = new Set<string>(NODE_TYPES);

function checkMenu(nodeId: string, options: unknown, add: Add) {
  if (options === undefined) return;
  if (!Array.isArray(options)) {
    add('error', 'findings.badConfig', { nodeId, field: 'options' });
    return;
  }
  if (options.length === 0) add('error', 'findings.optionsEmpty', { nodeId, field: 'options' });
  if (options.length > MENU_MAX_OPTIONS)
    add('error', 'findings.optionsMax', { nodeId, field: 'options' }, { max: MENU_MAX_OPTIONS });
  const seen = new Set<string>();
  options.forEach((option, index) => {
    const digit = isRecord(option) ? option.digit : undefined;
    if (typeof digit !== 'string' || !DIGIT.test(digit)) {
      add(
        'error',
        'findings.digitInvalid',
        { nodeId, field: 'options', exitId: `option-${index}` },
        {
          index: index + 1,
        },
      );
    } else if (seen.has(digit)) {
      add(
        'error',
        'findings.digitDuplicate',
        { nodeId, field: 'options', exitId: `option-${index}` },
        {
          digit,
        },
      );
    }
    if (typeof digit === 'string') seen.add(digit);
  });
}
