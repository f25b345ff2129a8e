import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DialstackElement } from '../../src/base/dialstack-element';
import { comboboxStyles } from '../../src/ui/combobox';
import { iconClose, iconTrash } from '../../src/ui/icons';
import { inputStyles } from '../../src/ui/input';
import { menuStyles } from '../../src/ui/menu';
import { exitLabel } from './dial-plan.describe';
import { isRecord, type DialPlanGraph, type Exit, type GraphNode } from './dial-plan.graph';
import { emptyLookup, variantOf, type NameLookup, type NodeVariant } from './dial-plan.lookup';
import {
  dialPlanTranslator,
  isDialPlanLanguageLoaded,
  loadDialPlanLanguage,
  messageOverrides,
} from './dial-plan.i18n';
import type { Translate } from './dial-plan.messages';
import { exitSelect, type FieldMessage } from './dial-plan.panel-fields';
import type { Draft, PanelHost, PanelKey } from './dial-plan.panel-host';
import { TypedInputs } from './dial-plan.panel-inputs';
import { MenuOptions } from './dial-plan.panel-menu';
import { loadPhoneTyping } from './dial-plan.panel-phone';
import { ResourcePickers } from './dial-plan.panel-pickers';
import { dialPlanPanelPack } from './dial-plan.panel.messages';
import { panelStyles } from './dial-plan.panel.styles';
import { stepOptions } from './dial-plan.resources';
import type { Finding } from './dial-plan.validate';

/** `detail` of `dialstack-panel-config`: the node's whole new config, unknown fields kept. */
export interface PanelConfigDetail {
  id: string;
  config: Record<string, unknown>;
}

/** `detail` of `dialstack-panel-connect`: an exit's next step (null leads nowhere). */
export interface PanelConnectDetail {
  source: string;
  exitId: string;
  target: string | null;
}

export interface PanelDeleteDetail {
  id: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-dial-plan-panel': DialstackDialPlanPanel;
  }
  interface GlobalEventHandlersEventMap {
    'dialstack-panel-config': CustomEvent<PanelConfigDetail>;
    'dialstack-panel-connect': CustomEvent<PanelConnectDetail>;
    'dialstack-panel-delete': CustomEvent<PanelDeleteDetail>;
    'dialstack-panel-close': CustomEvent<void>;
  }
}

export type { Draft } from './dial-plan.panel-host';

const EDITABLE = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The settings of one step of `<dialstack-dial-plan>`'s editor (internal; loaded on demand):
 * every config field of the step's type with the contract's rules checked as you type, the
 * resource pickers (searchable, grouped), each exit's next step, and Delete. It edits nothing
 * itself: it fires events the editor applies (and can undo).
 *
 * @fires {CustomEvent<PanelConfigDetail>} dialstack-panel-config - `{ id, config }`: the whole new config (unknown fields kept).
 * @fires {CustomEvent<PanelConnectDetail>} dialstack-panel-connect - `{ source, exitId, target }`: an exit's next step (null: none).
 * @fires {CustomEvent<PanelDeleteDetail>} dialstack-panel-delete - `{ id }`: delete the step.
 * @fires {CustomEvent<void>} dialstack-panel-close - Escape or the close button.
 */
export class DialstackDialPlanPanel extends DialstackElement implements PanelHost {
  static override styles = [
    DialstackElement.styles,
    menuStyles,
    comboboxStyles,
    inputStyles,
    panelStyles,
  ];

  /** The step to edit. */
  @property({ attribute: false }) node?: GraphNode;
  /** The plan (its steps are the exits' possible targets). */
  @property({ attribute: false }) graph?: DialPlanGraph;
  /** The account's resources, for the pickers and names. */
  @property({ attribute: false }) lookup: NameLookup = emptyLookup();
  /** This step's findings; those about a field or an exit show next to it. */
  @property({ attribute: false }) findings: readonly Finding[] = [];
  /** Leaves focus where it is when a step opens (focus goes to the heading otherwise). */
  @property({ type: Boolean, attribute: 'no-autofocus' }) noAutofocus = false;

