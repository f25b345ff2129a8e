/**
 * Single-page apps, for every element (test/hardening/elements.ts): what React 18/19 StrictMode
 * and client-side routers do to a custom element.
 *
 * - Double effects: connected, disconnected and connected again in one task (an effect that
 *   appends the element, its cleanup, the effect again) — and the same once its first request
 *   is in flight. One request per resource, one event stream, no error view.
 * - Moved in the DOM: a router that keeps the instance and re-parents it (layout change) — no
 *   request again, the same stream, and it renders with a size.
 * - A DialstackInstance kept across a navigation during which its session expired (the mock
 *   issues a token that expires after a few seconds; the instance's clock is moved on two
 *   hours, as after a laptop's sleep): coming back, the route's new element renews the secret
 *   through `fetchClientSecret` once, makes each request once and shows data, and the element
 *   a keep-alive router kept shows its data too.
 *
 * Requests are counted by a `fetch` wrapper (every request the elements send, with its status).
 * Each "not twice" has a positive control: the same counting sees a second load (`refresh()`),
 * a second stream (a second instance) or a second secret when one happens. Any uncaught error
 * or unhandled rejection fails the test.
 */
import { expect } from '@open-wc/testing';
import { initialize } from '../../src/core/initialize';
import { realTiming, type Timing } from '../../src/core/timing';
import type { DialstackInstance } from '../../src/core/types';
import { freshMock, mockSession, openStreams, type SeedFacts } from '../support/mock';
import { deep, ELEMENTS, waitFor, type HardenedElement } from '../hardening/elements';
import { recordUncaught } from '../support/page-errors';

const uncaught = recordUncaught();

interface Sent {
  method: string;
  /** Pathname and query. */
  url: string;
  /** The response's status; undefined while pending or when it never came (aborted). */
  status?: number;
  /** Answered, or failed (aborted). */
  done?: boolean;
}

/** Every API request (`/v1/…`) sent since the last `sent.length = 0`. */
const sent: Sent[] = [];
const realFetch = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  if (!url.pathname.startsWith('/v1/')) return realFetch(input, init);
  const record: Sent = { method, url: url.pathname + url.search };
  sent.push(record);
  try {
    const response = await realFetch(input, init);
    record.status = response.status;
    return response;
  } finally {
    record.done = true;
  }
};

const streamRequests = () =>
  sent.filter((r) => new URL(r.url, location.href).pathname === '/v1/events');
/** GET requests other than the event stream, counted per URL. */
function getsByUrl(): Map<string, Sent[]> {
  const byUrl = new Map<string, Sent[]>();
  for (const request of sent) {
    if (request.method !== 'GET' || request.url.startsWith('/v1/events')) continue;
    byUrl.set(request.url, [...(byUrl.get(request.url) ?? []), request]);
  }
  return byUrl;
}
/** URLs requested more than once. */
const duplicates = () =>
  [...getsByUrl()].filter(([, requests]) => requests.length > 1).map(([url]) => url);

const matchesDataPath = (entry: HardenedElement, url: string) => {
  const { pathname } = new URL(url, location.href);
  const path = entry.data.path;
  return path.endsWith('*') ? pathname.startsWith(path.slice(0, -1)) : pathname === path;
};
const dataRequests = (entry: HardenedElement) =>
  sent.filter((r) => r.method === 'GET' && matchesDataPath(entry, r.url));

const jtiOf = (token: string) =>
  (JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { jti: string })
    .jti;

/** The instance's clock: frozen (as during the first load), or the real one moved by `offset`. */
interface Clock {
  frozenAt?: number;
  offset: number;
}

let facts: SeedFacts;
/** `fetchClientSecret` calls not yet answered. */
let secretsPending = 0;
let instances: DialstackInstance[] = [];

/**
 * An instance against the mock; its secrets (in order) and their `jti`s are recorded.
 * `ttlSeconds` gives the first secret a short life (the later ones get the mock's hour).
 */
function makeInstance(options: { firstTtlSeconds?: number; clock?: Clock } = {}) {
  const secrets: string[] = [];
  const jtis = new Set<string>();
  const clock = options.clock;
  const timing: Timing | undefined = clock && {
    ...realTiming,
    now: () => clock.frozenAt ?? Date.now() + clock.offset,
  };
  const instance = initialize(
    {
      apiUrl: location.origin,
      fetchClientSecret: async () => {
        const first = secrets.length === 0 && options.firstTtlSeconds !== undefined;
        secretsPending++;
        const { client_secret } = await mockSession(
          first ? { ttlSeconds: options.firstTtlSeconds } : {},
        ).finally(() => secretsPending--);
        secrets.push(client_secret);
        jtis.add(jtiOf(client_secret));
        return client_secret;
      },
    },
    timing ? { timing } : undefined,
  );
  instances.push(instance);
  return { instance, secrets, jtis };
}

