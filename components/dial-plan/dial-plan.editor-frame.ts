/**
 * The editor's frame around the canvas: the toolbar (name, undo/redo, delete, auto-layout,
 * save and its state), the save error, the palette, the keyboard connect form, and the side
 * (the step's panel, or the problems list and the call simulator). Lazy-loaded with the editor.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { exitLabel } from './dial-plan.describe';
import type { EditView } from './dial-plan.editor-view';
import { nodeById } from './dial-plan.graph';
import { PALETTE_KEYS, type PaletteItem, type PaletteKey } from './dial-plan.palette';
import type { PanelConfigDetail, PanelConnectDetail } from './dial-plan.panel';
import type { SimulationResult } from './dial-plan.simulate';

function paletteItems(v: EditView): PaletteItem[] {
  const t = v.host.t();
  return PALETTE_KEYS.map((key) => {
    const name = t(`types.${key}`);
    const [before = '', after = ''] = v.te('add', { name: '\u0000' }).split('\u0000');
    return { key, name, before, after, description: v.te(`items.${key}`) };
  });
}

function connectBar(v: EditView) {
  const pending = v.pending;
  if (!pending) return nothing;
  const t = v.host.t();
  const graph = v.editor.graph;
  const isStart = pending.source === v.startNode;
  const exit = isStart
    ? undefined
    : nodeById(graph, pending.source)?.exits.find((e) => e.id === pending.exitId);
  if (!isStart && !exit) return nothing;
  const current = isStart ? (graph.plan.entry_node ?? '') : (exit?.target ?? '');
  const exitName = exit ? exitLabel(exit, t) : t('exits.start');
  return html`<form class="connect" part="connect" @submit=${(e: Event) => v.submitConnect(e)}>
    <label>
      ${v.te('connectTo', { exit: exitName, name: v.nodeName(pending.source) })}
      <select>
        <option value="" ?selected=${!current}>
          ${v.te('connectNothing', { consequence: v.targetName(null, exit) })}
        </option>
        ${graph.nodes.map(
          (node) =>
            html`<option value=${node.id} ?selected=${node.id === current}>${node.id}</option>`,
        )}
      </select>
    </label>
    <button type="submit">${v.te('connect')}</button>
    <button type="button" @click=${() => v.cancelConnect()}>${v.te('cancel')}</button>
  </form>`;
}

function side(v: EditView) {
  const editor = v.editor;
  const node = editor.selected ? nodeById(editor.graph, editor.selected) : undefined;
  const instance = v.host.instance();
  if (node)
    return html`<aside class="side" part="side" data-open aria-label=${v.te('panel')}>
      <dialstack-dial-plan-panel
        ?no-autofocus=${v.added === node.id}
        .dialstack=${instance}
        .node=${node}
        .graph=${editor.graph}
        .lookup=${editor.lookup}
        .findings=${editor.findings.filter((f) => f.nodeId === node.id)}
        @dialstack-panel-config=${(e: CustomEvent<PanelConfigDetail>) =>
          editor.setConfig(e.detail.id, e.detail.config)}
        @dialstack-panel-connect=${(e: CustomEvent<PanelConnectDetail>) =>
          v.connect(e.detail.source, e.detail.exitId, e.detail.target)}
        @dialstack-panel-delete=${(e: CustomEvent<{ id: string }>) => v.deleteFromPanel(e.detail.id)}
        @dialstack-panel-close=${() => v.closePanel(node.id)}
      ></dialstack-dial-plan-panel>
    </aside>`;
  return html`<aside
    class="side"
    part="side"
    ?data-open=${v.sideOpen}
    aria-label=${v.te('findings')}
  >
    <dialstack-dial-plan-findings
      .dialstack=${instance}
      .findings=${editor.findings}
      .graph=${editor.graph}
      .lookup=${editor.lookup}
      @dialstack-finding-select=${(e: CustomEvent<{ nodeId: string }>) => v.selectFromList(e.detail.nodeId)}
    ></dialstack-dial-plan-findings>
    <dialstack-dial-plan-simulator
      .dialstack=${instance}
      .graph=${editor.graph}
      .lookup=${editor.lookup}
      @dialstack-simulate=${(e: CustomEvent<{ result: SimulationResult | null }>) =>
        v.highlight(e.detail.result)}
    ></dialstack-dial-plan-simulator>
  </aside>`;
}

/** The whole editor around the canvas. */
export function renderFrame(v: EditView, canvas: unknown): unknown {
  const editor = v.editor;
  const name = typeof editor.graph.plan.name === 'string' ? editor.graph.plan.name : '';
  const failure = editor.saveFailure;
  const status = editor.saving
    ? v.te('saving')
    : editor.blocked
      ? v.te('blocked', { count: editor.errorCount })
      : editor.dirty
        ? v.te('unsaved')
        : v.te('saved');
  const isNew = typeof editor.graph.plan.id !== 'string' || !editor.graph.plan.id;
  return html`<div part="base" class="editor" role="group" aria-label=${name || v.te('untitled')}>
    <div part="toolbar" class="toolbar" role="toolbar" aria-label=${v.te('toolbar')}>
      <button
        type="button"
        class="palette-toggle"
        aria-expanded=${v.paletteOpen ? 'true' : 'false'}
        aria-controls="palette"
        @click=${() => {
          v.paletteOpen = !v.paletteOpen;
          v.host.host.requestUpdate();
        }}
      >
        <span aria-hidden="true">+</span> ${v.te('paletteToggle')}
      </button>
      <input
        class="plan-name"
        aria-label=${v.te('planName')}
        placeholder=${v.te('untitled')}
        maxlength="255"
        .value=${live(name)}
        @change=${(e: Event) => v.onNameChange(e)}
      />
      <button type="button" ?disabled=${!editor.canUndo} @click=${() => editor.undo()}>
        ${v.te('undo')}
      </button>
      <button type="button" ?disabled=${!editor.canRedo} @click=${() => editor.redo()}>
        ${v.te('redo')}
      </button>
      <button
        type="button"
        ?disabled=${!editor.selected && !editor.selectedEdge}
        @click=${() => v.deleteSelection()}
      >
        ${v.te('deleteSelection')}
      </button>
      <button type="button" @click=${() => void v.host.autoLayout()}>${v.te('autoLayout')}</button>
      <button
        type="button"
        class="side-toggle"
        aria-expanded=${v.sideOpen ? 'true' : 'false'}
        @click=${() => {
          v.sideOpen = !v.sideOpen;
          v.host.host.requestUpdate();
        }}
      >
        ${v.te('findings')}
      </button>
      <span class="status" role="status" ?data-blocked=${editor.blocked}>${status}</span>
      <button
        type="button"
        class="save"
        ?disabled=${editor.blocked || editor.saving || (!editor.dirty && !isNew)}
        @click=${() => void v.host.save().catch(() => undefined)}
      >
        ${editor.saving ? v.te('saving') : v.te('save')}
      </button>
    </div>
    ${
      failure
        ? html`<div part="save-error" class="save-error" role="alert">
            <span>${failure.message}</span>
            ${
              failure.nodeId
                ? html`<button type="button" @click=${() => v.host.focusNode(failure.nodeId!)}>
                    ${v.te('showStep')}
                  </button>`
                : nothing
            }
          </div>`
        : nothing
    }
    <div class="body">
      <dialstack-dial-plan-palette
        id="palette"
        part="palette"
        class="palette"
        ?data-open=${v.paletteOpen}
        .items=${paletteItems(v)}
        label=${v.te('palette')}
        hint=${v.te('paletteHint')}
        @dialstack-palette-add=${(e: CustomEvent<{ key: PaletteKey }>) => v.add(e.detail.key)}
      ></dialstack-dial-plan-palette>
      <div class="canvas">
        ${canvas}
        ${v.minimap.render(v.positions(), v.editor.selected, v.startNode, v.te('minimap'))}
        ${connectBar(v)}
      </div>
      ${side(v)}
    </div>
    <div class="visually-hidden" role="status" aria-live="polite">${editor.announcement}</div>
  </div>`;
}
