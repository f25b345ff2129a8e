import type { ElementName } from './types';

/**
 * How `instance.create(name)` loads an element the page has not imported. Each element adds
 * its line when its `define.ts` exists, e.g.
 * `'call-logs': () => import('../../components/call-logs/define'),`
 */
export const elementLoaders: Partial<Record<ElementName, () => Promise<unknown>>> = {};
