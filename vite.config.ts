import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };

const here = import.meta.dirname;

/** One library entry per element (`components/<name>/define.ts`) plus the core. */
function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = { index: resolve(here, 'src/index.ts') };
  for (const name of readdirSync(resolve(here, 'components'))) {
    const define = resolve(here, 'components', name, 'define.ts');
    if (existsSync(define)) entries[name] = define;
  }
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
const external = Object.keys(pkg.dependencies).map(
  (name) => new RegExp(`^${name.replace('/', '\\/')}(/.*)?$`),
);

export default defineConfig(({ command }) =>
  command === 'serve'
    ? {
        root: resolve(here, 'dev'),
        publicDir: resolve(here, 'public'),
        plugins: [mockApi()],
        server: { port: 5173, host: '127.0.0.1' },
      }
    : {
        build: {
          target: 'es2022',
          sourcemap: true,
          // public/ holds the MSW worker for the dev server and Storybook only: never shipped.
          copyPublicDir: false,
          lib: { entry: libraryEntries(), formats: ['es'] },
          rolldownOptions: { external },
        },
      },
);
