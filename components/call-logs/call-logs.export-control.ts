import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { TemplateResult } from 'lit';
import { isAbortError } from '../../src/base/load-error';
import type { DialstackClient } from '../../src/core/types';
import { iconDownload } from '../../src/ui/icons';
import type { CallQueryFilters } from './call-logs.data';
import type { CallLogsTranslate } from './call-logs.text';

type ExportState =
  | { status: 'idle' }
  | { status: 'running'; count: number }
  | { status: 'done'; count: number }
  | { status: 'canceled' }
  | { status: 'error' };

/** What an export needs; undefined `client` or `filters` disables the button. */
export interface ExportRequest {
  client: DialstackClient | undefined;
  filters: CallQueryFilters | undefined;
  userName: (id: string) => string | undefined;
  filename: () => string;
  /** Where the temporary download link goes (the element's shadow root). */
  root: Node;
}

/**
 * The "Export CSV" control of call logs: the button, progress with cancel, and the outcome.
 * The export itself (every page, CSV, download) is a chunk loaded on the first click.
 */
export class CsvExportController implements ReactiveController {
  private state: ExportState = { status: 'idle' };
  private controller?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  async start(request: ExportRequest): Promise<void> {
    const { client, filters } = request;
    if (!client || !filters || this.state.status === 'running') return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.set({ status: 'running', count: 0 });
    try {
      const { exportCallsCsv, downloadCsv } = await import('./call-logs.export');
      const { csv, count } = await exportCallsCsv(client, filters, {
        signal: controller.signal,
        onProgress: (n) => {
          if (!controller.signal.aborted) this.set({ status: 'running', count: n });
        },
        userName: request.userName,
      });
      if (controller.signal.aborted) return;
      downloadCsv(csv, request.filename(), request.root);
      this.set({ status: 'done', count });
    } catch (error) {
      if (this.controller !== controller) return;
      const canceled = isAbortError(error) || controller.signal.aborted;
      this.set(canceled ? { status: 'canceled' } : { status: 'error' });
    }
  }

  cancel(): void {
    if (this.state.status !== 'running') return;
    this.controller?.abort();
    this.set({ status: 'canceled' });
  }

  render(t: CallLogsTranslate, request: () => ExportRequest): TemplateResult {
    const state = this.state;
    const enabled = Boolean(request().client && request().filters);
    let message: TemplateResult | typeof nothing = nothing;
    if (state.status === 'running') {
      message = html`<span class="export__bar" aria-hidden="true"></span>${
          state.count === 0
            ? t('callLogs.export.preparing')
            : t('callLogs.export.progress', { count: state.count })
        }`;
    } else if (state.status === 'done') {
      message = html`<span class="export__message" data-tone="success"
        >${t('callLogs.export.done', { count: state.count })}</span
      >`;
    } else if (state.status === 'canceled') {
      message = html`<span class="export__message">${t('callLogs.export.canceled')}</span>`;
    } else if (state.status === 'error') {
      message = html`<span class="export__message" data-tone="danger"
        >${t('callLogs.export.failed')}</span
      >`;
    }
    return html`<div class="export">
      <span role="status" aria-live="polite" class="export__progress">${message}</span>
      ${
        state.status === 'running'
          ? html`<button
              type="button"
              class="btn btn--secondary btn--sm"
              @click=${() => this.cancel()}
            >
              ${t('callLogs.export.cancel')}
            </button>`
          : html`<button
              type="button"
              class="btn btn--secondary btn--sm"
              part="export-button"
              ?disabled=${!enabled}
              @click=${() => void this.start(request())}
            >
              ${iconDownload} ${t('callLogs.export.button')}
            </button>`
      }
    </div>`;
  }

  private set(state: ExportState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
