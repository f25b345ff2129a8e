/**
 * 30 days of call history (≥ 320 calls) and the 40 voicemails left during those calls, with
 * recordings, transcripts in every state, AI summaries and per-leg quality metrics.
 *
 * A few "showcase" calls and voicemails come first (so their ids are stable, see seed/facts.ts);
 * the rest is drawn from the seeded PRNG around the clinic's routing: inbound calls land on a
 * clinic number and are answered by whoever that number routes to, outbound calls go from
 * staff to patients, internal calls between extensions.
 */
import { DAY, HOUR, MINUTE, SECOND, iso } from '../time';
import type { Random } from '../prng';
import type {
  CallLog,
  Endpoint,
  PhoneNumber,
  QualityMetricLeg,
  RecordingMeta,
  SharedVoicemailBox,
  TranscriptState,
  TranscriptStatus,
  User,
  Voicemail,
} from '../types';
import { wavSizeBytes } from '../wav';
import { PATIENTS, STAFF, type Patient } from './clinic';
import type { SeedContext } from './context';
import {
  TOPICS_BY_ROLE,
  VOICEMAIL_TEMPLATE_COUNT,
  callSummary,
  callTranscript,
  voicemailSummary,
  voicemailTranscript,
  type Topic,
} from './text';

export const SEEDED_VOICEMAILS = 40;
const MIN_CALLS = 320;
const DAYS_OF_HISTORY = 30;

export interface CallDirectory {
  users: readonly User[];
  endpoints: readonly Endpoint[];
  /** The 12 clinic numbers in CLINIC_NUMBERS order. */
  numbers: readonly PhoneNumber[];
  /** Front Desk, Billing, After-Hours Line. */
  boxes: readonly SharedVoicemailBox[];
  /** Extension number and label of ring groups, for internal calls: [number, name]. */
  ringGroupExtensions: readonly (readonly [string, string])[];
  /** Label (routing target's name) of each clinic number, or null when unrouted. */
  numberLabels: readonly (string | null)[];
}

/** Where an inbound call to each clinic number goes. */
interface InboundRoute {
  didIndex: number;
  weight: number;
  /** Candidate answering users (indexes into STAFF) with weights. */
  answerers: readonly (readonly [number, number])[];
  /** Voicemail owner: a user index, or a shared box index as `box:<i>`. */
  voicemailOwner: number | `box:${number}`;
}

