/**
 * The public types of `@dialstack/elements/testing`, maintained by hand: the package ships this
 * file as `dist/types/src/testing/index.d.ts` (scripts/finish-types.mjs) instead of declarations
 * generated from the mock API's internals. `src/testing/index.ts` is typed with it, so the
 * implementation cannot drift from it, and `test/node/testing-kit.test.ts` checks that every
 * value declared here is exported.
 *
 * - `createMockApi()` → `{ handlers, store }`: MSW 2 request handlers (your own `msw`
 *   installation, an optional peer) serving the whole DialStack API over a seeded in-memory
 *   account, with real session tokens, pagination, filters, errors and a live event stream.
 *   Use them with `setupServer` (Node), `setupWorker` (browser, Storybook's msw addon) or a
 *   dev-server middleware.
 * - The Playwright page objects of `@dialstack/elements/testing/playwright`, re-exported.
 */
import type { RequestHandler } from 'msw';

export * from './playwright.js';

/** The secret key the mock accepts at `POST /v1/account_sessions` (`Authorization: Bearer …`). */
export declare const MOCK_SECRET_KEY: 'sk_test_riverside_mock_51Hc0ffee';

export interface MockStoreOptions {
  /** The seed's "now" (dates are relative to it). Default: the clock at creation and at each reset. */
  now?: number | Date;
  /** Seed of the data generator (the same seed and `now` give the same data). */
  seed?: number;
  /** The store's clock (epoch ms) for tokens, signed URLs and new records. Default `Date.now`. */
  clock?: () => number;
  /** Interval of `: heartbeat` comments on event streams. Default 15 000 ms. */
  heartbeatMs?: number;
  /** HS256 secret the mock signs session tokens with. */
  signingSecret?: string;
}

/** Ids and counts of the seeded account that tests can rely on (also `GET /__mock/facts`). */
export interface SeedFacts {
  accountId: string;
  counts: {
    calls: number;
    voicemails: number;
    unreadVoicemails: number;
    users: number;
    extensions: number;
    sharedVoicemailBoxes: number;
    phoneNumbers: number;
    numberOrders: number;
    portOrders: number;
    dialPlans: number;
    schedules: number;
    ringGroups: number;
    audioClips: number;
    voiceApps: number;
    locations: number;
    activeCatalogItems: number;
  };
  users: {
    drChen: string;
    drWebb: string;
    drPatel: string;
    nurseBrooks: string;
    frontDesk: string;
    billing: string;
  };
  /** The user with the most calls (the front desk), and how many. */
  userWithMostCalls: { id: string; calls: number };
  sharedVoicemailBoxes: { frontDesk: string; billing: string; afterHours: string };
  /** Calls with a known shape (recording, transcript state, direction). */
  calls: Record<
    | 'inboundRecordedCompletedTranscript'
    | 'outboundCallBackProcessingTranscript'
    | 'inboundPendingTranscript'
    | 'billingFailedTranscript'
    | 'missedUnknownCaller'
    | 'internalNoRecording',
    string
  >;
  /** A caller (E.164) with both inbound and outbound calls. */
  numberWithBothDirections: string;
  /** Voicemails with a known shape (read state, transcript state). */
  voicemails: Record<
    | 'voicemailUnreadCompleted'
    | 'voicemailFailedTranscript'
    | 'voicemailPendingTranscript'
    | 'voicemailProcessingTranscript'
    | 'voicemailRead',
    string
  >;
  phoneNumbers: { mainLine: string; mainLineNumber: string; inactive: string; released: string };
  numberOrders: { pendingPurchase: string; complete: string; failed: string };
  portOrders: Record<
    'draft' | 'approved' | 'submitted' | 'exception' | 'foc' | 'complete' | 'cancelled',
    string
  >;
  dialPlans: { mainLine: string; billingLine: string };
  locations: { mainCampus: string };
}

/** The seeded account behind the handlers. */
export interface MockStore {
  /** Ids and counts of the current seed. */
  readonly facts: SeedFacts;
  /** The instant (epoch ms) the current data was seeded for. */
  readonly seededAt: number;
  /** Current time (epoch ms) on the store's clock. */
  now(): number;
  /** Back to the seed: data, injected failures and calls in progress (open streams stay open). */
  reset(): void;
}

export interface MockApi {
  /** The request handlers: the API, the `/__mock/*` controls, the mock media files. */
  handlers: RequestHandler[];
  /** The seeded account behind them (`store.facts`: ids and counts; `store.reset()`). */
  store: MockStore;
}

/**
 * A fresh mock DialStack API (each call has its own store). Point the elements at it with
 * `loadDialstackAndInitialize({ apiUrl: location.origin, fetchClientSecret })`, where
 * `fetchClientSecret` POSTs to `/__mock/session` (→ `{ client_secret, expires_at }`).
 */
export declare function createMockApi(options?: MockStoreOptions): MockApi;
