// Whether dist/cdn/ (the script-tag build that test/e2e/cdn.spec.ts loads) is there and newer
// than the library's sources. Run as a script, it builds the library when it is not, so
// `npm test` works in a fresh clone and CI (which builds first) does not build twice.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
export const cdnEntry = join(root, 'dist/cdn/dialstack-elements.js');

/** The newest modification time of the library's sources (tests and stories aside). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (
      /\.ts$/.test(entry.name) &&
      !/\.(test|test-support|stories|fixtures)\.ts$/.test(entry.name)
    )
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** 'missing', 'stale' or 'fresh'. */
export function cdnBuildState() {
  if (!existsSync(cdnEntry)) return 'missing';
  const sources = Math.max(newestSource(join(root, 'src')), newestSource(join(root, 'components')));
  return statSync(cdnEntry).mtimeMs < sources ? 'stale' : 'fresh';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const state = cdnBuildState();
  if (state !== 'fresh') {
    console.log(`dist/cdn/ is ${state}: npm run build (the e2e tests load the script-tag build)`);
    const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    process.exit(result.status ?? 1);
  }
}
