/**
 * What account onboarding reads and writes: the account itself (the contract reserves these
 * for secret keys; the mock also lets an `account_onboarding` session reach its own account),
 * locations, and the hardware catalog.
 */
import type { HttpHandler } from 'msw';
import { ApiError, notFound } from '../errors';
import { paginate } from '../pagination';
import { json, route, type RouteContext } from '../route';
import { advanceE911 } from './onboarding';
import type { MockStore } from '../store';
import { iso } from '../time';
import type { Account, Location } from '../types';

interface AddressInput {
  address_number?: string;
  street: string;
  unit?: string;
  city: string;
  state: string;
  postal_code: string;
  country: 'US' | 'CA' | 'MX';
}

function toAddress(input: AddressInput): NonNullable<Account['billing_address']> {
  const line = [input.address_number, input.street].filter(Boolean).join(' ');
  return {
    ...input,
    formatted_address: [
      line,
      input.unit,
      input.city,
      `${input.state} ${input.postal_code}`,
      input.country,
    ]
      .filter(Boolean)
      .join(', '),
  };
}

export function accountRoutes(store: MockStore): HttpHandler[] {
  const ownAccount = ({ params, session }: RouteContext): Account => {
    const account = store.data.account;
    if (params.account_id !== account.id) throw notFound('AccountNotFound');
    if (session && session.account_id !== account.id)
      throw new ApiError(403, 'Account does not belong to this session', 'forbidden');
    return account;
  };
  const findLocation = (id: string | undefined) => {
    const location = store.data.locations.find((l) => l.id === id);
    if (!location) throw notFound('LocationNotFound');
    return location;
  };

  return [
    route(store, 'getAccount', (ctx) => json(ownAccount(ctx))),

    route(store, 'updateAccount', (ctx) => {
      const account = ownAccount(ctx);
      const update = ctx.body as Partial<
        Pick<
          Account,
          'email' | 'name' | 'phone' | 'primary_contact_name' | 'default_outbound_did_id'
        >
      > & {
        config?: Account['config'];
        billing_address?: AddressInput | null;
      };
      for (const key of [
        'email',
        'name',
        'phone',
        'primary_contact_name',
        'default_outbound_did_id',
      ] as const) {
        if (update[key] !== undefined) account[key] = update[key];
      }
      if (update.config) account.config = { ...account.config, ...update.config };
      if (update.billing_address !== undefined)
        account.billing_address = update.billing_address && toAddress(update.billing_address);
      account.updated_at = iso(store.now());
      return json(account);
    }),

    route(store, 'listLocations', ({ query, url }) => {
      const locations = store.data.locations.filter(
        (l) => query.status === undefined || l.status === query.status,
      );
      return json(
        paginate(locations, {
          url,
          limit: query.limit ?? 10,
          key: (l) => l.created_at,
          id: (l) => l.id,
        }),
      );
    }),

    route(store, 'getLocation', ({ params }) => {
      const location = findLocation(params.location_id);
      advanceE911(store, location);
      return json(location);
    }),

    route(store, 'createLocation', ({ body }) => {
      const request = body as { name: string; address: AddressInput; primary_did_id?: string };
      const now = iso(store.now());
      const location: Location = {
        id: store.nextId('loc'),
        name: request.name,
        address: toAddress(request.address),
        primary_did_id: request.primary_did_id ?? null,
        status: 'active',
        e911_status: 'none',
        created_at: now,
        updated_at: now,
      };
      store.data.locations.unshift(location);
      return json(location, 201);
    }),

    route(store, 'updateLocation', ({ params, body }) => {
      const location = findLocation(params.location_id);
      const update = body as {
        name?: string;
        address?: AddressInput;
        primary_did_id?: string;
        status?: Location['status'];
      };
      if (update.name !== undefined) location.name = update.name;
      if (update.address !== undefined) {
        location.address = toAddress(update.address);
        Object.assign(location, { e911_status: 'none' }); // readOnly for clients; a new address needs E911 again
      }
      if (update.primary_did_id !== undefined) location.primary_did_id = update.primary_did_id;
      if (update.status !== undefined) location.status = update.status;
      location.updated_at = iso(store.now());
      return json(location);
    }),

    route(store, 'listCatalog', ({ url }) =>
      json({
        object: 'list',
        url: url.pathname,
        data: store.data.catalog.filter((item) => item.active),
      }),
    ),
  ];
}
