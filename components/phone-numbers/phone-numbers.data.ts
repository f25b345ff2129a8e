/**
 * The data of `<dialstack-phone-numbers>`, kept apart from the element: one list merged from
 * the account's numbers, the numbers of pending purchase orders and port orders; its tabs,
 * search and sort; caller ID validation; routing-target names. Pure functions, plus loaders that
 * take the client first and pass the AbortSignal through.
 */
import {
  listRoutingTargets,
  phoneNumbersPage,
  portOrdersPage,
  routingTargetKind,
  ROUTING_TARGET_KINDS,
  type PhoneNumber,
  type PortOrder,
  type PortOrderStatus,
  type RoutingTarget,
  type RoutingTargetKind,
} from '../../src/api/phone-numbers';
import { pendingPurchaseOrders, type NumberOrder } from '../../src/api/phone-number-orders';
import type { DialstackClient, ListPage } from '../../src/core/types';

export type { NumberOrder, PhoneNumber, PortOrder, RoutingTarget, RoutingTargetKind };

export type PhoneTab = 'active' | 'in_progress' | 'released';
export const PHONE_TABS: readonly PhoneTab[] = ['active', 'in_progress', 'released'];

/** A row: a number on the account, a number still arriving on a purchase order, or a port. */
export type PhoneListEntry =
  | { kind: 'number'; id: string; phoneNumbers: [string]; item: PhoneNumber }
  | { kind: 'order'; id: string; phoneNumbers: [string]; item: NumberOrder }
  | { kind: 'port'; id: string; phoneNumbers: string[]; item: PortOrder };

/** Port orders still moving (the others have ended). */
const OPEN_PORT_STATUSES: ReadonlySet<PortOrderStatus> = new Set([
  'draft',
  'approved',
  'submitted',
  'exception',
  'foc',
]);

/** The id of a pending order's row for one of its numbers. */
export const orderEntryId = (orderId: string, phoneNumber: string) => `${orderId}:${phoneNumber}`;

/**
 * Merges the three sources into rows: every number; one row per number of a pending purchase
 * order that is not on the account yet; every port order except a complete one whose numbers
 * are all on the account already. Ids are unique (later duplicates are dropped).
 */
export function mergePhoneList(
  numbers: readonly PhoneNumber[],
  orders: readonly NumberOrder[],
  ports: readonly PortOrder[],
): PhoneListEntry[] {
  const entries: PhoneListEntry[] = [];
  const ids = new Set<string>();
  const add = (entry: PhoneListEntry) => {
    if (ids.has(entry.id)) return;
    ids.add(entry.id);
    entries.push(entry);
  };
  const owned = new Set(numbers.filter((n) => n.status !== 'released').map((n) => n.phone_number));
  for (const number of numbers)
    add({ kind: 'number', id: number.id, phoneNumbers: [number.phone_number], item: number });
  for (const order of orders) {
    if (order.status !== 'pending' || order.order_type !== 'purchase') continue;
    for (const phoneNumber of order.phone_numbers ?? []) {
      if (owned.has(phoneNumber)) continue;
      add({
        kind: 'order',
        id: orderEntryId(order.id, phoneNumber),
        phoneNumbers: [phoneNumber],
        item: order,
      });
    }
  }
  for (const port of ports) {
    const portNumbers = port.details?.phone_numbers ?? [];
    if (port.status === 'complete' && portNumbers.length && portNumbers.every((n) => owned.has(n)))
      continue;
    add({ kind: 'port', id: port.id, phoneNumbers: [...portNumbers], item: port });
  }
  return entries;
}

/** The tab a row belongs to. */
export function entryTab(entry: PhoneListEntry): PhoneTab {
  switch (entry.kind) {
    case 'number':
      return entry.item.status === 'released' ? 'released' : 'active';
    case 'order':
      return 'in_progress';
    case 'port':
      if (OPEN_PORT_STATUSES.has(entry.item.status)) return 'in_progress';
      return entry.item.status === 'complete' ? 'active' : 'released';
  }
}

/** The status shown for a row: number status, `pending`, or the port order's status. */
export function entryStatus(entry: PhoneListEntry): string {
  if (entry.kind === 'number') return entry.item.status;
  if (entry.kind === 'order') return 'pending';
  return `port_${entry.item.status}`;
}

