/**
 * Live calls: the event sequences the real platform emits, pushed through the store's hub, with
 * the store updated as they happen — an ended call becomes a call-log record (so
 * GET /v1/calls/{id} finds it), a voicemail call also leaves a voicemail.
 *
 * Used by POST /__mock/simulate (the demo's buttons, tests) and POST /v1/calls.
 */
import { ApiError } from './errors';
import { PATIENTS } from './seed/clinic';
import { voicemailSummary, voicemailTranscript } from './seed/text';
import type { MockStore } from './store';
import { SECOND, iso } from './time';
import type { ActiveCall, CallLog, QualityMetricLeg, User } from './types';

export type SimulationKind = 'incoming' | 'answer' | 'hangup' | 'voicemail';

export interface SimulationRequest {
  kind: SimulationKind;
  from_number?: string;
  from_name?: string | null;
  call_id?: string;
}

function frontDesk(store: MockStore): User {
  return store.data.users.find((u) => u.id === store.facts.users.frontDesk) ?? store.data.users[0]!;
}

function mainLine(store: MockStore) {
  return (
    store.data.phoneNumbers.find((n) => n.id === store.facts.phoneNumbers.mainLine) ??
    store.data.phoneNumbers[0]!
  );
}

function emit(store: MockStore, type: string, payload: Record<string, unknown>): void {
  store.hub.publish(type, { event: type, account_id: store.data.account.id, ...payload });
}

/** An inbound call starts ringing the front desk: `call.incoming`, then `call.ringing`. */
export function startIncoming(
  store: MockStore,
  from_number?: string,
  from_name?: string | null,
  startedAt = store.now(),
): ActiveCall {
  const patient = PATIENTS[(store.data.calls.length + store.activeCalls.size) % PATIENTS.length]!;
  const user = frontDesk(store);
  const did = mainLine(store);
  const call: ActiveCall = {
    id: store.nextId('call'),
    direction: 'inbound',
    from_number: from_number ?? patient.number,
    from_name: from_name === undefined ? (from_number ? null : patient.name) : from_name,
    to_number: did.phone_number,
    user_id: user.id,
    endpoint_id: store.data.endpoints.find((e) => e.user_id === user.id)?.id ?? null,
    did_id: did.id,
    started_at: iso(startedAt),
    answered_at: null,
  };
  store.activeCalls.set(call.id, call);
  const base = { call_id: call.id, from_number: call.from_number, to_number: call.to_number };
  emit(store, 'call.incoming', { ...base, from_name: call.from_name });
  emit(store, 'call.ringing', {
    ...base,
    user_id: user.id,
    from_name: call.from_name,
    ringing_at: iso(startedAt),
  });
  return call;
}

/** POST /v1/calls: the user's phones ring first (`call.initiated`); the call stays active. */
export function startOutbound(store: MockStore, user: User, toNumber: string): ActiveCall {
  const did =
    store.data.phoneNumbers.find((n) => n.id === user.outbound_caller_id_did_id) ?? mainLine(store);
  const call: ActiveCall = {
    id: store.nextId('call'),
    direction: 'outbound',
    from_number: did.phone_number,
    from_name: user.name ?? null,
    to_number: toNumber,
    user_id: user.id,
    endpoint_id: store.data.endpoints.find((e) => e.user_id === user.id)?.id ?? null,
    did_id: did.id,
    started_at: iso(store.now()),
    answered_at: null,
  };
  store.activeCalls.set(call.id, call);
  emit(store, 'call.initiated', {
    call_id: call.id,
    from_number: call.from_number,
    to_number: call.to_number,
    user_id: user.id,
  });
  return call;
}

export function answer(store: MockStore, call: ActiveCall, answeredAt = store.now()): void {
  call.answered_at = iso(answeredAt);
  emit(store, 'call.answered', {
    call_id: call.id,
    from_number: call.from_number,
    to_number: call.to_number,
    direction: call.direction,
    answered_at: call.answered_at,
  });
}

function qualityLegs(call: ActiveCall, seconds: number): QualityMetricLeg[] {
  const leg = (kind: QualityMetricLeg['leg'], endpointId: string | null): QualityMetricLeg => ({
    leg: kind,
    endpoint_id: endpointId,
    jitter_ms: 4.2,
    jitter_min_ms: 0.4,
    jitter_max_ms: 13.1,
    jitter_stddev_ms: 1.9,
    packet_loss_pct: 0.1,
    rtt_ms: 38.5,
    rtt_min_ms: 29.2,
    rtt_max_ms: 71.4,
    rtt_stddev_ms: 6.3,
    rx_count: seconds * 50,
    tx_count: seconds * 50,
    mos: 4.31,
  });
  return [leg('pstn', null), leg('endpoint', call.endpoint_id)];
}

