/**
 * The dial-plan canvas's viewport on @xyflow/system: pan and zoom (`XYPanZoom`: wheel, pinch,
 * drag) that only ever moves one transform, and fit-to-view, which on a narrow canvas stops at
 * a legible zoom and shows the plan from its left (its Start) instead of shrinking it away.
 * `DialPlanViewportController` ties them to the element: it attaches pan/zoom to the rendered
 * pane, follows the pane's size, fits before the first paint, and zooms from the keyboard.
 */
import { getViewportForBounds, XYPanZoom } from '@xyflow/system';
import type { PanZoomInstance, Viewport } from '@xyflow/system';
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { XY } from './dial-plan.graph';
import { DEFAULT_NODE_SIZE, DEFAULT_START_SIZE, type Size } from './dial-plan.layout';
import type { Translate } from './dial-plan.messages';

export const MIN_ZOOM = 0.2;
export const MAX_ZOOM = 2;
/** Below this canvas width, fit-to-view zooms out no further than `NARROW_MIN_ZOOM`. */
const NARROW = 480;
const NARROW_MIN_ZOOM = 0.5;
const PADDING = 16;

export function createPanZoom(
  pane: HTMLElement,
  onTransform: (viewport: Viewport) => void,
): PanZoomInstance {
  const panZoom = XYPanZoom({
    domNode: pane,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    translateExtent: [
      [-Infinity, -Infinity],
      [Infinity, Infinity],
    ],
    viewport: { x: 0, y: 0, zoom: 1 },
    onDraggingChange: () => undefined,
  });
  panZoom.update({
    noWheelClassName: 'nowheel',
    noPanClassName: 'nopan',
    preventScrolling: true,
    panOnScroll: false,
    panOnDrag: true,
    panOnScrollMode: 'free' as never,
    panOnScrollSpeed: 0.5,
    userSelectionActive: false,
    zoomOnPinch: true,
    zoomOnScroll: true,
    zoomOnDoubleClick: false,
    zoomActivationKeyPressed: false,
    lib: 'xy',
    // Only the viewport's transform changes: panning and zooming never re-render the nodes.
    onTransformChange: ([x, y, zoom]) => onTransform({ x, y, zoom }),
    connectionInProgress: false,
    paneClickDistance: 0,
  });
  return panZoom;
}

/** The viewport that shows every card (sized by `sizeOf`) in a pane of `width` × `height`. */
export function fitViewport(
  positions: ReadonlyMap<string, XY>,
  sizeOf: (id: string) => Size,
  width: number,
  height: number,
): Viewport | undefined {
  if (!positions.size || !width || !height) return undefined;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [id, p] of positions) {
    const size = sizeOf(id);
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x + size.width);
    maxY = Math.max(maxY, p.y + size.height);
  }
  const floor = width < NARROW ? NARROW_MIN_ZOOM : MIN_ZOOM;
  const viewport = getViewportForBounds(
    { x: minX, y: minY, width: maxX - minX, height: maxY - minY },
    width,
    height,
    floor,
    1,
    0.1,
  );
  // Too wide to fit legibly: start at the left edge (the Start node) and let the person pan.
  if ((maxX - minX) * viewport.zoom > width) viewport.x = PADDING - minX * viewport.zoom;
  return viewport;
}

const ZOOM_STEP = 1.2;
/**
 * Below this zoom the viewer's edge labels (11 px) would be under 5 px tall, and its cards' text
 * (11-13 px) under 6: neither is drawn (each card's aria-label still says all of it).
 */
const LABEL_MIN_ZOOM = 0.45;

export interface DialPlanViewportOptions {
  /** The canvas pane (`.pane`), once rendered. */
  pane: () => HTMLElement | undefined;
  /** The element whose transform pans and zooms (`.xyflow__viewport`). */
  viewport: () => HTMLElement | undefined;
  /** Where each shown node is drawn (undefined until laid out). */
  positions: () => ReadonlyMap<string, XY> | undefined;
  /** The Start node's id (its card has its own size). */
  startId: () => string;
  /** The viewport moved, or the pane was resized (the editor's minimap follows). */
  transformed: (viewport: Viewport) => void;
}

/**
 * Pan and zoom of the dial-plan canvas: `XYPanZoom` on the rendered pane (again when the pane
 * is replaced), the pane's size from a `ResizeObserver`, fit-to-view once that size is known,
 * zoom buttons and keys (+, −, 0 to fit), and focus scrolls turned into pans.
 */
export class DialPlanViewportController implements ReactiveController {
  private readonly options: DialPlanViewportOptions;
  private instance?: PanZoomInstance;
  private instancePane?: HTMLElement;
  /** The pane's size as the last layout found it (a `ResizeObserver`'s, so never a forced reflow). */
  private size?: { width: number; height: number };
  private observer?: ResizeObserver;
  private needsFit = false;

  constructor(host: ReactiveControllerHost, options: DialPlanViewportOptions) {
    this.options = options;
    host.addController(this);
  }

  /** The pan/zoom of the current pane (undefined until it is rendered). */
  get panZoom(): PanZoomInstance | undefined {
    return this.instance;
  }

