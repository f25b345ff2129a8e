import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { iconClose } from './icons';

export type ToastResult = 'action' | 'timeout' | 'dismiss';

export interface ToastOptions {
  message: string;
  /** An action such as "Undo"; clicking it resolves the toast's promise with 'action'. */
  actionLabel?: string;
  /** Accessible name of the × button (e.g. `t('common.dismiss')`); omit to hide it. */
  dismissLabel?: string;
  /** Visible time in ms (default 6000; paused while hovered or focused). */
  duration?: number;
  tone?: 'neutral' | 'danger';
}

/**
 * Snackbar styles. The region is fixed to the bottom of the viewport, centred, above content.
 * Needs `buttonStyles` and `iconStyles`.
 */
export const toastStyles = css`
  .toast-region {
    position: fixed;
    z-index: 2147483000;
    left: 50%;
    bottom: calc(var(--_space) * 6);
    transform: translateX(-50%);
    width: max-content;
    max-width: calc(100vw - 32px);
    pointer-events: none;
  }
  .toast {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    min-height: 44px;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2) calc(var(--_space) * 1.5)
      calc(var(--_space) * 4);
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_bg);
    box-shadow: var(--_shadow);
    pointer-events: auto;
    animation: toast-in 180ms ease-out;
  }
  .toast--danger {
    background: var(--_danger);
    color: var(--_on-danger);
  }
  .toast__message {
    flex: 1 1 auto;
    margin-right: calc(var(--_space) * 2);
  }
  .toast .btn {
    color: inherit;
  }
  .toast__action {
    font-weight: 600;
  }
  .toast .btn:hover:not(:disabled) {
    background: color-mix(in srgb, currentColor 14%, transparent);
  }
  @keyframes toast-in {
    /* Movement only: fading the text in would briefly fail contrast (and axe) checks. */
    from {
      transform: translateY(8px);
    }
  }
`;

interface ActiveToast {
  options: ToastOptions;
  resolve: (result: ToastResult) => void;
  remaining: number;
  startedAt: number;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * One toast at a time (a new one replaces the current, which resolves 'dismiss'), announced
 * through a polite live region that is always rendered so screen readers catch the change.
 * `show()` resolves with how it ended: `await toasts.show({ message, actionLabel: 'Undo' })`.
 */
export class ToastController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private current?: ActiveToast;
  private hovered = false;
  private focused = false;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** The message on screen, if any. */
  get message(): string | undefined {
    return this.current?.options.message;
  }

  show(options: ToastOptions): Promise<ToastResult> {
    this.finish('dismiss');
    this.hovered = false;
    this.focused = false;
    return new Promise<ToastResult>((resolve) => {
      this.current = { options, resolve, remaining: options.duration ?? 6000, startedAt: 0 };
      this.startTimer();
      this.host.requestUpdate();
    });
  }

  dismiss(): void {
    this.finish('dismiss');
  }

  hostDisconnected(): void {
    this.finish('dismiss');
  }

  private startTimer(): void {
    const toast = this.current;
    if (!toast || toast.timer !== undefined || this.hovered || this.focused) return;
    toast.startedAt = Date.now();
    toast.timer = setTimeout(() => this.finish('timeout'), toast.remaining);
  }

  private pauseTimer(): void {
    const toast = this.current;
    if (!toast || toast.timer === undefined) return;
    clearTimeout(toast.timer);
    toast.timer = undefined;
    toast.remaining = Math.max(0, toast.remaining - (Date.now() - toast.startedAt));
  }

  private finish(result: ToastResult): void {
    const toast = this.current;
    if (!toast) return;
    clearTimeout(toast.timer);
    this.current = undefined;
    this.host.requestUpdate();
    toast.resolve(result);
  }

  private readonly onPointerEnter = () => {
    this.hovered = true;
    this.pauseTimer();
  };
  private readonly onPointerLeave = () => {
    this.hovered = false;
    this.startTimer();
  };
  private readonly onFocusIn = () => {
    this.focused = true;
    this.pauseTimer();
  };
  private readonly onFocusOut = (event: FocusEvent) => {
    const toast = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && toast.contains(event.relatedTarget)) return;
    this.focused = false;
    this.startTimer();
  };

  /** The live region (always present) with the current toast inside. */
  render(): TemplateResult {
    const options = this.current?.options;
    return html`<div class="toast-region" role="status" aria-live="polite" aria-atomic="true">
      ${
        options
          ? html`<div
              class="toast ${options.tone === 'danger' ? 'toast--danger' : ''}"
              part="toast"
              @pointerenter=${this.onPointerEnter}
              @pointerleave=${this.onPointerLeave}
              @focusin=${this.onFocusIn}
              @focusout=${this.onFocusOut}
            >
              <span class="toast__message">${options.message}</span>
              ${
                options.actionLabel
                  ? html`<button
                      type="button"
                      class="btn btn--ghost btn--sm toast__action"
                      @click=${() => this.finish('action')}
                    >
                      ${options.actionLabel}
                    </button>`
                  : nothing
              }
              ${
                options.dismissLabel
                  ? html`<button
                      type="button"
                      class="btn btn--ghost btn--sm btn--icon"
                      aria-label=${options.dismissLabel}
                      title=${options.dismissLabel}
                      @click=${() => this.finish('dismiss')}
                    >
                      ${iconClose}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </div>`;
  }
}