  /** Field -> what is typed there, while it differs from the config. */
  @state() drafts: ReadonlyMap<string, Draft> = new Map();
  /** The field being typed in (an incomplete number is an error only once it is left). */
  @state() focused?: string;
  /** A refusal to show (the 13th option). */
  @state() notice?: string;

  @query('h2') private heading?: HTMLElement;

  private readonly pickers = new ResourcePickers(this, this);
  private readonly inputs = new TypedInputs(this);
  private readonly menu = new MenuOptions(this);
  private focusedFor?: string;
  private pendingFocus?: string;
  private sent?: { source: unknown; config: Record<string, unknown> };

  constructor() {
    super();
    this.addEventListener('keydown', this.onKeydown);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.tabIndex = -1;
  }

  /**
   * True while a field holds text that is not in the plan because it breaks a rule (the
   * plan keeps the field's last valid value meanwhile).
   */
  get invalid(): boolean {
    return [...this.drafts.values()].some((d) => d.problem !== undefined);
  }

  /** The panel's own strings. */
  pt(key: PanelKey, params?: Record<string, string | number>): string {
    return dialPlanPanelPack.t(this.i18n, key, params);
  }

  get defaultCountry(): string {
    return this.i18n.defaultCountry;
  }

  formatPhone(e164: string): string {
    return this.i18n.phone(e164);
  }

  formatDuration(seconds: number): string {
    return this.i18n.duration(seconds, 'short');
  }

  /** The dial plan's strings (types, exits) in the page's language, with the host's overrides. */
  get dt(): Translate {
    return dialPlanTranslator(this.i18n, messageOverrides(this.instance?.locale));
  }

  /** The config the next change starts from: the last one sent until the editor applies it. */
  get config(): Record<string, unknown> {
    const source = this.node?.json.config;
    if (this.sent && this.sent.source === source) return this.sent.config;
    return isRecord(source) ? source : {};
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!dialPlanPanelPack.loaded(this.i18n.language))
      void dialPlanPanelPack.load(this.i18n.language).then(() => this.requestUpdate());
    if (!isDialPlanLanguageLoaded(this.i18n.language))
      void loadDialPlanLanguage(this.i18n.language).then(() => this.requestUpdate());
    if (changed.has('node')) {
      const previous = changed.get('node') as GraphNode | undefined;
      if (previous?.id !== this.node?.id) {
        this.drafts = new Map();
        this.notice = undefined;
        this.sent = undefined;
        this.pickers.reset();
      } else {
        this.dropStaleDrafts();
      }
      if (this.node?.kind === 'external_dial') void loadPhoneTyping();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const id = this.node?.id;
    if (id !== undefined && id !== this.focusedFor) {
      this.focusedFor = id;
      if (!this.noAutofocus) this.heading?.focus();
    }
    const later =
      this.pendingFocus && this.renderRoot.querySelector<HTMLElement>(`#${this.pendingFocus}`);
    if (later) {
      this.pendingFocus = undefined;
      later.focus();
    }
  }

  /** Focuses the control with this id once it is rendered (a new option row, say). */
  focusLater(id: string): void {
    this.pendingFocus = id;
    this.requestUpdate();
  }

  /** Drafts typed over a value the editor has since changed (undo, another edit) go. */
  private dropStaleDrafts(): void {
    let drafts: Map<string, Draft> | undefined;
    for (const [field, draft] of this.drafts) {
      if (!same(draft.base, this.configValue(field)))
        (drafts ??= new Map(this.drafts)).delete(field);
    }
    if (drafts) this.drafts = drafts;
  }

  /** The config value behind a field: `timeout`, `phone_number`, or `digit-<index>`. */
  configValue(field: string): unknown {
    const config = this.config;
    const digit = /^digit-(\d+)$/.exec(field);
    if (!digit) return config[field];
    const options = Array.isArray(config.options) ? config.options : [];
    const option: unknown = options[Number(digit[1])];
    return isRecord(option) ? option.digit : undefined;
  }

