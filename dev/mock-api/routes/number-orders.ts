/**
 * Buying numbers: search available numbers, place purchase orders, read orders.
 *
 * A new purchase order is `pending`; it settles on the read of it (`GET …/{order_id}`) that
 * follows ORDER_PENDING_POLLS pending answers (SLOW_ORDER_PENDING_POLLS when one of its numbers
 * ends in 97), or once ORDER_SETTLE_MS (SLOW_ORDER_SETTLE_MS) have passed, whichever comes
 * first. How it ends is decided by its numbers: numbers ending in 99 are "taken meanwhile" and
 * fail — the whole order (`failed`) unless `partial_allowed`, then `partial` (or `failed` when
 * every number fails). The account may hold NUMBER_LIMIT numbers (not released, plus those on
 * pending purchase orders); an order past it answers 409 `number_limit_reached`.
 */
import type { HttpHandler } from 'msw';
import { ApiError, conflict, notFound, validationError } from '../errors';
import { paginate } from '../pagination';
import { hashString } from '../prng';
import { json, route } from '../route';
import type { MockStore } from '../store';
import { iso } from '../time';
import type { AvailablePhoneNumber, NumberOrder, PhoneNumber } from '../types';

export const ORDER_SETTLE_MS = 3000;
/** Pending answers a `GET` of a new order gets before the one that settles it. */
export const ORDER_PENDING_POLLS = 3;
/** The same for "slow" orders (one of the numbers ends in 97). */
export const SLOW_ORDER_PENDING_POLLS = 8;
export const SLOW_ORDER_SETTLE_MS = 120_000;
/** How many numbers (not released, or on a pending purchase order) an account may hold. */
export const NUMBER_LIMIT = 40;

/** True when the order's numbers make it a slow one. */
export const isSlowOrder = (numbers: readonly string[]) => numbers.some((n) => n.endsWith('97'));

const AREA_CODES_BY_STATE: Record<string, string[]> = {
  OR: ['503', '971', '541'],
  WA: ['206', '360', '425'],
  CA: ['415', '510', '916'],
  NY: ['212', '718'],
  TX: ['512', '214'],
};

const CITY_BY_AREA_CODE: Record<string, [string, string]> = {
  '503': ['Portland', 'OR'],
  '971': ['Portland', 'OR'],
  '541': ['Bend', 'OR'],
  '206': ['Seattle', 'WA'],
  '360': ['Vancouver', 'WA'],
  '425': ['Bellevue', 'WA'],
  '415': ['San Francisco', 'CA'],
  '510': ['Oakland', 'CA'],
  '916': ['Sacramento', 'CA'],
  '212': ['New York', 'NY'],
  '718': ['Brooklyn', 'NY'],
  '512': ['Austin', 'TX'],
  '214': ['Dallas', 'TX'],
};

const ZIP_PREFIX_AREA_CODE: Record<string, string> = {
  '970': '503',
  '971': '503',
  '972': '503',
  '977': '541',
  '980': '206',
  '981': '206',
  '986': '360',
  '941': '415',
  '945': '510',
  '958': '916',
  '100': '212',
  '112': '718',
  '787': '512',
  '752': '214',
};

export interface AvailableSearch {
  area_code?: string;
  city?: string;
  state?: string;
  zip?: string;
  npa_nxx?: string;
  quantity?: number;
}

