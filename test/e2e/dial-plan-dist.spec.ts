/**
 * The dial-plan editor as a user's bundler ships it from the built package (dist/): the viewer
 * imports `@xyflow/system` (resolved from node_modules by the bundler) while the editor's lazy
 * chunk carries its own copy of the parts it uses (vite.config.ts, `EDITOR_OWN_XYFLOW`). The
 * unit tests run the sources, with one copy; this test runs the two-copy build: a page whose
 * script esbuild bundled from `@dialstack/elements` and `@dialstack/elements/dial-plan` (the
 * package's `exports`, pointing into dist/), against the dev server's mock API.
 *
 * Needs a build of dist/ newer than the sources: `npm run test:e2e` makes one when it is
 * missing or stale (scripts/cdn-build.mjs builds both dist/ and dist/cdn/).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { build, type Plugin } from 'esbuild';
import { cdnBuildState } from '../../scripts/cdn-build.mjs';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
let outdir = '';

/** `@dialstack/elements[/<subpath>]` through package.json's `exports`, as a user's bundler resolves it. */
const dialstackPackage: Plugin = {
  name: 'dialstack-package',
  setup(b) {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, { import?: string }>;
    };
    b.onResolve({ filter: /^@dialstack\/elements(\/.*)?$/ }, ({ path }) => {
      const target = pkg.exports[`.${path.slice('@dialstack/elements'.length)}`]?.import;
      return target
        ? { path: join(root, target) }
        : { errors: [{ text: `${path} is not exported` }] };
    });
  },
};

const entry = `
import { loadDialstackAndInitialize } from '@dialstack/elements';
import '@dialstack/elements/dial-plan';

const dialstack = await loadDialstackAndInitialize({
  apiUrl: location.origin,
  fetchClientSecret: async () =>
    (await (await fetch('/api/dialstack-session', { method: 'POST' })).json()).client_secret,
  locale: 'en',
});
// The account's largest plan (the routing demo's), opened in the editor.
const page = await dialstack.client.page('/v1/dialplans', { query: { limit: 20 } });
const [largest] = [...page.data].sort((a, b) => (b.nodes?.length ?? 0) - (a.nodes?.length ?? 0));
const plan = document.createElement('dialstack-dial-plan');
plan.id = 'plan';
plan.setAttribute('mode', 'edit');
plan.setAttribute('dial-plan-id', largest.id);
plan.style.setProperty('--dialstack-dial-plan-height', '640px');
document.body.append(plan);
`;

const html = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Bundled from dist/</title></head>
  <body style="margin: 0"><script type="module" src="/bundled/entry.js"></script></body>
