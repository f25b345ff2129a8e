/** The account's phone numbers: list (status), read, update, route, disconnect. */
import type { HttpHandler } from 'msw';
import { conflict, notFound, validationError } from '../errors';
import { findRoutingTarget } from '../lookup';
import { paginate } from '../pagination';
import { json, route } from '../route';
import type { MockStore } from '../store';
import { iso } from '../time';
import type { NumberOrder, PhoneNumber } from '../types';
import { ORDER_SETTLE_MS, settleOrders } from './number-orders';

interface UpdatePhoneNumberBody {
  outbound_enabled?: boolean;
  status?: 'active' | 'inactive';
  directory_listing_name?: string;
  directory_listing_type?: PhoneNumber['directory_listing_type'];
  directory_listing_location_id?: string;
  caller_id_name?: string;
  caller_id_visibility?: 'PUBLIC' | 'PRIVATE';
}

export function phoneNumberRoutes(store: MockStore): HttpHandler[] {
  const find = (id: string | undefined) => {
    const number = store.data.phoneNumbers.find((n) => n.id === id);
    if (!number) throw notFound('PhoneNumberNotFound');
    return number;
  };

  return [
    route(store, 'listPhoneNumbers', ({ query, url }) => {
      settleOrders(store);
      const numbers = store.data.phoneNumbers.filter(
        (n) => query.status === undefined || n.status === query.status,
      );
      return json(
        paginate(numbers, {
          url,
          limit: query.limit ?? 10,
          key: (n) => n.created_at,
          id: (n) => n.id,
        }),
      );
    }),

    route(store, 'getPhoneNumber', ({ params }) => {
      settleOrders(store);
      return json(find(params.phone_number_id));
    }),

    route(store, 'updatePhoneNumber', ({ params, body }) => {
      const number = find(params.phone_number_id);
      const update = body as UpdatePhoneNumberBody;
      const problems: Record<string, string> = {};
      if (number.status === 'released')
        problems.phone_number_id = 'a released number cannot be changed or reactivated';
      if (update.caller_id_name !== undefined) {
        if (!/^[\x20-\x7e]*$/.test(update.caller_id_name))
          problems.caller_id_name = 'must be plain ASCII (CNAM)';
        else if ((update.status ?? number.status) !== 'active')
          problems.caller_id_name = 'can only be set on an active number';
      }
      const listingType =
        update.directory_listing_type ?? number.directory_listing_type ?? 'non_registered';
      const locationId =
        update.directory_listing_location_id ?? number.directory_listing_location_id ?? null;
      if (
        update.directory_listing_location_id !== undefined &&
        !store.data.locations.some((l) => l.id === update.directory_listing_location_id)
      ) {
        problems.directory_listing_location_id = 'is not a location of this account';
      } else if (listingType !== 'non_registered' && !locationId) {
        problems.directory_listing_location_id =
          'is required when directory_listing_type is not non_registered';
      }
      if (Object.keys(problems).length) throw validationError('Invalid request body', problems);

      if (update.outbound_enabled !== undefined) number.outbound_enabled = update.outbound_enabled;
      if (update.status !== undefined) number.status = update.status;
      if (update.caller_id_name !== undefined)
        number.caller_id_name = update.caller_id_name || null;
      if (update.directory_listing_name !== undefined)
        number.directory_listing_name = update.directory_listing_name;
      if (update.directory_listing_type !== undefined) {
        number.directory_listing_type = update.directory_listing_type;
        if (update.directory_listing_type === 'non_registered') {
          number.directory_listing_location_id = null;
          number.directory_listing_name = null;
        }
      }
      if (update.directory_listing_location_id !== undefined && listingType !== 'non_registered') {
        number.directory_listing_location_id = update.directory_listing_location_id;
      }
      number.updated_at = iso(store.now());
      return json(number);
    }),

    route(store, 'updatePhoneNumberRouting', ({ params, body }) => {
      const number = find(params.phone_number_id);
      const { routing_target } = body as { routing_target?: string | null };
      if (routing_target === undefined) return json(number);
      if (number.status === 'released')
        throw validationError('Invalid request body', {
          routing_target: 'a released number cannot be routed',
        });
      if (routing_target !== null && !findRoutingTarget(store, routing_target)) {
        throw validationError('Invalid request body', {
          routing_target:
            'must be the id of a user, voice app, dial plan, ring group or shared voicemail box',
        });
      }
      number.routing_target = routing_target;
      number.updated_at = iso(store.now());
      return json(number);
    }),

    route(store, 'disconnectPhoneNumber', ({ params }) => {
      const number = find(params.phone_number_id);
      if (number.status === 'released') throw conflict('This number has already been released');
      const pending = store.data.numberOrders.some(
        (o) =>
          o.order_type === 'disconnect' &&
          o.status === 'pending' &&
          o.phone_numbers.includes(number.phone_number),
      );
      if (pending) throw conflict('A disconnect order for this number is already pending');
      const now = store.now();
      const order: NumberOrder = {
        id: store.nextId('nord'),
        order_type: 'disconnect',
        status: 'pending',
        phone_numbers: [number.phone_number],
        completed_numbers: [],
        failed_numbers: [],
        error_message: null,
        created_at: iso(now),
        updated_at: iso(now),
      };
      store.data.numberOrders.unshift(order);
      store.data.numberOrderCompletion.set(order.id, now + ORDER_SETTLE_MS);
      return json(order, 201);
    }),
  ];
}
