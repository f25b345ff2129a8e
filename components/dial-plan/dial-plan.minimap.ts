/**
 * The editor's minimap: every card as a rectangle and the part in view as a frame. It is drawn
 * when the cards move; panning and zooming only move the frame (no re-render). `XYMinimap`
 * (attached by `CanvasEditing`) makes it draggable and zoomable. Lazy-loaded with the editor.
 */
import type { Viewport } from '@xyflow/system';
import { html, nothing, svg } from 'lit';
import type { XY } from './dial-plan.graph';
import { DEFAULT_NODE_SIZE, DEFAULT_START_SIZE } from './dial-plan.layout';

export const MINIMAP = { width: 180, height: 120 };
const PAD = 40;

export class Minimap {
  private box = { x: 0, y: 0, width: 1, height: 1 };

  /** Flow units per minimap pixel. */
  get scale(): number {
    return Math.max(this.box.width / MINIMAP.width, this.box.height / MINIMAP.height);
  }

  /** Moves the view frame (`pane`: the canvas's size as last laid out, never measured here). */
  transformed(
    root: ShadowRoot,
    pane: { width: number; height: number } | undefined,
    { x, y, zoom }: Viewport,
  ): void {
    const rect = root.querySelector('.minimap-view');
    if (!rect || !pane) return;
    rect.setAttribute('x', String(-x / zoom));
    rect.setAttribute('y', String(-y / zoom));
    rect.setAttribute('width', String(pane.width / zoom));
    rect.setAttribute('height', String(pane.height / zoom));
  }

  render(
    positions: ReadonlyMap<string, XY>,
    selected: string | undefined,
    start: string,
    label: string,
  ): unknown {
    if (positions.size < 2) return nothing;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const p of positions.values()) {
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x + DEFAULT_NODE_SIZE.width);
      maxY = Math.max(maxY, p.y + DEFAULT_NODE_SIZE.height);
    }
    const box = (this.box = {
      x: minX - PAD,
      y: minY - PAD,
      width: maxX - minX + PAD * 2,
      height: maxY - minY + PAD * 2,
    });
    const rects = [...positions].map(([id, p]) => {
      const size = id === start ? DEFAULT_START_SIZE : DEFAULT_NODE_SIZE;
      return svg`<rect class=${id === selected ? 'selected' : ''} x=${p.x} y=${p.y} width=${size.width} height=${size.height} rx="12"></rect>`;
    });
    return html`<div class="minimap" part="minimap" role="img" aria-label=${label}>
      <svg
        width=${MINIMAP.width}
        height=${MINIMAP.height}
        viewBox="${box.x} ${box.y} ${box.width} ${box.height}"
        aria-hidden="true"
      >
        ${rects}
        <rect class="minimap-view" x="0" y="0" width="0" height="0"></rect>
      </svg>
    </div>`;
  }
}