/** Streams the mock has open for one of `jtis`. */
async function streamsOf(jtis: Set<string>): Promise<number> {
  return (await openStreams()).filter((s) => s.session !== null && jtis.has(s.session)).length;
}

async function waitForStreams(jtis: Set<string>, count: number, what: string): Promise<void> {
  await waitFor(async () => (await streamsOf(jtis)) === count, `${what}: ${count} open stream(s)`);
}

const errorView = (entry: HardenedElement, el: HTMLElement) =>
  deep(el, entry.errorView ?? '[part~="error"]');

/** Its data (or, for a search form, its results) on screen, with a size, and no error view. */
function showsData(entry: HardenedElement, el: HTMLElement): boolean {
  const data = entry.data.trigger ? !!deep(el, '[part~="result"]') : entry.ready(el);
  const box = el.getBoundingClientRect();
  return data && !errorView(entry, el) && box.width > 0 && box.height > 0;
}

/** Runs the interaction that loads its data, for the elements that need one. */
async function start(entry: HardenedElement, el: HTMLElement): Promise<void> {
  if (!entry.data.trigger) return;
  await waitFor(() => entry.ready(el), `${entry.tag}: its form`);
  await entry.data.trigger(el, facts);
}

/**
 * Waits until the element has stopped asking: every request answered, its update done and a
 * frame painted, with no new request meanwhile (lists load their related resources after the
 * first rows show).
 */
async function settle(el: HTMLElement): Promise<void> {
  for (;;) {
    const count = sent.length;
    await waitFor(
      () =>
        secretsPending === 0 &&
        sent.filter((r) => !r.url.startsWith('/v1/events')).every((r) => r.done),
      'requests to settle',
    );
    await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    // Frames painted and the page idle (observers and idle callbacks have had their turn).
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (sent.length === count) return;
  }
}

/** A new element for `entry` (attributes and instance set), not yet connected. */
async function create(entry: HardenedElement, instance: DialstackInstance): Promise<HTMLElement> {
  await entry.load();
  const el = document.createElement(entry.tag) as HTMLElement & { dialstack?: unknown };
  for (const [name, value] of Object.entries(entry.attrs?.(facts) ?? {}))
    el.setAttribute(name, value);
  el.dialstack = instance;
  return el;
}

/** A route outlet: a sized container in the page. */
function outlet(): HTMLElement {
  const div = document.createElement('div');
  div.style.width = '1280px';
  div.style.minHeight = '400px';
  document.body.append(div);
  return div;
}

