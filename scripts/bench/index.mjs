// `npm run bench`: builds the library once, then measures it (see README "Performance").
//   --only=size,first-screen,scroll,sharing,dial-plan,leaks   a subset of the sections
//   --runs=7          cold runs per first-screen scenario (>= 7 for the README)
//   --cycles=200      mount/unmount cycles per element in the leak section
//   --leak-elements=call-logs,voicemails   only these elements in the leak section
//   --profile         instead: one CPU profile of a cold call-logs first screen, 1,000 calls
//   --profile=warm    instead: the same for the warm mount (the second in the page)
//   --profile=dial-plan   instead: one CPU profile of the viewer painting a 300-step plan
//                         (--nodes=1000 for another size)
//   --dial-plan-runs=3  fresh pages per plan size in the dial-plan section (medians)
//   --dial-plan-sizes=50,300,1000  the plan sizes it measures
//   --scroll-seconds=150  time cap of the scroll section (it stops and says how far it got)
//   --no-build        reuse bench/dist/ (the bench's own build) as it is
//   --dist=dist       measure that existing build instead (no build; CI measures its dist/)
// Writes bench/results.json (or bench/profile.json + bench/profile.cpuprofile with --profile).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildLibrary, bundle, useBuild } from './build.mjs';
import { launch } from './browser.mjs';
import { chromiumPath } from '../chromium.mjs';
import { allElements } from './elements.mjs';
import { harness, pageEntries } from './harness.mjs';
import { startServer } from './server.mjs';
import { formatSize, runSize } from './size.mjs';
import { formatFirstScreen, runFirstScreen } from './first-screen.mjs';
import { formatScroll, runScroll } from './scroll.mjs';
import { formatSharing, runSharing } from './sharing.mjs';
import { formatDialPlan, runDialPlan } from './dial-plan.mjs';
import { formatLeaks, runLeaks } from './leaks.mjs';
import { runDialPlanProfile, runProfile } from './profile.mjs';
import { markdownTable, textTable } from './table.mjs';

const root = resolve(import.meta.dirname, '../..');
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const SECTIONS = ['size', 'first-screen', 'scroll', 'sharing', 'dial-plan', 'leaks'];
const only = args.only ? String(args.only).split(',') : SECTIONS;
const runs = Number(args.runs ?? 7);
const cycles = Number(args.cycles ?? 200);
const started = Date.now();
const log = (line) =>
  console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
