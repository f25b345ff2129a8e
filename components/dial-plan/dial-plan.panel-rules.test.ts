import { expect } from '@open-wc/testing';
import { sampleLookup } from './dial-plan.fixtures';
import { loadPhoneTyping, readPhone } from './dial-plan.panel-phone';
import { digitProblems, nextFreeDigit, parseTimeout, timeoutText } from './dial-plan.panel-rules';
import { clipGroups, scheduleGroups, targetGroups } from './dial-plan.resources';

describe('dial-plan step panel rules', () => {
  it('reads a timeout: whole seconds within the range only', () => {
    const range = { min: 1, max: 30 };
    expect(parseTimeout('5', range)).to.deep.equal({ ok: true, value: 5 });
    expect(parseTimeout(' 30 ', range)).to.deep.equal({ ok: true, value: 30 });
    for (const bad of ['0', '31', '5.5', '-1', '1e1', 'five'])
      expect(parseTimeout(bad, range), bad).to.deep.equal({ ok: false, problem: 'timeoutRange' });
    expect(parseTimeout('', range)).to.deep.equal({ ok: false, problem: 'timeoutRequired' });
    expect([
      timeoutText(undefined),
      timeoutText(null),
      timeoutText(8),
      timeoutText('x'),
    ]).to.deep.equal(['', '', '8', 'x']);
  });

  it('marks keys outside 0-9 * # and every option sharing a key', () => {
    expect(digitProblems(['1', '2', '*', '#', '0'])).to.deep.equal([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(digitProblems(['1', '1', 'a', '', '12'])).to.deep.equal([
      'digitDuplicate',
      'digitDuplicate',
      'digitInvalid',
      'digitInvalid',
      'digitInvalid',
    ]);
  });

  it('gives a new option the first free key, none when all twelve are taken', () => {
    expect(nextFreeDigit([])).to.equal('1');
    expect(nextFreeDigit(['1', '2', '3', '4', '5', '6', '7', '8', '9'])).to.equal('0');
    expect(nextFreeDigit(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*'])).to.equal('#');
    expect(nextFreeDigit(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'])).to.equal(
      undefined,
    );
  });

  it('reads a typed number to E.164 with the account’s country', async () => {
    await loadPhoneTyping();
    expect(readPhone('', 'US')).to.deep.equal({ display: '', e164: '' });
    expect(readPhone('+33 1 23 45 67 89', 'US')).to.deep.include({ e164: '+33123456789' });
    expect(readPhone('01 23 45 67 89', 'FR')).to.deep.include({ e164: '+33123456789' });
    expect(readPhone('(415) 555-1234', 'US')).to.deep.include({ e164: '+14155551234' });
    expect(readPhone('+1 415', 'US').problem).to.equal('phoneIncomplete');
    expect(readPhone('call me', 'US').problem).to.equal('phoneCharacters');
    expect(readPhone('+1 4+15', 'US').problem).to.equal('phoneCharacters');
  });
});

describe('dial-plan step panel picker options', () => {
  const lookup = sampleLookup();
  const groups = (variant?: Parameters<typeof targetGroups>[1]['variant'], exclude?: string) =>
    targetGroups(lookup, {
      groupLabel: (kind) => kind,
      optionLabel: (t) => t.name,
      ...(variant ? { variant } : {}),
      ...(exclude ? { exclude } : {}),
    });

  it('groups targets by kind, names sorted, the variant’s kind first, the plan itself left out', () => {
    expect(groups().map((g) => [g.label, g.options.map((o) => o.label)])).to.deep.equal([
      ['user', ['Ana Ruiz']],
      ['ring_group', ['Billing', 'Front Desk']],
      ['dial_plan', ['Billing Line']],
      ['voice_app', ['AI Receptionist']],
      ['shared_voicemail', ['After-hours box']],
    ]);
    expect(groups('voicemail').map((g) => g.label)[0]).to.equal('shared_voicemail');
    expect(groups('voice_app').map((g) => g.label)[0]).to.equal('voice_app');
    expect(groups(undefined, 'dp_billing').map((g) => g.label)).not.to.include('dial_plan');
  });

  it('lists schedules with their zone and clips after a "none" option', () => {
    expect(scheduleGroups(lookup, 'S', (name, zone) => `${name}/${zone}`)).to.deep.equal([
      {
        label: 'S',
        options: [
          { value: 'sched_billing', label: 'Billing Hours/America/New_York' },
          { value: 'sched_clinic', label: 'Clinic Hours/America/Los_Angeles' },
        ],
      },
    ]);
    const clips = clipGroups(lookup, { none: 'N', noClip: 'No clip', clips: 'C' }, (n) => n);
    expect(clips.map((g) => [g.label, g.options.map((o) => o.value)])).to.deep.equal([
      ['N', [null]],
      ['C', ['clip_menu', 'clip_welcome']],
    ]);
  });
});
