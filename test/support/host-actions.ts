/**
 * Shared steps of the host-integration tests (row menus of host actions, the detail panel's
 * actions and `detail` slot), used by each list element's own tests.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { ActionDetail, DetailChangeDetail } from '../../src/base/host-actions';

export const hostActions = [
  { id: 'log', label: 'Log to CRM' },
  { id: 'ticket', label: 'Open a ticket' },
];

const wait = (predicate: () => unknown, message: string) =>
  waitUntil(predicate, message, { timeout: 8000 });

/** A row's menu button (null when the element shows none). */
export const rowMenuButton = (row: Element) =>
  row.querySelector<HTMLButtonElement>('[part~="row-actions"] button[aria-haspopup="menu"]');

/**
 * Opens `row`'s menu, checks it (its items are the host's labels, focus on the first), chooses
 * `actionId` and returns the `dialstack-action` event as heard by the element's parent.
 */
export async function chooseFromRowMenu(
  el: HTMLElement,
  row: Element,
  actionId: string,
): Promise<CustomEvent<ActionDetail>> {
  const trigger = rowMenuButton(row);
  expect(trigger, 'the row has a menu button').to.exist;
  expect(trigger!.getAttribute('aria-label')).to.match(/more actions, .+/i);
  trigger!.click();
  const menu = await wait(
    () => row.querySelector('[role="menu"]'),
    'the menu opens inside the row',
  ).then(() => row.querySelector<HTMLElement>('[role="menu"]')!);
  expect(trigger!.getAttribute('aria-expanded')).to.equal('true');
  expect(trigger!.getAttribute('aria-controls')).to.equal(menu.id);
  const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  expect(items.map((item) => item.textContent!.trim())).to.deep.equal(
    hostActions.map((action) => action.label),
  );
  await wait(() => el.shadowRoot!.activeElement === items[0], 'focus on the first item');
  await expect(el).to.be.accessible();
  const heard = oneEvent(el.parentElement!, 'dialstack-action');
  items.find((item) => item.dataset.action === actionId)!.click();
  const event = (await heard) as CustomEvent<ActionDetail>;
  expect(event.composed, 'composed').to.equal(true);
  await wait(() => !row.querySelector('[role="menu"]'), 'the menu closes');
  await wait(() => el.shadowRoot!.activeElement === trigger, 'focus back on the menu button');
  return event;
}

/** Puts a host-rendered `slot="detail"` child in `el` and returns it. */
export function slotHostContent(el: HTMLElement): HTMLElement {
  const content = document.createElement('p');
  content.slot = 'detail';
  content.textContent = 'Host notes';
  el.append(content);
  return content;
}

/** Waits until the element's detail slot shows `content` (assigned, and with a size). */
export async function expectSlotted(el: HTMLElement, content: HTMLElement): Promise<void> {
  await wait(
    () =>
      content.assignedSlot?.name === 'detail' &&
      content.assignedSlot.getRootNode() === el.shadowRoot &&
      content.getBoundingClientRect().height > 0,
    'the host content shows in the detail slot',
  );
}

/** The next `dialstack-detail-change`. */
export const nextDetailChange = (el: HTMLElement) =>
  oneEvent(el, 'dialstack-detail-change') as Promise<CustomEvent<DetailChangeDetail>>;

/** The detail panel's host action button `actionId` (searching `root`). */
export const detailActionButton = (root: ParentNode, actionId: string) =>
  root.querySelector<HTMLButtonElement>(`[part~="actions"] button[data-action="${actionId}"]`);
