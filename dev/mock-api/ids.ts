/**
 * Resource ids. Seeded records get ids from a per-prefix counter, so the n-th seeded call is
 * always `call_…n` whatever else changes in the seed; records created at runtime continue the
 * same counters. Ids are opaque to clients (the contract says not to parse them).
 */
export type IdPrefix =
  | 'acct'
  | 'user'
  | 'ep'
  | 'svm'
  | 'call'
  | 'vm'
  | 'did'
  | 'nord'
  | 'por'
  | 'poe'
  | 'loc'
  | 'sched'
  | 'rg'
  | 'rgm'
  | 'clip'
  | 'va'
  | 'dp'
  | 'hw'
  | 'hwo'
  | 'hwi'
  | 'dev';

/** Formats the n-th id of a kind, e.g. `call_01jcrfc000000000000000042`. */
export function formatId(prefix: IdPrefix, n: number): string {
  return `${prefix}_01jcrfc${n.toString(36).padStart(20, '0')}`;
}

export class IdSequence {
  private readonly counters = new Map<IdPrefix, number>();

  next(prefix: IdPrefix): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return formatId(prefix, n);
  }
}
