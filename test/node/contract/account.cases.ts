/** Contract cases: The remaining lists' error paths and account onboarding. */
import assert from 'node:assert/strict';
import type { Json } from '../helpers/api';
import type { Case } from '../helpers/contract-case';

export const accountCases: Case[] = [
  // Error paths of the remaining lists
  {
    op: 'listExtensions',
    name: 'limit 101 → 400',
    status: 400,
    request: () => ['/v1/extensions?limit=101'],
    check: (b) => assert.equal(b.details.limit, 'must be <= 100'),
  },
  {
    op: 'listSharedVoicemailBoxes',
    name: 'unknown expansion → 400',
    status: 400,
    request: () => ['/v1/shared_voicemail_boxes?expand[]=users'],
  },
  {
    op: 'listPortOrders',
    name: 'bad status → 400',
    status: 400,
    request: () => ['/v1/port-orders?status=done'],
  },
  {
    op: 'listDialPlans',
    name: 'limit 0 → 400',
    status: 400,
    request: () => ['/v1/dialplans?limit=0'],
    check: (b) => assert.equal(b.details.limit, 'must be >= 1'),
  },
  {
    op: 'listSchedules',
    name: 'garbage cursor → 400',
    status: 400,
    request: () => ['/v1/schedules?page=garbage'],
    check: (b) => assert.ok(b.details.page),
  },
  {
    op: 'listRingGroups',
    name: 'no token → 401',
    status: 401,
    request: () => ['/v1/ring_groups', { token: null }],
  },
  {
    op: 'listAudioClips',
    name: 'unknown parameter → 400',
    status: 400,
    request: () => ['/v1/audio_clips?sort=name'],
    check: (b) => assert.ok(b.details.sort),
  },
  {
    op: 'listVoiceApps',
    name: 'session without a dial-plan component → 403',
    status: 403,
    request: async (_f, api) => ['/v1/voice-apps', { token: await api.mint(['call_logs']) }],
  },
  {
    op: 'listLocations',
    name: 'bad status → 400',
    status: 400,
    request: () => ['/v1/locations?status=closed'],
  },

  // Account onboarding
  {
    op: 'listLocations',
    name: 'active locations',
    status: 200,
    request: () => ['/v1/locations?status=active'],
    check: (b) => assert.equal(b.data.length, 2),
  },
  {
    op: 'getLocation',
    name: 'main campus',
    status: 200,
    request: (f) => [`/v1/locations/${f.locations.mainCampus}`],
  },
  {
    op: 'getLocation',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/locations/loc_nope'],
  },
  {
    op: 'createLocation',
    name: 'create',
    status: 201,
    request: () => [
      '/v1/locations',
      {
        json: {
          name: 'Bend Satellite',
          address: {
            address_number: '845',
            street: 'NW Wall St',
            city: 'Bend',
            state: 'OR',
            postal_code: '97703',
            country: 'US',
          },
        },
      },
    ],
    check: (b) => assert.equal(b.address.formatted_address, '845 NW Wall St, Bend, OR 97703, US'),
  },
  {
    op: 'createLocation',
    name: 'country outside US/CA/MX → 400',
    status: 400,
    request: () => [
      '/v1/locations',
      {
        json: {
          name: 'X',
          address: {
            street: 'Main',
            city: 'Paris',
            state: 'IDF',
            postal_code: '75001',
            country: 'FR',
          },
        },
      },
    ],
    check: (b) => assert.match(b.details['address.country'], /US, CA, MX/),
  },
  {
    op: 'updateLocation',
    name: 'rename',
    status: 200,
    request: (f) => [
      `/v1/locations/${f.locations.mainCampus}`,
      { json: { name: 'Main Campus (Riverside)' } },
    ],
  },
  {
    op: 'updateLocation',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/locations/loc_nope', { json: { name: 'x' } }],
  },
  {
    op: 'listCatalog',
    name: 'active items only',
    status: 200,
    request: () => ['/v1/catalog'],
    check: (b, f) => {
      assert.equal(b.data.length, f.counts.activeCatalogItems);
      assert.ok(b.data.every((i: Json) => i.active));
    },
  },
  {
    op: 'listCatalog',
    name: 'no token → 401',
    status: 401,
    request: () => ['/v1/catalog', { token: null }],
  },
  {
    op: 'getAccount',
    name: 'own account',
    status: 200,
    request: (f) => [`/v1/accounts/${f.accountId}`],
    check: (b) => assert.equal(b.name, 'Riverside Family Clinic'),
  },
  {
    op: 'getAccount',
    name: 'another account → 404',
    status: 404,
    request: () => ['/v1/accounts/acct_other'],
  },
  {
    op: 'updateAccount',
    name: 'contact name',
    status: 200,
    request: (f) => [
      `/v1/accounts/${f.accountId}`,
      { json: { primary_contact_name: 'Olivia Martinez' } },
    ],
    check: (b) => assert.equal(b.primary_contact_name, 'Olivia Martinez'),
  },
  {
    op: 'updateAccount',
    name: 'bad email → 400',
    status: 400,
    request: (f) => [`/v1/accounts/${f.accountId}`, { json: { email: 'not-an-email' } }],
    check: (b) => assert.match(b.details.email, /format "email"/),
  },
];
