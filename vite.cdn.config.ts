import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { thirdPartyLicensesPlugin } from './scripts/build/third-party-licenses.ts';

const here = import.meta.dirname;

/**
 * The build for a plain `<script type="module">` tag (no bundler, no import map), run after the
 * library build (which empties `dist/`): `dist/cdn/dialstack-elements.js` registers every element
 * and exports the runtime, with Lit and every other dependency bundled in.
 *
 * Everything a page needs before its first request is in that one file (plus Rolldown's tiny
 * shared runtime chunk); what the elements load on demand (phone-number metadata, the dial-plan
 * editor, the Spanish and French packs, onboarding steps…) stays lazy, in `dist/cdn/chunks/`.
 * Chunks are imported with relative specifiers (`./chunks/x.js`), which resolve against the
 * module's own URL, so the folder works from any CDN or path. Inlining the lazy parts too would
 * more than double what every page downloads and parses up front (see README, "Plain HTML").
 */
export default defineConfig({
  // dist/cdn/THIRD_PARTY_LICENSES.md: the notices of Lit and every other bundled dependency.
  plugins: [thirdPartyLicensesPlugin()],
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: true,
    copyPublicDir: false,
    outDir: 'dist/cdn',
    emptyOutDir: true,
    lib: {
      entry: resolve(here, 'src/cdn.ts'),
      formats: ['es'],
      fileName: () => 'dialstack-elements.js',
    },
    rolldownOptions: {
      // Lets the entry hold the statically imported code itself (its exports stay as declared).
      preserveEntrySignatures: 'allow-extension',
      // `instance.create(name)` imports an element's module on demand; here every element is in
      // the entry already, so those imports resolve to it (expected, not worth a warning each).
      checks: { ineffectiveDynamicImport: false },
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Whitespace too (Vite's library mode keeps it in ES output): nothing bundles this file again.
        minify: true,
        // Every module the entry imports statically ('$initial') goes into the entry.
        codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] },
      },
    },
  },
});
