// One CPU profile (CDP Profiler, 200 µs sampling) of a cold call-logs first screen with 1,000
// calls (`--profile`), or of the warm one (`--profile=warm`: the second mount in the page), or of the dial-plan viewer painting a 300-step plan (`--profile=dial-plan`). The profile's clock is aligned with the page's performance.now() through a marker
// function the page runs for ~2 ms just before `appendChild` (its first sample = insertion).
// Self time is summed per function in two windows: insertion -> request sent, and response
// received -> rows painted; minified frames are mapped back to the sources through the bundle's
// source maps (esbuild composes them with dist/'s).
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { openPage } from './browser.mjs';
import { mountPlan } from './dial-plan.mjs';
import { runOnce } from './first-screen.mjs';

async function startProfiler(p) {
  await p.page.evaluate(() => {
    window.__benchMarker = true;
  });
  await p.cdp.send('Profiler.enable');
  await p.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await p.cdp.send('Profiler.start');
}

async function stopProfiler(p) {
  // Let the frames after the first screen be sampled too.
  await p.page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  const { profile } = await p.cdp.send('Profiler.stop');
  return profile;
}

export async function runProfile(browser, server, { assetsDir, root, out, warm = false }) {
  const scenario = { element: 'call-logs', listPath: '/v1/calls', calls: 1000 };
  server.setData({ calls: 1000 });
  let trace;
  const hooks = {
    warm,
    // A timeline trace beside the CPU profile: the renderer's own work (style, layout, paint).
    async start(p) {
      await browser.startTracing(p.page, { categories: ['devtools.timeline'] });
      await startProfiler(p);
    },
    async stop(p) {
      const profile = await stopProfiler(p);
      trace = JSON.parse((await browser.stopTracing()).toString());
      if (process.env.BENCH_TRACE) writeFileSync(process.env.BENCH_TRACE, JSON.stringify(trace));
      return profile;
    },
  };
  const run = await runOnce(browser, server, scenario, { profile: hooks });
  const cold = warm ? run.warm : run.cold;
  const profile = cold.profile;
  delete cold.profile;
  writeFileSync(out, JSON.stringify(profile));
  const windows = {
    insertionToRequest: [0, cold.requestSent],
    requestToResponse: [cold.requestSent, cold.responseEnd],
    responseToPainted: [cold.responseEnd, cold.total],
  };
  const summary = summarize(profile, cold, windows, assetsDir, root);
  const t0 = summary.t0;
  delete summary.t0;
  if (t0 !== undefined)
    summary.responseToPainted.renderer = rendererWork(
      trace,
      t0 + cold.responseEnd * 1000,
      t0 + cold.total * 1000,
    );
  return { marks: cold, summary };
}

/**
 * `--profile=dial-plan`: one CPU profile of the viewer showing a generated plan of `nodes`
 * steps without positions (as the dial-plan section mounts it), in a fresh page. Windows:
 * insertion -> the last API response's headers (session, plan, names), and data -> the frame
 * that shows every step painted.
 */
export async function runDialPlanProfile(browser, server, { assetsDir, root, out, nodes = 300 }) {
  const id = server.setDialPlan(nodes);
  const p = await openPage(browser, server.origin, 'dial-plan');
  try {
    // A timeline trace beside the CPU profile: the renderer's own work (style, layout, paint),
    // which the profile only shows as "(program)".
    await browser.startTracing(p.page, { categories: ['devtools.timeline'] });
    await startProfiler(p);
    const marks = await p.page.evaluate(mountPlan, [id, nodes]);
    const profile = await stopProfiler(p);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    if (process.env.BENCH_TRACE) writeFileSync(process.env.BENCH_TRACE, JSON.stringify(trace));
    writeFileSync(out, JSON.stringify(profile));
    const windows = {
      insertionToData: [0, marks.dataArrived],
      dataToPainted: [marks.dataArrived, marks.firstPaint],
      paintedPlus300ms: [marks.firstPaint, marks.firstPaint + 300],
    };
    if (p.errors.length) marks.pageErrors = p.errors;
    const summary = summarize(profile, marks, windows, assetsDir, root);
    const t0 = summary.t0;
    delete summary.t0;
    if (t0 !== undefined)
      summary.dataToPainted.renderer = rendererWork(
        trace,
        t0 + marks.dataArrived * 1000,
        t0 + marks.firstPaint * 1000,
      );
    return { nodes, marks, summary };
  } finally {
    await p.close();
  }
}

/**
 * The renderer main thread's timeline events between `from` and `to` (µs, the profile's clock,
 * which trace timestamps share), summed by name: time in style recalculation, layout, paint...
 * (nested events are counted within their parents too, so the names overlap): CPU (thread)
 * time and wall-clock time, and how many.
 */
