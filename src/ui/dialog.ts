import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { createRef, ref, type Ref } from 'lit/directives/ref.js';
import { iconClose } from './icons';
import { deepActiveElement, uniqueId } from './focus';

/**
 * Modal dialogs on the native `<dialog>` + `showModal()`: the browser makes the page inert,
 * moves focus in and closes on Escape; the controller returns focus to the opener on close and
 * closes on a backdrop click. Needs `buttonStyles` and `iconStyles` next to `dialogStyles`.
 */
export const dialogStyles = css`
  .dialog {
    width: min(100vw - 32px, 440px);
    max-height: min(100vh - 32px, 720px);
    margin: auto;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_bg);
    color: var(--_text);
    box-shadow: var(--_shadow);
    overflow: auto;
  }
  .dialog--wide {
    width: min(100vw - 32px, 640px);
  }
  .dialog::backdrop {
    background: rgb(15 17 26 / 45%);
  }
  .dialog[open] {
    animation: dialog-in 160ms ease-out;
  }
  @keyframes dialog-in {
    /* Movement only: fading the text in would briefly fail contrast (and axe) checks. */
    from {
      transform: translateY(8px) scale(0.98);
    }
  }
  .dialog__header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 5) calc(var(--_space) * 5) 0;
  }
  .dialog__title {
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: 600;
    line-height: 1.4;
  }
  .dialog__close {
    margin: calc(var(--_space) * -1.5) calc(var(--_space) * -2) 0 0;
  }
  .dialog__body {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 5) 0;
    color: var(--_text-secondary);
  }
  .dialog__body > p {
    margin: 0;
  }
  .dialog__footer {
    display: flex;
    flex-wrap: wrap-reverse;
    justify-content: flex-end;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 6) calc(var(--_space) * 5) calc(var(--_space) * 5);
  }
  @media (max-width: 480px) {
    .dialog__footer > .btn {
      flex: 1 1 auto;
    }
  }
`;

export interface DialogControllerOptions {
  /** Called after the dialog closed with its return value ('' when dismissed). */
  onClose?: (returnValue: string) => void;
}

export class DialogController implements ReactiveController {
  /** Bind to the `<dialog>` (`dialogTemplate` does it). */
  readonly dialogRef: Ref<HTMLDialogElement> = createRef();
  readonly titleId = uniqueId('dialstack-dialog-title');
  private readonly host: ReactiveControllerHost;
  private readonly options: DialogControllerOptions;
  private opener: HTMLElement | null = null;
  private isOpen = false;

  constructor(host: ReactiveControllerHost, options: DialogControllerOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  get open(): boolean {
    return this.isOpen;
  }

  /** Renders (if needed) and opens the dialog modally; focus returns to `opener` on close. */
  async show(opener: HTMLElement | null = deepActiveElement()): Promise<void> {
    this.opener = opener;
    this.isOpen = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialogRef.value;
    if (!dialog) return;
    // Backdrop clicks dismiss (Escape is the keyboard equivalent, handled natively).
    dialog.addEventListener('click', this.handleClick);
    if (!dialog.open) dialog.showModal();
  }

  close(returnValue = ''): void {
    const dialog = this.dialogRef.value;
    if (dialog?.open) dialog.close(returnValue);
    this.finishClose(returnValue);
  }

  hostDisconnected(): void {
    if (this.isOpen) this.close();
  }

  /** `close` event of the dialog: after `close()`, Escape or a form with method=dialog. */
  readonly handleClose = (event: Event): void => {
    const dialog = event.target as HTMLDialogElement;
    // Ignore a late event from a close the controller already handled (and maybe reopened).
    if (!dialog.open) this.finishClose(dialog.returnValue);
  };

  /** A click on the backdrop (outside the dialog box) dismisses it. */
  readonly handleClick = (event: MouseEvent): void => {
    const dialog = event.currentTarget as HTMLDialogElement;
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) dialog.close('');
  };

  private finishClose(returnValue: string): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.host.requestUpdate();
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    this.options.onClose?.(returnValue);
  }
}

export interface DialogTemplateOptions {
  title: string;
  body: unknown;
  /** Buttons; a button with `value` inside `<form method="dialog">` closes with that value. */
  footer?: unknown;
  /** Accessible name of the × button; omit to hide it. */
  closeLabel?: string;
  wide?: boolean;
  /** Use `alertdialog` for confirmations of destructive actions. */
  role?: 'dialog' | 'alertdialog';
  part?: string;
}

/** The dialog markup; renders nothing while closed. */
export function dialogTemplate(
  controller: DialogController,
  options: DialogTemplateOptions,
): TemplateResult | typeof nothing {
  if (!controller.open) return nothing;
  return html`<dialog
    ${ref(controller.dialogRef)}
    class="dialog ${options.wide ? 'dialog--wide' : ''}"
    part=${options.part ?? 'dialog'}
    role=${options.role === 'alertdialog' ? 'alertdialog' : nothing}
    aria-labelledby=${controller.titleId}
    @close=${controller.handleClose}
  >
    <form method="dialog">
      <div class="dialog__header">
        <h2 class="dialog__title" id=${controller.titleId}>${options.title}</h2>
        ${
          options.closeLabel
            ? html`<button
                class="btn btn--ghost btn--icon dialog__close"
                value=""
                aria-label=${options.closeLabel}
                title=${options.closeLabel}
              >
                ${iconClose}
              </button>`
            : nothing
        }
      </div>
      <div class="dialog__body">${options.body}</div>
      ${options.footer ? html`<div class="dialog__footer">${options.footer}</div>` : nothing}
    </form>
  </dialog>`;
}
