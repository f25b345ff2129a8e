import { ContextEvent } from '@lit/context';
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { dialstackContext } from '../../../src/base/context';
import { DialstackApiError } from '../../../src/core/errors';
import { initialize, loadDialstackAndInitialize } from '../../../src/core/initialize';
import type { Instance } from '../../../src/core/instance';
import { elementLoaders } from '../../../src/core/registry';
import type { DialstackInstance, InstanceChange } from '../../../src/core/types';
import { fakeTiming, flush, jsonResponse, makeJwt, requestOf, sseBody, until } from './helpers';

/** Asks for the instance the way an element does, from a node inside the document. */
function requestInstance(subscribe = false) {
  const node = document.createElement('div');
  document.body.append(node);
  const values: (DialstackInstance | undefined)[] = [];
  node.dispatchEvent(
    new ContextEvent(dialstackContext, node, (value) => values.push(value), subscribe),
  );
  return { values, remove: () => node.remove() };
}

describe('instance', () => {
  let fetchStub: sinon.SinonStub;
  let bodies: ReturnType<typeof sseBody>[];
  const instances: Instance[] = [];
  const init = (options: Parameters<typeof initialize>[0]) => {
    const instance = initialize(options, { timing: fakeTiming() });
    instances.push(instance);
    return instance;
  };

  beforeEach(() => {
    bodies = [];
    fetchStub = sinon.stub(window, 'fetch').callsFake(async (url: RequestInfo | URL) => {
      if (String(url).endsWith('/v1/events')) {
        const body = sseBody();
        bodies.push(body);
        return body.response();
      }
      return jsonResponse({
        object: 'list',
        url: '/v1/calls',
        next_page_url: null,
        previous_page_url: null,
        data: [],
      });
    });
  });
  afterEach(async () => {
    for (const instance of instances.splice(0)) await instance.logout();
    sinon.restore();
  });

  it('loadDialstackAndInitialize resolves to the instance and fetches the first secret eagerly, once', async () => {
    const fetchClientSecret = sinon.stub().resolves('secret_1');
    const instance = await loadDialstackAndInitialize({ fetchClientSecret, apiUrl: '' });
    instances.push(instance as Instance);
    expect(fetchClientSecret.callCount).to.equal(1);
    await Promise.all(
      ['/v1/calls', '/v1/users', '/v1/voicemails', '/v1/calls/c1', '/v1/calls/c2'].map((p) =>
        instance.client.get(p),
      ),
    );
    expect(fetchClientSecret.callCount).to.equal(1);
    // '' means the page's own origin (same-origin mocks).
    expect(requestOf(fetchStub, 0).url.startsWith(`${location.origin}/v1/`)).to.equal(true);
  });

  it('rejects options without a fetchClientSecret function', async () => {
    const error = await loadDialstackAndInitialize({} as never).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(TypeError);
  });

  it('called twice with the same options returns the same instance and registers nothing twice', async () => {
    const fetchClientSecret = sinon.stub().resolves('secret_1');
    const first = init({ fetchClientSecret, apiUrl: '', appearance: { theme: 'light' } });
    const second = init({ fetchClientSecret, apiUrl: '', appearance: { theme: 'dark' } });
    expect(second).to.equal(first);
    expect(first.appearance.theme).to.equal('dark');
    expect(fetchClientSecret.callCount).to.equal(1);

    const { values, remove } = requestInstance();
    expect(values).to.deep.equal([first]); // one provider answered, once
    remove();
  });

  it('called with a different fetchClientSecret replaces the instance: the old one logs out, consumers get the new one', async () => {
    const first = init({ fetchClientSecret: () => 'secret_a', apiUrl: '' });
    const consumer = requestInstance(true);
    expect(consumer.values).to.deep.equal([first]);
    first.on('call.end', () => {});
    await until(() => bodies.length === 1);

    const second = init({ fetchClientSecret: () => 'secret_b', apiUrl: '' });
    expect(second).not.to.equal(first);
    expect(first.loggedOut).to.equal(true);
    expect(requestOf(fetchStub, 0).signal!.aborted).to.equal(true);
    expect(consumer.values).to.deep.equal([first, second]);

    const { values, remove } = requestInstance();
    expect(values).to.deep.equal([second]);
    remove();
    consumer.remove();
  });

  it('after logout, initialize creates a fresh instance', async () => {
    const fetchClientSecret = () => 'secret';
    const first = init({ fetchClientSecret, apiUrl: '' });
    await first.logout();
    const second = init({ fetchClientSecret, apiUrl: '' });
    expect(second).not.to.equal(first);
    expect(second.loggedOut).to.equal(false);
  });

  it('create() returns <dialstack-name> bound to the instance and warns once for an element with no loader', () => {
    // Every element has a loader now: take one away to see what a page without it gets.
    const loader = elementLoaders['account-onboarding'];
    delete elementLoaders['account-onboarding'];
    try {
      const warn = sinon.stub(console, 'warn');
      const instance = init({ fetchClientSecret: () => 's', apiUrl: '' });
      const element = instance.create('account-onboarding') as HTMLElement & {
        dialstack?: DialstackInstance;
      };
      expect(element.localName).to.equal('dialstack-account-onboarding');
      expect(element.dialstack === instance, 'element.dialstack').to.equal(true);
      instance.create('account-onboarding');
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('dialstack-account-onboarding');
    } finally {
      elementLoaders['account-onboarding'] = loader;
    }
  });

  it('create() loads the element module on demand through the registry, and the element upgrades', async () => {
    class FakeDialPlan extends HTMLElement {}
    const loader = sinon.spy(async () => {
      customElements.define('dialstack-dial-plan', FakeDialPlan);
    });
    elementLoaders['dial-plan'] = loader;
    try {
      const instance = init({ fetchClientSecret: () => 's', apiUrl: '' });
      const element = instance.create('dial-plan');
      document.body.append(element);
      await until(() => element instanceof FakeDialPlan);
      expect(loader.callCount).to.equal(1);
      instance.create('dial-plan'); // defined now: no second load
      expect(loader.callCount).to.equal(1);
      element.remove();
    } finally {
      delete elementLoaders['dial-plan'];
    }
  });

  it('update() stores appearance and locale and notifies onChange listeners', () => {
    const instance = init({ fetchClientSecret: () => 's', apiUrl: '', locale: 'en' });
    const changes: InstanceChange[] = [];
    const off = instance.onChange((change) => changes.push(change));
    const appearance = { theme: 'dark' as const, variables: { colorPrimary: '#000' } };
    instance.update({ appearance, locale: 'fr' });
    appearance.variables.colorPrimary = '#fff'; // the host's later mutation is not seen until update()
    expect(instance.appearance).to.deep.equal({
      theme: 'dark',
      variables: { colorPrimary: '#000' },
    });
    expect(instance.locale).to.equal('fr');
    expect(changes).to.deep.equal(['appearance', 'locale']);
    instance.update({ locale: 'es' });
    expect(changes).to.deep.equal(['appearance', 'locale', 'locale']);
    off();
    instance.update({ locale: 'en' });
    expect(changes).to.have.length(3);
  });

  it('on() subscribes to live events over one stream and returns an unsubscribe', async () => {
    const instance = init({ fetchClientSecret: () => 's', apiUrl: '' });
    const a = sinon.spy();
    const b = sinon.spy();
    const offA = instance.on('call.incoming', a);
    instance.on('call.incoming', b);
    await until(() => bodies.length === 1);
    bodies[0].push(
      'event: call.incoming\ndata: {"account_id":"a","call_id":"c","from_number":"1","to_number":"2"}\n\n',
    );
    await until(() => a.called && b.called);
    offA();
    instance.off('call.incoming', b);
    await flush(2);
    expect(bodies[0].cancelled).to.equal(true);
    expect(requestOf(fetchStub, 0).url).to.equal(`${location.origin}/v1/events`);
  });

  it('exposes the components claim once the secret has arrived', async () => {
    const instance = init({
      fetchClientSecret: async () => makeJwt({ components: { voicemails: { enabled: true } } }),
      apiUrl: '',
    });
    await until(() => instance.components !== undefined);
    expect(instance.components).to.deep.equal(['voicemails']);
  });

  it('logout() closes the stream, empties the cache, stops reconnects and notifies', async () => {
    const fetchClientSecret = sinon.stub().resolves('secret_1');
    const instance = init({ fetchClientSecret, apiUrl: '' });
    const changes: InstanceChange[] = [];
    instance.onChange((change) => changes.push(change));
    const invalidated = sinon.spy();
    instance.client.onInvalidate(invalidated);
    await instance.client.get('/v1/calls');
    instance.on('call.end', () => {});
    await until(() => bodies.length === 1);
    const streamSignal = requestOf(fetchStub, 1).signal!;
    const callsBefore = fetchStub.callCount;

    await instance.logout();
    expect(instance.loggedOut).to.equal(true);
    expect(changes).to.deep.equal(['logout']);
    expect(streamSignal.aborted).to.equal(true);
    expect(invalidated.calledWith(['calls'])).to.equal(true);

    // The cache is empty and the session is over: no request, an authentication error.
    const error = (await instance.client
      .get('/v1/calls')
      .catch((e: unknown) => e)) as DialstackApiError;
    expect(error).to.be.instanceOf(DialstackApiError);
    expect(error.type).to.equal('authentication_error');
    instance.on('call.end', () => {});
    await flush();
    expect(fetchStub.callCount).to.equal(callsBefore);
    expect(bodies).to.have.length(1);
    expect(fetchClientSecret.callCount).to.equal(1);
    await instance.logout(); // idempotent
    expect(changes).to.deep.equal(['logout']);
  });
});
