/**
 * CSV export of `<dialstack-call-logs>`, loaded when the person exports: every call matching
 * the filters (through every page), as CSV built safely, downloaded as a file.
 */
import type { DialstackClient } from '../../src/core/types';
import { worstLegMos } from '../../src/ui/calls/call-display';
import { callCursors, MAX_LIMIT, type CallLog, type CallQueryFilters } from './call-logs.data';

/**
 * One CSV cell: text that could start a spreadsheet formula (`=`, `+`, `-`, `@`, or a tab or
 * carriage return that some spreadsheets strip first) is prefixed with `'` so it is shown as
 * text, never evaluated; every cell is quoted, with quotes doubled (RFC 4180).
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(',');
}

export const CSV_HEADER = [
  'id',
  'started_at',
  'answered_at',
  'ended_at',
  'direction',
  'status',
  'from_number',
  'from_label',
  'to_number',
  'to_label',
  'user_id',
  'user_name',
  'duration_seconds',
  'worst_mos',
  'summary',
] as const;

export function csvRowForCall(call: CallLog, userName: (id: string) => string | undefined): string {
  const mos = worstLegMos(call.quality_metrics);
  return csvLine([
    call.id,
    call.started_at,
    call.answered_at,
    call.ended_at,
    call.direction,
    call.status,
    call.from_number,
    call.from_label,
    call.to_number,
    call.to_label,
    call.user_id,
    call.user_id ? userName(call.user_id) : '',
    call.duration_seconds,
    mos,
    call.summary,
  ]);
}

export interface ExportOptions {
  signal?: AbortSignal;
  /** Called after each page with the number of calls exported so far. */
  onProgress?: (count: number) => void;
  userName?: (id: string) => string | undefined;
  /** Calls per request and per progress step (default and most: 100). */
  batchSize?: number;
}

/**
 * Every call matching `filters` as CSV text (header + one line per call, CRLF line ends),
 * streaming through every page (`limit` 100). Rejects with an AbortError when cancelled.
 */
export async function exportCallsCsv(
  client: DialstackClient,
  filters: CallQueryFilters,
  { signal, onProgress, userName = () => undefined, batchSize = MAX_LIMIT }: ExportOptions = {},
): Promise<{ csv: string; count: number }> {
  const cursors = callCursors(client, filters, batchSize);
  const lines = [csvLine(CSV_HEADER)];
  let count = 0;
  onProgress?.(0);
  while (cursors.hasMore) {
    signal?.throwIfAborted();
    const batch = await cursors.next(batchSize, signal);
    for (const call of batch) lines.push(csvRowForCall(call, userName));
    count += batch.length;
    onProgress?.(count);
  }
  signal?.throwIfAborted();
  return { csv: `${lines.join('\r\n')}\r\n`, count };
}

/**
 * Saves `csv` as a file named `filename` (with a BOM, so spreadsheets read UTF-8), through a
 * temporary link appended to `root`.
 */
export function downloadCsv(csv: string, filename: string, root: Node): void {
  const blob = new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
