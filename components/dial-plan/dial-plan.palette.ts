/**
 * The editor's palette: one item per node type, plus the friendly variants of `internal_dial`
 * (Voicemail, Voice app, Go to dial plan). Click (or Enter/Space) adds the step at a free
 * spot; dragging an item onto the canvas adds it where it is dropped. An internal element of
 * `<dialstack-dial-plan>` (lazy-loaded with the editor); the canvas does the adding.
 */
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { defaultConfig, type NodeType } from './dial-plan.graph';
import type { NameLookup, TargetKind } from './dial-plan.lookup';

/** The drag data type of a palette item (its key). */
export const PALETTE_MIME = 'application/x-dialstack-step';

export const PALETTE_KEYS = [
  'ring',
  'menu',
  'schedule',
  'voicemail',
  'sound_clip',
  'ring_all_users',
  'external_dial',
  'voice_app',
  'dial_plan',
] as const;
export type PaletteKey = (typeof PALETTE_KEYS)[number];

export const isPaletteKey = (value: unknown): value is PaletteKey =>
  typeof value === 'string' && (PALETTE_KEYS as readonly string[]).includes(value);

/** The node a palette item adds: its type, id base and starting config. */
export function paletteNode(
  key: PaletteKey,
  lookup: NameLookup,
  planId?: string,
): { type: NodeType; base: string; config: Record<string, unknown> } {
  const first = (kind: TargetKind) =>
    [...lookup.targets.values()].find((t) => t.kind === kind && t.id !== planId)?.id ?? '';
  switch (key) {
    case 'ring':
      return { type: 'internal_dial', base: 'ring', config: defaultConfig('internal_dial') };
    case 'voicemail':
      // Timeout 0: straight to voicemail (the contract), whatever the target turns out to be.
      return {
        type: 'internal_dial',
        base: 'voicemail',
        config: { target_id: first('shared_voicemail'), timeout: 0, next: null },
      };
    case 'voice_app':
      return {
        type: 'internal_dial',
        base: 'voice_app',
        config: { target_id: first('voice_app'), timeout: 30, next: null },
      };
    case 'dial_plan':
      return {
        type: 'internal_dial',
        base: 'dial_plan',
        config: { target_id: first('dial_plan'), timeout: 30, next: null },
      };
    default:
      return { type: key, base: key, config: defaultConfig(key) };
  }
}

export interface PaletteItem {
  key: PaletteKey;
  /** The step's name: "Voicemail". */
  name: string;
  /** Around the name in the button's accessible name ("Add " … " step"), not shown. */
  before: string;
  after: string;
  description: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-dial-plan-palette': DialstackDialPlanPalette;
  }
}

/** `detail` of the palette's (internal, non-composed) `dialstack-palette-add` event. */
export interface PaletteAddDetail {
  key: PaletteKey;
}

/**
 * @tagname dialstack-dial-plan-palette
 * @summary Internal: the dial-plan editor's step palette.
 * @internal
 */
export class DialstackDialPlanPalette extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    ul {
      display: flex;
      flex-direction: column;
      gap: 6px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      position: relative;
      padding: 8px 10px;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      font-size: 13px;
    }
    li:hover {
      border-color: var(--_primary);
    }
    button {
      display: block;
      width: 100%;
      padding: 0;
      border: 0;
      background: none;
      color: var(--_text);
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    /* The whole card takes the click. */
    button::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    button:focus-visible {
      outline: 2px solid var(--_primary);
      outline-offset: 1px;
    }
    .name {
      display: block;
      font-weight: 600;
    }
    .description {
      display: block;
      font-size: 12px;
      color: var(--_text-secondary);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .hint {
      margin: 0 0 8px;
      font-size: 12px;
      color: var(--_text-secondary);
    }
  `;

  @property({ attribute: false }) items: readonly PaletteItem[] = [];

  /** The list's accessible name. */
  @property() label = '';

  @property() hint = '';

  private add(key: PaletteKey) {
    this.dispatchEvent(
      new CustomEvent<PaletteAddDetail>('dialstack-palette-add', {
        detail: { key },
        bubbles: true,
        composed: false,
      }),
    );
  }

  private onDragStart(event: DragEvent, key: PaletteKey) {
    if (!event.dataTransfer) return;
    event.dataTransfer.setData(PALETTE_MIME, key);
    event.dataTransfer.setData('text/plain', key);
    event.dataTransfer.effectAllowed = 'copy';
  }

  override render() {
    return html`${this.hint ? html`<p class="hint">${this.hint}</p>` : null}
      <ul aria-label=${this.label}>
        ${this.items.map(
          (item) =>
            html`<li draggable="true" @dragstart=${(e: DragEvent) => this.onDragStart(e, item.key)}>
              <button
                type="button"
                data-key=${item.key}
                aria-describedby="description-${item.key}"
                @click=${() => this.add(item.key)}
              >
                <span class="visually-hidden">${item.before}</span
                ><span class="name">${item.name}</span
                ><span class="visually-hidden">${item.after}</span>
              </button>
              <span class="description" id="description-${item.key}">${item.description}</span>
            </li>`,
        )}
      </ul>`;
  }
}