/** Deterministic "inventory" for a search; excludes numbers the account has or has ordered. */
export function searchAvailable(store: MockStore, search: AvailableSearch): AvailablePhoneNumber[] {
  const taken = new Set([
    ...store.data.phoneNumbers.map((n) => n.phone_number),
    ...store.data.numberOrders
      .filter((o) => o.status === 'pending')
      .flatMap((o) => o.phone_numbers),
  ]);
  let areaCodes: string[];
  let exchange = '555';
  if (search.npa_nxx) {
    areaCodes = [search.npa_nxx.slice(0, 3)];
    exchange = search.npa_nxx.slice(3);
  } else if (search.area_code) areaCodes = [search.area_code];
  else if (search.city && search.state && AREA_CODES_BY_STATE[search.state]) {
    // A known state: only its cities we know have numbers (others: nothing found).
    const city = search.city.trim().toLowerCase();
    areaCodes = Object.entries(CITY_BY_AREA_CODE)
      .filter(([, [name, state]]) => state === search.state && name.toLowerCase() === city)
      .map(([code]) => code);
  } else if (search.zip)
    areaCodes = [
      ZIP_PREFIX_AREA_CODE[search.zip.slice(0, 3)] ??
        `${2 + (Number(search.zip[0]) % 8)}${search.zip.slice(1, 3)}`,
    ];
  else
    areaCodes = AREA_CODES_BY_STATE[search.state!] ?? [
      `${2 + (parseInt(hashString(search.state!), 36) % 8)}${String((parseInt(hashString(search.state!, 3), 36) % 90) + 10)}`,
    ];
  // NANP: area codes and exchanges never start with 0 or 1.
  areaCodes = areaCodes.filter((code) => /^[2-9]\d\d$/.test(code));
  if (!/^[2-9]\d\d$/.test(exchange)) return [];

  const quantity = search.quantity ?? 10;
  const results: AvailablePhoneNumber[] = [];
  for (let line = 170; line <= 269 && results.length < quantity; line++) {
    for (const npa of areaCodes) {
      if (results.length >= quantity) break;
      const number = `+1${npa}${exchange}${String(line).padStart(4, '0')}`;
      if (taken.has(number)) continue;
      const [city, state] = CITY_BY_AREA_CODE[npa] ?? [
        search.city ?? 'Springfield',
        search.state ?? 'US',
      ];
      const shownCity = search.city ?? city;
      results.push({
        phone_number: number,
        city: shownCity,
        state: search.state ?? state,
        rate_center: shownCity
          .toUpperCase()
          .replace(/[^A-Z]/g, ' ')
          .trim()
          .slice(0, 10),
        lata: String(600 + (parseInt(npa, 10) % 100)),
      });
    }
  }
  return results;
}

/** Pending answers given so far, per order id (reads of the order itself); reset with the data. */
const pendingPolls = new WeakMap<MockStore['data'], Map<string, number>>();

/** Counts a read of a pending order; true when it has had its pending answers and settles now. */
function pollOrder(store: MockStore, order: NumberOrder): boolean {
  if (order.status !== 'pending' || !store.data.numberOrderCompletion.has(order.id)) return false;
  let polls = pendingPolls.get(store.data);
  if (!polls) pendingPolls.set(store.data, (polls = new Map()));
  const seen = polls.get(order.id) ?? 0;
  const needed = isSlowOrder(order.phone_numbers) ? SLOW_ORDER_PENDING_POLLS : ORDER_PENDING_POLLS;
  polls.set(order.id, seen + 1);
  return seen >= needed;
}

/**
 * Settles pending orders whose time has come (and `force`d ones), updating the account's
 * numbers.
 */
export function settleOrders(store: MockStore, force?: string): void {
  const now = store.now();
  for (const order of store.data.numberOrders) {
    const due = store.data.numberOrderCompletion.get(order.id);
    if (order.status !== 'pending' || due === undefined || (due > now && order.id !== force))
      continue;
    store.data.numberOrderCompletion.delete(order.id);
    const stamp = iso(now);
    if (order.order_type === 'disconnect') {
      for (const number of store.data.phoneNumbers.filter((n) =>
        order.phone_numbers.includes(n.phone_number),
      )) {
        number.status = 'released';
        number.routing_target = null;
        number.outbound_enabled = false;
        number.updated_at = stamp;
      }
      order.completed_numbers = [...order.phone_numbers];
      order.status = 'complete';
    } else {
      const failed = order.phone_numbers.filter((n) => n.endsWith('99'));
      const partialAllowed = store.data.numberOrderPartialAllowed.has(order.id);
      const completed =
        failed.length && !partialAllowed
          ? []
          : order.phone_numbers.filter((n) => !failed.includes(n));
      order.completed_numbers = completed;
      order.failed_numbers = failed.length && !partialAllowed ? [...order.phone_numbers] : failed;
      order.status = completed.length === 0 ? 'failed' : failed.length ? 'partial' : 'complete';
      order.error_message = failed.length
        ? `${failed.join(', ')} ${failed.length === 1 ? 'is' : 'are'} no longer available`
        : null;
      for (const phone_number of completed) {
        const record: PhoneNumber = {
          id: store.nextId('did'),
          phone_number,
          status: 'active',
          outbound_enabled: true,
          caller_id_name: null,
          directory_listing_name: null,
          directory_listing_type: 'non_registered',
          directory_listing_location_id: null,
          routing_target: null,
          created_at: stamp,
          updated_at: stamp,
        };
        store.data.phoneNumbers.unshift(record);
      }
    }
    order.updated_at = stamp;
  }
}

