import { expect, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { defineElement } from '../../../src/base/define';
import { DialstackElement } from '../../../src/base/dialstack-element';
import type { DialstackInstance } from '../../../src/core/types';
import { holdWarmUps, registerWarmUp } from '../../../src/core/warm-up';
import { intlCacheSize } from '../../../src/i18n/intl-cache';
import { initializedInstances } from './initialized';

/** The next idle period has passed (an idle callback queued now has run). */
const idle = () => new Promise((resolve) => requestIdleCallback(() => resolve(undefined)));

describe('warm-ups after initialize', () => {
  const init = initializedInstances();

  it('runs a registered warm-up once the page is idle after initialize, not synchronously', async () => {
    const seen: DialstackInstance[] = [];
    registerWarmUp((instance) => seen.push(instance));
    const instance = init();
    expect(seen).to.deep.equal([]);
    await waitUntil(() => seen.length > 0, 'warm-up never ran');
    expect(seen).to.deep.equal([instance]);
  });

  it('runs one registered after initialize at the next idle period; a throwing one harms nothing', async () => {
    const instance = init();
    await idle();
    registerWarmUp(() => {
      throw new Error('boom');
    });
    const seen: DialstackInstance[] = [];
    registerWarmUp((i) => seen.push(i));
    await waitUntil(() => seen.length > 0, 'late warm-up never ran');
    expect(seen).to.deep.equal([instance]);
  });

  it('skips an instance that logged out before the page was idle (positive control: the next one runs)', async () => {
    const seen: DialstackInstance[] = [];
    registerWarmUp((i) => seen.push(i));
    const first = init();
    await first.logout();
    await idle();
    await idle();
    expect(seen).to.not.include(first);
    const second = init();
    await waitUntil(() => seen.includes(second), 'the live instance was not warmed');
  });

  /** Idle periods on demand (`requestIdleCallback` stubbed), each `ms` long. */
  const idlePeriods = () => {
    const pending: IdleRequestCallback[] = [];
    sinon.stub(window, 'requestIdleCallback').callsFake((callback) => {
      pending.push(callback);
      return pending.length;
    });
    return (ms = 50) => {
      for (const callback of pending.splice(0))
        callback({ timeRemaining: () => ms, didTimeout: false } as IdleDeadline);
    };
  };

  it('starts no warm-up while a list’s first load holds them (positive control: one runs without a hold)', async () => {
    const instance = init();
    await idle();
    const runIdle = idlePeriods();
    const control: DialstackInstance[] = [];
    registerWarmUp((i) => control.push(i));
    runIdle();
    expect(control).to.deep.equal([instance], 'without a hold: the first idle period');
    const release = holdWarmUps();
    const seen: DialstackInstance[] = [];
    registerWarmUp((i) => seen.push(i));
    runIdle();
    runIdle();
    expect(seen).to.deep.equal([], 'ran while held');
    release();
    runIdle();
    expect(seen).to.deep.equal([instance], 'runs at the idle period after the hold');
  });

  it('passes over idle periods too short for a warm-up, but not forever', async () => {
    const instance = init();
    await idle();
    const runIdle = idlePeriods();
    const seen: DialstackInstance[] = [];
    registerWarmUp((i) => seen.push(i));
    runIdle(2);
    runIdle(2);
    expect(seen).to.deep.equal([], 'started in a 2 ms idle period');
    runIdle(50);
    expect(seen).to.deep.equal([instance], 'a long idle period runs it');
    const later: DialstackInstance[] = [];
    registerWarmUp((i) => later.push(i));
    for (let i = 0; i < 20 && !later.length; i++) runIdle(2);
    expect(later).to.deep.equal([instance], 'a page that is never idle long still gets it');
  });

  it('defineElement registers the element class’s warmUp (called on the class)', async () => {
    const calls: unknown[] = [];
    class WarmTestElement extends DialstackElement {
      static override warmUp(instance: DialstackInstance) {
        calls.push(this);
        return super.warmUp(instance);
      }
    }
    defineElement('warm-test-element', WarmTestElement);
    // A plain Lit element has no warm-up: defining it registers nothing and does not throw.
    defineElement('warm-test-plain', class extends LitElement {});
    init();
    await waitUntil(() => calls.length > 0, 'the class warm-up never ran');
    expect(calls[0]).to.equal(WarmTestElement);
  });
});

describe('the list elements’ warm-ups', () => {
  it('call logs builds its row formatters before an element is inserted', async () => {
    const { DialstackCallLogs } = await import('../../../components/call-logs/call-logs');
    const before = intlCacheSize();
    const instance = { locale: { locale: 'en-GB', timeZone: 'Asia/Tokyo' } } as DialstackInstance;
    DialstackCallLogs.warmUp(instance);
    // time, day and day-with-year formats for that locale and zone
    expect(intlCacheSize()).to.be.at.least(before + 3);
    const again = intlCacheSize();
    DialstackCallLogs.warmUp(instance);
    expect(intlCacheSize()).to.equal(again, 'built once, then reused');
  });

  it('voicemails builds its row formatters before an element is inserted', async () => {
    const { DialstackVoicemails } = await import('../../../components/voicemails/voicemails');
    const before = intlCacheSize();
    const instance = {
      locale: { locale: 'fr-CA', timeZone: 'America/Toronto' },
    } as DialstackInstance;
    DialstackVoicemails.warmUp(instance);
    expect(intlCacheSize()).to.be.at.least(before + 4);
  });
});
