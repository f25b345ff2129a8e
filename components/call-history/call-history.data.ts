/**
 * Data functions for `<dialstack-call-history>`: phone-number validation and the two cursors
 * (`from_number`, `to_number`) of a contact's history. Requests are built in `src/api/`.
 *
 * Nothing here touches the DOM; everything takes the REST client as an argument and passes
 * the caller's AbortSignal through.
 */
import { mergeCalls, type CallLog } from '../../src/api/calls';
import type { CursorMerge } from '../../src/api/cursor-merge';
import { MAX_PAGE_LIMIT } from '../../src/api/shared';
import type { DialstackClient } from '../../src/core/types';

export type { CallLog } from '../../src/api/calls';

/** The contract's maximum `limit` for `GET /v1/calls`. */
export const MAX_PAGE_SIZE = MAX_PAGE_LIMIT;
export const DEFAULT_PAGE_SIZE = 10;

// ---- Phone number ----

export type PhoneNumberCheck =
  { kind: 'missing' } | { kind: 'invalid'; input: string } | { kind: 'valid'; e164: string };

/** `+` then 7–15 digits, ignoring spaces, dots, dashes and parentheses. */
function e164Candidate(value: string): string | null {
  if (!value.startsWith('+') || /[^\d\s().+-]/.test(value)) return null;
  const digits = value.slice(1).replace(/[\s().-]/g, '');
  return /^[1-9]\d{6,14}$/.test(digits) ? `+${digits}` : null;
}

/**
 * Checks a `phone-number` attribute. An international number (leading `+`) that
 * libphonenumber-js parses and finds possible for its country is accepted and normalised to
 * E.164 (`+1 415 555 1234` → `+14155551234`); anything else — a national number with no
 * country code, letters, a wrong length for the country — is invalid and must not reach the
 * API. `isPossible` rather than `isValid`: numbering-plan ranges change faster than metadata,
 * and a real contact's number must never be refused.
 *
 * Asynchronous because libphonenumber-js is loaded on first use (the same lazily loaded chunk
 * the i18n phone formatter uses), keeping it out of the element's initial bundle.
 */
export async function checkPhoneNumber(
  input: string | null | undefined,
): Promise<PhoneNumberCheck> {
  const value = (input ?? '').trim();
  if (!value) return { kind: 'missing' };
  const candidate = e164Candidate(value);
  if (!candidate) return { kind: 'invalid', input: value };
  const { parsePhoneNumberFromString } = await import('libphonenumber-js/min');
  const parsed = parsePhoneNumberFromString(candidate);
  if (!parsed || !parsed.isPossible()) return { kind: 'invalid', input: value };
  return { kind: 'valid', e164: parsed.number };
}

/**
 * True when `candidate` is the same number as `e164`. Events carry E.164 per the contract;
 * formatting characters are tolerated.
 */
export function samePhoneNumber(candidate: string | null | undefined, e164: string): boolean {
  if (typeof candidate !== 'string' || !candidate) return false;
  return candidate === e164 || e164Candidate(candidate.trim()) === e164;
}

// ---- The merged history ----

/**
 * Every call with one contact: `GET /v1/calls?from_number=…` and `GET /v1/calls?to_number=…`,
 * merged newest first and de-duplicated by the shared `CursorMerge` (a call to oneself is on
 * both cursors). Pages are read `no-store`: a history is read top to bottom once, and a stale
 * cached page would break the merge.
 */
export function historyCursors(
  client: DialstackClient,
  phoneNumber: string,
  pageSize: number,
): CursorMerge<CallLog> {
  return mergeCalls(client, [
    { from_number: phoneNumber, limit: pageSize },
    { to_number: phoneNumber, limit: pageSize },
  ]);
}

/** True when the call is with the contact (either direction). */
export function involves(
  call: { from_number?: string | null; to_number?: string | null },
  phoneNumber: string,
): boolean {
  return (
    samePhoneNumber(call.from_number, phoneNumber) || samePhoneNumber(call.to_number, phoneNumber)
  );
}

export function clampPageSize(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.round(value)));
}
