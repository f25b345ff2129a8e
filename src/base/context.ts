import { createContext } from '@lit/context';
import type { DialstackInstance } from '../core/types';

/** Provided at `document.documentElement` by `loadDialstackAndInitialize`. */
export const dialstackContext = createContext<DialstackInstance | undefined>(
  Symbol.for('dialstack-instance'),
);
