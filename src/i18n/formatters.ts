import { dateTimeFormat, listFormat, numberFormat, relativeTimeFormat } from './intl-cache';
import { asUtcMs } from './wall-clock';

/** A date, an ISO string or epoch milliseconds. */
export type DateInput = Date | string | number;

export interface FormatContext {
  locale: string;
  timeZone: string | undefined;
}

export type DurationStyle = 'clock' | 'short' | 'long';

function toDate(value: DateInput | null | undefined): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function withZone(
  context: FormatContext,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormatOptions {
  return context.timeZone ? { ...options, timeZone: context.timeZone } : options;
}

/** Formats a date (default: medium date, e.g. "Mar 5, 2026"); '' for missing or invalid input. */
export function formatDate(
  context: FormatContext,
  value: DateInput | null | undefined,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const date = toDate(value);
  return date ? dateTimeFormat(context.locale, withZone(context, options)).format(date) : '';
}

export function formatTime(context: FormatContext, value: DateInput | null | undefined): string {
  return formatDate(context, value, { timeStyle: 'short' });
}

export function formatDateTime(
  context: FormatContext,
  value: DateInput | null | undefined,
): string {
  return formatDate(context, value, { dateStyle: 'medium', timeStyle: 'short' });
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A calendar date ("2026-12-24") or a reading without a zone ("2026-12-04T08:00:00", the
 * contract's `date` and `date-time-local`), formatted as written: no time zone applies (a
 * holiday or a hold is in its schedule's zone, whatever the viewer's). Other input as given.
 */
export function formatWallDate(context: FormatContext, value: string | null | undefined): string {
  const match = value ? WALL.exec(value) : null;
  if (!match) return value ?? '';
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(asUtcMs({ year, month, day, hour, minute, second }));
  // "2026-02-30" or "25:00" would roll over into another day: shown as given instead.
  if (date.getUTCDate() !== day || date.getUTCHours() !== hour) return value!;
  const options: Intl.DateTimeFormatOptions = match[4]
    ? { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }
    : { dateStyle: 'medium', timeZone: 'UTC' };
  return dateTimeFormat(context.locale, options).format(date);
}

function splitSeconds(totalSeconds: number): { hours: number; minutes: number; seconds: number } {
  const whole = Math.max(0, Math.floor(totalSeconds));
  return {
    hours: Math.floor(whole / 3600),
    minutes: Math.floor((whole % 3600) / 60),
    seconds: whole % 60,
  };
}

/**
 * Formats a duration in seconds:
 * - `clock` (default): "1:05", "1:02:03" — compact, for lists and players;
 * - `short`: "1 min 5 sec" — readable labels;
 * - `long`: "1 minute, 5 seconds" — for screen readers (`aria-valuetext`, `aria-label`).
 * Invalid input is treated as 0.
 */
export function formatDuration(
  context: FormatContext,
  seconds: number | null | undefined,
  style: DurationStyle = 'clock',
): string {
  const safe = typeof seconds === 'number' && Number.isFinite(seconds) ? seconds : 0;
  const { hours, minutes, seconds: secs } = splitSeconds(safe);
  if (style === 'clock') {
    const pad = (n: number) => String(n).padStart(2, '0');
    return hours > 0 ? `${hours}:${pad(minutes)}:${pad(secs)}` : `${minutes}:${pad(secs)}`;
  }
  const unitDisplay = style === 'long' ? 'long' : 'short';
  const parts: string[] = [];
  const add = (value: number, unit: 'hour' | 'minute' | 'second') => {
    parts.push(numberFormat(context.locale, { style: 'unit', unit, unitDisplay }).format(value));
  };
  if (hours) add(hours, 'hour');
  if (minutes) add(minutes, 'minute');
  if (secs || parts.length === 0) add(secs, 'second');
  return listFormat(context.locale, {
    type: 'unit',
    style: style === 'long' ? 'long' : 'narrow',
  }).format(parts);
}

const RELATIVE_STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.345],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/**
 * "2 hours ago", "in 3 days", "yesterday", "now": picks the largest unit that keeps the value
 * at least 1. '' for missing or invalid input.
 */
export function formatRelativeTime(
  context: FormatContext,
  value: DateInput | null | undefined,
  now: DateInput = Date.now(),
): string {
  const date = toDate(value);
  const reference = toDate(now);
  if (!date || !reference) return '';
  let amount = (date.getTime() - reference.getTime()) / 1000;
  const format = relativeTimeFormat(context.locale, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.round(Math.abs(amount)) < size) {
      // Under 10 seconds reads as "now".
      if (unit === 'second' && Math.abs(amount) < 10) return format.format(0, 'second');
      return format.format(Math.round(amount), unit);
    }
    amount /= size;
  }
  return '';
}

export function formatNumber(
  context: FormatContext,
  value: number | null | undefined,
  options?: Intl.NumberFormatOptions,
): string {
  if (typeof value !== 'number' || Number.isNaN(value)) return '';
  return numberFormat(context.locale, options).format(value);
}

/** `0.256` -> "25.6%" (ratio in, like `Intl`); up to one fraction digit by default. */
export function formatPercent(
  context: FormatContext,
  ratio: number | null | undefined,
  options: Intl.NumberFormatOptions = { maximumFractionDigits: 1 },
): string {
  return formatNumber(context, ratio, { ...options, style: 'percent' });
}

export function formatList(
  context: FormatContext,
  items: Iterable<string>,
  type: Intl.ListFormatType = 'conjunction',
): string {
  return listFormat(context.locale, { type, style: 'long' }).format([...items]);
}

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** 512 -> "512 bytes", 2960000 -> "2.8 MB" (binary multiples, the names file managers use). */
export function formatFileSize(context: FormatContext, bytes: number | null | undefined): string {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return '';
  let value = bytes;
  let index = 0;
  while (value >= 1024 && index < SIZE_UNITS.length - 1) {
    value /= 1024;
    index += 1;
  }
  return numberFormat(context.locale, {
    style: 'unit',
    unit: SIZE_UNITS[index],
    unitDisplay: index === 0 ? 'long' : 'short',
    maximumFractionDigits: index === 0 || value >= 100 ? 0 : 1,
  }).format(value);
}