describe('single-page apps: StrictMode double effects, routers, expired sessions', function () {
  this.timeout(60_000);

  beforeEach(async () => {
    uncaught.length = 0;
    ({ facts } = await freshMock());
    // freshMock's own instance: this file makes its own (the page keeps one live instance).
    sent.length = 0;
  });

  afterEach(async () => {
    for (const instance of instances) await instance.logout();
    instances = [];
    document.querySelectorAll('body > div').forEach((div) => div.remove());
    expect(uncaught, 'uncaught errors and unhandled rejections').to.deep.equal([]);
  });

  it('the listeners see an unhandled rejection and the counting sees requests (positive controls)', async () => {
    window.dispatchEvent(
      new PromiseRejectionEvent('unhandledrejection', {
        promise: Promise.resolve(),
        reason: 'positive control',
      }),
    );
    expect(uncaught).to.deep.equal(['unhandledrejection: positive control']);
    uncaught.length = 0;
    const { instance } = makeInstance();
    await instance.client.get('/v1/calls?limit=1', { cache: 'no-store' });
    await instance.client.get('/v1/calls?limit=1', { cache: 'no-store' });
    expect(duplicates()).to.deep.equal(['/v1/calls?limit=1']);
    expect(sent.every((r) => r.status === 200)).to.equal(true);
  });

  for (const entry of ELEMENTS) {
    describe(`<${entry.tag}>`, () => {
      it('StrictMode double effect (connect, disconnect, connect in one task): one request per resource, one stream', async () => {
        const { instance, jtis } = makeInstance();
        const el = await create(entry, instance);
        const route = outlet();
        // What a ref/effect pair under StrictMode does: mount, clean up, mount again.
        route.append(el);
        el.remove();
        route.append(el);
        await start(entry, el);
        await waitFor(() => showsData(entry, el), 'its data');
        if (entry.live) await waitForStreams(jtis, 1, 'after the double effect');
        await settle(el);
        expect(dataRequests(entry).length, 'data requests').to.be.greaterThan(0);
        expect(duplicates(), 'URLs requested twice').to.deep.equal([]);
        expect(streamRequests().length, 'event stream requests').to.equal(entry.live ? 1 : 0);

        // Positive control: the same counting sees the element load a second time.
        await loadAgain(entry, route);
        expect(duplicates(), 'URLs requested twice after a second load').to.include.members(
          dataRequests(entry).map((r) => r.url),
        );
        expect(streamRequests().length).to.equal(entry.live ? 2 : 0);
      });

      it('StrictMode double effect with the first load in flight: it finishes once, no error view', async () => {
        const { instance, jtis } = makeInstance();
        const el = await create(entry, instance);
        const route = outlet();
        route.append(el);
        await start(entry, el);
        // Its first request has gone out (the effect's cleanup runs after a paint).
        await waitFor(() => dataRequests(entry).length > 0, 'the first data request');
        el.remove();
        route.append(el);
        await waitFor(() => showsData(entry, el), 'its data');
        if (entry.live) await waitForStreams(jtis, 1, 'after the double effect');
        await settle(el);
        // Cut off mid-request, a request runs again once at most (the first was aborted); the
        // stream, closed only a microtask after its last listener leaves, is never reopened.
        expect(dataRequests(entry).filter((r) => r.status === 200).length).to.be.greaterThan(0);
        for (const [url, requests] of getsByUrl())
          expect(requests.length, `requests of ${url}`).to.be.at.most(2);
        expect(streamRequests().length, 'event stream requests').to.equal(entry.live ? 1 : 0);
      });

      it('moved in the DOM by a router: no request again, the same stream, rendered with a size', async () => {
        const { instance, jtis } = makeInstance();
        const el = await create(entry, instance);
        const first = outlet();
        first.append(el);
        await start(entry, el);
        await waitFor(() => showsData(entry, el), 'its data');
        if (entry.live) await waitForStreams(jtis, 1, 'before the move');
        await settle(el);
        const before = sent.length;
        const streamsBefore = streamRequests().length;

        // The router re-parents the kept element into the new layout's outlet (several times).
        const second = outlet();
        for (let i = 0; i < 3; i++) (i % 2 ? first : second).append(el);
        await settle(el);
        await waitFor(() => showsData(entry, el), 'its data after the move');
        const box = el.getBoundingClientRect();
        expect(box.width, 'width').to.be.greaterThan(0);
        expect(box.height, 'height').to.be.greaterThan(0);
        if (entry.live) await waitForStreams(jtis, 1, 'after the move');
        // No reload and no storm: its data not asked for again, nothing asked for twice (a poll
        // of something still processing — a location's E911 provisioning — resumes with one read).
        const after = sent.slice(before);
        expect(
          after.filter((r) => matchesDataPath(entry, r.url)),
          'data requests after the move',
        ).to.deep.equal([]);
        const urls = after.map((r) => r.url);
        expect(
          urls.filter((url, i) => urls.indexOf(url) !== i),
          'requests made twice after the move',
        ).to.deep.equal([]);
        expect(streamRequests().length).to.equal(streamsBefore);

        // Positive control: the same counting sees the element load a second time.
        await loadAgain(entry, second);
        expect(sent.length, 'requests of a second load').to.be.greaterThan(before);
        expect(streamRequests().length).to.equal(streamsBefore + (entry.live ? 1 : 0));
      });

      it('instance kept across a navigation during which its session expired: renews once, each request once, data', async () => {
        const clock: Clock = { frozenAt: Date.now(), offset: 0 };
        const { instance, secrets, jtis } = makeInstance({ firstTtlSeconds: 4, clock });
        const route = outlet();
        const kept = await create(entry, instance);
        route.append(kept);
        await start(entry, kept);
        await waitFor(() => showsData(entry, kept), 'its data');
        if (entry.live) await waitForStreams(jtis, 1, 'on the first page');
        expect(secrets, 'one secret on the first page (a short-lived one)').to.have.length(1);

        // Navigate away: the router unmounts the route (a keep-alive router keeps `kept`).
        await awayUntilExpired(entry, kept, secrets[0]!, jtis);
        // Two hours on the instance's clock (as after a laptop's sleep).
        clock.frozenAt = undefined;
        clock.offset = 2 * 60 * 60 * 1000;
        sent.length = 0;

        // Back: the route mounts a new element with the same instance.
        const back = await create(entry, instance);
        route.append(back);
        await start(entry, back);
        await waitFor(() => showsData(entry, back), 'its data after coming back');
        // Cached data shows at once and is revalidated: wait for the requests to settle.
        await settle(back);
        if (entry.live) await waitForStreams(jtis, 1, 'back on the page');
        expect(secrets, 'secrets: the first one, then exactly one renewal').to.have.length(2);
        expect(
          sent.filter((r) => r.status === 401),
          'requests the mock rejected',
        ).to.deep.equal([]);
        expect(duplicates(), 'URLs requested twice').to.deep.equal([]);
        if (entry.live) {
          expect(streamRequests().length, 'event stream requests').to.equal(1);
          const open = (await openStreams()).filter((s) => s.session && jtis.has(s.session));
          expect(open.map((s) => s.session)).to.deep.equal([jtiOf(secrets[1]!)]);
        }

        // The keep-alive router puts the old element back next to it: data, nothing reloaded.
        const before = sent.length;
        route.append(kept);
        await waitFor(() => showsData(entry, kept), 'the kept element shows its data');
        await settle(kept);
        expect(secrets).to.have.length(2);
        if (entry.live) await waitForStreams(jtis, 1, 'with both elements');
        expect(
          sent.slice(before).filter((r) => r.url.startsWith('/v1/events')),
          'stream requests',
        ).to.deep.equal([]);
      });

      if (entry.live)
        it("session expired on the server while the instance's clock lagged: the stream's 401 renews once", async () => {
          // The clock stays frozen: the instance never sees the expiry coming, only the 401.
          const clock: Clock = { frozenAt: Date.now(), offset: 0 };
          const { instance, secrets, jtis } = makeInstance({ firstTtlSeconds: 4, clock });
          const route = outlet();
          const kept = await create(entry, instance);
          route.append(kept);
          await waitFor(() => showsData(entry, kept), 'its data');
          await waitForStreams(jtis, 1, 'on the first page');
          // Every first-page request done (voicemails' box names follow the rows): only the
          // stream is left to meet the expiry.
          await settle(kept);
          expect(secrets, 'one secret on the first page (a short-lived one)').to.have.length(1);
          await awayUntilExpired(entry, kept, secrets[0]!, jtis);
          sent.length = 0;

          // A keep-alive router puts the kept element back.
          route.append(kept);
          await waitForStreams(jtis, 1, 'back on the page');
          await settle(kept);
          expect(showsData(entry, kept), 'its data, no error view').to.equal(true);
          expect(secrets, 'secrets: the first one, then exactly one renewal').to.have.length(2);
          expect(
            sent.filter((r) => r.status === 401).map((r) => r.url),
            'rejected as expired: the stream, once',
          ).to.deep.equal(['/v1/events']);
          expect(streamRequests().length, 'event stream requests').to.equal(2);
          const open = (await openStreams()).filter((s) => s.session && jtis.has(s.session));
          expect(open.map((s) => s.session)).to.deep.equal([jtiOf(secrets[1]!)]);
        });
    });
  }
});

/**
 * Navigating away: `el` leaves the page (its stream, if it had one, closes), and the mock is
 * asked — one request at a time — until it rejects `secret` as expired.
 */
async function awayUntilExpired(
  entry: HardenedElement,
  el: HTMLElement,
  secret: string,
  jtis: Set<string>,
): Promise<void> {
  el.remove();
  if (entry.live) await waitForStreams(jtis, 0, 'away from the page');
  await waitFor(
    async () =>
      (
        await realFetch('/v1/calls?limit=1', {
          headers: { Authorization: `Bearer ${secret}` },
          cache: 'no-store',
        })
      ).status === 401,
    'the first secret to expire on the mock',
    15_000,
  );
}

/**
 * The positive control: the same element loaded again, the way a bug would (a new element with
 * a new instance, so no cache answers it — the page's previous instance logs out), until its
 * data shows and its requests settle.
 */
async function loadAgain(entry: HardenedElement, route: HTMLElement): Promise<void> {
  const { instance, jtis } = makeInstance();
  const el = await create(entry, instance);
  route.append(el);
  await start(entry, el);
  await waitFor(() => showsData(entry, el), 'the second load');
  if (entry.live) await waitForStreams(jtis, 1, 'the second load');
  await settle(el);
}
