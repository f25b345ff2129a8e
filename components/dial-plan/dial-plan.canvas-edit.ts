/**
 * Pointer editing on the dial-plan canvas, on @xyflow/system: moving steps (`XYDrag`, one per
 * node card), drawing an exit to a step (`XYHandle`), dropping palette items, and the minimap
 * (`XYMinimap`). Everything lives in the element's one shadow root (DESIGN §5): handles carry
 * the `source`/`target` classes and `data-nodeid`/`data-handleid`/`data-handlepos`, the handle
 * gets the `pointerdown` itself, and a connection is cancelled when the button is released
 * outside the element (the shadow root never hears that `mouseup`). Lazy-loaded with the editor.
 */
import {
  ConnectionMode,
  getHandleBounds,
  infiniteExtent,
  pointToRendererPoint,
  XYDrag,
  XYHandle,
  XYMinimap,
  type ConnectionState,
  type InternalNodeBase,
  type NodeBase,
  type PanZoomInstance,
  type Transform,
  type XYDragInstance,
} from '@xyflow/system';
import type { XY } from './dial-plan.graph';
import type { Size } from './dial-plan.layout';

/** What canvas editing needs from the element. */
export interface CanvasEditHost {
  readonly root: ShadowRoot;
  readonly pane: HTMLElement | undefined;
  readonly panZoom: PanZoomInstance | undefined;
  /** Where each card is now (Start included), in flow coordinates. */
  positions(): ReadonlyMap<string, XY>;
  /** Live positions while a drag runs (not recorded). */
  dragging(positions: ReadonlyMap<string, XY> | undefined): void;
  /** A drag ended: record the new positions (one history entry). */
  moved(positions: ReadonlyMap<string, XY>): void;
  /** An exit was drawn onto a step. */
  connected(source: string, exitId: string, target: string): void;
  /** The connection being drawn, in flow coordinates (null: none). */
  drawing(line: { from: XY; to: XY } | null): void;
  /** Whether a card may be dragged (the Start node may). */
  readonly startId: string;
}

/** The xyflow library prefix: handles have the class `xy-flow__handle`. */
export const LIB = 'xy';
const CONNECTION_RADIUS = 24;
/** How far (CSS px) a finger may wander and still tap an exit (Chromium's tap slop is 15). */
const TAP_SLOP = 10;

let flows = 0;

type Internal = InternalNodeBase<NodeBase>;

export class CanvasEditing {
  /** Prefix of handles' `data-id` (unique per element on the page). */
  readonly flowId = `dp${++flows}`;
  private readonly host: CanvasEditHost;
  private readonly drags = new Map<string, { element: Element; drag: XYDragInstance }>();
  private connection: ConnectionState | null = null;
  private lookup = new Map<string, Internal>();
  private minimap?: { element: Element; destroy(): void };

  constructor(host: CanvasEditHost) {
    this.host = host;
  }

  /** The `data-id` of a handle, as `XYHandle` looks it up. */
  handleId(nodeId: string, handleId: string, type: 'source' | 'target'): string {
    return `${this.flowId}-${nodeId}-${handleId}-${type}`;
  }

  get transform(): Transform {
    const viewport = this.host.panZoom?.getViewport() ?? { x: 0, y: 0, zoom: 1 };
    return [viewport.x, viewport.y, viewport.zoom];
  }

  /** A screen point (client coordinates) in flow coordinates. */
  toFlow(clientX: number, clientY: number): XY {
    const rect = this.host.pane?.getBoundingClientRect();
    return pointToRendererPoint(
      { x: clientX - (rect?.left ?? 0), y: clientY - (rect?.top ?? 0) },
      this.transform,
    );
  }

  /** The middle of what is in view, in flow coordinates. */
  viewCenter(): XY {
    const rect = this.host.pane?.getBoundingClientRect();
    if (!rect) return { x: 0, y: 0 };
    return this.toFlow(rect.left + rect.width / 2, rect.top + rect.height / 2);
  }

  /** The node lookup `XYDrag`/`XYHandle` read, measured from the cards now on screen. */
  private measure(withHandles: boolean): Map<string, Internal> {
    const lookup = new Map<string, Internal>();
    const zoom = this.transform[2];
    const positions = this.host.positions();
    for (const element of this.host.root.querySelectorAll<HTMLElement>('.xy-flow__node')) {
      const id = element.dataset.id;
      const position = id !== undefined ? positions.get(id) : undefined;
      if (id === undefined || !position) continue;
      const bounds = withHandles ? element.getBoundingClientRect() : undefined;
      const userNode: NodeBase = { id, position, data: {} };
      lookup.set(id, {
        ...userNode,
        draggable: true,
        selected: false,
        measured: { width: element.offsetWidth, height: element.offsetHeight },
        internals: {
          positionAbsolute: position,
          z: 0,
          userNode,
          ...(bounds
            ? {
                handleBounds: {
                  source: getHandleBounds('source', element as HTMLDivElement, bounds, zoom, id),
                  target: getHandleBounds('target', element as HTMLDivElement, bounds, zoom, id),
                },
              }
            : {}),
        },
      });
    }
    this.lookup = lookup;
    return lookup;
  }

