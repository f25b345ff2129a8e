import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

/** Writing markup from strings: never, anywhere (render through Lit templates instead). */
export const RAW_HTML_SYNTAX = [
  ...['innerHTML', 'outerHTML'].map((name) => ({
    selector: `AssignmentExpression[left.property.name='${name}']`,
    message: `Never assign ${name}: render through Lit templates (API data must stay text).`,
  })),
  ...['insertAdjacentHTML', 'setHTMLUnsafe', 'createContextualFragment'].map((name) => ({
    selector: `CallExpression[callee.property.name='${name}']`,
    message: `Never call ${name}(): render through Lit templates (API data must stay text).`,
  })),
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'Never call document.write(): render through Lit templates.',
  },
  {
    selector: "CallExpression[callee.property.name='parseFromString']",
    message: 'Never parse markup from strings: render through Lit templates.',
  },
];

/** Lit's directives that render a string as markup. */
export const RAW_HTML_IMPORTS = [
  {
    group: ['lit/directives/unsafe-*', 'lit-html/directives/unsafe-*'],
    message: 'unsafeHTML/unsafeSVG/unsafeMathML render strings as markup: use a Lit template.',
  },
  {
    group: ['lit/directives/template-content*', 'lit-html/directives/template-content*'],
    message: 'templateContent renders arbitrary markup: use a Lit template.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'bench/dist',
      'storybook-static',
      'test-results',
      'playwright-report',
      'public/mockServiceWorker.js',
      'src/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': ['error', ...RAW_HTML_SYNTAX],
      'wc/guard-super-call': 'off',
    },
  },
  {
    // The shipped code (and its tests): API data reaches the DOM only through Lit's escaping
    // bindings. test/node/eslint-raw-html.test.ts proves these rules fire.
    files: ['components/**/*.ts', 'src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...RAW_HTML_IMPORTS,
            {
              group: ['lit/directives/style-map*', 'lit-html/directives/style-map*'],
              message:
                "styleMap writes a style attribute, which a strict CSP (no 'unsafe-inline') blocks: use styleProps() from src/ui/style-props.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
