/**
 * The contract's rule for a port's requested date (`requested_foc_date`): at least 5 business
 * days and at most 30 calendar days from today, on a business day — no weekend, no US federal
 * holiday (as observed: a Saturday holiday is kept on the Friday, a Sunday one on the Monday).
 * Holidays come from `@18f/us-federal-holidays`, loaded on demand (it is only needed once a
 * person reaches the date field). Dates are `YYYY-MM-DD` strings; "today" is the calendar date
 * in US Eastern time, where carriers schedule ports.
 */
import { wallClock } from '../../src/i18n/wall-clock';

export const MIN_BUSINESS_DAYS = 5;
export const MAX_CALENDAR_DAYS = 30;
export const PORT_TIME_ZONE = 'America/New_York';

/** True for a `YYYY-MM-DD` that is a US federal holiday (as observed). */
export type HolidayCheck = (date: string) => boolean;

export type PortDateProblem = 'format' | 'weekend' | 'holiday' | 'tooSoon' | 'tooLate';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a `YYYY-MM-DD` (NaN when it is not a real date). */
export function dateValue(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) return NaN;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const value = Date.UTC(y, m - 1, d);
  const back = new Date(value);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d
    ? value
    : NaN;
}

export const toIsoDate = (value: number): string => new Date(value).toISOString().slice(0, 10);
export const addDays = (date: string, days: number): string =>
  toIsoDate(dateValue(date) + days * DAY_MS);
const weekday = (date: string) => new Date(dateValue(date)).getUTCDay();
export const isWeekend = (date: string): boolean => weekday(date) === 0 || weekday(date) === 6;

/** Today's date where ports are scheduled (US Eastern). */
export function portToday(now: Date = new Date()): string {
  const clock = wallClock(now, PORT_TIME_ZONE);
  return toIsoDate(Date.UTC(clock.year, clock.month - 1, clock.day));
}

export const isBusinessDay = (date: string, isHoliday: HolidayCheck): boolean =>
  !isWeekend(date) && !isHoliday(date);

/** Business days after `today` up to and including `date`. */
export function businessDaysUntil(today: string, date: string, isHoliday: HolidayCheck): number {
  let count = 0;
  for (let day = addDays(today, 1); day <= date; day = addDays(day, 1))
    if (isBusinessDay(day, isHoliday)) count++;
  return count;
}

/** Why `date` can't be requested (undefined when it can). */
export function portDateProblem(
  date: string,
  today: string,
  isHoliday: HolidayCheck,
): PortDateProblem | undefined {
  const value = dateValue(date);
  if (Number.isNaN(value)) return 'format';
  if ((value - dateValue(today)) / DAY_MS > MAX_CALENDAR_DAYS) return 'tooLate';
  if (businessDaysUntil(today, date, isHoliday) < MIN_BUSINESS_DAYS) return 'tooSoon';
  if (isWeekend(date)) return 'weekend';
  if (isHoliday(date)) return 'holiday';
  return undefined;
}

/** The first and last dates that can be requested. */
export function portDateWindow(
  today: string,
  isHoliday: HolidayCheck,
): { earliest: string; latest: string } {
  let latest = addDays(today, MAX_CALENDAR_DAYS);
  while (!isBusinessDay(latest, isHoliday)) latest = addDays(latest, -1);
  let earliest = addDays(today, 1);
  while (earliest < latest && portDateProblem(earliest, today, isHoliday))
    earliest = addDays(earliest, 1);
  return { earliest, latest };
}

let calendar: Promise<HolidayCheck> | undefined;

/** The federal-holiday check, loaded once (a separate chunk). */
export function loadHolidayCheck(): Promise<HolidayCheck> {
  calendar ??= import('@18f/us-federal-holidays').then(
    (module) => {
      // A CommonJS package: bundlers put its exports on `default`, some also as named exports.
      const lib = module.default ?? module;
      return (date: string) => {
        const value = dateValue(date);
        return !Number.isNaN(value) && lib.isAHoliday(new Date(value), { utc: true });
      };
    },
    (error: unknown) => {
      calendar = undefined;
      throw error;
    },
  );
  return calendar;
}
