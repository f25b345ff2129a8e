import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { minifyCssLiteralsPlugin } from './scripts/build/minify-css-literals.ts';
import { thirdPartyLicensesPlugin } from './scripts/build/third-party-licenses.ts';

const here = import.meta.dirname;

/** One library entry per element (`components/<name>/define.ts`), the core and the subpaths below. */
function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = { index: resolve(here, 'src/index.ts') };
  for (const name of readdirSync(resolve(here, 'components'))) {
    const define = resolve(here, 'components', name, 'define.ts');
    if (existsSync(define)) entries[name] = define;
  }
  // The API functions, framework bindings and the testing kit (see package.json's exports).
  Object.assign(entries, {
    api: resolve(here, 'src/api/public.ts'),
    react: resolve(here, 'src/react/index.ts'),
    jsx: resolve(here, 'src/frameworks/jsx.ts'),
    vue: resolve(here, 'src/frameworks/vue.ts'),
    svelte: resolve(here, 'src/frameworks/svelte.ts'),
    testing: resolve(here, 'src/testing/index.ts'),
    'testing-playwright': resolve(here, 'src/testing/playwright.ts'),
  });
  return entries;
}

/** Serves the mock DialStack API and the demo backend routes beside the demo page. */
function mockApi(): Plugin {
  return {
    name: 'dialstack-mock-api',
    async configureServer(server) {
      // Loaded through Vite's SSR loader (not bundled into this config) so it runs as TypeScript.
      const { mockApiMiddleware } = (await server.ssrLoadModule(
        resolve(here, 'dev/mock-api/middleware.ts'),
      )) as typeof import('./dev/mock-api/middleware');
      server.middlewares.use(mockApiMiddleware());
    },
  };
}

// Runtime dependencies stay imports, so an app bundling several elements shares one Lit.
// Optional peers (react, msw, @playwright/test) stay imports too: the user's own copy is used.
const externalPatterns = [
  ...Object.keys(pkg.dependencies),
  ...Object.keys(pkg.peerDependencies),
].map((name) => new RegExp(`^${name.replace('/', '\\/')}(/.*)?$`));

// One exception: the dial-plan editor's canvas editing (XYDrag, XYHandle, XYMinimap) gets its
// own copy of the @xyflow/system code it uses (and of the d3 modules under it) inside the
// editor's lazy chunk. @xyflow/system is a single module, and bundlers split code by module:
// imported by both the viewer (up front) and the editor (lazy), all of what either uses would
// ship up front with the viewer (~8 kB gzipped of drag/connect/minimap code it never runs).
const EDITOR_OWN_XYFLOW = /components\/dial-plan\/dial-plan\.canvas-edit\.ts$/;
const external = (id: string, importer: string | undefined): boolean => {
  if (/^@xyflow\/system$/.test(id) && importer && EDITOR_OWN_XYFLOW.test(importer)) return false;
  return externalPatterns.some((pattern) => pattern.test(id));
};

/**
 * A chunk holding a `define.ts` module registers a tag when it runs: it is named
 * `*.define-<hash>.js`, so package.json's `sideEffects` (`./dist/*.define-*.js`) keeps it in a
 * user's bundle. scripts/check-pack.mjs checks that every file that registers a tag is covered.
 */
const chunkFileNames = (chunk: { name: string; moduleIds: readonly string[] }) =>
  chunk.moduleIds.some((id) => /\/components\/[^/]+\/([^/]+\.)?define\.ts$/.test(id)) &&
  !chunk.name.endsWith('.define')
    ? '[name].define-[hash].js'
    : '[name]-[hash].js';

export default defineConfig(({ command }) =>
  command === 'serve'
    ? {
        root: resolve(here, 'dev'),
        publicDir: resolve(here, 'public'),
        plugins: [mockApi()],
        server: { port: 5173, host: '127.0.0.1' },
      }
    : {
        // THIRD_PARTY_LICENSES.md: the notices of the code bundled above (the editor's @xyflow/system).
        plugins: [minifyCssLiteralsPlugin(), thirdPartyLicensesPlugin()],
        build: {
          target: 'es2022',
          sourcemap: true,
          // public/ holds the MSW worker for the dev server and Storybook only: never shipped.
          copyPublicDir: false,
          lib: { entry: libraryEntries(), formats: ['es'] },
          rolldownOptions: { external, output: { chunkFileNames } },
        },
      },
);
