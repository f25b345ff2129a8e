import type { en } from './locales/en';

/** Plural message: `Intl.PluralRules` categories or exact `=N` matches; `other` is required. */
export type PluralMessage = { other: string } & Partial<
  Record<Intl.LDMLPluralRule | `=${number}`, string>
>;

type Shape<T> = T extends string
  ? string
  : T extends { other: string }
    ? PluralMessage
    : { [K in keyof T]: Shape<T[K]> };

/** The shape every locale pack has: English's keys, any strings. */
export type LocaleMessages = Shape<typeof en>;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | { other: string }
    ? `${Prefix}${K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message key in dot form, e.g. `'common.retry'` or `'calls.status.no-answer'`. */
export type MessageKey = Leaves<typeof en>;

/** A message tree: what a pack or a partial override is made of. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

export type MessageParams = Record<string, string | number | null | undefined>;

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** True for `{ one: '…', other: '…' }`-style objects (a leaf, not a branch). */
export function isPluralMessage(value: unknown): value is PluralMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.includes('other') &&
    keys.every(
      (key) =>
        (PLURAL_CATEGORIES.has(key) || /^=\d+$/.test(key)) &&
        typeof (value as Record<string, unknown>)[key] === 'string',
    )
  );
}

function isBranch(value: unknown): value is MessageTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Deep-merges message trees left to right (later wins). Only strings and objects are taken
 * from overrides; a plural message replaces the whole plural entry.
 */
export function mergeMessages(...trees: readonly (unknown | undefined)[]): MessageTree {
  const result: MessageTree = {};
  for (const tree of trees) {
    if (!isBranch(tree)) continue;
    for (const [key, value] of Object.entries(tree)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
      if (typeof value === 'string' || isPluralMessage(value)) {
        result[key] = value as string | MessageTree;
      } else if (isBranch(value)) {
        const current = result[key];
        result[key] = mergeMessages(isBranch(current) ? current : undefined, value);
      }
    }
  }
  return result;
}

/** Finds the leaf at a dot path, or undefined. */
export function lookupMessage(tree: MessageTree, key: string): string | PluralMessage | undefined {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (!isBranch(node) || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  if (typeof node === 'string' || isPluralMessage(node)) return node;
  return undefined;
}

/** Every leaf key of a tree in dot form (plural messages count as one leaf). */
export function messageKeys(tree: unknown, prefix = ''): string[] {
  if (!isBranch(tree)) return [];
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' || isPluralMessage(value)
      ? [`${prefix}${key}`]
      : messageKeys(value, `${prefix}${key}.`),
  );
}
