import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { samplePlan, sampleLookup } from './dial-plan.fixtures';
import { toGraph } from './dial-plan.graph';
import type { SimulateDetail } from './dial-plan.simulator';
import { DialstackDialPlanSimulator } from './dial-plan.simulator.define';

void DialstackDialPlanSimulator;

const textOf = (el: Element | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function setup() {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <dialstack-dial-plan-simulator
        .graph=${toGraph(samplePlan())}
        .lookup=${sampleLookup()}
      ></dialstack-dial-plan-simulator>
    </div>`,
  );
  const el = wrapper.querySelector('dialstack-dial-plan-simulator')!;
  await el.updateComplete;
  const root = el.shadowRoot!;
  const results: (SimulateDetail['result'] | undefined)[] = [];
  wrapper.addEventListener('dialstack-simulate', (e) => results.push(e.detail.result));
  const field = <T extends HTMLInputElement | HTMLSelectElement>(selector: string) =>
    root.querySelector<T>(selector)!;
  /** Sets the day, time (and zone) as a person would, then waits for the render. */
  const when = async (date: string, time: string, zone?: string) => {
    for (const [selector, value] of [
      ['input.date', date],
      ['input.time', time],
    ] as const) {
      const input = field<HTMLInputElement>(selector);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (zone) {
      const select = field<HTMLSelectElement>('select.zone');
      select.value = zone;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await el.updateComplete;
  };
  const button = (name: string) =>
    [...root.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => (b.getAttribute('aria-label') ?? textOf(b)) === name,
    )!;
  /** Presses a button from the keyboard: focus, then Enter. */
  const press = async (name: string) => {
    const target = button(name);
    expect(target, name).to.exist;
    target.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
  };
  const run = async () => {
    const event = oneEvent(wrapper, 'dialstack-simulate');
    await press('Simulate the call');
    return (await event).detail.result!;
  };
  const steps = () => [...root.querySelectorAll('[part="steps"] [part~="row"]')].map(textOf);
  const schedules = () => [...root.querySelectorAll('.schedule')].map(textOf);
  return { wrapper, el, root, results, when, press, button, run, steps, schedules };
}

describe('<dialstack-dial-plan-simulator>', () => {
  it('starts now, in the zone of the plan’s schedules, offering their zones', async () => {
    const { root } = await setup();
    const zone = root.querySelector<HTMLSelectElement>('select.zone')!;
    expect(zone.value).to.equal('America/Los_Angeles');
    expect([...zone.options].map((o) => o.value)).to.have.members([
      'America/Los_Angeles',
      'America/New_York',
      'UTC',
    ]);
    const date = root.querySelector<HTMLInputElement>('input.date')!.value;
    expect(date).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(root.querySelector<HTMLInputElement>('input.time')!.value).to.match(/^\d{2}:\d{2}$/);
    // Every field has a label.
    for (const input of root.querySelectorAll('input, select'))
      expect(textOf(input.closest('label')!.querySelector('.label'))).to.not.equal('');
  });

  it('takes the schedules’ zone when the names arrive after the plan, until one is picked', async () => {
    const el = await fixture<DialstackDialPlanSimulator>(
      html`<dialstack-dial-plan-simulator
        .graph=${toGraph(samplePlan())}
      ></dialstack-dial-plan-simulator>`,
    );
    const zone = () => el.shadowRoot!.querySelector<HTMLSelectElement>('select.zone')!;
    expect(zone().value).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
    el.lookup = sampleLookup();
    await el.updateComplete;
    expect(zone().value).to.equal('America/Los_Angeles');
    zone().value = 'UTC';
    zone().dispatchEvent(new Event('change'));
    el.lookup = sampleLookup();
    await el.updateComplete;
    expect(zone().value).to.equal('UTC');
  });

  it('follows an open day through the menu, a missed ring and an answer, from the keyboard', async () => {
    const { when, press, steps, root, wrapper } = await setup();
    await when('2026-12-02', '10:00'); // a Wednesday, in Los Angeles
    await press('Press 1');
    await press('Add “no answer”');
    await press('Add “answer”');
    expect([...root.querySelectorAll('.inputs .chip span')].map(textOf)).to.deep.equal([
      'Press 1',
      'No answer',
      'Answer',
    ]);
    const event = oneEvent(wrapper, 'dialstack-simulate');
    await press('Simulate the call');
    const { detail, bubbles, composed } = await event;
    expect([bubbles, composed]).to.deep.equal([true, false]);
    const result = detail.result!;
    expect(result.path).to.deep.equal(['hours', 'welcome', 'main_menu', 'front_desk', 'everyone']);
    expect(result.edges).to.include('main_menu:option-0');
    expect(steps()).to.deep.equal([
      'The call arrives.',
      'Clinic Hours is open (10:00 America/Los_Angeles), so the call takes “Open”.',
      '“Welcome greeting” plays.',
      'The menu plays; the caller presses 1.',
      'Front Desk (ext. 200) rings with no answer.',
      'Every user’s phone rings; someone answers.',
    ]);
    expect(textOf(root.querySelector('.outcome'))).to.equal('The call is answered.');
    expect(textOf(root.querySelector('[role="status"]'))).to.equal(
      'Simulated: The call is answered.',
    );
  });

  it('shows the schedules then: closed in the evening, a holiday, a hold', async () => {
    const { when, run, steps, schedules } = await setup();
    await when('2026-12-02', '19:00');
    expect(schedules()[0]).to.equal(
      'Clinic Hours (America/Los_Angeles): closed Holidays: Dec 24, 2026 – Dec 26, 2026',
    );
    let result = await run();
    expect([result.outcome, result.path]).to.deep.equal(['voicemail', ['hours', 'after_hours_vm']]);
    expect(steps()[1]).to.equal(
      'Clinic Hours is closed (19:00 America/Los_Angeles), so the call takes “Closed”.',
    );

    await when('2026-12-24', '10:00');
    expect(schedules()[0]).to.contain(
      'Clinic Hours (America/Los_Angeles): closed for a holiday (Dec 24, 2026 to Dec 26, 2026)',
    );
    result = await run();
    expect(steps()[1]).to.equal(
      'Clinic Hours is closed for a holiday (10:00 America/Los_Angeles): “Closed”.',
    );

    await when('2026-12-02', '10:00');
    expect(schedules()[1]).to.equal(
      // Dates and times as the schedule says them (its zone), not moved into the viewer's.
      'Billing Hours (America/New_York): held closed until Dec 4, 2026, 8:00 AM Holidays: Nov 26, 2026 Hold: closed until Dec 4, 2026, 8:00 AM',
    );
  });

  it('runs the hold, then follows every change once run, and clears', async () => {
    const { when, press, run, steps, results, root } = await setup();
    await when('2026-12-02', '10:00');
    await press('Press 2');
    await press('Add “no answer”');
    let result = await run();
    expect(result.path).to.deep.equal([
      'hours',
      'welcome',
      'main_menu',
      'billing_hours',
      'on_call',
      'after_hours_vm',
    ]);
    expect(steps()[4]).to.equal(
      'Billing Hours is held closed until Dec 4, 2026, 8:00 AM (America/New_York): “Closed”.',
    );
    // After the hold (Friday 10:00 Los Angeles is 13:00 in New York): Billing rings.
    const before = results.length;
    await when('2026-12-04', '10:00');
    result = results.at(-1)!;
    expect(results.length).to.be.above(before);
    expect(result.path.slice(3)).to.deep.equal(['billing_hours', 'billing']);
    // The same instant typed in New York's zone.
    await when('2026-12-04', '13:00', 'America/New_York');
    expect(results.at(-1)!.path.slice(3)).to.deep.equal(['billing_hours', 'billing']);
    // Removing an input re-runs: with no key pressed, the menu waits.
    await press('Remove step 1: Press 2');
    // "No answer" at the menu is a timeout: Front Desk rings and, with nothing left, answers.
    expect([results.at(-1)!.outcome, results.at(-1)!.path.at(-1)]).to.deep.equal([
      'answered',
      'front_desk',
    ]);
    await press('Remove step 1: No answer');
    expect(results.at(-1)!.outcome).to.equal('waiting');
    expect(steps().at(-1)).to.equal('The menu plays and waits for a key.');
    await press('Clear the simulation');
    expect(results.at(-1)).to.equal(null);
    expect(root.querySelector('[part="steps"]')).to.equal(null);
    expect(textOf(root.querySelector('[role="status"]'))).to.equal('Simulation cleared.');
  });

  it('replays the menu on a key that isn’t an option, and takes Timeout on no answer', async () => {
    const { when, press, run, steps } = await setup();
    await when('2026-12-02', '10:00');
    await press('Press 5');
    await press('Press 0');
    let result = await run();
    expect(result.path).to.deep.equal(['hours', 'welcome', 'main_menu', 'main_menu', 'everyone']);
    expect(steps().slice(3, 5)).to.deep.equal([
      'The menu plays; the caller presses 5, which isn’t an option.',
      'The menu plays again.',
    ]);
    await press('Clear the inputs');
    await press('Add “no answer”');
    result = await run();
    expect(result.steps[3]!.exitLabel).to.equal('Timeout');
    expect(result.path.at(-1)).to.equal('front_desk');
  });

  it('asks for a day and a time instead of simulating nothing', async () => {
    const { when, press, results, root } = await setup();
    await when('', '10:00');
    await press('Simulate the call');
    expect(textOf(root.querySelector('[role="alert"]'))).to.equal('Enter a day and a time.');
    expect(root.querySelector('input.date')!.getAttribute('aria-invalid')).to.equal('true');
    expect(results).to.deep.equal([]);
    await when('2026-12-02', '10:00');
    await press('Simulate the call');
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    expect(results.length).to.equal(1);
  });

  it('is accessible, with a result shown', async () => {
    const { el, when, press, run } = await setup();
    await when('2026-12-02', '10:00');
    await press('Press 1');
    await run();
    await expect(el).to.be.accessible();
  });
});
