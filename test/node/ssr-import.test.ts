/**
 * Server-side rendering and Node tooling import the package without a DOM: every public entry
 * point (package.json `exports`, the same entries Vite builds) must load in Node without
 * throwing, touch no DOM and register nothing, and export what it promises.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { LitElement } from 'lit';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  exports: Record<string, string | { types: string; import: string }>;
};

/** Script entries of the exports map: subpath -> built file (`./dist/<entry>.js`). */
const scriptExports = Object.entries(pkg.exports).flatMap(([subpath, target]) =>
  typeof target === 'object' ? [{ subpath, built: target.import }] : [],
);
/** Vite's library entries: `src/index.ts` and each `components/<name>/define.ts`. */
const elements = readdirSync('components')
  .filter((name) => existsSync(`components/${name}/define.ts`))
  .sort();

/** The API functions, the framework bindings and the testing kit: subpath -> source (vite.config.ts's entries). */
const extraEntries: Record<string, { built: string; source: string }> = {
  './api': { built: './dist/api.js', source: '../../src/api/public.ts' },
  './react': { built: './dist/react.js', source: '../../src/react/index.ts' },
  './jsx': { built: './dist/jsx.js', source: '../../src/frameworks/jsx.ts' },
  './vue': { built: './dist/vue.js', source: '../../src/frameworks/vue.ts' },
  './svelte': { built: './dist/svelte.js', source: '../../src/frameworks/svelte.ts' },
  './testing': { built: './dist/testing.js', source: '../../src/testing/index.ts' },
  './testing/playwright': {
    built: './dist/testing-playwright.js',
    source: '../../src/testing/playwright.ts',
  },
};

const registry = () => (globalThis as { customElements?: CustomElementRegistry }).customElements;
const isElementClass = (value: unknown) =>
  typeof value === 'function' && value.prototype instanceof LitElement;
const pascal = (name: string) =>
  name.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase());

describe('every entry point imports in Node (SSR) without a DOM', () => {
  it('the exports map lists exactly the root and one subpath per element', () => {
    const bySubpath = (a: { subpath: string }, b: { subpath: string }) =>
      a.subpath.localeCompare(b.subpath);
    assert.deepEqual(
      [...scriptExports].sort(bySubpath),
      [
        { subpath: '.', built: './dist/index.js' },
        ...elements.map((name) => ({ subpath: `./${name}`, built: `./dist/${name}.js` })),
        ...Object.entries(extraEntries).map(([subpath, { built }]) => ({ subpath, built })),
      ].sort(bySubpath),
    );
  });

  for (const [subpath, { source }] of Object.entries(extraEntries)) {
    it(`@dialstack/elements${subpath.slice(1)}: imports in Node and registers nothing`, async () => {
      await import(source);
      assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
      for (const name of elements) assert.equal(registry()?.get(`dialstack-${name}`), undefined);
    });
  }

  it('@dialstack/elements: the runtime, no element class, nothing registered', async () => {
    const entry = (await import('../../src/index.ts')) as Record<string, unknown>;
    for (const name of ['loadDialstackAndInitialize', 'DialstackApiError', 'toLoadErrorDetail']) {
      assert.equal(typeof entry[name], 'function', `exports ${name}`);
    }
    assert.deepEqual(
      Object.keys(entry).filter((name) => isElementClass(entry[name])),
      [],
      'the root entry exports no element class (types only)',
    );
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
    for (const name of elements) assert.equal(registry()?.get(`dialstack-${name}`), undefined);
  });

  it('loadDialstackAndInitialize works on a server: no DOM needed, no secret fetched', async () => {
    const { loadDialstackAndInitialize } = await import('../../src/index.ts');
    let secretRequests = 0;
    const dialstack = await loadDialstackAndInitialize({
      fetchClientSecret: async () => {
        secretRequests++;
        return 'secret';
      },
    });
    assert.equal(typeof dialstack.create, 'function');
    assert.equal(secretRequests, 0, 'a server render does not warm the session up');
    await dialstack.logout();
  });

  for (const name of elements) {
    const tag = `dialstack-${name}`;
    it(`@dialstack/elements/${name}: exports <${tag}>'s class and tag, defines nothing`, async () => {
      const module = (await import(`../../components/${name}/define.ts`)) as Record<
        string,
        unknown
      >;
      assert.equal(module.tagName, tag);
      const classes = Object.keys(module).filter((key) => isElementClass(module[key]));
      assert.deepEqual(classes, [`Dialstack${pascal(name)}`]);
      assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
      assert.equal(registry()?.get(tag), undefined, `<${tag}> is not defined under SSR`);
    });
  }

  it('positive control: the Node registry Lit installs does record definitions', () => {
    const customElements = registry();
    assert.ok(customElements, 'Lit installs a customElements registry in Node');
    const probe = class extends LitElement {};
    customElements.define('ssr-import-probe', probe);
    assert.equal(customElements.get('ssr-import-probe'), probe);
  });
});
