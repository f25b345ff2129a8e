// Fails when `npm pack` would ship anything but the library: every packed file must match the
// allow-list, and nothing from the demo, the mock API, stories or tests may be in it — not as a
// file, not as a chunk, not as a source inside a source map, not as a module of the manifest.
// Also checks that `exports` and `sideEffects` cover exactly the element entries.
// Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');

const allowed = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE(\.md|\.txt)?$/,
  /^custom-elements\.json$/,
  /^dist\/[\w.-]+\.js(\.map)?$/,
  /^dist\/types\/(src|components)\/[\w./-]+\.d\.ts$/,
  // The build for a plain <script type="module"> tag: its file and the chunks it loads lazily.
  /^dist\/cdn\/(chunks\/)?[\w.-]+\.js(\.map)?$/,
  // The licence notices of the third-party code each build bundles (scripts/build/third-party-licenses.ts).
  /^dist\/(cdn\/)?THIRD_PARTY_LICENSES\.md$/,
];
/** Development-only code, by path (a packed file, a map's source, a manifest module). */
const devOnly =
  /(^|\/)(dev|test|tests|stories|\.storybook|public|mock-api|e2e)\/|\.(test|spec|stories)\.|mockServiceWorker|(^|[/.-])(mock|msw|demo|fixtures?)([/.-]|$)/i;

/**
 * The testing kit (`@dialstack/elements/testing`) is the one entry that ships the mock API, on
 * purpose: its map may list dev/mock-api sources (and only those, no tests or stories).
 */
const testingKitMap = 'dist/testing.js.map';
const mockApiSource = /(^|\/)dev\/mock-api\/(?![\w/.-]*\.(test|spec|stories)\.)[\w/.-]+$/;
/** The non-element entries and their subpath exports. */
const extraEntries = {
  api: './api',
  react: './react',
  jsx: './jsx',
  vue: './vue',
  svelte: './svelte',
  testing: './testing',
  'testing-playwright': './testing/playwright',
};

const problems = [];

const [{ files }] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
);
const paths = files.map((file) => file.path).sort();

