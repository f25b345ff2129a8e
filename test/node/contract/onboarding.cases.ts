/** Contract cases: what the onboarding wizard writes (E911, users, extensions). */
import assert from 'node:assert/strict';
import type { Case } from '../helpers/contract-case';

const NEW_USER = { name: 'Jordan Lee', email: 'jordan@example.com' };

export const onboardingCases: Case[] = [
  {
    op: 'validateLocationE911',
    name: 'normalised address',
    status: 200,
    request: (f) => [`/v1/locations/${f.locations.mainCampus}/validate-e911`, { method: 'POST' }],
    check: (b) => {
      assert.equal(typeof b.adjusted, 'boolean');
      assert.equal(b.address.city, 'PORTLAND');
    },
  },
  {
    op: 'validateLocationE911',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/locations/loc_nope/validate-e911', { method: 'POST' }],
  },
  {
    op: 'provisionLocationE911',
    name: 'starts provisioning; reads move it on',
    status: 200,
    request: (f) => [`/v1/locations/${f.locations.mainCampus}/provision-e911`, { method: 'POST' }],
    check: async (b, f, api) => {
      assert.equal(b.e911_status, 'pending');
      const path = `/v1/locations/${f.locations.mainCampus}`;
      assert.equal((await api.json(path)).body.e911_status, 'binding');
      assert.equal((await api.json(path)).body.e911_status, 'provisioned');
    },
  },
  {
    op: 'provisionLocationE911',
    name: 'no primary number → 400',
    status: 400,
    request: async (_f, api) => {
      const created = await api.json('/v1/locations', {
        json: {
          name: 'No number',
          address: {
            street: 'Main St',
            city: 'Bend',
            state: 'OR',
            postal_code: '97701',
            country: 'US',
          },
        },
      });
      return [`/v1/locations/${created.body.id}/provision-e911`, { method: 'POST' }];
    },
  },
  {
    op: 'createUser',
    name: 'create',
    status: 201,
    request: () => ['/v1/users', { json: NEW_USER }],
    check: (b) => assert.equal(b.name, NEW_USER.name),
  },
  {
    op: 'createUser',
    name: 'bad email → 400',
    status: 400,
    request: () => ['/v1/users', { json: { name: 'X', email: 'not-an-email' } }],
  },
  {
    op: 'updateUser',
    name: 'rename',
    status: 200,
    request: (f) => [`/v1/users/${f.users.frontDesk}`, { json: { name: 'Olivia M.' } }],
    check: (b) => assert.equal(b.name, 'Olivia M.'),
  },
  {
    op: 'updateUser',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/users/user_nope', { json: { name: 'x' } }],
  },
  {
    op: 'deleteUser',
    name: 'delete',
    status: 204,
    request: (f) => [`/v1/users/${f.users.frontDesk}`, { method: 'DELETE' }],
  },
  {
    op: 'deleteUser',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/users/user_nope', { method: 'DELETE' }],
  },
  {
    op: 'createExtension',
    name: 'create',
    status: 201,
    request: (f) => ['/v1/extensions', { json: { number: '4321', target: f.users.frontDesk } }],
  },
  {
    op: 'createExtension',
    name: 'taken → 409 naming the field',
    status: 409,
    request: async (f, api) => {
      const existing = (await api.json('/v1/extensions')).body.data[0].number as string;
      return ['/v1/extensions', { json: { number: existing, target: f.users.frontDesk } }];
    },
    check: (b) => assert.equal(b.details.number, 'is already in use'),
  },
  {
    op: 'deleteExtension',
    name: 'delete',
    status: 204,
    request: async (_f, api) => {
      const existing = (await api.json('/v1/extensions')).body.data[0].number as string;
      return [`/v1/extensions/${existing}`, { method: 'DELETE' }];
    },
  },
  {
    op: 'deleteExtension',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/extensions/99999', { method: 'DELETE' }],
  },
];