const machine = {
  date: new Date().toISOString(),
  nproc: availableParallelism(),
  cpu: cpus()[0]?.model ?? 'unknown',
  chromium: execFileSync(chromiumPath, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .trim(),
  node: process.version,
  loadAtStart: load(),
};
log(
  `machine: ${machine.nproc} cores, ${machine.cpu}, ${machine.chromium}; load ${machine.loadAtStart}`,
);

if (args.dist) useBuild(resolve(root, String(args.dist)));
else if (!args['no-build']) log(`vite build: ${buildLibrary(root)} ms`);
const elements = allElements(root);
const results = { machine, sections: {} };
const tables = [];
const table = (title, head, rows) => tables.push({ title, head, rows });

mkdirSync(join(root, 'bench'), { recursive: true });

if (only.includes('size') && !args.profile) {
  log('size');
  const rows = await runSize(root, elements, log);
  results.sections.size = rows.map(({ chunks, ...r }) => ({ ...r, chunks }));
  table(
    'Size — gzipped JS shipped up front (esbuild --bundle --splitting --minify over the built dist/)',
    ['entry', 'initial', 'lazy', 'budget', 'verdict'],
    formatSize(rows),
  );
}

const browserSections = args.profile ? [] : only.filter((s) => s !== 'size');
if (browserSections.length || args.profile) {
  const assetsDir = mkdtempSync(join(tmpdir(), 'dialstack-bench-pages-'));
  const built = elements.filter((e) => e.built);
  await bundle(root, pageEntries(built), assetsDir, { sourcemap: 'external' });
  const server = await startServer({ root, assetsDir, harness });
  const browser = await launch();
  log(`server ${server.origin}, browser up`);
  try {
    if (args.profile) {
      const out = join(root, 'bench/profile.cpuprofile');
      const profile =
        args.profile === 'dial-plan'
          ? await runDialPlanProfile(browser, server, {
              assetsDir,
              root,
              out,
              nodes: Number(args.nodes ?? 300),
            })
          : await runProfile(browser, server, {
              assetsDir,
              root,
              out,
              warm: args.profile === 'warm',
            });
      profile.machine = { ...machine, loadAtEnd: load() };
      writeFileSync(join(root, 'bench/profile.json'), JSON.stringify(profile, null, 2));
      console.log(JSON.stringify(profile, null, 2));
    }
    if (browserSections.includes('first-screen')) {
      log(`first screen (${runs} cold runs per scenario)`);
      const r = await runFirstScreen(browser, server, { runs, log });
      results.sections.firstScreen = r;
      table(
        `First screen — medians of ${runs}; ms from appendChild to min(N,10) rows painted; marks: insertion->request sent / response->rows painted`,
        [
          'scenario',
          'cold',
          'cold marks',
          'warm',
          'warm marks',
          'DOM elements / nodes',
          'heap (GC)',
          'vs 100 / 30 ms',
        ],
        formatFirstScreen(r),
      );
    }
    if (browserSections.includes('scroll')) {
      log('scroll');
      const r = await runScroll(browser, server, {
        log,
        ...(args['scroll-seconds'] ? { limitMs: Number(args['scroll-seconds']) * 1000 } : {}),
      });
      results.sections.scroll = r;
      table(
        'Scroll — call logs end to end',
        [
          'list',
          'reached the end',
          'dropped frames',
          'p95 / max frame',
          'most rows in DOM',
          'vs ~100 rows',
        ],
        formatScroll(r),
      );
    }
    if (browserSections.includes('sharing')) {
      log('sharing');
      const r = await runSharing(browser, server, elements, { log });
      results.sections.sharing = r;
      table(
        'Sharing — every built element on one page',
        ['what', 'measured', 'must be', 'verdict'],
        formatSharing(r),
      );
    }
    if (browserSections.includes('dial-plan')) {
      log('dial plan');
      const dialPlanRuns = Number(args['dial-plan-runs'] ?? 3);
      const r = await runDialPlan(browser, server, elements, {
        log,
        runs: dialPlanRuns,
        ...(args['dial-plan-sizes']
          ? { sizes: String(args['dial-plan-sizes']).split(',').map(Number) }
          : {}),
      });
      results.sections.dialPlan = r;
      table(
        `Dial plan — realistic generated plans without positions; medians of ${dialPlanRuns} fresh pages (pan/zoom: the first)`,
        [
          'plan',
          'layout',
          'laid out and painted',
          'pan/zoom frames',
          'pan/zoom re-layout',
          'budget',
        ],
        formatDialPlan(r),
      );
    }
    if (browserSections.includes('leaks')) {
      log(`leaks (${cycles} cycles per element)`);
      const names = args['leak-elements'] ? String(args['leak-elements']).split(',') : undefined;
      const leakElements = names ? elements.filter((e) => names.includes(e.name)) : elements;
      const r = await runLeaks(browser, server, leakElements, { cycles, log });
      results.sections.leaks = r;
      table(
        `Leaks — mount/unmount x${cycles}, after forced GC`,
        [
          'element',
          'JS heap growth',
          'DOM nodes',
          'open SSE',
          'pending timers',
          'window/document listeners',
          'verdict',
        ],
        formatLeaks(r),
      );
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(assetsDir, { recursive: true, force: true });
  }
}

machine.loadAtEnd = load();
machine.seconds = Math.round((Date.now() - started) / 1000);
if (!args.profile) {
  writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2));
  writeFileSync(
    join(root, 'bench/results.md'),
    tables.map((t) => `#### ${t.title}\n\n${markdownTable(t.head, t.rows)}\n`).join('\n'),
  );
  for (const t of tables) console.log(`\n${t.title}\n${textTable(t.head, t.rows)}`);
  console.log(
    `\n${machine.date}, ${machine.nproc} cores (${machine.cpu}), ${machine.chromium}; load average ${machine.loadAtStart} at start, ${machine.loadAtEnd} at end; ${machine.seconds} s.`,
  );
  console.log('Wrote bench/results.json and bench/results.md.');
}