for (const path of paths) {
  if (!allowed.some((pattern) => pattern.test(path)))
    problems.push(`not on the allow-list: ${path}`);
  else if (devOnly.test(path)) problems.push(`development-only file: ${path}`);
  if (path.endsWith('.js.map')) {
    const { sources = [] } = JSON.parse(readFileSync(join(root, path), 'utf8'));
    for (const source of sources) {
      if (path === testingKitMap && mockApiSource.test(source)) continue;
      if (devOnly.test(source)) problems.push(`${path} maps development-only source ${source}`);
    }
  }
}

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
for (const module of manifest.modules ?? []) {
  if (devOnly.test(module.path)) problems.push(`custom-elements.json documents ${module.path}`);
  for (const declaration of module.declarations ?? []) {
    const where = `custom-elements.json: ${declaration.name}`;
    for (const member of declaration.members ?? []) {
      if (/^(private|protected)$/.test(member.privacy ?? '') || /^[#_]/.test(member.name)) {
        problems.push(`${where} documents the non-public member ${member.name}`);
      }
    }
    for (const event of declaration.events ?? []) {
      if (!event.type?.text) problems.push(`${where}: @fires ${event.name} has no detail type`);
    }
  }
}

// One entry, one subpath export and one side-effect file per element (components/<name>/define.ts).
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const elements = readdirSync(join(root, 'components'))
  .filter((name) => existsSync(join(root, 'components', name, 'define.ts')))
  .sort();
for (const name of ['index', ...elements]) {
  if (!paths.includes(`dist/${name}.js`)) problems.push(`entry dist/${name}.js is not packed`);
}
for (const name of elements) {
  const entry = pkg.exports?.[`./${name}`];
  if (entry?.import !== `./dist/${name}.js`) problems.push(`exports["./${name}"] is missing`);
  else if (!paths.includes(entry.types.replace(/^\.\//, ''))) {
    problems.push(`exports["./${name}"].types is not packed: ${entry.types}`);
  }
}
for (const [name, subpath] of Object.entries(extraEntries)) {
  const entry = pkg.exports?.[subpath];
  if (entry?.import !== `./dist/${name}.js`) problems.push(`exports["${subpath}"] is missing`);
  else if (!paths.includes(entry.import.slice(2))) problems.push(`${entry.import} is not packed`);
  else if (!paths.includes(entry.types.replace(/^\.\//, ''))) {
    problems.push(`exports["${subpath}"].types is not packed: ${entry.types}`);
  }
}
// Every element is in the manifest under its tag (IDEs and Storybook read it): a class whose
// JSDoc (with `@tagname`) is not right above it loses its tag, events and parts there.
const documentedTags = new Set(
  manifest.modules.flatMap((module) => (module.declarations ?? []).map((d) => d.tagName)),
);
for (const name of elements) {
  const tag = /export const tagName = '([\w-]+)'/.exec(
    readFileSync(join(root, 'components', name, 'define.ts'), 'utf8'),
  )?.[1];
  if (!tag || !documentedTags.has(tag))
    problems.push(`custom-elements.json has no element <${tag ?? name}> (its class JSDoc?)`);
}

// The script-tag build: its file is packed, and every module it imports (statically or lazily,
// by a relative specifier that resolves against its own URL) is packed beside it. esbuild walks
// the import graph (a parser, not a regular expression: the code has strings like `from"`).
const cdnEntry = 'dist/cdn/dialstack-elements.js';
if (!paths.includes(cdnEntry)) problems.push(`${cdnEntry} is not packed (npm run build)`);
else {
  await build({
    entryPoints: [join(root, cdnEntry)],
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    outdir: join(root, '.cache', 'check-pack-cdn'),
    logLevel: 'silent',
    plugins: [
      {
        name: 'packed-beside-the-entry',
        setup(esbuild) {
          esbuild.onResolve({ filter: /.*/ }, ({ path, kind, importer, resolveDir }) => {
            if (kind === 'entry-point') return undefined;
            const from = relative(root, importer);
            const target = relative(root, resolve(resolveDir, path));
            if (!/^\.\.?\//.test(path))
              problems.push(`${from} imports ${path}: the script-tag build must be self-contained`);
            else if (!paths.includes(target)) problems.push(`${from} imports ${path}, not packed`);
            else return undefined;
            return { path, external: true };
          });
        },
      },
    ],
  });
}
// Only the testing kit may contain the mock: no other packed file imports it.
for (const path of paths.filter((file) => file.endsWith('.js') && file !== 'dist/testing.js')) {
  if (/from\s*["']\.\/testing\.js["']/.test(readFileSync(join(root, path), 'utf8')))
    problems.push(`${path} imports the testing kit`);
}
const shippedSideEffects = pkg.sideEffects.filter((file) => file.startsWith('./dist/')).sort();
// The element entries, and the chunks that register the elements' inner tags (vite.config.ts
// names every chunk holding a define module `*.define-<hash>.js`).
const expectedSideEffects = [
  ...elements.map((name) => `./dist/${name}.js`),
  './dist/*.define-*.js',
].sort();
if (JSON.stringify(shippedSideEffects) !== JSON.stringify(expectedSideEffects)) {
  problems.push(
    `sideEffects lists ${JSON.stringify(shippedSideEffects)} in dist/; the files that register ` +
      `tags are ${JSON.stringify(expectedSideEffects)}`,
  );
}

// Every define module (components/<name>/define.ts, components/<name>/*.define.ts) still
// registers its tag in the library and in the script-tag build: in a packed file whose source
// map lists it and which names the tag (a bundler that thinks a module side-effect free drops
// the call, and the module with it). In dist/, that file must be one package.json's
// `sideEffects` keeps in a user's bundle.
const defineModule = /(^|\/)components\/[^/]+\/([^/]+\.)?define\.ts$/;
const glob = (pattern) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
const keptBySideEffects = pkg.sideEffects.map(glob);
const defineSources = elements.flatMap((name) =>
  readdirSync(join(root, 'components', name))
    .filter((file) => file === 'define.ts' || file.endsWith('.define.ts'))
    .map((file) => `components/${name}/${file}`),
);
for (const build of ['dist', 'dist/cdn']) {
  const files = paths.filter((file) =>
    build === 'dist' ? /^dist\/[^/]+\.js$/.test(file) : /^dist\/cdn\/.+\.js$/.test(file),
  );
  const registered = new Set();
  for (const path of files.filter((file) => paths.includes(`${file}.map`))) {
    const map = JSON.parse(readFileSync(join(root, `${path}.map`), 'utf8'));
    const code = readFileSync(join(root, path), 'utf8');
    for (const source of map.sources ?? []) {
      if (!defineModule.test(source)) continue;
      const module = relative(root, resolve(root, dirname(path), map.sourceRoot ?? '', source));
      const text = readFileSync(join(root, module), 'utf8');
      const tag = /(?:defineElement\(\s*|tagName = )'(dialstack-[\w-]+)'/.exec(text)?.[1];
      if (!tag || !['"', "'", '`'].some((quote) => code.includes(`${quote}${tag}${quote}`)))
        continue;
      registered.add(module);
      if (build === 'dist' && !keptBySideEffects.some((re) => re.test(`./${path}`)))
        problems.push(`${path} registers <${tag}>; package.json sideEffects does not keep it`);
    }
  }
  for (const module of defineSources.filter((source) => !registered.has(source)))
    problems.push(`no file in ${build}/ registers ${module}'s tag (dropped as side-effect free?)`);
}

// Every npm package whose code a packed file bundles (a node_modules source of its map) has its
// licence notice in the THIRD_PARTY_LICENSES.md of that build's folder (the minifier drops the
// packages' own comments).
for (const build of ['dist', 'dist/cdn']) {
  const maps = paths.filter((file) =>
    build === 'dist' ? /^dist\/[^/]+\.js\.map$/.test(file) : /^dist\/cdn\/.+\.js\.map$/.test(file),
  );
  const bundled = new Map();
  for (const path of maps) {
    const map = JSON.parse(readFileSync(join(root, path), 'utf8'));
    for (const source of map.sources ?? []) {
      const file = resolve(root, dirname(path), map.sourceRoot ?? '', source).replace(/\\/g, '/');
      const name = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*\/node_modules\/)/.exec(file)?.[1];
      if (name && !bundled.has(name)) bundled.set(name, path);
    }
  }
  if (!bundled.size) continue;
  const notices = `${build}/THIRD_PARTY_LICENSES.md`;
  if (!paths.includes(notices)) {
    problems.push(`${build}/ bundles ${[...bundled.keys()].join(', ')}; ${notices} is not packed`);
    continue;
  }
  const text = readFileSync(join(root, notices), 'utf8');
  for (const [name, path] of bundled) {
    const section = text.split(/^## (?=\S+@\d)/m).find((part) => part.startsWith(`${name}@`));
    // A heading and a licence text under it (more than its code fence).
    if (
      !section ||
      section
        .replace(/^.*\n/, '')
        .replace(/```(text)?/g, '')
        .trim().length < 20
    )
      problems.push(`${path} bundles ${name}, whose licence is not in ${notices}`);
  }
}

if (problems.length) {
  console.error(`npm pack contents: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`npm pack contents: ${paths.length} files, all on the allow-list, no development code`);
