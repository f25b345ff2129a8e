import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  callsPage,
  createCall,
  deleteVoicemail,
  getCall,
  getCallRecording,
  getCallTranscript,
  getVoicemail,
  getVoicemailTranscript,
  listCalls,
  listSharedVoicemailBoxes,
  listUsers,
  listVoicemails,
  updateVoicemail,
  usersPage,
  voicemailsPage,
} from '../../../src/api/index';
import type { DialstackClient } from '../../../src/core/types';

function fakeClient() {
  return {
    get: sinon.stub().resolves({}),
    page: sinon.stub().resolves({ data: [] }),
    list: sinon.stub().returns((async function* () {})()),
    post: sinon.stub().resolves(undefined),
    delete: sinon.stub().resolves(undefined),
    invalidate: sinon.stub(),
    onInvalidate: sinon.stub(),
  } satisfies Record<keyof DialstackClient, sinon.SinonStub>;
}

describe('resource functions', () => {
  const signal = new AbortController().signal;

  it('address the contract paths with encoded ids and pass signal and options through', async () => {
    const client = fakeClient();
    await getCall(client, 'call/1?x', { signal });
    await getCallTranscript(client, 'call 2', { signal });
    await getVoicemail(client, 'vm#1', { signal, cache: 'no-store' });
    await getVoicemailTranscript(client, 'vm_2');
    expect(client.get.getCalls().map((call) => call.args)).to.deep.equal([
      ['/v1/calls/call%2F1%3Fx', { signal }],
      ['/v1/calls/call%202/transcript', { signal }],
      ['/v1/voicemails/vm%231', { signal, cache: 'no-store' }],
      ['/v1/voicemails/vm_2/transcript', {}],
    ]);
  });

  it('never serve a signed recording URL from the cache', async () => {
    const client = fakeClient();
    await getCallRecording(client, 'call_1', { signal });
    expect(client.get.firstCall.args).to.deep.equal([
      '/v1/calls/call_1/recording',
      { cache: 'no-store', signal },
    ]);
  });

  it('pages take the query on the first page and a pageUrl verbatim afterwards', async () => {
    const client = fakeClient();
    await callsPage(client, {
      query: { direction: 'outbound', status: 'no-answer', limit: 50 },
      signal,
    });
    await callsPage(client, { query: { direction: 'outbound' }, pageUrl: '/v1/calls?page=abc' });
    await voicemailsPage(client, { query: { owner: 'user_1', is_read: false } });
    await usersPage(client, { query: { 'expand[]': ['extensions'] } });
    expect(client.page.getCalls().map((call) => call.args)).to.deep.equal([
      ['/v1/calls', { query: { direction: 'outbound', status: 'no-answer', limit: 50 }, signal }],
      ['/v1/calls?page=abc', { query: undefined }],
      ['/v1/voicemails', { query: { owner: 'user_1', is_read: false } }],
      ['/v1/users', { query: { 'expand[]': ['extensions'] } }],
    ]);
  });

  it('lists go through the lazy iterator', () => {
    const client = fakeClient();
    listCalls(client, { query: { user_id: 'u1' } });
    listUsers(client, { query: { 'expand[]': ['extensions'] } });
    listVoicemails(client);
    listSharedVoicemailBoxes(client, { signal });
    expect(client.list.getCalls().map((call) => call.args[0])).to.deep.equal([
      '/v1/calls',
      '/v1/users',
      '/v1/voicemails',
      '/v1/shared_voicemail_boxes',
    ]);
  });

  it('mutations post and delete on the contract paths', async () => {
    const client = fakeClient();
    expect(
      await createCall(client, { user_id: 'u1', dial_string: '+15551234567' }, { signal }),
    ).to.equal(undefined);
    await updateVoicemail(client, 'vm 1', { is_read: true });
    await deleteVoicemail(client, 'vm/1', { signal });
    expect(client.post.getCalls().map((call) => call.args)).to.deep.equal([
      ['/v1/calls', { user_id: 'u1', dial_string: '+15551234567' }, { signal }],
      ['/v1/voicemails/vm%201', { is_read: true }, {}],
    ]);
    expect(client.delete.firstCall.args).to.deep.equal(['/v1/voicemails/vm%2F1', { signal }]);
  });
});
