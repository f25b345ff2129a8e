/**
 * Vite/Rolldown plugin: writes `THIRD_PARTY_LICENSES.md` beside the build's files, with the
 * licence text of every npm package whose code the build bundles (rather than imports): in
 * dist/, the dial-plan editor's own copy of @xyflow/system and the d3 modules under it; in
 * dist/cdn/, Lit and every other dependency. The minifier drops the packages' comments, so
 * their notices ship in this file instead (MIT, ISC and BSD ask for the notice to go with the
 * code). `scripts/check-pack.mjs` checks that every package a packed source map lists is in
 * the file of its folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const THIRD_PARTY_FILE = 'THIRD_PARTY_LICENSES.md';

/** The package directory and name of a module inside node_modules (the innermost one). */
export function packageOf(id: string): { dir: string; name: string } | undefined {
  const path = id.replace(/\\/g, '/').replace(/[?#].*$/, '');
  const match = /^(.*\/node_modules\/)((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (!match) return undefined;
  return { dir: `${match[1]}${match[2]}`, name: match[2]! };
}

/** The package's licence file's text, or a line built from its package.json when it has none. */
function licenceText(dir: string, pkg: { license?: string; author?: unknown }): string {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  if (file) return readFileSync(join(dir, file), 'utf8').trim();
  const author =
    typeof pkg.author === 'string'
      ? pkg.author
      : ((pkg.author as { name?: string } | undefined)?.name ?? 'its authors');
  return `${pkg.license ?? 'UNKNOWN'} licence, copyright ${author} (no licence file in the package).`;
}

/** The file's text for these package directories (sorted by name, one section each). */
export function thirdPartyNotices(dirs: Iterable<string>): string {
  const sections = [...new Set(dirs)]
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name: string;
        version: string;
        license?: string;
        author?: unknown;
      };
      return { pkg, text: licenceText(dir, pkg) };
    })
    .sort((a, b) => a.pkg.name.localeCompare(b.pkg.name));
  const seen = new Set<string>();
  const body = sections
    .filter(
      ({ pkg }) =>
        !seen.has(`${pkg.name}@${pkg.version}`) && seen.add(`${pkg.name}@${pkg.version}`),
    )
    .map(
      ({ pkg, text }) =>
        `## ${pkg.name}@${pkg.version} (${pkg.license ?? 'see below'})\n\n\`\`\`text\n${text}\n\`\`\``,
    );
  return `# Third-party licences\n\nThe files in this folder bundle code from these npm packages (listed with their licence\nnotices, which the minified files do not carry).\n\n${body.join('\n\n')}\n`;
}

export function thirdPartyLicensesPlugin(): Plugin {
  return {
    name: 'dialstack-third-party-licenses',
    apply: 'build',
    generateBundle(_options, bundle) {
      const dirs: string[] = [];
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          if (id.startsWith('\0')) continue;
          const found = packageOf(id);
          if (found) dirs.push(found.dir);
        }
      }
      if (!dirs.length) return;
      this.emitFile({ type: 'asset', fileName: THIRD_PARTY_FILE, source: thirdPartyNotices(dirs) });
    },
  };
}
