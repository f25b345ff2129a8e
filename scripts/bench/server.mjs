// The loopback server every browser section talks to: the bench pages and their bundles, and
// the repo's mock DialStack API (dev/mock-api, contract-shaped, real session JWTs) at the same
// origin. `GET /v1/calls` without filters is answered by a fast pre-sorted stub (same records,
// opaque offset cursors): the mock sorts the whole list on every request, which is fine for
// its seed but would dominate a 100,000-call scroll. Every request is logged for the sharing
// and leak sections; `/v1/events` connections are counted while open.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { mockApiMiddleware } from '../../dev/mock-api/middleware.ts';
import { createStore } from '../../dev/mock-api/store.ts';
import { serializeCall } from '../../dev/mock-api/serialize.ts';
import { generatePlan } from '../../components/dial-plan/dial-plan.generate.ts';

const DAY = 86_400_000;
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };

/** Shifts every `*_at` timestamp of a record by `delta` ms. */
function shifted(record, delta) {
  const copy = structuredClone(record);
  for (const [key, value] of Object.entries(copy)) {
    if (key.endsWith('_at') && typeof value === 'string' && !Number.isNaN(Date.parse(value)))
      copy[key] = new Date(Date.parse(value) + delta).toISOString();
  }
  return copy;
}

/** `count` records cloned round-robin from the seed's, newest first, `spacing` ms apart. */
function generate(templates, count, prefix, timeKey, now, spacing) {
  const out = new Array(count);
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length];
    const at = now - 60_000 - i * spacing;
    const record = shifted(template, at - Date.parse(template[timeKey]));
    record.id = `${prefix}_01jcrfcb${i.toString(36).padStart(19, '0')}`;
    out[i] = record;
  }
  return out;
}

export async function startServer({ assetsDir, harness }) {
  const store = createStore();
  const seed = { calls: store.data.calls, voicemails: store.data.voicemails };
  const mock = mockApiMiddleware({ store, realBackend: null });
  const log = [];
  let openStreams = 0;
  let fastCalls = [];

  const server = createServer((req, res) => {
    const url = new URL(req.url, `http://${req.headers.host}`);
    const entry = { t: performance.now(), method: req.method, url: req.url, status: 0 };
    log.push(entry);
    res.on('finish', () => (entry.status = res.statusCode));
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    if (url.pathname === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' });
      res.end(harness(url.searchParams));
      return;
    }
    if (url.pathname.startsWith('/assets/')) {
      const file = join(assetsDir, url.pathname.slice('/assets/'.length).replace(/\.\./g, ''));
      if (!existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    if (url.pathname === '/v1/events') {
      openStreams++;
      entry.sse = true;
      res.on('close', () => openStreams--);
    }
    if (req.method === 'GET' && url.pathname === '/v1/calls' && onlyPaging(url)) {
      if (!req.headers.authorization) return void res.writeHead(401).end();
      const limit = Math.min(100, Number(url.searchParams.get('limit') ?? 10));
      const page = url.searchParams.get('page');
      const start = page ? Number(Buffer.from(page, 'base64url').toString().slice(2)) : 0;
      const end = Math.min(start + limit, fastCalls.length);
      const origin = `http://${req.headers.host}`;
      const next = new URL(url.href);
      next.searchParams.set('page', Buffer.from(`o:${end}`).toString('base64url'));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          object: 'list',
          url: '/v1/calls',
          next_page_url: end < fastCalls.length ? next.href : null,
          previous_page_url: null,
          data: fastCalls.slice(start, end).map((c) => serializeCall(store, c, origin)),
        }),
      );
      return;
    }
    mock(req, res, () => res.writeHead(404).end());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;

  return {
    origin,
    log,
    openStreams: () => openStreams,
    /** Replaces the account's calls and voicemails with `calls` / `voicemails` generated records. */
    setData({ calls = 50, voicemails = 20 } = {}) {
      const now = Date.now();
      fastCalls = generate(
        seed.calls,
        calls,
        'call',
        'started_at',
        now,
        Math.min(60_000, (30 * DAY) / calls),
      );
      store.data.calls = calls <= 5_000 ? fastCalls : seed.calls;
      store.data.voicemails = generate(
        seed.voicemails,
        voicemails,
        'vm',
        'created_at',
        now,
        3_600_000,
      );
    },
    /**
     * Adds a realistic dial plan of `nodes` steps (components/dial-plan/dial-plan.generate.ts,
     * without positions, so the element lays it out) and returns its id.
     */
    setDialPlan(nodes) {
      const { plan } = generatePlan(nodes);
      const id = `dp_bench${String(nodes).padStart(6, '0')}`;
      store.data.dialPlans = [
        ...store.data.dialPlans.filter((p) => p.id !== id),
        { ...plan, id, created_at: plan.created_at, updated_at: plan.updated_at },
      ];
      return id;
    },
    /** Log entries since `mark` (an index into the log). */
    since: (mark) => log.slice(mark),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

function onlyPaging(url) {
  return [...url.searchParams.keys()].every((k) => k === 'limit' || k === 'page');
}
