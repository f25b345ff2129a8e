import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath, missingChromiumMessage } from './scripts/chromium.mjs';

if (!chromiumPath) throw new Error(missingChromiumMessage);

const port = 4317;

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 30_000,
  // Each test is a fresh browser context against Vite's dev server, which serves every module
  // unbundled: the first rows of a page wait on a few hundred module requests, not only data.
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 1,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'off',
  },
  webServer: {
    command: `npx vite --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
