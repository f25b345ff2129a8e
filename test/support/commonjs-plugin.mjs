// Serves CommonJS-only dependencies to the browser tests as ES modules (the test server, unlike
// Vite, does not convert CommonJS): each listed package is bundled once with esbuild and served
// with a default export and its named exports.
import { build } from 'esbuild';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** Packages published as CommonJS only that library code imports. */
const PACKAGES = ['@18f/us-federal-holidays'];
const prefix = '/__cjs/';
const bundles = new Map();

function bundle(specifier) {
  let promise = bundles.get(specifier);
  if (!promise) {
    const names = Object.keys(require(specifier)).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
    promise = build({
      stdin: {
        contents: `import m from ${JSON.stringify(specifier)}; export default m;
          export const { ${names.join(', ')} } = m;`,
        resolveDir: process.cwd(),
      },
      bundle: true,
      format: 'esm',
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
