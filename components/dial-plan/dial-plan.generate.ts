/**
 * Realistic dial plans of any size, for the layout tests, the bench and the large-plan story:
 * what a multi-site business builds — business hours first, a welcome message, a main menu,
 * departments behind menu keys (each with its own hours, submenus, ring groups, users, a
 * forward to a mobile, a voice app), everything unanswered falling to a few shared voicemail
 * boxes, and some "back to the main menu" loops. Deterministic for a given size and seed.
 * Positions are left out (the plan needs auto-layout). Pure TypeScript, no test dependency.
 */
import type { NodeJson, PlanJson } from './dial-plan.graph';
import type { Clip, NameLookup, Schedule, Target } from './dial-plan.lookup';

export interface GeneratedPlan {
  plan: PlanJson;
  /** The names the plan refers to (targets, clips, schedules), complete. */
  lookup: NameLookup;
}

/** A small seeded PRNG (mulberry32): the same size and seed give the same plan. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEPARTMENTS = [
  'Sales',
  'Support',
  'Billing',
  'Reception',
  'Shipping',
  'Returns',
  'Accounts',
  'Service',
  'Parts',
  'Claims',
  'Scheduling',
  'Pharmacy',
];
const PEOPLE = ['Ana Ruiz', 'Ben Cole', 'Chloé Martin', 'Dev Patel', 'Eve Long', 'Femi Ade'];
const ZONES = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/Paris'];
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'];

/**
 * A plan of exactly `size` steps (at least 4). The entry is a schedule; the structure is a
 * tree of menus seen through business hours, with shared voicemail boxes and loops back to
 * the main menu, as real plans have.
 */
