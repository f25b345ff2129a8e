import { css } from 'lit';

export const dialPlanStyles = css`
  :host {
    display: block;
    --_canvas: var(--_surface);
    --_card: var(--_bg);
    --_muted: var(--_text-secondary);
    --_accent: var(--_primary);
    --_edge: var(--dialstack-dial-plan-edge-color, var(--_border-strong));
    --_height: var(--dialstack-dial-plan-height, 480px);
  }
  [part='base'] {
    position: relative;
    height: var(--_height);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_canvas);
  }
  .pane {
    position: absolute;
    inset: 0;
    overflow: hidden;
    cursor: grab;
    touch-action: none;
  }
  .pane:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .xyflow__viewport {
    position: absolute;
    top: 0;
    left: 0;
    transform-origin: 0 0;
  }
  svg.edges {
    position: absolute;
    top: 0;
    left: 0;
    overflow: visible;
    pointer-events: none;
  }
  [part~='edge'] {
    fill: none;
    stroke: var(--_edge);
    stroke-width: 1.5;
  }
  [part~='edge'][data-dangling] {
    stroke-dasharray: 4 4;
  }
  .edge-label {
    position: absolute;
    transform: translate(-50%, -50%);
    padding: 1px 6px;
    border-radius: 999px;
    font-size: 11px;
    color: var(--_muted);
    background: var(--_card);
    border: 1px solid var(--_border);
    white-space: nowrap;
    pointer-events: none;
  }
  /* Zoomed out (a large plan fitted in view), the labels are illegible: not laid out nor
     painted. The editor's labels are buttons and stay. */
  :host(:not([mode='edit'])) .xyflow__viewport[data-zoomed-out] .edge-labels {
    display: none;
  }
  .nodes {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='node'] {
    position: absolute;
    top: 0;
    left: 0;
    box-sizing: border-box;
    width: 240px;
    min-height: 96px;
    padding: 10px 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card);
    color: var(--_text);
    cursor: pointer;
    font-size: 13px;
    line-height: 1.35;
  }
  [part~='node'][data-kind='start'] {
    width: 96px;
    min-height: 40px;
    padding: 10px;
    border-radius: 999px;
    text-align: center;
    font-weight: 600;
    cursor: default;
  }
  /* The viewer's cards are absolutely placed in the viewport's transform and the edges use the
     default card sizes, so a card out of view can skip its style, layout and paint (a 300-step
     plan paints far sooner). Not in the editor: its handles stick out of the cards, and paint
     containment would clip them. */
  :host(:not([mode='edit'])) [part~='node'] {
    content-visibility: auto;
    contain-intrinsic-size: auto 240px auto 96px;
  }
  :host(:not([mode='edit'])) [part~='node'][data-kind='start'] {
    contain-intrinsic-size: auto 96px auto 40px;
  }
  /* Zoomed out as far (a large plan fitted in view), the cards' text would be 2-5 px tall: the
     cards are drawn as boxes, their text not even styled (one attribute on the viewport, as for
     the labels: no node is touched). A card's name (its aria-label) still says all of it. A
     300-step plan's first frame then needs far less style and layout (~110 ms less here). The
     cards keep content-visibility: auto, so zooming in past the threshold styles only the
     cards in view, not every card. */
  :host(:not([mode='edit'])) .xyflow__viewport[data-zoomed-out] [part~='node'] > span {
    display: none;
  }
  [part~='node'][aria-current='true'] {
    border-color: var(--_accent);
    box-shadow: 0 0 0 2px var(--_accent);
  }
  [part~='node']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .node-title {
    display: block;
    font-size: 11px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--_muted);
  }
  [part~='node'][data-kind='unsupported'] {
    border-style: dashed;
  }
  .controls {
    position: absolute;
    right: 8px;
    bottom: 8px;
    display: flex;
    gap: 4px;
  }
  .controls button {
    min-width: 32px;
    min-height: 32px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
`;
