import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import { ResponseCache } from '../../../src/core/cache';
import { createClient, retryAfterMs } from '../../../src/core/client';
import { DialstackApiError } from '../../../src/core/errors';
import { Session } from '../../../src/core/session';
import { fakeTiming, jsonResponse, listPage, requestOf } from './helpers';

const API = 'https://api.example.test';

function setup(
  fetchClientSecret: () => unknown = () => 'secret_1',
  options: { timeoutMs?: number } = {},
) {
  const timing = fakeTiming();
  const secretStub = sinon.spy(fetchClientSecret);
  const session = new Session({ fetchClientSecret: secretStub as () => string, timing });
  const cache = new ResponseCache({ now: timing.now });
  const client = createClient({
    apiUrl: API,
    session,
    cache,
    timing,
    timeoutMs: options.timeoutMs,
  });
  return { client, session, cache, timing, secretStub };
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as DialstackApiError,
  );

describe('REST client', () => {
  let fetchStub: sinon.SinonStub;
  beforeEach(() => {
    fetchStub = sinon.stub(window, 'fetch');
  });
  afterEach(() => sinon.restore());

  it('sends the bearer secret in a header, never in the URL, and no Content-Type without a body', async () => {
    fetchStub.resolves(jsonResponse({ id: 'call_1' }));
    const { client } = setup();
    expect(await client.get('/v1/calls/call_1')).to.deep.equal({ id: 'call_1' });
    const request = requestOf(fetchStub, 0);
    expect(request.url).to.equal(`${API}/v1/calls/call_1`);
    expect(request.method).to.equal('GET');
    expect(request.headers.get('Authorization')).to.equal('Bearer secret_1');
    expect(request.headers.has('Content-Type')).to.equal(false);
    expect(request.url).not.to.contain('secret_1');
  });

  it('calls fetch synchronously once the secret is held (the first request waits for it)', async () => {
    fetchStub.callsFake(async () => jsonResponse({ id: 'call_1' }));
    const { client } = setup();
    const first = client.get('/v1/calls/call_1');
    expect(fetchStub.callCount).to.equal(0, 'no secret yet: the first request waits for it');
    await first;
    // Same task, no microtask in between: an element's list request leaves as it connects.
    const second = client.get('/v1/calls/call_2');
    expect(fetchStub.callCount).to.equal(2);
    const third = client.get('/v1/calls/call_3', { cache: 'no-store' });
    expect(fetchStub.callCount).to.equal(3);
    expect(await second).to.deep.equal({ id: 'call_1' });
    await third;
  });

  it('sends JSON with Content-Type on POST and returns undefined for an empty 202', async () => {
    fetchStub.resolves(new Response(null, { status: 202 }));
    const { client } = setup();
    const result = await client.post('/v1/calls', { user_id: 'u1', dial_string: '+15551234567' });
    expect(result).to.equal(undefined);
    const request = requestOf(fetchStub, 0);
    expect(request.method).to.equal('POST');
    expect(request.headers.get('Content-Type')).to.equal('application/json');
    expect(JSON.parse(String(request.body))).to.deep.equal({
      user_id: 'u1',
      dial_string: '+15551234567',
    });
  });

  it('sends a FormData body as it is, letting fetch set the multipart Content-Type', async () => {
    fetchStub.resolves(jsonResponse({ message: 'bill_copy uploaded successfully' }));
    const { client } = setup();
    const form = new FormData();
    form.append('file', new Blob(['%PDF'], { type: 'application/pdf' }), 'bill.pdf');
    await client.post('/v1/port-orders/por_1/bill-copy', form);
    const request = requestOf(fetchStub, 0);
    expect(request.body).to.equal(form);
    expect(request.headers.has('Content-Type')).to.equal(false);
    expect(request.headers.get('Authorization')).to.equal('Bearer secret_1');
  });

  it('makes five concurrent start-up requests with one fetchClientSecret call', async () => {
    fetchStub.callsFake(async () => jsonResponse({ ok: true }));
    let resolveSecret!: (secret: string) => void;
    const { client, secretStub } = setup(() => new Promise((resolve) => (resolveSecret = resolve)));
    const requests = [
      '/v1/calls',
      '/v1/users',
      '/v1/voicemails',
      '/v1/calls/c1',
      '/v1/shared_voicemail_boxes',
    ].map((path) => client.get(path));
    resolveSecret('secret_1');
    await Promise.all(requests);
    expect(secretStub.callCount).to.equal(1);
    expect(fetchStub.callCount).to.equal(5);
  });

  it('after a 401 refreshes the secret once and retries once', async () => {
    let n = 0;
    const { client, secretStub } = setup(() => `secret_${++n}`);
    fetchStub.onCall(0).resolves(jsonResponse({ error: 'Token expired' }, 401));
    fetchStub.onCall(1).resolves(jsonResponse({ id: 'vm_1' }));
    expect(await client.get('/v1/voicemails/vm_1')).to.deep.equal({ id: 'vm_1' });
    expect(secretStub.callCount).to.equal(2);
    expect(fetchStub.callCount).to.equal(2);
    expect(requestOf(fetchStub, 0).headers.get('Authorization')).to.equal('Bearer secret_1');
    expect(requestOf(fetchStub, 1).headers.get('Authorization')).to.equal('Bearer secret_2');
  });

  it('surfaces a second 401 as authentication_error without further refreshes', async () => {
    let n = 0;
    const { client, secretStub } = setup(() => `secret_${++n}`);
    fetchStub.callsFake(async () =>
      jsonResponse({ error: 'Invalid token', code: 'invalid_token' }, 401),
    );
    const error = await rejection(client.get('/v1/calls'));
    expect(error).to.be.instanceOf(DialstackApiError);
    expect(error.type).to.equal('authentication_error');
    expect(error.status).to.equal(401);
    expect(error.code).to.equal('invalid_token');
    expect(fetchStub.callCount).to.equal(2);
    expect(secretStub.callCount).to.equal(2);
  });

  it('concurrent 401s share a single refresh', async () => {
    let n = 0;
    const { client, secretStub } = setup(() => `secret_${++n}`);
    fetchStub.callsFake(async (_url: URL, init: RequestInit) =>
      new Headers(init.headers).get('Authorization') === 'Bearer secret_1'
        ? jsonResponse({ error: 'expired' }, 401)
        : jsonResponse({ ok: true }),
    );
    await Promise.all([
      client.get('/v1/calls'),
      client.get('/v1/users'),
      client.get('/v1/voicemails'),
    ]);
    expect(secretStub.callCount).to.equal(2);
  });

  it('surfaces 403 as authentication_error with no refresh', async () => {
    const { client, secretStub } = setup();
    fetchStub.resolves(jsonResponse({ error: 'Component not enabled' }, 403));
    const error = await rejection(client.get('/v1/voicemails'));
    expect(error.type).to.equal('authentication_error');
    expect(error.status).to.equal(403);
    expect(secretStub.callCount).to.equal(1);
    expect(fetchStub.callCount).to.equal(1);
  });

  it('retries a GET on 503 honouring Retry-After seconds', async () => {
    const { client, timing } = setup();
    fetchStub
      .onCall(0)
      .resolves(jsonResponse({ error: 'Unavailable' }, 503, { 'Retry-After': '2' }));
    fetchStub.onCall(1).resolves(jsonResponse({ data: 1 }));
    expect(await client.get('/v1/calls', { cache: 'no-store' })).to.deep.equal({ data: 1 });
    expect(fetchStub.callCount).to.equal(2);
    expect(timing.sleeps).to.deep.equal([2000]);
  });

  it('retries a GET on 429 honouring a Retry-After HTTP date, then gives up as rate_limit_error', async () => {
    const { client, timing } = setup();
    const date = new Date(timing.clock + 5000).toUTCString();
    fetchStub.callsFake(async () =>
      jsonResponse({ error: 'Too many requests' }, 429, { 'Retry-After': date }),
    );
    const error = await rejection(client.get('/v1/calls'));
    expect(error.type).to.equal('rate_limit_error');
    expect(fetchStub.callCount).to.equal(3);
    expect(timing.sleeps).to.have.length(2);
    for (const ms of timing.sleeps) expect(ms).to.be.within(4000, 5000);
  });

  it('does not wait for an unreasonable Retry-After', async () => {
    const { client } = setup();
    fetchStub.resolves(jsonResponse({ error: 'Later' }, 503, { 'Retry-After': '3600' }));
    const error = await rejection(client.get('/v1/calls'));
    expect(error.type).to.equal('api_error');
    expect(fetchStub.callCount).to.equal(1);
  });

  it('retries a GET on 5xx and network errors with growing backoff', async () => {
    const { client, timing } = setup();
    fetchStub.onCall(0).rejects(new TypeError('Failed to fetch'));
    fetchStub.onCall(1).resolves(jsonResponse({ error: 'Bad gateway' }, 502));
    fetchStub.onCall(2).resolves(jsonResponse({ ok: 1 }));
    expect(await client.get('/v1/users')).to.deep.equal({ ok: 1 });
    expect(fetchStub.callCount).to.equal(3);
    expect(timing.sleeps).to.have.length(2);
    expect(timing.sleeps[1]).to.be.greaterThan(timing.sleeps[0]);
  });

  it('never retries POST or DELETE', async () => {
    const { client, timing } = setup();
    fetchStub.resolves(jsonResponse({ error: 'Unavailable' }, 503, { 'Retry-After': '1' }));
    expect(
      (await rejection(client.post('/v1/calls', { user_id: 'u', dial_string: '1' }))).type,
    ).to.equal('api_error');
    expect(fetchStub.callCount).to.equal(1);
    fetchStub.rejects(new TypeError('Failed to fetch'));
    expect((await rejection(client.delete('/v1/voicemails/vm_1'))).type).to.equal(
      'api_connection_error',
    );
    expect(fetchStub.callCount).to.equal(2);
    expect(timing.sleeps).to.deep.equal([]);
  });

  it('reports a network failure as api_connection_error after the retries', async () => {
    const { client } = setup();
    fetchStub.rejects(new TypeError('Failed to fetch'));
    const error = await rejection(client.get('/v1/calls'));
    expect(error.type).to.equal('api_connection_error');
    expect(fetchStub.callCount).to.equal(3);
  });

  it('times out as api_connection_error', async () => {
    const { client } = setup(undefined, { timeoutMs: 40 });
    fetchStub.callsFake(
      (_url: URL, init: RequestInit) =>
        new Promise((_, reject) =>
          init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
        ),
    );
    const started = performance.now();
    const error = await rejection(client.get('/v1/calls'));
    expect(error.type).to.equal('api_connection_error');
    expect(error.message).to.match(/40 ms/);
    expect(performance.now() - started).to.be.lessThan(1000);
    expect(requestOf(fetchStub, 0).signal!.aborted).to.equal(true);
  });

  it('honours a per-request timeout', async () => {
    const { client } = setup();
    fetchStub.callsFake(
      (_url: URL, init: RequestInit) =>
        new Promise((_, reject) =>
          init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
        ),
    );
    const error = await rejection(client.post('/v1/calls', {}, { timeoutMs: 20 }));
    expect(error.type).to.equal('api_connection_error');
  });

  it('passes the caller abort through as an AbortError and aborts the network request', async () => {
    const { client } = setup();
    fetchStub.callsFake(
      (_url: URL, init: RequestInit) =>
        new Promise((_, reject) =>
          init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
        ),
    );
    const controller = new AbortController();
    const pending = rejection(
      client.get('/v1/calls', { signal: controller.signal, cache: 'no-store' }),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    controller.abort();
    const error = await pending;
    expect((error as unknown as DOMException).name).to.equal('AbortError');
    expect(requestOf(fetchStub, 0).signal!.aborted).to.equal(true);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const { client } = setup();
    const error = await rejection(client.get('/v1/calls', { signal: AbortSignal.abort() }));
    expect((error as unknown as DOMException).name).to.equal('AbortError');
    expect(fetchStub.callCount).to.equal(0);
  });

  it('turns an HTML error body into api_error and a non-JSON success body into api_error', async () => {
    const { client } = setup();
    fetchStub.resolves(
      new Response('<html>Bad gateway</html>', {
        status: 400,
        headers: { 'Content-Type': 'text/html' },
      }),
    );
    const error = await rejection(client.get('/v1/calls'));
    expect(error.type).to.equal('api_error');
    expect(error.status).to.equal(400);

    fetchStub.resolves(new Response('<html>login page</html>', { status: 200 }));
    const parsed = await rejection(client.get('/v1/users'));
    expect(parsed.type).to.equal('api_error');
  });

  it('passes through unknown enum values and missing optional fields untouched', async () => {
    const { client } = setup();
    const call = { id: 'c1', direction: 'sideways', status: 'teleported' };
    fetchStub.resolves(jsonResponse(call));
    expect(await client.get('/v1/calls/c1')).to.deep.equal(call);
  });

  it('page() fetches one page; list() follows next_page_url lazily and never builds cursors', async () => {
    const { client } = setup();
    fetchStub.callsFake(async (url: URL) => {
      const page = new URL(url).searchParams.get('page');
      if (!page) return jsonResponse(listPage([1, 2], '/v1/calls?page=opaque%2Bcursor%3D'));
      if (page === 'opaque+cursor=')
        return jsonResponse(listPage([3], `${API}/v1/calls?page=last`));
      return jsonResponse(listPage([4], null));
    });
    const first = await client.page<number>('/v1/calls', {
      query: { direction: 'inbound', limit: 2 },
    });
    expect(first.data).to.deep.equal([1, 2]);
    expect(fetchStub.callCount).to.equal(1);

    fetchStub.resetHistory();
    const iterator = client.list<number>('/v1/calls', {
      query: { direction: 'inbound', limit: 2 },
      cache: 'no-store',
    });
    expect(fetchStub.callCount).to.equal(0);
    expect((await iterator.next()).value).to.equal(1);
    expect(fetchStub.callCount).to.equal(1);
    const rest: number[] = [];
    for await (const item of iterator) rest.push(item);
    expect(rest).to.deep.equal([2, 3, 4]);
    expect(fetchStub.callCount).to.equal(3);
    expect(requestOf(fetchStub, 0).url).to.equal(`${API}/v1/calls?direction=inbound&limit=2`);
    expect(requestOf(fetchStub, 1).url).to.equal(`${API}/v1/calls?page=opaque%2Bcursor%3D`);
    expect(requestOf(fetchStub, 2).url).to.equal(`${API}/v1/calls?page=last`);
  });

  it('stops when a server repeats the same next_page_url', async () => {
    const { client } = setup();
    fetchStub.callsFake(async () => jsonResponse(listPage([1], '/v1/calls?page=same')));
    const items: number[] = [];
    for await (const item of client.list<number>('/v1/calls', { cache: 'no-store' }))
      items.push(item);
    expect(items).to.deep.equal([1, 1]);
    expect(fetchStub.callCount).to.equal(2);
  });

  it('never puts the secret in a thrown error message, whatever the server echoes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[A-Za-z0-9_-]{16,48}\.[A-Za-z0-9_-]{16,48}\.[A-Za-z0-9_-]{8,32}$/),
        fc.string(),
        fc.constantFrom(400, 401, 403, 404, 409, 422, 429, 500, 502, 503),
        fc.constantFrom('json', 'html', 'text', 'network'),
        async (secret, noise, status, kind) => {
          fetchStub.reset();
          const echo = `${noise}${secret}${noise}`;
          fetchStub.callsFake(async () => {
            if (kind === 'network') throw new TypeError(`Failed to fetch ${echo}`);
            const body =
              kind === 'json'
                ? JSON.stringify({
                    error: echo,
                    code: echo,
                    details: { authorization: `Bearer ${secret}` },
                  })
                : kind === 'html'
                  ? `<html>${echo}</html>`
                  : echo;
            return new Response(body, { status, headers: { 'Retry-After': '0' } });
          });
          const { client } = setup(() => secret);
          const error = await rejection(client.get('/v1/calls'));
          expect(error.message).not.to.contain(secret);
          expect(String(error.code)).not.to.contain(secret);
          expect(JSON.stringify(error.details ?? null)).not.to.contain(secret);
          for (const call of fetchStub.getCalls())
            expect(String(call.args[0])).not.to.contain(secret);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, ignoring garbage', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('3', now)).to.equal(3000);
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:10 GMT', now)).to.equal(10_000);
    expect(retryAfterMs('Wed, 31 Dec 2025 00:00:00 GMT', now)).to.equal(0);
    expect(retryAfterMs('soon', now)).to.equal(undefined);
    expect(retryAfterMs(null, now)).to.equal(undefined);
    expect(retryAfterMs('', now)).to.equal(undefined);
  });
});

describe('REST client input errors', () => {
  it('rejects (never throws synchronously) for a path on another origin', async () => {
    const timing = fakeTiming();
    const session = new Session({ fetchClientSecret: () => 's', timing });
    const client = createClient({ apiUrl: API, session, cache: new ResponseCache(), timing });
    let promise: Promise<unknown> | undefined;
    expect(() => (promise = client.get('https://elsewhere.example/v1/calls'))).not.to.throw();
    const error = (await promise!.catch((e: unknown) => e)) as DialstackApiError;
    expect(error.type).to.equal('invalid_request_error');
  });
});
