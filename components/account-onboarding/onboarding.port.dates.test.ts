import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as federal from '@18f/us-federal-holidays';
import {
  addDays,
  loadHolidayCheck,
  portDateProblem,
  portDateWindow,
  type HolidayCheck,
} from './onboarding.port.dates';

let isHoliday: HolidayCheck;
before(async () => {
  isHoliday = await loadHolidayCheck();
});

/** An oracle written from the contract's sentence, on the library's other API (lists per year). */
function oracleAllows(today: string, date: string): boolean {
  const lib = (federal as unknown as { default?: typeof federal }).default ?? federal;
  const year = Number(today.slice(0, 4));
  const holidays = new Set(
    [year - 1, year, year + 1].flatMap((y) =>
      lib.allForYear(y).map((h) => h.dateString.slice(0, 10)),
    ),
  );
  // dateString is not zero-padded in every version: normalise through Date.
  const normal = new Set(
    [...holidays].map((d) => {
      const [y, m, day] = d.split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(y, m - 1, day)).toISOString().slice(0, 10);
    }),
  );
  const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const business = (d: string) => {
    const wd = new Date(ms(d)).getUTCDay();
    return wd !== 0 && wd !== 6 && !normal.has(d);
  };
  const calendarDays = (ms(date) - ms(today)) / 86_400_000;
  let count = 0;
  for (let t = ms(today) + 86_400_000; t <= ms(date); t += 86_400_000)
    if (business(new Date(t).toISOString().slice(0, 10))) count++;
  return business(date) && count >= 5 && calendarDays <= 30;
}

const day = fc
  .date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2031-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('port date rule (requested_foc_date)', () => {
  it('knows federal holidays as observed (a Saturday 4 July is kept on Friday 3 July)', () => {
    expect(isHoliday('2026-07-03')).to.equal(true);
    expect(isHoliday('2026-12-25')).to.equal(true);
    expect(isHoliday('2026-12-24')).to.equal(false);
  });

  it('counts five business days past weekends and holidays', () => {
    // Friday 18 Dec 2026: Mon 21 … Thu 24 are four business days; Fri 25 is Christmas.
    expect(portDateProblem('2026-12-24', '2026-12-18', isHoliday)).to.equal('tooSoon');
    expect(portDateProblem('2026-12-25', '2026-12-18', isHoliday)).to.equal('tooSoon');
    expect(portDateProblem('2026-12-28', '2026-12-18', isHoliday)).to.equal(undefined);
    expect(portDateWindow('2026-12-18', isHoliday).earliest).to.equal('2026-12-28');
    expect(portDateProblem('2027-01-02', '2026-12-18', isHoliday)).to.equal('weekend');
    expect(portDateProblem('2027-01-01', '2026-12-18', isHoliday)).to.equal('holiday');
    expect(portDateProblem('2027-01-18', '2026-12-18', isHoliday)).to.equal('tooLate');
  });

  it('agrees with the contract rule for any today and any date up to 45 days ahead', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -3, max: 45 }), (today, offset) => {
        const date = addDays(today, offset);
        expect(
          portDateProblem(date, today, isHoliday) === undefined,
          `${today} → ${date}`,
        ).to.equal(oracleAllows(today, date));
      }),
      { numRuns: 400 },
    );
  });

  it('offers a window whose ends are allowed and nothing before it', () => {
    fc.assert(
      fc.property(day, (today) => {
        const { earliest, latest } = portDateWindow(today, isHoliday);
        expect(oracleAllows(today, earliest), `earliest ${earliest}`).to.equal(true);
        expect(oracleAllows(today, latest), `latest ${latest}`).to.equal(true);
        for (let d = addDays(today, 1); d < earliest; d = addDays(d, 1))
          expect(oracleAllows(today, d), d).to.equal(false);
      }),
      { numRuns: 150 },
    );
  });
});
