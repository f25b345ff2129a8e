import { expect, waitUntil } from '@open-wc/testing';
import type { DialstackOptions } from '../../../src/core/types';
import { initializedInstances } from './initialized';

// One page per test file: nothing here has loaded the appearance code before these tests.
const appearanceRequests = () =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes('/src/theme/appearance.ts'));

describe('initialize starts loading the appearance code a non-default appearance needs', () => {
  const initWith = initializedInstances();
  const init = (appearance: DialstackOptions['appearance']) => initWith({ appearance });

  it('does not load it for the default appearance, and does for a dark one', async () => {
    init({ theme: 'light' });
    await new Promise((resolve) => requestIdleCallback(() => resolve(undefined)));
    expect(appearanceRequests()).to.have.length(0);
    // Positive control: the same observation sees the load a dark theme starts.
    init({ theme: 'dark' });
    await waitUntil(
      () => appearanceRequests().length > 0,
      'the appearance code was never requested',
    );
  });
});
