// Serves Vue 3's browser build for `vue`, and React 19 (published as CommonJS only) to the browser tests as ES modules: one esbuild
// bundle holds React and react-dom/client (a single copy of React), and `react` /
// `react-dom/client` resolve to small modules re-exporting its named exports.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const modules = { react: 'React', 'react-dom/client': 'Client' };
const vendorPath = '/__interop/react-vendor.js';
let vendor;

async function vendorBundle() {
  vendor ??= build({
    stdin: {
      contents: `import * as React from 'react'; import * as Client from 'react-dom/client';
        export { React, Client };`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
  }).then((result) => result.outputFiles[0].text);
  return vendor;
}

function facade(specifier) {
  // Listed in a child process: React inspects `console` on load, which the runner wraps.
  const keys = execFileSync(
    process.execPath,
    ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`],
    { encoding: 'utf8' },
  );
  const names = JSON.parse(keys).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
  const local = modules[specifier];
  return `import { ${local} } from '${vendorPath}';
const m = ${local}.default ?? ${local};
export default m;
export const { ${names.join(', ')} } = m;`;
}

export function frameworksInterop() {
  return {
    name: 'frameworks-interop',
    resolveImport({ source }) {
      // Vue's self-contained browser build (with the template compiler).
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
      if (source in modules) return `/__interop/${encodeURIComponent(source)}.js`;
    },
    async serve(context) {
      if (context.path === vendorPath) return { body: await vendorBundle(), type: 'js' };
      const match = /^\/__interop\/(.+)\.js$/.exec(context.path);
      const specifier = match && decodeURIComponent(match[1]);
      if (specifier in modules) return { body: facade(specifier), type: 'js' };
    },
  };
}
