/**
 * The lint rules that keep API data out of markup parsers (eslint.config.js: RAW_HTML_SYNTAX,
 * RAW_HTML_IMPORTS) fire on every way of writing markup from a string, in components/ and src/,
 * and stay quiet on the Lit template that replaces them (positive control).
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const BAD: [name: string, code: string, rule: string][] = [
  [
    'unsafeHTML',
    "import { unsafeHTML } from 'lit/directives/unsafe-html.js';\nexport const x = unsafeHTML;\n",
    'no-restricted-imports',
  ],
  [
    'unsafeSVG',
    "import { unsafeSVG } from 'lit/directives/unsafe-svg.js';\nexport const x = unsafeSVG;\n",
    'no-restricted-imports',
  ],
  [
    'unsafeHTML from lit-html',
    "import { unsafeHTML } from 'lit-html/directives/unsafe-html.js';\nexport const x = unsafeHTML;\n",
    'no-restricted-imports',
  ],
  [
    'templateContent',
    "import { templateContent } from 'lit/directives/template-content.js';\nexport const x = templateContent;\n",
    'no-restricted-imports',
  ],
  [
    'innerHTML =',
    'export function f(el: Element, s: string) {\n  el.innerHTML = s;\n}\n',
    'no-restricted-syntax',
  ],
  [
    'outerHTML =',
    'export function f(el: Element, s: string) {\n  el.outerHTML = s;\n}\n',
    'no-restricted-syntax',
  ],
  [
    'innerHTML +=',
    'export function f(el: Element, s: string) {\n  el.innerHTML += s;\n}\n',
    'no-restricted-syntax',
  ],
  [
    'insertAdjacentHTML',
    "export function f(el: Element, s: string) {\n  el.insertAdjacentHTML('beforeend', s);\n}\n",
    'no-restricted-syntax',
  ],
  [
    'createContextualFragment',
    'export function f(s: string) {\n  return document.createRange().createContextualFragment(s);\n}\n',
    'no-restricted-syntax',
  ],
  [
    'document.write',
    'export function f(s: string) {\n  document.write(s);\n}\n',
    'no-restricted-syntax',
  ],
  [
    'DOMParser',
    "export function f(s: string) {\n  return new DOMParser().parseFromString(s, 'text/html');\n}\n",
    'no-restricted-syntax',
  ],
];

const GOOD =
  "import { html } from 'lit';\nexport const row = (name: string) => html`<span>${name}</span>`;\n";

describe('ESLint forbids writing markup from strings', () => {
  for (const filePath of ['components/call-logs/sample.ts', 'src/ui/sample.ts']) {
    for (const [name, code, rule] of BAD) {
      it(`${name} in ${filePath.split('/')[0]}/`, async () => {
        assert.ok(
          (await ruleIds(code, filePath)).includes(rule),
          `${rule} should fire on ${name} in ${filePath}`,
        );
      });
    }
    it(`a Lit template in ${filePath.split('/')[0]}/ passes (positive control)`, async () => {
      assert.deepEqual(await ruleIds(GOOD, filePath), []);
    });
  }
});