/** Ends a call: a call-log record, maybe a voicemail, then `call.end`. */
export function finish(
  store: MockStore,
  call: ActiveCall,
  outcome: 'hangup' | 'voicemail',
): CallLog {
  const endedAt = store.now();
  const answered = call.answered_at !== null && outcome === 'hangup';
  const status: CallLog['status'] =
    outcome === 'voicemail' ? 'voicemail' : answered ? 'completed' : 'no-answer';
  const messageSeconds = 22;
  const duration = answered
    ? Math.max(0, Math.round((endedAt - Date.parse(call.answered_at!)) / 1000))
    : status === 'voicemail'
      ? messageSeconds
      : 0;
  const user = store.data.users.find((u) => u.id === call.user_id) ?? null;
  const didLabel = (() => {
    const target = store.data.phoneNumbers.find((n) => n.id === call.did_id)?.routing_target;
    const named = [
      ...store.data.dialPlans,
      ...store.data.ringGroups,
      ...store.data.users,
      ...store.data.sharedVoicemailBoxes,
      ...store.data.voiceApps,
    ];
    return named.find((r) => r.id === target)?.name ?? null;
  })();
  const log: CallLog = {
    id: call.id,
    user_id: call.user_id,
    endpoint_id: answered ? call.endpoint_id : null,
    did_id: call.did_id,
    direction: call.direction,
    from_number: call.from_number,
    from_label: call.direction === 'outbound' ? (user?.name ?? null) : null,
    to_number: call.to_number,
    to_label: call.direction === 'inbound' ? didLabel : null,
    started_at: call.started_at,
    answered_at: answered ? call.answered_at : null,
    ended_at: iso(endedAt),
    duration_seconds: duration,
    status,
    summary: null,
    recording_url: null,
    quality_metrics: answered ? qualityLegs(call, duration) : [],
  };
  store.activeCalls.delete(call.id);
  store.data.calls.unshift(log);

  if (status === 'voicemail') {
    const id = store.nextId('vm');
    const owner =
      call.user_id === store.facts.users.frontDesk || call.user_id === null
        ? store.facts.sharedVoicemailBoxes.frontDesk
        : call.user_id;
    const template = store.data.voicemails.length % 7;
    store.data.voicemails.unshift({
      id,
      owner,
      from_number: call.from_number,
      from_name: call.from_name,
      duration_seconds: messageSeconds,
      format: 'wav',
      audio_url: `/mock-media/voicemails/${id}.wav`,
      is_read: false,
      created_at: iso(endedAt),
      read_at: null,
      summary: voicemailSummary(template, call.from_name),
    });
    store.data.voicemailTranscripts.set(id, {
      status: 'completed',
      text: voicemailTranscript(template, call.from_name, call.from_number),
    });
  }

  emit(store, 'call.end', {
    call_id: call.id,
    from_number: call.from_number,
    to_number: call.to_number,
    direction: call.direction,
    status,
    duration_seconds: duration,
    ended_at: iso(endedAt),
  });
  return log;
}

function activeCall(
  store: MockStore,
  callId: string | undefined,
  predicate: (call: ActiveCall) => boolean = () => true,
): ActiveCall | undefined {
  if (callId !== undefined) {
    const call = store.activeCalls.get(callId);
    if (!call) throw new ApiError(404, `No call in progress with id ${callId}`, 'call_not_active');
    return call;
  }
  return [...store.activeCalls.values()].reverse().find(predicate);
}

/** Runs one simulation step and returns the call's id. */
export function simulate(store: MockStore, request: SimulationRequest): string {
  const { kind, from_number, from_name, call_id } = request;
  switch (kind) {
    case 'incoming':
      return startIncoming(store, from_number, from_name).id;
    case 'answer': {
      const call =
        activeCall(store, call_id, (c) => c.answered_at === null) ??
        startIncoming(store, from_number, from_name);
      if (call.answered_at === null) answer(store, call);
      return call.id;
    }
    case 'hangup': {
      let call = activeCall(store, call_id);
      if (!call) {
        // Nothing in progress: a whole short call that was answered a minute and a half ago.
        const now = store.now();
        call = startIncoming(store, from_number, from_name, now - 95 * SECOND);
        answer(store, call, now - 88 * SECOND);
      }
      return finish(store, call, 'hangup').id;
    }
    case 'voicemail': {
      const call =
        activeCall(store, call_id, (c) => c.answered_at === null) ??
        startIncoming(store, from_number, from_name, store.now() - 50 * SECOND);
      return finish(store, call, 'voicemail').id;
    }
  }
}
