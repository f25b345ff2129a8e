import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { initialize } from '../../../src/core/initialize';
import type { DialstackInstance } from '../../../src/core/types';
import { fakeTiming, jsonResponse } from './helpers';

// One page per test file: nothing here has loaded the appearance code before these tests.
const appearanceRequests = () =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes('/src/theme/appearance.ts'));

describe('initialize starts loading the appearance code a non-default appearance needs', () => {
  const instances: DialstackInstance[] = [];
  const init = (appearance: Parameters<typeof initialize>[0]['appearance']) => {
    const instance = initialize(
      { fetchClientSecret: async () => 'secret_1', apiUrl: '', appearance },
      { timing: fakeTiming() },
    );
    instances.push(instance);
    return instance;
  };

  beforeEach(() => {
    sinon.stub(window, 'fetch').callsFake(async () => jsonResponse({}));
  });
  afterEach(async () => {
    for (const instance of instances.splice(0)) await instance.logout();
    sinon.restore();
  });

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
