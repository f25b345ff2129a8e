import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { ResponseCache } from '../../../src/core/cache';
import { createClient } from '../../../src/core/client';
import { Session } from '../../../src/core/session';
import { fakeTiming, flush, jsonResponse, requestOf } from './helpers';

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => (resolve = res));
  return { promise, resolve };
};

function setup() {
  const timing = fakeTiming();
  const session = new Session({ fetchClientSecret: () => 'secret', timing });
  const cache = new ResponseCache({ now: timing.now, freshMs: 10_000 });
  const client = createClient({ apiUrl: 'https://api.example.test', session, cache, timing });
  return { client, cache, timing };
}

describe('ResponseCache through the client', () => {
  let fetchStub: sinon.SinonStub;
  beforeEach(() => {
    fetchStub = sinon.stub(window, 'fetch');
  });
  afterEach(() => sinon.restore());

  it('shares identical in-flight GETs: two callers, one fetch', async () => {
    const { client } = setup();
    const response = deferred<Response>();
    fetchStub.returns(response.promise);
    const a = client.get('/v1/users?expand%5B%5D=extensions');
    const b = client.get('/v1/users', { query: { 'expand[]': ['extensions'] } });
    await flush(2);
    response.resolve(jsonResponse({ data: ['alice'] }));
    expect(await a).to.deep.equal({ data: ['alice'] });
    expect(await b).to.deep.equal({ data: ['alice'] });
    expect(fetchStub.callCount).to.equal(1);
  });

  it('serves a fresh value from the cache without a request', async () => {
    const { client } = setup();
    fetchStub.callsFake(async () => jsonResponse({ n: 1 }));
    await client.get('/v1/calls');
    expect(await client.get('/v1/calls')).to.deep.equal({ n: 1 });
    expect(fetchStub.callCount).to.equal(1);
  });

  it('serves a stale value at once, revalidates in the background, and notifies only if it changed', async () => {
    const { client, timing } = setup();
    const invalidations: (readonly string[])[] = [];
    client.onInvalidate((tags) => invalidations.push(tags));
    fetchStub.onCall(0).resolves(jsonResponse({ n: 1 }));
    fetchStub.onCall(1).resolves(jsonResponse({ n: 1 }));
    fetchStub.onCall(2).resolves(jsonResponse({ n: 2 }));
    await client.get('/v1/calls');

    timing.clock += 11_000;
    expect(await client.get('/v1/calls')).to.deep.equal({ n: 1 });
    await flush();
    expect(fetchStub.callCount).to.equal(2);
    expect(invalidations).to.deep.equal([]); // same data: nobody needs to refetch

    timing.clock += 11_000;
    expect(await client.get('/v1/calls')).to.deep.equal({ n: 1 });
    await flush();
    expect(fetchStub.callCount).to.equal(3);
    expect(invalidations).to.deep.equal([['calls']]);
    expect(await client.get('/v1/calls')).to.deep.equal({ n: 2 });
    expect(fetchStub.callCount).to.equal(3);
  });

  it("cache: 'no-store' always fetches", async () => {
    const { client } = setup();
    fetchStub.callsFake(async () => jsonResponse({ n: 1 }));
    await client.get('/v1/calls');
    await client.get('/v1/calls', { cache: 'no-store' });
    expect(fetchStub.callCount).to.equal(2);
  });

  it("a mutation invalidates its resource's tag, notifies listeners and forces a refetch", async () => {
    const { client } = setup();
    const heard = sinon.spy();
    const unsubscribe = client.onInvalidate(heard);
    fetchStub.callsFake(async (url: URL, init: RequestInit) =>
      init.method === 'POST'
        ? jsonResponse({ id: 'vm_1', is_read: true })
        : jsonResponse({ url: String(url) }),
    );
    await client.get('/v1/voicemails');
    await client.get('/v1/voicemails/vm_1');
    await client.get('/v1/calls');
    expect(fetchStub.callCount).to.equal(3);

    await client.post('/v1/voicemails/vm_1', { is_read: true });
    expect(heard.calledOnceWithExactly(['voicemails'], undefined)).to.equal(true);

    await client.get('/v1/voicemails');
    await client.get('/v1/voicemails/vm_1');
    await client.get('/v1/calls'); // other resources stay cached
    expect(fetchStub.callCount).to.equal(6);

    await client.delete('/v1/voicemails/vm_1');
    expect(heard.callCount).to.equal(2);
    unsubscribe();
    client.invalidate(['calls']);
    expect(heard.callCount).to.equal(2);
    await client.get('/v1/calls');
    expect(fetchStub.callCount).to.equal(8);
  });

  it('honours explicit tags and invalidates', async () => {
    const { client } = setup();
    const heard = sinon.spy();
    client.onInvalidate(heard);
    fetchStub.callsFake(async () => jsonResponse({}));
    await client.get('/v1/users', { tags: ['users', 'directory'] });
    await client.post('/v1/calls', {}, { invalidates: ['directory'] });
    expect(heard.calledOnceWithExactly(['directory'], undefined)).to.equal(true);
    // A mutation's origin reaches the listeners, so its element can skip reloading itself.
    const origin = {};
    await client.post('/v1/calls', {}, { invalidates: ['directory'], origin });
    expect(heard.secondCall.args).to.deep.equal([['directory'], origin]);
    expect(heard.secondCall.args[1]).to.equal(origin);
    await client.get('/v1/users', { tags: ['users', 'directory'] });
    expect(fetchStub.callCount).to.equal(4);
  });

  it('does not cache a response that was in flight when its resource was invalidated', async () => {
    const { client } = setup();
    const response = deferred<Response>();
    fetchStub.onCall(0).returns(response.promise);
    fetchStub.onCall(1).resolves(jsonResponse({ version: 2 }));
    const early = client.get('/v1/voicemails');
    await flush(2);
    client.invalidate(['voicemails']);
    response.resolve(jsonResponse({ version: 1 }));
    expect(await early).to.deep.equal({ version: 1 });
    expect(await client.get('/v1/voicemails')).to.deep.equal({ version: 2 });
  });

  it('an aborted caller does not abort the request shared with others', async () => {
    const { client } = setup();
    const response = deferred<Response>();
    fetchStub.returns(response.promise);
    const controller = new AbortController();
    const aborted = client.get('/v1/users', { signal: controller.signal });
    const kept = client.get('/v1/users');
    await flush(2);
    controller.abort();
    const error = (await aborted.catch((e: unknown) => e)) as DOMException;
    expect(error.name).to.equal('AbortError');
    expect(requestOf(fetchStub, 0).signal!.aborted).to.equal(false);
    response.resolve(jsonResponse({ data: [] }));
    expect(await kept).to.deep.equal({ data: [] });
    expect(fetchStub.callCount).to.equal(1);
  });

  it('aborts the network request once every sharer has aborted, and the next caller starts afresh', async () => {
    const { client } = setup();
    fetchStub
      .onCall(0)
      .callsFake(
        (_url: URL, init: RequestInit) =>
          new Promise((_, reject) =>
            init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
          ),
      );
    fetchStub.onCall(1).resolves(jsonResponse({ fresh: true }));
    const one = new AbortController();
    const two = new AbortController();
    const a = client.get('/v1/users', { signal: one.signal }).catch((e: unknown) => e);
    const b = client.get('/v1/users', { signal: two.signal }).catch((e: unknown) => e);
    await flush(2);
    one.abort();
    await flush(2);
    expect(requestOf(fetchStub, 0).signal!.aborted).to.equal(false);
    two.abort();
    await Promise.all([a, b]);
    expect(requestOf(fetchStub, 0).signal!.aborted).to.equal(true);
    expect(await client.get('/v1/users')).to.deep.equal({ fresh: true });
    expect(fetchStub.callCount).to.equal(2);
  });

  it('clear() empties everything and tells listeners which tags were held', async () => {
    const { client, cache } = setup();
    const heard = sinon.spy();
    client.onInvalidate(heard);
    fetchStub.callsFake(async () => jsonResponse({}));
    await client.get('/v1/calls');
    await client.get('/v1/users');
    cache.clear();
    expect(heard.callCount).to.equal(1);
    expect([...heard.firstCall.args[0]].sort()).to.deep.equal(['calls', 'users']);
    await client.get('/v1/calls');
    expect(fetchStub.callCount).to.equal(3);
  });

  it('a throwing invalidation listener does not stop the others', async () => {
    const { client } = setup();
    const errorStub = sinon.stub(console, 'error');
    const second = sinon.spy();
    client.onInvalidate(() => {
      throw new Error('listener bug');
    });
    client.onInvalidate(second);
    client.invalidate(['calls']);
    expect(second.calledOnce).to.equal(true);
    expect(errorStub.calledOnce).to.equal(true);
  });

  it('keeps a bounded number of entries', async () => {
    const timing = fakeTiming();
    const cache = new ResponseCache({ now: timing.now, maxEntries: 2 });
    const fetcher = sinon.spy(async () => 'v');
    for (const key of ['a', 'b', 'c']) await cache.get(key, [], fetcher);
    await cache.get('c', [], fetcher);
    await cache.get('b', [], fetcher);
    expect(fetcher.callCount).to.equal(3);
    await cache.get('a', [], fetcher);
    expect(fetcher.callCount).to.equal(4);
  });
});
