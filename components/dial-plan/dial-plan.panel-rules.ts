/**
 * The step panel's checks of what is typed, before anything reaches the plan: timeouts within
 * the contract's ranges, menu keys unique from 0-9 * #, at most 12 options. Pure TypeScript.
 */
import { DIGIT, MENU_MAX_OPTIONS, TIMEOUTS } from './dial-plan.validate';

export { MENU_MAX_OPTIONS };

export type TimeoutProblem = 'timeoutRequired' | 'timeoutRange';

export type Parsed<T, P> = { ok: true; value: T } | { ok: false; problem: P };

/** The timeout range of a node type (the contract's), if it has a timeout. */
export const timeoutRange = (type: string): { min: number; max: number } | undefined =>
  TIMEOUTS[type];

/** A typed timeout: a whole number of seconds within the type's range. */
export function parseTimeout(
  text: string,
  range: { min: number; max: number },
): Parsed<number, TimeoutProblem> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'timeoutRequired' };
  if (!/^\d+$/.test(trimmed)) return { ok: false, problem: 'timeoutRange' };
  const value = Number(trimmed);
  return value >= range.min && value <= range.max
    ? { ok: true, value }
    : { ok: false, problem: 'timeoutRange' };
}

/** What the timeout field shows for a config value (anything not a number as it is). */
export const timeoutText = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : typeof value === 'string'
      ? value
      : typeof value === 'number'
        ? String(value)
        : JSON.stringify(value);

/** The keys in the order a new option takes them. */
export const DIGIT_ORDER = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const;

export type DigitProblem = 'digitInvalid' | 'digitDuplicate';

/**
 * The problem of each option's key, if any: not one of 0-9 * #, or shared with another option
 * (every option sharing it is marked, so the one being typed is too).
 */
export function digitProblems(digits: readonly string[]): (DigitProblem | undefined)[] {
  const counts = new Map<string, number>();
  for (const d of digits) counts.set(d, (counts.get(d) ?? 0) + 1);
  return digits.map((d) =>
    !DIGIT.test(d) ? 'digitInvalid' : counts.get(d)! > 1 ? 'digitDuplicate' : undefined,
  );
}

/** The first key no option uses yet, or undefined when all twelve are taken. */
export const nextFreeDigit = (used: Iterable<string>): string | undefined => {
  const taken = new Set(used);
  return DIGIT_ORDER.find((d) => !taken.has(d));
};