</html>`;

test.beforeAll(async () => {
  const state = cdnBuildState();
  if (state !== 'fresh') throw new Error(`dist/ is ${state}: run npm run build`);
  // The build under test is the two-copy one: the editor's chunk maps @xyflow/system's source,
  // the viewer's entry imports it by name.
  const editorMap = readdirSync(dist)
    .filter((file) => file.endsWith('.js.map'))
    .map((file) => JSON.parse(readFileSync(join(dist, file), 'utf8')) as { sources: string[] })
    .find((map) => map.sources.some((s) => s.endsWith('dial-plan.canvas-edit.ts')));
  expect(editorMap?.sources.some((s) => s.includes('node_modules/@xyflow/system/'))).toBe(true);
  expect(readFileSync(join(dist, 'dial-plan.js'), 'utf8')).not.toContain('XYDrag');
  outdir = mkdtempSync(join(tmpdir(), 'dial-plan-dist-'));
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir,
    entryNames: 'entry',
    absWorkingDir: root,
    logLevel: 'error',
    plugins: [dialstackPackage],
  });
});

test.afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

async function open(page: Page, errors: string[]) {
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.route('**/dist-dial-plan.html', (route) =>
    route.fulfill({ body: html, contentType: 'text/html' }),
  );
  await page.route('**/bundled/*.js', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    return route.fulfill({
      body: readFileSync(join(outdir, name)),
      contentType: 'text/javascript',
    });
  });
  await page.goto('/dist-dial-plan.html');
  const plan = page.locator('#plan');
  // The editor (its lazy chunk) is on: the palette and the exits' handles.
  await expect(page.getByRole('button', { name: 'Add Menu step' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Next of welcome: / })).toBeVisible();
  return plan;
}

const centre = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

test('the built editor: drag a step, pan, connect and reconnect exits, with the minimap', async ({
  page,
}) => {
  const errors: string[] = [];
  const plan = await open(page, errors);
  const card = (id: string) => plan.locator(`[part~="node"][data-node-id="${id}"]`);
  const placement = (id: string) => card(id).evaluate((n) => (n as HTMLElement).style.transform);

  // The minimap, drawn by the editor chunk's XYMinimap.
  const minimap = plan.getByRole('img', { name: /./ }).and(plan.locator('[part~="minimap"]'));
  await expect(minimap).toBeVisible();
  await expect(plan.locator('[part~="minimap"] rect').first()).toBeAttached();

  // Drag a step (XYDrag): it moves with the mouse and the plan is dirty.
  const welcome = card('welcome');
  const title = welcome.locator('.node-title');
  const before = (await welcome.boundingBox())!;
  const placedBefore = await placement('welcome');
  const grab = await centre(title);
  // Up and a little right, into free space (its exit handle stays clear of the next card).
  await drag(page, grab, { x: grab.x + 30, y: grab.y - 60 });
  await expect.poll(async () => (await welcome.boundingBox())!.y).toBeLessThan(before.y - 40);
  const after = (await welcome.boundingBox())!;
  expect(after.x).toBeGreaterThan(before.x + 20);
  expect(await placement('welcome')).not.toBe(placedBefore);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeEnabled();

  // Pan (XYPanZoom, the viewer's copy): an empty spot of the canvas dragged moves every card on
  // screen by the drag, and no card's own placement.
  const pane = plan.locator('.pane');
  const paneBox = (await pane.boundingBox())!;
  const empty = await pane.evaluate((el, box) => {
    const root = el.getRootNode() as ShadowRoot;
    for (let y = box.y + box.height - 20; y > box.y + 20; y -= 10)
      for (let x = box.x + 20; x < box.x + box.width - 220; x += 10)
        if (root.elementFromPoint(x, y) === el) return { x, y };
    return null;
  }, paneBox);
  expect(empty, 'an empty spot on the canvas').not.toBeNull();
  const placedNow = await placement('welcome');
  const onScreen = (await welcome.boundingBox())!;
  await drag(page, empty!, { x: empty!.x + 50, y: empty!.y - 30 });
  await expect.poll(async () => Math.round((await welcome.boundingBox())!.x - onScreen.x)).toBe(50);
  expect(Math.round((await welcome.boundingBox())!.y - onScreen.y)).toBe(-30);
  expect(await placement('welcome')).toBe(placedNow);

  // Reconnect: the far end of welcome's edge (on main_menu, which nothing else leads to) dragged
  // to another step.
  const next = page.getByRole('button', { name: /^Next of welcome: / });
  await expect(next).toHaveAccessibleName(/: main_menu\. /);
  const edge = plan.locator('[part~="edge"][data-edge-id="welcome:next"]');
  const grip = plan.locator('.edge-end[data-edge-id="welcome:next"]');
  const afterHours = plan.locator('.xy-flow__handle.target[data-nodeid="after_hours_msg"]');
  await grip.scrollIntoViewIfNeeded();
  await drag(page, await centre(grip), await centre(afterHours));
  await expect(next).toHaveAccessibleName(/: after_hours_msg\. /);
  await expect(edge).toHaveCount(1);

  // Connect (XYHandle): welcome's exit handle dropped on a third step's target handle.
  const handle = plan.locator(
    '.xy-flow__handle.source[data-nodeid="welcome"][data-handleid="next"]',
  );
  const frontDesk = plan.locator('.xy-flow__handle.target[data-nodeid="front_desk"]');
  await handle.scrollIntoViewIfNeeded();
  await drag(page, await centre(handle), await centre(frontDesk));
  await expect(next).toHaveAccessibleName(/: front_desk\. /);
  await expect(edge).toHaveCount(1);

  // Each edit is one undo step: back to after_hours_msg, then to main_menu.
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await undo.click();
  await expect(next).toHaveAccessibleName(/: after_hours_msg\. /);
  await undo.click();
  await expect(next).toHaveAccessibleName(/: main_menu\. /);

  expect(errors).toEqual([]);
});
