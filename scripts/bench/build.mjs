// Builds the library once (vite build -> bench/dist/, its own copy of dist/: the bench never
// empties the dist/ that tests and the package use) and bundles entries against it the way a
// user's bundler does: `@dialstack/elements[/<element>]` resolves through package.json `exports`
// to the built, minified-by-the-user dist files (`./dist/x.js` -> `bench/dist/x.js`), and their
// dependencies (Lit, libphonenumber-js...) come from node_modules.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

let builtDir;

/** Measure an existing build instead (`--dist=dist`: CI measures the dist/ it packs). */
export function useBuild(dir) {
  builtDir = dir;
}

/** Where the bench builds the library: the same `vite build`, another output directory. */
export const benchDist = (root) => builtDir ?? join(root, 'bench/dist');

export function buildLibrary(root) {
  const started = Date.now();
  execFileSync(
    join(root, 'node_modules/.bin/vite'),
    ['build', '--logLevel', 'warn', '--outDir', benchDist(root), '--emptyOutDir'],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return Date.now() - started;
}

/** esbuild plugin: `@dialstack/elements` and its subpaths -> dist files, as a package consumer sees them. */
export function dialstackPackage(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return {
    name: 'dialstack-package',
    setup(b) {
      b.onResolve({ filter: /^@dialstack\/elements(\/.*)?$/ }, (args) => {
        const sub = args.path.slice('@dialstack/elements'.length);
        const key = sub ? `.${sub}` : '.';
        const target = pkg.exports?.[key]?.import ?? (sub ? `./dist${sub}.js` : './dist/index.js');
        const path = resolve(benchDist(root), target.replace(/^\.\/dist\//, ''));
        if (!existsSync(path))
          return { errors: [{ text: `${args.path}: ${target} is not built` }] };
        return { path };
      });
    },
  };
}

/** Whether package.json exports a subpath for the element (a new element may not yet). */
export function isExported(root, name) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return Boolean(pkg.exports?.[`./${name}`]);
}

/** Bundles `entries` ({ name: source }) with splitting and minification; returns the metafile. */
export async function bundle(root, entries, outdir, { sourcemap = false } = {}) {
  const stdin = Object.entries(entries).map(([name, contents]) => ({ name, contents }));
  // esbuild takes one stdin; several entries go through a virtual namespace instead.
  const { metafile } = await build({
    entryPoints: stdin.map((e) => `bench-entry:${e.name}`),
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    sourcemap,
    legalComments: 'none',
    absWorkingDir: root,
    logLevel: 'error',
    plugins: [
      dialstackPackage(root),
      {
        name: 'bench-entries',
        setup(b) {
          b.onResolve({ filter: /^bench-entry:/ }, (args) => ({
            path: args.path.slice('bench-entry:'.length),
            namespace: 'bench-entry',
          }));
          b.onLoad({ filter: /.*/, namespace: 'bench-entry' }, (args) => ({
            contents: entries[args.path],
            resolveDir: root,
            loader: 'js',
          }));
        },
      },
    ],
  });
  return metafile;
}
