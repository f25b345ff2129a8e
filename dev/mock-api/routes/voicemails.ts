/** Voicemails across user mailboxes and shared boxes: list (owner, is_read, from_date), read/unread, delete, transcript. */
import type { HttpHandler } from 'msw';
import { notFound } from '../errors';
import { paginate } from '../pagination';
import { json, noContent, route } from '../route';
import { serializeVoicemail } from '../serialize';
import type { MockStore } from '../store';
import { iso } from '../time';
import type { Voicemail, VoicemailTranscript } from '../types';

export interface VoicemailFilters {
  owner?: string;
  is_read?: boolean;
  from_date?: string;
}

export function matchesVoicemailFilters(voicemail: Voicemail, f: VoicemailFilters): boolean {
  return (
    (f.owner === undefined || voicemail.owner === f.owner) &&
    (f.is_read === undefined || voicemail.is_read === f.is_read) &&
    (f.from_date === undefined || Date.parse(voicemail.created_at) >= Date.parse(f.from_date))
  );
}

export function voicemailRoutes(store: MockStore): HttpHandler[] {
  const find = (id: string | undefined) => {
    const voicemail = store.data.voicemails.find((v) => v.id === id);
    if (!voicemail) throw notFound('VoicemailNotFound');
    return voicemail;
  };

  return [
    route(store, 'listVoicemails', ({ query, url, origin }) => {
      const page = paginate(
        store.data.voicemails.filter((v) => matchesVoicemailFilters(v, query as VoicemailFilters)),
        { url, limit: query.limit ?? 10, key: (v) => v.created_at, id: (v) => v.id },
      );
      return json({ ...page, data: page.data.map((v) => serializeVoicemail(v, origin)) });
    }),

    route(store, 'getVoicemail', ({ params, origin }) =>
      json(serializeVoicemail(find(params.voicemail_id), origin)),
    ),

    route(store, 'updateVoicemail', ({ params, body, origin }) => {
      const voicemail = find(params.voicemail_id);
      const { is_read } = body as { is_read?: boolean };
      if (is_read !== undefined && is_read !== voicemail.is_read) {
        voicemail.is_read = is_read;
        voicemail.read_at = is_read ? iso(store.now()) : null;
      }
      return json(serializeVoicemail(voicemail, origin));
    }),

    route(store, 'deleteVoicemail', ({ params }) => {
      const voicemail = find(params.voicemail_id);
      store.data.voicemails = store.data.voicemails.filter((v) => v !== voicemail);
      store.data.voicemailTranscripts.delete(voicemail.id);
      return noContent();
    }),

    route(store, 'getVoicemailTranscript', ({ params }) => {
      const voicemail = find(params.voicemail_id);
      const transcript = store.data.voicemailTranscripts.get(voicemail.id) ?? {
        status: 'pending' as const,
        text: null,
      };
      const body: VoicemailTranscript = {
        voicemail_id: voicemail.id,
        status: transcript.status,
        text: transcript.text,
      };
      return json(body);
    }),
  ];
}
