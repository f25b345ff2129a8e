import { DialstackApiError } from './errors';
import { decodeJwtPayload } from './jwt';
import { backoffDelay, realTiming, type Timing } from './timing';
import type { ClientSecretResult, DialstackOptions } from './types';

export interface SessionOptions {
  fetchClientSecret: DialstackOptions['fetchClientSecret'];
  timing?: Timing;
  /** Fetch a new secret this long before expiry (default 60 s). */
  refreshAheadMs?: number;
  /** Calls of `fetchClientSecret` before giving up (default 4). */
  maxAttempts?: number;
}

const sessionEnded = () =>
  new DialstackApiError({
    type: 'authentication_error',
    message: 'The DialStack session has ended (logout).',
  });

/**
 * The client secret's lifecycle: one `fetchClientSecret` call at a time however many requests
 * need it, refreshed ahead of expiry and after a 401, with backoff when the host's call fails.
 * The secret stays in memory only.
 */
export class Session {
  private secret?: string;
  private expiresAt?: number;
  private refreshAt?: number;
  private flight?: Promise<string>;
  private ended = false;
  private readonly timing: Timing;
  /** Components enabled by the current secret's `components` claim, if it has one. */
  components?: readonly string[];
  /** The account of the current secret (its `account_id` claim), if it has one. */
  accountId?: string;

  constructor(private readonly options: SessionOptions) {
    this.timing = options.timing ?? realTiming;
  }

  get isEnded(): boolean {
    return this.ended;
  }

  /** A secret valid for the next request. */
  getSecret(): Promise<string> {
    if (this.ended) return Promise.reject(sessionEnded());
    const secret = this.currentSecret();
    return secret === undefined ? this.refresh() : Promise.resolve(secret);
  }

  /**
   * The secret held now when it is valid (a refresh ahead of expiry starts when due), else
   * undefined: lets a request leave synchronously instead of a microtask later.
   */
  currentSecret(): string | undefined {
    if (this.ended) return undefined;
    const now = this.timing.now();
    if (!this.secret || (this.expiresAt !== undefined && now >= this.expiresAt)) return undefined;
    if (this.refreshAt !== undefined && now >= this.refreshAt) this.refresh().catch(() => {});
    return this.secret;
  }

  /** After the API rejected `rejected` with a 401: a fresh secret (shared by concurrent callers). */
  renew(rejected: string): Promise<string> {
    if (this.ended) return Promise.reject(sessionEnded());
    if (this.secret && this.secret !== rejected) return Promise.resolve(this.secret);
    this.secret = undefined;
    return this.refresh();
  }

  end(): void {
    this.ended = true;
    this.secret = this.flight = this.components = this.accountId = undefined;
  }

  private refresh(): Promise<string> {
    if (!this.flight) {
      const flight = this.fetchWithBackoff().finally(() => {
        if (this.flight === flight) this.flight = undefined;
      });
      this.flight = flight;
    }
    return this.flight;
  }

  private async fetchWithBackoff(): Promise<string> {
    const maxAttempts = this.options.maxAttempts ?? 4;
    for (let attempt = 0; ; attempt++) {
      let result: ClientSecretResult;
      try {
        result = await this.options.fetchClientSecret();
        if (this.ended) throw sessionEnded();
        return this.store(result);
      } catch (error) {
        if (this.ended) throw sessionEnded();
        if (attempt + 1 >= maxAttempts) {
          throw new DialstackApiError({
            type: 'authentication_error',
            message: `Could not get a DialStack client secret: fetchClientSecret failed ${maxAttempts} times.`,
            cause: error,
          });
        }
        await this.timing.sleep(backoffDelay(attempt, this.timing.random, 500, 8000));
      }
    }
  }

  private store(result: ClientSecretResult): string {
    const secret = typeof result === 'string' ? result : result?.clientSecret;
    if (typeof secret !== 'string' || !secret) {
      throw new TypeError('fetchClientSecret must return a non-empty string or { clientSecret }.');
    }
    const now = this.timing.now();
    const claims = decodeJwtPayload(secret);
    const exp = typeof claims?.exp === 'number' ? claims.exp * 1000 : undefined;
    const iat = typeof claims?.iat === 'number' ? claims.iat * 1000 : undefined;
    // With `iat`, the token's lifetime is measured on our own clock, immune to clock skew.
    let expiresAt =
      exp !== undefined && iat !== undefined && exp > iat
        ? now + exp - iat
        : ((typeof result === 'object' ? toEpochMs(result.expiresAt) : undefined) ?? exp);
    // An expiry already past is clock skew, not a dead token: rely on 401s instead of refetching forever.
    if (expiresAt !== undefined && expiresAt <= now) expiresAt = undefined;

    this.secret = secret;
    this.expiresAt = expiresAt;
    this.refreshAt =
      expiresAt === undefined
        ? undefined
        : expiresAt - Math.min(this.options.refreshAheadMs ?? 60_000, (expiresAt - now) / 2);
    this.components = componentNames(claims?.components);
    this.accountId = typeof claims?.account_id === 'string' ? claims.account_id : undefined;
    return secret;
  }
}

function toEpochMs(value: number | string | Date | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms =
    value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/** The claim may be a list of names or the session request's `{ name: { enabled } }` map. */
function componentNames(claim: unknown): readonly string[] | undefined {
  if (Array.isArray(claim)) return claim.filter((name): name is string => typeof name === 'string');
  if (claim && typeof claim === 'object') {
    return Object.entries(claim)
      .filter(
        ([, config]) => config === true || (config as { enabled?: unknown })?.enabled === true,
      )
      .map(([name]) => name);
  }
  return undefined;
}
