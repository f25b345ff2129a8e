/**
 * POST /__mock/text: replaces every free-text field of the store (names, labels, caller names,
 * transcripts, summaries, addresses, order error messages, port rejection reasons, CNAM and
 * directory names…) with the given strings, round robin, so an injection test renders a whole
 * corpus of hostile strings through every element in a few list renders. Ids, enums, dates,
 * phone numbers and URLs are left alone, so references still resolve. The seed comes back with
 * POST /__mock/reset.
 */
import type { StoreData } from './types';

/** Keys whose string values are free text an element may show. */
export const TEXT_KEYS: ReadonlySet<string> = new Set([
  'name',
  'primary_contact_name',
  'from_label',
  'to_label',
  'from_name',
  'summary',
  'text',
  'caller_id_name',
  'directory_listing_name',
  'error_message',
  'business_name',
  'approver_name',
  'message',
  'street',
  'street_name',
  'unit',
  'city',
  'formatted_address',
  'manufacturer',
  'model',
  'signature',
]);

/** Rewrites the free-text fields of `data` in place; returns how many were rewritten. */
export function rewriteText(data: StoreData, strings: readonly string[]): number {
  if (!strings.length) return 0;
  let count = 0;
  const next = () => strings[count++ % strings.length]!;
  const walk = (value: unknown): void => {
    if (value instanceof Map) {
      for (const item of value.values()) walk(item);
    } else if (Array.isArray(value)) {
      value.forEach(walk);
    } else if (value && typeof value === 'object' && !(value instanceof Set)) {
      const record = value as Record<string, unknown>;
      for (const [key, item] of Object.entries(record)) {
        if (typeof item === 'string' && TEXT_KEYS.has(key)) record[key] = next();
        else walk(item);
      }
    }
  };
  walk(data);
  return count;
}
