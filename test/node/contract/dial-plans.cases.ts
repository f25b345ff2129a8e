/** Contract cases: Dial plans and the routing resources. */
import assert from 'node:assert/strict';
import type { Json } from '../helpers/api';
import type { Case } from '../helpers/contract-case';

export const dialPlansCases: Case[] = [
  // Dial plans
  {
    op: 'listDialPlans',
    name: 'with extensions',
    status: 200,
    request: () => ['/v1/dialplans?expand[]=extensions'],
    check: (body) =>
      assert.deepEqual(
        body.data
          .map((p: Json) => p.extensions.data.map((e: Json) => e.number))
          .flat()
          .sort(),
        ['500', '501'],
      ),
  },
  {
    op: 'getDialPlan',
    name: 'main line: 14 nodes, every node type',
    status: 200,
    request: (f) => [`/v1/dialplans/${f.dialPlans.mainLine}`],
    check: (body) => {
      assert.equal(body.nodes.length, 14);
      assert.deepEqual(
        new Set(body.nodes.map((n: Json) => n.type)),
        new Set([
          'schedule',
          'internal_dial',
          'ring_all_users',
          'external_dial',
          'menu',
          'sound_clip',
        ]),
      );
    },
  },
  {
    op: 'getDialPlan',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/dialplans/dp_nope'],
  },
  {
    op: 'createDialPlan',
    name: 'create',
    status: 201,
    request: (_f, api) => [
      '/v1/dialplans',
      {
        json: {
          name: 'Copy of Main Line',
          entry_node: api.store.data.dialPlans[0]!.entry_node,
          nodes: api.store.data.dialPlans[0]!.nodes,
        },
      },
    ],
    check: async (body, _f, api) => {
      assert.equal(body.nodes.length, 14);
      assert.equal((await api.json(`/v1/dialplans/${body.id}`)).body.name, 'Copy of Main Line');
    },
  },
  {
    op: 'createDialPlan',
    name: 'dangling node reference → 400',
    status: 400,
    request: () => [
      '/v1/dialplans',
      { json: { name: 'Broken', nodes: [{ id: 'a', type: 'sound_clip', config: { next: 'b' } }] } },
    ],
    check: (body) =>
      assert.equal(body.details['nodes[0].config.next'], 'is not a node of this dial plan'),
  },
  {
    op: 'createDialPlan',
    name: 'config invalid for its type → 400',
    status: 400,
    request: () => [
      '/v1/dialplans',
      {
        json: {
          name: 'Broken',
          nodes: [
            { id: 'a', type: 'external_dial', config: { phone_number: '555', timeout: 500 } },
          ],
        },
      },
    ],
    check: (body) => {
      assert.ok(body.details['nodes[0].config.phone_number']);
      assert.equal(body.details['nodes[0].config.timeout'], 'must be <= 120');
    },
  },
  {
    op: 'createDialPlan',
    name: 'missing name → 400',
    status: 400,
    request: () => ['/v1/dialplans', { json: {} }],
  },
  {
    op: 'updateDialPlan',
    name: 'rename',
    status: 200,
    request: (f) => [`/v1/dialplans/${f.dialPlans.billingLine}`, { json: { name: 'Billing' } }],
    check: (body) => assert.equal(body.name, 'Billing'),
  },
  {
    op: 'updateDialPlan',
    name: 'a plan dialing itself → 400 routing_loop (update declares no 422)',
    status: 400,
    request: (f) => [
      `/v1/dialplans/${f.dialPlans.billingLine}`,
      {
        json: {
          nodes: [
            {
              id: 'x',
              type: 'internal_dial',
              config: { target_id: f.dialPlans.billingLine, timeout: 20 },
            },
          ],
          entry_node: 'x',
        },
      },
    ],
    check: (b) => assert.equal(b.code, 'routing_loop'),
  },
  {
    op: 'updateDialPlan',
    name: 'entry_node not a node → 400',
    status: 400,
    request: (f) => [
      `/v1/dialplans/${f.dialPlans.billingLine}`,
      { json: { entry_node: 'nowhere' } },
    ],
  },
  {
    op: 'updateDialPlan',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/dialplans/dp_nope', { json: { name: 'x' } }],
  },
  {
    op: 'deleteDialPlan',
    name: 'delete an unreferenced plan',
    status: 204,
    request: async (_f, api) => {
      const created = await api.json('/v1/dialplans', { json: { name: 'Temp' } });
      return [`/v1/dialplans/${created.body.id}`, { method: 'DELETE' }];
    },
  },
  {
    op: 'deleteDialPlan',
    name: 'referenced by an extension → 409',
    status: 409,
    request: (f) => [`/v1/dialplans/${f.dialPlans.mainLine}`, { method: 'DELETE' }],
  },
  {
    op: 'deleteDialPlan',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/dialplans/dp_nope', { method: 'DELETE' }],
  },

  // Routing resources
  {
    op: 'listSchedules',
    name: 'schedules',
    status: 200,
    request: () => ['/v1/schedules'],
    check: (b) => assert.equal(b.data.length, 3),
  },
  {
    op: 'getSchedule',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/schedules/sched_nope'],
  },
  {
    op: 'getSchedule',
    name: 'one',
    status: 200,
    request: (_f, api) => [`/v1/schedules/${api.store.data.schedules[0]!.id}`],
  },
  {
    op: 'listRingGroups',
    name: 'ring groups',
    status: 200,
    request: () => ['/v1/ring_groups?expand[]=extensions'],
    check: (b) => assert.equal(b.data.length, 3),
  },
  {
    op: 'getRingGroup',
    name: 'one',
    status: 200,
    request: (_f, api) => [`/v1/ring_groups/${api.store.data.ringGroups[0]!.id}`],
  },
  {
    op: 'getRingGroup',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/ring_groups/rg_nope'],
  },
  {
    op: 'listAudioClips',
    name: 'clips with absolute URLs',
    status: 200,
    request: () => ['/v1/audio_clips'],
    check: (b) =>
      assert.ok(
        b.data.every((c: Json) => c.url.startsWith('http://mock.test/mock-media/audio-clips/')),
      ),
  },
  {
    op: 'getAudioClip',
    name: 'one',
    status: 200,
    request: (_f, api) => [`/v1/audio_clips/${api.store.data.audioClips[0]!.id}`],
  },
  {
    op: 'getAudioClip',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/audio_clips/clip_nope'],
  },
  {
    op: 'listVoiceApps',
    name: 'voice apps',
    status: 200,
    request: () => ['/v1/voice-apps'],
    check: (b) => assert.equal(b.data.length, 2),
  },
  {
    op: 'getVoiceApp',
    name: 'one',
    status: 200,
    request: (_f, api) => [`/v1/voice-apps/${api.store.data.voiceApps[0]!.id}?expand[]=extensions`],
  },
  {
    op: 'getVoiceApp',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/voice-apps/va_nope'],
  },
];
