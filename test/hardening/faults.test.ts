/**
 * Faults end to end, for every element (test/hardening/elements.ts): the mock answers its data
 * request with 500s, an HTML error page, truncated JSON or nothing in time (a timeout) — each
 * ends in a clear error view whose retry recovers once the fault ends; a 429 with Retry-After,
 * and a token the server says has expired end in data (the token renewed); every response
 * cut to the fields the contract requires, and carrying enum values it does not know yet, still
 * renders (test/hardening/degrade.ts derives both from api/dialstack.openapi.json); `fetchClientSecret` failing
 * ends in an error view and a working retry; an event stream that sends garbage or drops
 * mid-event reconnects. Any uncaught error or unhandled rejection fails the test.
 *
 * Secrets: the last test checks that no client secret issued in this file — across every
 * element, fault and error view above, including a server echoing the token in its error
 * message — appears in a request URL, local/session storage, console output (all levels), a
 * `dialstack-load-error` event or an error view.
 *
 * Backoff waits are capped at 50 ms here (the instance's internal timing hook): the delays
 * themselves are the client's unit tests' business; these tests are about what a person sees.
 */
import { expect } from '@open-wc/testing';
import { initialize } from '../../src/core/initialize';
import type { DialstackInstance } from '../../src/core/types';
import {
  clearFailures,
  fail,
  freshMock,
  mockSession,
  openStreams,
  simulate,
  type FailureRule,
  type SeedFacts,
} from '../support/mock';
import {
  deep,
  ELEMENTS,
  deepText,
  mountElement,
  shadowRoots,
  waitFor,
  type HardenedElement,
} from './elements';
import { degraded, loadContract, operationFor, startDegrading, stopDegrading } from './degrade';
import { fired, injected, OWN_PAYLOADS, watchDialogs } from './hostile';
import { recordUncaught, FAST_RETRIES } from '../support/page-errors';

const uncaught = recordUncaught();

// ---- what could leak a client secret, recorded across every test in this file ----
/** Every client secret handed to an instance in this file. */
const secrets: string[] = [];
/** Console output (every level), load-error details and error views' text. */
const consoleOutput: string[] = [];
const loadErrors: string[] = [];
const shownErrors: string[] = [];
for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    consoleOutput.push(
      args
        .map((a) => (a instanceof Error ? `${a.message} ${a.stack} ${String(a.cause)}` : String(a)))
        .join(' '),
    );
    original(...args);
  };
}
document.addEventListener('dialstack-load-error', (event) =>
  loadErrors.push(JSON.stringify((event as CustomEvent).detail)),
);
performance.setResourceTimingBufferSize(100_000);
/** The bearer token of every API request answered 401. */
const rejectedTokens = new Set<string>();
const realFetch = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const response = await realFetch(input, init);
  if (response.status === 401) {
    const auth = new Headers(
      init?.headers ?? (input instanceof Request ? input.headers : undefined),
    );
    const token = /^Bearer (.+)$/.exec(auth.get('Authorization') ?? '')?.[1];
    if (token) rejectedTokens.add(token);
  }
  return response;
};

let facts: SeedFacts;
let instance: DialstackInstance | undefined;

const jtiOf = (token: string) =>
  (JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { jti: string })
    .jti;

/**
 * An instance against the mock whose first `failSecrets` fetchClientSecret calls throw
 * (Infinity: every call, until `heal()`).
 */
function makeInstance(options: { failSecrets?: number; timeoutMs?: number } = {}) {
  let failures = options.failSecrets ?? 0;
  const jtis = new Set<string>();
  const mine: string[] = [];
  instance = initialize(
    {
      apiUrl: location.origin,
      fetchClientSecret: async () => {
        if (failures > 0) {
          failures--;
          throw new Error('the host backend is down');
        }
        const { client_secret } = await mockSession();
        jtis.add(jtiOf(client_secret));
        secrets.push(client_secret);
        mine.push(client_secret);
        return client_secret;
      },
    },
    { timing: FAST_RETRIES, timeoutMs: options.timeoutMs ?? 4000 },
  );
  return { instance, jtis, secrets: mine, heal: () => (failures = 0) };
}

const errorView = (entry: HardenedElement, el: HTMLElement) =>
  deep(el, entry.errorView ?? '[part~="error"]');

/** Its data is on screen and no error view is. */
const showsData = (entry: HardenedElement, el: HTMLElement) =>
  (entry.data.trigger ? !!deep(el, '[part~="result"]') : entry.ready(el)) && !errorView(entry, el);

async function start(entry: HardenedElement, el: HTMLElement) {
  if (!entry.data.trigger) return;
  await waitFor(() => entry.ready(el), `${entry.tag} form`);
  await entry.data.trigger(el, facts);
}

async function retry(entry: HardenedElement, el: HTMLElement) {
  if (entry.data.trigger) await entry.data.trigger(el, facts);
  else deep(el, '[part~="retry-button"]')!.click();
}

