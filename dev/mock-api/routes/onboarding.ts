/**
 * What the onboarding wizard writes besides hardware and ports: E911 for locations, users and
 * their extensions. The mock's E911 provider:
 * - `validate-e911` normalises the address the way a geocoder would (upper case, the street
 *   type abbreviated — "Street" → "ST" —, ZIP+4 added) and says whether that changed anything;
 *   a street containing "Nowhere" is an address the provider can't find (502);
 * - `provision-e911` needs a primary number (400 otherwise) and sets `pending`; each later read
 *   of that location (`GET /v1/locations/{id}`) moves it on: `binding`, then `provisioned` —
 *   or `failed` when a failure was queued with `POST /__mock/e911-failures { times? }`
 *   (the next `times` provisionings fail; default 1).
 * And `POST /__mock/onboarding/blank` empties the account (no locations, users or extensions)
 * so the wizard can start from nothing.
 * The state hangs off the store's current data, so `reset()` starts it over.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { ApiError, conflict, notFound, validationError } from '../errors';
import { json, noContent, route } from '../route';
import type { MockStore } from '../store';
import { iso } from '../time';
import type { Extension, Location, StoreData, User } from '../types';

interface OnboardingState {
  /** Location id -> the statuses its next reads go through. */
  e911Progress: Map<string, Location['e911_status'][]>;
  /** How many of the next provisionings fail. */
  failuresQueued: number;
}

const states = new WeakMap<StoreData, OnboardingState>();

const SUFFIXES: Record<string, string> = {
  street: 'ST',
  avenue: 'AVE',
  boulevard: 'BLVD',
  drive: 'DR',
  road: 'RD',
  lane: 'LN',
  court: 'CT',
  place: 'PL',
  highway: 'HWY',
  parkway: 'PKWY',
};

/** The geocoded form of a location's address (deterministic). */
function geocode(location: Location) {
  const address = location.address;
  const words = (address.street ?? '').trim().split(/\s+/).filter(Boolean);
  const last = words[words.length - 1]?.replace(/\.$/, '').toLowerCase() ?? '';
  const suffix =
    SUFFIXES[last] ??
    (Object.values(SUFFIXES).includes(last.toUpperCase()) ? last.toUpperCase() : undefined);
  const nameWords = suffix ? words.slice(0, -1) : words;
  const digits = address.postal_code.replace(/\D/g, '');
  const result = {
    house_number: address.address_number ?? '',
    street_name: nameWords.join(' ').toUpperCase(),
    ...(suffix ? { street_suffix: suffix } : {}),
    ...(address.unit ? { address_line_2: address.unit.toUpperCase() } : {}),
    city: address.city.toUpperCase(),
    state_code: address.state.toUpperCase(),
    zip: address.country === 'US' ? digits.slice(0, 5) : address.postal_code.toUpperCase(),
    ...(address.country === 'US' ? { plus_four: digits.slice(5, 9) || '1234' } : {}),
    country: address.country,
  };
  const typed = [
    address.address_number ?? '',
    address.street ?? '',
    address.unit ?? '',
    address.city,
    address.state,
    address.postal_code,
  ].join('|');
  const normalised = [
    result.house_number,
    [result.street_name, suffix].filter(Boolean).join(' '),
    result.address_line_2 ?? '',
    result.city,
    result.state_code,
    address.country === 'US' ? `${result.zip}-${result.plus_four}` : result.zip,
  ].join('|');
  return { address: result, adjusted: typed !== normalised };
}

function stateOf(store: MockStore): OnboardingState {
  let current = states.get(store.data);
  if (!current) states.set(store.data, (current = { e911Progress: new Map(), failuresQueued: 0 }));
  return current;
}

const setE911 = (store: MockStore, location: Location, status: Location['e911_status']) => {
  // `e911_status` is read-only for clients; the provider sets it.
  Object.assign(location, { e911_status: status, updated_at: iso(store.now()) });
};

/** A read of one location (`getLocation`): provisioning in progress moves on by one status. */
export function advanceE911(store: MockStore, location: Location): void {
  const progress = stateOf(store).e911Progress;
  const queue = progress.get(location.id);
  const next = queue?.shift();
  if (next) setE911(store, location, next);
  if (queue && !queue.length) progress.delete(location.id);
}