function rendererWork(trace, from, to) {
  const events = trace.traceEvents ?? trace;
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.ph === 'M',
  );
  const byName = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.tid !== main?.tid || e.pid !== main?.pid) continue;
    if (e.ts < from || e.ts >= to || !e.dur) continue;
    const sum = byName.get(e.name) ?? { cpu: 0, wall: 0, count: 0 };
    // tdur: the thread's CPU time (what load does not inflate); dur: wall-clock.
    sum.cpu += (e.tdur ?? e.dur) / 1000;
    sum.wall += e.dur / 1000;
    sum.count++;
    byName.set(e.name, sum);
  }
  const round = (ms) => Math.round(ms * 10) / 10;
  return [...byName]
    .sort((a, b) => b[1].cpu - a[1].cpu)
    .slice(0, 15)
    .map(([name, { cpu, wall, count }]) => ({
      name,
      cpuMs: round(cpu),
      wallMs: round(wall),
      count,
    }));
}

function summarize(profile, marks, windows, assetsDir, root) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Sample times (µs, profile clock).
  const times = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((t += delta));
  const markerNode = profile.nodes.find(
    (n) => n.callFrame.functionName === '__benchInsertionMarker',
  );
  const markerIndex = markerNode ? profile.samples.findIndex((s) => s === markerNode.id) : -1;
  if (markerIndex === -1) return { error: 'insertion marker not sampled' };
  // The marker spins for 2 ms and ends right before appendChild (t0).
  const t0 = times[markerIndex] + 2000 - (marks.markerSpin ?? 0);
  const at = (ms) => t0 + ms * 1000;
  const maps = new Map();
  const consumer = (url) => {
    if (maps.has(url)) return maps.get(url);
    const file = join(assetsDir, new URL(url).pathname.replace('/assets/', '')) + '.map';
    const c = existsSync(file)
      ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8')))
      : null;
    maps.set(url, c);
    return c;
  };
  const name = (node) => {
    const f = node.callFrame;
    if (!f.url) return f.functionName || '(anonymous)';
    const c = consumer(f.url);
    const pos = c?.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
    const where = pos?.source
      ? `${relative(root, resolve(assetsDir, pos.source)).replace(
          /^.*node_modules\//,
          '',
        )}:${pos.line}`
      : `${new URL(f.url).pathname}:${f.lineNumber + 1}`;
    return `${pos?.name || f.functionName || '(anonymous)'} ${where}`;
  };
  const parentOf = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const names = new Map();
  const nameOf = (id) => {
    if (!names.has(id)) names.set(id, name(byId.get(id)));
    return names.get(id);
  };
  /** Each function once per sample, with every caller up the stack (inclusive time). */
  const stackOf = (id) => {
    const stack = new Set();
    for (let p = id; p !== undefined; p = parentOf.get(p)) stack.add(nameOf(p));
    return stack;
  };
  const windowSummary = (from, to) => {
    const self = new Map();
    const inclusive = new Map();
    let total = 0;
    let gaps = 0;
    const groups = new Map();
    for (let i = 0; i < profile.samples.length; i++) {
      if (times[i] < from || times[i] >= to) continue;
      // A sample stands for the time to the next one, capped at 1 ms: on a loaded machine the
      // renderer is descheduled for tens of ms between samples, which is not the function's time.
      const raw = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const dt = Math.min(raw, 1);
      gaps += raw - dt;
      const key = nameOf(profile.samples[i]);
      self.set(key, (self.get(key) ?? 0) + dt);
      for (const fn of stackOf(profile.samples[i]))
        if (fn.includes(' ')) inclusive.set(fn, (inclusive.get(fn) ?? 0) + dt);
      const group = key.includes(' ')
        ? key
            .split(' ')[1]
            .replace(/\/[^/]*$/, '')
            .split(':')[0]
        : key;
      groups.set(group, (groups.get(group) ?? 0) + dt);
      total += dt;
    }
    return {
      fromMs: (from - t0) / 1000,
      toMs: (to - t0) / 1000,
      sampledMs: Math.round(total),
      unsampledMs: Math.round(gaps),
      byFolder: [...groups]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([folder, ms]) => ({ folder, ms: Math.round(ms * 10) / 10 })),
      top: [...self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 20)
        .map(([fn, ms]) => ({ fn, ms: Math.round(ms * 10) / 10 })),
      // Source functions by inclusive time (self plus callees), to see which of ours is costly.
      inclusive: [...inclusive]
        .filter(([fn]) => !/node_modules|lit-html|reactive-element|lit-element/.test(fn))
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([fn, ms]) => ({ fn, ms: Math.round(ms * 10) / 10 })),
    };
  };
  return Object.fromEntries([
    ...Object.entries(windows).map(([name, [from, to]]) => [name, windowSummary(at(from), at(to))]),
    ['t0', t0],
  ]);
}