describe('faults end to end', function () {
  this.timeout(60_000);

  before(watchDialogs);

  beforeEach(async () => {
    uncaught.length = 0;
    fired.length = 0;
    ({ facts } = await freshMock());
  });

  afterEach(async () => {
    await clearFailures();
    await instance?.logout();
    instance = undefined;
    expect(uncaught, 'uncaught errors and unhandled rejections').to.deep.equal([]);
  });

  it('the listener sees an unhandled rejection (positive control; mocha fails uncaught errors)', () => {
    const promise = Promise.resolve();
    window.dispatchEvent(
      new PromiseRejectionEvent('unhandledrejection', { promise, reason: 'positive control' }),
    );
    expect(uncaught).to.deep.equal(['unhandledrejection: positive control']);
    uncaught.length = 0;
  });

  // `times` covers the client's retries of every request the element makes in parallel.
  const ERROR_FAULTS: [string, Omit<FailureRule, 'method' | 'path'>][] = [
    [
      '500s with a hostile message',
      { status: 500, times: 6, body: { error: OWN_PAYLOADS[1], code: OWN_PAYLOADS[0] } },
    ],
    [
      'a hostile HTML error page',
      { status: 502, times: 6, raw: `<!doctype html><title>502</title>${OWN_PAYLOADS.join('')}` },
    ],
    [
      'truncated JSON',
      {
        status: 200,
        times: 6,
        contentType: 'application/json',
        raw: '{"data":[{"id":"call_01","direction":"inb',
      },
    ],
    ['a timeout', { delayMs: 8000, times: 6 }],
  ];

  for (const entry of ELEMENTS) {
    it(`<${entry.tag}>: 500s, an HTML page, truncated JSON, a timeout → error, retry recovers`, async () => {
      for (const [name, rule] of ERROR_FAULTS) {
        // A short client timeout only where the fault is one (a loaded machine is slow).
        const { instance, secrets: mine } = makeInstance({
          timeoutMs: rule.delayMs ? 2500 : 30_000,
        });
        // A server that echoes the token in its error message: it must be redacted.
        await waitFor(() => mine.length > 0, 'the first client secret');
        const echo = rule.body
          ? { body: { ...rule.body, error: `${rule.body.error} (token ${mine[0]})` } }
          : {};
        await fail({ method: 'GET', path: entry.data.path, ...rule, ...echo });
        const { el, remove } = await mountElement(entry, instance, facts);
        try {
          await start(entry, el);
          await waitFor(() => errorView(entry, el), `${name}: the error view`, 15_000);
          expect(injected([document, ...shadowRoots(el)]), `${name}: injected`).to.deep.equal([]);
          expect(fired, `${name}: payload code ran`).to.deep.equal([]);
          shownErrors.push(deepText(el));
          expect(errorView(entry, el)!.textContent!.trim(), `${name}: says something`).not.to.equal(
            '',
          );
          await clearFailures();
          await retry(entry, el);
          await waitFor(() => showsData(entry, el), `${name}: retry recovers`);
        } finally {
          remove();
          await instance.logout();
        }
      }
    });

    it(`<${entry.tag}>: 429 + Retry-After, a token the server says expired → data`, async () => {
      const cases: [string, Omit<FailureRule, 'method' | 'path'>][] = [
        ['429 with Retry-After', { status: 429, headers: { 'Retry-After': '1' } }],
        [
          'a token the server says expired',
          { status: 401, body: { error: 'Token expired', code: 'token_expired' } },
        ],
      ];
      for (const [name, rule] of cases) {
        const { instance, jtis, secrets: mine } = makeInstance();
        await fail({ method: 'GET', path: entry.data.path, ...rule });
        const { el, remove } = await mountElement(entry, instance, facts);
        try {
          await start(entry, el);
          await waitFor(() => showsData(entry, el), `${name}: the data`, 15_000);
          if (rule.status === 401) {
            // The first request to the data path took the 401 — the data request itself, or one
            // beside it (voicemails' unread count also reads /v1/voicemails, and can be the one
            // still renewing when the list shows). Either way: this instance's token was
            // rejected, and it fetches a new secret and carries on.
            await waitFor(
              () => mine.some((secret) => rejectedTokens.has(secret)),
              `${name}: this instance was answered 401`,
            );
            await waitFor(() => jtis.size >= 2, `${name}: a renewed client secret`);
            expect(jtis.size, `${name}: client secrets fetched`).to.be.within(2, 3);
          } else {
            expect(jtis.size, `${name}: client secrets fetched`).to.equal(1);
          }
          expect(showsData(entry, el), `${name}: still shows its data`).to.equal(true);
        } finally {
          remove();
          await instance.logout();
          await clearFailures();
        }
      }
    });

    it(`<${entry.tag}>: every response cut to the contract's required fields, unknown enum values → data`, async () => {
      await loadContract();
      for (const mode of ['minimal', 'full'] as const) {
        const { instance } = makeInstance();
        startDegrading(mode);
        const { el, remove } = await mountElement(entry, instance, facts);
        try {
          await start(entry, el);
          await waitFor(() => showsData(entry, el), `${mode}: the data`, 15_000).catch(
            (e: Error) => {
              throw new Error(`${e.message}: ${deepText(el).replace(/\s+/g, ' ').slice(0, 600)}`);
            },
          );
          // Positive control: the element's own data request came back degraded.
          const ownOperation = operationFor(
            new URL(entry.data.sample(facts), location.origin).pathname,
          );
          expect(
            degraded.has(ownOperation!),
            `${mode}: ${ownOperation} degraded (saw ${[...degraded.keys()]})`,
          ).to.equal(true);
          // …and was changed: optional fields dropped (minimal); enum values (full; the available
          // numbers of the ordering form carry none).
          const own = degraded.get(ownOperation!)!;
          if (mode === 'minimal')
            expect(own.dropped, `${mode}: fields dropped`).to.be.greaterThan(0);
          else if (entry.tag !== 'dialstack-phone-number-ordering')
            expect(own.enums, `${mode}: enum values changed`).to.be.greaterThan(0);
          expect(errorView(entry, el), `${mode}: no error view`).to.equal(null);
        } finally {
          stopDegrading();
          remove();
          await instance.logout();
        }
      }
    });

    it(`<${entry.tag}>: fetchClientSecret failing → error view; retry recovers`, async () => {
      // Failing until healed: a fixed number of failures could all be spent by the instance's
      // warm-up before the element asks, and the element's own first fetch would then succeed.
      const { instance, heal } = makeInstance({ failSecrets: Infinity });
      const { el, remove } = await mountElement(entry, instance, facts);
      try {
        await start(entry, el);
        await waitFor(() => errorView(entry, el), 'the error view', 15_000);
        expect(errorView(entry, el)!.textContent).not.to.contain('host backend');
        heal();
        await retry(entry, el);
        await waitFor(() => showsData(entry, el), 'retry recovers');
      } finally {
        remove();
      }
    });

    if (entry.live)
      it(`<${entry.tag}>: an event stream of garbage, then one cut mid-event → reconnects`, async () => {
        const sse = {
          method: 'GET',
          path: '/v1/events',
          status: 200,
          contentType: 'text/event-stream',
        };
        await fail({
          ...sse,
          raw: 'retry: 50\n\ndata: {not json\n\nevent: call.end\ndata: [1,\n\n\u0000\uffff garbage\n\n: comment\n\n',
        });
        await fail({
          ...sse,
          raw: 'retry: 50\nid: 999\nevent: call.end\ndata: {"id":"call_01","dire',
        });
        const { instance, jtis } = makeInstance();
        const seen: string[] = [];
        const off = instance.on('*', (event) =>
          seen.push(String((event as { type?: string }).type)),
        );
        const { el, remove } = await mountElement(entry, instance, facts);
        try {
          await waitFor(() => entry.ready(el), 'data');
          const open = async () =>
            (await openStreams()).some((s) => s.session && jtis.has(s.session));
          let ready = false;
          await waitFor(
            () => {
              void open().then((yes) => (ready = yes));
              return ready;
            },
            'a healthy stream after the broken ones',
            15_000,
          );
          const { call_id } = await simulate('incoming');
          await waitFor(() => seen.length > 0, `an event after reconnecting (${call_id})`);
          expect(showsData(entry, el)).to.equal(true);
        } finally {
          off();
          remove();
        }
      });
  }

  it('no client secret in request URLs, storage, console output or error messages (after all the above)', () => {
    expect(secrets.length, 'secrets issued during this file').to.be.greaterThan(20);
    const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(
      urls.filter((url) => url.includes('/v1/')).length,
      'API requests seen',
    ).to.be.greaterThan(50);
    const storage = [localStorage, sessionStorage].flatMap((store) =>
      Object.keys(store).map((key) => `${key}=${store.getItem(key)}`),
    );
    expect(shownErrors.length, 'error views seen').to.be.greaterThan(10);
    expect(consoleOutput.length, 'console output seen').to.be.greaterThan(0);
    const places: Record<string, string[]> = {
      'request URLs': urls,
      storage,
      'console output': consoleOutput,
      'load-error events': loadErrors,
      'error views': shownErrors,
      'document cookie': [document.cookie],
    };
    // A secret is a JWT: its signature alone is a secret too.
    const needles = secrets.flatMap((secret) => [secret, secret.split('.')[2]!]);
    for (const [place, haystack] of Object.entries(places)) {
      const leaks = haystack.filter((text) => needles.some((needle) => text.includes(needle)));
      expect(leaks, place).to.deep.equal([]);
    }
    // Positive control: the same search finds a secret where one is.
    expect([`x ${secrets[0]} y`].filter((t) => needles.some((n) => t.includes(n)))).to.have.length(
      1,
    );
  });
});
