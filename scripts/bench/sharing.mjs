// Sharing: every built element on one page (one instance). Counts, from the server's log,
// the `/v1/events` connections (must be 1) and the requests per distinct method + URL (each
// must be 1), once every element shows rows, an empty state or an error and the server has
// been quiet for a second.
import { MOUNT_ATTRIBUTES } from './elements.mjs';
import { openPage } from './browser.mjs';

export async function runSharing(browser, server, elements, { log }) {
  server.setData({ calls: 50, voicemails: 20 });
  const p = await openPage(browser, server.origin, 'all');
  try {
    const mark = server.log.length;
    const built = elements.filter((e) => e.built);
    const unsettled = await p.page.evaluate(
      async ([specs]) => {
        const { rows, frame } = window.__bench;
        const shown = (el) => {
          if (rows(el).length) return true;
          const walk = (scope) =>
            scope.querySelector('[part~="empty"],[part~="error"]') ||
            [...scope.querySelectorAll('*')].some((e) => e.shadowRoot && walk(e.shadowRoot));
          return Boolean(el.shadowRoot && walk(el.shadowRoot));
        };
        const mounted = specs.map(({ tag, attributes }) => {
          const el = document.createElement(tag);
          for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
          document.body.appendChild(el);
          return el;
        });
        const start = performance.now();
        while (!mounted.every(shown) && performance.now() - start < 20_000) await frame();
        return mounted.filter((el) => !shown(el)).map((el) => el.localName);
      },
      [built.map((e) => ({ tag: e.tag, attributes: MOUNT_ATTRIBUTES[e.name] ?? {} }))],
    );
    // Then settled: one quiet second on the server, 15 s at most.
    const started = Date.now();
    let last = server.log.length;
    let quietSince = Date.now();
    while (Date.now() - started < 15_000) {
      await new Promise((r) => setTimeout(r, 100));
      if (server.log.length !== last) {
        last = server.log.length;
        quietSince = Date.now();
      } else if (Date.now() - quietSince > 1000) break;
    }
    const api = server.since(mark).filter((e) => !e.url.startsWith('/assets/'));
    const sse = api.filter((e) => e.sse).length;
    const counts = new Map();
    for (const e of api.filter((e) => !e.sse)) {
      const key = `${e.method} ${e.url}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const duplicates = [...counts].filter(([, n]) => n > 1).map(([url, n]) => ({ url, n }));
    const result = {
      elements: built.map((e) => e.name),
      unsettled,
      notBuilt: elements.filter((e) => !e.built).map((e) => e.name),
      sseConnections: sse,
      openStreams: server.openStreams(),
      requests: api.length - sse,
      distinctUrls: counts.size,
      duplicates,
      perUrl: Object.fromEntries(counts),
    };
    if (p.errors.length) result.pageErrors = p.errors;
    log(`  sharing: ${sse} SSE, ${result.requests} requests, ${duplicates.length} duplicated URLs`);
    return result;
  } finally {
    await p.close();
  }
}

export function formatSharing(r) {
  return [
    [
      `SSE connections (${r.elements.length} elements)`,
      String(r.sseConnections),
      '1',
      r.sseConnections === 1 ? 'ok' : 'FAIL',
    ],
    [
      `requests per distinct URL (${r.requests} requests, ${r.distinctUrls} URLs)`,
      r.duplicates.length ? r.duplicates.map((d) => `${d.url} x${d.n}`).join('; ') : 'all 1',
      '1',
      r.duplicates.length ? 'FAIL' : 'ok',
    ],
    ...(r.notBuilt.length ? [[`not built yet: ${r.notBuilt.join(', ')}`, '', '', '']] : []),
  ];
}
