/**
 * Porting numbers in: eligibility check, then a port order's life — draft → approved (e-signature)
 * → submitted — or cancelled; every status change is recorded as a port-order event.
 */
import type { HttpHandler } from 'msw';
import { ApiError, conflict, notFound, validationError } from '../errors';
import { paginate } from '../pagination';
import { hashString } from '../prng';
import { json, route } from '../route';
import type { MockStore } from '../store';
import { DAY, iso, isoDate } from '../time';
import type { NonPortableNumber, PortableNumber, PortOrder } from '../types';

const TOLL_FREE = /^\+18(00|33|44|55|66|77|88)/;
const CARRIERS: readonly [string, string][] = [
  ['Cascade Telecom', '5432'],
  ['Pacific Bell Voice', '9740'],
  ['Columbia Wireless', '6214'],
  ['Evergreen Fiber', '3381'],
];

/** `+1NXXNXXXXXX` from E.164 or a 10/11-digit US number; null when invalid. */
export function normalizeUsNumber(raw: string): string | null {
  const digits = raw.replace(/[\s().-]/g, '');
  const e164 = /^\+1\d{10}$/.test(digits)
    ? digits
    : /^1\d{10}$/.test(digits)
      ? `+${digits}`
      : /^\d{10}$/.test(digits)
        ? `+1${digits}`
        : null;
  return e164 && /^\+1[2-9]\d{2}[2-9]\d{6}$/.test(e164) ? e164 : null;
}

function normalizeAll(numbers: readonly string[]): string[] {
  const problems: Record<string, string> = {};
  const normalized = numbers.map((raw, i) => {
    const number = normalizeUsNumber(raw);
    if (!number) problems[`phone_numbers[${i}]`] = 'is not a valid US phone number';
    else if (TOLL_FREE.test(number))
      problems[`phone_numbers[${i}]`] = 'toll-free numbers cannot be ported';
    return number ?? raw;
  });
  if (Object.keys(problems).length) throw validationError('Invalid request body', problems);
  return normalized;
}

export function checkEligibility(numbers: readonly string[]): {
  portable_numbers: PortableNumber[];
  non_portable_numbers: NonPortableNumber[];
} {
  const portable_numbers: PortableNumber[] = [];
  const non_portable_numbers: NonPortableNumber[] = [];
  numbers.forEach((raw) => {
    const number = normalizeUsNumber(raw) ?? raw;
    const h = parseInt(hashString(number), 36);
    // Toll-free numbers, invalid numbers and (for the demo) numbers ending in 00 can't be ported.
    if (!normalizeUsNumber(raw) || TOLL_FREE.test(number) || number.endsWith('00')) {
      non_portable_numbers.push({
        phone_number: number,
        rate_center: 'NOT SERVED',
        city: 'Unknown',
        state: 'US',
      });
      return;
    }
    const [name, spid] = CARRIERS[h % CARRIERS.length]!;
    const wireless = name === 'Columbia Wireless';
    portable_numbers.push({
      phone_number: number,
      losing_carrier_name: name,
      losing_carrier_spid: spid,
      is_wireless: wireless,
      account_number_required: wireless,
    });
  });
  return { portable_numbers, non_portable_numbers };
}

