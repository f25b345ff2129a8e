import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { DialogController, dialogTemplate } from './dialog';

export interface ConfirmOptions {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  /** `danger` styles the confirm button red, uses `alertdialog` and focuses Cancel first. */
  tone?: 'primary' | 'danger';
}

/**
 * "Are you sure?" dialogs as a promise:
 * `if (await this.confirmer.confirm({ … })) deleteIt();` with `${this.confirmer.render()}`
 * somewhere in the element's template. Escape, the backdrop and Cancel resolve `false`.
 */
export class ConfirmController implements ReactiveController {
  private readonly dialog: DialogController;
  private current?: { options: ConfirmOptions; resolve: (confirmed: boolean) => void };

  constructor(host: ReactiveControllerHost) {
    this.dialog = new DialogController(host, {
      onClose: (returnValue) => this.settle(returnValue === 'confirm'),
    });
    host.addController(this);
  }

  get open(): boolean {
    return this.dialog.open;
  }

  /** Opens the dialog; resolves true when confirmed. Focus returns to `opener` afterwards. */
  confirm(options: ConfirmOptions, opener?: HTMLElement | null): Promise<boolean> {
    this.settle(false);
    return new Promise<boolean>((resolve) => {
      this.current = { options, resolve };
      void this.dialog.show(opener);
    });
  }

  hostDisconnected(): void {
    this.settle(false);
  }

  render(): TemplateResult | typeof nothing {
    const options = this.current?.options;
    if (!options) return nothing;
    const danger = options.tone === 'danger';
    return dialogTemplate(this.dialog, {
      title: options.title,
      role: danger ? 'alertdialog' : 'dialog',
      body: html`<p>${options.message}</p>`,
      footer: html`<button class="btn btn--secondary" value="cancel" ?autofocus=${danger}>
          ${options.cancelLabel}
        </button>
        <button
          class="btn ${danger ? 'btn--danger' : 'btn--primary'}"
          value="confirm"
          ?autofocus=${!danger}
        >
          ${options.confirmLabel}
        </button>`,
    });
  }

  private settle(confirmed: boolean): void {
    const current = this.current;
    if (!current) return;
    this.current = undefined;
    if (this.dialog.open) this.dialog.close(confirmed ? 'confirm' : '');
    current.resolve(confirmed);
  }
}