export function numberOrderRoutes(store: MockStore): HttpHandler[] {
  return [
    route(store, 'searchAvailablePhoneNumbers', ({ query }) => {
      const search = query as AvailableSearch;
      if (search.city !== undefined && search.state === undefined) {
        throw validationError('Invalid query parameters', {
          state: 'is required when searching by city',
        });
      }
      if (!search.area_code && !search.state && !search.zip && !search.npa_nxx) {
        throw validationError('Invalid query parameters', {
          query: 'give at least one of area_code, state, zip, npa_nxx, or city with state',
        });
      }
      return json({ data: searchAvailable(store, search) });
    }),

    route(store, 'createNumberOrder', ({ body }) => {
      const { phone_numbers, partial_allowed } = body as {
        phone_numbers: string[];
        partial_allowed?: boolean;
      };
      const problems: Record<string, string> = {};
      phone_numbers.forEach((number, i) => {
        if (!/^\+1[2-9]\d{2}[2-9]\d{6}$/.test(number))
          problems[`phone_numbers[${i}]`] = 'must be a US number in E.164 format';
      });
      if (new Set(phone_numbers).size !== phone_numbers.length)
        problems.phone_numbers = 'must not contain duplicates';
      if (Object.keys(problems).length) throw validationError('Invalid request body', problems);
      const owned = phone_numbers.filter(
        (n) =>
          store.data.phoneNumbers.some((p) => p.phone_number === n && p.status !== 'released') ||
          store.data.numberOrders.some(
            (o) =>
              o.status === 'pending' && o.order_type === 'purchase' && o.phone_numbers.includes(n),
          ),
      );
      if (owned.length)
        throw conflict('Some numbers are already on this account or on a pending order', {
          phone_numbers: owned,
        });
      const held =
        store.data.phoneNumbers.filter((n) => n.status !== 'released').length +
        store.data.numberOrders
          .filter((o) => o.status === 'pending' && o.order_type === 'purchase')
          .reduce((sum, o) => sum + o.phone_numbers.length, 0);
      if (held + phone_numbers.length > NUMBER_LIMIT) {
        throw new ApiError(
          409,
          `This order would take the account past its limit of ${NUMBER_LIMIT} phone numbers`,
          'number_limit_reached',
          { limit: NUMBER_LIMIT, held, requested: phone_numbers.length },
        );
      }
      const now = store.now();
      const order: NumberOrder = {
        id: store.nextId('nord'),
        order_type: 'purchase',
        status: 'pending',
        phone_numbers: [...phone_numbers],
        completed_numbers: [],
        failed_numbers: [],
        error_message: null,
        created_at: iso(now),
        updated_at: iso(now),
      };
      store.data.numberOrders.unshift(order);
      store.data.numberOrderCompletion.set(
        order.id,
        now + (isSlowOrder(phone_numbers) ? SLOW_ORDER_SETTLE_MS : ORDER_SETTLE_MS),
      );
      if (partial_allowed) store.data.numberOrderPartialAllowed.add(order.id);
      return json(order, 201);
    }),

    route(store, 'listNumberOrders', ({ query, url }) => {
      settleOrders(store);
      // The contract's filter says `order`; the record's type says `purchase`.
      const type = query.order_type === 'order' ? 'purchase' : query.order_type;
      const orders = store.data.numberOrders.filter(
        (o) =>
          (query.status === undefined || o.status === query.status) &&
          (type === undefined || o.order_type === type),
      );
      return json(
        paginate(orders, {
          url,
          limit: query.limit ?? 10,
          key: (o) => o.created_at,
          id: (o) => o.id,
        }),
      );
    }),

    route(store, 'getNumberOrder', ({ params }) => {
      const order = store.data.numberOrders.find((o) => o.id === params.order_id);
      if (!order) throw notFound('NumberOrderNotFound');
      settleOrders(store, pollOrder(store, order) ? order.id : undefined);
      return json(order);
    }),
  ];
}
