// Type-checks test/types/consumer.ts, a strict TypeScript host app, against the PACKED
// package's declarations, the way a user's project sees them: `npm pack`, unpack into a
// node_modules/@dialstack/elements of a scratch project, resolve through its `exports` map.
// Run after `npm run build`. Dependencies (lit, …) resolve from this repository's node_modules:
// the scratch project lives under .cache/, inside the repository.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
mkdirSync(join(root, '.cache'), { recursive: true });
const work = mkdtempSync(join(root, '.cache', 'check-types-'));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

// Each module resolution a consumer may use: bundlers (Vite, webpack, esbuild) and Node's ESM.
const resolutions = [
  { module: 'ESNext', moduleResolution: 'Bundler' },
  { module: 'NodeNext', moduleResolution: 'NodeNext' },
];

let failed = false;
try {
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const pkg = join(work, 'node_modules', '@dialstack', 'elements');
  mkdirSync(pkg, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, filename), '-C', pkg, '--strip-components=1']);
  // consumer.ts (the core API) and frameworks.tsx (React wrappers, JSX, Vue and Svelte typings)
  // are browser apps; testing.ts (the testing kit) is QA code, run by Node and Playwright.
  const files = readdirSync(join(root, 'test', 'types')).filter((f) => /\.tsx?$/.test(f));
  for (const file of files) copyFileSync(join(root, 'test', 'types', file), join(work, file));
  const projects = [
    { name: 'app', files: files.filter((f) => !f.startsWith('testing')), node: false },
    { name: 'qa', files: files.filter((f) => f.startsWith('testing')), node: true },
  ];
  // The scratch project is an ES module package, as a modern app is.
  writeFileSync(join(work, 'package.json'), JSON.stringify({ type: 'module', private: true }));

  for (const { module, moduleResolution } of resolutions) {
    for (const project of projects) {
      const config = `tsconfig.${project.name}.${moduleResolution.toLowerCase()}.json`;
      writeFileSync(
        join(work, config),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module,
            moduleResolution,
            // QA code: Node's types and the newest lib, as a Playwright project has.
            lib: project.node
              ? ['ESNext', 'DOM', 'DOM.Iterable']
              : ['ES2023', 'DOM', 'DOM.Iterable'],
            jsx: 'react-jsx',
            strict: true,
            noEmit: true,
            // The package's own declarations are checked too: a broken .d.ts fails here.
            skipLibCheck: false,
            types: project.node ? ['node'] : [],
          },
          files: project.files,
        }),
      );
      const what = `test/types ${project.name} consumers (${project.files.join(', ')})`;
      try {
        execFileSync(process.execPath, [tsc, '-p', config], { cwd: work, stdio: 'inherit' });
        console.log(`packed types: ${what} type-check (${moduleResolution} resolution)`);
      } catch {
        console.error(`packed types: ${what} fail to type-check (${moduleResolution} resolution)`);
        failed = true;
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed) process.exit(1);
