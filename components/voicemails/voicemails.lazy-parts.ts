/**
 * The inbox's interactive parts (player, dialog, toast, transcripts, deletes, call back,
 * arrivals) live in a lazily loaded chunk: this loads it on idle after the list is on screen,
 * or on first use, and creates the parts once.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ConfirmController } from '../../src/ui/confirm-dialog';
import type { ToastController } from '../../src/ui/toast';
import type { ArrivalsController } from './voicemails.arrivals';
import type { CallBackController } from './voicemails.call-back';
import type { DeleteController } from './voicemails.delete';
import type { VoicemailsHost } from './voicemails.host';
import type { PlaybackController } from './voicemails.playback';
import type { TranscriptController } from './voicemails.transcripts';

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
        callBacks: new module.CallBackController(this.view),
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

  /** Fetches the chunk when the browser is idle (after the list is on screen). */
  prefetch(): void {
    if (this.loading) return;
    const idle =
      (globalThis as { requestIdleCallback?: (callback: () => void) => void })
        .requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
    idle(() => void this.load());
  }
}
