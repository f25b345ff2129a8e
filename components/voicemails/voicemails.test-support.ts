/**
 * Set-up and helpers shared by the `<dialstack-voicemails>` test files: each file gets a fresh
 * mock (its own store) and instance per test, and a `fetch` spy to read the requests made.
 */
import { fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { DialstackInstance, ListPage } from '../../src/core/types';
import type { DialstackVoicemails, Voicemail } from './voicemails';
import './define';
import { freshMock, mockSession, type SeedFacts } from '../../test/support/mock';

export let instance: DialstackInstance;
export let facts: SeedFacts;
export let fetchSpy: sinon.SinonSpy<Parameters<typeof fetch>, ReturnType<typeof fetch>>;

beforeEach(async () => {
  ({ instance, facts } = await freshMock());
  fetchSpy = sinon.spy(window, 'fetch');
});

afterEach(async () => {
  sinon.restore();
  await instance.logout();
});

// ---- helpers ----

/** `waitUntil` with room for the client's retries and a busy machine (5 s unless told). */
export const until = (
  predicate: () => unknown,
  message: string,
  options: { timeout?: number } = {},
) => waitUntil(predicate, message, { timeout: 5000, ...options });

export interface SeenRequest {
  method: string;
  path: string;
  url: URL;
  body: unknown;
}

/** Every API request the page made since the test started (observed on `fetch`). */
export function requests(method?: string, path?: string | RegExp): SeenRequest[] {
  return fetchSpy
    .getCalls()
    .map((call) => {
      const [input, init] = call.args;
      const href =
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const url = new URL(href, location.origin);
      const rawMethod = init?.method ?? (input instanceof Request ? input.method : 'GET');
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      return { method: rawMethod.toUpperCase(), path: url.pathname, url, body };
    })
    .filter(
      (request) =>
        request.path.startsWith('/v1/') &&
        (!method || request.method === method) &&
        (!path || (typeof path === 'string' ? request.path === path : path.test(request.path))),
    );
}

/** Reads the API directly (not through the element) to check what the server holds. */
export async function api<T>(path: string): Promise<{ status: number; body: T }> {
  const { client_secret } = await mockSession();
  const response = await fetch(path, { headers: { Authorization: `Bearer ${client_secret}` } });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

export async function allVoicemails(query = ''): Promise<Voicemail[]> {
  const list: Voicemail[] = [];
  let next: string | null = `/v1/voicemails?limit=100${query}`;
  while (next) {
    const { body }: { body: ListPage<Voicemail> } = await api<ListPage<Voicemail>>(next);
    list.push(...body.data);
    next = body.next_page_url;
  }
  return list;
}

export type Attrs = Record<string, string | number | undefined>;

export async function mount(attrs: Attrs = {}, width = 1024): Promise<DialstackVoicemails> {
  const el = document.createElement('dialstack-voicemails');
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) el.setAttribute(name, String(value));
  }
  el.dialstack = instance;
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${el}</div>`);
  return wrapper.querySelector('dialstack-voicemails')!;
}

export const root = (el: HTMLElement) => el.shadowRoot!;
export const part = (el: HTMLElement, name: string) =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
export const rows = (el: HTMLElement) => [
  ...root(el).querySelectorAll<HTMLElement>('[part~="row"]'),
];
export const rowIds = (el: HTMLElement) => rows(el).map((row) => row.dataset.id!);
export const row = (el: HTMLElement, id: string) =>
  root(el).querySelector<HTMLElement>(`[part~="row"][data-id="${id}"]`);
export const rowButton = (el: HTMLElement, id: string) =>
  row(el, id)!.querySelector<HTMLButtonElement>('.row__main')!;
export const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/[\s\u200b]+/g, ' ').trim();
export const buttonByText = (scope: ParentNode, pattern: RegExp) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => pattern.test(text(b)));
export const tab = (el: HTMLElement, name: 'All' | 'Unread') =>
  [...root(el).querySelectorAll<HTMLElement>('[role="tab"]')].find((t) =>
    text(t).startsWith(name),
  )!;
export const detail = (el: HTMLElement) => part(el, 'detail');
/** Inside the opened voicemail (its own element, `<dialstack-voicemail-detail>`). */
export const detailRoot = (el: HTMLElement) => detail(el)?.shadowRoot;
export const toast = (el: HTMLElement) => part(el, 'toast');
export const dialog = (el: HTMLElement) => root(el).querySelector<HTMLDialogElement>('dialog');
export const deepActive = (): Element | null => {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

/** Lets entrance animations (toast, dialog) finish, so colour checks see the final colours. */
export async function settled(el: HTMLElement): Promise<void> {
  await Promise.all(
    root(el)
      .getAnimations()
      .map((animation) => animation.finished.catch(() => undefined)),
  );
}

export async function loaded(el: DialstackVoicemails, min = 1): Promise<void> {
  // A busy list is still adding the rows beyond its first screen.
  const busy = () => root(el).querySelector('.list[aria-busy="true"]');
  await until(() => rows(el).length >= min && !busy(), `expected at least ${min} rows`, {
    timeout: 8000,
  });
}

export async function open(el: DialstackVoicemails, id: string): Promise<ShadowRoot> {
  rowButton(el, id).click();
  // The container renders at once; its content comes with the lazily loaded detail element.
  await until(() => detailRoot(el)?.querySelector('.detail__delete'), 'detail opened');
  return detailRoot(el)!;
}

export async function play(el: DialstackVoicemails): Promise<void> {
  const played = oneEvent(el, 'dialstack-voicemail-play');
  // The player arrives with the lazily loaded detail view.
  const toggle = () => detailRoot(el)?.querySelector<HTMLButtonElement>('.player__toggle');
  await until(toggle, 'player rendered');
  toggle()!.click();
  await played;
}

/**
 * The undo window the delete tests set: longer than a busy machine takes between the delete and
 * the test's next step, shorter than a request's own 30 s timeout (which the fake clock also
 * runs); a fake clock ends it.
 */
export const UNDO_MS = 15_000;

/** Fake `setTimeout` that still advances with real time (so `until` keeps polling). */
export function fakeClock(): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout'],
    shouldAdvanceTime: true,
    shouldClearNativeTimers: true,
  });
}

/** Runs the clock past the undo window, then lets what that starts reach `fetch`. */
export async function pastUndoWindow(clock: sinon.SinonFakeTimers): Promise<void> {
  await clock.tickAsync(UNDO_MS + 1000);
  await nextFrame();
}

/** Confirms the open delete dialog. */
export async function confirmDialog(el: DialstackVoicemails): Promise<void> {
  await until(() => dialog(el)?.open, 'confirmation dialog');
  dialog(el)!.querySelector<HTMLButtonElement>('button[value="confirm"]')!.click();
  await until(() => !dialog(el), 'dialog closed');
}
