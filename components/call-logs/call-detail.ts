import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError } from '../../src/base/load-error';
import type { DialstackClient } from '../../src/core/types';
import type { I18n } from '../../src/i18n';
import { AudioPlayerController } from '../../src/ui/audio-player';
import { audioPlayerTemplate } from '../../src/ui/audio-player-template';
import { iconChevronLeft, iconClose } from '../../src/ui/icons';
import {
  formatMos,
  renderCallDirection,
  renderCallParty,
  renderCallQuality,
  renderCallStatus,
  renderDash,
} from '../../src/ui/calls';
import { getCall } from '../../src/api/calls';
import { pollUntil } from '../../src/base/poll';
import {
  fetchRecording,
  fetchTranscript,
  recordingExpired,
  type CallLog,
  type Recording,
  type Transcript,
} from './call-logs.data';
import { loadCallLogsPack } from './call-logs.messages';
import { callLogsText, type CallLogsText } from './call-logs.text';
import { callDetailStyles } from './call-detail.styles';

/** A value fetched for the opened call. */
type AsyncValue<T> =
  { status: 'none' } | { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error' };

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-call-detail': DialstackCallDetail;
  }
}

const inProgress = (value: Transcript | null | undefined) =>
  value?.status === 'pending' || value?.status === 'processing';

/** The extension of a URL's file name (`…/call.mp3?sig=…` → `mp3`), or `fallback`. */
function fileExtension(url: string, fallback: string): string {
  try {
    const match = /\.([a-z0-9]{2,5})$/i.exec(new URL(url, location.href).pathname);
    return match ? match[1]!.toLowerCase() : fallback;
  } catch {
    return fallback;
  }
}

/**
 * One call in full (internal): parties, times, summary, the recording player (a fresh signed
 * URL when the old one expired or failed), the transcript (re-checked while it is pending)
 * and the per-leg quality table. Given a call and a client, it fetches what it shows and
 * cancels it when the call changes or it leaves the page. Loaded as its own chunk.
 *
 * @internal
 * @fires close - The person closed the panel (close or back button, Escape).
 * @fires call-change - The call was re-fetched (its summary arrives with the transcript);
 *   `detail` is the new `CallLog`.
 * @csspart recording - The recording section when a recording exists.
 * @csspart player - The recording's audio player.
 * @csspart recording-loading - The recording is being fetched.
 * @csspart recording-none - The call has no recording.
 * @csspart recording-error - The recording could not be fetched (with a retry button).
 * @csspart transcript - The transcript text.
 * @csspart transcript-loading - The transcript is being fetched.
 * @csspart transcript-pending - Transcription is pending or processing (`data-status`).
 * @csspart transcript-failed - Transcription failed.
 * @csspart transcript-none - The call has no transcript.
 * @csspart transcript-error - The transcript could not be fetched (with a retry button).
 */
export class DialstackCallDetail extends LitElement {
  static override styles = callDetailStyles;

  /** The parts a containing element re-exports (`exportparts`). */
  static readonly parts =
    'recording, player, recording-loading, recording-none, recording-error, transcript, transcript-loading, transcript-pending, transcript-failed, transcript-none, transcript-error, transcript-unknown, call-direction, call-status, call-quality, call-party';

  @property({ attribute: false }) call?: CallLog;
  @property({ attribute: false }) client?: DialstackClient;
  @property({ attribute: false }) i18n!: I18n;
  /** The host's message overrides (`locale.messages`). */
  @property({ attribute: false }) messages?: unknown;
  /** The name of the call's user, when known. */
  @property({ attribute: false }) userName?: string;

  @state() private recording: AsyncValue<Recording | null> = { status: 'none' };
  @state() private transcript: AsyncValue<Transcript | null> = { status: 'none' };

  /** The recording player (one-at-a-time playback with every other player on the page). */
  private readonly player = new AudioPlayerController(this, {
    onPlay: () => this.onRecordingPlay(),
    onError: () => this.onRecordingError(),
  });

  private loadedId?: string;
  private controller?: AbortController;
  private playbackFailed = false;

