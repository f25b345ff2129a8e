import type { IdSequence } from '../ids';
import type { Random } from '../prng';

/** What every seed builder gets: the seed's "now" (epoch ms), the id counters, the PRNG. */
export interface SeedContext {
  now: number;
  ids: IdSequence;
  random: Random;
}
