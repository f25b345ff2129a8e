/** Schedules, audio clips, voice apps, ring groups, dial plans and extensions. */
import { hashString } from '../prng';
import { DAY, iso } from '../time';
import type {
  AudioClip,
  DialPlan,
  Extension,
  RingGroup,
  Schedule,
  SharedVoicemailBox,
  User,
  VoiceApp,
} from '../types';
import { wavSizeBytes } from '../wav';
import type { SeedContext } from './context';

export function seedSchedules({ now, ids }: SeedContext): Schedule[] {
  const year = new Date(now).getUTCFullYear();
  const weekdays = (start: string, end: string, days = [1, 2, 3, 4, 5]) =>
    days.map((day) => ({ day, start, end }));
  const holdUntil = new Date(now + 2 * DAY).toISOString().slice(0, 10) + 'T08:00:00';
  return [
    {
      id: ids.next('sched'),
      name: 'Clinic Hours',
      timezone: 'America/Los_Angeles',
      ranges: [...weekdays('08:00', '18:00'), { day: 6, start: '09:00', end: '13:00' }],
      holidays: [
        { start: `${year}-11-27`, end: `${year}-11-28` },
        { start: `${year}-12-24`, end: `${year}-12-26` },
        { start: `${year + 1}-01-01`, end: `${year + 1}-01-01` },
      ],
      hold: null,
      created_at: iso(now - 400 * DAY),
      updated_at: iso(now - 40 * DAY),
    },
    {
      id: ids.next('sched'),
      name: 'Billing Office Hours',
      timezone: 'America/Los_Angeles',
      ranges: weekdays('09:00', '16:00', [1, 2, 3, 4]),
      holidays: [{ start: `${year}-12-24`, end: `${year}-12-26` }],
      // Closed for an inventory day until the morning after tomorrow.
      hold: { value: false, until: holdUntil },
      created_at: iso(now - 380 * DAY),
      updated_at: iso(now - 1 * DAY),
    },
    {
      id: ids.next('sched'),
      name: 'Nurse Line',
      timezone: null,
      ranges: [
        ...weekdays('07:30', '19:00'),
        { day: 6, start: '08:00', end: '12:00' },
        { day: 0, start: '08:00', end: '12:00' },
      ],
      holidays: [],
      hold: null,
      created_at: iso(now - 300 * DAY),
      updated_at: iso(now - 100 * DAY),
    },
  ];
}

export function seedAudioClips({ now, ids }: SeedContext): AudioClip[] {
  const clip = (name: string, seconds: number, daysAgo: number): AudioClip => {
    const id = ids.next('clip');
    return {
      id,
      name,
      url: `/mock-media/audio-clips/${id}.wav`,
      mime_type: 'audio/wav',
      duration_ms: seconds * 1000,
      size_bytes: wavSizeBytes(seconds),
      source_sha256: hashString(name).padEnd(64, '0').slice(0, 64),
      created_at: iso(now - daysAgo * DAY),
      updated_at: iso(now - daysAgo * DAY),
    };
  };
  return [
    clip('Welcome greeting', 6, 390),
    clip('Main menu prompt', 12, 390),
    clip('After-hours message', 9, 300),
    clip('Holiday closure notice', 7, 30),
  ];
}

export function seedVoiceApps({ now, ids }: SeedContext): VoiceApp[] {
  const app = (
    name: string,
    path: string,
    status: VoiceApp['status'],
    daysAgo: number,
  ): VoiceApp => ({
    id: ids.next('va'),
    name,
    url: `https://hooks.riversidefamilyclinic.example/dialstack/${path}`,
    status,
    secret: `whsec_${hashString(name, 7)}${hashString(path, 11)}`,
    created_at: iso(now - daysAgo * DAY),
    updated_at: iso(now - Math.floor(daysAgo / 3) * DAY),
  });
  return [
    app('AI Receptionist', 'ai-receptionist', 'active', 90),
    app('Appointment Reminders', 'appointment-reminders', 'inactive', 200),
  ];
}

