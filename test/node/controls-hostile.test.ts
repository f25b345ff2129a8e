/** The mock controls the hardening tests drive: raw failure bodies/headers and POST /__mock/text. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTestApi } from './helpers/api';

describe('mock controls for hardening tests', () => {
  it('a failure rule can answer a raw body with its own Content-Type and headers', async () => {
    const api = await createTestApi();
    await api.json('/__mock/fail', {
      token: null,
      json: {
        method: 'GET',
        path: '/v1/calls',
        status: 502,
        raw: '<html><body>Bad gateway</body></html>',
        headers: { 'Retry-After': '3' },
      },
    });
    const response = await api.fetch('/v1/calls');
    assert.equal(response.status, 502);
    assert.match(response.headers.get('content-type')!, /^text\/html/);
    assert.equal(response.headers.get('retry-after'), '3');
    assert.equal(await response.text(), '<html><body>Bad gateway</body></html>');
    assert.equal((await api.fetch('/v1/calls')).status, 200, 'then the API answers again');
  });

  it('a JSON failure carries its headers too, and raw/headers are validated', async () => {
    const api = await createTestApi();
    await api.json('/__mock/fail', {
      token: null,
      json: { method: 'GET', path: '/v1/users', status: 429, headers: { 'Retry-After': '1' } },
    });
    const response = await api.fetch('/v1/users');
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('retry-after'), '1');
    const bad = await api.json('/__mock/fail', {
      token: null,
      json: { method: 'GET', path: '/v1/users', status: 500, raw: 1, headers: { a: 1 } },
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(Object.keys(bad.body.details).sort(), ['headers', 'raw']);
  });

  it('POST /__mock/text rewrites free text (names, transcripts, summaries) but not ids', async () => {
    const api = await createTestApi();
    const result = await api.json('/__mock/text', {
      token: null,
      json: { strings: ['<b>x</b>', '"><img src=x>'] },
    });
    assert.equal(result.status, 200);
    assert.ok(result.body.rewritten > 100, `rewrote ${result.body.rewritten}`);
    const users = await api.json('/v1/users');
    for (const user of users.body.data) {
      assert.ok(['<b>x</b>', '"><img src=x>'].includes(user.name));
      assert.match(user.id, /^user_/);
    }
    const vm = api.store.facts.voicemails.voicemailRead;
    const transcript = await api.json(`/v1/voicemails/${vm}/transcript`);
    assert.ok(['<b>x</b>', '"><img src=x>'].includes(transcript.body.text));
    assert.equal(
      (await api.json('/__mock/text', { token: null, json: { strings: [] } })).status,
      400,
    );
  });
});
