/**
 * Audio served by the mock under /mock-media/: voicemail audio, call recordings (behind signed
 * URLs that expire after 10 minutes, as the contract describes) and audio clips — all generated
 * WAVs. Range requests are honoured so <audio> can seek.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { hashString } from './prng';
import type { MockStore } from './store';
import { generateWav } from './wav';

export const RECORDING_URL_TTL_MS = 10 * 60 * 1000;

function signature(store: MockStore, pathname: string, expires: number): string {
  return hashString(`${pathname}|${expires}`, store.signingKey.length * 7919 + 17);
}

/** `url` + `?expires=<epoch s>&signature=…`. */
export function signMediaUrl(store: MockStore, url: string, expiresAtMs: number): string {
  const signed = new URL(url);
  const expires = Math.floor(expiresAtMs / 1000);
  signed.searchParams.set('expires', String(expires));
  signed.searchParams.set('signature', signature(store, signed.pathname, expires));
  return signed.href;
}

function mediaError(status: number, error: string, code: string): Response {
  return HttpResponse.json({ error, code }, { status });
}

function checkSignature(store: MockStore, url: URL): Response | null {
  const expires = Number(url.searchParams.get('expires'));
  const sig = url.searchParams.get('signature');
  if (!Number.isInteger(expires) || !sig || sig !== signature(store, url.pathname, expires)) {
    return mediaError(403, 'Invalid signed URL', 'invalid_signature');
  }
  if (expires * 1000 <= store.now())
    return mediaError(
      403,
      'This signed URL has expired; request the recording again',
      'url_expired',
    );
  return null;
}

/** A WAV response, honouring a single `Range: bytes=a-b`. */
export function audioResponse(request: Request, bytes: Uint8Array<ArrayBuffer>): Response {
  const headers: Record<string, string> = {
    'Content-Type': 'audio/wav',
    'Accept-Ranges': 'bytes',
    // Not cached: every play reaches the mock, so injected failures (tests) always apply.
    'Cache-Control': 'no-store',
  };
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get('range') ?? '');
  if (range && (range[1] || range[2])) {
    const size = bytes.length;
    let start = range[1] ? Number(range[1]) : size - Number(range[2]);
    let end = range[1] && range[2] ? Number(range[2]) : size - 1;
    start = Math.max(0, start);
    end = Math.min(end, size - 1);
    if (start > end || start >= size) {
      return new HttpResponse(null, {
        status: 416,
        headers: { 'Content-Range': `bytes */${size}` },
      });
    }
    const slice = bytes.slice(start, end + 1);
    return new HttpResponse(slice, {
      status: 206,
      headers: {
        ...headers,
        'Content-Range': `bytes ${start}-${end}/${size}`,
        'Content-Length': String(slice.length),
      },
    });
  }
  return new HttpResponse(bytes, {
    status: 200,
    headers: { ...headers, 'Content-Length': String(bytes.length) },
  });
}

function idFromFile(file: unknown): string | null {
  return typeof file === 'string' && file.endsWith('.wav')
    ? decodeURIComponent(file.slice(0, -4))
    : null;
}

export function mediaHandlers(store: MockStore): HttpHandler[] {
  return [
    http.get('*/mock-media/voicemails/:file', ({ request, params }) => {
      const id = idFromFile(params.file);
      const voicemail = store.data.voicemails.find((v) => v.id === id);
      if (!voicemail) return mediaError(404, 'Voicemail audio not found', 'not_found');
      return audioResponse(request, generateWav(voicemail.duration_seconds, voicemail.id));
    }),
    http.get('*/mock-media/recordings/:file', ({ request, params }) => {
      const denied = checkSignature(store, new URL(request.url));
      if (denied) return denied;
      const id = idFromFile(params.file);
      const recording = id ? store.data.callRecordings.get(id) : undefined;
      if (!id || !recording) return mediaError(404, 'Recording not found', 'not_found');
      return audioResponse(request, generateWav(recording.duration_seconds, id));
    }),
    http.get('*/mock-media/audio-clips/:file', ({ request, params }) => {
      const id = idFromFile(params.file);
      const clip = store.data.audioClips.find((c) => c.id === id);
      if (!clip) return mediaError(404, 'Audio clip not found', 'not_found');
      return audioResponse(request, generateWav(clip.duration_ms / 1000, clip.id));
    }),
    http.all('*/mock-media/*', () => mediaError(404, 'Not found', 'not_found')),
  ];
}