const INBOUND_ROUTES: readonly InboundRoute[] = [
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

interface Draft {
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

interface VoicemailPlan {
  read: boolean;
  transcript: TranscriptStatus;
  template: number;
}

export interface SeededCalls {
  calls: CallLog[];
  callRecordings: Map<string, RecordingMeta>;
  callTranscripts: Map<string, TranscriptState>;
  voicemails: Voicemail[];
  voicemailTranscripts: Map<string, TranscriptState>;
  /** Ids of the showcase records, by name (see seed/facts.ts). */
  showcase: Record<ShowcaseCall | ShowcaseVoicemail, string>;
}

export type ShowcaseCall =
  | 'inboundRecordedCompletedTranscript'
  | 'outboundCallBackProcessingTranscript'
  | 'inboundPendingTranscript'
  | 'billingFailedTranscript'
  | 'missedUnknownCaller'
  | 'internalNoRecording';
export type ShowcaseVoicemail =
  | 'voicemailUnreadCompleted'
  | 'voicemailFailedTranscript'
  | 'voicemailPendingTranscript'
  | 'voicemailProcessingTranscript'
  | 'voicemailRead';

const SPOKEN_NAMES_FOR_UNKNOWN = ['Jordan', 'Alex', 'Casey', 'Morgan'];

export function seedCalls(ctx: SeedContext, dir: CallDirectory): SeededCalls {
  const { now, random } = ctx;
  const maria = PATIENTS[0]!;
  const unknownCaller = PATIENTS.find((p) => p.name === null)!;
  const mainRoute = INBOUND_ROUTES[0]!;
  const billingRoute = INBOUND_ROUTES[1]!;
  const webbRoute = INBOUND_ROUTES[3]!;
  const chenRoute = INBOUND_ROUTES[2]!;

  const base = (
    partial: Partial<Draft> & Pick<Draft, 'started' | 'direction' | 'status'>,
  ): Draft => ({
    ringSeconds: 8,
    talkSeconds: 0,
    patient: null,
    userIndex: null,
    calleeUserIndex: null,
    calleeGroupIndex: null,
    route: null,
    topic: 'appointment',
    recorded: false,
    transcript: null,
    poorQuality: false,
    ...partial,
  });

  const showcaseCalls: [ShowcaseCall, Draft][] = [
    [
      'inboundRecordedCompletedTranscript',
      base({
        started: now - 35 * MINUTE,
        direction: 'inbound',
        status: 'completed',
        ringSeconds: 6,
        talkSeconds: 243,
        patient: maria,
        userIndex: 4,
        route: mainRoute,
        topic: 'appointment',
        recorded: true,
        transcript: 'completed',
      }),
    ],
    [
      'outboundCallBackProcessingTranscript',
      base({
        started: now - 20 * MINUTE,
        direction: 'outbound',
        status: 'completed',
        ringSeconds: 9,
        talkSeconds: 362,
        patient: maria,
        userIndex: 0,
        topic: 'lab_results',
        recorded: true,
        transcript: 'processing',
      }),
    ],
    [
      'inboundPendingTranscript',
      base({
        started: now - 9 * MINUTE,
        direction: 'inbound',
        status: 'completed',
        ringSeconds: 5,
        talkSeconds: 127,
        patient: PATIENTS[4]!,
        userIndex: 1,
        route: webbRoute,
        topic: 'refill',
        recorded: true,
        transcript: 'pending',
      }),
    ],
    [
      'billingFailedTranscript',
      base({
        started: now - 2 * HOUR,
        direction: 'inbound',
        status: 'completed',
        ringSeconds: 11,
        talkSeconds: 415,
        patient: PATIENTS[8]!,
        userIndex: 5,
        route: billingRoute,
        topic: 'billing',
        recorded: true,
        transcript: 'failed',
        poorQuality: true,
      }),
    ],
    [
      'missedUnknownCaller',
      base({
        started: now - 50 * MINUTE,
        direction: 'inbound',
        status: 'no-answer',
        ringSeconds: 30,
        patient: unknownCaller,
        userIndex: 4,
        route: mainRoute,
      }),
    ],
    [
      'internalNoRecording',
      base({
        started: now - 65 * MINUTE,
        direction: 'internal',
        status: 'completed',
        ringSeconds: 4,
        talkSeconds: 96,
        userIndex: 2,
        calleeUserIndex: 3,
        topic: 'refill',
      }),
    ],
  ];
  const showcaseVoicemails: [ShowcaseVoicemail, Draft][] = [
    [
      'voicemailUnreadCompleted',
      base({
        started: now - 75 * MINUTE,
        direction: 'inbound',
        status: 'voicemail',
        ringSeconds: 25,
        talkSeconds: 24,
        patient: PATIENTS[12]!,
        userIndex: 0,
        route: chenRoute,
        voicemail: { read: false, transcript: 'completed', template: 3 },
      }),
    ],
    [
      'voicemailFailedTranscript',
      base({
        started: now - 26 * HOUR,
        direction: 'inbound',
        status: 'voicemail',
        ringSeconds: 25,
        talkSeconds: 41,
        patient: PATIENTS[20]!,
        userIndex: 4,
        route: mainRoute,
        voicemail: { read: false, transcript: 'failed', template: 0 },
      }),
    ],
    [
      'voicemailPendingTranscript',
      base({
        started: now - 4 * MINUTE,
        direction: 'inbound',
        status: 'voicemail',
        ringSeconds: 25,
        talkSeconds: 17,
        patient: PATIENTS[30]!,
        userIndex: 4,
        route: mainRoute,
        voicemail: { read: false, transcript: 'pending', template: 4 },
      }),
    ],
    [
      'voicemailProcessingTranscript',
      base({
        started: now - 14 * MINUTE,
        direction: 'inbound',
        status: 'voicemail',
        ringSeconds: 25,
        talkSeconds: 33,
        patient: PATIENTS[3]!,
        userIndex: 1,
        route: webbRoute,
        voicemail: { read: false, transcript: 'processing', template: 1 },
      }),
    ],
    [
      'voicemailRead',
      base({
        started: now - 3 * DAY - 2 * HOUR,
        direction: 'inbound',
        status: 'voicemail',
        ringSeconds: 25,
        talkSeconds: 29,
        patient: PATIENTS[9]!,
        userIndex: 2,
        route: INBOUND_ROUTES[4]!,
        voicemail: { read: true, transcript: 'completed', template: 5 },
      }),
    ],
  ];

  // Bulk history: today plus 29 earlier days, quieter at weekends.
  const bulk: Draft[] = [];
  const countFor = (day: number): number => {
    if (day === 0) return 10;
    const weekday = new Date(now - day * DAY).getUTCDay();
    return weekday === 0 || weekday === 6 ? random.int(3, 5) : random.int(11, 15);
  };
  const startFor = (day: number): number =>
    day === 0
      ? now - random.int(3 * 60, 10 * 60 * 60) * SECOND
      : now - day * DAY - random.int(0, 11 * 60 * 60) * SECOND;
  const fixed = showcaseCalls.length + showcaseVoicemails.length;
  for (let day = 0; day < DAYS_OF_HISTORY; day++) {
    for (let n = countFor(day); n > 0; n--) bulk.push(randomDraft(random, startFor(day)));
  }
  while (bulk.length + fixed < MIN_CALLS)
    bulk.push(randomDraft(random, startFor(random.int(1, DAYS_OF_HISTORY - 1))));

  // 40 voicemails in all: the 4 showcase ones plus 36 inbound bulk calls (every after-hours call
  // first), turned into voicemail calls.
  const candidates = bulk
    .filter((d) => d.direction === 'inbound' && d.status !== 'failed')
    .map((draft) => ({ draft, key: (draft.route!.answerers.length === 0 ? 0 : 1) + random.next() }))
    .sort((a, b) => a.key - b.key)
    .map(({ draft }) => draft);
  const wanted = SEEDED_VOICEMAILS - showcaseVoicemails.length;
  candidates.slice(0, wanted).forEach((draft, i) => {
    const age = now - draft.started;
    draft.status = 'voicemail';
    draft.ringSeconds = 25;
    draft.talkSeconds = random.int(8, 75);
    draft.recorded = false;
    draft.transcript = null;
    draft.voicemail = {
      read: age > 2 * DAY ? random.chance(0.85) : random.chance(0.2),
      transcript:
        i % 9 === 4
          ? 'failed'
          : i % 17 === 8
            ? 'processing'
            : i % 13 === 6
              ? 'pending'
              : 'completed',
      template: random.int(0, VOICEMAIL_TEMPLATE_COUNT - 1),
    };
  });
  // Any remaining after-hours calls that weren't picked are missed calls.
  for (const draft of bulk) {
    if (draft.route && draft.route.answerers.length === 0 && draft.status !== 'voicemail')
      draft.status = 'no-answer';
  }

  const out: SeededCalls = {
    calls: [],
    callRecordings: new Map(),
    callTranscripts: new Map(),
    voicemails: [],
    voicemailTranscripts: new Map(),
    showcase: {} as SeededCalls['showcase'],
  };
  for (const [name, draft] of showcaseCalls) out.showcase[name] = emit(ctx, dir, draft, out).call;
  for (const [name, draft] of showcaseVoicemails)
    out.showcase[name] = emit(ctx, dir, draft, out).voicemail!;
  for (const draft of bulk) emit(ctx, dir, draft, out);

  out.calls.sort((a, b) =>
    a.started_at < b.started_at ? 1 : a.started_at > b.started_at ? -1 : 0,
  );
  out.voicemails.sort((a, b) => (a.created_at < b.created_at ? 1 : -1));
  return out;
}

function randomDraft(random: Random, started: number): Draft {
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

interface Emitted {
  call: string;
  voicemail: string | null;
}

function emit(ctx: SeedContext, dir: CallDirectory, draft: Draft, out: SeededCalls): Emitted {
  const { ids, random, now } = ctx;
  const id = ids.next('call');
  const user = draft.userIndex === null ? null : dir.users[draft.userIndex]!;
  const staff = draft.userIndex === null ? null : STAFF[draft.userIndex]!;
  const userEndpoints = user ? dir.endpoints.filter((e) => e.user_id === user.id) : [];
  const answered = draft.status === 'completed';
  const answeredAt = answered ? draft.started + draft.ringSeconds * SECOND : null;
  const endedAt =
    draft.status === 'completed' || draft.status === 'voicemail'
      ? draft.started + (draft.ringSeconds + draft.talkSeconds) * SECOND
      : draft.started +
        (draft.status === 'busy' ? 3 : draft.status === 'failed' ? 1 : draft.ringSeconds) * SECOND;
  const endpoint = answered && userEndpoints.length ? random.pick(userEndpoints) : null;
  const patientName = draft.patient?.name ?? null;

  let fromNumber: string;
  let toNumber: string;
  let fromLabel: string | null;
  let toLabel: string | null;
  let didId: string | null = null;
  let calleeEndpoint: Endpoint | null = null;
  if (draft.direction === 'inbound') {
    const did = dir.numbers[draft.route!.didIndex]!;
    fromNumber = draft.patient!.number;
    fromLabel = null;
    toNumber = did.phone_number;
    toLabel = dir.numberLabels[draft.route!.didIndex] ?? null;
    didId = did.id;
  } else if (draft.direction === 'outbound') {
    const did =
      dir.numbers.find((n) => n.id === user!.outbound_caller_id_did_id) ?? dir.numbers[0]!;
    fromNumber = did.phone_number;
    fromLabel = user!.name ?? null;
    toNumber = draft.patient!.number;
    toLabel = null;
    didId = did.id;
  } else {
    fromNumber = staff!.extension;
    fromLabel = user!.name ?? null;
    if (draft.calleeUserIndex !== null) {
      const callee = dir.users[draft.calleeUserIndex]!;
      toNumber = STAFF[draft.calleeUserIndex]!.extension;
      toLabel = callee.name ?? null;
      calleeEndpoint = dir.endpoints.find((e) => e.user_id === callee.id) ?? null;
    } else {
      const [number, name] = dir.ringGroupExtensions[draft.calleeGroupIndex ?? 0]!;
      toNumber = number;
      toLabel = name;
    }
  }

  const talk = draft.status === 'completed' || draft.status === 'voicemail' ? draft.talkSeconds : 0;
  const call: CallLog = {
    id,
    user_id: user?.id ?? null,
    endpoint_id: endpoint?.id ?? null,
    did_id: didId,
    direction: draft.direction,
    from_number: fromNumber,
    from_label: fromLabel,
    to_number: toNumber,
    to_label: toLabel,
    started_at: iso(draft.started),
    answered_at: answeredAt === null ? null : iso(answeredAt),
    ended_at: iso(endedAt),
    duration_seconds: talk,
    status: draft.status,
    summary: null,
    recording_url: null,
    quality_metrics: answered ? qualityLegs(random, draft, endpoint, calleeEndpoint) : [],
  };

  if (draft.recorded && answered) {
    out.callRecordings.set(id, { duration_seconds: talk, file_size_bytes: wavSizeBytes(talk) });
    let status = draft.transcript ?? 'completed';
    // Transcription takes a few minutes: very recent recordings aren't finished yet.
    if (status === 'completed' && now - endedAt < 5 * MINUTE) status = 'processing';
    const caller =
      draft.direction === 'inbound' ? (patientName ?? 'Caller') : (patientName ?? 'Patient');
    const staffName = user?.name ?? 'Front Desk';
    const dayIndex = Math.floor(draft.started / DAY);
    const text =
      status === 'completed' ? callTranscript(draft.topic, caller, staffName, dayIndex) : null;
    out.callTranscripts.set(id, { status, text });
    if (status === 'completed')
      call.summary = callSummary(draft.topic, caller, staffName, dayIndex);
  }
  out.calls.push(call);

  let voicemailId: string | null = null;
  if (draft.status === 'voicemail' && draft.voicemail) {
    voicemailId = ids.next('vm');
    const owner = draft.route!.voicemailOwner;
    const ownerId =
      typeof owner === 'number' ? dir.users[owner]!.id : dir.boxes[Number(owner.slice(4))]!.id;
    const plan = draft.voicemail;
    const spoken = patientName ?? random.pick(SPOKEN_NAMES_FOR_UNKNOWN);
    const readAt = plan.read ? Math.min(now - MINUTE, endedAt + random.int(5, 240) * MINUTE) : null;
    out.voicemails.push({
      id: voicemailId,
      owner: ownerId,
      from_number: fromNumber,
      from_name: patientName,
      duration_seconds: talk,
      format: 'wav',
      audio_url: `/mock-media/voicemails/${voicemailId}.wav`,
      is_read: plan.read,
      created_at: iso(endedAt),
      read_at: readAt === null ? null : iso(readAt),
      summary: plan.transcript === 'completed' ? voicemailSummary(plan.template, spoken) : null,
    });
    out.voicemailTranscripts.set(voicemailId, {
      status: plan.transcript,
      text:
        plan.transcript === 'completed'
          ? voicemailTranscript(plan.template, spoken, fromNumber)
          : null,
    });
  }
  return { call: id, voicemail: voicemailId };
}

function qualityLegs(
  random: Random,
  draft: Draft,
  endpoint: Endpoint | null,
  calleeEndpoint: Endpoint | null,
): QualityMetricLeg[] {
  const leg = (kind: QualityMetricLeg['leg'], endpointId: string | null): QualityMetricLeg => {
    const poor = draft.poorQuality && (kind === 'pstn' || random.chance(0.5));
    const jitter = poor ? random.float(22, 60) : random.float(1.5, 12);
    const rtt = poor ? random.float(160, 420, 1) : random.float(18, 85, 1);
    const packets = draft.talkSeconds * 50;
    return {
      leg: kind,
      endpoint_id: endpointId,
      jitter_ms: jitter,
      jitter_min_ms: random.float(0.1, Math.min(1, jitter)),
      jitter_max_ms: Math.round(jitter * random.float(2.2, 4.5) * 100) / 100,
      jitter_stddev_ms: Math.round(jitter * random.float(0.2, 0.6) * 100) / 100,
      packet_loss_pct: poor ? random.float(2.5, 9) : random.float(0, 0.6),
      rtt_ms: rtt,
      rtt_min_ms: Math.round(rtt * random.float(0.6, 0.9) * 10) / 10,
      rtt_max_ms: Math.round(rtt * random.float(1.3, 2.8) * 10) / 10,
      rtt_stddev_ms: Math.round(rtt * random.float(0.05, 0.25) * 10) / 10,
      rx_count: Math.max(0, packets - random.int(0, Math.ceil(packets * (poor ? 0.08 : 0.005)))),
      tx_count: packets,
      mos: poor ? random.float(2.3, 3.4) : random.float(4.05, 4.42),
    };
  };
  if (draft.direction === 'internal') {
    return [leg('endpoint', endpoint?.id ?? null), leg('endpoint', calleeEndpoint?.id ?? null)];
  }
  return [leg('pstn', null), leg('endpoint', endpoint?.id ?? null)];
}
