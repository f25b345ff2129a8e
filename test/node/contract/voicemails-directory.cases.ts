/** Contract cases: Voicemails and the directory (users, groups, contacts). */
import assert from 'node:assert/strict';
import type { Json } from '../helpers/api';
import type { Case } from '../helpers/contract-case';

export const voicemailsAndDirectoryCases: Case[] = [
  // Voicemails
  {
    op: 'listVoicemails',
    name: 'unread in a shared box',
    status: 200,
    request: (f) => [
      `/v1/voicemails?owner=${f.sharedVoicemailBoxes.frontDesk}&is_read=false&limit=100`,
    ],
    check: (body, f) => {
      assert.ok(body.data.length > 0);
      for (const v of body.data)
        assert.ok(v.owner === f.sharedVoicemailBoxes.frontDesk && v.is_read === false);
      for (const v of body.data)
        assert.match(v.audio_url, /^http:\/\/mock\.test\/mock-media\/voicemails\/.+\.wav$/);
    },
  },
  {
    op: 'listVoicemails',
    name: 'is_read must be a boolean → 400',
    status: 400,
    request: () => ['/v1/voicemails?is_read=maybe'],
    check: (body) => assert.equal(body.details.is_read, 'must be boolean'),
  },
  {
    op: 'getVoicemail',
    name: 'one voicemail',
    status: 200,
    request: (f) => [`/v1/voicemails/${f.voicemails.voicemailUnreadCompleted}`],
    check: (body) => assert.equal(body.is_read, false),
  },
  {
    op: 'getVoicemail',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/voicemails/vm_nope'],
    check: (body) => assert.equal(body.error, 'Voicemail not found'),
  },
  {
    op: 'updateVoicemail',
    name: 'mark read',
    status: 200,
    request: (f) => [
      `/v1/voicemails/${f.voicemails.voicemailUnreadCompleted}`,
      { json: { is_read: true } },
    ],
    check: async (body, f, api) => {
      assert.equal(body.is_read, true);
      assert.ok(body.read_at);
      const again = await api.json(`/v1/voicemails/${f.voicemails.voicemailUnreadCompleted}`);
      assert.equal(again.body.is_read, true, 'a reload shows the change');
    },
  },
  {
    op: 'updateVoicemail',
    name: 'is_read: "yes" → 400',
    status: 400,
    request: (f) => [`/v1/voicemails/${f.voicemails.voicemailRead}`, { json: { is_read: 'yes' } }],
    check: (body) => assert.equal(body.details.is_read, 'must be boolean'),
  },
  {
    op: 'updateVoicemail',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/voicemails/vm_nope', { json: { is_read: true } }],
  },
  {
    op: 'deleteVoicemail',
    name: 'delete → 204, then gone',
    status: 204,
    request: (f) => [`/v1/voicemails/${f.voicemails.voicemailRead}`, { method: 'DELETE' }],
    check: async (_b, f, api) => {
      assert.equal((await api.json(`/v1/voicemails/${f.voicemails.voicemailRead}`)).status, 404);
      assert.equal(
        (
          await api.fetch(`/mock-media/voicemails/${f.voicemails.voicemailRead}.wav`, {
            token: null,
          })
        ).status,
        404,
      );
    },
  },
  {
    op: 'deleteVoicemail',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/voicemails/vm_nope', { method: 'DELETE' }],
  },
  {
    op: 'getVoicemailTranscript',
    name: 'failed transcript',
    status: 200,
    request: (f) => [`/v1/voicemails/${f.voicemails.voicemailFailedTranscript}/transcript`],
    check: (body) => assert.deepEqual([body.status, body.text], ['failed', null]),
  },
  {
    op: 'getVoicemailTranscript',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/voicemails/vm_nope/transcript'],
  },

  // Directory
  {
    op: 'listUsers',
    name: 'expand[]=extensions',
    status: 200,
    request: () => ['/v1/users?expand[]=extensions&limit=100'],
    check: (body) => {
      assert.equal(body.data.length, 6);
      for (const u of body.data) assert.equal(u.extensions.object, 'list');
      assert.ok(body.data.every((u: Json) => u.extensions.data.length === 1));
    },
  },
  {
    op: 'listUsers',
    name: 'search',
    status: 200,
    request: () => ['/v1/users?search=dr.'],
    check: (body) => assert.equal(body.data.length, 3),
  },
  {
    op: 'listUsers',
    name: 'unknown expansion → 400',
    status: 400,
    request: () => ['/v1/users?expand[]=devices'],
    check: (body) => assert.ok(body.details['expand[][0]'] ?? body.details['expand[]']),
  },
  {
    op: 'getUser',
    name: 'without expand has no extensions',
    status: 200,
    request: (f) => [`/v1/users/${f.users.drChen}`],
    check: (body) => {
      assert.equal(body.name, 'Dr. Sarah Chen');
      assert.equal(body.extensions, undefined);
    },
  },
  { op: 'getUser', name: 'unknown → 404', status: 404, request: () => ['/v1/users/user_nope'] },
  {
    op: 'listExtensions',
    name: 'by target',
    status: 200,
    request: (f) => [`/v1/extensions?target=${f.users.drWebb}`],
    check: (body) =>
      assert.deepEqual(
        body.data.map((e: Json) => e.number),
        ['102'],
      ),
  },
  { op: 'getExtension', name: '101', status: 200, request: () => ['/v1/extensions/101'] },
  { op: 'getExtension', name: 'unknown → 404', status: 404, request: () => ['/v1/extensions/999'] },
  {
    op: 'listSharedVoicemailBoxes',
    name: 'three boxes',
    status: 200,
    request: () => ['/v1/shared_voicemail_boxes?expand[]=extensions'],
    check: (body) => assert.equal(body.data.length, 3),
  },
  {
    op: 'getSharedVoicemailBox',
    name: 'front desk',
    status: 200,
    request: (f) => [`/v1/shared_voicemail_boxes/${f.sharedVoicemailBoxes.frontDesk}`],
  },
  {
    op: 'getSharedVoicemailBox',
    name: 'unknown → 404',
    status: 404,
    request: () => ['/v1/shared_voicemail_boxes/svm_nope'],
  },
];