  private readonly panBy = async ({ x, y }: XY): Promise<boolean> => {
    const panZoom = this.host.panZoom;
    if (!panZoom || (!x && !y)) return false;
    const [tx, ty, zoom] = this.transform;
    await panZoom.setViewport({ x: tx + x, y: ty + y, zoom });
    return true;
  };

  /** Attaches a drag to every node card on screen but `fixed` (and drops removed cards'). */
  sync(fixed?: string): void {
    const seen = new Set<string>();
    for (const element of this.host.root.querySelectorAll<HTMLElement>('.xy-flow__node')) {
      const id = element.dataset.id;
      if (id === undefined || id === fixed) continue;
      seen.add(id);
      const current = this.drags.get(id);
      if (current?.element === element) continue;
      current?.drag.destroy();
      this.drags.set(id, { element, drag: this.createDrag(id, element) });
    }
    for (const [id, { drag }] of this.drags) {
      if (seen.has(id)) continue;
      drag.destroy();
      this.drags.delete(id);
    }
  }

  private createDrag(id: string, element: Element): XYDragInstance {
    const collect = (items: Map<string, { position: XY }>) =>
      new Map([...items].map(([key, item]) => [key, { ...item.position }] as const));
    const drag = XYDrag({
      getStoreItems: () => ({
        nodes: [],
        nodeLookup: this.lookup,
        edges: [],
        nodeExtent: infiniteExtent,
        snapGrid: [1, 1],
        snapToGrid: false,
        nodeOrigin: [0, 0],
        multiSelectionActive: false,
        domNode: this.host.pane ?? null,
        transform: this.transform,
        autoPanOnNodeDrag: true,
        nodesDraggable: true,
        selectNodesOnDrag: false,
        nodeDragThreshold: 2,
        panBy: this.panBy,
        unselectNodesAndEdges: () => undefined,
        updateNodePositions: (items, dragging) => {
          if (dragging) this.host.dragging(collect(items));
        },
      }),
      onDragStart: () => {
        this.measure(false);
      },
      onDragStop: (_event, items) => {
        const positions = collect(items);
        this.host.dragging(undefined);
        this.host.moved(positions);
      },
    });
    // The lookup is measured when the pointer goes down, before the drag reads it: on
    // `pointerdown`, which comes first for a mouse (before `mousedown`) and for a finger (before
    // `touchstart`; a touch drag sends no `mousedown` at all).
    element.addEventListener('pointerdown', () => this.measure(false), { capture: true });
    drag.update({ domNode: element, nodeId: id, noDragClassName: 'nodrag', isSelectable: true });
    return drag;
  }

  /** Starts drawing a connection from an exit handle (its own `pointerdown` listener). */
  startConnection(event: PointerEvent | MouseEvent, nodeId: string, exitId: string): void {
    this.draw(event, nodeId, exitId, false);
  }

  /**
   * Starts moving the far (target) end of an exit's edge, from the grip drawn there (its own
   * `pointerdown` listener): `XYHandle`'s reconnect mode, anchored at the exit's handle, the
   * way React Flow and Svelte Flow drag an edge's end. Dropped on a step, the exit points
   * there; dropped anywhere else, the edge stays as it was (as a connection drawn from the
   * exit does).
   */
  startReconnection(event: PointerEvent | MouseEvent, nodeId: string, exitId: string): void {
    this.draw(event, nodeId, exitId, true);
  }

