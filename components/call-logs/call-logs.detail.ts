/**
 * The opened call of `<dialstack-call-logs>`: times, summary, the recording player, the
 * transcript and the per-leg quality table. Loaded as its own chunk (prefetched when the
 * browser is idle once the list shows): the element renders the panel's container, this fills
 * it in.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { I18n } from '../../src/i18n';
import type { AudioPlayerController } from '../../src/ui/audio-player';
import { audioPlayerStyles, audioPlayerTemplate } from '../../src/ui/audio-player-template';
import { iconChevronLeft, iconClose } from '../../src/ui/icons';
import {
  formatMos,
  renderCallDirection,
  renderCallParty,
  renderCallQuality,
  renderCallStatus,
  renderDash,
  type CallDisplayOptions,
} from '../../src/ui/calls';
import type { CallLog, Recording, Transcript } from './call-logs.data';
import type { createCallLogsTranslator } from './call-logs.messages';

/** A value fetched for the opened call. */
export type AsyncValue<T> =
  { status: 'none' } | { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error' };

/** What the panel reads from the element, and the actions it calls back. */
export interface CallLogsDetailView {
  readonly t: ReturnType<typeof createCallLogsTranslator>;
  readonly i18n: I18n;
  readonly display: CallDisplayOptions;
  readonly player: AudioPlayerController;
  readonly recording: AsyncValue<Recording | null>;
  readonly transcript: AsyncValue<Transcript | null>;
  userName(id: string | null | undefined): string | undefined;
  timeParts(value: string): { date: string; time: string };
  closeDetail(): void;
  loadRecording(id: string): void;
  loadTranscript(id: string): void;
  retryRecording(): void;
}

/** The panel's content: header, facts, recording, transcript and the legs table. */
const detailStyles = css`
  .detail__header {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border-bottom: 1px solid var(--_border);
    background: var(--_bg);
  }
  .detail__title {
    flex: 1;
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: 600;
    line-height: 1.3;
  }
  .detail__back {
    display: none;
  }
  @container body (max-width: 1023px) {
    .detail__back {
      display: inline-flex;
    }
    .detail__close {
      display: none;
    }
  }
  .detail__content {
    display: grid;
    gap: calc(var(--_space) * 5);
    padding: calc(var(--_space) * 4);
  }
  .detail__parties {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr);
    align-items: center;
    gap: calc(var(--_space) * 3);
  }
  .detail__parties .ds-call-party-label {
    font-weight: 600;
  }
  .detail__arrow {
    color: var(--_text-secondary);
  }
  .detail__badges {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: center;
  }
  .section {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .section__title {
    margin: 0;
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5) calc(var(--_space) * 4);
    margin: 0;
  }
  .facts dt {
    color: var(--_text-secondary);
  }
  .facts dd {
    margin: 0;
  }
  .summary,
  .transcript {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .transcript {
    max-height: 240px;
    overflow: auto;
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
  }
  .note {
    margin: 0;
    color: var(--_text-secondary);
  }
  .note--danger {
    color: var(--_danger);
  }
  .note--busy {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .legs {
    width: 100%;
    overflow-wrap: normal;
    border-collapse: collapse;
    font-size: var(--_font-size-sm);
  }
  .legs th,
  .legs td {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
    text-align: end;
    vertical-align: bottom;
  }
  .legs td {
    white-space: nowrap;
  }
  .legs th:first-child,
  .legs td:first-child {
    text-align: start;
    padding-left: 0;
  }
  .legs thead th {
    color: var(--_text-secondary);
    font-weight: 500;
  }
  .legs tbody th {
    font-weight: 500;
  }
  audio {
    width: 100%;
  }
  .recording {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .inline-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
`;

/** Styles the panel needs beyond the element's own (adopted when the chunk arrives). */
export const detailLazyStyles = [audioPlayerStyles, detailStyles];

/** The extension of a URL's file name (`…/call.mp3?sig=…` → `mp3`), or `fallback`. */
function fileExtension(url: string, fallback: string): string {
  try {
    const match = /\.([a-z0-9]{2,5})$/i.exec(new URL(url, location.href).pathname);
    return match ? match[1]!.toLowerCase() : fallback;
  } catch {
    return fallback;
  }
}

export function renderDetailBody(view: CallLogsDetailView, call: CallLog): TemplateResult {
  const t = view.t;
  const d = view.display;
  const i18n = view.i18n;
  const when = (value: string | null | undefined) =>
    value && !Number.isNaN(Date.parse(value))
      ? html`<time datetime=${value}
          >${i18n.date(value, { dateStyle: 'medium', timeStyle: 'medium' })}</time
        >`
      : renderDash(d);
  const user = view.userName(call.user_id);
  return html`<div class="detail__header">
      <button
        type="button"
        class="btn btn--ghost btn--sm detail__back"
        @click=${() => view.closeDetail()}
      >
        ${iconChevronLeft} ${t('callLogs.details.back')}
      </button>
      <h2 class="detail__title" id="detail-title">${t('callLogs.details.title')}</h2>
      <button
        type="button"
        class="btn btn--ghost btn--icon btn--sm detail__close"
        aria-label=${t('callLogs.details.close')}
        @click=${() => view.closeDetail()}
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
      <div class="section">
        <h3 class="section__title">${t('callLogs.details.times')}</h3>
        <dl class="facts">
          <dt>${t('callLogs.details.started')}</dt>
          <dd>${when(call.started_at)}</dd>
          <dt>${t('callLogs.details.answered')}</dt>
          <dd>${call.answered_at ? when(call.answered_at) : t('callLogs.details.notAnswered')}</dd>
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
        ${renderRecording(view, call)}
      </div>
      <div class="section">
        <h3 class="section__title">${t('calls.transcript.title')}</h3>
        ${renderTranscript(view, call)}
      </div>
      <div class="section">
        <h3 class="section__title">${t('callLogs.details.legs')}</h3>
        ${renderLegs(view, call)}
      </div>
    </div> `;
}

function renderRecording(view: CallLogsDetailView, call: CallLog): TemplateResult {
  const t = view.t;
  const rec = view.recording;
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
          @click=${() => view.loadRecording(call.id)}
        >
          ${t('common.retry')}
        </button>
      </div>`;
    case 'ready':
      if (rec.value) {
        const { date, time } = view.timeParts(call.started_at);
        return html`<div class="recording" part="recording">
          ${audioPlayerTemplate(view.player, {
            i18n: view.i18n,
            label: t('callLogs.details.recordingLabel', { time: `${date} ${time}` }),
            downloadUrl: rec.value.download_url,
            downloadFilename: `call-${call.id}.${fileExtension(rec.value.download_url, 'wav')}`,
            onRetry: () => view.retryRecording(),
            part: 'player',
          })}
          ${renderRecordingMeta(view, rec.value)}
        </div>`;
      }
      return html`<p class="note" part="recording-none">${t('calls.noRecording')}</p>`;
    default:
      return html`<p class="note" part="recording-none">${t('calls.noRecording')}</p>`;
  }
}

function renderRecordingMeta(
  view: CallLogsDetailView,
  recording: Recording,
): TemplateResult | typeof nothing {
  // The player shows the duration; the size tells what a download costs.
  const size = view.i18n.fileSize(recording.file_size_bytes);
  return size ? html`<p class="note">${size}</p>` : nothing;
}

function renderTranscript(view: CallLogsDetailView, call: CallLog): TemplateResult {
  const t = view.t;
  const tr = view.transcript;
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
        @click=${() => view.loadTranscript(call.id)}
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

function renderLegs(view: CallLogsDetailView, call: CallLog): TemplateResult {
  const t = view.t;
  const d = view.display;
  const legs = Array.isArray(call.quality_metrics) ? call.quality_metrics : [];
  if (legs.length === 0) return html`<p class="note">${t('callLogs.details.noLegs')}</p>`;
  const num = (value: number | null | undefined, key: 'ms' | 'percent', digits = 1) =>
    typeof value === 'number' && Number.isFinite(value)
      ? t(`callLogs.details.${key}`, {
          value: view.i18n.number(value, { maximumFractionDigits: digits }),
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
