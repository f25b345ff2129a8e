/**
 * The contract's list envelope with opaque keyset cursors.
 *
 * Lists are newest first (by a timestamp, then id). A cursor is base64url JSON naming the item
 * to continue after (`next`) or before (`prev`), a hash of the request's filters, and a
 * checksum: a cursor used with other filters, or edited by hand, is a 400. Because cursors
 * anchor on items rather than offsets, records created while a client pages don't shift the
 * pages: following `next_page_url` visits every item that existed when paging began exactly once.
 */
import { validationError } from './errors';
import { hashString } from './prng';

export interface ListEnvelope<T> {
  object: 'list';
  url: string;
  next_page_url: string | null;
  previous_page_url: string | null;
  data: T[];
}

interface Cursor {
  d: 'next' | 'prev';
  /** Sort key and id of the anchor item. */
  k: string;
  i: string;
  /** Filter hash. */
  f: string;
  /** Checksum. */
  s: string;
}

const CURSOR_SALT = 0x5eed;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(binary, (c) => c.charCodeAt(0)),
  );
}

/** Hash of every query parameter except the cursor and the page size. */
export function filterHash(url: URL): string {
  const entries = [...url.searchParams.entries()]
    .filter(([key]) => key !== 'page' && key !== 'limit')
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  return hashString(`${url.pathname}?${new URLSearchParams(entries).toString()}`);
}

function checksum(c: Omit<Cursor, 's'>): string {
  return hashString(`${c.d}|${c.k}|${c.i}|${c.f}`, CURSOR_SALT);
}

export function encodeCursor(c: Omit<Cursor, 's'>): string {
  return toBase64Url(JSON.stringify({ ...c, s: checksum(c) }));
}

function invalidCursor(reason: string) {
  return validationError(
    'Invalid pagination cursor; follow next_page_url/previous_page_url as given',
    { page: reason },
  );
}

export function decodeCursor(raw: string, url: URL): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(raw));
  } catch {
    throw invalidCursor('is not a cursor issued by this API');
  }
  const c = parsed as Partial<Cursor>;
  if (
    typeof c !== 'object' ||
    c === null ||
    (c.d !== 'next' && c.d !== 'prev') ||
    typeof c.k !== 'string' ||
    typeof c.i !== 'string' ||
    typeof c.f !== 'string' ||
    typeof c.s !== 'string'
  ) {
    throw invalidCursor('is not a cursor issued by this API');
  }
  if (c.s !== checksum({ d: c.d, k: c.k, i: c.i, f: c.f }))
    throw invalidCursor('has been modified');
  if (c.f !== filterHash(url)) throw invalidCursor('belongs to a list with different filters');
  return c as Cursor;
}

export interface PaginateOptions<T> {
  url: URL;
  limit: number;
  /** Sort key, descending (an ISO timestamp). */
  key: (item: T) => string;
  id: (item: T) => string;
}

/** Compare two (key, id) pairs in list order (newest first): negative = a comes first. */
function compare(ak: string, ai: string, bk: string, bi: string): number {
  if (ak !== bk) return ak > bk ? -1 : 1;
  if (ai !== bi) return ai > bi ? -1 : 1;
  return 0;
}

export function sortNewestFirst<T>(
  items: readonly T[],
  key: (item: T) => string,
  id: (item: T) => string,
): T[] {
  return [...items].sort((a, b) => compare(key(a), id(a), key(b), id(b)));
}

function pageUrl(url: URL, cursor: string): string {
  const next = new URL(url.href);
  next.searchParams.set('page', cursor);
  return next.href;
}

/** One page of `items` (any order; sorted here) as the contract's list envelope. */
export function paginate<T>(
  items: readonly T[],
  { url, limit, key, id }: PaginateOptions<T>,
): ListEnvelope<T> {
  const sorted = sortNewestFirst(items, key, id);
  const raw = url.searchParams.get('page');
  let start = 0;
  let end = Math.min(limit, sorted.length);
  if (raw !== null) {
    const cursor = decodeCursor(raw, url);
    if (cursor.d === 'next') {
      start = sorted.findIndex((item) => compare(key(item), id(item), cursor.k, cursor.i) > 0);
      if (start === -1) start = sorted.length;
      end = Math.min(start + limit, sorted.length);
    } else {
      end = sorted.findIndex((item) => compare(key(item), id(item), cursor.k, cursor.i) >= 0);
      if (end === -1) end = sorted.length;
      start = Math.max(0, end - limit);
    }
  }
  const data = sorted.slice(start, end);
  const f = filterHash(url);
  const first = data[0];
  const last = data[data.length - 1];
  return {
    object: 'list',
    url: url.pathname,
    next_page_url:
      last && end < sorted.length
        ? pageUrl(url, encodeCursor({ d: 'next', k: key(last), i: id(last), f }))
        : null,
    previous_page_url:
      first && start > 0
        ? pageUrl(url, encodeCursor({ d: 'prev', k: key(first), i: id(first), f }))
        : null,
    data,
  };
}
