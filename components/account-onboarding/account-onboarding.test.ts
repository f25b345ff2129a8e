import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createLocation } from '../../src/api/locations';
import { createExtension, createUser } from '../../src/api/team';
import type { DialstackAccountOnboarding, StepChangeDetail } from './account-onboarding';
import { deriveProgress, parseSteps, resumeStep } from './account-onboarding.progress';
import {
  buttonNamed,
  field,
  mount,
  onStep,
  openSession,
  rows,
  text,
  type,
  type Session,
} from './account-onboarding.test-support';

let session: Session;
afterEach(() => session?.restore());

describe('<dialstack-account-onboarding>: progress, resume and steps', () => {
  it('parses the include list in the wizard order, whatever order it is written in', () => {
    expect(parseSteps('review team nonsense locations')).to.deep.equal([
      'locations',
      'team',
      'review',
    ]);
    expect(parseSteps('')).to.deep.equal(['locations', 'team', 'numbers', 'devices', 'review']);
  });

  it('derives progress from live data: the seeded account has E911 and a team', async () => {
    session = await openSession();
    const progress = await deriveProgress(session.dialstack.client, undefined, [
      'locations',
      'team',
      'review',
    ]);
    expect(progress.locations).to.equal('done');
    expect(progress.team).to.equal('done');
    expect(progress.review).to.equal('done');
    expect(resumeStep(['locations', 'team', 'review'], progress)).to.equal('review');
  });

  it('a blank account starts at locations; with a provisioning location and a team, it resumes at review as pending', async () => {
    session = await openSession({ blank: true });
    const client = session.dialstack.client;
    const blank = await deriveProgress(client, undefined, ['locations', 'team', 'review']);
    expect(blank).to.include({ locations: 'todo', team: 'todo', review: 'todo' });
    expect(resumeStep(['locations', 'team', 'review'], blank)).to.equal('locations');

    const user = await createUser(client, { name: 'Ana Ruiz' });
    await createExtension(client, { number: '201', target: user.id });
    const afterTeam = await deriveProgress(client, undefined, ['locations', 'team', 'review']);
    expect(afterTeam.team).to.equal('done');
    expect(resumeStep(['locations', 'team', 'review'], afterTeam)).to.equal('locations');
    expect(resumeStep(['team', 'review'], afterTeam)).to.equal('review');
  });

  it('shows the step list with each status and opens at the first step to do, firing dialstack-step-change', async () => {
    session = await openSession({ blank: true });
    const user = await createUser(session.dialstack.client, { name: 'Ana Ruiz' });
    await createExtension(session.dialstack.client, { number: '201', target: user.id });
    const changes: StepChangeDetail[] = [];
    const listener = (e: Event) => changes.push((e as CustomEvent<StepChangeDetail>).detail);
    document.addEventListener('dialstack-step-change', listener);
    try {
      const el = await mount(session, 'team locations review');
      await onStep(el, 'locations');
      const entries = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="step"]')];
      expect(entries.map((e) => e.dataset.step)).to.deep.equal(['locations', 'team', 'review']);
      expect(entries.map((e) => e.dataset.status)).to.deep.equal(['todo', 'done', 'todo']);
      expect(text(entries[1])).to.contain('Done');
      expect(entries[0]!.querySelector('button')!.getAttribute('aria-current')).to.equal('step');
      expect(changes[0]).to.deep.include({ step: 'locations', previousStep: null });

      // Moving by the step list, then by Continue.
      entries[1]!.querySelector('button')!.click();
      await onStep(el, 'team');
      expect(changes.at(-1)).to.deep.include({ step: 'team', previousStep: 'locations' });
      const root = await onStep(el, 'team');
      buttonNamed(root, 'Continue').click();
      await onStep(el, 'review');
      expect(changes.at(-1)).to.deep.include({ step: 'review', previousStep: 'team' });
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.content'));
    } finally {
      document.removeEventListener('dialstack-step-change', listener);
    }
  });

  it('excludes the steps left out of `steps` (no entry, no link, never opened)', async () => {
    session = await openSession();
    const el = await mount(session, 'team review');
    const root = await onStep(el, 'review');
    const entries = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="step"]')];
    expect(entries.map((e) => e.dataset.step)).to.deep.equal(['team', 'review']);
    expect(rows(root).map((r) => r.dataset.id)).to.deep.equal(['team']);
    el.goTo('locations');
    await el.updateComplete;
    expect(el.currentStep).to.equal('review');
    // Positive control: an included step opens.
    el.goTo('team');
    await onStep(el, 'team');
  });

  it('review lists done, pending and left with links back, and Finish fires dialstack-exit', async () => {
    session = await openSession({ blank: true });
    const client = session.dialstack.client;
    const user = await createUser(client, { name: 'Ana Ruiz' });
    await createExtension(client, { number: '201', target: user.id });
    const el = await mount(session, 'locations team review');
    el.goTo('review');
    const root = await onStep(el, 'review');
    const group = (status: string) =>
      root.querySelector<HTMLElement>(`[part="review-group"][data-status="${status}"]`);
    expect(rows(group('done')!).map((r) => r.dataset.id)).to.deep.equal(['team']);
    expect(rows(group('todo')!).map((r) => r.dataset.id)).to.deep.equal(['locations']);
    expect(group('pending')).to.equal(null);
    buttonNamed(group('todo')!, 'Open Locations').click();
    await onStep(el, 'locations');

    el.goTo('review');
    const again = await onStep(el, 'review');
    const exit = oneEvent(el, 'dialstack-exit');
    buttonNamed(again, 'Finish').click();
    expect((await exit).detail).to.deep.include({ reason: 'finish', step: 'review' });
  });

  it('the Exit control fires dialstack-exit with the current step', async () => {
    session = await openSession();
    const el = await mount(session);
    const exit = oneEvent(el, 'dialstack-exit');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="exit"]')!.click();
    const { detail } = await exit;
    expect(detail.reason).to.equal('exit');
    expect(detail.step).to.equal(el.currentStep);
    expect(detail.progress.team).to.equal('done');
  });

  it('re-derives progress after a step saves something', async () => {
    session = await openSession({ blank: true });
    const el = await mount(session, 'locations team review');
    el.goTo('team');
    const root = await onStep(el, 'team');
    const teamEntry = () =>
      el.shadowRoot!.querySelector<HTMLElement>('[part="step"][data-step="team"]')!;
    expect(teamEntry().dataset.status).to.equal('todo');
    await waitUntil(() => field(root, 'Extension').value === '101', 'the team has loaded');
    type(field(root, 'Name'), 'Ana Ruiz');
    buttonNamed(root, 'Add person').click();
    await waitUntil(() => teamEntry().dataset.status === 'done', 'team becomes done', {
      timeout: 5000,
    });
  });

  it('keeps a draft across a re-mount (per account, in sessionStorage)', async () => {
    session = await openSession({ blank: true });
    const first = await mount(session, 'locations team review');
    let root = await onStep(first, 'locations');
    buttonNamed(root, 'Add a location').click();
    await (
      first.shadowRoot!.querySelector('dialstack-onboarding-locations') as HTMLElement & {
        updateComplete: Promise<boolean>;
      }
    ).updateComplete;
    type(field(root, 'Location name'), 'Harbor Clinic');
    type(field(root, 'City'), 'Astoria');
    const stored = Object.keys(sessionStorage).filter((k) => k.startsWith('dialstack:onboarding:'));
    expect(stored.some((k) => k.startsWith(`dialstack:onboarding:${session.facts.accountId}:`))).to
      .be.true;
    expect(JSON.stringify({ ...sessionStorage })).not.to.match(/eyJ/); // no token in storage
    first.remove();

    const second = await mount(session, 'locations team review');
    root = await onStep(second, 'locations');
    expect(field(root, 'Location name').value).to.equal('Harbor Clinic');
    expect(field(root, 'City').value).to.equal('Astoria');
  });

  it('prefills the first location with the host-provided business name', async () => {
    session = await openSession({ blank: true });
    const el = await mount(session, 'locations review', { businessName: 'Harbor Dental' });
    const root = await onStep(el, 'locations');
    buttonNamed(root, 'Add a location').click();
    await waitUntil(() => root.querySelector('#loc-name'));
    expect(field(root, 'Location name').value).to.equal('Harbor Dental');
  });

  it('is accessible (the shell with the review step)', async () => {
    session = await openSession();
    const el = await mount(session);
    await onStep(el, 'review');
    // axe walks into the step's shadow root too.
    await expect(el).to.be.accessible();
  });

  it('a location created elsewhere still counts (progress is never remembered, always read)', async () => {
    session = await openSession({ blank: true });
    const el = await fixture<DialstackAccountOnboarding>(
      html`<dialstack-account-onboarding
        .dialstack=${session.dialstack}
        steps="locations review"
      ></dialstack-account-onboarding>`,
    );
    await onStep(el, 'locations');
    await createLocation(session.dialstack.client, {
      name: 'Elsewhere',
      address: {
        street: 'Main St',
        city: 'Bend',
        state: 'OR',
        postal_code: '97701',
        country: 'US',
      },
    });
    const root = await onStep(el, 'locations');
    await waitUntil(() => rows(root).some((r) => text(r).includes('Elsewhere')), 'list reloads');
  });
});
