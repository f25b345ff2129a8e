/**
 * Playwright page objects for the elements, built only on their public surface: tags, `part`
 * names, `data-*` attributes and ARIA roles (shadow roots are open, so Playwright's locators
 * pierce them). Typed against `@playwright/test` (an optional peer); no runtime import of it.
 *
 *     import { callLogs, voicemails } from '@dialstack/elements/testing/playwright';
 *     await expect(callLogs(page).rows().first()).toBeVisible();
 *     await callLogs(page).filter({ direction: 'inbound' });
 *     await voicemails(page).play(0);
 */
import type { Locator, Page } from '@playwright/test';

/** Where to look: the page, or a part of it (a dialog, a tab panel…). */
export type Scope = Page | Locator;

/** Visible labels the helpers look controls up by (English by default; pass yours otherwise). */
export interface Labels {
  direction: string;
  status: string;
}

const englishLabels: Labels = { direction: 'Direction', status: 'Status' };

const attributeValue = (value: string) => JSON.stringify(value);

/** What every element has: its root, its rows and its loading / empty / error views. */
export interface ElementObject {
  /** The element itself. */
  readonly root: Locator;
  /** Every rendered row (`part="row"`), in order. */
  rows(): Locator;
  /** The row whose `data-id` is `id`. */
  row(id: string): Locator;
  /** The loading, empty and error views (`part="loading" | "empty" | "error"`). */
  loading(): Locator;
  empty(): Locator;
  error(): Locator;
  /** The error view's retry button. */
  retry(): Promise<void>;
  /**
   * Starts recording the `detail` of every `name` event the element fires; the returned
   * function reads them (`await expect.poll(read).toHaveLength(1)`).
   */
  recordEvents<D = unknown>(name: string): Promise<() => Promise<D[]>>;
}

function elementObject(scope: Scope, tagName: string): ElementObject {
  const root = scope.locator(tagName).first();
  const part = (name: string) => root.locator(`[part~=${attributeValue(name)}]`);
  return {
    root,
    rows: () => part('row'),
    row: (id) => root.locator(`[part~="row"][data-id=${attributeValue(id)}]`),
    loading: () => part('loading'),
    empty: () => part('empty'),
    error: () => part('error'),
    retry: () => part('retry-button').click(),
    async recordEvents<D>(name: string) {
      const key = `__dialstackEvents:${name}:${Math.random().toString(36).slice(2)}`;
      await root.evaluate(
        (element, [eventName, store]) => {
          const seen: unknown[] = [];
          (window as unknown as Record<string, unknown[]>)[store] = seen;
          element.addEventListener(eventName, (event) => seen.push((event as CustomEvent).detail));
        },
        [name, key] as const,
      );
      return () =>
        root.evaluate((_, store) => (window as unknown as Record<string, D[]>)[store] ?? [], key);
    },
  };
}

export interface CallLogsObject extends ElementObject {
  /** The detail panel of the selected call (`part="detail"`, `data-id` = the call id). */
  detail(): Locator;
  /** The result count (`part="count"`). */
  count(): Locator;
  /** Sets filters through the filter bar (`part="filters"`), as a person would. */
  filter(filters: { direction?: string; status?: string }): Promise<void>;
  /** Opens a call's detail panel by clicking its row. */
  open(id: string): Promise<Locator>;
}

/** `<dialstack-call-logs>`. */
export function callLogs(scope: Scope, options: { labels?: Partial<Labels> } = {}): CallLogsObject {
  const labels = { ...englishLabels, ...options.labels };
  const base = elementObject(scope, 'dialstack-call-logs');
  const filters = () => base.root.locator('[part~="filters"]');
  return {
    ...base,
    detail: () => base.root.locator('[part~="detail"]'),
    count: () => base.root.locator('[part~="count"]'),
    async filter({ direction, status }) {
      if (direction !== undefined)
        await filters().getByLabel(labels.direction, { exact: true }).selectOption(direction);
      if (status !== undefined)
        await filters().getByLabel(labels.status, { exact: true }).selectOption(status);
    },
    async open(id) {
      await base.row(id).click();
      return base.root.locator(`[part~="detail"][data-id=${attributeValue(id)}]`);
    },
  };
}

