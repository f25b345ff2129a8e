import type { TokenKind } from './tokens';

const MAX_VALUE_LENGTH = 200;

/**
 * Characters and sequences that could end the declaration, open a rule or comment, load a
 * resource or otherwise escape the one value slot: a value containing any of them is rejected.
 */
const FORBIDDEN =
  /[;{}<>\\@!\n\r\f\0]|\/\*|\*\/|url\s*\(|image(-set)?\s*\(|expression\s*\(|attr\s*\(/i;

/** What each kind must parse as (checked with `CSS.supports` where available). */
const SUPPORTS_PROPERTY: Record<TokenKind, string> = {
  color: 'color',
  length: 'padding-left',
  radius: 'border-top-left-radius',
  'font-family': 'font-family',
};

/** A fallback syntax check for environments without `CSS.supports`. */
const FALLBACK_PATTERN: Record<TokenKind, RegExp> = {
  color: /^[#a-z0-9(),.%\s/+-]+$/i,
  length: /^[a-z0-9().%\s*/+-]+$/i,
  radius: /^[a-z0-9().%\s*/+-]+$/i,
  'font-family': /^[\p{L}\p{N}\s,'"_-]+$/u,
};

function hasBalancedQuotesAndParens(value: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (const char of value) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '(') {
      depth += 1;
    } else if (char === ')') {
      depth -= 1;
      if (depth < 0) return false;
    }
  }
  return quote === null && depth === 0;
}

/**
 * Returns the trimmed value when it is a safe, well-formed value of `kind`, or `undefined`
 * when it must not reach a stylesheet (anything that could break out of its declaration).
 */
export function sanitizeCssValue(value: unknown, kind: TokenKind): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (text === '' || text.length > MAX_VALUE_LENGTH) return undefined;
  if (FORBIDDEN.test(text) || !hasBalancedQuotesAndParens(text)) return undefined;
  if (typeof CSS !== 'undefined' && typeof CSS.supports === 'function') {
    return CSS.supports(SUPPORTS_PROPERTY[kind], text) ? text : undefined;
  }
  return FALLBACK_PATTERN[kind].test(text) ? text : undefined;
}
