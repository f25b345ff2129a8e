// `node --import tsx scripts/bench/mount-cpu.mjs [element] [count] [pages] [warm mounts]`
// (after `npm run bench` has built dist/): the main thread's CPU time per first screen, which a
// loaded machine inflates far less than wall-clock. In each of `pages` fresh pages: one cold
// mount, then `warm mounts` more; a timeline trace gives, between insertion and painted rows,
// the thread time (tdur) of the renderer's top-level tasks, and of its layout, style and paint.
// ATTRS='{"hide-filters":""}' sets attributes on the element.
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir, loadavg } from 'node:os';
import { bundle } from './build.mjs';
import { launch, openPage, median } from './browser.mjs';
import { allElements } from './elements.mjs';
import { harness, pageEntries } from './harness.mjs';
import { startServer } from './server.mjs';

const root = resolve(import.meta.dirname, '../..');
const element = process.argv[2] ?? 'call-logs';
const n = Number(process.argv[3] ?? 1000);
const pages = Number(process.argv[4] ?? 3);
const warmMounts = Number(process.argv[5] ?? 6);
const listPath = element === 'call-logs' ? '/v1/calls' : '/v1/voicemails';
const assetsDir = mkdtempSync(join(tmpdir(), 'dialstack-exp-'));
const built = allElements(root).filter((e) => e.built && e.name === element);
await bundle(root, pageEntries(built), assetsDir, { sourcemap: false });
const server = await startServer({ root, assetsDir, harness });
server.setData(
  element === 'call-logs' ? { calls: n, voicemails: 20 } : { calls: 50, voicemails: n },
);
const browser = await launch();
const tag = `dialstack-${element}`;
const expected = Math.min(n, 10);
const out = { cold: [], warm: [] };
try {
  for (let pi = 0; pi < pages; pi++) {
    const p = await openPage(browser, server.origin, element);
    await browser.startTracing(p.page, {
      categories: ['toplevel', 'devtools.timeline', 'v8.execute'],
    });
    const marks = [];
    for (let i = 0; i <= warmMounts; i++) {
      const r = await p.page.evaluate(
        async ([tag, expected, listPath, i, attrs]) => {
          if (i > 0) {
            document.querySelector(tag).remove();
            await window.__bench.frame();
            await window.__bench.frame();
          }
          console.timeStamp('mount-start');
          const r = await window.__bench.mount(tag, attrs, expected, listPath);
          console.timeStamp('mount-end');
          return r;
        },
        [tag, expected, listPath, i, JSON.parse(process.env.ATTRS ?? '{}')],
      );
      marks.push(r);
    }
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const ev = trace.traceEvents ?? trace;
    const main = ev.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const mine = ev.filter((e) => e.pid === main.pid && e.tid === main.tid);
    const stamps = mine
      .filter((e) => e.name === 'TimeStamp')
      .map((e) => ({ m: e.args?.data?.message, ts: e.ts }));
    const starts = stamps.filter((s) => s.m === 'mount-start');
    const ends = stamps.filter((s) => s.m === 'mount-end');
    const tasks = mine.filter(
      (e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
    );
    const sum = (from, to, name) =>
      mine
        .filter((e) => e.ph === 'X' && e.name === name && e.ts >= from && e.ts < to)
        .reduce((a, e) => a + (e.tdur ?? e.dur), 0) / 1000;
    for (let i = 0; i < starts.length; i++) {
      const from = starts[i].ts,
        to = ends[i].ts;
      const cpu =
        tasks
          .filter((e) => e.ts >= from - 1 && e.ts < to)
          .reduce((a, e) => a + (e.tdur ?? e.dur), 0) / 1000;
      const row = {
        wall: marks[i].total,
        cpu,
        layout: sum(from, to, 'Layout'),
        style: sum(from, to, 'UpdateLayoutTree'),
        paint: sum(from, to, 'Paint'),
        nodes: marks[i].nodes,
      };
      (i === 0 ? out.cold : out.warm).push(row);
    }
    await p.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(assetsDir, { recursive: true, force: true });
}
const med = (rows, k) => median(rows.map((r) => r[k]))?.toFixed(1);
for (const kind of ['cold', 'warm'])
  console.log(
    `${element} ${n} ${kind} (n=${out[kind].length}): wall ${med(out[kind], 'wall')} cpu ${med(out[kind], 'cpu')} layout ${med(out[kind], 'layout')} style ${med(out[kind], 'style')} paint ${med(out[kind], 'paint')} nodes ${med(out[kind], 'nodes')}`,
  );
console.log(
  'load',
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' '),
);
