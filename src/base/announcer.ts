import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * A polite screen-reader live region. `announce(text)` clears the region, then sets the text
 * after the next render, so identical messages are announced again. Render `render()` once,
 * somewhere that always exists (the region must be in the DOM before its text changes).
 */
export class AnnouncerController implements ReactiveController {
  private message = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The text in the region now (tests and the host's own status text). */
  get text(): string {
    return this.message;
  }

  announce(message: string): void {
    this.message = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.message = message;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.message = '';
  }

  render(): unknown {
    return html`<div class="visually-hidden" role="status" aria-live="polite">
      ${this.message}
    </div>`;
  }
}
