// Scroll: call logs over a 100,000-call account, scrolled from the first row to the last one.
// Every animation frame moves the list's scroller down by `step` px (a fast fling); when the
// element is still fetching the next page the scroller sits at its end and frames keep being
// counted. Dropped frames: rAF deltas over 1.5x the frame budget measured on the idle page.
import { openPage } from './browser.mjs';

export const SCROLL_CALLS = 100_000;

export async function runScroll(
  browser,
  server,
  { log, step = 560, limitMs = 150_000, calls = SCROLL_CALLS },
) {
  server.setData({ calls });
  const p = await openPage(browser, server.origin, 'call-logs');
  try {
    await p.page.evaluate(() => window.__bench.mount('dialstack-call-logs', {}, 10, '/v1/calls'));
    const lastId = `call_01jcrfcb${(calls - 1).toString(36).padStart(19, '0')}`;
    const result = await p.page.evaluate(
      async ([step, limitMs, lastId]) => {
        const { rows, frame } = window.__bench;
        const el = document.querySelector('dialstack-call-logs');
        // The scroller: the first scrollable ancestor of a row, crossing shadow boundaries.
        let scroller = rows(el)[0];
        while (scroller) {
          const style = scroller instanceof Element ? getComputedStyle(scroller) : null;
          if (
            style &&
            /(auto|scroll)/.test(style.overflowY) &&
            scroller.scrollHeight > scroller.clientHeight + 10
          )
            break;
          scroller =
            scroller.parentNode instanceof ShadowRoot
              ? scroller.parentNode.host
              : scroller.parentNode;
        }
        if (!scroller || scroller === document) return { error: 'no scroller found' };
        // Frame budget: median rAF delta on the idle page.
        const idle = [];
        let prev = await frame();
        for (let i = 0; i < 30; i++) {
          const now = await frame();
          idle.push(now - prev);
          prev = now;
        }
        idle.sort((a, b) => a - b);
        const budget = idle[idle.length >> 1];
        const deltas = [];
        let maxRows = 0;
        let sumRows = 0;
        let reached = false;
        const start = performance.now();
        prev = await frame();
        while (performance.now() - start < limitMs) {
          scroller.scrollTop += step;
          const now = await frame();
          deltas.push(now - prev);
          prev = now;
          const present = rows(el);
          maxRows = Math.max(maxRows, present.length);
          sumRows += present.length;
          if (
            present.some((r) => r.dataset.id === lastId) &&
            scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2
          ) {
            reached = true;
            break;
          }
        }
        const sorted = [...deltas].sort((a, b) => a - b);
        return {
          reachedEnd: reached,
          seconds: (performance.now() - start) / 1000,
          frames: deltas.length,
          frameBudget: budget,
          dropped: deltas.filter((d) => d > 1.5 * budget).length,
          p95: sorted[Math.floor(sorted.length * 0.95)],
          max: sorted[sorted.length - 1],
          maxRows,
          meanRows: sumRows / Math.max(1, deltas.length),
          scrollTop: scroller.scrollTop,
          scrollHeight: scroller.scrollHeight,
          lastRowId: rows(el).at(-1)?.dataset.id,
          loadedRows:
            Number(el.shadowRoot.querySelector('[aria-rowcount]')?.getAttribute('aria-rowcount')) ||
            null,
        };
      },
      [step, limitMs, lastId],
    );
    result.stepPx = step;
    result.calls = calls;
    result.pageRequests = server.log.filter((e) => e.url.startsWith('/v1/calls')).length;
    if (p.errors.length) result.pageErrors = p.errors;
    log(`  scroll: ${result.frames} frames, ${result.dropped} dropped, max ${result.maxRows} rows`);
    return result;
  } finally {
    await p.close();
  }
}

export function formatScroll(r) {
  if (r.error) return [[`${r.calls} calls`, r.error, '', '', '', '']];
  return [
    [
      `${r.calls.toLocaleString('en')} calls, ${r.stepPx} px/frame`,
      r.reachedEnd
        ? `yes (${r.seconds.toFixed(0)} s)`
        : `NO: time cap ${r.seconds.toFixed(0)} s; ${r.pageRequests} pages of 100 loaded, at ${Math.round(r.scrollTop).toLocaleString('en')} of ${r.scrollHeight.toLocaleString('en')} px`,
      `${r.dropped} / ${r.frames} (${((100 * r.dropped) / r.frames).toFixed(0)}%)`,
      `${r.p95.toFixed(0)} / ${r.max.toFixed(0)} ms (budget ${r.frameBudget.toFixed(1)})`,
      `${r.maxRows} (mean ${r.meanRows.toFixed(0)})`,
      r.maxRows < 100 ? 'ok' : 'OVER ~100',
    ],
  ];
}
