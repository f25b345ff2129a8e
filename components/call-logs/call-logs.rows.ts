/**
 * The grid rows of `<dialstack-call-logs>`: pure templates of the data they are given. Rows
 * carry `data-index` (their place in the whole list, for the keyboard model and the row
 * window) and no listeners: the element handles clicks and keys on the row group.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { I18n } from '../../src/i18n';
import {
  renderCallDirection,
  renderCallParty,
  renderCallQuality,
  renderCallStatus,
  renderDash,
} from '../../src/ui/calls';
import type { CallLog } from './call-logs.data';
import type { CallLogsText } from './call-logs.text';

/** What the rows read. */
export interface CallRowsView {
  readonly text: CallLogsText;
  readonly i18n: I18n;
  readonly selectedId: string | undefined;
  /** Calls that just arrived live (highlighted for a moment). */
  readonly newIds: ReadonlySet<string>;
  /** The row in the tab order. */
  readonly tabbable: number;
  userName(id: string | null | undefined): string | undefined;
  /** The host's row menu (nothing without host actions). */
  rowMenu(call: CallLog, tabIndex: number): TemplateResult | typeof nothing;
  /** The host set actions: the grid has a ninth column for their menus. */
  readonly hasActions: boolean;
}

export function renderHeaderRow(text: CallLogsText, hasActions = false): TemplateResult {
  const { t } = text;
  return html`<div role="rowgroup">
    <div class="row row--head" role="row" aria-rowindex="1">
      <span class="cell cell--time" role="columnheader">${t('callLogs.columns.time')}</span>
      <span class="cell cell--direction" role="columnheader"
        ><span class="head-label">${t('callLogs.columns.direction')}</span></span
      >
      <span class="cell cell--from" role="columnheader">${t('callLogs.columns.from')}</span>
      <span class="cell cell--to" role="columnheader">${t('callLogs.columns.to')}</span>
      <span class="cell cell--user" role="columnheader">${t('callLogs.columns.user')}</span>
      <span class="cell cell--duration" role="columnheader">${t('callLogs.columns.duration')}</span>
      <span class="cell cell--status" role="columnheader">${t('callLogs.columns.status')}</span>
      <span class="cell cell--quality" role="columnheader">${t('callLogs.columns.quality')}</span>
      ${
        hasActions
          ? html`<span class="cell cell--actions" role="columnheader"
              ><span class="visually-hidden">${t('common.moreActions')}</span></span
            >`
          : nothing
      }
    </div>
  </div>`;
}

export function renderCallRow(view: CallRowsView, call: CallLog, index: number): TemplateResult {
  const { text, i18n } = view;
  const d = text.display;
  const { date, time } = text.timeParts(call.started_at);
  const user = view.userName(call.user_id);
  // No whitespace between the cells: each gap would be a text node in every row.
  return html`<div
    class=${classMap({ row: true, 'row--call': true, 'row--new': view.newIds.has(call.id) })}
    part="row"
    role="row"
    data-id=${call.id}
    data-index=${index}
    aria-rowindex=${index + 2}
    aria-selected=${call.id === view.selectedId ? 'true' : 'false'}
    tabindex=${index === view.tabbable ? '0' : '-1'}
  >
    <span class="cell cell--time" role="gridcell"
      >${
        date || time
          ? html`<time datetime=${call.started_at}
              >${time} <span class="cell__sub">${date}</span></time
            >`
          : renderDash(d)
      }</span
    ><span class="cell cell--direction" role="gridcell"
      >${renderCallDirection(call.direction, d)}</span
    ><span class="cell cell--from" role="gridcell"
      >${renderCallParty(call.from_number, call.from_label, d)}</span
    ><span class="cell cell--to" role="gridcell"
      >${renderCallParty(call.to_number, call.to_label, d)}</span
    ><span class="cell cell--user" role="gridcell"
      >${user ?? (call.user_id ? text.t('common.unknown') : renderDash(d))}</span
    ><span class="cell cell--duration" role="gridcell"
      >${
        typeof call.duration_seconds === 'number'
          ? i18n.duration(call.duration_seconds, 'clock')
          : renderDash(d)
      }</span
    ><span class="cell cell--status" role="gridcell">${renderCallStatus(call.status, d)}</span
    ><span class="cell cell--quality" role="gridcell"
      >${renderCallQuality(call.quality_metrics, d)}</span
    >${
      view.hasActions
        ? html`<span class="cell cell--actions" role="gridcell"
            >${view.rowMenu(call, index === view.tabbable ? 0 : -1)}</span
          >`
        : nothing
    }
  </div>`;
}
