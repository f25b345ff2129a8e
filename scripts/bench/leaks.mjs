// Leaks: each built element mounted and unmounted `cycles` times in one page (one instance).
// A mount waits until the element shows rows, an empty state, an error or its READY_PARTS part
// (5 s at most), then the element is removed. Measured after 5 warm-up cycles (baseline) and after the loop, both
// after a forced GC (CDP HeapProfiler.collectGarbage): JS heap, DOM nodes and JS listeners
// (CDP Memory.getDOMCounters), open /v1/events connections on the server, pending timers
// (instrumented setTimeout/setInterval) and listeners on window and document (instrumented
// add/removeEventListener).
import { MOUNT_ATTRIBUTES, READY_PARTS } from './elements.mjs';
import { openPage } from './browser.mjs';

async function cycle(page, tag, attributes, times, readyPart) {
  return page.evaluate(
    async ([tag, attributes, times, readyPart]) => {
      const ready = ['empty', 'error', readyPart]
        .filter(Boolean)
        .map((part) => `[part~="${part}"]`)
        .join(',');
      const { rows, frame } = window.__bench;
      const shown = (el) => {
        if (rows(el).length) return true;
        const walk = (scope) =>
          scope.querySelector(ready) ||
          [...scope.querySelectorAll('*')].some((e) => e.shadowRoot && walk(e.shadowRoot));
        return Boolean(el.shadowRoot && walk(el.shadowRoot));
      };
      let timeouts = 0;
      for (let i = 0; i < times; i++) {
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
        document.body.appendChild(el);
        const start = performance.now();
        while (!shown(el)) {
          if (performance.now() - start > 5000) {
            timeouts++;
            break;
          }
          await frame();
        }
        el.remove();
      }
      await frame();
      return timeouts;
    },
    [tag, attributes, times, readyPart],
  );
}

async function snapshot(p, server) {
  await p.page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
  const heap = await p.heap();
  const dom = await p.domCounters();
  const inPage = await p.page.evaluate(() => ({
    timers: window.__bench.timers.size,
    windowListeners: window.__bench.listeners.window.size,
    documentListeners: window.__bench.listeners.document.size,
  }));
  return {
    heap,
    nodes: dom.nodes,
    jsEventListeners: dom.jsEventListeners,
    sse: server.openStreams(),
    ...inPage,
  };
}

export async function runLeaks(browser, server, elements, { cycles = 200, log }) {
  server.setData({ calls: 50, voicemails: 20 });
  const results = [];
  for (const element of elements) {
    if (!element.built) {
      results.push({ element: element.name, notBuilt: true });
      continue;
    }
    const p = await openPage(browser, server.origin, 'all', { instrument: true });
    try {
      const attributes = MOUNT_ATTRIBUTES[element.name] ?? {};
      const readyPart = READY_PARTS[element.name];
      await cycle(p.page, element.tag, attributes, 5, readyPart);
      const before = await snapshot(p, server);
      const started = Date.now();
      const timeouts = await cycle(p.page, element.tag, attributes, cycles, readyPart);
      const seconds = (Date.now() - started) / 1000;
      const after = await snapshot(p, server);
      const r = { element: element.name, cycles, seconds, timeouts, before, after };
      if (p.errors.length) r.pageErrors = p.errors.slice(0, 5);
      results.push(r);
      log(
        `  leaks: ${element.name}: heap ${((after.heap - before.heap) / 1024).toFixed(0)} kB, timers ${after.timers - before.timers}`,
      );
    } finally {
      await p.close();
    }
  }
  return results;
}

export function formatLeaks(results) {
  const d = (r, k) => r.after[k] - r.before[k];
  const signed = (n) => (n > 0 ? `+${n}` : String(n));
  return results.map((r) =>
    r.notBuilt
      ? [r.element, 'not built yet', '', '', '', '', '']
      : [
          `${r.element} x${r.cycles}${r.timeouts ? ` (${r.timeouts} never settled)` : ''}`,
          `${signed(Math.round(d(r, 'heap') / 1024))} kB (${(d(r, 'heap') / r.cycles / 1024).toFixed(1)} kB/cycle)`,
          signed(d(r, 'nodes')),
          `${r.after.sse} (before ${r.before.sse})`,
          `${r.after.timers} (before ${r.before.timers})`,
          `${r.after.windowListeners}/${r.after.documentListeners} (before ${r.before.windowListeners}/${r.before.documentListeners})`,
          d(r, 'heap') / r.cycles > 10 * 1024 ||
          d(r, 'timers') > 2 ||
          d(r, 'windowListeners') + d(r, 'documentListeners') > 0 ||
          r.after.sse > 1
            ? 'LEAK?'
            : 'ok',
        ],
  );
}