  private draw(
    event: PointerEvent | MouseEvent,
    nodeId: string,
    exitId: string,
    reconnect: boolean,
  ): void {
    if (event.button !== 0) return;
    const handle = event.currentTarget as Element;
    const lookup = this.measure(true);
    const root = this.host.root;
    // Ends the drag on nothing (so nothing changes): `XYHandle` keeps the last move's target
    // until it hears a move, so a move far away comes first, then the release.
    const abandon = () => {
      const far = { clientX: -1e5, clientY: -1e5, bubbles: true };
      root.dispatchEvent(new MouseEvent('mousemove', far));
      root.dispatchEvent(new MouseEvent('mouseup', far));
    };
    // A release outside the element: the shadow root never hears it.
    const release = (e: Event) => {
      if (!e.composedPath().includes(root)) abandon();
    };
    // The window losing focus, or a touch the system took over (`XYHandle` does not listen
    // for `touchcancel`): nothing is dropped.
    const lost = (e: Event) => {
      if (e.type !== 'blur' || e.target === window) abandon();
    };
    const listen = (on: boolean) => {
      const method = on ? 'addEventListener' : 'removeEventListener';
      window[method]('mouseup', release, true);
      for (const type of ['blur', 'touchcancel', 'pointercancel']) window[method](type, lost);
    };
    listen(true);
    let connected = false;
    XYHandle.onPointerDown(event, {
      autoPanOnConnect: true,
      connectionMode: ConnectionMode.Strict,
      connectionRadius: CONNECTION_RADIUS,
      domNode: (this.host.pane as HTMLDivElement | undefined) ?? null,
      handleId: exitId,
      nodeId,
      isTarget: false,
      // Reconnecting: the fixed end is the exit (a source handle); the grip is not a handle.
      ...(reconnect ? { edgeUpdaterType: 'source' as const } : {}),
      nodeLookup: lookup,
      lib: LIB,
      flowId: this.flowId,
      handleDomNode: handle,
      dragThreshold: 2,
      panBy: this.panBy,
      getTransform: () => this.transform,
      getFromHandle: () => (this.connection?.inProgress ? this.connection.fromHandle : null),
      updateConnection: (state) => {
        this.connection = state;
        if (!state.inProgress) return this.host.drawing(null);
        const to = pointToRendererPoint(state.to, this.transform);
        this.host.drawing({ from: state.from, to });
      },
      cancelConnection: () => {
        this.connection = null;
        listen(false);
        this.host.drawing(null);
      },
      isValidConnection: (c) => c.target !== this.host.startId,
      onConnect: (c) => {
        connected = true;
        if (c.sourceHandle) this.host.connected(c.source, c.sourceHandle, c.target);
      },
    });
    // After `XYHandle`'s own `touchend` listener (same root, added later), so it knows whether
    // the finger drew a connection.
    if (!reconnect && 'pointerType' in event && event.pointerType === 'touch')
      this.watchTap(event, handle, () => connected);
  }

  /**
   * A finger lifted where it went down on an exit's handle, drawing nothing: the handle is
   * clicked (the list of steps opens, the step is selected), as a mouse click does. The browser's
   * own click after a tap is not relied on: after other touch gestures on the page Chromium made
   * none for some taps (touch and pointer events reached the handle, no `mousedown` or `click`
   * followed anywhere). That click is cancelled (`preventDefault()` on `touchend`), so a tap
   * clicks exactly once.
   */
  private watchTap(down: PointerEvent, handle: Element, connected: () => boolean): void {
    const root = this.host.root;
    let moved = false;
    const far = (t: Touch | undefined) =>
      !t || Math.hypot(t.clientX - down.clientX, t.clientY - down.clientY) > TAP_SLOP;
    const move = (e: Event) => {
      const { touches } = e as TouchEvent;
      if (touches.length > 1 || far(touches[0])) moved = true;
    };
    const end = (e: Event) => {
      const { touches, changedTouches } = e as TouchEvent;
      // A second finger: no tap, but wait for the last one (as `XYHandle` does).
      if (touches.length > 0) return void (moved = true);
      stop();
      if (moved || connected() || e.target !== handle || far(changedTouches[0])) return;
      e.preventDefault();
      (handle as HTMLElement).click();
    };
    const stop = () => {
      root.removeEventListener('touchmove', move);
      root.removeEventListener('touchend', end);
      root.removeEventListener('touchcancel', stop);
    };
    root.addEventListener('touchmove', move, { passive: true });
    root.addEventListener('touchend', end);
    root.addEventListener('touchcancel', stop);
  }

  /** Drives the minimap's pan and zoom (drawn by the element). */
  attachMinimap(element: Element | undefined, scale: () => number, size: Size): void {
    const panZoom = this.host.panZoom;
    if (this.minimap?.element === element) return;
    this.minimap?.destroy();
    this.minimap = undefined;
    if (!element || !panZoom) return;
    const minimap = XYMinimap({
      domNode: element,
      panZoom,
      getTransform: () => this.transform,
      getViewScale: scale,
    });
    minimap.update({ translateExtent: infiniteExtent, width: size.width, height: size.height });
    this.minimap = { element, destroy: () => minimap.destroy() };
  }

  destroy(): void {
    for (const { drag } of this.drags.values()) drag.destroy();
    this.drags.clear();
    this.minimap?.destroy();
    this.minimap = undefined;
  }
}

/**
 * A spot for a new card near `at` that overlaps no card: straight down from it, a card's
 * height and a gap at a time.
 */
export function freeSpot(
  at: XY,
  positions: ReadonlyMap<string, XY>,
  size: Size,
  sizeOf: (id: string) => Size = () => size,
): XY {
  const gap = 24;
  const spot = { x: Math.round(at.x), y: Math.round(at.y) };
  const overlaps = (p: XY) =>
    [...positions].some(([id, q]) => {
      const s = sizeOf(id);
      return (
        p.x < q.x + s.width + gap &&
        q.x < p.x + size.width + gap &&
        p.y < q.y + s.height + gap &&
        q.y < p.y + size.height + gap
      );
    });
  for (let i = 0; i < 500 && overlaps(spot); i++) spot.y += Math.round(size.height / 2);
  return spot;
}
