/**
 * A host app's QA code using the testing kit, type-checked against the PACKED package
 * (`node scripts/check-types.mjs`): the mock API in Node with the app's own msw, and Playwright
 * page objects. The kit's declarations are src/testing/public.d.ts: precise, and nothing of the
 * mock's internals. Every `@ts-expect-error` line is a misuse that must not compile.
 */
import type { Page } from '@playwright/test';
import { setupServer } from 'msw/node';
import {
  callLogs as callLogsFromKit,
  createMockApi,
  MOCK_SECRET_KEY,
  type MockApi,
  type MockStore,
  type MockStoreOptions,
  type SeedFacts,
} from '@dialstack/elements/testing';
import {
  callHistory,
  callLogs,
  dialPlan,
  voicemails,
  type CallLogsObject,
  type ElementObject,
} from '@dialstack/elements/testing/playwright';

const options: MockStoreOptions = { now: new Date('2026-01-05T15:00:00Z'), seed: 7 };
const { handlers, store }: MockApi = createMockApi(options);
export const server = setupServer(...handlers);

const facts: SeedFacts = store.facts;
export const firstCall: string = facts.calls.inboundRecordedCompletedTranscript;
export const unread: number = facts.counts.unreadVoicemails;
export const key: 'sk_test_riverside_mock_51Hc0ffee' = MOCK_SECRET_KEY;
export const seededAt: number = store.seededAt;
store.reset();

// @ts-expect-error the mock's internal data is not part of the kit's types
export const internals = store.data;
// @ts-expect-error no such showcase call
export const unknownCall = facts.calls.nope;
// @ts-expect-error a store is read-only to the host: reset() puts the seed back
store.facts = facts;
// @ts-expect-error options are checked
createMockApi({ seed: 'seven' });

export async function qa(page: Page, other: MockStore): Promise<string | null> {
  other.reset();
  const logs: CallLogsObject = callLogs(page);
  const same: CallLogsObject = callLogsFromKit(page, { labels: { direction: 'Dirección' } });
  await logs.filter({ direction: 'inbound' });
  await same.open('call_1');
  await voicemails(page).play(0);
  const plan: ElementObject = dialPlan(page);
  await dialPlan(page).node('node_1').click();
  const read = await callHistory(page).recordEvents<{ id: string }>('dialstack-row-select');
  const [first] = await read();
  // @ts-expect-error filters take the element's attribute names
  await logs.filter({ kind: 'inbound' });
  return (await plan.rows().first().getAttribute('data-id')) ?? first?.id ?? null;
}
