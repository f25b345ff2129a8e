/**
 * The call-path simulator: given the plan, its schedules, an instant and what the caller and
 * the called do (key presses, "no answer", "answer"), the path the call takes, step by step,
 * with a sentence per step. Pure TypeScript; never throws.
 *
 * Inputs are consumed in order: a menu takes the next input as the caller's key (anything
 * but a digit is a timeout; with no input left the simulation waits there); a ringing step
 * takes the next `answer`/`no_answer` (with none left, or a digit next, it is answered, and
 * the rest is reported unused).
 */
import { clipName, exitLabel, scheduleName, targetName } from './dial-plan.describe';
import {
  entryOf,
  isRecord,
  nodeById,
  startId,
  type DialPlanGraph,
  type Exit,
  type GraphNode,
} from './dial-plan.graph';
import { emptyLookup, variantOf, type NameLookup } from './dial-plan.lookup';
import { englishT, type DialPlanMessageKey, type Translate } from './dial-plan.messages';
import { scheduleState } from './dial-plan.schedule';

export type CallInput = { digit: string } | 'no_answer' | 'answer';

export type Outcome =
  | 'answered'
  | 'voicemail'
  | 'voice_app'
  | 'dial_plan'
  | 'hang_up'
  | 'waiting'
  | 'no_entry'
  | 'missing_node'
  | 'unknown_schedule'
  | 'unsupported'
  | 'loop';

export interface SimulationStep {
  /** The step's node id (the Start node's id for the first step). */
  nodeId: string;
  /** The exit taken out of it, if the call left through one. */
  exitId?: string;
  /** The exit's label ("Open", "Press 1"…), if any. */
  exitLabel?: string;
  /** The next node, if the call moves on. */
  to?: string;
  code: DialPlanMessageKey;
  sentence: string;
}

export interface SimulationResult {
  steps: SimulationStep[];
  outcome: Outcome;
  /** The node ids visited, in order (without the Start node). */
  path: string[];
  /** Edge ids taken (`source:exit`, and the start edge), for highlighting. */
  edges: string[];
  /** How many inputs were left unused. */
  unusedInputs: number;
}

export interface SimulateOptions {
  /** When the call arrives. */
  at: Date;
  inputs?: readonly CallInput[];
  lookup?: NameLookup;
  /** The account's time zone, for schedules with `timezone: null`. */
  defaultTimeZone?: string;
  t?: Translate;
  /** Formats times for the sentences ("10:30 AM"); default HH:MM. */
  formatTime?: (local: { date: string; time: string }) => string;
  /** Formats a hold's end, a zone-less reading (the element passes `i18n.wallDate`). */
  wallDate?: (value: string) => string;
  /** Formats an E.164 number for the sentences (the element passes `i18n.phone`). */
  phone?: (e164: string) => string;
  /** Stops after this many steps (a plan can loop forever). Default 50. */
  maxSteps?: number;
}

