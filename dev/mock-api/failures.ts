/**
 * Injected failures (POST /__mock/fail): the next N requests matching a method and path fail
 * with a given status (0 = network error), optionally after a delay, so tests can exercise
 * error paths against the real mock.
 */
export interface FailureRule {
  id: number;
  /** Upper-case method, or `*` for any. */
  method: string;
  /** Exact pathname, or a prefix ending in `*`. */
  path: string;
  /** HTTP status; 0 = network error; undefined = only delay, then answer normally. */
  status?: number;
  /** Requests left to fail. */
  remaining: number;
  body?: Record<string, unknown>;
  /** A raw body sent as is instead (an HTML error page, truncated JSON, a broken SSE stream). */
  raw?: string;
  /** The Content-Type of `raw` (default `text/html; charset=utf-8`). */
  contentType?: string;
  /** Extra response headers (e.g. `Retry-After`). */
  headers?: Record<string, string>;
  delayMs?: number;
}

export class FailureRules {
  private rules: FailureRule[] = [];
  private counter = 0;

  add(rule: Omit<FailureRule, 'id'>): FailureRule {
    const stored = { ...rule, id: ++this.counter };
    this.rules.push(stored);
    return stored;
  }

  /** Finds the first matching rule and uses up one of its requests. */
  take(method: string, pathname: string): FailureRule | undefined {
    const rule = this.rules.find(
      (r) =>
        (r.method === '*' || r.method === method.toUpperCase()) &&
        (r.path.endsWith('*') ? pathname.startsWith(r.path.slice(0, -1)) : pathname === r.path),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules = this.rules.filter((r) => r !== rule);
    return rule;
  }

  list(): readonly FailureRule[] {
    return this.rules;
  }

  clear(): void {
    this.rules = [];
  }
}
