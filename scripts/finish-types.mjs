// Finishes the declarations `tsc -p tsconfig.build.json` emits into dist/types, so they work
// under every module resolution a consumer may use (Node's ESM included, which needs full paths):
// - copies the generated API types (src/api/schema.d.ts), which tsc does not emit;
// - copies the testing kit's hand-maintained declarations (src/testing/public.d.ts) as its
//   entry's (tsconfig.build.json leaves src/testing/index.ts out: it would declare the mock);
// - gives every relative import specifier its file: `./x` -> `./x.js` or `./x/index.js`.
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const types = join(root, 'dist', 'types');

copyFileSync(join(root, 'src/api/schema.d.ts'), join(types, 'src/api/schema.d.ts'));
copyFileSync(join(root, 'src/testing/public.d.ts'), join(types, 'src/testing/index.d.ts'));

function* declarations(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* declarations(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}

// `from './x'`, `import './x'`, `import('./x')` (tsc emits the last in inferred types).
const specifier = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

let rewritten = 0;
for (const file of declarations(types)) {
  const source = readFileSync(file, 'utf8');
  const output = source.replace(specifier, (match, lead, quote, path) => {
    if (/\.(js|mjs|cjs|json)$/.test(path)) return match;
    const base = resolve(dirname(file), path);
    if (existsSync(`${base}.d.ts`)) return `${lead}${quote}${path}.js${quote}`;
    if (existsSync(join(base, 'index.d.ts'))) return `${lead}${quote}${path}/index.js${quote}`;
    throw new Error(`${file}: cannot resolve the declaration import '${path}'`);
  });
  if (output !== source) {
    writeFileSync(file, output);
    rewritten++;
  }
}
console.log(`dist/types: relative imports completed in ${rewritten} declaration files`);
