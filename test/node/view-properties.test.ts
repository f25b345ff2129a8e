/**
 * Property tests (fast-check) for the API → view functions no other property test covers:
 * the Intl formatters (dates, times, durations, relative times, numbers, file sizes), the
 * call-log calendar-day arithmetic across every IANA time zone, and the voicemail search.
 * Arbitrary contract-shaped input (any instant, any duration, null/undefined/garbage where
 * the contract allows nullables) never throws, and conversions round trip where they should.
 * (Phone formatting, the dial-plan graph, the merged phone-number list and the call-history
 * merge have their own property tests beside them.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatFileSize,
  formatNumber,
  formatRelativeTime,
  formatTime,
  type FormatContext,
} from '../../src/i18n/formatters';
import {
  addDays,
  calendarDate,
  isCalendarDate,
  resolveDateBound,
  startOfDay,
} from '../../components/call-logs/call-logs.dates';
import { digitsOf, matchesSearch } from '../../components/voicemails/voicemails.data';

const ZONES = Intl.supportedValuesOf('timeZone');
const zone = fc.constantFrom(...ZONES);
const context = fc.record<FormatContext>({
  locale: fc.constantFrom('en', 'es', 'fr', 'en-GB', 'fr-CA'),
  timeZone: fc.option(zone, { nil: undefined }),
});
/** Instants the API can send (1970–2100), as Date, ISO string or epoch ms. */
const instantMs = fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) });
const dateInput = fc.oneof(
  instantMs.map((ms) => new Date(ms)),
  instantMs.map((ms) => new Date(ms).toISOString()),
  instantMs,
  fc.constantFrom(null, undefined, '', 'not a date', '2025-13-45T99:99:99Z'),
);
const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, null, undefined),
);

describe('formatters never throw on contract-shaped input', () => {
  it('dates, times and relative times: any instant, zone, locale; garbage → empty', () => {
    fc.assert(
      fc.property(context, dateInput, dateInput, (ctx, value, now) => {
        for (const text of [
          formatDate(ctx, value),
          formatTime(ctx, value),
          formatDateTime(ctx, value),
          formatRelativeTime(ctx, value, now ?? Date.now()),
        ])
          assert.equal(typeof text, 'string');
        const valid =
          value !== null &&
          value !== undefined &&
          value !== '' &&
          !Number.isNaN(new Date(value).getTime());
        assert.equal(formatDate(ctx, value) !== '', valid);
      }),
      { numRuns: 300 },
    );
  });

  it('durations: any number; the clock style round trips to whole non-negative seconds', () => {
    fc.assert(
      fc.property(context, anyNumber, (ctx, seconds) => {
        for (const style of ['clock', 'short', 'long'] as const)
          assert.ok(formatDuration(ctx, seconds as number, style).length > 0);
        const expected =
          typeof seconds === 'number' && Number.isFinite(seconds)
            ? Math.max(0, Math.floor(seconds))
            : 0;
        // Past 2^53 s (285 million years) a clock is not a meaningful reading.
        if (expected > Number.MAX_SAFE_INTEGER) return;
        const clock = formatDuration(ctx, seconds as number, 'clock');
        const match = /^(?:(\d+):)?(\d+):(\d{2})$/.exec(clock);
        assert.ok(match, clock);
        const back = Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]);
        assert.equal(back, expected);
      }),
      { numRuns: 500 },
    );
  });

  it('numbers and file sizes: any number', () => {
    fc.assert(
      fc.property(context, anyNumber, (ctx, value) => {
        assert.equal(typeof formatNumber(ctx, value as number), 'string');
        assert.equal(typeof formatFileSize(ctx, value as number), 'string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('call-log calendar days in every time zone', () => {
  const day = fc
    .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2080, 0, 1) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));

  it('a day starts at its first instant (DST at midnight included, e.g. Chile)', () => {
    const check = (d: string, tz: string) => {
      const start = startOfDay(d, tz);
      // The first instant on or after the day (a day a zone skipped starts with the next one)…
      assert.ok(calendarDate(start, tz) >= d, `${d} in ${tz} starts at ${start.toISOString()}`);
      // …and one second earlier is before it.
      assert.ok(calendarDate(new Date(start.getTime() - 1000), tz) < d, `${d} in ${tz}`);
    };
    // Found by this property: midnight does not exist on these days.
    check('2025-09-07', 'America/Santiago');
    check('1990-01-01', 'America/Lima');
    check('2011-12-30', 'Pacific/Apia');
    fc.assert(
      fc.property(day, zone, (d, tz) => {
        assert.ok(isCalendarDate(d));
        check(d, tz);
      }),
      { numRuns: 400 },
    );
  });

  it('addDays round trips and calendarDate is always a valid day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -4000, max: 4000 }), instantMs, zone, (d, n, ms, tz) => {
        assert.equal(addDays(addDays(d, n), -n), d);
        assert.ok(isCalendarDate(calendarDate(new Date(ms), tz)));
      }),
      { numRuns: 400 },
    );
  });

  it('resolveDateBound takes any attribute string without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          day,
          instantMs.map((ms) => new Date(ms).toISOString()),
        ),
        fc.constantFrom('from', 'to') as fc.Arbitrary<'from' | 'to'>,
        (value, bound) => {
          const result = resolveDateBound(value, bound) as unknown;
          assert.ok(result === null || typeof result === 'string' || result instanceof Date);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('voicemail search over contract-shaped voicemails', () => {
  it('never throws; a number always finds itself by its digits; an empty query finds all', () => {
    const voicemail = fc.record({
      from_number: fc.oneof(fc.string({ maxLength: 20 }), fc.stringMatching(/^\+1\d{10}$/)),
      from_name: fc.option(fc.string({ maxLength: 255 }), { nil: null }),
    });
    fc.assert(
      fc.property(voicemail, fc.string(), (vm, query) => {
        const item = vm as unknown as Parameters<typeof matchesSearch>[0];
        assert.equal(typeof matchesSearch(item, query), 'boolean');
        assert.equal(matchesSearch(item, '   '), true);
        const digits = digitsOf(vm.from_number);
        if (digits.length >= 2) assert.equal(matchesSearch(item, digits), true);
      }),
      { numRuns: 500 },
    );
  });
});
