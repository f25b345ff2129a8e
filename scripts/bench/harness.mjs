// The bench page: an inline script (before the library loads) that wraps fetch to time the
// element's requests and, with ?instrument, tracks pending timers and window/document
// listeners; then the bundle for ?entry=<name> (core + that element, built by esbuild from
// dist/ like a user's app). `window.__bench` is what the sections drive.
function pageScript() {
  const api = [];
  const realFetch = window.fetch;
  window.fetch = function (input, init) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const record = { url, t: performance.now(), end: undefined };
    api.push(record);
    const promise = realFetch.call(this, input, init);
    promise.then(
      () => (record.headers = performance.now()),
      () => (record.failed = true),
    );
    return promise;
  };

  const instrument = new URLSearchParams(location.search).has('instrument');
  const timers = new Set();
  const listeners = { window: new Set(), document: new Set() };
  if (instrument) {
    const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
    window.setTimeout = function (fn, ...rest) {
      const id = st.call(
        window,
        function (...args) {
          timers.delete(`t${id}`);
          return typeof fn === 'function' ? fn.apply(this, args) : undefined;
        },
        ...rest,
      );
      timers.add(`t${id}`);
      return id;
    };
    window.clearTimeout = (id) => (timers.delete(`t${id}`), ct.call(window, id));
    window.setInterval = function (...args) {
      const id = si.apply(window, args);
      timers.add(`i${id}`);
      return id;
    };
    window.clearInterval = (id) => (timers.delete(`i${id}`), ci.call(window, id));
    for (const [name, target] of [
      ['window', window],
      ['document', document],
    ]) {
      const set = listeners[name];
      const add = target.addEventListener;
      const remove = target.removeEventListener;
      const key = (type, fn, opts) =>
        `${type}|${typeof opts === 'boolean' ? opts : Boolean(opts?.capture)}`;
      const ids = new WeakMap();
      let next = 0;
      const idOf = (fn) => {
        if (!fn || (typeof fn !== 'function' && typeof fn !== 'object')) return 'x';
        if (!ids.has(fn)) ids.set(fn, ++next);
        return ids.get(fn);
      };
      target.addEventListener = function (type, fn, opts) {
        if (fn) set.add(`${key(type, fn, opts)}|${idOf(fn)}`);
        if (opts?.signal)
          opts.signal.addEventListener('abort', () =>
            set.delete(`${key(type, fn, opts)}|${idOf(fn)}`),
          );
        return add.call(this, type, fn, opts);
      };
      target.removeEventListener = function (type, fn, opts) {
        set.delete(`${key(type, fn, opts)}|${idOf(fn)}`);
        return remove.call(this, type, fn, opts);
      };
    }
  }

  // Profiling only: a 2 ms spin whose samples locate the insertion on the profile's clock.
  function __benchInsertionMarker() {
    const end = performance.now() + 2;
    while (performance.now() < end);
  }
  window.__benchInsertionMarker = __benchInsertionMarker;

  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  /** Resolves after the current frame has been rendered (rAF, then a task after it). */
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );

  /** Every node under `root`, shadow roots included. */
  function countNodes(root) {
    let nodes = 0;
    let elements = 0;
    const walk = (node) => {
      nodes++;
      if (node.nodeType === 1) elements++;
      if (node.shadowRoot) walk(node.shadowRoot);
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    };
    walk(root);
    return { nodes, elements };
  }

  /** `[part~=row]` under `root`, shadow roots included. */
  function rows(root) {
    const found = [];
    const walk = (scope) => {
      for (const el of scope.querySelectorAll('[part~="row"]')) found.push(el);
      for (const el of scope.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    if (root.shadowRoot) walk(root.shadowRoot);
    return found;
  }

  /** Rows laid out on screen (height > 0, top inside the viewport). */
  const visibleRows = (root) =>
    rows(root).filter((row) => {
      const r = row.getBoundingClientRect();
      return (
        r.height > 0 &&
        r.bottom > 0 &&
        r.top < innerHeight &&
        getComputedStyle(row).visibility !== 'hidden'
      );
    });

  let longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: the list stays empty
  }

  let secret;
  window.__bench = {
    api,
    timers,
    listeners,
    countNodes,
    rows,
    frame,
    afterPaint,
    async init() {
      await window.__benchLoaded;
      let resolveSecret;
      secret = new Promise((r) => (resolveSecret = r));
      const instance = await window.__dialstack.loadDialstackAndInitialize({
        apiUrl: location.origin,
        fetchClientSecret: async () => {
          const response = await fetch('/api/dialstack-session', { method: 'POST' });
          const { client_secret } = await response.json();
          resolveSecret();
          return client_secret;
        },
      });
      window.__instance = instance;
      await secret;
      // Let the page settle: two frames and an idle period.
      await frame();
      await frame();
      await new Promise((r) => requestIdleCallback(r, { timeout: 500 }));
      return true;
    },
    /**
     * Appends <tag> and waits until `expected` rows are laid out on screen. Detection: on every
     * animation frame (before that frame's style/layout/paint) the shadow DOM is checked; the
     * frame that first holds the rows is the one that paints them, and "painted" is taken in a
     * task posted from that rAF callback, which runs once the frame is rendered.
     */
    async mount(tag, attributes, expected, listPath, { timeout = 20_000 } = {}) {
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries(attributes ?? {})) el.setAttribute(k, v);
      longTasks = longTasks.filter(() => false);
      const apiBefore = api.length;
      if (window.__benchMarker) window.__benchInsertionMarker();
      const t0 = performance.now();
      document.body.appendChild(el);
      const painted = await new Promise((resolve, reject) => {
        const check = () => {
          if (performance.now() - t0 > timeout)
            return reject(new Error(`${tag}: no ${expected} rows after ${timeout} ms`));
          if (visibleRows(el).length >= expected) {
            const seen = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve({ seen, painted: performance.now() });
            channel.port2.postMessage(0);
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      const calls = api.slice(apiBefore).map((r) => ({
        ...r,
        url: new URL(r.url, location.href).pathname + new URL(r.url, location.href).search,
        t: r.t - t0,
        headers: r.headers - t0,
      }));
      const list = api
        .slice(apiBefore)
        .find((r) => new URL(r.url, location.href).pathname === listPath);
      const resource =
        list &&
        performance
          .getEntriesByType('resource')
          .find((e) => e.name === new URL(list.url, location.href).href && e.startTime >= t0 - 1);
      return {
        total: painted.painted - t0,
        seen: painted.seen - t0,
        requestSent: list ? list.t - t0 : null,
        resourceStart: resource ? resource.startTime - t0 : null,
        responseStart: resource ? resource.responseStart - t0 : null,
        responseEnd: resource ? resource.responseEnd - t0 : null,
        server: resource ? resource.responseStart - resource.requestStart : null,
        ...countNodes(el),
        rows: rows(el).length,
        longTasks: longTasks
          .filter((t) => t.start >= t0 - 50)
          .map((t) => ({ start: t.start - t0, duration: t.duration })),
        requests: calls,
      };
    },
  };
}

export function harness(params) {
  const entry = (params.get('entry') ?? 'all').replace(/[^a-z0-9-]/g, '');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench</title>
<style>body{margin:0;font:14px system-ui}</style>
<script>(${pageScript})();
window.__benchLoaded = new Promise((r) => (window.__benchLoadedResolve = r));</script>
<script type="module">import * as m from '/assets/bench-entry_${entry}.js'; window.__dialstack = m; window.__benchLoadedResolve();</script>
</head><body></body></html>`;
}

/** The bundle entries the pages load: core + one element each, and `all`. */
export function pageEntries(elements) {
  const core = `export { loadDialstackAndInitialize } from '@dialstack/elements';\n`;
  const entries = {};
  for (const { name } of elements) entries[name] = core + `import '@dialstack/elements/${name}';\n`;
  entries.all =
    core + elements.map(({ name }) => `import '@dialstack/elements/${name}';\n`).join('');
  return entries;
}
