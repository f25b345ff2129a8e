/**
 * Calendar-day arithmetic in a time zone, for the date filters of `<dialstack-call-logs>`.
 *
 * The `from-date` / `to-date` attributes take a calendar date (`2025-10-18`, read in the
 * element's time zone: `from-date` is the start of that day, `to-date` includes the whole day)
 * or a full ISO 8601 instant (`2025-10-18T14:30:00Z`, used as is). The API receives instants:
 * `from_date` (on or after) and `to_date` (before).
 */
import { wallClock } from '../../src/i18n/wall-clock';

export type DatePreset = 'all' | 'today' | '7d' | '30d' | 'custom';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Offset of `timeZone` from UTC at `date`, in ms (positive east of Greenwich). */
function zoneOffset(date: Date, timeZone: string | undefined): number {
  const p = wallClock(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (date.getTime() - date.getMilliseconds());
}

/** `YYYY-MM-DD` of `date` in `timeZone` (undefined: the browser's). */
export function calendarDate(date: Date, timeZone?: string): string {
  const p = wallClock(date, timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

export function isCalendarDate(value: string): boolean {
  const match = DATE_ONLY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `YYYY-MM-DD` shifted by `days`. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/**
 * The instant a calendar day starts in `timeZone`: its first instant (DST: two passes). Where
 * midnight does not exist — clocks jump from 23:59:59 to 01:00 (Chile's September change) —
 * the day starts at the jump; a day skipped outright (Samoa, 2011-12-30) starts where the next
 * one does.
 */
export function startOfDay(day: string, timeZone?: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  let instant = guess - zoneOffset(new Date(guess), timeZone);
  instant = guess - zoneOffset(new Date(instant), timeZone);
  const dateAt = (ms: number) => calendarDate(new Date(ms), timeZone);
  if (dateAt(instant) < day || dateAt(instant - 1000) >= day) {
    // Not the first second of the day: search for it (dates only grow with time).
    let before = guess - 36 * 3600_000; // on an earlier day
    let after = guess + 36 * 3600_000; // on this day or a later one
    while (after - before > 1000) {
      const middle = before + Math.floor((after - before) / 2000) * 1000;
      if (dateAt(middle) >= day) after = middle;
      else before = middle;
    }
    instant = after;
  }
  return new Date(instant);
}

/**
 * An attribute value as an API instant: a calendar date becomes the start of that day
 * (`from`) or the start of the next day (`to`, exclusive); an ISO instant is normalised;
 * anything else is null (ignored).
 */
export function resolveDateBound(
  value: string | null | undefined,
  bound: 'from' | 'to',
  timeZone?: string,
): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  if (DATE_ONLY.test(text)) {
    if (!isCalendarDate(text)) return null;
    return startOfDay(bound === 'from' ? text : addDays(text, 1), timeZone).toISOString();
  }
  // A full instant needs a time and a zone (Z or ±hh:mm); bare local times are ambiguous.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    return null;
  }
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The `from-date` / `to-date` pair a preset stands for, as calendar dates. */
export function presetRange(
  preset: Exclude<DatePreset, 'custom'>,
  now: Date,
  timeZone?: string,
): { from: string | null; to: string | null } {
  const today = calendarDate(now, timeZone);
  switch (preset) {
    case 'today':
      return { from: today, to: null };
    case '7d':
      return { from: addDays(today, -6), to: null };
    case '30d':
      return { from: addDays(today, -29), to: null };
    default:
      return { from: null, to: null };
  }
}

/** Which preset the attribute pair matches (anything else is 'custom'). */
export function presetFor(
  from: string | null | undefined,
  to: string | null | undefined,
  now: Date,
  timeZone?: string,
): DatePreset {
  const f = from?.trim() || null;
  const t = to?.trim() || null;
  if (!f && !t) return 'all';
  for (const preset of ['today', '7d', '30d'] as const) {
    const range = presetRange(preset, now, timeZone);
    if (range.from === f && range.to === t) return preset;
  }
  return 'custom';
}