export function seedRingGroups(
  { now, ids }: SeedContext,
  users: readonly User[],
  boxes: readonly SharedVoicemailBox[],
  extensionOf: (userId: string) => string,
): RingGroup[] {
  const group = (
    name: string,
    memberUserIndexes: number[],
    externalNumbers: string[],
    timeout_action: RingGroup['timeout_action'],
    timeout_target: string | null,
    daysAgo: number,
  ): RingGroup => {
    const id = ids.next('rg');
    const created = iso(now - daysAgo * DAY);
    return {
      id,
      name,
      timeout_seconds: 25,
      ignore_forwarding: false,
      confirm_external: externalNumbers.length > 0,
      timeout_action,
      timeout_target,
      members: [
        ...memberUserIndexes.map((index) => ({
          id: ids.next('rgm'),
          ring_group_id: id,
          extension: extensionOf(users[index]!.id),
          phone_number: null,
          created_at: created,
        })),
        ...externalNumbers.map((number) => ({
          id: ids.next('rgm'),
          ring_group_id: id,
          extension: null,
          phone_number: number,
          created_at: created,
        })),
      ],
      created_at: created,
      updated_at: iso(now - Math.floor(daysAgo / 4) * DAY),
    };
  };
  return [
    group('Front Desk', [4, 3], [], 'voicemail', boxes[0]!.id, 395),
    group('Nurse Line', [3, 0, 2], ['+15035550188'], 'voicemail', boxes[2]!.id, 300),
    group('Billing', [5], [], 'voicemail', boxes[1]!.id, 380),
  ];
}

export interface RoutingRefs {
  schedules: Schedule[];
  clips: AudioClip[];
  ringGroups: RingGroup[];
  users: User[];
  boxes: SharedVoicemailBox[];
  voiceApps: VoiceApp[];
}

/**
 * "Main Line": 14 nodes covering every node type in the contract and every variant the editor
 * shows (ring a group or a user, voicemail, voice app) —
 * schedule → (open) welcome clip → menu → {1 front desk ring group, 2 billing hours (a second
 * schedule, with a holiday and a hold) → billing group or billing voicemail, 3 nurse line,
 * 4 the medical director, 9 AI receptionist (voice app), 0 ring all};
 * (closed) after-hours clip → on-call doctor (external) → after-hours voicemail.
 * "Billing Line": a small 3-node plan saved without positions (the editor lays it out).
 */
