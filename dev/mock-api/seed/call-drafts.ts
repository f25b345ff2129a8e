/**
 * The plan of a seeded call before it becomes records (a `Draft`): where inbound calls to each
 * clinic number go, and a random call drawn around that routing (seed/calls.ts).
 */
import type { Random } from '../prng';
import type { CallLog, TranscriptStatus } from '../types';
import { PATIENTS, STAFF, type Patient } from './clinic';
import { TOPICS_BY_ROLE, type Topic } from './text';

/** Where an inbound call to each clinic number goes. */
export interface InboundRoute {
  didIndex: number;
  weight: number;
  /** Candidate answering users (indexes into STAFF) with weights. */
  answerers: readonly (readonly [number, number])[];
  /** Voicemail owner: a user index, or a shared box index as `box:<i>`. */
  voicemailOwner: number | `box:${number}`;
}

export const INBOUND_ROUTES: readonly InboundRoute[] = [
  {
    didIndex: 0,
    weight: 55,
    answerers: [
      [4, 7],
      [3, 3],
    ],
    voicemailOwner: 'box:0',
  },
  { didIndex: 1, weight: 10, answerers: [[5, 1]], voicemailOwner: 'box:1' },
  { didIndex: 3, weight: 5, answerers: [[0, 1]], voicemailOwner: 0 },
  { didIndex: 4, weight: 5, answerers: [[1, 1]], voicemailOwner: 1 },
  { didIndex: 5, weight: 5, answerers: [[2, 1]], voicemailOwner: 2 },
  { didIndex: 6, weight: 8, answerers: [[3, 1]], voicemailOwner: 3 },
  { didIndex: 7, weight: 4, answerers: [], voicemailOwner: 'box:2' },
  { didIndex: 8, weight: 8, answerers: [[4, 1]], voicemailOwner: 'box:0' },
];

export interface Draft {
  started: number;
  direction: CallLog['direction'];
  status: CallLog['status'];
  ringSeconds: number;
  talkSeconds: number;
  patient: Patient | null;
  userIndex: number | null;
  /** Internal calls: the user called (or null when a ring group was called). */
  calleeUserIndex: number | null;
  /** Internal calls to a ring group: index into CallDirectory.ringGroupExtensions. */
  calleeGroupIndex: number | null;
  route: InboundRoute | null;
  topic: Topic;
  recorded: boolean;
  transcript: TranscriptStatus | null;
  voicemail?: VoicemailPlan;
  poorQuality: boolean;
}

export interface VoicemailPlan {
  read: boolean;
  transcript: TranscriptStatus;
  template: number;
}

export function randomDraft(random: Random, started: number): Draft {
  const direction = random.weighted<CallLog['direction']>([
    ['inbound', 60],
    ['outbound', 30],
    ['internal', 10],
  ]);
  const poorQuality = random.chance(0.08);
  const talk = () =>
    random.weighted<[number, number]>([
      [[20, 90], 40],
      [[90, 300], 45],
      [[300, 1200], 15],
    ]);
  const talkSeconds = (() => {
    const [min, max] = talk();
    return random.int(min, max);
  })();

  if (direction === 'inbound') {
    const route = random.weighted(INBOUND_ROUTES.map((r) => [r, r.weight] as const));
    const patient = random.chance(0.05) ? PATIENTS[0]! : random.pick(PATIENTS);
    const userIndex = route.answerers.length ? random.weighted(route.answerers) : null;
    const status = random.weighted<CallLog['status']>([
      ['completed', 76],
      ['no-answer', 14],
      ['busy', 5],
      ['failed', 5],
    ]);
    const role = userIndex === null ? 'front_desk' : STAFF[userIndex]!.role;
    const recorded = status === 'completed' && talkSeconds >= 30 && random.chance(0.5);
    return {
      started,
      direction,
      status,
      poorQuality,
      patient,
      route,
      userIndex,
      ringSeconds: status === 'no-answer' ? random.int(25, 30) : random.int(3, 20),
      talkSeconds: status === 'completed' ? talkSeconds : 0,
      calleeUserIndex: null,
      calleeGroupIndex: null,
      topic: random.pick(TOPICS_BY_ROLE[role]),
      recorded,
      transcript: recorded
        ? random.weighted<TranscriptStatus>([
            ['completed', 86],
            ['failed', 10],
            ['pending', 2],
            ['processing', 2],
          ])
        : null,
    };
  }
  if (direction === 'outbound') {
    const userIndex = random.weighted<number>([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 3],
    ]);
    const status = random.weighted<CallLog['status']>([
      ['completed', 75],
      ['no-answer', 15],
      ['busy', 6],
      ['failed', 4],
    ]);
    const recorded = status === 'completed' && talkSeconds >= 30 && random.chance(0.45);
    return {
      started,
      direction,
      status,
      poorQuality,
      userIndex,
      patient: random.chance(0.06) ? PATIENTS[0]! : random.pick(PATIENTS),
      route: null,
      ringSeconds: status === 'no-answer' ? random.int(25, 35) : random.int(4, 18),
      talkSeconds: status === 'completed' ? talkSeconds : 0,
      calleeUserIndex: null,
      calleeGroupIndex: null,
      topic: random.pick(TOPICS_BY_ROLE[STAFF[userIndex]!.role]),
      recorded,
      transcript: recorded
        ? random.weighted<TranscriptStatus>([
            ['completed', 88],
            ['failed', 8],
            ['pending', 2],
            ['processing', 2],
          ])
        : null,
    };
  }
  const userIndex = random.int(0, STAFF.length - 1);
  let calleeUserIndex: number | null = random.int(0, STAFF.length - 2);
  if (calleeUserIndex >= userIndex) calleeUserIndex++;
  const toGroup = random.chance(0.25);
  const status = random.weighted<CallLog['status']>([
    ['completed', 85],
    ['no-answer', 15],
  ]);
  return {
    started,
    direction,
    status,
    poorQuality: false,
    userIndex,
    patient: null,
    route: null,
    ringSeconds: status === 'no-answer' ? 30 : random.int(2, 10),
    talkSeconds: status === 'completed' ? Math.min(talkSeconds, 400) : 0,
    calleeUserIndex: toGroup ? null : calleeUserIndex,
    calleeGroupIndex: toGroup ? userIndex % 3 : null,
    topic: 'refill',
    recorded: false,
    transcript: null,
  };
}
