/**
 * Following a purchase order until it ends, independently of any element: the person can leave
 * the ordering view (or the element can leave the page) and the order is still followed, its
 * routing applied to the numbers that arrived and the numbers' cache invalidated, so every
 * `<dialstack-phone-numbers>` on the page shows them. Elements subscribe to see progress.
 */
import { getNumberOrder, type NumberOrder } from '../../src/api/phone-number-orders';
import {
  phoneNumbersPage,
  routePhoneNumber,
  type PhoneNumber,
  type RoutingTarget,
} from '../../src/api/phone-numbers';
import { realTiming } from '../../src/core/timing';
import type { DialstackInstance, ListPage } from '../../src/core/types';
import { isTerminal, nextPollDelay } from './phone-number-ordering.data';

/** Waiting and time, replaceable by tests to run polls without real delays. */
export const orderPolling = {
  sleep: realTiming.sleep,
  now: () => Date.now(),
};

export interface RoutingOutcome {
  target: RoutingTarget;
  routed: string[];
  failed: string[];
}

export interface OrderFollowState {
  order: NumberOrder;
  /** Checks made so far (the answer to the POST is not one). */
  polls: number;
  startedAt: number;
  /** The last check failed (it is retried with the same backoff). */
  checkFailed: boolean;
  /** Set once the order has ended and routing (if any) was applied. */
  done: boolean;
  routing?: RoutingOutcome;
}

export interface OrderFollow {
  readonly id: string;
  readonly routingTarget: RoutingTarget | null;
  readonly state: OrderFollowState;
  /** Called on every change; returns the unsubscribe function. */
  subscribe(listener: (state: OrderFollowState) => void): () => void;
  /** Resolves with the final state. */
  readonly finished: Promise<OrderFollowState>;
}

const follows = new WeakMap<DialstackInstance, Map<string, OrderFollow>>();

/** Orders this instance is following (or has followed), oldest first. */
export function followsOf(instance: DialstackInstance): OrderFollow[] {
  return [...(follows.get(instance)?.values() ?? [])];
}

/** Starts following `order` (once per order; a second call returns the same follow). */
export function followOrder(
  instance: DialstackInstance,
  order: NumberOrder,
  routingTarget: RoutingTarget | null,
): OrderFollow {
  let byId = follows.get(instance);
  if (!byId) follows.set(instance, (byId = new Map()));
  const existing = byId.get(order.id);
  if (existing) return existing;

  const listeners = new Set<(state: OrderFollowState) => void>();
  let state: OrderFollowState = {
    order,
    polls: 0,
    startedAt: orderPolling.now(),
    checkFailed: false,
    done: false,
  };
  const set = (next: Partial<OrderFollowState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener(state);
  };
  const stop = new AbortController();
  const unsubscribe = instance.onChange((change) => {
    if (change === 'logout') stop.abort(new DOMException('Logged out', 'AbortError'));
  });

  const run = async (): Promise<OrderFollowState> => {
    let delay: number | undefined;
    try {
      while (!isTerminal(state.order.status)) {
        delay = nextPollDelay(delay);
        await orderPolling.sleep(delay, stop.signal);
        try {
          const fresh = await getNumberOrder(instance.client, order.id, { signal: stop.signal });
          set({ order: fresh, polls: state.polls + 1, checkFailed: false });
        } catch (error) {
          if (stop.signal.aborted) throw error;
          set({ polls: state.polls + 1, checkFailed: true });
        }
      }
      const completed = state.order.completed_numbers ?? [];
      const routing =
        routingTarget && completed.length
          ? await applyRouting(instance, completed, routingTarget, stop.signal)
          : undefined;
      instance.client.invalidate(['phone-numbers', 'phone-number-orders']);
      set({ done: true, routing });
    } finally {
      unsubscribe();
    }
    return state;
  };

  const finished = run();
  finished.catch(() => undefined);
  const follow: OrderFollow = {
    id: order.id,
    routingTarget,
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    finished,
  };
  byId.set(order.id, follow);
  return follow;
}

/** Routes the numbers that arrived to the chosen target; reports which could not be routed. */
async function applyRouting(
  instance: DialstackInstance,
  phoneNumbers: readonly string[],
  target: RoutingTarget,
  signal: AbortSignal,
): Promise<RoutingOutcome> {
  const wanted = new Set(phoneNumbers);
  const ids = new Map<string, string>();
  let pageUrl: string | null = null;
  try {
    do {
      const page: ListPage<PhoneNumber> = await phoneNumbersPage(instance.client, {
        query: { limit: 100 },
        pageUrl,
        signal,
        cache: 'no-store',
      });
      for (const number of page.data)
        if (wanted.has(number.phone_number) && number.status !== 'released')
          ids.set(number.phone_number, number.id);
      pageUrl = ids.size < wanted.size ? page.next_page_url : null;
    } while (pageUrl);
  } catch (error) {
    if (signal.aborted) throw error;
  }
  const results = await Promise.all(
    phoneNumbers.map(async (phoneNumber) => {
      const id = ids.get(phoneNumber);
      if (!id) return { phoneNumber, ok: false };
      try {
        await routePhoneNumber(instance.client, id, target.id, { signal });
        return { phoneNumber, ok: true };
      } catch {
        return { phoneNumber, ok: false };
      }
    }),
  );
  return {
    target,
    routed: results.filter((r) => r.ok).map((r) => r.phoneNumber),
    failed: results.filter((r) => !r.ok).map((r) => r.phoneNumber),
  };
}