  setDrafts(update: (drafts: Map<string, Draft>) => void): void {
    const drafts = new Map(this.drafts);
    update(drafts);
    this.drafts = drafts;
  }

  // ---- Events ----

  private fire<K extends keyof GlobalEventHandlersEventMap>(
    type: K,
    detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): void {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: false, detail }));
  }

  /** Sends the whole config with `patch` over it (keys keep their place; unknown ones stay). */
  sendConfig(patch: Record<string, unknown>): void {
    const node = this.node;
    if (!node || node.kind === 'unsupported') return;
    const config = { ...this.config, ...patch };
    this.notice = undefined;
    this.sent = { source: node.json.config, config };
    this.fire('dialstack-panel-config', { id: node.id, config });
  }

  connectExit(exitId: string, target: string | null): void {
    const node = this.node;
    if (!node) return;
    this.fire('dialstack-panel-connect', { source: node.id, exitId, target });
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const origin = event.composedPath()[0];
    if (event.key === 'Delete' || event.key === 'Backspace') {
      // Typing in a field never reaches the editor's "delete the selected step" binding.
      if (
        origin instanceof HTMLElement &&
        (EDITABLE.has(origin.tagName) || origin.isContentEditable)
      )
        event.stopPropagation();
    } else if (event.key === 'Escape' && !event.defaultPrevented) {
      event.stopPropagation();
      this.fire('dialstack-panel-close', undefined);
    }
  };

  // ---- Field messages ----

  /** The findings about a field (or an exit), as messages. */
  findingsAt(where: { field?: string; exitId?: string }): FieldMessage[] {
    return this.findings
      .filter(
        (f) =>
          (where.field === undefined ? f.field === undefined : f.field === where.field) &&
          f.exitId === where.exitId,
      )
      .map((f) => ({ tone: f.severity, text: f.message }));
  }

  /** A field's messages: the local problem replaces its findings; a hint comes first. */
  messagesFor(
    field: string,
    problem: string | undefined,
    hint?: string,
    at: { field?: string; exitId?: string } = { field },
  ): FieldMessage[] {
    const messages: FieldMessage[] = hint ? [{ tone: 'hint', text: hint }] : [];
    if (problem) return [...messages, { tone: 'error', text: problem }];
    return [...messages, ...this.findingsAt(at)];
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    const node = this.node;
    if (!node) return html``;
    const variant = variantOf(node, this.lookup);
    const title = this.dt(`types.${variant}`);
    return html`<section class="panel" part="panel" aria-label=${this.pt('label', { id: node.id })}>
      <header class="panel__head">
        <div class="panel__title">
          <h2 tabindex="-1">${title}</h2>
          <span class="panel__id">${this.pt('stepId', { id: node.id })}</span>
        </div>
        <button
          type="button"
          class="btn btn--ghost btn--icon"
          aria-label=${this.pt('close')}
          title=${this.pt('close')}
          @click=${() => this.fire('dialstack-panel-close', undefined)}
        >
          ${iconClose}
        </button>
      </header>
      ${this.renderProblems()}
      ${node.kind === 'unsupported' ? this.renderUnsupported(node) : this.renderFields(node, variant)}
      <div class="actions">
        <button
          type="button"
          class="btn btn--danger btn--sm"
          @click=${() => this.fire('dialstack-panel-delete', { id: node.id })}
        >
          ${iconTrash} ${this.pt('delete')}
        </button>
      </div>
    </section>`;
  }

  /** Findings about the step as a whole. */
  private renderProblems() {
    const general = this.findings.filter((f) => f.field === undefined && f.exitId === undefined);
    if (!general.length) return nothing;
    return html`<div class="panel__section" part="problems">
      <h3 id="problems">${this.pt('problems')}</h3>
      <ul class="problems" aria-labelledby="problems">
        ${general.map(
          (f) => html`<li class="message--${f.severity}" data-code=${f.code}>${f.message}</li>`,
        )}
      </ul>
    </div>`;
  }

  private renderUnsupported(node: GraphNode) {
    const raw = JSON.stringify(node.json.config, null, 2) ?? String(node.json.config);
    return html`<div class="panel__section">
      <p class="hint">${this.pt('unsupportedNote', { type: node.type })}</p>
      <dl class="facts">
        <dt>${this.pt('rawType')}</dt>
        <dd><code>${node.type}</code></dd>
      </dl>
      <h3 id="raw-config">${this.pt('rawConfig')}</h3>
      <pre class="raw" tabindex="0" aria-labelledby="raw-config">${raw}</pre>
      ${
        node.exits.length
          ? html`<ul class="problems">
              ${node.exits.map(
                (exit) =>
                  html`<li>
                    ${this.pt('exits.readOnly', {
                      exit: exitLabel(exit, this.dt),
                      target: exit.target ?? '',
                    })}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderFields(node: GraphNode, variant: NodeVariant) {
    const exits = node.kind === 'menu' ? [] : node.exits;
    return html`<div class="panel__section">${this.renderConfig(node, variant)}</div>
      ${
        exits.length
          ? html`<div class="panel__section" part="exits">
              <h3>${this.pt('exits.heading')}</h3>
              ${exits.map((exit) => this.renderExit(exit, variant))}
            </div>`
          : nothing
      }`;
  }

  private renderConfig(node: GraphNode, variant: NodeVariant) {
    switch (node.kind) {
      case 'schedule':
        return this.pickers.renderSchedule();
      case 'internal_dial':
        return html`${this.pickers.renderTarget(variant)} ${this.inputs.renderTimeout(node)}`;
      case 'ring_all_users':
        return this.inputs.renderTimeout(node);
      case 'external_dial':
        return html`${this.inputs.renderPhone()} ${this.inputs.renderTimeout(node)}`;
      case 'sound_clip':
        return this.pickers.renderClip('clip_id', this.pt('fields.clip'));
      case 'menu':
        return html`${this.pickers.renderClip('prompt_clip_id', this.pt('fields.prompt'))}
        ${this.inputs.renderTimeout(node)} ${this.menu.render()}`;
      default:
        return nothing;
    }
  }

  /** The "goes to" picker of one exit. */
  renderExit(exit: Exit, variant?: NodeVariant, ariaLabel?: string): TemplateResult {
    const node = this.node!;
    const id = `exit-${exit.id}`;
    // A voicemail step's "No answer" is never taken (the finding says so when it is connected).
    const ignored =
      variant === 'voicemail' &&
      exit.id === 'next' &&
      !this.findings.some((f) => f.exitId === exit.id && f.code === 'findings.nextIgnored');
    const hint = ignored ? this.pt('hints.voicemailNext') : undefined;
    const messages = this.messagesFor(id, undefined, hint, { exitId: exit.id });
    const label = this.pt('exits.goesTo', { exit: exitLabel(exit, this.dt) });
    return exitSelect({
      id,
      ...(ariaLabel ? { ariaLabel } : { label }),
      value: exit.target,
      steps: stepOptions(this.graph, node.id, (n) =>
        this.pt('exits.step', { id: n.id, type: this.dt(`types.${variantOf(n, this.lookup)}`) }),
      ),
      nowhere: this.pt(`exits.nowhere.${exit.whenEmpty}`),
      missing: (target) => this.pt('exits.missing', { id: target }),
      messages,
      onChange: (target) => this.connectExit(exit.id, target),
    });
  }

  /** Leaving a field: a draft that is in the config gives way to the config's own text. */
  settle(field: string): void {
    this.focused = undefined;
    const draft = this.drafts.get(field);
    if (draft && !draft.problem && same(draft.base, this.configValue(field)))
      this.setDrafts((d) => d.delete(field));
  }
}
