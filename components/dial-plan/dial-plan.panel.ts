import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DialstackElement } from '../../src/base/dialstack-element';
import { mergeMessages } from '../../src/i18n/messages';
import { ComboboxController, comboboxStyles, type ComboboxGroup } from '../../src/ui/combobox';
import { iconClose, iconTrash } from '../../src/ui/icons';
import { inputStyles } from '../../src/ui/input';
import { menuStyles } from '../../src/ui/menu';
import { clipName, exitLabel, scheduleName, targetName } from './dial-plan.describe';
import { isRecord, type DialPlanGraph, type Exit, type GraphNode } from './dial-plan.graph';
import { emptyLookup, variantOf, type NameLookup, type NodeVariant } from './dial-plan.lookup';
import { dialPlanMessages, translator, type Translate } from './dial-plan.messages';
import {
  exitSelect,
  fieldMessages,
  hasError,
  messagesId,
  textField,
  type FieldMessage,
} from './dial-plan.panel-fields';
import { MenuOptions, type MenuHost } from './dial-plan.panel-menu';
import { loadPhoneTyping, readPhone, type PhoneProblem } from './dial-plan.panel-phone';
import {
  parseTimeout,
  timeoutRange,
  timeoutText,
  type TimeoutProblem,
} from './dial-plan.panel-rules';
import { dialPlanPanelPack } from './dial-plan.panel.messages';
import { panelStyles } from './dial-plan.panel.styles';
import { clipGroups, scheduleGroups, stepOptions, targetGroups } from './dial-plan.resources';
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

/** Text typed in a field that is not (or not yet) in the config. */
export interface Draft {
  text: string;
  /** The config value the draft was typed over (or last sent): another value drops it. */
  base: unknown;
  problem?: string;
}

type Key = Parameters<typeof dialPlanPanelPack.t>[1];

const EDITABLE = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const str = (value: unknown) => (typeof value === 'string' ? value : '');
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The settings of one step of `<dialstack-dial-plan>`'s editor (internal; loaded on demand):
 * every config field of the step's type with the contract's rules checked as you type, the
 * resource pickers (searchable, grouped), each exit's next step, and Delete. It edits nothing
 * itself: it fires events the editor applies (and can undo).
 *
 * @fires dialstack-panel-config - `{ id, config }`: the whole new config (unknown fields kept).
 * @fires dialstack-panel-connect - `{ source, exitId, target }`: an exit's next step (null: none).
 * @fires dialstack-panel-delete - `{ id }`: delete the step.
 * @fires dialstack-panel-close - Escape or the close button.
 */
export class DialstackDialPlanPanel extends DialstackElement implements MenuHost {
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
  @state() private focused?: string;
  /** A refusal to show (the 13th option). */
  @state() notice?: string;

  @query('h2') private heading?: HTMLElement;

  private readonly picker = new ComboboxController(this);
  private readonly menu = new MenuOptions(this);
  private focusedFor?: string;
  private pendingFocus?: string;
  private sent?: { source: unknown; config: Record<string, unknown> };
  private translation?: { messages: unknown; locale: string; t: Translate };

  constructor() {
    super();
    this.addEventListener('keydown', this.onKeydown);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.tabIndex = -1;
  }

  /** The panel's own strings. */
  pt(key: Key, params?: Record<string, string | number>): string {
    return dialPlanPanelPack.t(this.i18n, key, params);
  }

