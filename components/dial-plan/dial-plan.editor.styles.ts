import { css } from 'lit';

/**
 * The editor's styles, adopted by the element's shadow root when the editor loads. Card
 * geometry matches `dial-plan.editor-view.ts` (header 64px, an exit row 24px, the input at 32px).
 * Narrow widths (a container query on the editor): the palette becomes a drawer behind an
 * "Add step" button, the panel covers the canvas, the minimap hides.
 */
export const dialPlanEditorStyles = css`
  .editor {
    display: flex;
    flex-direction: column;
    container: dialplan / inline-size;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    padding: 6px 8px;
    border-bottom: 1px solid var(--_border);
    background: var(--_card);
  }
  .toolbar button,
  .toolbar input,
  .side button,
  .save-error button,
  .connect button,
  .connect select {
    min-height: 32px;
    padding: 0 10px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card);
    color: var(--_text);
    font: inherit;
    font-size: 13px;
    cursor: pointer;
  }
  .toolbar input {
    flex: 0 1 220px;
    min-width: 120px;
    cursor: text;
  }
  .toolbar button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  .toolbar .status {
    margin-inline-start: auto;
    font-size: 12px;
    color: var(--_muted);
  }
  .toolbar .status[data-blocked] {
    color: var(--_danger);
  }
  .toolbar .save {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-primary);
    font-weight: 600;
  }
  .palette-toggle,
  .side-toggle {
    display: none;
  }
  .save-error {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 6px 10px;
    border-bottom: 1px solid var(--_danger);
    color: var(--_danger);
    background: var(--_card);
    font-size: 13px;
  }
  .body {
    position: relative;
    display: flex;
    flex: 1;
    min-height: 0;
  }
  .palette {
    flex: none;
    width: 200px;
    box-sizing: border-box;
    padding: 8px;
    overflow: auto;
    border-right: 1px solid var(--_border);
    background: var(--_card);
  }
  .canvas {
    position: relative;
    flex: 1;
    min-width: 0;
    user-select: none;
  }
  .side {
    flex: none;
    width: 320px;
    box-sizing: border-box;
    overflow: auto;
    border-left: 1px solid var(--_border);
    background: var(--_card);
  }
  .side-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    padding: 8px;
  }
  .side > * + * {
    border-top: 1px solid var(--_border);
  }
  /* The step panel pads its own sections; the problems list and the simulator are padded here. */
  .side > dialstack-dial-plan-findings,
  .side > dialstack-dial-plan-simulator {
    padding: calc(var(--_space) * 4);
  }
  .editor [part~='node'][data-simulated] {
    border-color: var(--_success, var(--_accent));
    box-shadow: 0 0 0 3px var(--_success, var(--_accent));
  }
  .editor [part~='edge'][data-simulated] {
    stroke: var(--_success, var(--_accent));
    stroke-width: 3;
  }

  /* Cards: a fixed header, then one row per exit with its handle on the right edge. */
  .editor [part~='node']:not([data-kind='start']) {
    padding-top: 10px;
    cursor: grab;
  }
  .editor .node-title {
    height: 15px;
    line-height: 15px;
    padding-right: 110px;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .editor .node-summary {
    display: -webkit-box;
    height: 34px;
    line-height: 17px;
    overflow: hidden;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
  }
  .editor [part~='node'][data-failed] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 2px var(--_danger);
  }
  .node-id {
    position: absolute;
    top: 8px;
    right: 34px;
    max-width: 90px;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 11px;
    color: var(--_muted);
  }
  .node-delete {
    position: absolute;
    top: 4px;
    right: 4px;
    width: 24px;
    height: 24px;
    padding: 0;
    border: 0;
    border-radius: var(--_radius-sm, 4px);
    background: transparent;
    color: var(--_muted);
    font: inherit;
    font-size: 16px;
    line-height: 1;
    cursor: pointer;
  }
  .node-delete:hover,
  .node-delete:focus-visible {
    color: var(--_danger);
    background: var(--_surface-hover);
  }
  .exits {
    margin: 5px -12px 0 0;
    padding: 0;
    list-style: none;
  }
  .exit {
    position: relative;
    display: flex;
    gap: 6px;
    height: 24px;
    align-items: center;
    padding-right: 18px;
    font-size: 12px;
    white-space: nowrap;
  }
  .exit-label {
    font-weight: 600;
  }
  .exit-target {
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--_muted);
  }
  .xy-flow__handle {
    position: absolute;
    box-sizing: border-box;
    width: 14px;
    height: 14px;
    padding: 0;
    border: 2px solid var(--_card);
    border-radius: 50%;
    background: var(--_edge);
    pointer-events: all;
    cursor: crosshair;
  }
  .xy-flow__handle.source {
    right: -7px;
    top: 5px;
  }
  .xy-flow__handle.target {
    left: -7px;
    top: 25px;
  }
  [data-kind='start'] .xy-flow__handle.source {
    right: -7px;
    top: 13px;
  }
  .xy-flow__handle:hover,
  .xy-flow__handle:focus-visible {
    background: var(--_accent);
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  /* A finger on a handle or a grip draws a connection; it never scrolls or zooms the page. */
  .xy-flow__handle,
  .edge-end {
    touch-action: none;
  }
  /* The grip on an edge's far end, just before the step's input handle (under it on screen). */
  .edge-end {
    position: absolute;
    z-index: 1;
    box-sizing: border-box;
    width: 16px;
    height: 16px;
    margin: -8px 0 0 -14px;
    border: 2px solid transparent;
    border-radius: 50%;
    pointer-events: all;
    cursor: grab;
  }
  .edge-end:hover,
  .edge-end[data-selected] {
    border-color: var(--_accent);
    background: var(--_card);
  }
  .edge-end[data-selected] {
    z-index: 2;
  }
  /* While a connection is drawn, the grips let the steps' handles under them take the drop. */
  .xyflow__viewport:has(.connection) .edge-end {
    pointer-events: none;
  }
  /* Coarse pointers (fingers): handles and grips take a touch 26-28 px wide (WCAG 2.5.8
     asks for 24), drawn the same size. */
  @media (pointer: coarse) {
    .xy-flow__handle::before,
    .edge-end::before {
      content: '';
      position: absolute;
      inset: -8px;
      border-radius: 50%;
    }
  }
  .editor [part~='edge'][data-selected] {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .editor .edge-label {
    font: inherit;
    font-size: 11px;
    pointer-events: all;
    cursor: pointer;
  }
  .editor .edge-label[aria-pressed='true'] {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .connection-line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .connect {
    position: absolute;
    left: 8px;
    right: 8px;
    bottom: 52px;
    z-index: 4;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    padding: 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card);
    box-shadow: var(--_shadow);
    font-size: 13px;
  }
  .connect label {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
  }
  .minimap {
    position: absolute;
    right: 8px;
    top: 8px;
    z-index: 3;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card);
    overflow: hidden;
  }
  .minimap svg {
    display: block;
    cursor: grab;
  }
  .minimap rect {
    fill: var(--_border-strong);
  }
  .minimap rect.selected {
    fill: var(--_accent);
  }
  .minimap .minimap-view {
    fill: var(--_primary-subtle, transparent);
    fill-opacity: 0.35;
    stroke: var(--_accent);
    stroke-width: 8;
    vector-effect: non-scaling-stroke;
  }

  @container dialplan (max-width: 640px) {
    .palette-toggle,
    .side-toggle {
      display: inline-flex;
      align-items: center;
      gap: calc(var(--_space) * 1);
    }
    .side:not([data-open]) {
      display: none;
    }
    .palette {
      position: absolute;
      inset: 0 auto 0 0;
      z-index: 6;
      display: none;
      width: min(260px, 85%);
      box-shadow: var(--_shadow);
    }
    .palette[data-open] {
      display: block;
    }
    .side {
      position: absolute;
      inset: 0 0 0 auto;
      z-index: 7;
      width: min(340px, 100%);
      box-shadow: var(--_shadow);
    }
    .minimap {
      display: none;
    }
    .toolbar input {
      order: 10;
      flex: 1 1 100%;
    }
  }
`;
