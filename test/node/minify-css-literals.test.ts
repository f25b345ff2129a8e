/**
 * The build's template minifier (scripts/build/minify-css-literals.ts) must not change
 * what any stylesheet means: every `css` template in the library, before and after, compiles
 * to the same minified CSS (Lightning CSS, Vite's own CSS tool); line counts stay the same.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { transform } from 'lightningcss';
import ts from 'typescript';
import { minifyCssLiterals, minifyCssSegment } from '../../scripts/build/minify-css-literals';

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (name.endsWith('.ts') && !/\.(test|stories|d)\.ts$|test-support/.test(name)) yield path;
  }
}

/** Each `css` template of `code` as CSS text, `${…}` replaced by `var(--interpolation-N)`. */
function cssTemplates(code: string): string[] {
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      node.tag.text === 'css'
    ) {
      const t = node.template;
      found.push(
        ts.isNoSubstitutionTemplateLiteral(t)
          ? t.rawText!
          : t.head.rawText! +
              t.templateSpans
                .map((s, i) => `var(--interpolation-${i})${s.literal.rawText}`)
                .join(''),
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * Compiled and minified. Lightning CSS keeps custom properties' values as written, where a
 * space after a comma (which the minifier drops) means nothing, so those are normalized.
 */
const compile = (css: string) =>
  transform({
    filename: 'x.css',
    code: Buffer.from(css),
    minify: true,
    errorRecovery: true,
  })
    .code.toString()
    .replace(/,\s+/g, ',');

describe('css template minifier', () => {
  it('keeps line breaks, quoted strings and the space next to an interpolation', () => {
    const text =
      "\n  .a  >  .b ,\n  .c {\n    content: ' ,  x ';  /* note\n */ color : red;\n  }\n";
    const out = minifyCssSegment(text, true, true);
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.match(out, /content:' , {2}x ';/);
    assert.ok(!out.includes('note'), 'comments go');
    assert.ok(out.length < text.length * 0.75, `minified: ${JSON.stringify(out)}`);
    assert.equal(minifyCssSegment(' .d { x: y } ', false, false), ' .d{x:y} ');
  });

  it('strips only the indentation after line breaks in html templates, and leaves the rest', () => {
    const code =
      'const a = html`<p>  x  </p>\n    <span\n      title="a  b">${html`\n  <b>y</b>`}</span>`;\n' +
      'const b = `\n  a {  }  `;\n';
    assert.equal(
      minifyCssLiterals(code, 'x.ts'),
      'const a = html`<p>  x  </p>\n<span\ntitle="a  b">${html`\n<b>y</b>`}</span>`;\n' +
        'const b = `\n  a {  }  `;\n',
    );
  });

  it('keeps every html template with pre-formatted content on one line (nothing to strip there)', () => {
    // `white-space: pre*` elements keep indentation: the library renders them on one line.
    for (const path of [...sources('src'), ...sources('components')]) {
      const code = readFileSync(path, 'utf8');
      for (const match of code.matchAll(/(\s*)<\/(pre|textarea)>/g))
        assert.ok(!match[1]!.includes('\n'), `${path}: <${match[2]}> content ends on another line`);
      for (const match of code.matchAll(/class="(transcript|summary)"[^>]*>([^<]*)</g))
        assert.ok(!/\n/.test(match[2]!), `${path}: .${match[1]} content spans lines`);
    }
  });

  it('changes no stylesheet of the library (same compiled CSS before and after)', () => {
    let templates = 0;
    let saved = 0;
    for (const path of [...sources('src'), ...sources('components')]) {
      const code = readFileSync(path, 'utf8');
      const minified = minifyCssLiterals(code, path);
      assert.equal(minified.split('\n').length, code.split('\n').length, `${path}: lines`);
      const before = cssTemplates(code);
      const after = cssTemplates(minified);
      assert.equal(after.length, before.length, path);
      before.forEach((css, i) => {
        assert.equal(compile(after[i]!), compile(css), `${path}: css template ${i + 1}`);
        templates++;
        saved += css.length - after[i]!.length;
      });
    }
    assert.ok(templates > 30, `${templates} css templates checked`);
    assert.ok(saved > 10_000, `${saved} characters saved`);
  });
});
