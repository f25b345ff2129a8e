import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { LiveEvents } from '../../../src/core/events';
import { Session } from '../../../src/core/session';
import type { CallEndEvent, LiveEvent } from '../../../src/core/types';
import { fakeTiming, flush, jsonResponse, requestOf, sseBody, until } from './helpers';

const URL_ = 'https://api.example.test/v1/events';
const callEnd = (call_id: string, extra: Partial<CallEndEvent> = {}) => ({
  event: 'call.end',
  account_id: 'acct_1',
  call_id,
  from_number: '+14155551234',
  to_number: '+14155559876',
  direction: 'inbound',
  status: 'completed',
  duration_seconds: 12,
  ended_at: '2026-01-01T00:00:00Z',
  ...extra,
});
const frame = (type: string, data: unknown, id?: string) =>
  `${id ? `id: ${id}\n` : ''}event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;

describe('LiveEvents', () => {
  let fetchStub: sinon.SinonStub;
  let bodies: ReturnType<typeof sseBody>[];
  let queue: (() => Response)[];

  /** Each connection gets the next queued response, else a stream that stays open. */
  function setup(fetchClientSecret: () => string = () => 'secret_1') {
    const timing = fakeTiming();
    const session = new Session({ fetchClientSecret, timing });
    const events = new LiveEvents({ url: () => URL_, session, timing });
    return { events, session, timing };
  }

  beforeEach(() => {
    bodies = [];
    queue = [];
    fetchStub = sinon.stub(window, 'fetch').callsFake(async () => {
      const next = queue.shift();
      if (next) return next();
      const body = sseBody();
      bodies.push(body);
      return body.response();
    });
  });
  afterEach(() => sinon.restore());

  it('shares one connection among seven subscribers, with the Authorization header', async () => {
    const { events } = setup();
    const handlers = Array.from({ length: 7 }, () => sinon.spy());
    const types = [
      'call.end',
      'call.end',
      'call.incoming',
      '*',
      'call.ringing',
      'call.end',
      'call.answered',
    ] as const;
    types.forEach((type, i) => events.on(type, handlers[i]));
    await until(() => bodies.length === 1);
    await flush();
    expect(fetchStub.callCount).to.equal(1);
    const request = requestOf(fetchStub, 0);
    expect(request.url).to.equal(URL_);
    expect(request.headers.get('Authorization')).to.equal('Bearer secret_1');
    expect(request.url).not.to.contain('secret_1');

    bodies[0].push(frame('call.end', callEnd('c1')));
    await until(() => handlers[0].called);
    expect(handlers.map((h) => h.callCount)).to.deep.equal([1, 1, 0, 1, 0, 1, 0]);
    expect(handlers[0].firstCall.args[0]).to.deep.equal(callEnd('c1'));
    expect(fetchStub.callCount).to.equal(1);
  });

  it('closes the connection after the last unsubscribe, but not when a subscriber just moves', async () => {
    const { events } = setup();
    const offA = events.on('call.end', () => {});
    const handlerB = () => {};
    events.on('call.incoming', handlerB);
    await until(() => bodies.length === 1);
    const signal = requestOf(fetchStub, 0).signal!;

    offA();
    await flush(2);
    expect(signal.aborted).to.equal(false);

    // An element moved in the DOM: unsubscribe and subscribe again in the same task.
    events.off('call.incoming', handlerB);
    events.on('call.incoming', handlerB);
    await flush(2);
    expect(signal.aborted).to.equal(false);
    expect(fetchStub.callCount).to.equal(1);

    events.off('call.incoming', handlerB);
    await flush(2);
    expect(signal.aborted).to.equal(true);
    expect(bodies[0].cancelled).to.equal(true);
    expect(events.connected).to.equal(false);
  });

  it('reconnects a dropped stream with growing delays, then resets after a healthy connection', async () => {
    const { events, timing } = setup();
    const dropped = () => {
      const body = sseBody();
      body.end();
      return body.response();
    };
    const broken = () => {
      const body = sseBody();
      body.fail();
      return body.response();
    };
    queue.push(dropped, broken, dropped, () => {
      throw new TypeError('Failed to fetch');
    });
    events.on('call.end', () => {});
    await until(() => bodies.length === 1);
    expect(fetchStub.callCount).to.equal(5);
    expect(timing.sleeps).to.have.length(4);
    for (let i = 1; i < 4; i++) expect(timing.sleeps[i]).to.be.greaterThan(timing.sleeps[i - 1]);

    // This connection stays up for a while: the next reconnect starts again from the base delay.
    timing.clock += 15_000;
    bodies[0].end();
    await until(() => bodies.length === 2);
    expect(timing.sleeps[4]).to.equal(timing.sleeps[0]);
  });

  it('uses the server retry: field as the base delay', async () => {
    const { events, timing } = setup();
    queue.push(() => {
      const body = sseBody();
      body.push('retry: 5000\n\n');
      body.end();
      return body.response();
    });
    events.on('call.end', () => {});
    await until(() => bodies.length === 1);
    expect(timing.sleeps[0]).to.be.within(2500, 5000);
  });

  it('parses CRLF line endings, multi-line data and chunks split anywhere', async () => {
    const { events } = setup();
    const received: LiveEvent[] = [];
    events.on('*', (event) => received.push(event));
    await until(() => bodies.length === 1);
    const text =
      'event: call.incoming\r\ndata: {"event":"call.incoming","account_id":"a",\r\ndata: "call_id":"c9","from_number":"+1","to_number":"+2"}\r\n\r\n' +
      ': heartbeat\r\n\r\n' +
      'event: call.end\rdata: ' +
      JSON.stringify(callEnd('c10')) +
      '\r\r' +
      ': a lone CR may still be half of a CRLF, so the next line settles it\n';
    for (let i = 0; i < text.length; i += 7) bodies[0].push(text.slice(i, i + 7));
    await until(() => received.length === 2);
    expect(received[0]).to.deep.equal({
      event: 'call.incoming',
      account_id: 'a',
      call_id: 'c9',
      from_number: '+1',
      to_number: '+2',
    });
    expect(received[1].call_id).to.equal('c10');
  });

  it('takes the type from the payload when the SSE event field is absent, and ignores unknown types', async () => {
    const { events } = setup();
    const all = sinon.spy();
    events.on('*', all);
    await until(() => bodies.length === 1);
    bodies[0].push(frame('connected', { message: 'Connected to event stream' }));
    bodies[0].push(`data: ${JSON.stringify(callEnd('c2'))}\n\n`);
    bodies[0].push(frame('call.parked', { event: 'call.parked', call_id: 'c3' }));
    bodies[0].push(`data: ${JSON.stringify({ event: 'call.teleported' })}\n\n`);
    bodies[0].push(
      'event: call.transfer\ndata: {"account_id":"a","call_id":"c4","transferred_to":"101"}\n\n',
    );
    await until(() => all.callCount === 2);
    await flush();
    expect(all.callCount).to.equal(2);
    expect(all.firstCall.args[0].call_id).to.equal('c2');
    expect(all.secondCall.args[0]).to.include({ event: 'call.transfer', call_id: 'c4' });
  });

  it('skips a malformed event with a warning and delivers the next one', async () => {
    const { events } = setup();
    const warn = sinon.stub(console, 'warn');
    const handler = sinon.spy();
    events.on('call.end', handler);
    await until(() => bodies.length === 1);
    bodies[0].push('event: call.end\ndata: {"event":"call.end", oops\n\n');
    bodies[0].push(frame('call.end', callEnd('c5')));
    await until(() => handler.called);
    expect(handler.callCount).to.equal(1);
    expect(handler.firstCall.args[0].call_id).to.equal('c5');
    expect(warn.calledOnce).to.equal(true);
  });

  it('a throwing subscriber does not stop the others', async () => {
    const { events } = setup();
    const error = sinon.stub(console, 'error');
    const before = sinon.spy();
    const after = sinon.spy();
    events.on('call.end', before);
    events.on('call.end', () => {
      throw new Error('subscriber bug');
    });
    events.on('call.end', after);
    await until(() => bodies.length === 1);
    bodies[0].push(frame('call.end', callEnd('c6')));
    bodies[0].push(frame('call.end', callEnd('c7')));
    await until(() => after.callCount === 2);
    expect(before.callCount).to.equal(2);
    expect(error.callCount).to.equal(2);
    expect(events.connected).to.equal(true);
  });

  it('sends Last-Event-ID on reconnect and delivers a replayed event only once', async () => {
    const { events } = setup();
    const handler = sinon.spy();
    events.on('call.end', handler);
    await until(() => bodies.length === 1);
    bodies[0].push(frame('call.end', callEnd('c1'), 'evt_1'));
    bodies[0].push(frame('call.end', callEnd('c2'), 'evt_2'));
    await until(() => handler.callCount === 2);
    bodies[0].fail();
    await until(() => bodies.length === 2);
    expect(requestOf(fetchStub, 0).headers.has('Last-Event-ID')).to.equal(false);
    expect(requestOf(fetchStub, 1).headers.get('Last-Event-ID')).to.equal('evt_2');
    bodies[1].push(frame('call.end', callEnd('c2'), 'evt_2'));
    bodies[1].push(frame('call.end', callEnd('c3'), 'evt_3'));
    await until(() => handler.callCount === 3);
    await flush();
    expect(handler.getCalls().map((call) => call.args[0].call_id)).to.deep.equal([
      'c1',
      'c2',
      'c3',
    ]);
  });

  it('re-authenticates with a fresh secret after a 401', async () => {
    let n = 0;
    const secrets = sinon.spy(() => `secret_${++n}`);
    const { events } = setup(secrets);
    queue.push(() => jsonResponse({ error: 'Token expired' }, 401));
    events.on('call.end', () => {});
    await until(() => bodies.length === 1);
    expect(fetchStub.callCount).to.equal(2);
    expect(requestOf(fetchStub, 1).headers.get('Authorization')).to.equal('Bearer secret_2');
    expect(secrets.callCount).to.equal(2);
  });

  it('stops for good on a 403 with a warning', async () => {
    const { events } = setup();
    const warn = sinon.stub(console, 'warn');
    queue.push(() => jsonResponse({ error: 'Forbidden' }, 403));
    events.on('call.end', () => {});
    await until(() => warn.called);
    await flush();
    expect(fetchStub.callCount).to.equal(1);
    expect(events.connected).to.equal(false);
  });

  /** A stream that has dropped and is waiting to reconnect, on a wait the test ends (`wake`). */
  async function waitingToReconnect() {
    const timing = fakeTiming();
    let waiting = false;
    let wake = () => {};
    timing.sleep = (_ms, signal) =>
      new Promise((resolve, reject) => {
        waiting = true;
        wake = () => resolve();
        signal!.addEventListener('abort', () => reject(signal!.reason));
      });
    const session = new Session({ fetchClientSecret: () => 's', timing });
    const events = new LiveEvents({ url: () => URL_, session, timing });
    events.on('call.end', () => {});
    await until(() => bodies.length === 1);
    bodies[0].end();
    await until(() => waiting);
    return { events, wake: () => wake() };
  }

  it('reconnects as soon as the wait after a drop is over (control for the stop() test)', async () => {
    const { events, wake } = await waitingToReconnect();
    wake();
    await flush();
    expect(fetchStub.callCount).to.equal(2);
    events.stop();
  });

  it('stop() while waiting to reconnect cancels the reconnect', async () => {
    const { events, wake } = await waitingToReconnect();
    events.stop();
    // The same end of the wait and the same flush reconnect when nothing stopped it (above).
    wake();
    await flush();
    expect(fetchStub.callCount).to.equal(1);
  });

  it('stop() closes the stream, stops reconnecting and ignores new subscribers', async () => {
    const { events, timing } = setup();
    events.on('call.end', () => {});
    await until(() => bodies.length === 1);
    events.stop();
    expect(requestOf(fetchStub, 0).signal!.aborted).to.equal(true);
    await flush();
    expect(bodies[0].cancelled).to.equal(true);
    expect(timing.sleeps).to.deep.equal([]);
    events.on('call.end', () => {})();
    await flush();
    expect(fetchStub.callCount).to.equal(1);
  });
});