  constructor() {
    super();
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      this.close();
    });
  }

  private get text(): CallLogsText {
    return callLogsText(this.i18n, this.messages);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page (moved): fetch again what the disconnect cancelled.
    if (this.loadedId) {
      this.loadedId = undefined;
      this.requestUpdate('call', this.call);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWork();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    loadCallLogsPack(this.i18n, this);
    const id = this.call?.id;
    if ((changed.has('call') || changed.has('client')) && id !== this.loadedId) {
      this.stopWork();
      this.loadedId = id;
      this.recording = { status: 'none' };
      this.transcript = { status: 'none' };
      this.playbackFailed = false;
      if (id) {
        this.loadRecording(id);
        this.loadTranscript(id);
      }
    }
  }

  private readonly close = (): void => {
    this.dispatchEvent(new CustomEvent('close'));
  };

  /** Cancels the panel's requests and timers, and stops the audio download. */
  private stopWork(): void {
    this.controller?.abort();
    this.controller = undefined;
    // Drop the source: a media element keeps its HTTP connection open until then.
    this.player.setSource(null);
  }

  private signal(): AbortSignal {
    if (!this.controller || this.controller.signal.aborted) {
      this.controller = new AbortController();
    }
    return this.controller.signal;
  }

  /**
   * Fetches the recording's signed URL. `thenPlay`: a fresh URL for a player the person already
   * started (the old one expired or failed), keeping the player on screen meanwhile.
   */
  private loadRecording(id: string, thenPlay = false): void {
    const client = this.client;
    if (!client) return;
    if (!thenPlay) this.recording = { status: 'loading' };
    const signal = this.signal();
    fetchRecording(client, id, signal).then(
      (value) => {
        if (this.loadedId !== id || signal.aborted) return;
        this.recording = value ? { status: 'ready', value } : { status: 'none' };
        if (!value) {
          this.player.setSource(null);
          return;
        }
        if (thenPlay) {
          this.player.reload(value.download_url);
          void this.player.play();
        } else {
          this.playbackFailed = false;
          this.player.setSource(value.download_url, { duration: value.duration_seconds });
        }
      },
      (error: unknown) => {
        if (this.loadedId !== id || isAbortError(error)) return;
        this.recording = { status: 'error' };
      },
    );
  }

  /**
   * Fetches the transcript, re-checking it (the shared `pollUntil` back-off) while it is
   * pending or processing; a failed re-check keeps what is shown and tries again later.
   */
  private loadTranscript(id: string): void {
    const client = this.client;
    if (!client) return;
    this.transcript = { status: 'loading' };
    const signal = this.signal();
    let last: Transcript | null | undefined;
    let wasPending = false;
    pollUntil(
      async (s) => {
        try {
          return await fetchTranscript(client, id, s);
        } catch (error) {
          if (last === undefined || isAbortError(error)) throw error;
          return last;
        }
      },
      (value) => !inProgress(value),
      {
        signal,
        onValue: (value) => {
          if (this.loadedId !== id) return;
          last = value;
          wasPending ||= inProgress(value);
          this.transcript = value ? { status: 'ready', value } : { status: 'none' };
        },
      },
    ).then(
      (value) => {
        // The summary is written with the transcript: pick it up.
        if (wasPending && value?.status === 'completed') void this.refreshCall(id, client, signal);
      },
      (error: unknown) => {
        if (this.loadedId !== id || isAbortError(error) || signal.aborted) return;
        this.transcript = { status: 'error' };
      },
    );
  }

  private async refreshCall(id: string, client: DialstackClient, signal: AbortSignal) {
    try {
      const call = await getCall(client, id, { signal, cache: 'no-store' });
      if (this.loadedId !== id) return;
      this.dispatchEvent(new CustomEvent<CallLog>('call-change', { detail: call }));
    } catch {
      // Keep the call as it is.
    }
  }

  /** Playback started: if the signed URL has expired meanwhile, get a fresh one first. */
  private onRecordingPlay(): void {
    const rec = this.recording;
    if (rec.status !== 'ready' || !rec.value || !this.loadedId) return;
    if (recordingExpired(rec.value)) {
      this.player.pause();
      this.loadRecording(this.loadedId, true);
    }
  }

  /**
   * The media failed (usually an expired signed URL): fetch a fresh URL once and resume; a
   * second failure in a row stays on the player's error state, whose retry starts over.
   */
  private onRecordingError(): void {
    if (!this.loadedId || this.recording.status !== 'ready' || this.playbackFailed) return;
    this.playbackFailed = true;
    this.loadRecording(this.loadedId, true);
  }

  private retryRecording(): void {
    if (!this.loadedId) return;
    this.playbackFailed = false;
    this.loadRecording(this.loadedId, true);
  }

  protected override render(): TemplateResult | typeof nothing {
    return this.call && this.i18n
      ? html`<div lang=${this.i18n.locale}>${this.renderBody(this.call)}</div>`
      : nothing;
  }

  private renderBody(call: CallLog): TemplateResult {
    const { t, display: d } = this.text;
    const i18n = this.i18n;
    const when = (value: string | null | undefined) =>
      value && !Number.isNaN(Date.parse(value))
        ? html`<time datetime=${value}
            >${i18n.date(value, { dateStyle: 'medium', timeStyle: 'medium' })}</time
          >`
        : renderDash(d);
    const user = this.userName;
    return html`<div class="detail__header">
        <button type="button" class="btn btn--ghost btn--sm detail__back" @click=${this.close}>
          ${iconChevronLeft} ${t('callLogs.details.back')}
        </button>
        <h2 class="detail__title" id="detail-title">${t('callLogs.details.title')}</h2>
        <button
          type="button"
          class="btn btn--ghost btn--icon btn--sm detail__close"
          aria-label=${t('callLogs.details.close')}
          @click=${this.close}
        >
          ${iconClose}
        </button>
      </div>
      <div class="detail__content">
        <div class="detail__parties">
          ${renderCallParty(call.from_number, call.from_label, d)}
          <span class="detail__arrow" aria-hidden="true">→</span>
          ${renderCallParty(call.to_number, call.to_label, d)}
        </div>
        <div class="detail__badges">
          ${renderCallDirection(call.direction, d)} ${renderCallStatus(call.status, d)}
          ${renderCallQuality(call.quality_metrics, d)}
        </div>
        <slot name="host"></slot>
        <div class="section">
          <h3 class="section__title">${t('callLogs.details.times')}</h3>
          <dl class="facts">
            <dt>${t('callLogs.details.started')}</dt>
            <dd>${when(call.started_at)}</dd>
            <dt>${t('callLogs.details.answered')}</dt>
            <dd>
              ${call.answered_at ? when(call.answered_at) : t('callLogs.details.notAnswered')}
            </dd>
            <dt>${t('callLogs.details.ended')}</dt>
            <dd>${when(call.ended_at)}</dd>
            <dt>${t('calls.duration')}</dt>
            <dd>
              ${
                typeof call.duration_seconds === 'number'
                  ? i18n.duration(call.duration_seconds, 'short')
                  : renderDash(d)
              }
            </dd>
            <dt>${t('callLogs.details.user')}</dt>
            <dd>${user ?? (call.user_id ? t('common.unknown') : renderDash(d))}</dd>
          </dl>
        </div>
        <div class="section">
          <h3 class="section__title">${t('calls.summary')}</h3>
          ${
            call.summary
              ? html`<p class="summary">${call.summary}</p>`
              : html`<p class="note">${t('callLogs.details.noSummary')}</p>`
          }
        </div>
        <div class="section">
          <h3 class="section__title">${t('calls.recording')}</h3>
          ${this.renderRecording(call)}
        </div>
        <div class="section">
          <h3 class="section__title">${t('calls.transcript.title')}</h3>
          ${this.renderTranscript(call)}
        </div>
        <div class="section">
          <h3 class="section__title">${t('callLogs.details.legs')}</h3>
          ${this.renderLegs(call)}
        </div>
      </div> `;
  }

  private renderRecording(call: CallLog): TemplateResult {
    const { t } = this.text;
    const rec = this.recording;
    switch (rec.status) {
      case 'loading':
        return html`<p class="note note--busy" part="recording-loading">
          <span class="spinner" aria-hidden="true"></span>${t('callLogs.details.recordingLoading')}
        </p>`;
      case 'error':
        return html`<div class="inline-actions" part="recording-error">
          <p class="note note--danger" role="alert">${t('callLogs.details.recordingFailed')}</p>
          <button
            type="button"
            class="btn btn--secondary btn--sm"
            @click=${() => this.loadRecording(call.id)}
          >
            ${t('common.retry')}
          </button>
        </div>`;
      case 'ready':
        if (rec.value) {
          const { date, time } = this.text.timeParts(call.started_at);
          return html`<div class="recording" part="recording">
            ${audioPlayerTemplate(this.player, {
              i18n: this.i18n,
              label: t('callLogs.details.recordingLabel', { time: `${date} ${time}` }),
              downloadUrl: rec.value.download_url,
              downloadFilename: `call-${call.id}.${fileExtension(rec.value.download_url, 'wav')}`,
              onRetry: () => this.retryRecording(),
              part: 'player',
            })}
            ${this.renderRecordingMeta(rec.value)}
          </div>`;
        }
        return html`<p class="note" part="recording-none">${t('calls.noRecording')}</p>`;
      default:
        return html`<p class="note" part="recording-none">${t('calls.noRecording')}</p>`;
    }
  }

  private renderRecordingMeta(recording: Recording): TemplateResult | typeof nothing {
    // The player shows the duration; the size tells what a download costs.
    const size = this.i18n.fileSize(recording.file_size_bytes);
    return size ? html`<p class="note">${size}</p>` : nothing;
  }

  private renderTranscript(call: CallLog): TemplateResult {
    const { t } = this.text;
    const tr = this.transcript;
    if (tr.status === 'loading') {
      return html`<p class="note note--busy" part="transcript-loading">
        <span class="spinner" aria-hidden="true"></span>${t('callLogs.details.transcriptLoading')}
      </p>`;
    }
    if (tr.status === 'error') {
      return html`<div class="inline-actions" part="transcript-error">
        <p class="note note--danger" role="alert">${t('callLogs.details.transcriptError')}</p>
        <button
          type="button"
          class="btn btn--secondary btn--sm"
          @click=${() => this.loadTranscript(call.id)}
        >
          ${t('common.retry')}
        </button>
      </div>`;
    }
    if (tr.status !== 'ready' || !tr.value) {
      return html`<p class="note" part="transcript-none">${t('calls.transcript.none')}</p>`;
    }
    const value = tr.value;
    switch (value.status) {
      case 'pending':
        return html`<p class="note note--busy" part="transcript-pending" data-status="pending">
          ${t('callLogs.details.transcriptPending')}
        </p>`;
      case 'processing':
        return html`<p class="note note--busy" part="transcript-pending" data-status="processing">
          <span class="spinner" aria-hidden="true"></span
          >${t('callLogs.details.transcriptProcessing')}
        </p>`;
      case 'failed':
        return html`<p class="note note--danger" part="transcript-failed">
          ${t('callLogs.details.transcriptFailed')}
        </p>`;
      case 'completed':
        return value.text
          ? html`<p class="transcript" part="transcript" tabindex="0">${value.text}</p>`
          : html`<p class="note" part="transcript">${t('callLogs.details.transcriptEmpty')}</p>`;
      default:
        return html`<p class="note" part="transcript-unknown">${String(value.status)}</p>`;
    }
  }

  private renderLegs(call: CallLog): TemplateResult {
    const { t, display: d } = this.text;
    const legs = Array.isArray(call.quality_metrics) ? call.quality_metrics : [];
    if (legs.length === 0) return html`<p class="note">${t('callLogs.details.noLegs')}</p>`;
    const num = (value: number | null | undefined, key: 'ms' | 'percent', digits = 1) =>
      typeof value === 'number' && Number.isFinite(value)
        ? t(`callLogs.details.${key}`, {
            value: this.i18n.number(value, { maximumFractionDigits: digits }),
          })
        : renderDash(d);
    return html`<table class="legs">
      <thead>
        <tr>
          <th scope="col">${t('callLogs.details.leg')}</th>
          <th scope="col">${t('callLogs.details.mos')}</th>
          <th scope="col">${t('callLogs.details.jitter')}</th>
          <th scope="col">${t('callLogs.details.packetLoss')}</th>
          <th scope="col">${t('callLogs.details.latency')}</th>
        </tr>
      </thead>
      <tbody>
        ${legs.map(
          (leg) =>
            html`<tr>
              <th scope="row">
                ${
                  leg.leg === 'pstn'
                    ? t('callLogs.details.legPstn')
                    : leg.leg === 'endpoint'
                      ? t('callLogs.details.legEndpoint')
                      : String(leg.leg ?? '')
                }
              </th>
              <td>${typeof leg.mos === 'number' ? formatMos(leg.mos, d) : renderDash(d)}</td>
              <td>${num(leg.jitter_ms, 'ms')}</td>
              <td>${num(leg.packet_loss_pct, 'percent', 2)}</td>
              <td>${num(leg.rtt_ms, 'ms', 0)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
