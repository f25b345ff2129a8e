import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath, missingChromiumMessage } from './scripts/chromium.mjs';
import { mockApiHandler } from './dev/mock-api/middleware.ts';
import { frameworksInterop } from './test/interop/frameworks-plugin.mjs';
import { commonjsPackages } from './test/support/commonjs-plugin.mjs';
import { touchPlugin } from './test/support/touch-plugin.mjs';

if (!chromiumPath) throw new Error(missingChromiumMessage);

// The mock DialStack API runs in the test server's Node process (the same handlers as
// `npm run dev`), so browser tests make real HTTP requests and read a real SSE stream. Each test
// file gets a store of its own (test/support/mock.ts names it with a cookie).
const mock = mockApiHandler({ storePerScope: true });

export default {
  files: [
    'test/unit/**/*.test.ts',
    'components/**/*.test.ts',
    'test/interop/**/*.test.ts',
    'test/hardening/**/*.test.ts',
  ],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    frameworksInterop(),
    commonjsPackages(),
    // Real touch input through the DevTools protocol (the dial-plan editor's touch tests).
    touchPlugin(),
    // The mock API's JSON schemas as ES modules, for the stories run in the browser (Vite does
    // this for Storybook; the element tests use the mock from the Node side).
    {
      name: 'json-modules',
      resolveMimeType: (context) =>
        context.path.startsWith('/dev/mock-api/') && context.path.endsWith('.json')
          ? 'js'
          : undefined,
      transform: (context) =>
        context.path.startsWith('/dev/mock-api/') && context.path.endsWith('.json')
          ? { body: `export default ${context.body};` }
          : undefined,
    },
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  middleware: [
    // MSW's worker for the story tests (test/stories), at the root so its scope is the page.
    (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') ctx.path = '/public/mockServiceWorker.js';
      return next();
    },
    // Settles once the mock has answered (Koa must not write that response again), or hands
    // the request on to the file server.
    async (ctx, next) => {
      ctx.respond = false;
      if (await mock(ctx.req, ctx.res)) return;
      ctx.respond = true;
      await next();
    },
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
  ],
};