export function simulate(graph: DialPlanGraph, options: SimulateOptions): SimulationResult {
  const lookup = options.lookup ?? emptyLookup();
  const t = options.t ?? englishT;
  const inputs = options.inputs ?? [];
  const maxSteps = options.maxSteps ?? 50;
  const formatTime = options.formatTime ?? ((l) => l.time.slice(0, 5));
  const at =
    options.at instanceof Date && !Number.isNaN(options.at.getTime()) ? options.at : new Date(0);
  let cursor = 0;
  const steps: SimulationStep[] = [];
  const path: string[] = [];
  const edges: string[] = [];
  const finish = (outcome: Outcome): SimulationResult => ({
    steps,
    outcome,
    path,
    edges,
    unusedInputs: inputs.length - cursor,
  });
  const say = (
    nodeId: string,
    code: DialPlanMessageKey,
    params: Record<string, string | number> = {},
    exit?: Exit,
  ) => {
    steps.push({
      nodeId,
      code,
      sentence: t(code, params),
      ...(exit
        ? {
            exitId: exit.id,
            exitLabel: exitLabel(exit, t),
            ...(exit.target !== null ? { to: exit.target } : {}),
          }
        : {}),
    });
  };

  const start = startId(graph);
  const entry = entryOf(graph);
  if (entry === undefined) {
    say(start, 'simulate.noEntry');
    return finish('no_entry');
  }
  say(start, 'simulate.start');
  steps[0]!.to = entry;
  edges.push(start);

  let current: string | null = entry;
  while (current !== null) {
    const node = nodeById(graph, current);
    if (!node) {
      say(current, 'simulate.missingNode', { id: current });
      return finish('missing_node');
    }
    if (path.length >= maxSteps) {
      say(node.id, 'simulate.loop');
      return finish('loop');
    }
    path.push(node.id);
    const step = visit(node);
    if (typeof step === 'string') return finish(step);
    const { exit } = step;
    if (exit.target === null) {
      if (exit.whenEmpty === 'replay_menu') {
        say(node.id, 'simulate.replay');
        current = node.id;
        continue;
      }
      say(node.id, 'simulate.hangUp');
      return finish('hang_up');
    }
    edges.push(`${node.id}:${exit.id}`);
    current = exit.target;
  }
  return finish('hang_up');

  /** Runs one step: the exit it leaves by, or the outcome the call ends with. */
  function visit(node: GraphNode): { exit: Exit } | Outcome {
    const config = isRecord(node.json.config) ? node.json.config : {};
    const exit = (id: string) => node.exits.find((e) => e.id === id)!;
    const target = targetName(config.target_id, lookup, t);
    switch (variantOf(node, lookup)) {
      case 'schedule': {
        const id = typeof config.schedule_id === 'string' ? config.schedule_id : '';
        const schedule = lookup.schedules.get(id);
        const name = scheduleName(id, lookup, t);
        if (!schedule) {
          say(node.id, 'simulate.scheduleUnknown', { schedule: name });
          return 'unknown_schedule';
        }
        const state = scheduleState(schedule, at, options.defaultTimeZone);
        const taken = exit(state.open ? 'open' : 'closed');
        const params = {
          schedule: name,
          time: formatTime(state.local),
          zone: state.local.timeZone,
          until: state.until ? (options.wallDate?.(state.until) ?? state.until) : '',
        };
        const code: DialPlanMessageKey =
          state.reason === 'hold'
            ? state.open
              ? 'simulate.scheduleHoldOpen'
              : 'simulate.scheduleHoldClosed'
            : state.reason === 'holiday'
              ? 'simulate.scheduleHoliday'
              : state.open
                ? 'simulate.scheduleOpen'
                : 'simulate.scheduleClosed';
        say(node.id, code, params, taken);
        return { exit: taken };
      }
      case 'voicemail':
        say(node.id, 'simulate.voicemail', { target });
        return 'voicemail';
      case 'voice_app':
        say(node.id, 'simulate.voiceApp', { target });
        return 'voice_app';
      case 'dial_plan':
        say(node.id, 'simulate.dialPlan', { target });
        return 'dial_plan';
      case 'ring':
      case 'ring_all_users':
      case 'external_dial': {
        const raw = typeof config.phone_number === 'string' ? config.phone_number : '';
        const number = raw ? (options.phone?.(raw) ?? raw) : t('names.noNumber');
        const params = { target, number };
        const [answered, missed] =
          node.kind === 'ring_all_users'
            ? (['simulate.ringAllAnswered', 'simulate.ringAllNoAnswer'] as const)
            : node.kind === 'external_dial'
              ? (['simulate.externalAnswered', 'simulate.externalNoAnswer'] as const)
              : (['simulate.ringAnswered', 'simulate.ringNoAnswer'] as const);
        if (inputs[cursor] === 'no_answer') {
          cursor++;
          say(node.id, missed, params, exit('next'));
          return { exit: exit('next') };
        }
        if (inputs[cursor] === 'answer') cursor++;
        say(node.id, answered, params);
        return 'answered';
      }
      case 'sound_clip':
        say(node.id, 'simulate.clip', { clip: clipName(config.clip_id, lookup, t) }, exit('next'));
        return { exit: exit('next') };
      case 'menu': {
        if (cursor >= inputs.length) {
          say(node.id, 'simulate.menuWaiting');
          return 'waiting';
        }
        const input = inputs[cursor++]!;
        if (typeof input === 'object' && typeof input?.digit === 'string') {
          const option = node.exits.find((e) => e.kind === 'digit' && e.digit === input.digit);
          if (option) {
            say(node.id, 'simulate.menuDigit', { digit: input.digit }, option);
            return { exit: option };
          }
          say(node.id, 'simulate.menuInvalid', { digit: input.digit }, exit('invalid'));
          return { exit: exit('invalid') };
        }
        say(node.id, 'simulate.menuTimeout', {}, exit('timeout'));
        return { exit: exit('timeout') };
      }
      default:
        say(node.id, 'simulate.unsupported', { type: node.type });
        return 'unsupported';
    }
  }
}
