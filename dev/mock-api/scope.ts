/**
 * Test isolation: the test runner's mock keeps one store per *scope*, named by a cookie that
 * test/support/mock.ts sets once per test file (each file runs in its own browser context), so
 * no test file sees another's data, failures, calls in progress or event streams. The cookie
 * rides on every same-origin request — fetch, the SSE stream and <audio> media alike.
 *
 * Browser-safe: no `node:*` imports.
 */
export const MOCK_SCOPE_COOKIE = 'dialstack-mock-scope';

const SCOPE = /^[A-Za-z0-9_-]{1,64}$/;

/** The scope named by a `Cookie` header, or undefined (no cookie, or not a plain token). */
export function scopeFromCookieHeader(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq === -1 || pair.slice(0, eq).trim() !== MOCK_SCOPE_COOKIE) continue;
    const value = pair.slice(eq + 1).trim();
    return SCOPE.test(value) ? value : undefined;
  }
  return undefined;
}
