import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A span of item indexes, both ends included. */
export interface IndexRange {
  first: number;
  last: number;
}

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
  /** The items the keys can reach, e.g. the current page of a paged list (default: all). */
  range?: () => IndexRange;
  /**
   * The window a virtualized list has rendered: when the active item is outside it, the
   * window's first item takes the tab stop, so Tab still enters the list.
   */
  rendered?: () => IndexRange | undefined;
  /**
   * Grid navigation: a selector for an item's cells (e.g. `[role="gridcell"]`). ArrowRight
   * moves from a row into its cells and ArrowLeft back out; ArrowUp/ArrowDown and
   * PageUp/PageDown keep the column; from a cell Home/End go to the row's first/last cell and
   * Ctrl+Home/Ctrl+End to the first/last row. Hidden cells (narrow layouts) are skipped.
   */
  cells?: string;
  /** Escape on an item or one of its cells. */
  onEscape?: (index: number, event: KeyboardEvent) => void;
  /** The keyboard moved to an item (e.g. to load more as it nears the end). */
  onNavigate?: (index: number) => void;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Controls that use the arrow keys themselves (checkboxes don't, so rows keep them). */
const OWN_KEYS_TARGET =
  'input:not([type="checkbox"]):not([type="radio"]), textarea, select, [contenteditable=""], [contenteditable="true"], [role="slider"]';

/**
 * Keyboard navigation for lists and grids of rows, by index (so it works with virtualized
 * lists): one row is in the tab order (`tabindex=0`, the rest -1); ArrowUp/ArrowDown,
 * Home/End and PageUp/PageDown move focus; Enter/Space on a row activates it. With `cells`,
 * ArrowLeft/ArrowRight also move between a row's cells (the ARIA grid pattern, rows first).
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

  /** Makes `index` the active row without moving focus (new data, a page change). */
  setActiveIndex(index: number): void {
    const target = this.clamp(index);
    if (target === this.active) return;
    this.active = target;
    this.host.requestUpdate();
  }

  tabIndexFor(index: number): 0 | -1 {
    return index === this.tabStopIndex ? 0 : -1;
  }

  /** The row in the tab order: the active one, or (virtualized) the rendered window's first. */
  get tabStopIndex(): number {
    const active = this.clamp(this.active);
    const window = this.options.rendered?.();
    if (!window || window.last < window.first) return active;
    return active >= window.first && active <= window.last ? active : this.clamp(window.first);
  }

  hostUpdate(): void {
    this.active = this.clamp(this.active);
  }

  /**
   * Makes `index` the active row and focuses it (scrolling it into the DOM first if needed);
   * with `column` (and `cells`), focuses that cell of the row instead.
   */
  async focusIndex(index: number, column = -1): Promise<void> {
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
    const cells = item && column >= 0 ? this.cellsOf(item) : [];
    const focus = cells.length ? cells[Math.min(column, cells.length - 1)] : item;
    if (focus && focus !== item && !focus.hasAttribute('tabindex')) focus.tabIndex = -1;
    focus?.focus();
    focus?.scrollIntoView?.({ block: 'nearest' });
  }

  /** The index of the row `target` is in (or undefined). */
  indexOf(target: EventTarget | null | undefined): number | undefined {
    if (!(target instanceof Element)) return undefined;
    const value = target.closest<HTMLElement>('[data-index]')?.dataset.index;
    const index = value === undefined ? Number.NaN : Number(value);
    return Number.isInteger(index) ? index : undefined;
  }

  readonly handleFocusin = (event: FocusEvent): void => {
    const index = this.indexOf(event.composedPath()[0] ?? event.target);
    if (index !== undefined && index !== this.active) {
      this.active = index;
      this.host.requestUpdate();
    }
  };

  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.metaKey) return;
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement) || target.closest(OWN_KEYS_TARGET)) return;
    const row = target.closest<HTMLElement>('[data-index]');
    const index = this.indexOf(row);
    if (!row || index === undefined) return;
    const grid = this.options.cells;
    const cells = grid ? this.cellsOf(row) : [];
    const column = target === row ? -1 : cells.indexOf(target);
    // A row, or (in a grid) one of its cells; not a button or link inside them.
    const onItem = target === row || column >= 0;
    const jump = event.key === 'Home' || event.key === 'End';
    if (event.ctrlKey && !(grid && jump)) return;
    const { first, last } = this.bounds();
    const page = this.options.pageSize ?? 10;
    let next: number | undefined;
    let nextColumn = column;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(last, index + 1);
        break;
      case 'ArrowUp':
        next = Math.max(first, index - 1);
        break;
      case 'PageDown':
        next = Math.min(last, index + page);
        break;
      case 'PageUp':
        next = Math.max(first, index - page);
        break;
      case 'Home':
      case 'End':
        if (column >= 0 && !event.ctrlKey) {
          next = index;
          nextColumn = event.key === 'Home' ? 0 : cells.length - 1;
        } else {
          next = event.key === 'Home' ? first : last;
        }
        break;
      case 'ArrowRight':
        if (!grid || !onItem || cells.length === 0) return;
        next = index;
        nextColumn = Math.min(cells.length - 1, column + 1);
        break;
      case 'ArrowLeft':
        if (!grid || column < 0) return;
        next = index;
        nextColumn = column - 1;
        break;
      case 'Enter':
      case ' ':
        // Buttons inside a row handle their own activation.
        if (!onItem) return;
        event.preventDefault();
        this.options.onActivate?.(index, event);
        return;
      case 'Escape':
        if (onItem) this.options.onEscape?.(index, event);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next < 0) return;
    void this.focusIndex(next, nextColumn);
    if (next !== index) this.options.onNavigate?.(next);
  };

  private itemAt(index: number): HTMLElement | null | undefined {
    if (this.options.itemAt) return this.options.itemAt(index);
    const root: ParentNode = this.host.shadowRoot ?? this.host;
    return root.querySelector<HTMLElement>(`[data-index="${index}"]`);
  }

  /** The row's cells that are laid out (a narrow layout hides some columns). */
  private cellsOf(row: HTMLElement): HTMLElement[] {
    const selector = this.options.cells;
    if (!selector) return [];
    return [...row.querySelectorAll<HTMLElement>(selector)].filter(
      (cell) => cell.getClientRects().length > 0,
    );
  }

  private bounds(): IndexRange {
    const range = this.options.range?.();
    if (range) return range;
    return { first: 0, last: this.options.count() - 1 };
  }

  private clamp(index: number): number {
    const { first, last } = this.bounds();
    if (last < first) return Math.max(0, first);
    return Math.min(Math.max(first, index), last);
  }
}
