// Gzipped bundle sizes of each public entry, with its dependencies, against DESIGN.md §6.
import { existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const KB = 1024;
const elements = readdirSync('components').filter((name) =>
  existsSync(`components/${name}/define.ts`),
);

async function gzippedSize(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    tsconfig: 'tsconfig.json',
    logLevel: 'error',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

const rows = [];
const measure = async (label, contents, budget) => {
  const size = await gzippedSize(contents);
  rows.push({ label, size, budget });
};

await measure(
  'runtime core (loadDialstackAndInitialize)',
  `export { loadDialstackAndInitialize } from './src/index.ts';`,
  12 * KB,
);
for (const name of elements) {
  const budget = name === 'dial-plan' ? undefined : 30 * KB;
  await measure(`<dialstack-${name}> with its share of Lit`, `import './components/${name}/define.ts';`, budget);
}
const allButDialPlan = elements.filter((name) => name !== 'dial-plan');
await measure(
  `core + ${allButDialPlan.length} elements (all but the dial plan)`,
  `export { loadDialstackAndInitialize } from './src/index.ts';\n` +
    allButDialPlan.map((name) => `import './components/${name}/define.ts';`).join('\n'),
  90 * KB,
);

let failed = 0;
console.log('Gzipped JS (minified, dependencies included)');
for (const { label, size, budget } of rows) {
  const over = budget !== undefined && size > budget;
  if (over) failed++;
  const verdict = budget === undefined ? '' : over ? '  OVER BUDGET' : '  ok';
  const limit = budget === undefined ? 'lazy parts' : `budget ${(budget / KB).toFixed(0)} kB`;
  console.log(`  ${label.padEnd(58)} ${(size / KB).toFixed(1).padStart(6)} kB  (${limit})${verdict}`);
}
if (failed) console.log(`${failed} entr${failed === 1 ? 'y is' : 'ies are'} over budget.`);