export function onboardingRoutes(store: MockStore): HttpHandler[] {
  const state = () => stateOf(store);
  const findLocation = (id: string | undefined) => {
    const location = store.data.locations.find((l) => l.id === id);
    if (!location) throw notFound('LocationNotFound');
    return location;
  };
  const findUser = (id: string | undefined) => {
    const user = store.data.users.find((u) => u.id === id);
    if (!user) throw notFound('UserNotFound');
    return user;
  };

  return [
    route(store, 'validateLocationE911', ({ params }) => {
      const location = findLocation(params.location_id);
      if (/nowhere/i.test(location.address.street ?? ''))
        throw new ApiError(
          502,
          'The address could not be found by the E911 provider',
          'upstream_error',
          {
            street: 'not found by the E911 provider',
          },
        );
      return json(geocode(location));
    }),

    route(store, 'provisionLocationE911', ({ params }) => {
      const location = findLocation(params.location_id);
      if (!location.primary_did_id)
        throw new ApiError(
          400,
          'Location is missing a primary phone number',
          'missing_primary_number',
          {
            primary_did_id: 'is required to provision E911',
          },
        );
      const current = state();
      const fails = current.failuresQueued > 0;
      if (fails) current.failuresQueued--;
      setE911(store, location, 'pending');
      current.e911Progress.set(
        location.id,
        fails ? ['binding', 'failed'] : ['binding', 'provisioned'],
      );
      return json(location);
    }),

    route(store, 'createUser', ({ body }) => {
      const request = body as { name?: string | null; email?: string };
      const now = iso(store.now());
      const user: User = {
        id: store.nextId('user'),
        name: request.name ?? null,
        email: request.email ?? null,
        account_role: null,
        outbound_caller_id_did_id: null,
        voicemail_pin: null,
        created_at: now,
        updated_at: now,
      };
      store.data.users.unshift(user);
      return json(user, 201);
    }),

    route(store, 'updateUser', ({ params, body }) => {
      const user = findUser(params.user_id);
      const update = body as { name?: string | null; email?: string };
      if (update.name !== undefined) user.name = update.name;
      if (update.email !== undefined) user.email = update.email;
      user.updated_at = iso(store.now());
      return json(user);
    }),

    route(store, 'deleteUser', ({ params }) => {
      const user = findUser(params.user_id);
      store.data.users = store.data.users.filter((u) => u !== user);
      store.data.endpoints = store.data.endpoints.filter((e) => e.user_id !== user.id);
      store.data.extensions = store.data.extensions.filter((e) => e.target !== user.id);
      return noContent();
    }),

    route(store, 'createExtension', ({ body }) => {
      const request = body as { number: string; target: string };
      if (!/^\d{1,32}$/.test(request.number))
        throw validationError('Invalid extension number', { number: 'must be digits only' });
      const taken = store.data.extensions.find((e) => e.number === request.number);
      if (taken)
        throw conflict(`Extension ${request.number} is already in use`, {
          number: 'is already in use',
          target: taken.target,
        });
      const now = iso(store.now());
      const extension: Extension = {
        number: request.number,
        target: request.target,
        status: 'active',
        created_at: now,
        updated_at: now,
      };
      store.data.extensions.unshift(extension);
      return json(extension, 201);
    }),

    route(store, 'deleteExtension', ({ params }) => {
      const extension = store.data.extensions.find((e) => e.number === params.number);
      if (!extension) throw notFound('ExtensionNotFound');
      store.data.extensions = store.data.extensions.filter((e) => e !== extension);
      return noContent();
    }),
  ];
}

/** The onboarding controls under /__mock/ (registered by routes/control.ts). */
export function onboardingControls(store: MockStore): HttpHandler[] {
  const state = () => stateOf(store);
  return [
    http.post('*/__mock/e911-failures', async ({ request }) => {
      const body = (await request.json().catch(() => ({}))) as { times?: unknown };
      const times = typeof body.times === 'number' && body.times > 0 ? Math.round(body.times) : 1;
      state().failuresQueued += times;
      return HttpResponse.json({ queued: state().failuresQueued });
    }),

    http.post('*/__mock/onboarding/blank', () => {
      store.data.locations = [];
      store.data.users = [];
      store.data.endpoints = [];
      store.data.extensions = [];
      return HttpResponse.json({ ok: true });
    }),
  ];
}
