import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterPaint } from './schedule';
import type { IndexRange } from './roving-list';

export interface RowWindowOptions {
  /** How many rows the list has (all of them). */
  count: () => number;
  /** The scrolling element (`overflow: auto`), once rendered. */
  scroller: () => HTMLElement | null | undefined;
  /** A rendered row, to read the row height from (all rows have the same CSS height). */
  sampleRow: () => HTMLElement | null | undefined;
  /** Row height assumed until one is laid out (px). */
  estimate: number;
  /** Viewport height assumed until the scroller is laid out (px). */
  viewport: number;
  /**
   * Rows rendered beyond each end of the visible ones (default 4), from the frame after the
   * first screen: that one renders only the rows in view.
   */
  overhang?: number;
  /** The rendered window changed (called after the update that rendered it). */
  onChange?: (range: IndexRange) => void;
}

/**
 * A window over a list of rows of one known height: which rows to render for the scroller's
 * position, and the scroll position of a row. The template renders `range` inside a box of
 * `count × row height` whose top padding is `first × row height` (see `offsetRows`).
 *
 * Nothing is measured before the first screen: the window starts from the estimates, and the
 * real row and viewport heights are read when the browser reports them (scroll events and a
 * ResizeObserver, both after layout), so rows are laid out once, never measured and moved.
 * The first screen renders only the rows in view; the overhang beyond them is added in a task
 * after that screen has been painted (it is for scrolling, not for the first paint).
 */
export class RowWindowController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: RowWindowOptions;
  private top = 0;
  private viewport: number;
  private rowHeight: number;
  /** Whether `rowHeight` was read from a laid-out row (not the estimate). */
  private measured = false;
  private window: IndexRange = { first: 0, last: -1 };
  private reported: IndexRange = { first: 0, last: -1 };
  private observer?: ResizeObserver;
  private observed?: HTMLElement;
  /** Whether the overhang is rendered (once the first rows have been painted). */
  private overhang = false;
  private overhangScheduled = false;
  private connected = false;

  constructor(host: ReactiveControllerHost, options: RowWindowOptions) {
    this.host = host;
    this.options = options;
    this.viewport = options.viewport;
    this.rowHeight = options.estimate;
    host.addController(this);
  }

  /** The rows to render (both ends included; empty when `last < first`). */
  get range(): IndexRange {
    return this.window;
  }

  /** Rows before the window, for the template's top offset. */
  get offsetRows(): number {
    return this.window.first;
  }

  hostUpdate(): void {
    this.window = this.compute();
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostUpdated(): void {
    if (!this.overhangScheduled && this.window.last >= this.window.first) {
      this.overhangScheduled = true;
      afterPaint(() => {
        this.overhang = true;
        if (this.connected) this.refresh();
      });
    }
    const scroller = this.options.scroller();
    if (scroller !== this.observed) {
      this.observer?.disconnect();
      this.observed?.removeEventListener('scroll', this.onScroll);
      this.observed = scroller ?? undefined;
      if (scroller) {
        scroller.addEventListener('scroll', this.onScroll, { passive: true });
        this.observer ??= new ResizeObserver(this.onResize);
        this.observer.observe(scroller);
        // A new scroller starts at the top; reading `scrollTop` here would force a layout.
        this.top = 0;
      }
    }
    const { first, last } = this.window;
    if (first !== this.reported.first || last !== this.reported.last) {
      const range = (this.reported = this.window);
      // After this update, so a change it causes (loading more) is an update of its own.
      queueMicrotask(() => this.options.onChange?.(range));
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed?.removeEventListener('scroll', this.onScroll);
    this.observed = undefined;
  }

  /**
   * Scrolls the least needed to show row `index` entirely, and renders the window around it
   * (the row is in the DOM once the host's update completes).
   */
  scrollToIndex(index: number): void {
    const scroller = this.options.scroller();
    if (!scroller) return;
    this.measure();
    const h = this.rowHeight;
    const top = index * h;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + h > scroller.scrollTop + this.viewport)
      scroller.scrollTop = top + h - this.viewport;
    this.top = scroller.scrollTop;
    this.refresh();
  }

  private compute(): IndexRange {
    const count = this.options.count();
    if (count <= 0) return { first: 0, last: -1 };
    const overhang = this.overhang ? (this.options.overhang ?? 4) : 0;
    const h = this.rowHeight;
    const first = Math.max(0, Math.floor(this.top / h) - overhang);
    const last = Math.min(count - 1, Math.ceil((this.top + this.viewport) / h) + overhang - 1);
    return { first: Math.min(first, last), last };
  }

  /** Reads the row and viewport heights (cheap when called after layout). */
  private measure(): void {
    const scroller = this.options.scroller();
    if (scroller?.clientHeight) this.viewport = scroller.clientHeight;
    const row = this.options.sampleRow()?.offsetHeight;
    if (row) {
      this.rowHeight = row;
      this.measured = true;
    }
  }

  private refresh(): void {
    const next = this.compute();
    if (next.first !== this.window.first || next.last !== this.window.last)
      this.host.requestUpdate();
  }

  private readonly onScroll = (): void => {
    this.overhang = true;
    this.top = this.observed?.scrollTop ?? 0;
    if (!this.measured) this.measure();
    this.refresh();
  };

  private readonly onResize = (): void => {
    this.measure();
    this.refresh();
  };
}

export interface FirstScreenOptions {
  /** Row height assumed for the first screen (px): the smallest a row can be, so it fills the view. */
  estimate: number;
}

/**
 * The first screen of a list whose rows are not windowed (they change height, e.g. when opened):
 * `cap(count)` renders only the rows the viewport can show until they have been painted, then
 * all of them (the same two steps as `RowWindowController`'s first screen and overhang). The
 * viewport is the window's height (read without forcing a layout), so the cap never leaves a
 * gap in view, whatever the list's position on the page.
 */
export class FirstScreenController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly estimate: number;
  private done = false;
  private capped = false;
  private scheduled = false;
  private connected = false;
  /** Painted while disconnected: the rest of the rows render when the host is back. */
  private stale = false;

  constructor(host: ReactiveControllerHost, { estimate }: FirstScreenOptions) {
    this.host = host;
    this.estimate = estimate;
    host.addController(this);
  }

  /** How many of `count` rows to render in this update. */
  cap(count: number): number {
    if (this.done || count <= 0) return count;
    const inView = Math.max(1, Math.ceil(window.innerHeight / this.estimate));
    if (count <= inView) return count;
    this.capped = true;
    return inView;
  }

  hostConnected(): void {
    this.connected = true;
    if (this.stale) {
      this.stale = false;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.connected = false;
  }

  hostUpdated(): void {
    if (!this.capped || this.scheduled) return;
    this.scheduled = true;
    afterPaint(() => {
      this.done = true;
      if (this.connected) this.host.requestUpdate();
      else this.stale = true;
    });
  }
}
