// First screen: insertion -> the first min(N, 10) rows painted, cold (a fresh browser context
// and page per run, so nothing is cached or warmed) and warm (a second element mounted in the
// same page after the first is removed). Medians of `runs` runs per scenario.
import { median, openPage } from './browser.mjs';

export const SCENARIOS = [
  { element: 'call-logs', listPath: '/v1/calls', calls: 20 },
  { element: 'call-logs', listPath: '/v1/calls', calls: 100 },
  { element: 'call-logs', listPath: '/v1/calls', calls: 1000 },
  { element: 'voicemails', listPath: '/v1/voicemails', voicemails: 20 },
  { element: 'voicemails', listPath: '/v1/voicemails', voicemails: 100 },
];

export const label = (s) =>
  s.calls !== undefined
    ? `${s.element}, ${s.calls} calls`
    : `${s.element}, ${s.voicemails} voicemails`;

/** One cold run (and the warm mount after it) of a scenario. */
export async function runOnce(browser, server, scenario, { profile } = {}) {
  const n = scenario.calls ?? scenario.voicemails;
  const expected = Math.min(n, 10);
  const tag = `dialstack-${scenario.element}`;
  const p = await openPage(browser, server.origin, scenario.element);
  try {
    if (profile && !profile.warm) await profile.start(p);
    const cold = await p.page.evaluate(
      ([tag, expected, listPath]) => window.__bench.mount(tag, {}, expected, listPath),
      [tag, expected, scenario.listPath],
    );
    if (profile && !profile.warm) cold.profile = await profile.stop(p, cold);
    cold.heap = await p.heap();
    await p.page.evaluate(async (tag) => {
      document.querySelector(tag).remove();
      await window.__bench.frame();
      await window.__bench.frame();
    }, tag);
    if (profile?.warm) await profile.start(p);
    const warm = await p.page.evaluate(
      ([tag, expected, listPath]) => window.__bench.mount(tag, {}, expected, listPath),
      [tag, expected, scenario.listPath],
    );
    if (profile?.warm) warm.profile = await profile.stop(p, warm);
    if (p.errors.length) cold.pageErrors = p.errors;
    return { cold, warm };
  } finally {
    await p.close();
  }
}

const MARKS = ['total', 'requestSent', 'responseEnd', 'server', 'nodes', 'elements', 'heap'];

function summarize(samples) {
  const out = { runs: samples.length };
  for (const mark of MARKS) out[mark] = median(samples.map((s) => s[mark]));
  out.responseToPaint = median(samples.map((s) => s.total - s.responseEnd));
  out.longTaskMs = median(samples.map((s) => s.longTasks.reduce((n, t) => n + t.duration, 0)));
  return out;
}

export async function runFirstScreen(browser, server, { runs, log }) {
  const results = [];
  for (const scenario of SCENARIOS) {
    server.setData({ calls: scenario.calls ?? 50, voicemails: scenario.voicemails ?? 20 });
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await runOnce(browser, server, scenario));
    const cold = summarize(samples.map((s) => s.cold));
    const warm = summarize(samples.map((s) => s.warm));
    results.push({ scenario: label(scenario), ...scenario, cold, warm, samples });
    log(
      `  first screen: ${label(scenario)}: cold ${cold.total?.toFixed(0)} ms, warm ${warm.total?.toFixed(0)} ms`,
    );
  }
  return results;
}

const ms = (v) => (v == null ? '—' : `${Math.round(v)}`);
export function formatFirstScreen(results) {
  return results.map((r) => [
    r.scenario,
    ms(r.cold.total),
    `${ms(r.cold.requestSent)} / ${ms(r.cold.responseToPaint)}`,
    ms(r.warm.total),
    `${ms(r.warm.requestSent)} / ${ms(r.warm.responseToPaint)}`,
    `${r.cold.elements} / ${r.cold.nodes}`,
    `${(r.cold.heap / 1048576).toFixed(1)} MB`,
    `${r.cold.total <= 100 ? 'ok' : `cold +${Math.round(r.cold.total - 100)}`}, ${r.warm.total <= 30 ? 'ok' : `warm +${Math.round(r.warm.total - 30)}`}`,
  ]);
}
