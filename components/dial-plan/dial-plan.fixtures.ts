/**
 * Test fixtures for the dial-plan model (imported by the tests only): a plan with every node
 * type, a schedule with a holiday and a hold, a menu, and the names it refers to.
 */
import fc from 'fast-check';
import type { PlanJson } from './dial-plan.graph';
import type { NameLookup, Schedule, Target } from './dial-plan.lookup';

export const clinicHours: Schedule = {
  id: 'sched_clinic',
  name: 'Clinic Hours',
  timezone: 'America/Los_Angeles',
  ranges: [
    { day: 1, start: '08:00', end: '18:00' },
    { day: 2, start: '08:00', end: '18:00' },
    { day: 3, start: '08:00', end: '18:00' },
    { day: 4, start: '08:00', end: '18:00' },
    { day: 5, start: '08:00', end: '18:00' },
    { day: 6, start: '09:00', end: '13:00' },
  ],
  holidays: [{ start: '2026-12-24', end: '2026-12-26' }],
  hold: null,
  created_at: '2025-01-01T00:00:00Z',
};

/** Closed on hold until Friday 2026-12-04 08:00 local (New York). */
export const billingHours: Schedule = {
  id: 'sched_billing',
  name: 'Billing Hours',
  timezone: 'America/New_York',
  ranges: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '16:00' })),
  holidays: [{ start: '2026-11-26', end: '2026-11-26' }],
  hold: { value: false, until: '2026-12-04T08:00:00' },
  created_at: '2025-01-01T00:00:00Z',
};

const target = (id: string, kind: Target['kind'], name: string, extension?: string): Target => ({
  id,
  kind,
  name,
  ...(extension ? { extension } : {}),
});

export function sampleLookup(complete = true): NameLookup {
  const targets = [
    target('rg_front', 'ring_group', 'Front Desk', '200'),
    target('rg_billing', 'ring_group', 'Billing', '210'),
    target('user_ana', 'user', 'Ana Ruiz', '101'),
    target('vmb_after', 'shared_voicemail', 'After-hours box', '302'),
    target('va_ai', 'voice_app', 'AI Receptionist', '600'),
    target('dp_billing', 'dial_plan', 'Billing Line'),
  ];
  return {
    targets: new Map(targets.map((t) => [t.id, t])),
    clips: new Map([
      ['clip_welcome', { id: 'clip_welcome', name: 'Welcome greeting' }],
      ['clip_menu', { id: 'clip_menu', name: 'Main menu prompt' }],
    ]),
    schedules: new Map([
      [clinicHours.id, clinicHours],
      [billingHours.id, billingHours],
    ]),
    complete,
  };
}

/** Every node type, both schedules, a menu, voicemail and voice-app variants. */
export function samplePlan(): PlanJson {
  return {
    id: 'dp_main',
    name: 'Main Line',
    entry_node: 'hours',
    nodes: [
      {
        id: 'hours',
        type: 'schedule',
        position: { x: 0, y: 200 },
        config: { schedule_id: 'sched_clinic', open: 'welcome', closed: 'after_hours_vm' },
      },
      {
        id: 'welcome',
        type: 'sound_clip',
        position: { x: 280, y: 80 },
        config: { clip_id: 'clip_welcome', next: 'main_menu' },
      },
      {
        id: 'main_menu',
        type: 'menu',
        position: { x: 560, y: 80 },
        config: {
          prompt_clip_id: 'clip_menu',
          timeout: 8,
          options: [
            { digit: '1', next_node: 'front_desk' },
            { digit: '2', next_node: 'billing_hours' },
            { digit: '9', next_node: 'assistant' },
            { digit: '0', next_node: 'everyone' },
            { digit: '*', next_node: null },
          ],
          timeout_next_node: 'front_desk',
          invalid_next_node: null,
        },
      },
      {
        id: 'front_desk',
        type: 'internal_dial',
        position: { x: 860, y: -80 },
        config: { target_id: 'rg_front', timeout: 25, next: 'everyone' },
      },
      {
        id: 'billing_hours',
        type: 'schedule',
        position: { x: 860, y: 40 },
        config: { schedule_id: 'sched_billing', open: 'billing', closed: 'on_call' },
      },
      {
        id: 'billing',
        type: 'internal_dial',
        position: { x: 1160, y: 40 },
        config: { target_id: 'rg_billing', timeout: 20, next: null },
      },
      {
        id: 'assistant',
        type: 'internal_dial',
        position: { x: 860, y: 160 },
        config: { target_id: 'va_ai', timeout: 30 },
      },
      {
        id: 'everyone',
        type: 'ring_all_users',
        position: { x: 1160, y: 200 },
        config: { timeout: 30, next: 'after_hours_vm' },
      },
      {
        id: 'on_call',
        type: 'external_dial',
        position: { x: 1160, y: 360 },
        config: { phone_number: '+15035550188', timeout: 40, next: 'after_hours_vm' },
      },
      {
        id: 'after_hours_vm',
        type: 'internal_dial',
        position: { x: 1460, y: 360 },
        config: { target_id: 'vmb_after', timeout: 0, next: null },
      },
    ],
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2026-11-01T00:00:00Z',
  };
}

