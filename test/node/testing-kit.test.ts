/**
 * The testing kit's mock API (`@dialstack/elements/testing`) with msw in Node, the way a host
 * app's own tests use it: a client secret from `/__mock/session`, then the API with it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { getResponse } from 'msw';
import * as kit from '../../src/testing/index';
import { createMockApi } from '../../src/testing/index';
import * as pageObjects from '../../src/testing/playwright';
import type * as Public from '../../src/testing/public';

const origin = 'http://host.test';

describe('testing kit: createMockApi()', () => {
  it('serves a session and the seeded calls; a request without the secret is refused', async () => {
    const { handlers, store } = createMockApi();
    const session = await getResponse(
      handlers,
      new Request(`${origin}/__mock/session`, { method: 'POST', body: '{}' }),
    );
    const { client_secret } = (await session!.json()) as { client_secret: string };
    assert.equal(client_secret.split('.').length, 3);

    const calls = await getResponse(
      handlers,
      new Request(`${origin}/v1/calls?limit=5`, {
        headers: { Authorization: `Bearer ${client_secret}` },
      }),
    );
    assert.equal(calls!.status, 200);
    const { data } = (await calls!.json()) as { data: { id: string }[] };
    assert.equal(data.length, 5);
    assert.ok(store.facts.counts.calls >= 5);

    const anonymous = await getResponse(handlers, new Request(`${origin}/v1/calls?limit=5`));
    assert.equal(anonymous!.status, 401);
  });

  it('each call makes an independent store', () => {
    const a = createMockApi();
    const b = createMockApi();
    assert.notEqual(a.store, b.store);
    assert.equal(a.store.facts.counts.calls, b.store.facts.counts.calls);
  });
});

describe('testing kit: its hand-maintained declarations (src/testing/public.d.ts)', () => {
  it('every value they declare is exported, and every page object too', () => {
    const declarations = readFileSync('src/testing/public.d.ts', 'utf8');
    const declared = [...declarations.matchAll(/^export declare (?:const|function) (\w+)/gm)].map(
      (match) => match[1]!,
    );
    assert.deepEqual(declared.sort(), ['MOCK_SECRET_KEY', 'createMockApi']);
    assert.match(declarations, /^export \* from '\.\/playwright\.js';$/m);
    const exported = new Set(Object.keys(kit));
    for (const name of [...declared, ...Object.keys(pageObjects)]) {
      assert.ok(exported.has(name), `@dialstack/elements/testing does not export ${name}`);
    }
    assert.equal(kit.MOCK_SECRET_KEY.startsWith('sk_test_'), true);
    // The same, for the compiler: no value declared there is missing here.
    const missing: [Exclude<keyof typeof Public, keyof typeof kit>] extends [never] ? true : false =
      true;
    assert.equal(missing, true);
  });
});
