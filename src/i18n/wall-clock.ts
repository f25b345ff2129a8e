/** The wall-clock reading of an instant in a time zone, as numbers. */
export interface WallClock {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  /** 0-23 */
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const formats = new Map<string, Intl.DateTimeFormat>();

/** Creating an `Intl.DateTimeFormat` costs far more than using one: keep one per zone. */
function formatFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * What a clock in `timeZone` (an IANA name; undefined: the browser's) shows at `date`.
 * Throws a `RangeError` for a zone the runtime does not know.
 */
export function wallClock(date: Date, timeZone?: string): WallClock {
  const out: Record<string, string> = {};
  for (const part of formatFor(timeZone).formatToParts(date)) out[part.type] = part.value;
  return {
    year: Number(out.year),
    month: Number(out.month),
    day: Number(out.day),
    hour: Number(out.hour) % 24,
    minute: Number(out.minute),
    second: Number(out.second),
    weekday: WEEKDAYS.indexOf(out.weekday!),
  };
}

/** A wall-clock reading to turn into an instant (seconds default to 0). */
export interface WallClockTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

/** The reading as if it were UTC, in ms (years 0-99 kept as such, not taken as 19xx). */
export function asUtcMs(t: WallClockTime): number {
  const date = new Date(Date.UTC(2000, t.month - 1, t.day, t.hour, t.minute, t.second ?? 0));
  date.setUTCFullYear(t.year, t.month - 1, t.day);
  return date.getTime();
}

/** Offset of `timeZone` from UTC at instant `ms`, in ms (positive east of Greenwich). */
export function zoneOffsetAt(ms: number, timeZone?: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return asUtcMs(wallClock(new Date(whole), timeZone)) - whole;
}

/** The widest a zone's offset ranges (UTC−12 … UTC+14), with room for historic oddities. */
const SPAN = 15 * 3_600_000;

/**
 * The instant at which a clock in `timeZone` reads `time`, for any offset change (DST of an
 * hour or of 30 minutes as on Lord Howe, a zone moving by a whole day as Samoa did):
 * - a reading that happens once gives that instant;
 * - in an overlap (the reading happens twice, clocks going back) the earlier instant;
 * - in a gap (the reading never happens, clocks going forward) the reading is taken with the
 *   offset in force before the change, i.e. moved forward by the gap's length (02:30 on a
 *   spring-forward night in New York is 03:30 EDT) — what `Temporal`'s `'compatible'` does.
 * The offsets tried are every offset in force within a day around the reading, so no fixed
 * DST length is assumed. Throws a `RangeError` for a zone the runtime does not know.
 */
export function zonedTimeToInstant(time: WallClockTime, timeZone?: string): Date {
  const local = asUtcMs(time);
  // The instant sought lies within SPAN of `local`: gather the offsets in force there.
  const offsets = new Set<number>();
  for (let probe = local - SPAN; probe <= local + SPAN; probe += SPAN / 5)
    offsets.add(zoneOffsetAt(probe, timeZone));
  const exact: number[] = [];
  const skipped: number[] = [];
  for (const offset of offsets) {
    const candidate = local - offset;
    const actual = zoneOffsetAt(candidate, timeZone);
    if (actual === offset) exact.push(candidate);
    // Read with an offset from before a forward change, the candidate falls after it.
    else if (actual > offset) skipped.push(candidate);
  }
  if (exact.length) return new Date(Math.min(...exact));
  if (skipped.length) return new Date(Math.min(...skipped));
  return new Date(local - zoneOffsetAt(local, timeZone));
}
