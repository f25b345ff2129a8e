// Dial plan: 50, 300 and 1,000 steps (realistic plans from components/dial-plan/dial-plan.generate.ts,
// saved without positions so the element lays them out), each in a fresh page:
// - layout: the auto-layout's own time (the `dialstack:dial-plan-layout` User Timing entry);
// - first paint: from the data's arrival (the last API response's headers) to the frame that
//   shows every step, and from insertion (session, requests and all);
// - pan/zoom: frame times while wheel-zooming in, dragging the canvas and zooming out (real
//   input events through Playwright, so XYPanZoom handles them as it would a person's), and how
//   once the first screen has settled, how many layouts ran, nodes moved and node DOM writes
//   happened meanwhile (all must be 0: pan/zoom only moves the viewport's transform).
import { median, openPage } from './browser.mjs';

export const SIZES = [50, 300, 1000];

export async function runDialPlan(
  browser,
  server,
  elements,
  { log = () => {}, runs: RUNS = 3, sizes = SIZES } = {},
) {
  const built = elements.find((e) => e.name === 'dial-plan')?.built;
  if (!built) return sizes.map((nodes) => ({ nodes, notBuilt: true }));
  const rows = [];
  for (const nodes of sizes) {
    const id = server.setDialPlan(nodes);
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      log(`dial plan: ${nodes} steps, run ${run + 1}/${RUNS}`);
      const p = await openPage(browser, server.origin, 'dial-plan');
      try {
        const mounted = await p.page.evaluate(mountPlan, [id, nodes]);
        const panZoom = run === 0 ? await measurePanZoom(p.page) : null;
        runs.push({ ...mounted, ...(panZoom ?? {}) });
      } catch (error) {
        runs.push({ error: String(error?.message ?? error) });
      } finally {
        await p.close();
      }
    }
    const ok = runs.filter((r) => !r.error);
    const first = ok.find((r) => r.frames) ?? {};
    rows.push({
      nodes,
      runs: ok.length,
      errors: runs.filter((r) => r.error).map((r) => r.error),
      engine: ok[0]?.engine ?? null,
      layout: median(ok.map((r) => r.layout)),
      afterData: median(ok.map((r) => r.afterData)),
      firstPaint: median(ok.map((r) => r.firstPaint)),
      nodeElements: ok[0]?.nodeElements ?? null,
      frames: first.frames ?? null,
      panP50: first.p50 ?? null,
      panP95: first.p95 ?? null,
      panMax: first.max ?? null,
      frameBudget: first.frameBudget ?? null,
      nodeMutations: first.nodeMutations ?? null,
      nodesMoved: first.nodesMoved ?? null,
      layouts: first.layouts ?? null,
      viewportMoved: first.viewportMoved ?? null,
    });
  }
  return rows;
}

