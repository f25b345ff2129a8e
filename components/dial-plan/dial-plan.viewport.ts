/**
 * The dial-plan canvas's viewport on @xyflow/system: pan and zoom (`XYPanZoom`: wheel, pinch,
 * drag) that only ever moves one transform, and fit-to-view, which on a narrow canvas stops at
 * a legible zoom and shows the plan from its left (its Start) instead of shrinking it away.
 */
import { getViewportForBounds, XYPanZoom } from '@xyflow/system';
import type { PanZoomInstance, Viewport } from '@xyflow/system';
import type { XY } from './dial-plan.graph';
import type { Size } from './dial-plan.layout';

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