export function portOrderRoutes(store: MockStore): HttpHandler[] {
  const find = (id: string | undefined) => {
    const order = store.data.portOrders.find((o) => o.id === id);
    if (!order) throw notFound('PortOrderNotFound');
    return order;
  };
  const transition = (order: PortOrder, to: PortOrder['status'], message: string | null = null) => {
    const now = iso(store.now());
    store.data.portOrderEvents.push({
      id: store.nextId('poe'),
      port_order_id: order.id,
      old_status: order.status,
      new_status: to,
      bandwidth_status: to === 'submitted' ? 'SUBMITTED' : null,
      message,
      reason_code: null,
      created_at: now,
    });
    order.status = to;
    order.updated_at = now;
  };

  return [
    route(store, 'checkPortInEligibility', ({ body }) => {
      const { phone_numbers } = body as { phone_numbers: string[] };
      return json(checkEligibility(phone_numbers));
    }),

    route(store, 'createPortOrder', ({ body }) => {
      const request = body as {
        phone_numbers: string[];
        subscriber: NonNullable<PortOrder['details']['subscriber']>;
        requested_foc_date: string;
        requested_foc_time?: string;
      };
      const phone_numbers = normalizeAll(request.phone_numbers);
      if (request.requested_foc_date < isoDate(store.now())) {
        throw validationError('Invalid request body', {
          requested_foc_date: 'must be today or later',
        });
      }
      const owned = phone_numbers.filter((n) =>
        store.data.phoneNumbers.some((p) => p.phone_number === n && p.status !== 'released'),
      );
      if (owned.length)
        throw validationError('Invalid request body', {
          phone_numbers: `already on this account: ${owned.join(', ')}`,
        });
      const now = iso(store.now());
      const order: PortOrder = {
        id: store.nextId('por'),
        status: 'draft',
        details: {
          phone_numbers,
          subscriber: request.subscriber,
          requested_foc_date: request.requested_foc_date,
          requested_foc_time: request.requested_foc_time ?? null,
          actual_foc_date: null,
          losing_carrier: null,
          approval: null,
          rejection: null,
          loa: null,
          csr: null,
          bill_copy: null,
        },
        submitted_at: null,
        created_at: now,
        updated_at: now,
      };
      store.data.portOrders.unshift(order);
      store.data.portOrderEvents.push({
        id: store.nextId('poe'),
        port_order_id: order.id,
        old_status: null,
        new_status: 'draft',
        bandwidth_status: null,
        message: null,
        reason_code: null,
        created_at: now,
      });
      return json(order, 201);
    }),

    route(store, 'approvePortOrder', ({ params, body }) => {
      const order = find(params.order_id);
      const { signature, ip } = body as { signature: string; ip: string };
      if (order.status !== 'draft')
        throw conflict('Order is not in draft status', { status: order.status });
      if (!order.details.subscriber)
        throw new ApiError(
          422,
          'Subscriber details are missing from the port order',
          'subscriber_required',
        );
      if (!signature.trim())
        throw validationError('Invalid request body', { signature: 'must not be empty' });
      order.details.approval = { signature, ip, timestamp: iso(store.now()) };
      transition(order, 'approved');
      return json(order);
    }),

    route(store, 'submitPortOrder', ({ params }) => {
      const order = find(params.order_id);
      if (order.status === 'draft')
        throw new ApiError(
          422,
          'Approval required — the order must be approved before submission',
          'approval_required',
        );
      if (order.status !== 'approved')
        throw conflict('Order is not in approved status', { status: order.status });
      const [name, spid] = CARRIERS[parseInt(hashString(order.id), 36) % CARRIERS.length]!;
      order.details.losing_carrier = { name, spid, port_type: 'AUTOMATED' };
      order.details.loa = { content_type: 'application/pdf', file_size: 48213 };
      order.submitted_at = iso(store.now());
      if (!order.details.requested_foc_date)
        order.details.requested_foc_date = isoDate(store.now() + 10 * DAY);
      transition(order, 'submitted');
      return json(order);
    }),

    route(store, 'cancelPortOrder', ({ params }) => {
      const order = find(params.order_id);
      if (order.status === 'complete' || order.status === 'cancelled') {
        throw conflict('Order is in a terminal status and cannot be cancelled', {
          status: order.status,
        });
      }
      transition(order, 'cancelled');
      return json(order);
    }),

    route(store, 'listPortOrders', ({ query, url }) => {
      const orders = store.data.portOrders.filter(
        (o) => query.status === undefined || o.status === query.status,
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

    route(store, 'getPortOrder', ({ params }) => json(find(params.order_id))),

    route(store, 'listPortOrderEvents', ({ params }) => {
      const order = find(params.order_id);
      const events = store.data.portOrderEvents
        .filter((e) => e.port_order_id === order.id)
        .sort((a, b) =>
          a.created_at === b.created_at
            ? a.id < b.id
              ? 1
              : -1
            : a.created_at < b.created_at
              ? 1
              : -1,
        );
      return json({ object: 'list', data: events });
    }),
  ];
}