/** In the page: inserts the viewer and waits for the frame that shows `expected` steps. */
export async function mountPlan([id, expected]) {
  const { api } = window.__bench;
  const el = document.createElement('dialstack-dial-plan');
  el.setAttribute('dial-plan-id', id);
  el.setAttribute('mode', 'view');
  el.style.setProperty('--dialstack-dial-plan-height', '800px');
  const apiBefore = api.length;
  // Profiling only (`--profile=dial-plan`): locates the insertion on the profile's clock.
  if (window.__benchMarker) window.__benchInsertionMarker();
  const t0 = performance.now();
  document.body.appendChild(el);
  const nodesOf = () => el.shadowRoot?.querySelectorAll('[part~="node"]').length ?? 0;
  const painted = await new Promise((resolve, reject) => {
    const check = () => {
      if (performance.now() - t0 > 60_000)
        return reject(new Error(`${nodesOf()} of ${expected} steps after 60 s`));
      if (nodesOf() >= expected) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  const dataAt = Math.max(...api.slice(apiBefore).map((r) => r.headers ?? 0));
  const layout = performance.getEntriesByName('dialstack:dial-plan-layout').at(-1);
  return {
    firstPaint: painted - t0,
    afterData: dataAt > 0 ? painted - dataAt : null,
    dataArrived: dataAt > 0 ? dataAt - t0 : null,
    layout: layout ? layout.duration : null,
    engine: layout?.detail?.engine ?? null,
    nodeElements: nodesOf(),
    requests: api.length - apiBefore,
  };
}

/** Wheel-zooms in, drags, wheel-zooms out over the canvas; frame times and node changes. */
async function measurePanZoom(page) {
  const box = await page.evaluate(async () => {
    const el = document.querySelector('dialstack-dial-plan');
    const pane = el.shadowRoot.querySelector('.pane');
    const viewport = el.shadowRoot.querySelector('.xyflow__viewport');
    // Let the first screen settle (late renders: names, phone formatting, fit to view): wait
    // for 500 ms without a DOM change (at most 10 s).
    await new Promise((resolve) => {
      let timer = setTimeout(done, 500);
      const quiet = new MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(done, 500);
      });
      const cap = setTimeout(done, 10_000);
      quiet.observe(el.shadowRoot, { subtree: true, attributes: true, childList: true });
      function done() {
        quiet.disconnect();
        clearTimeout(cap);
        resolve();
      }
    });
    const nodes = [...el.shadowRoot.querySelectorAll('[part~="node"]')];
    const place = (n) => `${n.style.transform}|${n.style.left}|${n.style.top}`;
    const state = {
      deltas: [],
      nodeMutations: 0,
      running: true,
      before: viewport.style.transform,
      layoutsBefore: performance.getEntriesByName('dialstack:dial-plan-layout').length,
      places: nodes.map(place),
      nodes,
      place,
    };
    window.__dpPan = state;
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const target = r.target.nodeType === 1 ? r.target : r.target.parentElement;
        if (target?.closest('[part~="node"]')) state.nodeMutations++;
      }
    });
    observer.observe(el.shadowRoot, {
      subtree: true,
      attributes: true,
      childList: true,
      characterData: true,
    });
    state.observer = observer;
    // The frame budget: the median rAF delta of the idle page.
    return new Promise((resolve) => {
      const idle = [];
      let prev = performance.now();
      const tick = (now) => {
        idle.push(now - prev);
        prev = now;
        if (idle.length < 30) return requestAnimationFrame(tick);
        idle.sort((a, b) => a - b);
        state.frameBudget = idle[idle.length >> 1];
        let last = performance.now();
        const record = (t) => {
          if (!state.running) return;
          state.deltas.push(t - last);
          last = t;
          requestAnimationFrame(record);
        };
        requestAnimationFrame(record);
        const r = pane.getBoundingClientRect();
        resolve({ x: r.x, y: r.y, width: r.width, height: r.height });
      };
      requestAnimationFrame(tick);
    });
  });
  const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 15; i++) {
    await page.mouse.wheel(0, -120);
    await frame();
  }
  await page.mouse.down();
  for (let i = 0; i < 40; i++) {
    await page.mouse.move(cx - i * 12, cy - i * 6);
    await frame();
  }
  await page.mouse.up();
  for (let i = 0; i < 25; i++) {
    await page.mouse.wheel(0, 120);
    await frame();
  }
  return page.evaluate(() => {
    const state = window.__dpPan;
    state.running = false;
    state.observer.disconnect();
    const viewport = document
      .querySelector('dialstack-dial-plan')
      .shadowRoot.querySelector('.xyflow__viewport');
    const deltas = state.deltas.slice(1);
    const sorted = [...deltas].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
    return {
      frames: deltas.length,
      frameBudget: state.frameBudget,
      p50: at(0.5),
      p95: at(0.95),
      max: sorted[sorted.length - 1],
      nodeMutations: state.nodeMutations,
      nodesMoved: state.nodes.filter((n, i) => !n.isConnected || state.place(n) !== state.places[i])
        .length,
      layouts:
        performance.getEntriesByName('dialstack:dial-plan-layout').length - state.layoutsBefore,
      viewportMoved: viewport.style.transform !== state.before,
    };
  });
}

const ms = (v) => (typeof v === 'number' ? `${Math.round(v)} ms` : '–');

export function formatDialPlan(rows) {
  return rows.map((r) => {
    if (r.notBuilt) return [`${r.nodes} steps`, 'not built yet', '', '', '', ''];
    if (!r.runs) return [`${r.nodes} steps`, `failed: ${r.errors[0] ?? '?'}`, '', '', '', ''];
    const within = r.afterData !== null && r.layout !== null;
    return [
      `${r.nodes} steps`,
      `${ms(r.layout)} (${r.engine ?? '?'})`,
      `${ms(r.afterData)} after data / ${ms(r.firstPaint)} from insertion`,
      r.frames
        ? `p50 ${ms(r.panP50)}, p95 ${ms(r.panP95)}, max ${ms(r.panMax)} (${r.frames} frames, budget ${ms(r.frameBudget)})`
        : '–',
      r.nodeMutations === null
        ? '–'
        : `${r.layouts} layouts, ${r.nodesMoved} nodes moved, ${r.nodeMutations} node DOM writes${r.viewportMoved ? '' : ' (viewport did not move!)'}`,
      r.nodes === 300 ? (within && r.afterData < 500 ? '< 500 ms: met' : '< 500 ms: MISSED') : '',
    ];
  });
}
