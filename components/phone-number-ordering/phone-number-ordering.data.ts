/**
 * The data of `<dialstack-phone-number-ordering>`: search-field validation (before any request,
 * as the contract's patterns say), following an order with backoff, and its outcome per number.
 */
import type {
  AvailableNumberQuery,
  NumberOrder,
  NumberOrderStatus,
} from '../../src/api/phone-number-orders';

export type SearchField = 'areaCode' | 'city' | 'state' | 'zip' | 'npaNxx' | 'quantity';

export interface SearchForm {
  areaCode: string;
  city: string;
  state: string;
  zip: string;
  npaNxx: string;
  quantity: string;
}

export const EMPTY_SEARCH: SearchForm = {
  areaCode: '',
  city: '',
  state: '',
  zip: '',
  npaNxx: '',
  quantity: '10',
};

/** The contract's quantity range and default. */
export const QUANTITY_MIN = 1;
export const QUANTITY_MAX = 100;
/** `phone_numbers` of an order: at most 100. */
export const ORDER_MAX = 100;

export type SearchProblem =
  'areaCode' | 'state' | 'zip' | 'npaNxx' | 'quantity' | 'cityNeedsState' | 'nothingToSearch';

export type SearchValidation =
  | { ok: true; query: AvailableNumberQuery }
  | { ok: false; problems: Partial<Record<SearchField | 'form', SearchProblem>> };

/**
 * Checks the form as the contract says — area code 3 digits, state 2 capital letters, ZIP 5
 * digits, NPA-NXX 6 digits, quantity 1–100, a city needs a state, at least one filter — and
 * builds the query (only the fields given) when it is valid.
 */
export function validateSearch(form: SearchForm): SearchValidation {
  const value = {
    areaCode: form.areaCode.trim(),
    city: form.city.trim(),
    state: form.state.trim(),
    zip: form.zip.trim(),
    npaNxx: form.npaNxx.trim(),
    quantity: form.quantity.trim(),
  };
  const problems: Partial<Record<SearchField | 'form', SearchProblem>> = {};
  if (value.areaCode && !/^\d{3}$/.test(value.areaCode)) problems.areaCode = 'areaCode';
  if (value.state && !/^[A-Z]{2}$/.test(value.state)) problems.state = 'state';
  if (value.zip && !/^\d{5}$/.test(value.zip)) problems.zip = 'zip';
  if (value.npaNxx && !/^\d{6}$/.test(value.npaNxx)) problems.npaNxx = 'npaNxx';
  const quantity = value.quantity === '' ? 10 : Number(value.quantity);
  if (!Number.isInteger(quantity) || quantity < QUANTITY_MIN || quantity > QUANTITY_MAX)
    problems.quantity = 'quantity';
  if (value.city && !value.state) problems.state ??= 'cityNeedsState';
  if (!value.areaCode && !value.state && !value.zip && !value.npaNxx && !value.city)
    problems.form = 'nothingToSearch';
  if (Object.keys(problems).length) return { ok: false, problems };
  const query: AvailableNumberQuery = { quantity };
  if (value.areaCode) query.area_code = value.areaCode;
  if (value.city) query.city = value.city;
  if (value.state) query.state = value.state;
  if (value.zip) query.zip = value.zip;
  if (value.npaNxx) query.npa_nxx = value.npaNxx;
  return { ok: true, query };
}

/** A wider search to suggest when one finds nothing (undefined when there is none wider). */
export function widerSearch(query: AvailableNumberQuery): Partial<SearchForm> | undefined {
  if (query.npa_nxx) return { npaNxx: '', areaCode: query.npa_nxx.slice(0, 3) };
  if (query.city && query.state) return { city: '' };
  if (query.zip) return { zip: '', areaCode: '', state: query.state ?? '' };
  return undefined;
}

export const isTerminal = (status: NumberOrderStatus) => status !== 'pending';

/** Waits between order checks: 1 s, then ×1.5 up to 15 s, for as long as it takes. */
export const ORDER_POLL_FIRST_MS = 1000;
export const ORDER_POLL_MAX_MS = 15_000;
export const nextPollDelay = (previous: number | undefined) =>
  previous === undefined ? ORDER_POLL_FIRST_MS : Math.min(ORDER_POLL_MAX_MS, previous * 1.5);

export interface NumberOutcome {
  phoneNumber: string;
  ok: boolean;
}

/**
 * Each ordered number and whether it arrived. A number not listed as completed failed once the
 * order has ended (a `failed` order may not list its failures).
 */
export function orderOutcomes(order: NumberOrder): NumberOutcome[] {
  const completed = new Set(order.completed_numbers ?? []);
  return (order.phone_numbers ?? []).map((phoneNumber) => ({
    phoneNumber,
    ok: completed.has(phoneNumber),
  }));
}
