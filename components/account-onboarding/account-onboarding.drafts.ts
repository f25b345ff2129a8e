/**
 * What a person has typed in the onboarding wizard but not saved yet, kept per account in
 * `sessionStorage` so that leaving a step, reloading the page or a failed request loses nothing.
 *
 * Storage can be missing or hostile (a sandboxed iframe throws `SecurityError` on access,
 * Safari's private mode used to throw `QuotaExceededError` on every write, a full store throws
 * on the next one): every access is guarded and falls back to memory for the page's lifetime.
 * Values are JSON. Never put the client secret (or anything from the session) in a draft.
 */

/** The drafts of one account. */
export interface DraftStore {
  /** The value saved under `key`, or undefined (also when it can't be read or parsed). */
  get<T>(key: string): T | undefined;
  /** Saves a JSON-serialisable value (undefined deletes it). */
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

const PREFIX = 'dialstack:onboarding:';

/** In-memory fallbacks, per account, shared by every store of the page. */
const memory = new Map<string, Map<string, string>>();

function defaultStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Reading `window.sessionStorage` itself throws when storage is blocked.
    return null;
  }
}

/**
 * The drafts of `accountId`, under `dialstack:onboarding:<accountId>:<key>` in `storage`
 * (default `sessionStorage`). When storage fails, drafts live in memory instead — and keep
 * living there for this account, so a value written after a failure is the one read back.
 */
export function draftStore(accountId: string, storage?: Storage | null): DraftStore {
  const prefix = `${PREFIX}${accountId}:`;
  let backing: Storage | null = storage === undefined ? defaultStorage() : storage;
  let local = memory.get(accountId);
  if (!local) memory.set(accountId, (local = new Map()));
  const fallback = local;

  const read = (key: string): string | null => {
    if (fallback.has(key)) return fallback.get(key) ?? null;
    if (!backing) return null;
    try {
      return backing.getItem(prefix + key);
    } catch {
      backing = null;
      return null;
    }
  };

  return {
    get<T>(key: string): T | undefined {
      const raw = read(key);
      if (raw === null) return undefined;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      if (value === undefined) return this.delete(key);
      let raw: string;
      try {
        raw = JSON.stringify(value);
      } catch {
        return;
      }
      if (backing) {
        try {
          backing.setItem(prefix + key, raw);
          fallback.delete(key);
          return;
        } catch {
          // Quota or security error: this value (and the next ones) stay in memory.
        }
      }
      fallback.set(key, raw);
    },
    delete(key) {
      fallback.delete(key);
      try {
        backing?.removeItem(prefix + key);
      } catch {
        backing = null;
      }
    },
  };
}
