/**
 * Transcripts of opened voicemails: loads one, re-checks a pending/processing one with the
 * shared poller (`pollUntil`: abortable, backing off) while it stays open, and refreshes the AI
 * summary once transcription completes (lazily loaded).
 */
import type { ReactiveController } from 'lit';
import { isAbortError } from '../../src/base/load-error';
import { pollUntil } from '../../src/base/poll';
import { getTranscript, getVoicemail, type VoicemailTranscript } from './voicemails.data';
import type { TranscriptView } from './voicemail-detail';
import { errorReason } from './voicemails.feedback';
import type { VoicemailsHost } from './voicemails.host';

function isTranscriptWaiting(transcript: VoicemailTranscript): boolean {
  return transcript.status === 'pending' || transcript.status === 'processing';
}

export class TranscriptController implements ReactiveController {
  private readonly view: VoicemailsHost;
  private views: ReadonlyMap<string, TranscriptView> = new Map();
  private readonly aborts = new Map<string, AbortController>();

  constructor(view: VoicemailsHost) {
    this.view = view;
    view.host.addController(this);
  }

  hostDisconnected(): void {
    for (const id of [...this.aborts.keys()]) this.stop(id);
  }

  get(id: string): TranscriptView | undefined {
    return this.views.get(id);
  }

  /** Loads the transcript unless it is already loaded and final. */
  ensure(id: string): void {
    const view = this.views.get(id);
    if (!view || view.state !== 'loaded' || isTranscriptWaiting(view.transcript)) {
      void this.load(id);
    }
  }

  /** Loads the transcript, then re-checks it while it is unfinished and open. */
  async load(id: string): Promise<void> {
    const client = this.view.client();
    if (!client) return;
    this.stop(id);
    const abort = new AbortController();
    this.aborts.set(id, abort);
    if (!this.views.has(id) || this.views.get(id)!.state === 'error') {
      this.set(id, { state: 'loading' });
    }
    try {
      await pollUntil(
        (signal) => getTranscript(client, id, signal),
        (transcript) => !isTranscriptWaiting(transcript) || this.view.openId() !== id,
        {
          signal: abort.signal,
          onValue: (transcript) => {
            const previous = this.views.get(id);
            this.set(id, { state: 'loaded', transcript });
            if (
              transcript.status === 'completed' &&
              previous?.state === 'loaded' &&
              previous.transcript.status !== 'completed'
            ) {
              // Transcribed while open: the AI summary is ready now too.
              void this.refreshSummary(id);
            }
          },
        },
      );
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.set(id, { state: 'error', reason: errorReason(this.view.i18n(), error) });
    } finally {
      if (this.aborts.get(id) === abort) this.aborts.delete(id);
    }
  }

  stop(id: string): void {
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