export function seedDialPlans({ now, ids }: SeedContext, refs: RoutingRefs): DialPlan[] {
  const [clinicHours, billingHours] = refs.schedules;
  const [welcome, menuPrompt, afterHours] = refs.clips;
  const [frontDesk, nurseLine, billingGroup] = refs.ringGroups;
  const [, , afterHoursBox] = refs.boxes;
  const billingBox = refs.boxes[1]!;
  const [director] = refs.users;
  const [receptionist] = refs.voiceApps;
  const mainLine: DialPlan = {
    id: ids.next('dp'),
    name: 'Main Line',
    entry_node: 'hours',
    nodes: [
      {
        id: 'hours',
        type: 'schedule',
        position: { x: 0, y: 200 },
        config: { schedule_id: clinicHours!.id, open: 'welcome', closed: 'after_hours_msg' },
      },
      {
        id: 'welcome',
        type: 'sound_clip',
        position: { x: 280, y: 80 },
        config: { clip_id: welcome!.id, next: 'main_menu' },
      },
      {
        id: 'main_menu',
        type: 'menu',
        position: { x: 560, y: 80 },
        config: {
          prompt_clip_id: menuPrompt!.id,
          timeout: 8,
          options: [
            { digit: '1', next_node: 'front_desk' },
            { digit: '2', next_node: 'billing_hours' },
            { digit: '3', next_node: 'nurse_line' },
            { digit: '4', next_node: 'director' },
            { digit: '9', next_node: 'assistant' },
            { digit: '0', next_node: 'everyone' },
          ],
          timeout_next_node: 'front_desk',
          invalid_next_node: null,
        },
      },
      {
        id: 'front_desk',
        type: 'internal_dial',
        position: { x: 860, y: -80 },
        config: { target_id: frontDesk!.id, timeout: 25, next: 'everyone' },
      },
      {
        id: 'billing_hours',
        type: 'schedule',
        position: { x: 860, y: 40 },
        config: { schedule_id: billingHours!.id, open: 'billing', closed: 'billing_vm' },
      },
      {
        id: 'billing',
        type: 'internal_dial',
        position: { x: 1160, y: -80 },
        config: { target_id: billingGroup!.id, timeout: 20, next: 'billing_vm' },
      },
      {
        id: 'billing_vm',
        type: 'internal_dial',
        position: { x: 1460, y: -80 },
        config: { target_id: billingBox.id, timeout: 0, next: null },
      },
      {
        id: 'nurse_line',
        type: 'internal_dial',
        position: { x: 860, y: 160 },
        config: { target_id: nurseLine!.id, timeout: 30, next: null },
      },
      {
        id: 'director',
        type: 'internal_dial',
        position: { x: 860, y: 280 },
        config: { target_id: director!.id, timeout: 20, next: 'after_hours_vm' },
      },
      {
        id: 'assistant',
        type: 'internal_dial',
        position: { x: 860, y: 400 },
        config: { target_id: receptionist!.id, timeout: 30, next: null },
      },
      {
        id: 'everyone',
        type: 'ring_all_users',
        position: { x: 1160, y: 40 },
        config: { timeout: 30, next: 'after_hours_vm' },
      },
      {
        id: 'after_hours_msg',
        type: 'sound_clip',
        position: { x: 280, y: 520 },
        config: { clip_id: afterHours!.id, next: 'on_call' },
      },
      {
        id: 'on_call',
        type: 'external_dial',
        position: { x: 560, y: 520 },
        config: { phone_number: '+15035550188', timeout: 40, next: 'after_hours_vm' },
      },
      {
        id: 'after_hours_vm',
        type: 'internal_dial',
        position: { x: 1460, y: 520 },
        config: { target_id: afterHoursBox!.id, timeout: 0, next: null },
      },
    ],
    created_at: iso(now - 390 * DAY),
    updated_at: iso(now - 6 * DAY),
  };
  const billingLine: DialPlan = {
    id: ids.next('dp'),
    name: 'Billing Line',
    entry_node: 'billing_hours',
    nodes: [
      {
        id: 'billing_hours',
        type: 'schedule',
        config: { schedule_id: billingHours!.id, open: 'billing_team', closed: 'billing_vm' },
      },
      {
        id: 'billing_team',
        type: 'internal_dial',
        config: { target_id: billingGroup!.id, timeout: 25, next: 'billing_vm' },
      },
      {
        id: 'billing_vm',
        type: 'internal_dial',
        config: { target_id: billingBox.id, timeout: 0, next: null },
      },
    ],
    created_at: iso(now - 370 * DAY),
    updated_at: iso(now - 45 * DAY),
  };
  return [mainLine, billingLine];
}

export interface ExtensionTargets {
  users: readonly { id: string; extension: string }[];
  ringGroups: readonly RingGroup[];
  boxes: readonly SharedVoicemailBox[];
  dialPlans: readonly DialPlan[];
  voiceApps: readonly VoiceApp[];
}

export function seedExtensions({ now }: SeedContext, targets: ExtensionTargets): Extension[] {
  const ext = (
    number: string,
    target: string,
    daysAgo: number,
    status: Extension['status'] = 'active',
  ): Extension => ({
    number,
    target,
    status,
    created_at: iso(now - daysAgo * DAY),
    updated_at: iso(now - Math.floor(daysAgo / 5) * DAY),
  });
  return [
    ...targets.users.map((user, i) => ext(user.extension, user.id, 400 - i * 9)),
    ...targets.ringGroups.map((group, i) => ext(String(200 + i * 10), group.id, 395 - i * 40)),
    ...targets.boxes.map((box, i) => ext(String(300 + i), box.id, 390 - i * 45)),
    ...targets.dialPlans.map((plan, i) => ext(String(500 + i), plan.id, 390 - i * 20)),
    ext('600', targets.voiceApps[0]!.id, 90),
    ext('601', targets.voiceApps[1]!.id, 200, 'inactive'),
  ];
}
