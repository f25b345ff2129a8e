import assert from 'node:assert/strict';
import { readdirSync, existsSync } from 'node:fs';
import { test } from 'node:test';

const elements = readdirSync('components').filter((name) =>
  existsSync(`components/${name}/define.ts`),
);

test('the package entry imports in Node (SSR) without touching the DOM', async () => {
  const entry = await import('../../src/index.ts');
  assert.equal(typeof entry.loadDialstackAndInitialize, 'function');
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
});

for (const name of elements) {
  test(`importing @dialstack/elements/${name} in Node neither throws nor defines the tag`, async () => {
    const module = (await import(`../../components/${name}/define.ts`)) as Record<string, unknown>;
    assert.ok(
      Object.values(module).some((value) => typeof value === 'function'),
      'define.ts re-exports the element class',
    );
    const registry = (globalThis as { customElements?: CustomElementRegistry }).customElements;
    assert.equal(registry?.get(`dialstack-${name}`), undefined);
  });
}
