// Size: gzipped JS as a user's bundler ships it up front. Each row is its own esbuild build
// (`--bundle --splitting --minify --format=esm`) of a tiny entry importing the published
// subpaths, resolved to the built dist/ through package.json `exports`; "initial" is the entry
// plus every chunk it imports statically (each gzipped on its own), "lazy" every other chunk.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundle, isExported } from './build.mjs';

const KB = 1024;
const LIST_ELEMENTS = new Set(['call-logs', 'call-history', 'voicemails', 'phone-numbers']);
const CORE = `export { loadDialstackAndInitialize } from '@dialstack/elements';\n`;
const use = (name) => `import '@dialstack/elements/${name}';\n`;

/** A bundle input as a stable name: its path in node_modules, or the dist file without its hash. */
const moduleName = (input) =>
  input.match(/node_modules\/(.*)$/)?.[1] ??
  input.replace(/^.*?dist\//, 'dist/').replace(/-[\w-]{8}\.js$/, '.js');

/**
 * The dial plan's own code up front: the initial chunks of `core + dial plan` holding a module
 * that neither core nor the other elements ship up front — the dial plan's modules and what only
 * it depends on (@xyflow/system and its d3 modules) —, i.e. everything up front except what
 * core, the shared base (DialstackElement, theme, i18n, ui kit) and Lit contribute. A chunk
 * mixing both would count whole (none does today; `mixed` lists them).
 */
function ownCode(dialPlan, others) {
  // (Not their lazy chunks: core's element loaders import every element, the dial plan too.)
  const shared = new Set(others.chunks.filter((c) => c.initial).flatMap((c) => c.inputs));
  const own = dialPlan.chunks.filter(
    (c) =>
      c.initial && c.inputs.some((input) => !shared.has(input) && !input.startsWith('bench-entry')),
  );
  return {
    initial: own.reduce((n, c) => n + c.gzip, 0),
    lazy: undefined,
    ownChunks: own.map((c) => ({ file: c.file, gzip: c.gzip, inputs: c.inputs })),
    mixed: own.filter((c) => c.inputs.some((input) => shared.has(input))).map((c) => c.file),
  };
}

async function measure(root, contents) {
  const work = mkdtempSync(join(tmpdir(), 'dialstack-bench-size-'));
  try {
    const metafile = await bundle(root, { entry: contents }, join(work, 'out'));
    const outputs = metafile.outputs;
    const entry = Object.keys(outputs).find((p) => outputs[p].entryPoint?.endsWith('entry'));
    const initial = new Set();
    const visit = (p) => {
      if (initial.has(p)) return;
      initial.add(p);
      for (const dep of outputs[p].imports) if (dep.kind === 'import-statement') visit(dep.path);
    };
    visit(entry);
    const chunks = [];
    const contributors = new Map();
    for (const [p, out] of Object.entries(outputs)) {
      if (!p.endsWith('.js')) continue;
      const bytes = readFileSync(join(root, p));
      const isInitial = initial.has(p);
      chunks.push({
        file: relative(work, join(root, p)),
        initial: isInitial,
        minified: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        inputs: [...new Set(Object.keys(out.inputs).map(moduleName))],
      });
      if (!isInitial) continue;
      for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
        const key =
          input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ??
          input.replace(/^.*?dist\//, 'dist/');
        contributors.set(key, (contributors.get(key) ?? 0) + bytesInOutput);
      }
    }
    const sum = (list) => list.reduce((n, c) => n + c.gzip, 0);
    return {
      initial: sum(chunks.filter((c) => c.initial)),
      lazy: sum(chunks.filter((c) => !c.initial)),
      initialMinified: chunks.filter((c) => c.initial).reduce((n, c) => n + c.minified, 0),
      chunks,
      topInitialInputs: [...contributors]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .map(([input, minified]) => ({ input, minified })),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function runSize(root, elements, log) {
  const rows = [];
  const row = (label, budget, result) => rows.push({ label, budgetKB: budget, ...result });
  row('core (root entry)', 12, await measure(root, CORE));
  for (const { name, built } of elements) {
    if (name === 'dial-plan') continue;
    const budget = LIST_ELEMENTS.has(name) ? 30 : null;
    if (!built) {
      row(`core + ${name}`, budget, { notBuilt: true });
      continue;
    }
    row(`core + ${name}`, budget, {
      ...(await measure(root, CORE + use(name))),
      ...(isExported(root, name) ? {} : { note: 'no package.json export; measured dist file' }),
    });
    log(`  size: ${name}`);
  }
  const rest = elements.filter((e) => e.name !== 'dial-plan' && e.built);
  const missing = elements.filter((e) => e.name !== 'dial-plan' && !e.built).map((e) => e.name);
  const others = await measure(root, CORE + rest.map((e) => use(e.name)).join(''));
  row(`core + all but the dial plan (${rest.length} elements)`, 90, {
    ...others,
    ...(missing.length ? { note: `not built yet: ${missing.join(', ')}` } : {}),
  });
  const dialPlan = elements.find((e) => e.name === 'dial-plan');
  if (dialPlan?.built) {
    const r = await measure(root, CORE + use('dial-plan'));
    row('core + dial plan, up front (without lazy parts)', null, r);
    const own = ownCode(r, others);
    row("dial plan's own code up front (no core/base/Lit)", 40, {
      ...own,
      ...(own.mixed.length ? { note: `mixed chunks counted whole: ${own.mixed.join(', ')}` } : {}),
    });
    row('core + dial plan, with its lazy parts', null, {
      ...r,
      initial: r.initial + r.lazy,
      lazy: 0,
    });
  } else {
    row('core + dial plan, up front (without lazy parts)', null, { notBuilt: true });
    row("dial plan's own code up front (no core/base/Lit)", 40, { notBuilt: true });
    row('core + dial plan, with its lazy parts', null, { notBuilt: true });
  }
  for (const r of rows) {
    if (r.notBuilt || r.budgetKB == null) r.verdict = r.notBuilt ? 'not built yet' : 'no budget';
    else
      r.verdict =
        r.initial <= r.budgetKB * KB
          ? 'ok'
          : `OVER by ${((r.initial - r.budgetKB * KB) / KB).toFixed(1)} kB`;
  }
  return rows;
}

export function formatSize(rows) {
  const kb = (b) => (b === undefined ? '' : `${(b / KB).toFixed(1)} kB`);
  return rows.map((r) => [
    r.label,
    r.notBuilt ? 'not built yet' : kb(r.initial),
    r.notBuilt ? '' : kb(r.lazy),
    r.budgetKB == null ? '—' : `${r.budgetKB} kB`,
    r.notBuilt ? '' : r.verdict + (r.note ? ` (${r.note})` : ''),
  ]);
}
