/**
 * Is a schedule open at an instant? As the contract defines it: the hold (until its local
 * `until`) overrides everything; holidays (inclusive local dates) are closed; otherwise open
 * inside a weekly range of the local day. Times are read in the schedule's IANA time zone
 * (the account's default when null). Pure TypeScript (Intl only); never throws.
 */
import { wallClock, zonedTimeToInstant as wallClockToInstant } from '../../src/i18n/wall-clock';
import type { Schedule } from './dial-plan.lookup';

export interface LocalTime {
  /** YYYY-MM-DD */
  date: string;
  /** 0 = Sunday … 6 = Saturday */
  day: number;
  /** HH:MM:SS, 24-hour */
  time: string;
  timeZone: string;
}

export type ScheduleReason = 'hold' | 'holiday' | 'hours' | 'outside_hours';

export interface ScheduleState {
  open: boolean;
  reason: ScheduleReason;
  local: LocalTime;
  /** The hold's `until`, when the hold decided. */
  until?: string;
}

/** A valid IANA zone name, or `fallback` (then UTC). */
export function safeTimeZone(zone: string | null | undefined, fallback = 'UTC'): string {
  for (const candidate of [zone, fallback, 'UTC']) {
    if (!candidate) continue;
    try {
      wallClock(new Date(0), candidate);
      return candidate;
    } catch {
      // not a zone this runtime knows
    }
  }
  return 'UTC';
}

/** The wall-clock date, weekday and time of `instant` in `timeZone`. */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const zone = safeTimeZone(timeZone);
  const clock = wallClock(instant, zone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return {
    date: `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`,
    day: clock.weekday,
    time: `${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}`,
    timeZone: zone,
  };
}

/** "9:00" / "09:00" / "09:00:00" -> "09:00:00"; anything else -> null. */
export function normalizeTime(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(value);
  if (!match) return null;
  return `${match[1]!.padStart(2, '0')}:${match[2]}:${match[3] ?? '00'}`;
}

/** "2025-12-20T17:00" / "…T17:00:00.000" -> "2025-12-20T17:00:00"; anything else -> null. */
function normalizeLocalDateTime(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4}-\d{2}-\d{2})[T ](.+)$/.exec(value);
  const time = match && normalizeTime(match[2]);
  return time ? `${match[1]}T${time}` : null;
}

function inRange(range: unknown, local: LocalTime): boolean {
  if (typeof range !== 'object' || range === null) return false;
  const { day, start, end } = range as Record<string, unknown>;
  const from = normalizeTime(start);
  let to = normalizeTime(end);
  if (typeof day !== 'number' || !from || !to) return false;
  if (to === '00:00:00' || to === '24:00:00') to = '24:00:00';
  if (from < to) return local.day === day && local.time >= from && local.time < to;
  // An overnight range (end at or before start) runs into the next day.
  return (
    (local.day === day && local.time >= from) || (local.day === (day + 1) % 7 && local.time < to)
  );
}

/**
 * The schedule's state at `instant`. A hold applies while the local time is before its
 * `until` (the contract gives no start: it is in force from when it was set, which the plan
 * can't know, so earlier instants are treated as held too).
 */
export function scheduleState(
  schedule: Pick<Schedule, 'timezone' | 'ranges' | 'holidays' | 'hold'>,
  instant: Date,
  defaultTimeZone = 'UTC',
): ScheduleState {
  const local = localTime(instant, safeTimeZone(schedule.timezone, defaultTimeZone));
  const now = `${local.date}T${local.time}`;
  const hold = schedule.hold;
  const until = hold ? normalizeLocalDateTime(hold.until) : null;
  if (hold && until && now < until && typeof hold.value === 'boolean')
    return { open: hold.value, reason: 'hold', local, until: hold.until };
  const holidays = Array.isArray(schedule.holidays) ? schedule.holidays : [];
  for (const holiday of holidays) {
    if (
      typeof holiday?.start === 'string' &&
      typeof holiday.end === 'string' &&
      local.date >= holiday.start.slice(0, 10) &&
      local.date <= holiday.end.slice(0, 10)
    )
      return { open: false, reason: 'holiday', local };
  }
  const ranges = Array.isArray(schedule.ranges) ? schedule.ranges : [];
  return ranges.some((range) => inRange(range, local))
    ? { open: true, reason: 'hours', local }
    : { open: false, reason: 'outside_hours', local };
}

/**
 * The instant at which the wall clock in `timeZone` reads `local` ("2026-12-24T10:30"), for
 * a simulator where the user picks a day and time in the schedule's zone. Any offset change
 * is handled (see `zonedTimeToInstant` in `src/i18n/wall-clock`): in an overlap the earlier
 * instant; in a gap the time moved forward by the gap's length. Null for an unreadable time.
 */
export function zonedTimeToInstant(local: string, timeZone: string): Date | null {
  const normalized = normalizeLocalDateTime(local);
  if (!normalized || Number.isNaN(Date.parse(`${normalized}Z`))) return null;
  const [date, time] = normalized.split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute, second] = time.split(':').map(Number) as [number, number, number];
  return wallClockToInstant({ year, month, day, hour, minute, second }, safeTimeZone(timeZone));
}
