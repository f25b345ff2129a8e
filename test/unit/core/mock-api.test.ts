import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { callsPage, listCalls, listUsers, type CallLog } from '../../../src/api/resources';
import { DialstackApiError } from '../../../src/core/errors';
import { initialize } from '../../../src/core/initialize';
import type { Instance } from '../../../src/core/instance';
import type { CallIncomingEvent } from '../../../src/core/types';
import { clearFailures, fail, mockSession, resetMock, simulate } from '../../support/mock';
import { until } from './helpers';

// Against the mock DialStack API the test server runs at the same origin (dev/mock-api).
const sessionFor = (components?: string[]) =>
  sinon.spy(async () => {
    const { client_secret, expires_at } = await mockSession(components ? { components } : {});
    return { clientSecret: client_secret, expiresAt: expires_at };
  });

describe('runtime against the mock API', () => {
  let instance: Instance | undefined;
  beforeEach(async () => {
    await resetMock();
  });
  afterEach(async () => {
    await instance?.logout();
    instance = undefined;
    await clearFailures();
  });

  it('lists calls across pages by following next_page_url, with filters', async () => {
    instance = initialize({ fetchClientSecret: sessionFor(), apiUrl: '' });
    const first = await callsPage(instance.client, { query: { limit: 5, direction: 'inbound' } });
    expect(first.data).to.have.length(5);
    expect(first.next_page_url).to.be.a('string');
    const second = await callsPage(instance.client, { pageUrl: first.next_page_url });
    const ids = new Set([...first.data, ...second.data].map((call) => call.id));
    expect(ids.size).to.equal(10);

    const streamed: CallLog[] = [];
    for await (const call of listCalls(instance.client, {
      query: { limit: 4, direction: 'inbound' },
    })) {
      streamed.push(call);
      if (streamed.length === 10) break;
    }
    expect(streamed.every((call) => call.direction === 'inbound')).to.equal(true);
    expect(new Set(streamed.map((call) => call.id)).size).to.equal(10);
  });

  it('reads the components claim of the real session token', async () => {
    instance = initialize({
      fetchClientSecret: sessionFor(['voicemails', 'call_logs']),
      apiUrl: '',
    });
    await until(() => instance!.components !== undefined);
    expect([...instance.components!].sort()).to.deep.equal(['call_logs', 'voicemails']);
  });

  it('surfaces a component the session lacks as authentication_error (403)', async () => {
    instance = initialize({ fetchClientSecret: sessionFor(['voicemails']), apiUrl: '' });
    const error = (await callsPage(instance.client).catch((e: unknown) => e)) as DialstackApiError;
    expect(error).to.be.instanceOf(DialstackApiError);
    expect(error.type).to.equal('authentication_error');
    expect(error.status).to.equal(403);
  });

  it('recovers from an injected 503 on a GET and from a 401 with a fresh secret', async () => {
    const fetchClientSecret = sessionFor();
    instance = initialize({ fetchClientSecret, apiUrl: '' });
    await fail({ method: 'GET', path: '/v1/users', status: 503, times: 1 });
    const users = [];
    for await (const user of listUsers(instance.client, { query: { 'expand[]': ['extensions'] } }))
      users.push(user);
    expect(users.length).to.be.greaterThan(0);

    await fail({ method: 'GET', path: '/v1/calls', status: 401, times: 1 });
    const page = await callsPage(instance.client, { query: { limit: 1 } });
    expect(page.data).to.have.length(1);
    expect(fetchClientSecret.callCount).to.equal(2);
  });

  it('delivers a simulated incoming call over the live stream', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    try {
      instance = initialize({ fetchClientSecret: sessionFor(), apiUrl: '' });
      const received: CallIncomingEvent[] = [];
      instance.on('call.incoming', (event) => received.push(event));
      await until(() =>
        fetchSpy.getCalls().some((call) => String(call.args[0]).endsWith('/v1/events')),
      );
      const stream = fetchSpy
        .getCalls()
        .find((call) => String(call.args[0]).endsWith('/v1/events'))!;
      expect((await stream.returnValue).status).to.equal(200);

      const { call_id } = await simulate('incoming', { from_name: 'Ada Lovelace' });
      await until(() => received.length > 0);
      expect(received[0].event).to.equal('call.incoming');
      expect(received[0].call_id).to.equal(call_id);
      expect(received[0].from_name).to.equal('Ada Lovelace');
    } finally {
      fetchSpy.restore();
    }
  });
});
