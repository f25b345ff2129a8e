/**
 * Store records → response bodies: absolute URLs for media, freshly signed recording URLs,
 * and `expand[]=extensions`.
 */
import { signMediaUrl, RECORDING_URL_TTL_MS } from './media';
import type { MockStore } from './store';
import type { AudioClip, CallLog, Extension, Voicemail } from './types';

export function absolute(origin: string, path: string): string {
  return new URL(path, origin).href;
}

export function recordingPath(callId: string): string {
  return `/mock-media/recordings/${encodeURIComponent(callId)}.wav`;
}

export function serializeCall(store: MockStore, call: CallLog, origin: string): CallLog {
  const recorded = store.data.callRecordings.has(call.id);
  return {
    ...call,
    recording_url: recorded
      ? signMediaUrl(
          store,
          absolute(origin, recordingPath(call.id)),
          store.now() + RECORDING_URL_TTL_MS,
        )
      : null,
  };
}

export function serializeVoicemail(voicemail: Voicemail, origin: string): Voicemail {
  return { ...voicemail, audio_url: absolute(origin, voicemail.audio_url) };
}

export function serializeAudioClip(clip: AudioClip, origin: string): AudioClip {
  return { ...clip, url: absolute(origin, clip.url) };
}

export function wantsExtensions(query: Record<string, unknown>): boolean {
  const expand = query['expand[]'];
  return Array.isArray(expand) && expand.includes('extensions');
}

/** Adds `extensions: { object: 'list', data }` for the record's extensions when expanded. */
export function withExtensions<T extends { id: string }>(
  store: MockStore,
  record: T,
  expand: boolean,
): T & { extensions?: { object: 'list'; data: Extension[] } } {
  if (!expand) return record;
  return {
    ...record,
    extensions: {
      object: 'list',
      data: store.data.extensions.filter((e) => e.target === record.id),
    },
  };
}
