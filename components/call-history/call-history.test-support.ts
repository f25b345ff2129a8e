/**
 * Set-up and helpers shared by the `<dialstack-call-history>` test files: a fresh mock, instance
 * and fetch spy for every test, mounting, the requests the page made, and the calls it should show.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { DialstackInstance, ListPage } from '../../src/core/types';
import type { CallLog } from './call-history.data';
import { compareNewestFirst } from '../../src/api/calls';
import { DialstackCallHistory } from './define';
import {
  clearFailures,
  createInstance,
  mockFacts,
  resetMock,
  type SeedFacts,
} from '../../test/support/mock';

void DialstackCallHistory;

/** A valid number with no calls in the seed. */
export const STRANGER = '+14155551234';

export let dialstack: DialstackInstance;
export let facts: SeedFacts;
export let fetchSpy: sinon.SinonSpy<Parameters<typeof fetch>, ReturnType<typeof fetch>>;

/** Every request the page made through `fetch` whose URL contains `fragment`, with its init. */
export function requests(fragment: string) {
  return fetchSpy.getCalls().flatMap((call) => {
    const [input, init] = call.args;
    const url = input instanceof Request ? input.url : String(input);
    if (!url.includes(fragment)) return [];
    return [{ url: new URL(url, location.origin), init: init ?? {} }];
  });
}
export const callListRequests = () =>
  requests('/v1/calls').filter(
    (r) => r.url.pathname === '/v1/calls' && (r.init.method ?? 'GET') === 'GET',
  );

export const shadow = (el: HTMLElement) => el.shadowRoot!;
export const part = (el: HTMLElement, name: string) =>
  shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
export const rowEls = (el: HTMLElement) => [
  ...shadow(el).querySelectorAll<HTMLElement>('[part~="row"]'),
];
export const rowIds = (el: HTMLElement) => rowEls(el).map((row) => row.dataset.id!);
export const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Every call with `number`, straight from the mock API (both filters, all pages), newest first. */
export async function expectedHistory(number: string): Promise<CallLog[]> {
  const all = new Map<string, CallLog>();
  for (const filter of ['from_number', 'to_number']) {
    let next: string | null = '/v1/calls';
    let query: Record<string, string | number> | undefined = { [filter]: number, limit: 100 };
    while (next) {
      const page: ListPage<CallLog> = await dialstack.client.page<CallLog>(next, {
        query,
        cache: 'no-store',
      });
      page.data.forEach((call) => all.set(call.id, call));
      next = page.next_page_url;
      query = undefined;
    }
  }
  return [...all.values()].sort(compareNewestFirst);
}

export async function mount(template: ReturnType<typeof html>): Promise<DialstackCallHistory> {
  return fixture<DialstackCallHistory>(template);
}

export async function mountHistory(
  phoneNumber: string | undefined,
  attrs: { pageSize?: number; userId?: string } = {},
): Promise<DialstackCallHistory> {
  const el = await mount(
    html`<dialstack-call-history
      .dialstack=${dialstack}
      phone-number=${phoneNumber ?? ''}
      page-size=${attrs.pageSize ?? 10}
      user-id=${attrs.userId ?? ''}
    ></dialstack-call-history>`,
  );
  return el;
}

export async function loaded(el: DialstackCallHistory, rows = 1) {
  await waitUntil(() => rowEls(el).length >= rows, `expected ${rows} rows`, { timeout: 8000 });
  await el.updateComplete;
}

/** Waits until every calls-list request made so far has settled (answered or aborted). */
export async function listRequestsSettled(el: DialstackCallHistory) {
  const lists = fetchSpy.getCalls().filter((call) => {
    const [input] = call.args;
    const url = new URL(input instanceof Request ? input.url : String(input), location.origin);
    return url.pathname === '/v1/calls';
  });
  await Promise.allSettled(lists.map((call) => call.returnValue));
  await el.updateComplete;
}

export const callPosts = () => requests('/v1/calls').filter((r) => r.init.method === 'POST');

/**
 * Positive control for "places no call": with a user-id (and no host cancelling), the same
 * click places the call — and its POST is the only one, so the click before sent none.
 */
export async function expectCallPlacedOnceAllowed(el: DialstackCallHistory) {
  el.setAttribute('user-id', facts.users.frontDesk);
  await el.updateComplete;
  part(el, 'call-back-button')!.click();
  const userOf = (post: ReturnType<typeof callPosts>[number]) =>
    (JSON.parse(String(post.init.body)) as { user_id?: string }).user_id;
  await waitUntil(
    () => callPosts().some((post) => userOf(post) === facts.users.frontDesk),
    'the call is placed once allowed',
    { timeout: 8000 },
  );
  expect(callPosts().map(userOf)).to.deep.equal([facts.users.frontDesk]);
}

/**
 * Positive control for "makes no request": given a usable number, the same element requests
 * its calls, and those are the first requests it made.
 */
export async function expectRequestsOnceUsable(el: DialstackCallHistory) {
  el.phoneNumber = facts.numberWithBothDirections;
  await waitUntil(() => callListRequests().length > 0, 'a usable number is requested');
  for (const request of requests('/v1/calls')) {
    const { from_number, to_number } = Object.fromEntries(request.url.searchParams);
    expect(from_number ?? to_number).to.equal(facts.numberWithBothDirections);
  }
}

export async function clickShowMore(el: DialstackCallHistory) {
  const before = rowEls(el).length;
  part(el, 'show-more')!.click();
  await waitUntil(
    () => rowEls(el).length > before || part(el, 'show-more-error'),
    'show more did not finish',
    { timeout: 8000 },
  );
  await el.updateComplete;
}

/** Registers the hooks every call-history test runs under: a fresh mock, spy and instance. */
export function useFreshMock(): void {
  beforeEach(async () => {
    await resetMock();
    facts = await mockFacts();
    fetchSpy = sinon.spy(window, 'fetch');
    dialstack = await createInstance();
  });

  afterEach(async () => {
    await dialstack.logout();
    sinon.restore();
    await clearFailures();
  });
}