// ---- Arbitrary contract-shaped plans, with fields and node types this version doesn't know ----

export const ids = ['a', 'b', 'c', 'd', 'menu', 'x y', 'é'];
const nodeRef = fc.option(fc.constantFrom(...ids, 'gone'), { nil: null });
const extra = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 8 }).filter((k) => k !== '__proto__'),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 3 },
);
const withExtra = <T extends object>(arb: fc.Arbitrary<T>) =>
  fc.tuple(arb, extra).map(([known, unknown]) => ({ ...unknown, ...known }));
const timeout = fc.oneof(fc.integer({ min: -5, max: 400 }), fc.double(), fc.constant(null));
const optional = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
  fc.record(model, { requiredKeys: [] });

const configs: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  schedule: optional({ schedule_id: fc.string(), open: nodeRef, closed: nodeRef }),
  internal_dial: optional({ target_id: fc.string(), timeout, next: nodeRef }),
  ring_all_users: optional({ timeout, next: nodeRef }),
  external_dial: optional({ phone_number: fc.string(), timeout, next: nodeRef }),
  sound_clip: optional({ clip_id: fc.string(), next: nodeRef }),
  menu: optional({
    prompt_clip_id: fc.string(),
    timeout,
    options: fc.array(
      withExtra(
        optional({
          digit: fc.oneof(fc.constantFrom('1', '2', '*', '#'), fc.string()),
          next_node: nodeRef,
        }),
      ),
      { maxLength: 14 },
    ),
    timeout_next_node: nodeRef,
    invalid_next_node: nodeRef,
  }),
};

const knownNode = fc.constantFrom(...Object.keys(configs)).chain((type) =>
  withExtra(
    fc.record(
      {
        id: fc.constantFrom(...ids),
        type: fc.constant(type),
        position: withExtra(fc.record({ x: fc.double({ noNaN: true }), y: fc.integer() })),
        config: withExtra(configs[type]!),
      },
      { requiredKeys: ['id', 'type', 'config'] },
    ),
  ),
);
const unknownNode = withExtra(
  fc.record({
    id: fc.constantFrom(...ids),
    type: fc.constantFrom('transfer', 'queue', 'ai_agent', ''),
    config: fc.oneof(
      fc.dictionary(
        fc.string({ maxLength: 6 }),
        fc.oneof(fc.constantFrom(...ids), fc.jsonValue({ maxDepth: 2 })),
      ),
      fc.jsonValue({ maxDepth: 1 }),
    ),
  }),
);

export const arbitraryPlan: fc.Arbitrary<PlanJson> = withExtra(
  fc.record(
    {
      id: fc.string(),
      name: fc.string(),
      entry_node: fc.oneof(fc.constantFrom(...ids, ''), fc.string()),
      nodes: fc.array(
        fc.oneof({ arbitrary: knownNode, weight: 4 }, { arbitrary: unknownNode, weight: 1 }),
        {
          maxLength: 10,
        },
      ),
      created_at: fc.constant('2025-10-18T10:00:00Z'),
      updated_at: fc.constant('2025-10-18T10:00:00Z'),
      extensions: fc.record({ object: fc.constant('list'), data: fc.constant([]) }),
    },
    { requiredKeys: ['nodes'] },
  ),
) as fc.Arbitrary<PlanJson>;
