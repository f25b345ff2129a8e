/**
 * A drafted call turned into records (seed/calls.ts): the call log with its legs' quality
 * metrics, its recording and transcript, and the voicemail left during it.
 */
import { DAY, MINUTE, SECOND, iso } from '../time';
import type { Random } from '../prng';
import type { CallLog, Endpoint, QualityMetricLeg } from '../types';
import { wavSizeBytes } from '../wav';
import { STAFF } from './clinic';
import type { SeedContext } from './context';
import { callSummary, callTranscript, voicemailSummary, voicemailTranscript } from './text';
import type { CallDirectory, SeededCalls } from './calls';
import type { Draft } from './call-drafts';

const SPOKEN_NAMES_FOR_UNKNOWN = ['Jordan', 'Alex', 'Casey', 'Morgan'];

interface Emitted {
  call: string;
  voicemail: string | null;
}

export function emit(
  ctx: SeedContext,
  dir: CallDirectory,
  draft: Draft,
  out: SeededCalls,
): Emitted {
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
