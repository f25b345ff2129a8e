import sinon from 'sinon';
import { initialize } from '../../../src/core/initialize';
import type { Instance } from '../../../src/core/instance';
import type { DialstackOptions } from '../../../src/core/types';
import { fakeTiming, jsonResponse } from './helpers';

/**
 * `initialize` for a describe block: every request answers `{}`, and each instance made is
 * logged out after its test. Call it in the describe body (it registers the hooks).
 */
export function initializedInstances(): (options?: Partial<DialstackOptions>) => Instance {
  const instances: Instance[] = [];
  beforeEach(() => {
    sinon.stub(window, 'fetch').callsFake(async () => jsonResponse({}));
  });
  afterEach(async () => {
    for (const instance of instances.splice(0)) await instance.logout();
    sinon.restore();
  });
  return (options = {}) => {
    const instance = initialize(
      { fetchClientSecret: async () => 'secret_1', apiUrl: '', ...options },
      { timing: fakeTiming() },
    );
    instances.push(instance);
    return instance;
  };
}
