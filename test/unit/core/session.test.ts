import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import { DialstackApiError } from '../../../src/core/errors';
import { Session } from '../../../src/core/session';
import { fakeTiming, makeJwt } from './helpers';

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

describe('Session', () => {
  it('shares one fetchClientSecret call among five concurrent callers', async () => {
    const pending = deferred<string>();
    const fetchClientSecret = sinon.stub().returns(pending.promise);
    const session = new Session({ fetchClientSecret, timing: fakeTiming() });
    const calls = Array.from({ length: 5 }, () => session.getSecret());
    pending.resolve('secret_one');
    expect(await Promise.all(calls)).to.deep.equal(Array(5).fill('secret_one'));
    expect(fetchClientSecret.callCount).to.equal(1);
    await session.getSecret();
    expect(fetchClientSecret.callCount).to.equal(1);
  });

  it('accepts { clientSecret, expiresAt } and refreshes 60 s before expiresAt', async () => {
    const timing = fakeTiming();
    const expiresAt = new Date(timing.clock + 3_600_000).toISOString();
    const fetchClientSecret = sinon.stub();
    fetchClientSecret.onFirstCall().resolves({ clientSecret: 'opaque_1', expiresAt });
    fetchClientSecret
      .onSecondCall()
      .resolves({ clientSecret: 'opaque_2', expiresAt: timing.clock + 7_200_000 });
    const session = new Session({ fetchClientSecret, timing });
    expect(await session.getSecret()).to.equal('opaque_1');

    timing.clock += 3_600_000 - 61_000; // 61 s before expiry: still not due
    expect(await session.getSecret()).to.equal('opaque_1');
    expect(fetchClientSecret.callCount).to.equal(1);

    timing.clock += 2_000; // 59 s before expiry: refresh in the background, keep serving the valid one
    expect(await session.getSecret()).to.equal('opaque_1');
    expect(fetchClientSecret.callCount).to.equal(2);
    await Promise.resolve();
    expect(await session.getSecret()).to.equal('opaque_2');
    expect(fetchClientSecret.callCount).to.equal(2);
  });

  it('reads expiry from the JWT exp claim (lifetime measured from iat) and waits for a new secret once expired', async () => {
    const timing = fakeTiming();
    const nowSeconds = Math.floor(timing.clock / 1000);
    // The token's clock is 10 minutes ahead of ours: only its lifetime (exp - iat) counts.
    const first = makeJwt({ iat: nowSeconds + 600, exp: nowSeconds + 600 + 3600 });
    const second = makeJwt({ exp: nowSeconds + 7200 });
    const fetchClientSecret = sinon.stub();
    fetchClientSecret.onFirstCall().resolves(first);
    fetchClientSecret.onSecondCall().resolves(second);
    const session = new Session({ fetchClientSecret, timing });
    expect(await session.getSecret()).to.equal(first);
    timing.clock += 3_000_000;
    expect(await session.getSecret()).to.equal(first);
    timing.clock += 600_000 + 1; // past expiry
    expect(await session.getSecret()).to.equal(second);
    expect(fetchClientSecret.callCount).to.equal(2);
  });

  it('exposes the components claim (map or list)', async () => {
    const session = new Session({
      fetchClientSecret: () =>
        makeJwt({ components: { call_logs: { enabled: true }, voicemails: { enabled: false } } }),
      timing: fakeTiming(),
    });
    expect(session.components).to.equal(undefined);
    await session.getSecret();
    expect(session.components).to.deep.equal(['call_logs']);

    const listed = new Session({
      fetchClientSecret: () => makeJwt({ components: ['voicemails'] }),
      timing: fakeTiming(),
    });
    await listed.getSecret();
    expect(listed.components).to.deep.equal(['voicemails']);
  });

  it('renews once for any number of callers that saw the same secret rejected', async () => {
    const fetchClientSecret = sinon.stub();
    fetchClientSecret.onFirstCall().resolves('old');
    fetchClientSecret.onSecondCall().resolves('new');
    const session = new Session({ fetchClientSecret, timing: fakeTiming() });
    const rejected = await session.getSecret();
    const renewed = await Promise.all([
      session.renew(rejected),
      session.renew(rejected),
      session.renew(rejected),
    ]);
    expect(renewed).to.deep.equal(['new', 'new', 'new']);
    expect(await session.renew(rejected)).to.equal('new');
    expect(fetchClientSecret.callCount).to.equal(2);
  });

  it('backs off with growing, jittered delays when fetchClientSecret fails, then recovers', async () => {
    const timing = fakeTiming();
    const fetchClientSecret = sinon.stub();
    fetchClientSecret.onCall(0).rejects(new Error('backend down'));
    fetchClientSecret.onCall(1).rejects(new Error('backend down'));
    fetchClientSecret.onCall(2).resolves('finally');
    const session = new Session({ fetchClientSecret, timing });
    expect(await session.getSecret()).to.equal('finally');
    expect(fetchClientSecret.callCount).to.equal(3);
    expect(timing.sleeps).to.have.length(2);
    expect(timing.sleeps[1]).to.be.greaterThan(timing.sleeps[0]);
  });

  it('spreads retries with jitter', async () => {
    const delays = async (random: number) => {
      const timing = { ...fakeTiming(), random: () => random };
      const sleeps: number[] = [];
      timing.sleep = async (ms) => void sleeps.push(ms);
      const session = new Session({
        fetchClientSecret: sinon.stub().rejects(new Error('x')),
        timing,
        maxAttempts: 2,
      });
      await session.getSecret().catch(() => {});
      return sleeps[0];
    };
    expect(await delays(0)).to.be.lessThan(await delays(0.99));
  });

  it('gives up after a few tries with an authentication_error, then tries afresh on the next call', async () => {
    const timing = fakeTiming();
    const fetchClientSecret = sinon.stub().rejects(new Error('backend down'));
    const session = new Session({ fetchClientSecret, timing, maxAttempts: 3 });
    const error = await session.getSecret().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(DialstackApiError);
    expect((error as DialstackApiError).type).to.equal('authentication_error');
    expect(fetchClientSecret.callCount).to.equal(3);
    fetchClientSecret.resolves('later');
    expect(await session.getSecret()).to.equal('later');
  });

  it('treats an empty or malformed result as a failure', async () => {
    const fetchClientSecret = sinon.stub();
    fetchClientSecret.onCall(0).resolves('');
    fetchClientSecret.onCall(1).resolves({ clientSecret: 42 });
    fetchClientSecret.onCall(2).resolves(undefined);
    const session = new Session({ fetchClientSecret, timing: fakeTiming(), maxAttempts: 3 });
    const error = (await session.getSecret().catch((e: unknown) => e)) as DialstackApiError;
    expect(error.type).to.equal('authentication_error');
  });

  it('after end(), never calls fetchClientSecret again and fails with authentication_error', async () => {
    const fetchClientSecret = sinon.stub().resolves('s');
    const session = new Session({ fetchClientSecret, timing: fakeTiming() });
    await session.getSecret();
    session.end();
    const error = (await session.getSecret().catch((e: unknown) => e)) as DialstackApiError;
    expect(error.type).to.equal('authentication_error');
    expect(fetchClientSecret.callCount).to.equal(1);
  });

  it('drops a secret that arrives after end()', async () => {
    const pending = deferred<string>();
    const session = new Session({ fetchClientSecret: () => pending.promise, timing: fakeTiming() });
    const request = session.getSecret();
    session.end();
    pending.resolve('late');
    const error = (await request.catch((e: unknown) => e)) as DialstackApiError;
    expect(error).to.be.instanceOf(DialstackApiError);
    expect(error.message).not.to.contain('late');
  });

  it('never puts the secret in an error message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9_.-]{16,64}$/), async (secret) => {
        // fetchClientSecret returns a result we reject (an object without clientSecret but holding the secret).
        const session = new Session({
          fetchClientSecret: () => ({ clientSecret: '', note: secret }) as never,
          timing: fakeTiming(),
          maxAttempts: 2,
        });
        const error = (await session.getSecret().catch((e: unknown) => e)) as Error;
        expect(error.message).not.to.contain(secret);
        session.end();
        const ended = (await session.getSecret().catch((e: unknown) => e)) as Error;
        expect(ended.message).not.to.contain(secret);
      }),
      { numRuns: 50 },
    );
  });
});
