/**
 * Vite/Rolldown plugin: strips the indentation, comments and optional spaces of Lit `css`
 * tagged templates, and the indentation of `html`/`svg` ones, at build time (the minifier a
 * user's bundler runs leaves template text alone). Conservative on purpose: every line break
 * stays (so source maps keep their lines, and in HTML a line break is the same white space as
 * a line break and its indentation, outside `pre` contexts, which no multi-line template
 * has), CSS quoted strings are left as written, and whitespace next to a `${…}` stays.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

/** Minifies one literal segment of a `css` template (text between backticks and `${…}`). */
export function minifyCssSegment(text: string, first: boolean, last: boolean): string {
  const parts = text.split(/('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/);
  const out = parts.map((part, index) => {
    if (index % 2 === 1) return part; // a quoted string
    return (
      part
        // Comments go, their line breaks stay.
        .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
        // A run of whitespace becomes its line breaks, or one space.
        .replace(/\s+/g, (run) => (run.includes('\n') ? run.replace(/[^\n]/g, '') : ' '))
        // No space around these (a line break stays).
        .replace(/ *([{};,>]) */g, '$1')
        .replace(/: +/g, ':')
    );
  });
  let result = out.join('');
  // Next to a `${…}` keep one separating space where there was whitespace.
  if (!first && /^\s/.test(text) && !/^\s/.test(result)) result = ` ${result}`;
  if (!last && /\s$/.test(text) && !/\s$/.test(result)) result = `${result} `;
  return result;
}

/** An `html`/`svg` template segment without the indentation after its line breaks. */
export const stripIndentation = (text: string): string => text.replace(/\n[ \t]+/g, '\n');

const MARKUP_TAGS = new Set(['html', 'svg']);

/** The source with every `css` template's text minified (unchanged when it has none). */
export function minifyCssLiterals(code: string, fileName: string): string {
  if (!code.includes('css`') && !code.includes('html`') && !code.includes('svg`')) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number; text: string }[] = [];
  let markup = false;
  const edit = (start: number, end: number, first: boolean, last: boolean) => {
    const text = code.slice(start, end);
    const minified = markup ? stripIndentation(text) : minifyCssSegment(text, first, last);
    if (minified !== text) edits.push({ start, end, text: minified });
  };
  const visit = (node: ts.Node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      (node.tag.text === 'css' || MARKUP_TAGS.has(node.tag.text))
    ) {
      markup = node.tag.text !== 'css';
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        edit(template.getStart(source) + 1, template.end - 1, true, true);
      } else {
        // head: `…${   spans: }…${ or }…`
        edit(template.head.getStart(source) + 1, template.head.end - 2, true, false);
        template.templateSpans.forEach((span, index) => {
          const last = index === template.templateSpans.length - 1;
          edit(span.literal.getStart(source) + 1, span.literal.end - (last ? 1 : 2), false, last);
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let result = code;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start))
    result = result.slice(0, start) + text + result.slice(end);
  return result;
}

export function minifyCssLiteralsPlugin(): Plugin {
  return {
    name: 'dialstack-minify-css-literals',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.ts$/.test(id) || id.includes('/node_modules/')) return null;
      const result = minifyCssLiterals(code, id);
      // Line breaks are kept, so the lines of the source map stay right.
      return result === code ? null : { code: result, map: null };
    },
  };
}
