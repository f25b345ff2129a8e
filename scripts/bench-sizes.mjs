// Gzipped JS a page downloads up front for each public entry (its dependencies included,
// lazily imported chunks excluded and reported apart), against DESIGN.md §6.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const KB = 1024;
const root = process.cwd();
const elements = readdirSync('components').filter((name) =>
  existsSync(`components/${name}/define.ts`),
);

/** Bundles `contents` with code splitting; returns initial and lazy gzipped bytes. */
async function measureEntry(contents) {
  const work = mkdtempSync(join(tmpdir(), 'dialstack-bench-'));
  try {
    const entry = join(work, 'entry.ts');
    writeFileSync(entry, contents.replaceAll('./', `${root}/`));
    const outdir = join(work, 'out');
    const { metafile } = await build({
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      outdir,
      metafile: true,
      legalComments: 'none',
      tsconfig: resolve(root, 'tsconfig.json'),
      logLevel: 'error',
    });
    const outputs = metafile.outputs;
    const key = (path) => relative(process.cwd(), path);
    // Lazily imported modules are entry points too: find ours by its source file.
    const entryOut = Object.keys(outputs).find((path) =>
      outputs[path].entryPoint?.endsWith('entry.ts'),
    );
    const initial = new Set();
    const visit = (path) => {
      if (initial.has(path)) return;
      initial.add(path);
      for (const dep of outputs[path].imports) if (dep.kind === 'import-statement') visit(dep.path);
    };
    visit(entryOut);
    const gz = (path) =>
      gzipSync(readFileSync(resolve(process.cwd(), key(path))), { level: 9 }).length;
    let initialBytes = 0;
    let lazyBytes = 0;
    for (const path of Object.keys(outputs)) {
      if (!path.endsWith('.js')) continue;
      if (initial.has(path)) initialBytes += gz(path);
      else lazyBytes += gz(path);
    }
    return { initialBytes, lazyBytes };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const rows = [];
const measure = async (label, contents, budget) =>
  rows.push({ label, budget, ...(await measureEntry(contents)) });

await measure(
  'runtime core (loadDialstackAndInitialize)',
  `export { loadDialstackAndInitialize } from './src/index.ts';`,
  12 * KB,
);
for (const name of elements) {
  await measure(
    `<dialstack-${name}> with its share of Lit`,
    `import './components/${name}/define.ts';`,
    name === 'dial-plan' ? undefined : 30 * KB,
  );
}
const allButDialPlan = elements.filter((name) => name !== 'dial-plan');
await measure(
  `core + ${allButDialPlan.length} elements (all but the dial plan)`,
  `export { loadDialstackAndInitialize } from './src/index.ts';\n` +
    allButDialPlan.map((name) => `import './components/${name}/define.ts';`).join('\n'),
  90 * KB,
);

const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`.padStart(8);
let over = 0;
console.log('Gzipped JS, minified, dependencies included (initial = loaded up front)');
for (const { label, budget, initialBytes, lazyBytes } of rows) {
  const isOver = budget !== undefined && initialBytes > budget;
  if (isOver) over++;
  const limit = budget === undefined ? 'no budget' : `budget ${(budget / KB).toFixed(0)} kB`;
  console.log(
    `  ${label.padEnd(52)} initial ${kb(initialBytes)}  lazy ${kb(lazyBytes)}  (${limit})${isOver ? '  OVER BUDGET' : budget ? '  ok' : ''}`,
  );
}
console.log(over ? `${over} over budget.` : 'All within budget.');
