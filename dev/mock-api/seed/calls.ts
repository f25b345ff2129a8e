/**
 * 30 days of call history (≥ 320 calls) and the 40 voicemails left during those calls, with
 * recordings, transcripts in every state, AI summaries and per-leg quality metrics.
 *
 * A few "showcase" calls and voicemails come first (so their ids are stable, see seed/facts.ts);
 * the rest is drawn from the seeded PRNG around the clinic's routing: inbound calls land on a
 * clinic number and are answered by whoever that number routes to, outbound calls go from
 * staff to patients, internal calls between extensions.
 */
import { DAY, HOUR, MINUTE, SECOND } from '../time';
import type {
  CallLog,
  Endpoint,
  PhoneNumber,
  RecordingMeta,
  SharedVoicemailBox,
  TranscriptState,
  User,
  Voicemail,
} from '../types';
import { PATIENTS } from './clinic';
import type { SeedContext } from './context';
import { VOICEMAIL_TEMPLATE_COUNT } from './text';
import { INBOUND_ROUTES, randomDraft, type Draft } from './call-drafts';
import { emit } from './call-records';

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
