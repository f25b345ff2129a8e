import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath, missingChromiumMessage } from './scripts/chromium.mjs';
import { mockApiMiddleware } from './dev/mock-api/middleware.ts';

if (!chromiumPath) throw new Error(missingChromiumMessage);

// The mock DialStack API runs in the test server's Node process (the same middleware as
// `npm run dev`), so browser tests make real HTTP requests and read a real SSE stream.
const mock = mockApiMiddleware();

export default {
  // The voicemails element tests run in a second pass with a fresh server (see package.json):
  // one of them (audio failure) times out only after the whole suite has run on this server,
  // an interaction not yet understood.
  files: [
    'test/unit/**/*.test.ts',
    'components/**/*.test.ts',
    '!components/voicemails/voicemails.test.ts',
  ],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [
    (ctx, next) =>
      new Promise((resolve, reject) => {
        ctx.respond = false;
        mock(ctx.req, ctx.res, () => {
          ctx.respond = true;
          next().then(resolve, reject);
        });
      }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
  ],
};