  /** The dial plan's strings (types, exits), with the host's overrides. */
  get dt(): Translate {
    const option = this.instance?.locale;
    const messages = typeof option === 'object' && option ? option.messages : undefined;
    const { locale } = this.i18n;
    const cached = this.translation;
    if (cached && cached.messages === messages && cached.locale === locale) return cached.t;
    const t = translator(mergeMessages(dialPlanMessages.en, messages), locale);
    this.translation = { messages, locale, t };
    return t;
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
    if (changed.has('node')) {
      const previous = changed.get('node') as GraphNode | undefined;
      if (previous?.id !== this.node?.id) {
        this.drafts = new Map();
        this.notice = undefined;
        this.sent = undefined;
        this.picker.reset();
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
      if (!same(draft.base, this.configValue(field))) (drafts ??= new Map(this.drafts)).delete(field);
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
        return this.renderSchedulePicker();
      case 'internal_dial':
        return html`${this.renderTargetPicker(variant)} ${this.renderTimeout(node)}`;
      case 'ring_all_users':
        return this.renderTimeout(node);
      case 'external_dial':
        return html`${this.renderPhone()} ${this.renderTimeout(node)}`;
      case 'sound_clip':
        return this.renderClipPicker('clip_id', this.pt('fields.clip'));
      case 'menu':
        return html`${this.renderClipPicker('prompt_clip_id', this.pt('fields.prompt'))}
        ${this.renderTimeout(node)} ${this.menu.render()}`;
      default:
        return nothing;
    }
  }

  /** The "goes to" picker of one exit. */
  renderExit(exit: Exit, variant?: NodeVariant, ariaLabel?: string): TemplateResult {
    const node = this.node!;
    const id = `exit-${exit.id}`;
    const hint =
      variant === 'voicemail' && exit.id === 'next' ? this.pt('hints.voicemailNext') : undefined;
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

  // ---- Timeout ----

  private renderTimeout(node: GraphNode) {
    const range = timeoutRange(node.kind)!;
    const draft = this.drafts.get('timeout');
    const text = draft?.text ?? timeoutText(this.config.timeout);
    const parsed = parseTimeout(text, range);
    const problem = parsed.ok ? undefined : this.timeoutProblem(parsed.problem, range);
    const hint =
      node.kind === 'internal_dial'
        ? this.pt('hints.timeoutVoicemail')
        : this.pt('hints.timeout', range);
    return textField({
      id: 'timeout',
      label: this.pt(node.kind === 'menu' ? 'fields.menuTimeout' : 'fields.ringTimeout'),
      value: text,
      inputmode: 'numeric',
      required: true,
      messages: this.messagesFor('timeout', problem, hint),
      onInput: (input) => this.typeTimeout(input.value, range),
      onBlur: () => this.settle('timeout'),
    });
  }

  private timeoutProblem(problem: TimeoutProblem, range: { min: number; max: number }) {
    return problem === 'timeoutRequired'
      ? this.pt('errors.timeoutRequired')
      : this.pt('errors.timeoutRange', range);
  }

  private typeTimeout(text: string, range: { min: number; max: number }): void {
    const parsed = parseTimeout(text, range);
    const base = parsed.ok ? parsed.value : this.configValue('timeout');
    this.setDrafts((d) => d.set('timeout', { text, base }));
    if (parsed.ok && this.config.timeout !== parsed.value)
      this.sendConfig({ timeout: parsed.value });
  }

  /** Leaving a field: a draft that is in the config gives way to the config's own text. */
  settle(field: string): void {
    this.focused = undefined;
    const draft = this.drafts.get(field);
    if (draft && !draft.problem && same(draft.base, this.configValue(field)))
      this.setDrafts((d) => d.delete(field));
  }

  // ---- Phone number ----

  private renderPhone() {
    const draft = this.drafts.get('phone_number');
    const stored = str(this.config.phone_number);
    const text = draft?.text ?? (stored ? this.i18n.phone(stored) : '');
    const entry = draft ? undefined : readPhone(text, this.i18n.defaultCountry);
    let problem: PhoneProblem | undefined = draft
      ? (draft.problem as PhoneProblem | undefined)
      : entry?.problem;
    if (problem === 'phoneIncomplete' && this.focused === 'phone_number') problem = undefined;
    const will = typeof draft?.base === 'string' && draft.base && !draft.problem ? draft.base : '';
    const hint = will
      ? this.pt('hints.phoneWillDial', { number: will })
      : this.pt('hints.phone', { country: this.i18n.defaultCountry });
    return textField({
      id: 'phone_number',
      label: this.pt('fields.phone'),
      value: text,
      inputmode: 'tel',
      autocomplete: 'off',
      messages: this.messagesFor(
        'phone_number',
        problem ? this.pt(`errors.${problem}`) : undefined,
        hint,
      ),
      onInput: (input) => this.typePhone(input),
      onFocus: () => (this.focused = 'phone_number'),
      onBlur: () => this.settle('phone_number'),
    });
  }

  private typePhone(input: HTMLInputElement): void {
    const entry = readPhone(input.value, this.i18n.defaultCountry);
    // Formats only while typing at the end, so the caret never jumps.
    const atEnd = input.selectionStart === input.value.length;
    const text = atEnd ? entry.display : input.value;
    if (atEnd && text !== input.value) input.value = text;
    const base = entry.e164 ?? this.configValue('phone_number');
    this.setDrafts((d) =>
      d.set('phone_number', { text, base, ...(entry.problem ? { problem: entry.problem } : {}) }),
    );
    if (entry.e164 !== undefined && this.config.phone_number !== entry.e164)
      this.sendConfig({ phone_number: entry.e164 });
  }

  // ---- Resource pickers ----

  private renderPicker(o: {
    field: string;
    label: string;
    groups: ComboboxGroup[];
    value: string | null;
    valueLabel: string;
    problem?: string;
    required?: boolean;
    onSelect: (value: string | null) => void;
  }) {
    const messages = this.messagesFor(o.field, o.problem);
    const labelId = `${o.field}-label`;
    return html`<div class="field" data-field=${o.field}>
      <span class="label" id=${labelId}>${o.label}</span>
      ${this.picker.render({
        labelId,
        groups: o.groups,
        value: o.value,
        valueLabel: o.valueLabel,
        placeholder: this.pt('picker.choose'),
        emptyLabel: this.pt('picker.noMatch'),
        describedBy: messagesId(o.field, messages),
        invalid: hasError(messages),
        required: o.required ?? false,
        onSelect: o.onSelect,
      })}
      ${fieldMessages(o.field, messages)}
    </div>`;
  }

  private renderTargetPicker(variant: NodeVariant) {
    const id = str(this.config.target_id);
    const kind =
      variant === 'voicemail' || variant === 'voice_app' || variant === 'dial_plan'
        ? variant
        : 'ring';
    return this.renderPicker({
      field: 'target_id',
      label: this.pt(`fields.target.${kind}`),
      groups: targetGroups(this.lookup, {
        groupLabel: (k) => this.pt(`groups.${k}`),
        optionLabel: (t) => targetName(t.id, this.lookup, this.dt),
        variant,
        ...(typeof this.graph?.plan.id === 'string' ? { exclude: this.graph.plan.id } : {}),
      }),
      value: id || null,
      valueLabel: id ? targetName(id, this.lookup, this.dt) : '',
      problem: id ? undefined : this.pt('errors.targetRequired'),
      required: true,
      onSelect: (value) => value !== null && this.sendConfig({ target_id: value }),
    });
  }

  private renderSchedulePicker() {
    const id = str(this.config.schedule_id);
    return this.renderPicker({
      field: 'schedule_id',
      label: this.pt('fields.schedule'),
      groups: scheduleGroups(this.lookup, this.pt('groups.schedules'), (name, zone) =>
        zone ? this.pt('picker.scheduleZone', { name, zone }) : name,
      ),
      value: id || null,
      valueLabel: id ? scheduleName(id, this.lookup, this.dt) : '',
      problem: id ? undefined : this.pt('errors.scheduleRequired'),
      required: true,
      onSelect: (value) => value !== null && this.sendConfig({ schedule_id: value }),
    });
  }

  private renderClipPicker(field: 'clip_id' | 'prompt_clip_id', label: string) {
    const id = str(this.config[field]);
    return this.renderPicker({
      field,
      label,
      groups: clipGroups(
        this.lookup,
        {
          none: this.pt('groups.none'),
          noClip: this.pt('picker.noClip'),
          clips: this.pt('groups.clips'),
        },
        (name, ms) =>
          ms
            ? this.pt('picker.clipLength', { name, duration: this.i18n.duration(ms / 1000) })
            : name,
      ),
      value: id || null,
      valueLabel: id ? clipName(id, this.lookup, this.dt) : this.pt('picker.noClip'),
      onSelect: (value) => this.sendConfig({ [field]: value ?? '' }),
    });
  }
}
