/** Call logs: list (every filter), one call, its transcript and recording; POST /v1/calls. */
import type { HttpHandler } from 'msw';
import { named, notFound, validationError } from '../errors';
import { signMediaUrl, RECORDING_URL_TTL_MS } from '../media';
import { paginate } from '../pagination';
import { json, route } from '../route';
import { absolute, recordingPath, serializeCall } from '../serialize';
import { startOutbound } from '../simulate';
import type { MockStore } from '../store';
import { iso } from '../time';
import type { CallLog, Recording, Transcript } from '../types';

export interface CallFilters {
  user_id?: string;
  endpoint_id?: string;
  direction?: CallLog['direction'];
  from_number?: string;
  to_number?: string;
  status?: CallLog['status'];
  from_date?: string;
  to_date?: string;
}

/** The contract's filters: exact matches, `from_date` inclusive, `to_date` exclusive (on started_at). */
export function matchesCallFilters(call: CallLog, f: CallFilters): boolean {
  const started = Date.parse(call.started_at);
  return (
    (f.user_id === undefined || call.user_id === f.user_id) &&
    (f.endpoint_id === undefined || call.endpoint_id === f.endpoint_id) &&
    (f.direction === undefined || call.direction === f.direction) &&
    (f.from_number === undefined || call.from_number === f.from_number) &&
    (f.to_number === undefined || call.to_number === f.to_number) &&
    (f.status === undefined || call.status === f.status) &&
    (f.from_date === undefined || started >= Date.parse(f.from_date)) &&
    (f.to_date === undefined || started < Date.parse(f.to_date))
  );
}

/** A dial string → E.164, an extension, or an emergency number; null when it is none of them. */
export function normalizeDialString(raw: string): string | null {
  const compact = raw.replace(/[\s().-]/g, '');
  if (/^(911|933)$/.test(compact)) return compact;
  if (/^\+[1-9]\d{6,14}$/.test(compact)) return compact;
  if (/^\d{10}$/.test(compact)) return `+1${compact}`;
  if (/^1\d{10}$/.test(compact)) return `+${compact}`;
  if (/^\d{3,6}$/.test(compact)) return compact;
  return null;
}

export function callRoutes(store: MockStore): HttpHandler[] {
  const findCall = (id: string | undefined) => store.data.calls.find((c) => c.id === id);

  return [
    route(store, 'listCallLogs', ({ query, url, origin }) => {
      const filters = query as CallFilters;
      const page = paginate(
        store.data.calls.filter((call) => matchesCallFilters(call, filters)),
        { url, limit: query.limit ?? 10, key: (c) => c.started_at, id: (c) => c.id },
      );
      return json({ ...page, data: page.data.map((call) => serializeCall(store, call, origin)) });
    }),

    route(store, 'getCallLog', ({ params, origin }) => {
      const call = findCall(params.call_id);
      if (!call) throw notFound('CallNotFound');
      return json(serializeCall(store, call, origin));
    }),

    route(store, 'getCallTranscript', ({ params }) => {
      const transcript = params.call_id
        ? store.data.callTranscripts.get(params.call_id)
        : undefined;
      if (!findCall(params.call_id) || !transcript) throw notFound('TranscriptNotFound');
      const body: Transcript = {
        call_id: params.call_id!,
        status: transcript.status,
        text: transcript.text,
      };
      return json(body);
    }),

    route(store, 'getCallRecording', ({ params, origin }) => {
      const recording = params.call_id ? store.data.callRecordings.get(params.call_id) : undefined;
      if (!findCall(params.call_id) || !recording) throw notFound('RecordingNotFound');
      const expiresAt = store.now() + RECORDING_URL_TTL_MS;
      const body: Recording = {
        call_id: params.call_id!,
        duration_seconds: recording.duration_seconds,
        file_size_bytes: recording.file_size_bytes,
        download_url: signMediaUrl(
          store,
          absolute(origin, recordingPath(params.call_id!)),
          expiresAt,
        ),
        expires_at: iso(expiresAt),
      };
      return json(body);
    }),

    route(store, 'createCall', ({ body }) => {
      const { user_id, dial_string } = body as { user_id: string; dial_string: string };
      const user = store.data.users.find((u) => u.id === user_id);
      if (!user) throw named(404, 'UserNotFound');
      const destination = normalizeDialString(dial_string);
      if (destination === null) {
        throw validationError('Invalid request body', {
          dial_string: 'must be a phone number, an extension or an emergency number',
        });
      }
      startOutbound(store, user, destination);
      return new Response(null, { status: 202 });
    }),
  ];
}