  /** The pane's size as the last layout found it (undefined until known). */
  get paneSize(): { width: number; height: number } | undefined {
    return this.size;
  }

  /** Fits the plan in view as soon as the pane's size is known (a new plan or layout). */
  requestFit(): void {
    this.needsFit = true;
  }

  hostUpdated(): void {
    const pane = this.options.pane();
    if (pane !== this.instancePane) {
      this.instance?.destroy();
      this.instance = undefined;
      this.instancePane = undefined;
      this.observer?.disconnect();
      this.size = undefined;
      if (pane) this.attach(pane);
    }
    this.fitIfNeeded();
  }

  hostDisconnected(): void {
    this.instance?.destroy();
    this.instance = undefined;
    this.instancePane = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
    this.size = undefined;
  }

  /** Zooms and pans so the whole plan is in view. */
  fitView(): void {
    const positions = this.options.positions();
    const pane = this.options.pane();
    if (!this.instance || !pane || !positions) return;
    const { width, height } = this.size ?? pane.getBoundingClientRect();
    const start = this.options.startId();
    const viewport = fitViewport(
      positions,
      (id) => (id === start ? DEFAULT_START_SIZE : DEFAULT_NODE_SIZE),
      width,
      height,
    );
    if (viewport) void this.instance.setViewport(viewport);
  }

  /** The zoom buttons: in, out, fit (`part="controls"`). */
  renderControls(t: Translate): unknown {
    return html`<div
      part="controls"
      class="controls"
      role="toolbar"
      aria-label=${t('canvas.controls')}
    >
      <button type="button" aria-label=${t('canvas.zoomIn')} @click=${() => this.zoomBy(ZOOM_STEP)}>
        +
      </button>
      <button
        type="button"
        aria-label=${t('canvas.zoomOut')}
        @click=${() => this.zoomBy(1 / ZOOM_STEP)}
      >
        −
      </button>
      <button type="button" aria-label=${t('canvas.fit')} @click=${() => this.fitView()}>⤢</button>
    </div>`;
  }

  /** The pane's keys (on the pane itself): +/= zoom in, −/- zoom out, 0 fits. */
  readonly onPaneKeyDown = (event: KeyboardEvent): void => {
    if (event.target !== event.currentTarget) return;
    if (event.key === '+' || event.key === '=') this.zoomBy(ZOOM_STEP);
    else if (event.key === '-' || event.key === '−' || event.key === '_')
      this.zoomBy(1 / ZOOM_STEP);
    else if (event.key === '0') this.fitView();
    else return;
    event.preventDefault();
  };

  /**
   * Focus moving to a card out of view scrolls the pane; the pane never scrolls (the
   * viewport's transform does), so the scroll becomes a pan that brings the card into view.
   */
  readonly onPaneScroll = (event: Event): void => {
    const pane = event.currentTarget as HTMLElement;
    const { scrollLeft: dx, scrollTop: dy } = pane;
    if (!dx && !dy) return;
    pane.scrollLeft = 0;
    pane.scrollTop = 0;
    const viewport = this.instance?.getViewport();
    if (viewport)
      void this.instance?.setViewport({ ...viewport, x: viewport.x - dx, y: viewport.y - dy });
  };

  /**
   * Fits once the pane's size is known. Until the pane's first layout it is not: the
   * `ResizeObserver` then fits after that layout and before the frame is painted, instead of
   * measuring here and forcing every new card's style and layout synchronously.
   */
  private fitIfNeeded() {
    if (!this.needsFit || !this.instance || !this.size || !this.options.positions()?.size) return;
    this.needsFit = false;
    this.fitView();
  }

  private attach(pane: HTMLElement) {
    this.instance = createPanZoom(pane, (viewport) => this.applyTransform(viewport));
    this.instancePane = pane;
    this.needsFit = true;
    // XYPanZoom has just measured the pane (getBoundingClientRect), so layout is clean and
    // reading its size costs nothing: the plan is then fitted before its first frame, instead
    // of being styled and laid out at zoom 1 and again at the fitted zoom once the observer runs.
    const { offsetWidth: width, offsetHeight: height } = pane;
    if (width && height) this.size = { width, height };
    this.observer ??= new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize?.[0];
      if (!box) return;
      this.size = { width: box.inlineSize, height: box.blockSize };
      const viewport = this.instance?.getViewport();
      if (viewport) this.options.transformed(viewport);
      this.fitIfNeeded();
    });
    this.observer.observe(pane);
  }

  private applyTransform({ x, y, zoom }: Viewport) {
    const viewport = this.options.viewport();
    if (viewport) {
      viewport.style.transform = `translate(${x}px, ${y}px) scale(${zoom})`;
      // Below LABEL_MIN_ZOOM the viewer's edge labels (aria-hidden) and card text would be a
      // few pixels tall: the stylesheet does not draw them (one attribute on the viewport, no
      // node is touched).
      viewport.toggleAttribute('data-zoomed-out', zoom < LABEL_MIN_ZOOM);
    }
    this.options.transformed({ x, y, zoom });
  }

  private zoomBy(factor: number) {
    void this.instance?.scaleBy(factor, { duration: 150 });
  }
}
