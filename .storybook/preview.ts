/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import annotations from './annotations';

// Docs pages and the controls of attributes, properties, events, slots, parts and CSS custom
// properties come from the Custom Elements Manifest, which `npm run analyze` writes from the
// classes' JSDoc (the storybook scripts run it first). A glob, so a checkout that has not
// generated it yet still type-checks and runs (without the docs tables).
const [manifest] = Object.values(
  import.meta.glob<unknown>('../custom-elements.json', { eager: true, import: 'default' }),
);
if (manifest) setCustomElementsManifest(manifest);
else console.warn('custom-elements.json is missing: run `npm run analyze` for the docs tables.');

const preview: Preview = {
  ...annotations,
  tags: ['autodocs'],
  parameters: {
    ...annotations.parameters,
    controls: { expanded: true },
    // The a11y panel runs axe on every story; the element tests are where a violation fails CI.
    a11y: { test: 'todo' },
  },
};

export default preview;