/** A status's badge tone. */
export function statusTone(status: string): 'success' | 'warning' | 'danger' | 'info' | 'neutral' {
  switch (status) {
    case 'active':
    case 'port_complete':
      return 'success';
    case 'pending':
    case 'port_submitted':
    case 'port_approved':
    case 'port_foc':
      return 'info';
    case 'port_exception':
      return 'danger';
    case 'inactive':
    case 'port_draft':
      return 'warning';
    default:
      return 'neutral';
  }
}

export const digitsOf = (value: string) => value.replace(/\D/g, '');

/**
 * Whether a row matches a search: digits typed in any format ("(503) 555-01", "+1 503",
 * "5035550100") are found inside any of its numbers; words match the caller ID name or the
 * routing target's name (case-insensitive). An empty search matches everything.
 */
export function entryMatches(
  entry: PhoneListEntry,
  query: string,
  targetName?: (id: string) => string | undefined,
): boolean {
  const trimmed = query.trim();
  if (!trimmed) return true;
  const digits = digitsOf(trimmed);
  const wordy = /[^\d\s()+.-]/.test(trimmed);
  if (!wordy && digits) return entry.phoneNumbers.some((n) => digitsOf(n).includes(digits));
  const needle = trimmed.toLocaleLowerCase();
  const texts: string[] = [];
  if (entry.kind === 'number') {
    if (entry.item.caller_id_name) texts.push(entry.item.caller_id_name);
    if (entry.item.routing_target) {
      const name = targetName?.(entry.item.routing_target);
      if (name) texts.push(name);
    }
  }
  return texts.some((text) => text.toLocaleLowerCase().includes(needle));
}

export type SortKey = 'number' | 'caller_id' | 'routing' | 'status';
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

/** The value a column sorts by ('' sorts last whatever the direction). */
export function sortValue(
  entry: PhoneListEntry,
  key: SortKey,
  targetName?: (id: string) => string | undefined,
): string {
  switch (key) {
    case 'number':
      return digitsOf(entry.phoneNumbers[0] ?? '');
    case 'caller_id':
      return entry.kind === 'number' ? (entry.item.caller_id_name ?? '') : '';
    case 'routing':
      return entry.kind === 'number' && entry.item.routing_target
        ? (targetName?.(entry.item.routing_target) ?? entry.item.routing_target)
        : '';
    case 'status':
      return entryStatus(entry);
  }
}

/** A sorted copy (stable; blanks last; ties by number then id). */
export function sortEntries(
  entries: readonly PhoneListEntry[],
  sort: SortState,
  targetName?: (id: string) => string | undefined,
): PhoneListEntry[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const keyed = entries.map((entry) => ({ entry, value: sortValue(entry, sort.key, targetName) }));
  keyed.sort((a, b) => {
    if (!a.value !== !b.value) return a.value ? -1 : 1;
    const byValue = sign * collator.compare(a.value, b.value);
    if (byValue) return byValue;
    const byNumber = collator.compare(
      digitsOf(a.entry.phoneNumbers[0] ?? ''),
      digitsOf(b.entry.phoneNumbers[0] ?? ''),
    );
    return byNumber || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0);
  });
  return keyed.map(({ entry }) => entry);
}

/** Tab, then search, then sort. */
export function visibleEntries(
  entries: readonly PhoneListEntry[],
  options: {
    tab: PhoneTab;
    query: string;
    sort: SortState;
    targetName?: (id: string) => string | undefined;
  },
): PhoneListEntry[] {
  return sortEntries(
    entries.filter(
      (entry) =>
        entryTab(entry) === options.tab && entryMatches(entry, options.query, options.targetName),
    ),
    options.sort,
    options.targetName,
  );
}

/** Counts per tab. */
export function tabCounts(entries: readonly PhoneListEntry[]): Record<PhoneTab, number> {
  const counts: Record<PhoneTab, number> = { active: 0, in_progress: 0, released: 0 };
  for (const entry of entries) counts[entryTab(entry)]++;
  return counts;
}

// ---- Caller ID name ----

/** The contract's CNAM limit. */
export const CALLER_ID_MAX = 15;

export type CallerIdProblem = 'tooLong' | 'characters';

/**
 * Problems with a caller ID name: at most 15 characters (the contract's `maxLength`), only
 * letters, digits, spaces and hyphens (plain ASCII, as CNAM requires). Empty clears it.
 */
export function callerIdProblem(value: string): CallerIdProblem | null {
  if (value.length > CALLER_ID_MAX) return 'tooLong';
  if (!/^[A-Za-z0-9 -]*$/.test(value)) return 'characters';
  return null;
}

// ---- Loading ----

