/**
 * The build for a plain `<script type="module">` tag (`dist/cdn/`, README "Plain HTML"), the way
 * a page without a bundler uses it: a static HTML page whose only script imports
 * `dialstack-elements.js` from another origin (a CDN), against the mock API on the page's origin.
 * The dev server's modules are not involved: the page and the CDN files are served from disk.
 *
 * Needs a build of dist/cdn/ newer than the sources: `npm run test:e2e` makes one when it is
 * missing or stale (scripts/cdn-build.mjs); CI builds before it runs the tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { callLogs } from '../../src/testing/playwright';
import { cdnBuildState } from '../../scripts/cdn-build.mjs';

const root = resolve(import.meta.dirname, '../..');
const cdnDir = join(root, 'dist/cdn');
const cdnBase = 'https://cdn.dialstack.test/npm/@dialstack/elements@0.1.0/dist/cdn/';

/** Every tag the package defines (`components/<name>/define.ts`'s `tagName`). */
const tags = readdirSync(join(root, 'components'))
  .map((name) => join(root, 'components', name, 'define.ts'))
  .filter((file) => existsSync(file))
  .map((file) => /export const tagName = '([\w-]+)'/.exec(readFileSync(file, 'utf8'))?.[1])
  .filter((tag): tag is string => Boolean(tag));

const page = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Plain HTML</title></head>
  <body>
    <dialstack-call-logs></dialstack-call-logs>
    <script type="module">
      import { loadDialstackAndInitialize } from '${cdnBase}dialstack-elements.js';

      window.dialstack = await loadDialstackAndInitialize({
        apiUrl: location.origin,
        fetchClientSecret: async () =>
          (await (await fetch('/api/dialstack-session', { method: 'POST' })).json()).client_secret,
        locale: 'en',
      });
    </script>
  </body>
</html>`;

test.beforeAll(() => {
  const state = cdnBuildState();
  if (state !== 'fresh') throw new Error(`dist/cdn/ is ${state}: run npm run build`);
});

test('a plain HTML page with one module script from a CDN: every element defined, rows, lazy chunks from beside the file', async ({
  page: tab,
  baseURL,
}) => {
  const cdnRequests: string[] = [];
  const pageOrigin: string[] = [];
  const errors: string[] = [];
  const missing: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('request', (request) => {
    const url = new URL(request.url());
    if (request.url().startsWith(cdnBase)) cdnRequests.push(request.url().slice(cdnBase.length));
    else if (url.origin === new URL(baseURL!).origin) pageOrigin.push(url.pathname);
  });
  // The CDN: the built files, cross-origin, as a CDN serves ES modules (with CORS).
  await tab.route(`${cdnBase}**`, async (route) => {
    const file = join(
      cdnDir,
      new URL(route.request().url()).pathname.slice(new URL(cdnBase).pathname.length),
    );
    if (!file.startsWith(cdnDir + '/') || !existsSync(file)) {
      missing.push(route.request().url());
      return route.fulfill({ status: 404 });
    }
    await route.fulfill({
      body: readFileSync(file),
      contentType: 'text/javascript',
      headers: { 'Access-Control-Allow-Origin': '*' },
    });
  });
  // The host page: static HTML on the mock API's origin (its /api/dialstack-session and /v1/*).
  await tab.route('**/plain.html', (route) =>
    route.fulfill({ body: page, contentType: 'text/html' }),
  );

  await tab.goto('/plain.html');
  const logs = callLogs(tab);
  await expect(logs.rows().first()).toBeVisible();
  await expect(logs.rows().first()).toHaveAttribute('data-id', /^call_/);

  expect(tags.length).toBeGreaterThanOrEqual(7);
  const undefinedTags = await tab.evaluate(
    (names) => names.filter((name) => !customElements.get(name)),
    tags,
  );
  expect(undefinedTags).toEqual([]);
  // The filter bar, a part the element loads on demand, works.
  await logs.filter({ direction: 'outbound' });
  await expect(logs.root).toHaveAttribute('direction', 'outbound');
  await expect(logs.rows().first()).toBeVisible();

  // The file first; all else it loads (Rolldown's runtime chunk, then the parts the elements
  // load on demand) from chunks/ beside it, resolved against its URL on the CDN.
  expect(cdnRequests[0]).toBe('dialstack-elements.js');
  for (const path of cdnRequests.slice(1)) expect(path).toMatch(/^chunks\/[\w.-]+\.js$/);
  // Nothing from the dev server: only the page, the session and the API were asked of its origin.
  expect(pageOrigin).toContain('/api/dialstack-session');
  expect(pageOrigin.some((path) => path.startsWith('/v1/calls'))).toBe(true);
  for (const path of pageOrigin)
    expect(path).toMatch(/^\/(plain\.html|api\/dialstack-session|v1\/.*|favicon\.ico)$/);

  // A lazy part (the Spanish pack) loads on demand from chunks/ beside the file, and works.
  const before = cdnRequests.length;
  await tab.evaluate(() =>
    (window as unknown as { dialstack: { update(o: { locale: string }): void } }).dialstack.update({
      locale: 'es',
    }),
  );
  await expect(logs.root.getByRole('columnheader', { name: 'Dirección' })).toBeVisible();
  await expect(logs.rows().first()).toBeVisible();
  const lazy = cdnRequests.slice(before);
  expect(lazy.length).toBeGreaterThan(0);
  for (const path of lazy) expect(path).toMatch(/^chunks\/[\w.-]+\.js$/);

  expect(missing).toEqual([]);
  expect(errors).toEqual([]);
});
