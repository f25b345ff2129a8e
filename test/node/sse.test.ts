/** GET /v1/events: a real SSE stream fed by the store's hub. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTestApi, type TestApi } from './helpers/api';
import { readSse } from './helpers/sse';

async function open(api: TestApi, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const response = await api.fetch('/v1/events', { signal: controller.signal, headers });
  assert.equal(response.status, 200);
  return { controller, response, stream: readSse(response.body!) };
}

const simulate = (api: TestApi, body: object) =>
  api.json('/__mock/simulate', { token: null, json: body });

describe('event stream', () => {
  it('starts with the connected event, exactly as the contract shows it', async () => {
    const api = await createTestApi();
    const { controller, stream, response } = await open(api);
    const first = await stream.next();
    assert.equal(first.event, 'connected');
    assert.deepEqual(JSON.parse(first.data), { message: 'Connected to event stream' });
    assert.ok(
      stream
        .raw()
        .startsWith('event: connected\ndata: {"message":"Connected to event stream"}\n\n'),
    );
    assert.equal(response.headers.get('cache-control'), 'no-cache, no-transform');
    controller.abort();
  });

  it('delivers a simulated hang-up as call.end with the contract’s fields, and the call log has it', async () => {
    const api = await createTestApi();
    const { controller, stream } = await open(api);
    await stream.next();
    const { body } = await simulate(api, {
      kind: 'hangup',
      from_number: '+15035550177',
      from_name: 'Test Caller',
    });
    const sequence = [
      await stream.next(),
      await stream.next(),
      await stream.next(),
      await stream.next(),
    ];
    assert.deepEqual(
      sequence.map((e) => e.event),
      ['call.incoming', 'call.ringing', 'call.answered', 'call.end'],
    );
    const ids = sequence.map((e) => Number(e.id));
    assert.ok(
      ids.every((id, i) => i === 0 || id > ids[i - 1]!),
      'ids increase',
    );
    const end = JSON.parse(sequence[3]!.data);
    assert.deepEqual(Object.keys(end).sort(), [
      'account_id',
      'call_id',
      'direction',
      'duration_seconds',
      'ended_at',
      'event',
      'from_number',
      'status',
      'to_number',
    ]);
    assert.equal(end.event, 'call.end');
    assert.equal(end.call_id, body.call_id);
    assert.equal(end.account_id, api.store.facts.accountId);
    assert.equal(end.from_number, '+15035550177');
    assert.equal(end.status, 'completed');
    assert.equal(end.direction, 'inbound');
    assert.ok(Number.isInteger(end.duration_seconds) && end.duration_seconds > 0);
    assert.ok(!Number.isNaN(Date.parse(end.ended_at)));
    const incoming = JSON.parse(sequence[0]!.data);
    assert.deepEqual(Object.keys(incoming).sort(), [
      'account_id',
      'call_id',
      'event',
      'from_name',
      'from_number',
      'to_number',
    ]);
    assert.equal(incoming.from_name, 'Test Caller');
    const ringing = JSON.parse(sequence[1]!.data);
    assert.deepEqual(Object.keys(ringing).sort(), [
      'account_id',
      'call_id',
      'event',
      'from_name',
      'from_number',
      'ringing_at',
      'to_number',
      'user_id',
    ]);
    const answered = JSON.parse(sequence[2]!.data);
    assert.deepEqual(Object.keys(answered).sort(), [
      'account_id',
      'answered_at',
      'call_id',
      'direction',
      'event',
      'from_number',
      'to_number',
    ]);

    const log = await api.json(`/v1/calls/${body.call_id}`);
    assert.equal(log.status, 200);
    assert.equal(log.body.status, 'completed');
    assert.equal(log.body.duration_seconds, end.duration_seconds);
    assert.equal(
      (await api.json('/v1/calls?limit=1')).body.data[0].id,
      body.call_id,
      'newest in the list',
    );
    controller.abort();
  });

  it('incoming → answer → hangup on one call id', async () => {
    const api = await createTestApi();
    const { controller, stream } = await open(api);
    const incoming = (await simulate(api, { kind: 'incoming' })).body.call_id;
    assert.equal(
      (await simulate(api, { kind: 'answer', call_id: incoming })).body.call_id,
      incoming,
    );
    assert.equal(
      (await simulate(api, { kind: 'hangup', call_id: incoming })).body.call_id,
      incoming,
    );
    const end = JSON.parse((await stream.nextOf('call.end')).data);
    assert.equal(end.call_id, incoming);
    assert.equal(
      (await simulate(api, { kind: 'hangup', call_id: incoming })).status,
      404,
      'already ended',
    );
    controller.abort();
  });

  it('a simulated voicemail ends with status voicemail and leaves a voicemail', async () => {
    const api = await createTestApi();
    const { controller, stream } = await open(api);
    const before = api.store.data.voicemails.length;
    const { body } = await simulate(api, {
      kind: 'voicemail',
      from_number: '+15035550188',
      from_name: 'Pat Doe',
    });
    const end = JSON.parse((await stream.nextOf('call.end')).data);
    assert.equal(end.status, 'voicemail');
    assert.equal(end.call_id, body.call_id);
    assert.equal((await api.json(`/v1/calls/${body.call_id}`)).body.status, 'voicemail');
    const newest = (await api.json('/v1/voicemails?limit=1')).body.data[0];
    assert.equal(api.store.data.voicemails.length, before + 1);
    assert.equal(newest.from_number, '+15035550188');
    assert.equal(newest.is_read, false);
    assert.equal(
      (await api.json(`/v1/voicemails/${newest.id}/transcript`)).body.status,
      'completed',
    );
    const audio = await api.fetch(newest.audio_url, { token: null });
    assert.equal(audio.status, 200);
    controller.abort();
  });

  it('sends a heartbeat comment on the store’s interval', async () => {
    const api = await createTestApi({ heartbeatMs: 40 });
    const { controller, stream } = await open(api);
    assert.equal(await stream.nextComment(1000), 'heartbeat');
    assert.ok(stream.raw().includes('\n\n: heartbeat\n\n'));
    controller.abort();
  });

  it('closes cleanly when the client aborts, unsubscribing from the hub', async () => {
    const api = await createTestApi({ heartbeatMs: 30 });
    const { controller, stream } = await open(api);
    await stream.next();
    assert.equal(api.store.hub.subscriberCount, 1);
    controller.abort();
    await stream.ended;
    assert.equal(api.store.hub.subscriberCount, 0);
  });

  it('fans out to every open stream and replays missed events after Last-Event-ID', async () => {
    const api = await createTestApi();
    const a = await open(api);
    const b = await open(api);
    await simulate(api, { kind: 'incoming' });
    const first = await a.stream.nextOf('call.incoming');
    assert.equal((await b.stream.nextOf('call.incoming')).id, first.id);
    b.controller.abort();
    await simulate(api, { kind: 'hangup' });
    const resumed = await open(api, { 'Last-Event-ID': first.id! });
    assert.equal((await resumed.stream.next()).event, 'connected');
    assert.equal(
      (await resumed.stream.next()).event,
      'call.ringing',
      'picks up right after the last seen event',
    );
    a.controller.abort();
    resumed.controller.abort();
  });

  it('pushes raw events from POST /__mock/events as-is', async () => {
    const api = await createTestApi();
    const { controller, stream } = await open(api);
    const raw = {
      event: 'call.transfer',
      account_id: 'acct_x',
      call_id: 'call_x',
      from_number: '+1',
      to_number: '+2',
      transferred_to: '104',
    };
    const pushed = await api.json('/__mock/events', { token: null, json: raw });
    assert.equal(pushed.status, 202);
    const event = await stream.nextOf('call.transfer');
    assert.equal(event.id, pushed.body.id);
    assert.deepEqual(JSON.parse(event.data), raw);
    controller.abort();
  });

  it('click-to-call (POST /v1/calls) emits call.initiated for the user', async () => {
    const api = await createTestApi();
    const { controller, stream } = await open(api);
    const user = api.store.facts.users.drWebb;
    assert.equal(
      (await api.fetch('/v1/calls', { json: { user_id: user, dial_string: '104' } })).status,
      202,
    );
    const initiated = JSON.parse((await stream.nextOf('call.initiated')).data);
    assert.deepEqual(Object.keys(initiated).sort(), [
      'account_id',
      'call_id',
      'event',
      'from_number',
      'to_number',
      'user_id',
    ]);
    assert.equal(initiated.user_id, user);
    assert.equal(initiated.to_number, '104');
    controller.abort();
  });
});
