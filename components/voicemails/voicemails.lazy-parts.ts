/**
 * The inbox's interactive parts (player, dialog, toast, transcripts, deletes, call back,
 * arrivals) live in a lazily loaded chunk: this loads it on idle after the list is on screen,
 * or on first use, and creates the parts once.
 */
import { whenIdle } from '../../src/ui/schedule';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CallBackController } from '../../src/base/call-back';
import type { ConfirmController } from '../../src/ui/confirm-dialog';
import type { ToastController } from '../../src/ui/toast';
import type { ArrivalsController } from './voicemails.arrivals';
import type { DeleteController } from './voicemails.delete';
import type { Voicemail } from './voicemails.data';
import type { VoicemailsHost } from './voicemails.host';
import type { PlaybackController } from './voicemails.playback';
import type { TranscriptController } from './voicemails.transcripts';

/** The detail's parts, re-exported so a host page styles them through the inbox. */
const DialstackVoicemailDetailParts = 'audio-player, transcript';

export type LazyModule = typeof import('./voicemails.lazy');

/** The interactive parts, created when the lazy chunk arrives. */
export interface LazyParts {
  module: LazyModule;
  playback: PlaybackController;
  confirmer: ConfirmController;
  toasts: ToastController;
  transcripts: TranscriptController;
  deletes: DeleteController;
  callBacks: CallBackController;
  arrivals: ArrivalsController;
}

export class LazyPartsLoader {
  /** The parts, once loaded. */
  parts?: LazyParts;
  private loading?: Promise<LazyParts>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly view: VoicemailsHost,
  ) {}

  load(): Promise<LazyParts> {
    this.loading ??= import('./voicemails.lazy').then((module) => {
      const host = this.host;
      const confirmer = new module.ConfirmController(host);
      const toasts = new module.ToastController(host);
      const parts: LazyParts = {
        module,
        playback: new module.PlaybackController(this.view),
        confirmer,
        toasts,
        transcripts: new module.TranscriptController(this.view),
        deletes: new module.DeleteController(this.view, confirmer, toasts),
        callBacks: module.createCallBacks(this.view),
        arrivals: new module.ArrivalsController(this.view),
      };
      const root = host.shadowRoot;
      if (root && 'adoptedStyleSheets' in root) {
        const sheets = module.lazyStyles
          .map((style) => style.styleSheet)
          .filter((sheet): sheet is CSSStyleSheet => sheet !== undefined);
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
      }
      this.parts = parts;
      host.requestUpdate();
      return parts;
    });
    return this.loading;
  }

  /** Runs `action` with the parts: now when loaded, else once they arrive. */
  with(action: (parts: LazyParts) => unknown): void {
    if (this.parts) action(this.parts);
    else void this.load().then(action);
  }

  /**
   * The opened voicemail. Its container renders before the chunk arrives, so it stays the same
   * element when its content (player, summary, transcript) replaces the placeholder.
   */
  renderDetail(item: Voicemail, hostSection?: TemplateResult): TemplateResult {
    const view = this.view;
    const caller = view.callerName(item);
    const lazy = this.parts;
    return html`<dialstack-voicemail-detail
      class="detail"
      part="detail"
      exportparts=${DialstackVoicemailDetailParts}
      id=${`vm-detail-${item.id}`}
      role="region"
      aria-label=${view.tv('detailLabel', { caller })}
      .item=${item}
      .i18n=${view.i18n()}
      .caller=${caller}
      .player=${lazy?.playback.player}
      .transcript=${lazy?.transcripts.get(item.id)}
      .callBack=${lazy?.callBacks.get(item.id)}
      @close=${() => {
        view.closeDetail();
        void this.host.updateComplete.then(() => this.focusRowOf(item.id));
      }}
      @toggle-playback=${() => view.togglePlayback(item)}
      @retry-audio=${() => {
        if (lazy) void lazy.module.retryAudio(view, lazy.playback, item);
      }}
      @retry-transcript=${() => void lazy?.transcripts.load(item.id)}
      @call-back=${() => {
        if (lazy) void lazy.module.callBackVoicemail(lazy.callBacks, item);
      }}
      @toggle-read=${() => view.toggleRead(item)}
      @delete-request=${(event: CustomEvent<HTMLElement>) =>
        void lazy?.deletes.request([item.id], event.detail)}
    >
      ${
        lazy
          ? nothing
          : // The chunk defining the element is still on its way (usually prefetched by now):
            // a placeholder in its light DOM, hidden once it upgrades.
            html`<div class="player-placeholder" role="status">
              <span class="visually-hidden">${view.i18n().t('common.loading')}</span>
            </div>`
      }
      ${hostSection ?? nothing}
    </dialstack-voicemail-detail>`;
  }

  /** Puts focus back on a voicemail's row (after its detail closed). */
  private focusRowOf(id: string): void {
    const escaped =
      typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/"/g, '\\"');
    this.host.shadowRoot
      ?.querySelector<HTMLElement>(`[part~="row"][data-id="${escaped}"] .row__main`)
      ?.focus();
  }

  /** Fetches the chunk when the browser is idle (after the list is on screen). */
  prefetch(): void {
    if (this.loading) return;
    whenIdle(() => void this.load());
  }
}
