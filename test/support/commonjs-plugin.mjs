// Serves CommonJS-only dependencies to the browser tests as ES modules (the test server, unlike
// Vite, does not convert CommonJS): each listed package is bundled once with esbuild and served
// with a default export and its named exports.
import { build } from 'esbuild';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/**
 * Packages published as CommonJS only: library code imports the holidays; the stories run in the
 * browser (test/stories) import `storybook/test` (aria-query) and the mock API's ajv. An entry
 * of `null` re-exports the module's default and its named exports.
 */
const ENTRIES = {
  '@18f/us-federal-holidays': null,
  'storybook/test': "export * from 'storybook/test';",
  'ajv/dist/2020': "export { default } from 'ajv/dist/2020';",
  'ajv-formats': "export { default } from 'ajv-formats';",
};
const PACKAGES = Object.keys(ENTRIES);
const prefix = '/__cjs/';
const bundles = new Map();

function reexport(specifier) {
  const names = Object.keys(require(specifier)).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  return `import m from ${JSON.stringify(specifier)}; export default m;
    export const { ${names.join(', ')} } = m;`;
}

function bundle(specifier) {
  let promise = bundles.get(specifier);
  if (!promise) {
    promise = build({
      stdin: { contents: ENTRIES[specifier] ?? reexport(specifier), resolveDir: process.cwd() },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      logLevel: 'error',
      write: false,
    }).then((result) => result.outputFiles[0].text);
    bundles.set(specifier, promise);
  }
  return promise;
}

export function commonjsPackages() {
  return {
    name: 'commonjs-packages',
    resolveImport({ source }) {
      if (PACKAGES.includes(source)) return `${prefix}${encodeURIComponent(source)}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return;
      const specifier = decodeURIComponent(context.path.slice(prefix.length, -'.js'.length));
      if (PACKAGES.includes(specifier)) return { body: await bundle(specifier), type: 'js' };
    },
  };
}
