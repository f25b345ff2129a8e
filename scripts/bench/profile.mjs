// One CPU profile (CDP Profiler, 200 µs sampling) of a cold call-logs first screen with 1,000
// calls. The profile's clock is aligned with the page's performance.now() through a marker
// function the page runs for ~2 ms just before `appendChild` (its first sample = insertion).
// Self time is summed per function in two windows: insertion -> request sent, and response
// received -> rows painted; minified frames are mapped back to the sources through the bundle's
// source maps (esbuild composes them with dist/'s).
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { runOnce } from './first-screen.mjs';

export async function runProfile(browser, server, { assetsDir, root, out }) {
  const scenario = { element: 'call-logs', listPath: '/v1/calls', calls: 1000 };
  server.setData({ calls: 1000 });
  const hooks = {
    async start(p) {
      await p.page.evaluate(() => {
        window.__benchMarker = true;
      });
      await p.cdp.send('Profiler.enable');
      await p.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await p.cdp.send('Profiler.start');
    },
    async stop(p) {
      // Let the frames after the first screen be sampled too.
      await p.page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      const { profile } = await p.cdp.send('Profiler.stop');
      return profile;
    },
  };
  const { cold } = await runOnce(browser, server, scenario, { profile: hooks });
  const profile = cold.profile;
  delete cold.profile;
  writeFileSync(out, JSON.stringify(profile));
  return { marks: cold, summary: summarize(profile, cold, assetsDir, root) };
}

function summarize(profile, marks, assetsDir, root) {
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
  const windowSummary = (from, to) => {
    const self = new Map();
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
      const key = name(byId.get(profile.samples[i]));
      self.set(key, (self.get(key) ?? 0) + dt);
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
    };
  };
  return {
    insertionToRequest: windowSummary(at(0), at(marks.requestSent)),
    requestToResponse: windowSummary(at(marks.requestSent), at(marks.responseEnd)),
    responseToPainted: windowSummary(at(marks.responseEnd), at(marks.total)),
  };
}
