/**
 * The mock's in-memory store: the seeded data, the live-event hub, injected failures and calls
 * in progress. Handlers mutate `store.data` directly; `reset()` puts the seed back.
 *
 * Browser-safe: no `node:*` imports (Storybook runs the same handlers in a service worker).
 */
import { EventHub } from './event-hub';
import { FailureRules } from './failures';
import type { IdPrefix } from './ids';
import { createSeed, DEFAULT_SEED, type SeedFacts } from './seed/index';
import type { ActiveCall, StoreData } from './types';

export interface MockStoreOptions {
  /** The seed's "now" (dates are relative to it). Default: the clock at creation and at each reset. */
  now?: number | Date;
  /** PRNG seed. */
  seed?: number;
  /** The store's clock (epoch ms) for tokens, signed URLs and new records. Default `Date.now`. */
  clock?: () => number;
  /** Interval of `: heartbeat` comments on event streams. Default 15 000 ms. */
  heartbeatMs?: number;
  /** HS256 secret for session tokens. */
  signingSecret?: string;
}

export interface MockStore {
  data: StoreData;
  facts: SeedFacts;
  /** The instant the current data was seeded for. */
  seededAt: number;
  readonly hub: EventHub;
  readonly failures: FailureRules;
  /** Calls in progress (simulated or started by POST /v1/calls), by call id. */
  readonly activeCalls: Map<string, ActiveCall>;
  readonly heartbeatMs: number;
  readonly signingKey: Uint8Array;
  /** Current time (epoch ms) on the store's clock. */
  now(): number;
  /** A new id continuing the seed's counters. */
  nextId(prefix: IdPrefix): string;
  /** Back to the seed: data, failures and active calls (open event streams stay open). */
  reset(): void;
}

export const DEFAULT_SIGNING_SECRET = 'dialstack-elements-mock-signing-secret-v1';

export function createStore(options: MockStoreOptions = {}): MockStore {
  const clock = options.clock ?? Date.now;
  const fixedNow = options.now === undefined ? undefined : new Date(options.now).getTime();
  const seed = options.seed ?? DEFAULT_SEED;

  const build = () => {
    const seededAt = fixedNow ?? clock();
    return { seededAt, ...createSeed(seededAt, seed) };
  };
  let seeded = build();

  const store: MockStore = {
    data: seeded.data,
    facts: seeded.facts,
    seededAt: seeded.seededAt,
    hub: new EventHub(),
    failures: new FailureRules(),
    activeCalls: new Map(),
    heartbeatMs: options.heartbeatMs ?? 15_000,
    signingKey: new TextEncoder().encode(options.signingSecret ?? DEFAULT_SIGNING_SECRET),
    now: clock,
    nextId: (prefix) => seeded.ids.next(prefix),
    reset() {
      seeded = build();
      store.data = seeded.data;
      store.facts = seeded.facts;
      store.seededAt = seeded.seededAt;
      store.failures.clear();
      store.activeCalls.clear();
    },
  };
  return store;
}
