/**
 * The opened voicemail (internal): player, AI summary, transcript in every state, actions.
 * Properties down (the voicemail, i18n, the inbox's player and what it knows of the transcript
 * and call back), events up; the inbox owns the data and the actions. It lives in the lazily
 * loaded chunk with the player: the inbox renders the element at once, and it upgrades in place
 * when the chunk arrives. Text from the API goes through Lit bindings only: a transcript
 * containing markup is text.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { CallBackStatus } from '../../src/base/call-back';
import type { I18n } from '../../src/i18n/index';
import type { AudioPlayerController } from '../../src/ui/audio-player';
import { audioPlayerTemplate } from '../../src/ui/audio-player-template';
import { iconAlert, iconMail, iconMailOpen, iconPhone, iconTrash } from '../../src/ui/icons';
import type { Voicemail, VoicemailTranscript } from './voicemails.data';
import { tVoicemail, type VoicemailMessageKey } from './voicemails.messages';
import { voicemailDetailStyles } from './voicemail-detail.styles';

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-voicemail-detail': DialstackVoicemailDetail;
  }
}

export type TranscriptView =
  | { state: 'loading' }
  | { state: 'loaded'; transcript: VoicemailTranscript }
  | { state: 'error'; reason: string };

const INTERACTIVE = 'button, a[href], input, select, textarea, [role="slider"], [contenteditable]';

/**
 * One voicemail in full (internal).
 *
 * @internal
 * @fires close - Escape inside the panel: the inbox closes it and puts focus back on its row.
 * @fires toggle-playback - Space outside a control: play or pause.
 * @fires retry-audio - "Try again" on a player that could not load the audio.
 * @fires retry-transcript - "Try again" on a transcript that could not be fetched.
 * @fires call-back - "Call back".
 * @fires toggle-read - "Mark as read" / "Mark as unread".
 * @fires {CustomEvent<HTMLElement>} delete-request - "Delete"; `detail` is the button (focus
 *   returns to it when the confirmation is dismissed).
 * @csspart audio-player - The audio player.
 * @csspart transcript - The transcript text.
 */
export class DialstackVoicemailDetail extends LitElement {
  static override styles = voicemailDetailStyles;

  /** The parts a containing element re-exports (`exportparts`). */
  static readonly parts = 'audio-player, transcript';

  @property({ attribute: false }) item!: Voicemail;
  @property({ attribute: false }) i18n!: I18n;
  /** The caller's name, or the formatted number. */
  @property({ attribute: false }) caller = '';
  /**
   * The inbox's player, pointed at this voicemail. It asks the inbox (its host) to update when it
   * changes, and the inbox then sets it again: always re-render on that.
   */
  @property({ attribute: false, hasChanged: () => true }) player!: AudioPlayerController;
  @property({ attribute: false }) transcript?: TranscriptView;
  @property({ attribute: false }) callBack?: CallBackStatus;

  constructor() {
    super();
    this.addEventListener('keydown', (event) => this.onKeydown(event));
  }

  private tv(key: VoicemailMessageKey, params?: Record<string, string | number>): string {
    return tVoicemail(this.i18n, key, params);
  }

  private fire(type: string, detail?: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  private onKeydown(event: KeyboardEvent): void {
    const target = event.composedPath()[0];
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.fire('close');
      return;
    }
    if (event.key === ' ' && !(target instanceof Element && target.closest(INTERACTIVE))) {
      event.preventDefault();
      this.fire('toggle-playback');
    }
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.item || !this.i18n || !this.player) return nothing;
    const { i18n, item, caller, callBack } = this;
    const tv = this.tv.bind(this);
    const dialable = /\d/.test(item.from_number);
    const number = i18n.phone(item.from_number);
    return html`
      ${audioPlayerTemplate(this.player, {
        i18n,
        label: tv('playerLabel', { caller }),
        downloadUrl: item.audio_url,
        downloadFilename: `voicemail-${item.id}.${item.format || 'mp3'}`,
        onRetry: () => this.fire('retry-audio'),
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
          ${this.renderTranscript()}
        </section>
      </div>
      <div class="detail__actions">
        <button
          type="button"
          class="btn btn--primary btn--sm"
          ?disabled=${!dialable || callBack?.state === 'calling'}
          @click=${() => this.fire('call-back')}
        >
          ${iconPhone}<span>${i18n.t('calls.callBack')}</span>
        </button>
        <button
          type="button"
          class="btn btn--secondary btn--sm"
          @click=${() => this.fire('toggle-read')}
        >
          ${item.is_read ? iconMail : iconMailOpen}<span
            >${this.tv(item.is_read ? 'markUnread' : 'markRead')}</span
          >
        </button>
        <button
          type="button"
          class="btn btn--ghost btn--sm detail__delete"
          @click=${(event: Event) => this.fire('delete-request', event.currentTarget)}
        >
          ${iconTrash}<span>${i18n.t('common.delete')}</span>
        </button>
      </div>
      <slot name="host"></slot>
      <p
        class="detail__status ${callBack?.state === 'failed' ? 'detail__status--error' : ''}"
        role="status"
      >
        ${
          callBack?.state === 'calling'
            ? tv('callingBack')
            : callBack?.state === 'queued'
              ? tv('callBackQueued', { number })
              : callBack?.state === 'failed'
                ? tv('callBackFailed', { number, reason: callBack.reason ?? '' })
                : nothing
        }
      </p>
    `;
  }

  private renderTranscript(): TemplateResult {
    const { i18n, transcript: view } = this;
    const tv = this.tv.bind(this);
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
        <button
          type="button"
          class="btn btn--secondary btn--sm"
          @click=${() => this.fire('retry-transcript')}
        >
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
}
