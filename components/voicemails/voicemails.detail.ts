/**
 * The content of the opened voicemail — player, AI summary, transcript in every state, actions —
 * rendered from a plain context object, so it can live in the lazily loaded chunk with the
 * player (the element renders the `part="detail"` container, so it survives the chunk's arrival).
 * Text from the API goes through Lit bindings only: a transcript containing markup is text.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { I18n } from '../../src/i18n/index';
import type { AudioPlayerController } from '../../src/ui/audio-player';
import { audioPlayerTemplate } from '../../src/ui/audio-player-template';
import { iconAlert, iconMail, iconMailOpen, iconPhone, iconTrash } from '../../src/ui/icons';
import type { Voicemail, VoicemailTranscript } from './voicemails.data';
import type { VoicemailMessageKey } from './voicemails.messages';

export type TranscriptView =
  | { state: 'loading' }
  | { state: 'loaded'; transcript: VoicemailTranscript }
  | { state: 'error'; reason: string };

export type CallBackView =
  { state: 'pending' } | { state: 'queued' } | { state: 'failed'; reason: string };

export interface DetailContext {
  i18n: I18n;
  tv: (key: VoicemailMessageKey, params?: Record<string, string | number>) => string;
  item: Voicemail;
  /** The caller's name, or the formatted number. */
  caller: string;
  player: AudioPlayerController;
  transcript?: TranscriptView;
  callBack?: CallBackView;
  onRetryAudio: () => void;
  onRetryTranscript: () => void;
  onCallBack: () => void;
  onToggleRead: () => void;
  onDelete: (opener: HTMLElement) => void;
}

const INTERACTIVE = 'button, a[href], input, select, textarea, [role="slider"], [contenteditable]';

/**
 * Keys inside the opened voicemail: Escape closes it and puts focus back on its row; Space
 * plays/pauses unless it is meant for a control.
 */
export function detailKeydown(
  event: KeyboardEvent,
  item: Voicemail,
  actions: { close: () => Promise<unknown>; togglePlayback: () => void },
): void {
  const target = event.composedPath()[0];
  if (event.key === 'Escape') {
    event.preventDefault();
    event.stopPropagation();
    const root = (event.currentTarget as Node).getRootNode() as ParentNode;
    void actions
      .close()
      .then(() =>
        root.querySelector<HTMLElement>(`[data-id="${cssEscape(item.id)}"] .row__main`)?.focus(),
      );
    return;
  }
  if (event.key === ' ' && !(target instanceof Element && target.closest(INTERACTIVE))) {
    event.preventDefault();
    actions.togglePlayback();
  }
}

function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/"/g, '\\"');
}

export function renderDetail(ctx: DetailContext): TemplateResult {
  const { i18n, tv, item, caller, callBack } = ctx;
  const dialable = /\d/.test(item.from_number);
  const number = i18n.phone(item.from_number);
  return html`
    ${audioPlayerTemplate(ctx.player, {
      i18n,
      label: tv('playerLabel', { caller }),
      downloadUrl: item.audio_url,
      downloadFilename: `voicemail-${item.id}.${item.format || 'mp3'}`,
      onRetry: ctx.onRetryAudio,
    })}
    <div class="detail__body">
      <section
        class="detail__section detail__section--summary"
        aria-labelledby=${`vm-sum-${item.id}`}
      >
        <p class="detail__label" id=${`vm-sum-${item.id}`}>${i18n.t('calls.summary')}</p>
        ${
          item.summary
            ? html`<p class="detail__summary">${item.summary}</p>`
            : html`<p class="detail__muted">${tv('noSummary')}</p>`
        }
      </section>
      <section class="detail__section" aria-labelledby=${`vm-tr-${item.id}`}>
        <p class="detail__label" id=${`vm-tr-${item.id}`}>${i18n.t('calls.transcript.title')}</p>
        ${renderTranscript(ctx)}
      </section>
    </div>
    <div class="detail__actions">
      <button
        type="button"
        class="btn btn--primary btn--sm"
        ?disabled=${!dialable || callBack?.state === 'pending'}
        @click=${ctx.onCallBack}
      >
        ${iconPhone}<span>${i18n.t('calls.callBack')}</span>
      </button>
      <button type="button" class="btn btn--secondary btn--sm" @click=${ctx.onToggleRead}>
        ${item.is_read ? iconMail : iconMailOpen}<span
          >${i18n.t(item.is_read ? 'voicemails.markUnread' : 'voicemails.markRead')}</span
        >
      </button>
      <button
        type="button"
        class="btn btn--ghost btn--sm detail__delete"
        @click=${(event: Event) => ctx.onDelete(event.currentTarget as HTMLElement)}
      >
        ${iconTrash}<span>${i18n.t('common.delete')}</span>
      </button>
    </div>
    <p
      class="detail__status ${callBack?.state === 'failed' ? 'detail__status--error' : ''}"
      role="status"
    >
      ${
        callBack?.state === 'pending'
          ? tv('callingBack')
          : callBack?.state === 'queued'
            ? tv('callBackQueued', { number })
            : callBack?.state === 'failed'
              ? tv('callBackFailed', { number, reason: callBack.reason })
              : nothing
      }
    </p>
  `;
}

