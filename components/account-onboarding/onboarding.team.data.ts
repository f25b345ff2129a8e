/**
 * The team form: checks, the next free extension, and what a 409 on an extension means.
 * No element code here.
 */
import type { Extension } from '../../src/api/team';
import { DialstackApiError } from '../../src/core/errors';
import type { User } from '../../src/api/users';

export interface MemberForm {
  name: string;
  email: string;
  extension: string;
}

export type MemberField = keyof MemberForm;
export type MemberProblem = 'name' | 'email' | 'extension';

export const EMPTY_MEMBER: MemberForm = { name: '', email: '', extension: '' };

/** Loose on purpose: the API is the judge; this catches typos while typing. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EXTENSION = /^\d{2,6}$/;

export function checkMember(
  form: MemberForm,
  { extensionRequired = true } = {},
): Partial<Record<MemberField, MemberProblem>> {
  const problems: Partial<Record<MemberField, MemberProblem>> = {};
  if (!form.name.trim() || form.name.length > 255) problems.name = 'name';
  if (form.email.trim() && !EMAIL.test(form.email.trim())) problems.email = 'email';
  const ext = form.extension.trim();
  if ((extensionRequired || ext) && !EXTENSION.test(ext)) problems.extension = 'extension';
  return problems;
}

/**
 * The next free extension: one above the highest numeric extension of the most common length
 * (3 digits when there are none, starting at 101), skipping any taken.
 */
export function suggestExtension(
  extensions: readonly Pick<Extension, 'number'>[],
  also: readonly string[] = [],
): string {
  const taken = new Set([...extensions.map((e) => e.number), ...also]);
  const numeric = [...taken].filter((n) => /^\d{2,6}$/.test(n));
  const byLength = new Map<number, number>();
  for (const n of numeric) byLength.set(n.length, (byLength.get(n.length) ?? 0) + 1);
  const length = [...byLength].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 3;
  const same = numeric.filter((n) => n.length === length).map(Number);
  let next = same.length ? Math.max(...same) + 1 : 10 ** (length - 1) + 1;
  while (taken.has(String(next))) next++;
  return String(next);
}

/** The user's first extension number, if any. */
export const extensionOf = (user: User): string | undefined => user.extensions?.data?.[0]?.number;

/** Who holds extension `number` (a user's name), for the conflict message. */
export function ownerOf(
  number: string,
  users: readonly User[],
  extensions: readonly Extension[],
): string | undefined {
  const target = extensions.find((e) => e.number === number)?.target;
  const user = users.find(
    (u) => u.id === target || u.extensions?.data?.some((e) => e.number === number),
  );
  return user?.name ?? undefined;
}

/** The `name`/`email` messages of a server error's `details`, for the fields they name. */
export function detailErrors(error: unknown): Partial<Record<MemberField, string>> {
  const details = error instanceof DialstackApiError ? (error.details ?? {}) : {};
  const out: Partial<Record<MemberField, string>> = {};
  for (const field of ['name', 'email'] as const)
    if (typeof details[field] === 'string') out[field] = details[field] as string;
  return out;
}
