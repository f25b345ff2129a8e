import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  arbitraryPlan,
  billingHours,
  clinicHours,
  samplePlan,
  sampleLookup,
} from './dial-plan.fixtures';
import { edgesOf, toGraph, type PlanJson } from './dial-plan.graph';
import { localTime, scheduleState, zonedTimeToInstant } from './dial-plan.schedule';
import { simulate, type CallInput } from './dial-plan.simulate';

const at = (iso: string) => new Date(iso);
const d = (digit: string): CallInput => ({ digit });

describe('schedule state', () => {
  it('is open inside the weekly ranges of the schedule’s own time zone, end excluded', () => {
    // Wednesday 2 December 2026, 10:00 in Los Angeles.
    expect(scheduleState(clinicHours, at('2026-12-02T18:00:00Z'))).to.deep.include({
      open: true,
      reason: 'hours',
    });
    expect(scheduleState(clinicHours, at('2026-12-02T18:00:00Z')).local).to.deep.equal({
      date: '2026-12-02',
      day: 3,
      time: '10:00:00',
      timeZone: 'America/Los_Angeles',
    });
    // 19:00 Wednesday, Sunday morning, Saturday 12:59 and 13:00.
    expect(scheduleState(clinicHours, at('2026-12-03T03:00:00Z')).reason).to.equal('outside_hours');
    expect(scheduleState(clinicHours, at('2026-12-06T18:00:00Z')).open).to.equal(false);
    expect(scheduleState(clinicHours, at('2026-12-05T20:59:00Z')).open).to.equal(true);
    expect(scheduleState(clinicHours, at('2026-12-05T21:00:00Z')).open).to.equal(false);
  });

  it('is closed on holidays, inclusive of both dates, in local time', () => {
    expect(scheduleState(clinicHours, at('2026-12-24T18:00:00Z'))).to.deep.include({
      open: false,
      reason: 'holiday',
    });
    expect(scheduleState(clinicHours, at('2026-12-26T20:00:00Z')).reason).to.equal('holiday'); // Saturday 12:00
    // 23 December 23:30 in Los Angeles is already the 24th in UTC: not yet a holiday there.
    expect(scheduleState(clinicHours, at('2026-12-24T07:30:00Z')).local.date).to.equal(
      '2026-12-23',
    );
    expect(scheduleState(clinicHours, at('2026-12-24T07:30:00Z')).reason).to.equal('outside_hours');
  });

  it('follows a hold until its local `until`, open or closed, over hours and holidays', () => {
    // Billing is held closed until Friday 08:00 New York: Wednesday 10:00 there is closed.
    expect(scheduleState(billingHours, at('2026-12-02T15:00:00Z'))).to.deep.include({
      open: false,
      reason: 'hold',
      until: '2026-12-04T08:00:00',
    });
    expect(scheduleState(billingHours, at('2026-12-04T12:59:59Z')).reason).to.equal('hold'); // 07:59:59
    expect(scheduleState(billingHours, at('2026-12-04T15:00:00Z'))).to.deep.include({
      open: true,
      reason: 'hours',
    });
    const heldOpen = { ...clinicHours, hold: { value: true, until: '2026-12-25T12:00' } };
    expect(scheduleState(heldOpen, at('2026-12-24T18:00:00Z'))).to.deep.include({
      open: true,
      reason: 'hold',
    });
    expect(scheduleState(heldOpen, at('2026-12-25T20:00:01Z')).reason).to.equal('holiday');
  });

  it('reads a schedule without a zone in the account’s, and survives an unknown zone', () => {
    const plain = {
      timezone: null,
      ranges: [{ day: 3, start: '09:00', end: '17:00' }],
      holidays: [],
      hold: null,
    };
    expect(scheduleState(plain, at('2026-12-02T15:00:00Z'), 'America/New_York').open).to.equal(
      true,
    );
    expect(scheduleState(plain, at('2026-12-02T15:00:00Z'), 'Asia/Tokyo').open).to.equal(false);
    expect(scheduleState(plain, at('2026-12-02T15:00:00Z')).local.timeZone).to.equal('UTC');
    const odd = { ...plain, timezone: 'Mars/Olympus' };
    expect(
      scheduleState(odd, at('2026-12-02T15:00:00Z'), 'America/New_York').local.timeZone,
    ).to.equal('America/New_York');
  });

  it('treats a range ending at or before its start as running past midnight', () => {
    const night = {
      timezone: 'UTC',
      ranges: [{ day: 5, start: '22:00', end: '02:00' }],
      holidays: [],
      hold: null,
    };
    expect(scheduleState(night, at('2026-12-04T23:00:00Z')).open).to.equal(true); // Friday 23:00
    expect(scheduleState(night, at('2026-12-05T01:59:00Z')).open).to.equal(true); // Saturday 01:59
    expect(scheduleState(night, at('2026-12-05T02:00:00Z')).open).to.equal(false);
    expect(scheduleState(night, at('2026-12-04T21:00:00Z')).open).to.equal(false);
  });

  it('turns a wall-clock time in a zone into the instant, across DST changes', () => {
    expect(zonedTimeToInstant('2026-12-02T10:00', 'America/Los_Angeles')?.toISOString()).to.equal(
      '2026-12-02T18:00:00.000Z',
    );
    expect(
      zonedTimeToInstant('2026-07-02T10:00:00', 'America/Los_Angeles')?.toISOString(),
    ).to.equal('2026-07-02T17:00:00.000Z');
    // 01:30 happens twice on 1 November 2026 in New York: the earlier (EDT) one.
    expect(zonedTimeToInstant('2026-11-01T01:30', 'America/New_York')?.toISOString()).to.equal(
      '2026-11-01T05:30:00.000Z',
    );
    // 02:30 never happens on 8 March 2026: moved past the gap.
    const gap = zonedTimeToInstant('2026-03-08T02:30', 'America/New_York')!;
    expect(localTime(gap, 'America/New_York').time).to.equal('03:30:00');
    expect(zonedTimeToInstant('soon', 'UTC')).to.equal(null);
  });

  it('handles offset changes of any length: Lord Howe’s 30 minutes, Samoa’s skipped day', () => {
    const zone = 'Australia/Lord_Howe';
    // The counterexample fast-check found: 15:00 on 6 April 2030 (UTC+11), hours before the
    // clocks go back half an hour, was read with the offset in force after the change.
    expect(zonedTimeToInstant('2030-04-06T15:00', zone)?.toISOString()).to.equal(
      '2030-04-06T04:00:00.000Z',
    );
    // Overlap: 01:45 on 7 April 2030 happens at UTC+11 and again at UTC+10:30: the earlier.
    expect(zonedTimeToInstant('2030-04-07T01:45', zone)?.toISOString()).to.equal(
      '2030-04-06T14:45:00.000Z',
    );
    // Gap: 02:15 on 6 October 2030 never happens (02:00 -> 02:30): moved on by the gap, 30 min.
    const gap = zonedTimeToInstant('2030-10-06T02:15', zone)!;
    expect(gap.toISOString()).to.equal('2030-10-05T15:45:00.000Z');
    expect(localTime(gap, zone).time).to.equal('02:45:00');
    // Just before the gap is itself.
    expect(localTime(zonedTimeToInstant('2030-10-06T01:59', zone)!, zone).time).to.equal(
      '01:59:00',
    );
    // Samoa skipped 30 December 2011 entirely (UTC−10 -> UTC+14): a day-long gap.
    expect(zonedTimeToInstant('2011-12-29T23:00', 'Pacific/Apia')?.toISOString()).to.equal(
      '2011-12-30T09:00:00.000Z',
    );
    expect(
      localTime(zonedTimeToInstant('2011-12-30T10:00', 'Pacific/Apia')!, 'Pacific/Apia').date,
    ).to.equal('2011-12-31');
  });

  it('round-trips every instant through its wall-clock reading, in zones with odd changes', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        fc.constantFrom(
          'America/New_York',
          'Europe/Paris',
          'Australia/Lord_Howe',
          'Asia/Kolkata',
          'Pacific/Apia',
          'America/Santiago',
          'UTC',
        ),
        (instant, zone) => {
          const local = localTime(instant, zone);
          const back = zonedTimeToInstant(`${local.date}T${local.time}`, zone)!;
          expect(localTime(back, zone)).to.deep.equal(local);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('call-path simulator', () => {
  const graph = toGraph(samplePlan());
  const run = (when: string, inputs: CallInput[] = []) =>
    simulate(graph, { at: at(when), inputs, lookup: sampleLookup() });
  const WED_10AM_LA = '2026-12-02T18:00:00Z';

  it('follows an open day through the menu, a missed ring and an answer, in words', () => {
    const result = run(WED_10AM_LA, [d('1'), 'no_answer', 'answer']);
    expect(result.outcome).to.equal('answered');
    expect(result.path).to.deep.equal(['hours', 'welcome', 'main_menu', 'front_desk', 'everyone']);
    expect(result.edges).to.deep.equal([
      '@start',
      'hours:open',
      'welcome:next',
      'main_menu:option-0',
      'front_desk:next',
    ]);
    expect(result.steps.map((s) => s.sentence)).to.deep.equal([
      'The call arrives.',
      'Clinic Hours is open (10:00 America/Los_Angeles), so the call takes “Open”.',
      '“Welcome greeting” plays.',
      'The menu plays; the caller presses 1.',
      'Front Desk (ext. 200) rings with no answer.',
      'Every user’s phone rings; someone answers.',
    ]);
    expect(result.steps.map((s) => s.exitLabel ?? '')).to.deep.equal([
      '',
      'Open',
      'Next',
      'Press 1',
      'No answer',
      '',
    ]);
    const known = new Set(edgesOf(graph).map((e) => e.id));
    expect(result.edges.every((id) => known.has(id))).to.equal(true);
    expect(result.unusedInputs).to.equal(0);
  });

  it('sends a closed evening and a holiday to voicemail', () => {
    const evening = run('2026-12-03T03:00:00Z');
    expect([evening.outcome, evening.path]).to.deep.equal([
      'voicemail',
      ['hours', 'after_hours_vm'],
    ]);
    expect(evening.steps[1]!.sentence).to.equal(
      'Clinic Hours is closed (19:00 America/Los_Angeles), so the call takes “Closed”.',
    );
    expect(evening.steps[2]!.sentence).to.equal(
      'The call goes to voicemail: After-hours box (ext. 302).',
    );
    const holiday = run('2026-12-24T18:00:00Z');
    expect(holiday.steps[1]!.sentence).to.equal(
      'Clinic Hours is closed for a holiday (10:00 America/Los_Angeles): “Closed”.',
    );
    expect(holiday.outcome).to.equal('voicemail');
  });

  it('honours a hold on a nested schedule, and the hours once it ends', () => {
    const held = run(WED_10AM_LA, [d('2'), 'no_answer']);
    expect(held.path).to.deep.equal([
      'hours',
      'welcome',
      'main_menu',
      'billing_hours',
      'on_call',
      'after_hours_vm',
    ]);
    expect(held.steps[4]!.sentence).to.equal(
      'Billing Hours is held closed until 2026-12-04T08:00:00 (America/New_York): “Closed”.',
    );
    expect(held.steps[5]!.sentence).to.equal('+15035550188 is dialed; no answer.');
    const friday = run('2026-12-04T18:00:00Z', [d('2'), 'no_answer']);
    expect(friday.path.slice(3)).to.deep.equal(['billing_hours', 'billing']);
    expect(friday.steps.at(-1)!.sentence).to.equal('Nothing is connected there, so the call ends.');
    expect(friday.outcome).to.equal('hang_up');
  });

  it('replays the menu on an unconnected key, takes Timeout when nothing is pressed, and waits', () => {
    const invalid = run(WED_10AM_LA, [d('5'), d('*'), d('0')]);
    expect(invalid.path).to.deep.equal([
      'hours',
      'welcome',
      'main_menu',
      'main_menu',
      'main_menu',
      'everyone',
    ]);
    expect(invalid.steps.map((s) => s.code).slice(3)).to.deep.equal([
      'simulate.menuInvalid',
      'simulate.replay',
      'simulate.menuDigit',
      'simulate.replay',
      'simulate.menuDigit',
      'simulate.ringAllAnswered',
    ]);
    const silent = run(WED_10AM_LA, ['no_answer']);
    expect(silent.path.at(-1)).to.equal('front_desk');
    expect(silent.steps[3]!.exitLabel).to.equal('Timeout');
    const waiting = run(WED_10AM_LA);
    expect([waiting.outcome, waiting.steps.at(-1)!.sentence]).to.deep.equal([
      'waiting',
      'The menu plays and waits for a key.',
    ]);
    expect(run(WED_10AM_LA, [d('9')]).outcome).to.equal('voice_app');
  });

  it('reports inputs the call never used', () => {
    expect(run(WED_10AM_LA, [d('1'), 'answer', d('3'), 'no_answer']).unusedInputs).to.equal(2);
  });

  it('ends with a reason when the plan can’t route the call', () => {
    const plan = (p: PlanJson) =>
      simulate(toGraph(p), { at: at(WED_10AM_LA), lookup: sampleLookup() });
    expect(plan({ name: 'Empty' }).outcome).to.equal('no_entry');
    expect(plan({ entry_node: 'x', nodes: [] }).outcome).to.equal('missing_node');
    expect(
      plan({ entry_node: 'q', nodes: [{ id: 'q', type: 'queue', config: {} }] }).outcome,
    ).to.equal('unsupported');
    expect(
      plan({
        entry_node: 's',
        nodes: [{ id: 's', type: 'schedule', config: { schedule_id: 'sched_gone', open: 's' } }],
      }).outcome,
    ).to.equal('unknown_schedule');
    const loop = plan({
      entry_node: 'c',
      nodes: [{ id: 'c', type: 'sound_clip', config: { clip_id: 'clip_welcome', next: 'c' } }],
    });
    expect([loop.outcome, loop.path.length]).to.deep.equal(['loop', 50]);
  });

  it('never throws and stays within the step limit, whatever the plan and inputs', () => {
    const input = fc.oneof(
      fc.constantFrom<CallInput>('answer', 'no_answer'),
      fc.string({ maxLength: 2 }).map((digit) => ({ digit })),
    );
    fc.assert(
      fc.property(
        arbitraryPlan,
        fc.array(input, { maxLength: 8 }),
        fc.date(),
        (p, inputs, when) => {
          const result = simulate(toGraph(p), {
            at: when,
            inputs,
            lookup: sampleLookup(),
            maxSteps: 20,
          });
          expect(result.path.length).to.be.at.most(20);
          expect(result.steps.every((s) => s.sentence.length > 0)).to.equal(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