export interface CallHistoryObject extends ElementObject {
  /** The "Call back" button (`part="call-back-button"`). */
  callBackButton(): Locator;
  /** The message after a call back (`part="call-back-status"`). */
  callBackStatus(): Locator;
  /** Loads the next page ("Show more", `part="show-more"`). */
  showMore(): Promise<void>;
}

/** `<dialstack-call-history>`. */
export function callHistory(scope: Scope): CallHistoryObject {
  const base = elementObject(scope, 'dialstack-call-history');
  return {
    ...base,
    callBackButton: () => base.root.locator('[part~="call-back-button"]'),
    callBackStatus: () => base.root.locator('[part~="call-back-status"]'),
    showMore: () => base.root.locator('[part~="show-more"]').click(),
  };
}

export interface VoicemailsObject extends ElementObject {
  /** The opened voicemail (`part="detail"`). */
  detail(): Locator;
  /** Opens the voicemail shown at `index` (0 = first row) and returns its detail. */
  open(index: number): Promise<Locator>;
  /** Opens the voicemail at `index` and presses its player's play button; returns the player. */
  play(index: number): Promise<Locator>;
}

/** `<dialstack-voicemails>`. */
export function voicemails(scope: Scope): VoicemailsObject {
  const base = elementObject(scope, 'dialstack-voicemails');
  const detail = () => base.root.locator('[part~="detail"]');
  const open = async (index: number) => {
    const toggle = base.rows().nth(index).locator('button[aria-expanded]').first();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    return detail();
  };
  return {
    ...base,
    detail,
    open,
    async play(index) {
      const player = (await open(index)).locator('[part~="audio-player"][role="group"]');
      // The player's first button is play/pause.
      await player.getByRole('button').first().click();
      return player;
    },
  };
}

export interface DialPlanObject extends ElementObject {
  /** Every node of the plan (`part="node"`). */
  nodes(): Locator;
  /** The node whose `data-node-id` is `id`. */
  node(id: string): Locator;
  /** Edges (`part="edge"`); `data-edge-id` is `source:exit`. */
  edges(): Locator;
  /** Editor: adds a step from the palette by its name ("Menu", "Voicemail"…), as a click does. */
  addNode(name: string): Promise<void>;
  /**
   * Editor: points exit `exit` ("Press 1", "No answer", "Open"…) of step `source` at step
   * `target` (null: at nothing) through the keyboard path: the exit, then the list.
   */
  connect(source: string, exit: string, target: string | null): Promise<void>;
  /** Editor: clicks Save (wait for the `dialstack-save` event or the status to know it saved). */
  save(): Promise<void>;
  /** Editor: the save state ("Unsaved changes", "All changes saved", why Save is off…). */
  status(): Locator;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `<dialstack-dial-plan>` (viewer and, with `mode="edit"`, editor). */
export function dialPlan(scope: Scope): DialPlanObject {
  const base = elementObject(scope, 'dialstack-dial-plan');
  const toolbar = base.root.locator('[part~="toolbar"]');
  return {
    ...base,
    nodes: () => base.root.locator('[part~="node"]'),
    node: (id) => base.root.locator(`[part~="node"][data-node-id=${attributeValue(id)}]`),
    edges: () => base.root.locator('[part~="edge"]'),
    async addNode(name) {
      const toggle = toolbar.getByRole('button', { name: 'Add step' });
      if (await toggle.isVisible()) await toggle.click();
      await base.root
        .locator('[part~="palette"]')
        .getByRole('button', { name: `Add ${name} step`, exact: true })
        .click();
    },
    async connect(source, exit, target) {
      const name = new RegExp(`^${escapeRegExp(exit)} of ${escapeRegExp(source)}:`);
      await base.root.getByRole('button', { name }).click();
      const form = base.root.locator('[part~="connect"]');
      await form.getByRole('combobox').selectOption(target ?? '');
      await form.getByRole('button', { name: 'Connect' }).click();
    },
    save: () => toolbar.getByRole('button', { name: 'Save', exact: true }).click(),
    status: () => toolbar.getByRole('status'),
  };
}