export function generatePlan(size: number, seed = 1): GeneratedPlan {
  const n = Math.max(4, Math.floor(size));
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const nodes: NodeJson[] = [];
  const targets = new Map<string, Target>();
  const clips = new Map<string, Clip>();
  const schedules = new Map<string, Schedule>();
  let counter = 0;
  const id = (kind: string) => `${kind}_${++counter}`;

  const target = (kind: Target['kind'], name: string) => {
    const key = `${kind}_${targets.size + 1}`;
    targets.set(key, { id: key, kind, name, extension: String(100 + targets.size) });
    return key;
  };
  const clip = (name: string) => {
    const key = `clip_${clips.size + 1}`;
    clips.set(key, { id: key, name });
    return key;
  };
  const schedule = (name: string) => {
    const key = `sched_${schedules.size + 1}`;
    schedules.set(key, {
      id: key,
      name,
      timezone: pick(ZONES),
      ranges: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })),
      holidays: [{ start: '2026-12-25', end: '2026-12-25' }],
      hold: null,
      created_at: '2025-01-01T00:00:00Z',
    });
    return key;
  };

  // The fixed head: hours -> welcome -> main menu; closed -> the main voicemail box.
  const boxes: string[] = [];
  const addBox = (name: string) => {
    const node = id('voicemail');
    nodes.push({
      id: node,
      type: 'internal_dial',
      config: { target_id: target('shared_voicemail', name), timeout: 0, next: null },
    });
    boxes.push(node);
    return node;
  };
  const hours = id('hours');
  const welcome = id('welcome');
  const mainMenu = id('menu');
  nodes.push({
    id: hours,
    type: 'schedule',
    config: { schedule_id: schedule('Main hours'), open: welcome, closed: null },
  });
  nodes.push({
    id: welcome,
    type: 'sound_clip',
    config: { clip_id: clip('Welcome'), next: mainMenu },
  });
  const menuNode: NodeJson = {
    id: mainMenu,
    type: 'menu',
    config: {
      prompt_clip_id: clip('Main menu'),
      timeout: 8,
      options: [],
      timeout_next_node: null,
      invalid_next_node: null,
    },
  };
  nodes.push(menuNode);
  (nodes[0]!.config as Record<string, unknown>).closed = addBox('After hours');

  /** Slots waiting for a step: a menu option, a schedule exit, a ring's `next`… */
  type Slot = { set: (target: string | null) => void; depth: number; department: string };
  const slots: Slot[] = [];
  const menus: NodeJson[] = [menuNode];
  const optionSlots = (menu: NodeJson, depth: number, count: number, department: string) => {
    const config = menu.config as { options: { digit: string; next_node: string | null }[] };
    for (let i = 0; i < count; i++) {
      const option = { digit: DIGITS[config.options.length]!, next_node: null as string | null };
      config.options.push(option);
      slots.push({
        set: (t) => (option.next_node = t),
        depth,
        department: depth === 1 ? DEPARTMENTS[i % DEPARTMENTS.length]! : department,
      });
    }
  };
  optionSlots(menuNode, 1, Math.min(9, Math.max(3, Math.round(n / 40))), 'Main');
  (menuNode.config as Record<string, unknown>).timeout_next_node = null;
  slots.push({
    set: (t) => ((menuNode.config as Record<string, unknown>).timeout_next_node = t),
    depth: 1,
    department: 'Reception',
  });

  const fallback = () => (boxes.length && rnd() < 0.7 ? pick(boxes) : null);
  while (nodes.length < n && slots.length) {
    // Breadth first (as plans grow), with some randomness in which slot fills next.
    const index = rnd() < 0.8 ? 0 : Math.floor(rnd() * Math.min(slots.length, 6));
    const slot = slots.splice(index, 1)[0]!;
    const left = n - nodes.length;
    const roll = rnd();
    const dept = slot.department;
    if (left >= 4 && roll < 0.18 && slot.depth < 6) {
      // A submenu with 2-6 options.
      const menu: NodeJson = {
        id: id('menu'),
        type: 'menu',
        config: {
          prompt_clip_id: clip(`${dept} menu`),
          timeout: 5 + Math.floor(rnd() * 10),
          options: [],
          timeout_next_node: null,
          invalid_next_node: null,
        },
      };
      nodes.push(menu);
      menus.push(menu);
      slot.set(menu.id);
      optionSlots(menu, slot.depth + 1, 2 + Math.floor(rnd() * 5), dept);
      if (rnd() < 0.5) (menu.config as Record<string, unknown>).timeout_next_node = pick(menus).id;
    } else if (left >= 3 && roll < 0.3) {
      // The department's own hours.
      const node = id('hours');
      const config: Record<string, unknown> = {
        schedule_id: schedule(`${dept} hours`),
        open: null,
        closed: null,
      };
      nodes.push({ id: node, type: 'schedule', config });
      slot.set(node);
      slots.push({ set: (t) => (config.open = t), depth: slot.depth + 1, department: dept });
      config.closed = rnd() < 0.4 || !boxes.length ? addBox(`${dept} voicemail`) : pick(boxes);
    } else if (roll < 0.6) {
      // A ring group or a person, then the next thing on no answer.
      const node = id('ring');
      const group = rnd() < 0.6;
      const config: Record<string, unknown> = {
        target_id: target(group ? 'ring_group' : 'user', group ? dept : pick(PEOPLE)),
        timeout: 15 + 5 * Math.floor(rnd() * 4),
        next: fallback(),
      };
      nodes.push({ id: node, type: 'internal_dial', config });
      slot.set(node);
      if (rnd() < 0.5)
        slots.push({ set: (t) => (config.next = t), depth: slot.depth + 1, department: dept });
    } else if (roll < 0.7) {
      const node = id('forward');
      const config: Record<string, unknown> = {
        phone_number: `+1503555${String(1000 + Math.floor(rnd() * 9000))}`,
        timeout: 30,
        next: fallback(),
      };
      nodes.push({ id: node, type: 'external_dial', config });
      slot.set(node);
    } else if (roll < 0.78) {
      const node = id('everyone');
      nodes.push({ id: node, type: 'ring_all_users', config: { timeout: 25, next: fallback() } });
      slot.set(node);
    } else if (roll < 0.86 && left >= 2) {
      // A message, then back to the main menu or on to something else.
      const node = id('message');
      const config: Record<string, unknown> = { clip_id: clip(`${dept} message`), next: null };
      nodes.push({ id: node, type: 'sound_clip', config });
      slot.set(node);
      if (rnd() < 0.4) config.next = mainMenu;
      else slots.push({ set: (t) => (config.next = t), depth: slot.depth + 1, department: dept });
    } else if (roll < 0.92) {
      const node = id('assistant');
      nodes.push({
        id: node,
        type: 'internal_dial',
        config: { target_id: target('voice_app', `${dept} assistant`), timeout: 30 },
      });
      slot.set(node);
    } else {
      slot.set(addBox(`${dept} voicemail`));
    }
    // Keep the plan growing: when no slot is left, open a branch on a menu with a free key,
    // or after a step whose `next` is free.
    if (!slots.length && nodes.length < n) {
      const open = menus.find((m) => (m.config as { options: unknown[] }).options.length < 9);
      if (open) optionSlots(open, 2, 1, pick(DEPARTMENTS));
      else {
        const free = nodes.find(
          (x) =>
            x.type !== 'schedule' &&
            x.type !== 'menu' &&
            x.config.timeout !== 0 &&
            x.config.next === null,
        );
        if (!free) break;
        const config = free.config as Record<string, unknown>;
        slots.push({ set: (t) => (config.next = t), depth: 3, department: 'Main' });
      }
    }
  }
  // Unfilled slots fall to a box (or hang up / replay, as the contract defines).
  for (const slot of slots) slot.set(fallback());

  return {
    plan: {
      id: `dp_generated_${n}`,
      name: `Generated plan (${n} steps)`,
      entry_node: hours,
      nodes: nodes.slice(0, n),
      created_at: '2025-01-01T00:00:00Z',
      updated_at: '2025-01-01T00:00:00Z',
    },
    lookup: { targets, clips, schedules, complete: true },
  };
}
