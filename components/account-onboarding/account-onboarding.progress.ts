/**
 * Where an account stands in onboarding, derived from live data (never from what the wizard
 * remembers): an account that already has users shows the team step done. Also the internal
 * events steps send their shell.
 */
import { listDevices, listHardwareOrders, type Device } from '../../src/api/devices';
import { isE911Settled, listAllLocations } from '../../src/api/locations';
import { pendingPurchaseOrders } from '../../src/api/phone-number-orders';
import { phoneNumbersPage, portOrdersPage } from '../../src/api/phone-numbers';
import { listTeam } from '../../src/api/team';
import type { DialstackClient } from '../../src/core/types';

export type StepId = 'locations' | 'team' | 'numbers' | 'devices' | 'review';
/** `pending`: the person did their part and waits on the carrier or provisioning. */
export type StepStatus = 'done' | 'pending' | 'todo';
export type Progress = Record<StepId, StepStatus>;

/** Every step, in the wizard's order. */
export const STEP_IDS: readonly StepId[] = ['locations', 'team', 'numbers', 'devices', 'review'];

export const isStepId = (value: string): value is StepId =>
  (STEP_IDS as readonly string[]).includes(value);

/**
 * The `steps` attribute as an ordered include list: unknown names dropped, duplicates removed,
 * always in the wizard's order; empty or absent means every step.
 */
export function parseSteps(value: string | null | undefined): StepId[] {
  const wanted = new Set((value ?? '').split(/[\s,]+/).filter(isStepId));
  return wanted.size ? STEP_IDS.filter((id) => wanted.has(id)) : [...STEP_IDS];
}

export const EMPTY_PROGRESS: Progress = {
  locations: 'todo',
  team: 'todo',
  numbers: 'todo',
  devices: 'todo',
  review: 'todo',
};

/** Someone is assigned to the device: a desk phone line, or a handset's extension. */
const deviceHasUser = (device: Device): boolean =>
  (device.lines?.length ?? 0) > 0 ||
  (device.handsets ?? []).some((handset) => (handset.extensions?.length ?? 0) > 0);

type Derive = (client: DialstackClient, signal?: AbortSignal) => Promise<StepStatus>;

const DERIVE: Record<Exclude<StepId, 'review'>, Derive> = {
  async locations(client, signal) {
    const locations = await listAllLocations(client, { signal });
    if (locations.some((l) => l.e911_status === 'provisioned')) return 'done';
    return locations.some((l) => !isE911Settled(l.e911_status)) ? 'pending' : 'todo';
  },
  async team(client, signal) {
    const users = await listTeam(client, { signal });
    return users.some((u) => (u.extensions?.data?.length ?? 0) > 0) ? 'done' : 'todo';
  },
  async numbers(client, signal) {
    const active = await phoneNumbersPage(client, {
      query: { status: 'active', limit: 1 },
      signal,
    });
    if (active.data.length) return 'done';
    const [ports, orders] = await Promise.all([
      portOrdersPage(client, { query: { limit: 100 }, signal }),
      pendingPurchaseOrders(client, { signal }),
    ]);
    const porting = ports.data.some((p) => p.status === 'submitted' || p.status === 'foc');
    return porting || orders.length ? 'pending' : 'todo';
  },
  async devices(client, signal) {
    const devices = await listDevices(client, { signal });
    if (devices.some(deviceHasUser)) return 'done';
    const orders = await listHardwareOrders(client, { signal });
    return orders.some((o) => o.status === 'submitted') ? 'pending' : 'todo';
  },
};

/**
 * Each step's status from live data. Only the `steps` asked for are read (default: all); a step
 * whose data can't be read counts as `todo` (the step itself then shows the error). `review` is
 * done when every other included step is done, pending when the rest is done or pending.
 * Rejects when `signal` aborts, and when no step's data could be read at all.
 */
export async function deriveProgress(
  client: DialstackClient,
  signal?: AbortSignal,
  steps: readonly StepId[] = STEP_IDS,
): Promise<Progress> {
  const progress: Progress = { ...EMPTY_PROGRESS };
  const work = steps.filter((s): s is Exclude<StepId, 'review'> => s !== 'review');
  const results = await Promise.allSettled(work.map((step) => DERIVE[step](client, signal)));
  signal?.throwIfAborted();
  // Nothing could be read (no session, the API down): where to resume is unknown, so the
  // wizard shows the error and its retry rather than a made-up "all to do".
  const failed = results.filter((r) => r.status === 'rejected');
  if (work.length && failed.length === work.length)
    throw (failed[0] as PromiseRejectedResult).reason;
  work.forEach((step, i) => {
    const result = results[i]!;
    progress[step] = result.status === 'fulfilled' ? result.value : 'todo';
  });
  const statuses = work.map((step) => progress[step]);
  progress.review = statuses.every((s) => s === 'done')
    ? 'done'
    : statuses.every((s) => s !== 'todo')
      ? 'pending'
      : 'todo';
  return progress;
}

/**
 * The step to open: the first included step still to do; when nothing is left to do, review
 * (if included), else the first step waiting on someone else, else the last step.
 */
export function resumeStep(steps: readonly StepId[], progress: Progress): StepId {
  return (
    steps.find((step) => step !== 'review' && progress[step] === 'todo') ??
    (steps.includes('review') ? 'review' : undefined) ??
    steps.find((step) => progress[step] === 'pending') ??
    steps[steps.length - 1] ??
    'review'
  );
}

// ---- Events from a step to its shell (bubbling, not composed: they stay inside the shell) ----

/** `detail` of the step events. */
export interface StepEventDetail {
  step: StepId;
}

export type StepEventType =
  'dialstack-onboarding-changed' | 'dialstack-onboarding-next' | 'dialstack-onboarding-goto';

declare global {
  interface GlobalEventHandlersEventMap {
    /** (internal) A step saved something; the shell re-derives progress. */
    'dialstack-onboarding-changed': CustomEvent<StepEventDetail>;
    /** (internal) The person pressed Continue in `step`. */
    'dialstack-onboarding-next': CustomEvent<StepEventDetail>;
    /** (internal) The person asked to open `step` (review's links). */
    'dialstack-onboarding-goto': CustomEvent<StepEventDetail>;
  }
}

/** Sends a step event to the shell (bubbles: true, composed: false). */
export function dispatchStepEvent(target: EventTarget, type: StepEventType, step: StepId): void {
  target.dispatchEvent(new CustomEvent(type, { detail: { step }, bubbles: true, composed: false }));
}
