import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingListOptions {
  /** How many items the list has (all of them, not just the rendered ones). */
  count: () => number;
  /** Enter or Space on an item (and nothing else handled the key). */
  onActivate?: (index: number, event: KeyboardEvent) => void;
  /** The rendered element of an item; default: `[data-index="i"]` in the host's render root. */
  itemAt?: (index: number) => HTMLElement | null | undefined;
  /** For virtualized lists: bring an item into the DOM/view before it is focused. */
  scrollToIndex?: (index: number) => void | Promise<void>;
  /** Items moved by PageUp/PageDown (default 10). */
  pageSize?: number;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Controls that use the arrow keys themselves (checkboxes don't, so rows keep them). */
const OWN_KEYS_TARGET =
  'input:not([type="checkbox"]):not([type="radio"]), textarea, select, [contenteditable=""], [contenteditable="true"], [role="slider"]';

/**
 * Keyboard navigation for lists of rows, by index (so it works with virtualized lists):
 * one row is in the tab order (`tabindex=0`, the rest -1); ArrowUp/ArrowDown, Home/End and
 * PageUp/PageDown move focus; Enter/Space on a row activates it.
 *
 * Template: `<div role="list" @keydown=${list.handleKeydown} @focusin=${list.handleFocusin}>`
 * and on each row `data-index=${i} tabindex=${list.tabIndexFor(i)}`.
 */
export class RovingListController implements ReactiveController {
  private readonly host: Host;
  private readonly options: RovingListOptions;
  private active = 0;

  constructor(host: Host, options: RovingListOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The row that is in the tab order. */
  get activeIndex(): number {
    return this.active;
  }

  tabIndexFor(index: number): 0 | -1 {
    return index === this.clamp(this.active) ? 0 : -1;
  }

  hostUpdate(): void {
    this.active = this.clamp(this.active);
  }

  /** Makes `index` the active row and focuses it (scrolling it into the DOM first if needed). */
  async focusIndex(index: number): Promise<void> {
    const target = this.clamp(index);
    if (target !== this.active) {
      this.active = target;
      this.host.requestUpdate();
    }
    let item = this.itemAt(target);
    if (!item && this.options.scrollToIndex) {
      await this.options.scrollToIndex(target);
      await this.host.updateComplete;
      item = this.itemAt(target);
    }
    await this.host.updateComplete;
    item = this.itemAt(target) ?? item;
    item?.focus();
    item?.scrollIntoView?.({ block: 'nearest' });
  }

  readonly handleFocusin = (event: FocusEvent): void => {
    const index = this.indexOf(event.target);
    if (index !== undefined && index !== this.active) {
      this.active = index;
      this.host.requestUpdate();
    }
  };

  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement) || target.closest(OWN_KEYS_TARGET)) return;
    const row = target.closest<HTMLElement>('[data-index]');
    const index = this.indexOf(row);
    if (index === undefined) return;
    const onRow = target === row;
    const last = this.options.count() - 1;
    const page = this.options.pageSize ?? 10;
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(last, index + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, index - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'PageDown':
        next = Math.min(last, index + page);
        break;
      case 'PageUp':
        next = Math.max(0, index - page);
        break;
      case 'Enter':
      case ' ':
        // Buttons inside a row handle their own activation.
        if (!onRow) return;
        event.preventDefault();
        this.options.onActivate?.(index, event);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next >= 0) void this.focusIndex(next);
  };

  private itemAt(index: number): HTMLElement | null | undefined {
    if (this.options.itemAt) return this.options.itemAt(index);
    const root: ParentNode = this.host.shadowRoot ?? this.host;
    return root.querySelector<HTMLElement>(`[data-index="${index}"]`);
  }

  private indexOf(element: EventTarget | null | undefined): number | undefined {
    if (!(element instanceof HTMLElement)) return undefined;
    const value = element.closest<HTMLElement>('[data-index]')?.dataset.index;
    const index = value === undefined ? Number.NaN : Number(value);
    return Number.isInteger(index) ? index : undefined;
  }

  private clamp(index: number): number {
    const count = this.options.count();
    return count <= 0 ? 0 : Math.min(Math.max(0, index), count - 1);
  }
}
