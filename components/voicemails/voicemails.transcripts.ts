/**
 * Transcripts of opened voicemails: loads one, re-checks a pending/processing one with backoff
 * while it stays open, and refreshes the AI summary once transcription completes (lazily loaded).
 */
import type { ReactiveController } from 'lit';
import { isAbortError } from '../../src/base/load-error';
import { getTranscript, getVoicemail, type VoicemailTranscript } from './voicemails.data';
import type { TranscriptView } from './voicemails.detail';
import { errorReason } from './voicemails.feedback';
import type { VoicemailsHost } from './voicemails.host';

/** First re-check of a pending/processing transcript; later ones back off to 30 s. */
const TRANSCRIPT_POLL_MS = 3000;
const TRANSCRIPT_POLL_MAX_MS = 30_000;

function isTranscriptWaiting(transcript: VoicemailTranscript): boolean {
  return transcript.status === 'pending' || transcript.status === 'processing';
}

export class TranscriptController implements ReactiveController {
  private readonly view: VoicemailsHost;
  private views: ReadonlyMap<string, TranscriptView> = new Map();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly aborts = new Map<string, AbortController>();

  constructor(view: VoicemailsHost) {
    this.view = view;
    view.host.addController(this);
  }

  hostDisconnected(): void {
    for (const id of [...this.timers.keys()]) this.stop(id);
  }

  get(id: string): TranscriptView | undefined {
    return this.views.get(id);
  }

  /** Loads the transcript unless it is already loaded and final. */
  ensure(id: string): void {
    const view = this.views.get(id);
    if (!view || view.state !== 'loaded' || isTranscriptWaiting(view.transcript)) {
      void this.load(id, 0);
    }
  }

  async load(id: string, attempt: number): Promise<void> {
    const client = this.view.client();
    if (!client) return;
    this.stop(id);
    const abort = new AbortController();
    this.aborts.set(id, abort);
    if (!this.views.has(id) || this.views.get(id)!.state === 'error') {
      this.set(id, { state: 'loading' });
    }
    try {
      const transcript = await getTranscript(client, id, abort.signal);
      if (abort.signal.aborted) return;
      const previous = this.views.get(id);
      this.set(id, { state: 'loaded', transcript });
      if (isTranscriptWaiting(transcript) && this.view.openId() === id) {
        const wait = Math.min(TRANSCRIPT_POLL_MAX_MS, TRANSCRIPT_POLL_MS * 1.5 ** attempt);
        this.timers.set(
          id,
          setTimeout(() => void this.load(id, attempt + 1), wait),
        );
      } else if (
        transcript.status === 'completed' &&
        previous?.state === 'loaded' &&
        previous.transcript.status !== 'completed'
      ) {
        // Transcribed while open: the AI summary is ready now too.
        void this.refreshSummary(id);
      }
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.set(id, { state: 'error', reason: errorReason(this.view.i18n(), error) });
    } finally {
      if (this.aborts.get(id) === abort) this.aborts.delete(id);
    }
  }

  stop(id: string): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.aborts.get(id)?.abort();
    this.aborts.delete(id);
  }

  /** Forgets every transcript (after `logout()`). */
  reset(): void {
    this.views = new Map();
    this.view.host.requestUpdate();
  }

  private async refreshSummary(id: string): Promise<void> {
    const client = this.view.client();
    if (!client) return;
    try {
      const fresh = await getVoicemail(client, id);
      this.view.patchItem(id, (item) => ({ ...item, summary: fresh.summary }));
    } catch {
      // The summary stays "not yet available"; nothing else depends on it.
    }
  }

  private set(id: string, view: TranscriptView): void {
    const next = new Map(this.views);
    next.set(id, view);
    this.views = next;
    this.view.host.requestUpdate();
  }
}