function renderTranscript({
  i18n,
  tv,
  transcript: view,
  onRetryTranscript,
}: DetailContext): TemplateResult {
  if (!view || view.state === 'loading') {
    return html`<div class="transcript-loading" role="status">
      <span class="visually-hidden">${i18n.t('common.loading')}</span>
      <span class="skeleton-line" aria-hidden="true"></span>
      <span class="skeleton-line skeleton-line--short" aria-hidden="true"></span>
    </div>`;
  }
  if (view.state === 'error') {
    return html`<div class="transcript-state transcript-state--error" role="alert">
      <span>${tv('transcriptError')} ${view.reason}</span>
      <button type="button" class="btn btn--secondary btn--sm" @click=${onRetryTranscript}>
        ${i18n.t('common.retry')}
      </button>
    </div>`;
  }
  const { transcript } = view;
  switch (transcript.status) {
    case 'pending':
    case 'processing': {
      const pending = transcript.status === 'pending';
      return html`<div class="transcript-state" role="status" data-status=${transcript.status}>
        <span class="spinner" aria-hidden="true"></span>
        <span>
          <strong
            >${i18n.t(pending ? 'calls.transcript.pending' : 'calls.transcript.processing')}</strong
          >
          <span class="detail__muted"
            >${tv(pending ? 'transcriptPendingHint' : 'transcriptProcessingHint')}</span
          >
        </span>
      </div>`;
    }
    case 'failed':
      return html`<div class="transcript-state" data-status="failed">
        ${iconAlert}
        <span>
          <strong>${i18n.t('calls.transcript.failed')}</strong>
          <span class="detail__muted">${tv('transcriptFailedHint')}</span>
        </span>
      </div>`;
    default:
      return transcript.text?.trim()
        ? html`<p class="transcript" part="transcript">${transcript.text}</p>`
        : html`<p class="detail__muted">${tv('transcriptEmpty')}</p>`;
  }
}

export const detailStyles = css`
  .detail .player {
    background: var(--_bg);
  }
  .detail__body {
    display: grid;
    gap: calc(var(--_space) * 4);
  }
  .detail__section {
    min-width: 0;
  }
  .detail__label {
    margin: 0 0 calc(var(--_space) * 1);
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .detail__summary {
    margin: 0;
    font-weight: 500;
  }
  .detail__muted {
    display: block;
    margin: 0;
    color: var(--_text-secondary);
  }
  .transcript {
    margin: 0;
    max-width: 72ch;
    line-height: 1.6;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .transcript-state {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 2.5);
    padding: calc(var(--_space) * 3);
    border: 1px dashed var(--_border-strong);
    border-radius: var(--_radius);
  }
  .transcript-state > span {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
  }
  .transcript-state[data-status='failed'] {
    color: var(--_warning);
  }
  .transcript-state[data-status='failed'] strong {
    color: var(--_text);
  }
  .transcript-state--error {
    align-items: center;
    justify-content: space-between;
    border-style: solid;
    border-color: color-mix(in srgb, var(--_danger) 40%, var(--_border));
    color: var(--_danger);
  }
  .transcript-loading {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .skeleton-line {
    display: block;
    height: 10px;
    border-radius: 999px;
    background: var(--_skeleton);
  }
  .skeleton-line--short {
    width: 60%;
  }

  .detail__actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .detail__delete {
    color: var(--_danger);
  }
  .detail__status {
    margin: calc(var(--_space) * -2) 0 0;
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
  }
  .detail__status:empty {
    display: none;
  }
  .detail__status--error {
    color: var(--_danger);
  }

  @container inbox (min-width: 720px) {
    .detail__body {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      gap: calc(var(--_space) * 6);
    }
  }
`;