export interface PhoneListSources {
  numbers: PhoneNumber[];
  numbersNext: string | null;
  orders: NumberOrder[];
  ports: PortOrder[];
}

/** The first page of numbers, pending purchase orders and port orders, in parallel. */
export async function loadPhoneList(
  client: DialstackClient,
  signal: AbortSignal,
  pageSize = 50,
): Promise<PhoneListSources> {
  const [numbers, orders, ports] = await Promise.all([
    phoneNumbersPage(client, { query: { limit: pageSize }, signal }),
    pendingPurchaseOrders(client, { signal }),
    allPortOrders(client, signal),
  ]);
  return { numbers: numbers.data, numbersNext: numbers.next_page_url, orders, ports };
}

/** The next page of numbers. */
export const loadMoreNumbers = (
  client: DialstackClient,
  pageUrl: string,
  signal?: AbortSignal,
): Promise<ListPage<PhoneNumber>> => phoneNumbersPage(client, { pageUrl, signal });

async function allPortOrders(client: DialstackClient, signal: AbortSignal): Promise<PortOrder[]> {
  const all: PortOrder[] = [];
  let pageUrl: string | null = null;
  do {
    const page: ListPage<PortOrder> = await portOrdersPage(client, {
      query: { limit: 100 },
      pageUrl,
      signal,
    });
    all.push(...page.data);
    pageUrl = page.next_page_url;
  } while (pageUrl);
  return all;
}

/** The target lists the numbers' routing needs: one per kind in use (all kinds if unknown). */
export function targetKindsFor(numbers: readonly PhoneNumber[]): RoutingTargetKind[] {
  const kinds = new Set<RoutingTargetKind>();
  for (const number of numbers) {
    if (!number.routing_target) continue;
    const kind = routingTargetKind(number.routing_target);
    if (!kind) return [...ROUTING_TARGET_KINDS];
    kinds.add(kind);
  }
  return ROUTING_TARGET_KINDS.filter((kind) => kinds.has(kind));
}

/**
 * Loads the given target lists (each once, through the shared cache: another element asking
 * for `/v1/users` shares the request) into one id → target map. A list that fails is skipped:
 * its targets show their id.
 */
export async function loadTargets(
  client: DialstackClient,
  kinds: readonly RoutingTargetKind[],
  signal?: AbortSignal,
): Promise<Map<string, RoutingTarget>> {
  const lists = await Promise.all(
    kinds.map((kind) => listRoutingTargets(client, kind, { signal }).catch(() => [])),
  );
  signal?.throwIfAborted();
  return new Map(lists.flat().map((target) => [target.id, target]));
}

/**
 * What the list reads its rows through (`CollectionController`'s `Pager`): the first call loads
 * pending purchase orders, port orders and the first page of numbers; later calls page through
 * the numbers' `next_page_url`.
 */
export class PhoneListPager {
  private started = false;
  private nextUrl: string | null = null;
  private buffer: PhoneListEntry[] = [];
  private readonly seen = new Set<string>();
  private readonly owned = new Set<string>();

  constructor(
    private readonly client: DialstackClient,
    private readonly pageSize = 50,
  ) {}

  get hasMore(): boolean {
    return !this.started || this.nextUrl !== null || this.buffer.length > 0;
  }

  markSeen(id: string): void {
    this.seen.add(id);
  }

  async next(count: number, signal?: AbortSignal): Promise<PhoneListEntry[]> {
    while (this.buffer.length < count && (!this.started || this.nextUrl)) {
      if (!this.started) {
        const sources = await loadPhoneList(
          this.client,
          signal ?? new AbortController().signal,
          this.pageSize,
        );
        this.started = true;
        this.nextUrl = sources.numbersNext;
        this.take(mergePhoneList(sources.numbers, sources.orders, sources.ports));
      } else {
        const page = await loadMoreNumbers(this.client, this.nextUrl!, signal);
        this.nextUrl = page.next_page_url;
        this.take(mergePhoneList(page.data, [], []));
      }
    }
    return this.buffer.splice(0, count);
  }

  private take(entries: PhoneListEntry[]): void {
    for (const entry of entries) {
      if (this.seen.has(entry.id)) continue;
      // A number that arrived meanwhile replaces its pending-order row (same phone number).
      if (entry.kind === 'order' && this.owned.has(entry.phoneNumbers[0])) continue;
      if (entry.kind === 'number' && entry.item.status !== 'released')
        this.owned.add(entry.phoneNumbers[0]);
      this.seen.add(entry.id);
      this.buffer.push(entry);
    }
  }
}
