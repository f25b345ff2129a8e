/** The Connect middleware over a real HTTP server: requests, bodies, streaming SSE, disconnects. */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { decodeJwt } from 'jose';
import { mockApiMiddleware } from '../../dev/mock-api/middleware';
import { MOCK_SCOPE_COOKIE } from '../../dev/mock-api/scope';
import { realBackend } from '../../dev/mock-api/real-backend';
import { createStore, type MockStore } from '../../dev/mock-api/store';
import { readSse } from './helpers/sse';

function serve(
  middleware: ReturnType<typeof mockApiMiddleware>,
): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) =>
    middleware(req, res, () => {
      res.writeHead(418, { 'Content-Type': 'text/plain' });
      res.end('next()');
    }),
  );
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

async function until(check: () => boolean, ms = 2000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('mockApiMiddleware over http.createServer', () => {
  let store: MockStore;
  let server: Server;
  let base: string;
  let token: string;

  before(async () => {
    store = createStore({ heartbeatMs: 60_000 });
    ({ server, base } = await serve(mockApiMiddleware({ store, realBackend: null })));
    token = (
      (await (await fetch(`${base}/api/dialstack-session`, { method: 'POST' })).json()) as {
        client_secret: string;
      }
    ).client_secret;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const auth = () => ({ Authorization: `Bearer ${token}` });

  it('serves the API with absolute next_page_urls on the server’s origin', async () => {
    const response = await fetch(`${base}/v1/calls?limit=3`, { headers: auth() });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    const body = (await response.json()) as { data: unknown[]; next_page_url: string };
    assert.equal(body.data.length, 3);
    assert.ok(body.next_page_url.startsWith(`${base}/v1/calls?`));
    assert.equal((await fetch(body.next_page_url, { headers: auth() })).status, 200);
  });

  it('passes request bodies through', async () => {
    const id = store.facts.voicemails.voicemailUnreadCompleted;
    const response = await fetch(`${base}/v1/voicemails/${id}`, {
      method: 'POST',
      headers: { ...auth(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ is_read: true }),
    });
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { is_read: boolean }).is_read, true);
    assert.equal(store.data.voicemails.find((v) => v.id === id)!.is_read, true);
  });

  it('calls next() for everything else', async () => {
    for (const path of ['/', '/index.html', '/src/index.ts', '/v1calls', '/api/other']) {
      const response = await fetch(`${base}${path}`);
      assert.equal(response.status, 418, path);
      assert.equal(await response.text(), 'next()');
    }
  });

  it('streams SSE chunk by chunk while the response is still open, and aborts on disconnect', async () => {
    const controller = new AbortController();
    const response = await fetch(`${base}/v1/events`, {
      headers: auth(),
      signal: controller.signal,
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
    const stream = readSse(response.body!);
    let ended = false;
    void stream.ended.then(() => (ended = true));
    assert.equal((await stream.next()).event, 'connected');
    assert.equal(ended, false, 'the connected event arrived before the response ended');

    const { call_id } = (await (
      await fetch(`${base}/__mock/simulate`, {
        method: 'POST',
        body: JSON.stringify({ kind: 'hangup' }),
      })
    ).json()) as { call_id: string };
    const end = JSON.parse((await stream.nextOf('call.end')).data);
    assert.equal(end.call_id, call_id);
    assert.equal(ended, false, 'still open after live events');
    assert.equal(store.hub.subscriberCount, 1);

    controller.abort();
    await until(() => store.hub.subscriberCount === 0);
  });

  it('turns a status-0 injected failure into a dropped connection', async () => {
    await fetch(`${base}/__mock/fail`, {
      method: 'POST',
      body: JSON.stringify({ method: 'GET', path: '/v1/users', status: 0 }),
    });
    await assert.rejects(fetch(`${base}/v1/users`, { headers: auth() }), TypeError);
    assert.equal((await fetch(`${base}/v1/users`, { headers: auth() })).status, 200);
  });

  it('serves generated audio with ranges', async () => {
    const url = `${base}/mock-media/voicemails/${store.facts.voicemails.voicemailPendingTranscript}.wav`;
    const response = await fetch(url, { headers: { Range: 'bytes=0-11' } });
    assert.equal(response.status, 206);
    assert.equal(response.headers.get('content-type'), 'audio/wav');
    const bytes = Buffer.from(await response.arrayBuffer());
    assert.equal(bytes.length, 12);
    assert.equal(bytes.subarray(0, 4).toString('latin1'), 'RIFF');
    assert.equal(bytes.subarray(8, 12).toString('latin1'), 'WAVE');
  });

  it('demo backend: mock config', async () => {
    assert.deepEqual(await (await fetch(`${base}/api/dialstack-config`)).json(), {
      apiUrl: '',
      mock: true,
    });
  });
});

describe('demo backend against the real API (DIALSTACK_SECRET_KEY + DIALSTACK_ACCOUNT)', () => {
  it('creates the session server-side and hands the browser only the secret', async () => {
    const secretKey = 'sk_live_do_not_log_me';
    const seen: { url: string; init: RequestInit }[] = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(
        JSON.stringify({
          account_id: 'acct_real',
          client_secret: 'eyJ.real.secret',
          expires_at: '2030-01-01T00:00:00Z',
          extra: 'x',
        }),
        { status: 201 },
      );
    }) as unknown as typeof fetch;
    const logs: string[] = [];
    const original = { log: console.log, error: console.error, warn: console.warn };
    console.log =
      console.error =
      console.warn =
        (...args: unknown[]) => void logs.push(args.join(' '));
    const { server, base } = await serve(
      mockApiMiddleware({
        realBackend: realBackend(secretKey, 'acct_real', 'https://api.dialstack.ai', fakeFetch),
      }),
    );
    try {
      const session = await fetch(`${base}/api/dialstack-session`, { method: 'POST' });
      assert.equal(session.status, 200);
      assert.deepEqual(await session.json(), {
        client_secret: 'eyJ.real.secret',
        expires_at: '2030-01-01T00:00:00Z',
      });
      assert.equal(seen[0]!.url, 'https://api.dialstack.ai/v1/account_sessions');
      assert.equal(
        (seen[0]!.init.headers as Record<string, string>).Authorization,
        `Bearer ${secretKey}`,
      );
      const sent = JSON.parse(String(seen[0]!.init.body));
      assert.equal(sent.account, 'acct_real');
      assert.equal(
        Object.values(sent.components).filter((c) => (c as { enabled: boolean }).enabled).length,
        7,
      );
      assert.deepEqual(await (await fetch(`${base}/api/dialstack-config`)).json(), {
        apiUrl: 'https://api.dialstack.ai',
        mock: false,
      });
      assert.ok(!logs.some((line) => line.includes(secretKey) || line.includes('eyJ.real.secret')));
    } finally {
      Object.assign(console, original);
      server.closeAllConnections();
      server.close();
    }
  });

  it('passes an API error through without the key', async () => {
    const fakeFetch = (async () =>
      new Response(JSON.stringify({ error: 'Invalid API key', code: 'unauthorized' }), {
        status: 401,
      })) as unknown as typeof fetch;
    const backend = realBackend(
      'sk_live_secret',
      'acct_real',
      'https://api.dialstack.ai',
      fakeFetch,
    );
    const result = await backend.createSession();
    assert.deepEqual(result, {
      status: 401,
      body: { error: 'Invalid API key', code: 'unauthorized' },
    });
  });
});

describe('mockApiMiddleware with a store per scope (the test runner)', () => {
  let fallback: MockStore;
  let server: Server;
  let base: string;

  before(async () => {
    fallback = createStore({ heartbeatMs: 60_000 });
    ({ server, base } = await serve(
      mockApiMiddleware({ store: fallback, realBackend: null, storePerScope: { max: 2 } }),
    ));
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const as = (scope?: string): Record<string, string> =>
    scope ? { Cookie: `other=1; ${MOCK_SCOPE_COOKIE}=${scope}` } : {};
  const post = (path: string, scope?: string, body: unknown = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...as(scope) },
      body: JSON.stringify(body),
    });
  const voicemailCount = async (scope?: string) => {
    const { client_secret } = (await (await post('/__mock/session', scope)).json()) as {
      client_secret: string;
    };
    const response = await fetch(`${base}/v1/voicemails?limit=100`, {
      headers: { Authorization: `Bearer ${client_secret}`, ...as(scope) },
    });
    return ((await response.json()) as { data: unknown[] }).data.length;
  };

  it('keeps each scope’s data, failures and event streams apart from the others', async () => {
    const seeded = await voicemailCount('file-a');
    assert.equal(await voicemailCount('file-b'), seeded);
    await post('/__mock/simulate', 'file-a', { kind: 'voicemail' });
    assert.equal(await voicemailCount('file-a'), seeded + 1);
    assert.equal(await voicemailCount('file-b'), seeded, 'another scope is untouched');
    assert.equal(await voicemailCount(), seeded, 'so is the unscoped store');

    await post('/__mock/fail', 'file-b', { method: 'GET', path: '/v1/voicemails', status: 503 });
    assert.equal(await voicemailCount('file-a'), seeded + 1, 'a failure injected elsewhere');
    await assert.rejects(voicemailCount('file-b'));

    await post('/__mock/reset', 'file-a');
    assert.equal(await voicemailCount('file-a'), seeded);
  });

  it('lists a scope’s open event streams with their session, and only that scope’s', async () => {
    const { client_secret } = (await (await post('/__mock/session', 'file-a')).json()) as {
      client_secret: string;
    };
    const streams = async (scope: string) =>
      (
        (await (await fetch(`${base}/__mock/streams`, { headers: as(scope) })).json()) as {
          count: number;
          streams: { session: string | null }[];
        }
      ).streams;
    assert.deepEqual(await streams('file-a'), []);
    const controller = new AbortController();
    const response = await fetch(`${base}/v1/events`, {
      headers: { Authorization: `Bearer ${client_secret}`, ...as('file-a') },
      signal: controller.signal,
    });
    assert.equal(response.status, 200);
    const jti = (decodeJwt(client_secret) as { jti: string }).jti;
    assert.deepEqual(
      (await streams('file-a')).map((s) => s.session),
      [jti],
    );
    assert.deepEqual(await streams('file-b'), []);
    controller.abort();
    const deadline = Date.now() + 2000;
    while ((await streams('file-a')).length && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(await streams('file-a'), [], 'a closed stream is gone');
  });
});
