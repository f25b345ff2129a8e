/**
 * Set-up and helpers shared by the `<dialstack-call-logs>` test files: a fresh mock and instance
 * for every test, mounting, and ways to read the element's rows, parts and filter controls.
 */
import { fixture, html, waitUntil as waitUntilOnce } from '@open-wc/testing';
import sinon from 'sinon';
import type { DialstackInstance } from '../../src/core/types';
import { freshMock, type SeedFacts } from '../../test/support/mock';
import type { CallLog } from './call-logs.data';
import './define';
import type { DialstackCallLogs } from './call-logs';

export let instance: DialstackInstance;
export let facts: SeedFacts;

/** Registers the hooks every call-logs test runs under: a fresh mock and instance, then logout. */
export function useFreshMock(): void {
  beforeEach(async () => {
    ({ instance, facts } = await freshMock());
  });

  afterEach(async () => {
    sinon.restore();
    await instance.logout();
  });
}

/** `waitUntil` with a timeout that suits a shared, slow CI machine (default 8 s, not 1 s). */
export function waitUntil(
  predicate: () => unknown,
  message?: string,
  options: { timeout?: number; interval?: number } = {},
): Promise<void> {
  return waitUntilOnce(predicate, message, { timeout: 8000, ...options });
}

export type Attrs = Record<string, string | boolean | number | undefined>;

export async function mount(attrs: Attrs = {}, withInstance = true): Promise<DialstackCallLogs> {
  const el = document.createElement('dialstack-call-logs') as DialstackCallLogs;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  if (withInstance) el.dialstack = instance;
  return fixture<DialstackCallLogs>(html`<div style="width: 1280px">${el}</div>`).then((wrapper) =>
    wrapper.querySelector('dialstack-call-logs')!,
  );
}

export const root = (el: HTMLElement) => el.shadowRoot!;
/** The filter bar's and the detail panel's own shadow roots (internal elements). */
export const filterRoot = (el: HTMLElement) =>
  root(el).querySelector('dialstack-call-filters')?.shadowRoot ?? undefined;
export const detailRoot = (el: HTMLElement) =>
  root(el).querySelector('dialstack-call-detail')?.shadowRoot ?? undefined;
/** A part of the element, or of its internal elements (whose parts it re-exports). */
export const part = (el: HTMLElement, name: string) =>
  [root(el), filterRoot(el), detailRoot(el)]
    .map((r) => r?.querySelector<HTMLElement>(`[part~="${name}"]`))
    .find(Boolean) ?? null;
export const filterControl = <T extends HTMLElement>(el: HTMLElement, id: string) =>
  filterRoot(el)?.querySelector<T>(`#${id}`) ?? null;
export const rows = (el: HTMLElement) => [
  ...root(el).querySelectorAll<HTMLElement>('[part~="row"]'),
];
export const rowIds = (el: HTMLElement) => rows(el).map((r) => r.dataset.id!);
/** Text as shown: an internal element's text is in its shadow root. */
export const text = (node: Element | null | undefined) =>
  ((node?.shadowRoot ?? node)?.textContent ?? '').replace(/\s+/g, ' ').trim();

export async function loaded(el: DialstackCallLogs, min = 1): Promise<void> {
  await waitUntil(() => rows(el).length >= min, `expected at least ${min} rows`, { timeout: 8000 });
}

/** The rendered row of call `id`, once the virtualized list has drawn it. */
export async function rowFor(el: DialstackCallLogs, id: string): Promise<HTMLElement> {
  const find = () => rows(el).find((r) => r.dataset.id === id);
  await waitUntil(find, `row ${id} rendered`, { timeout: 8000 });
  return find()!;
}

/** The list items the element holds (every loaded call, not just the rendered rows). */
export const items = (el: DialstackCallLogs) =>
  (el as unknown as { list: { items: readonly CallLog[] } }).list.items;

export async function apiCalls(query: Record<string, string>): Promise<CallLog[]> {
  const client = instance.client;
  const all: CallLog[] = [];
  for await (const call of client.list<CallLog>('/v1/calls', {
    query: { ...query, limit: 100 },
    cache: 'no-store',
  })) {
    all.push(call);
  }
  return all;
}

/** A filter-bar control, once the bar's lazily loaded element has rendered. */
export async function control<T extends HTMLElement>(
  el: DialstackCallLogs,
  id: string,
): Promise<T> {
  await waitUntil(() => filterControl(el, id), `filter control #${id}`);
  return filterControl<T>(el, id)!;
}

export async function select(el: DialstackCallLogs, id: string, value: string): Promise<void> {
  const select = await control<HTMLSelectElement>(el, id);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

// ---- Tests ----
