/**
 * Custom Elements Manifest (`npm run analyze`, part of `npm run build`): the public surface of
 * each element (attributes, properties, methods, events with their `detail` types, slots, parts,
 * CSS properties), shipped as `custom-elements.json` for IDEs, Storybook and framework wrappers.
 */

/** Is this member an implementation detail rather than public API? */
const isInternal = (member) =>
  member.privacy === 'private' ||
  member.privacy === 'protected' ||
  member.name?.startsWith('#') ||
  member.name?.startsWith('_');

/** Leaves private, protected, `#private` and `_underscored` members out of the manifest. */
function publicMembersOnly() {
  return {
    name: 'dialstack-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => !isInternal(member));
          }
        }
      }
    },
  };
}

export default {
  globs: ['components/**/*.ts', 'src/base/dialstack-element.ts'],
  exclude: ['**/*.test.ts', '**/*.test-support.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicMembersOnly()],
};
