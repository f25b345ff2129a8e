import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DialstackElement } from '../../src/base/dialstack-element';
import { inputStyles } from '../../src/ui/input';
import { scheduleName } from './dial-plan.describe';
import { isRecord, type DialPlanGraph } from './dial-plan.graph';
import {
  dialPlanTranslator,
  isDialPlanLanguageLoaded,
  loadDialPlanLanguage,
  messageOverrides,
} from './dial-plan.i18n';
import { emptyLookup, type NameLookup, type Schedule } from './dial-plan.lookup';
import type { Translate } from './dial-plan.messages';
import { localTime, safeTimeZone, scheduleState, zonedTimeToInstant } from './dial-plan.schedule';
import { simulate, type CallInput, type SimulationResult } from './dial-plan.simulate';
import { simulatorStyles } from './dial-plan.simulator.styles';

/** `detail` of `dialstack-simulate`: the path to highlight, or null when cleared. */
export interface SimulateDetail {
  result: SimulationResult | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-dial-plan-simulator': DialstackDialPlanSimulator;
  }
  interface GlobalEventHandlersEventMap {
    /** A simulation ran (the editor highlights `result.path`/`edges`) or was cleared (null). */
    'dialstack-simulate': CustomEvent<SimulateDetail>;
  }
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

/** The schedules the plan's schedule steps check, each once, in plan order. */
export function planSchedules(graph: DialPlanGraph | undefined, lookup: NameLookup): Schedule[] {
  const found = new Map<string, Schedule>();
  for (const node of graph?.nodes ?? []) {
    if (node.kind !== 'schedule' || !isRecord(node.json.config)) continue;
    const id = node.json.config.schedule_id;
    const schedule = typeof id === 'string' ? lookup.schedules.get(id) : undefined;
    if (schedule && !found.has(schedule.id)) found.set(schedule.id, schedule);
  }
  return [...found.values()];
}

/**
 * The call-path simulator of the dial plan editor (internal; loaded with the editor). Pick
 * when the call arrives — a day and a time in a time zone (by default the zone of the plan's
 * schedules), seeing which schedules are open, on a holiday or held then — and what happens on
 * the call (key presses, "no answer", "answer"), and run it: the steps the call takes are told
 * in words, in order, and `dialstack-simulate` carries the result so the editor highlights the
 * path (`null` when cleared). Once run, it follows changes to the plan and to the inputs.
 *
 * @fires {CustomEvent<SimulateDetail>} dialstack-simulate - `{ result }` (null when cleared); bubbles, not composed.
 * @csspart base - The simulator's frame.
 * @csspart steps - The ordered list of what happens.
 * @csspart row - One step of the result (`data-id` = its index, `data-node-id`).
 */
export class DialstackDialPlanSimulator extends DialstackElement {
  static override styles = [DialstackElement.styles, inputStyles, simulatorStyles];

  /** The plan to simulate. */
  @property({ attribute: false }) graph?: DialPlanGraph;

  /** Names and schedules the plan refers to. */
  @property({ attribute: false }) lookup?: NameLookup;

  /** The account's time zone, for schedules without one. */
  @property({ attribute: 'default-time-zone' }) defaultTimeZone?: string;

  @state() private date = '';
  @state() private time = '';
  @state() private zone = '';
  @state() private inputs: CallInput[] = [];
  @state() private result: SimulationResult | null = null;
  @state() private invalid = false;
  @state() private announcement = '';
  @state() private languageLoaded = 0;

  /** True once the person has chosen the day, time or zone themselves. */
  private picked = false;

  private get t(): Translate {
    return dialPlanTranslator(this.i18n, messageOverrides(this.instance?.locale));
  }

  private get schedules(): Schedule[] {
    return planSchedules(this.graph, this.lookup ?? emptyLookup());
  }

  /** The zone of the plan's schedules, else the account's, else the browser's. */
  private defaultZone(): string {
    const first = this.schedules.find((s) => s.timezone)?.timezone;
    return safeTimeZone(
      first ?? this.defaultTimeZone ?? this.i18n.timeZone,
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
  }

  private setNow(zone = this.zone) {
    const local = localTime(new Date(), zone);
    this.date = local.date;
    this.time = local.time.slice(0, 5);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const language = this.i18n.language;
    if (!isDialPlanLanguageLoaded(language))
      void loadDialPlanLanguage(language).then(() => this.languageLoaded++);
    // Until the person picks a zone or a time, follow the plan's schedules (the names and
    // schedules may arrive after the plan).
    if (!this.picked && (changed.has('graph') || changed.has('lookup') || !this.zone)) {
      const zone = this.defaultZone();
      if (zone !== this.zone) {
        this.zone = zone;
        this.setNow(zone);
      }
    }
    // Once run, the simulation follows the plan and the inputs.
    const rerun = ['graph', 'lookup', 'inputs', 'date', 'time', 'zone', 'languageLoaded'];
    if (this.result && rerun.some((key) => changed.has(key))) this.run(false);
  }

  /** The instant the fields stand for, or null. */
  private instant(): Date | null {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.date) || !/^\d{2}:\d{2}/.test(this.time)) return null;
    return zonedTimeToInstant(`${this.date}T${this.time}`, this.zone || 'UTC');
  }

  /** Runs the simulation and reports it (`announce`: say the outcome in the live region). */
  private run(announce = true) {
    const at = this.instant();
    if (!this.graph || !at) {
      this.invalid = !at;
      if (this.result) this.clear(false);
      return;
    }
    this.invalid = false;
    const t = this.t;
    this.result = simulate(this.graph, {
      at,
      inputs: this.inputs,
      lookup: this.lookup ?? emptyLookup(),
      t,
      phone: (n) => this.i18n.phone(n),
      wallDate: (value) => this.i18n.wallDate(value),
      ...(this.defaultTimeZone ? { defaultTimeZone: this.defaultTimeZone } : {}),
    });
    if (announce)
      this.announcement = t('simulator.announce', {
        outcome: t(`simulator.outcome.${this.result.outcome}`),
      });
    this.report(this.result);
  }

  private clear(announce = true) {
    this.result = null;
    if (announce) this.announcement = this.t('simulator.cleared');
    this.report(null);
  }

  private report(result: SimulationResult | null) {
    this.dispatchEvent(
      new CustomEvent<SimulateDetail>('dialstack-simulate', {
        detail: { result },
        bubbles: true,
        composed: false,
      }),
    );
  }

  private addInput(input: CallInput) {
    this.inputs = [...this.inputs, input];
  }

  private removeInput(index: number) {
    this.inputs = this.inputs.filter((_, i) => i !== index);
    // Keep focus in the list: on the next item's remove button, else the keypad.
    void this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('.inputs .remove');
      (
        buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector('.key')
      )?.focus?.();
    });
  }

  private inputLabel(input: CallInput): string {
    const t = this.t;
    return typeof input === 'object'
      ? t('simulator.input.digit', { digit: input.digit })
      : t(`simulator.input.${input}`);
  }

  override render() {
    const t = this.t;
    return html`
      <section part="base" class="simulator" aria-labelledby="sim-title">
        <h3 id="sim-title" class="title">${t('simulator.title')}</h3>
        <p class="hint">${t('simulator.intro')}</p>
        ${this.renderWhen(t)} ${this.renderSchedules(t)} ${this.renderInputs(t)}
        <div class="actions">
          <button type="button" class="btn btn--primary run" @click=${() => this.run()}>
            ${t('simulator.run')}
          </button>
          ${
            this.result
              ? html`<button
                  type="button"
                  class="btn btn--secondary clear"
                  @click=${() => this.clear()}
                >
                  ${t('simulator.clear')}
                </button>`
              : nothing
          }
        </div>
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
        ${this.invalid ? html`<p class="error" role="alert">${t('simulator.invalidTime')}</p>` : nothing}
        ${this.result ? this.renderResult(t, this.result) : nothing}
      </section>
    `;
  }

  private renderWhen(t: Translate) {
    const zones = [
      ...new Set(
        [this.zone, ...this.schedules.map((s) => s.timezone), this.defaultTimeZone, 'UTC'].filter(
          (z): z is string => typeof z === 'string' && z !== '',
        ),
      ),
    ].sort();
    return html`
      <div class="when">
        <label class="field">
          <span class="label">${t('simulator.date')}</span>
          <input
            class="input date"
            type="date"
            required
            .value=${this.date}
            aria-invalid=${this.invalid && !this.date ? 'true' : 'false'}
            @input=${(e: Event) => {
              this.picked = true;
              this.date = (e.target as HTMLInputElement).value;
            }}
          />
        </label>
        <label class="field">
          <span class="label">${t('simulator.time')}</span>
          <input
            class="input time"
            type="time"
            required
            .value=${this.time}
            aria-invalid=${this.invalid && !this.time ? 'true' : 'false'}
            @input=${(e: Event) => {
              this.picked = true;
              this.time = (e.target as HTMLInputElement).value;
            }}
          />
        </label>
        <label class="field">
          <span class="label">${t('simulator.zone')}</span>
          <select
            class="input zone"
            aria-describedby="zone-hint"
            @change=${(e: Event) => {
              this.picked = true;
              this.zone = (e.target as HTMLSelectElement).value;
            }}
          >
            ${zones.map(
              (zone) =>
                html`<option value=${zone} .selected=${zone === this.zone}>${zone}</option>`,
            )}
          </select>
        </label>
        <button type="button" class="btn btn--ghost btn--sm now" @click=${() => this.setNow()}>
          ${t('simulator.now')}
        </button>
      </div>
      <p class="hint" id="zone-hint">${t('simulator.zoneHint')}</p>
    `;
  }

  private renderSchedules(t: Translate) {
    const schedules = this.schedules;
    const at = this.instant();
    return html`
      <div class="schedules">
        <h4 class="subtitle" id="sim-schedules">${t('simulator.schedules')}</h4>
        ${
          schedules.length === 0
            ? html`<p class="hint">${t('simulator.noSchedules')}</p>`
            : html`<ul class="schedule-list" aria-labelledby="sim-schedules">
                ${schedules.map((schedule) => this.renderSchedule(t, schedule, at))}
              </ul>`
        }
      </div>
    `;
  }

  private renderSchedule(t: Translate, schedule: Schedule, at: Date | null) {
    const name = scheduleName(schedule.id, this.lookup ?? emptyLookup(), t);
    const holidays = Array.isArray(schedule.holidays) ? schedule.holidays : [];
    let line = '';
    let tone = 'neutral';
    if (at) {
      const state = scheduleState(schedule, at, this.defaultTimeZone);
      const params = {
        schedule: name,
        zone: state.local.timeZone,
        until: this.i18n.wallDate(state.until),
      };
      tone = state.open ? 'open' : 'closed';
      if (state.reason === 'hold')
        line = t(
          state.open ? 'simulator.scheduleHoldOpen' : 'simulator.scheduleHoldClosed',
          params,
        );
      else if (state.reason === 'holiday') {
        const holiday = holidays.find(
          (h) => state.local.date >= h.start.slice(0, 10) && state.local.date <= h.end.slice(0, 10),
        );
        line = t('simulator.scheduleHoliday', {
          ...params,
          start: this.i18n.wallDate(holiday?.start),
          end: this.i18n.wallDate(holiday?.end),
        });
      } else line = t(state.open ? 'simulator.scheduleOpen' : 'simulator.scheduleClosed', params);
    }
    const day = (value: string) => this.i18n.wallDate(value);
    const list = holidays.map((h) =>
      h.start === h.end ? day(h.start) : `${day(h.start)} – ${day(h.end)}`,
    );
    return html`<li class="schedule schedule--${tone}" data-schedule-id=${schedule.id}>
      <span class="schedule__state">${line || name}</span>
      ${
        list.length
          ? html`<span class="schedule__detail"
              >${t('simulator.scheduleHolidays', { list: this.i18n.list(list) })}</span
            >`
          : nothing
      }
      ${
        schedule.hold
          ? html`<span class="schedule__detail"
              >${t('simulator.scheduleHold', {
                state: t(schedule.hold.value ? 'simulator.holdOpen' : 'simulator.holdClosed'),
                until: this.i18n.wallDate(schedule.hold.until),
              })}</span
            >`
          : nothing
      }
    </li>`;
  }

  private renderInputs(t: Translate) {
    return html`
      <div class="builder">
        <div class="keypad" role="group" aria-label=${t('simulator.keypad')}>
          ${KEYS.map(
            (digit) =>
              html`<button
                type="button"
                class="btn btn--secondary btn--sm key"
                aria-label=${t('simulator.key', { digit })}
                @click=${() => this.addInput({ digit })}
              >
                ${digit}
              </button>`,
          )}
        </div>
        <div class="outcomes">
          <button
            type="button"
            class="btn btn--secondary btn--sm no-answer"
            aria-label=${t('simulator.addNoAnswer')}
            @click=${() => this.addInput('no_answer')}
          >
            ${t('simulator.noAnswer')}
          </button>
          <button
            type="button"
            class="btn btn--secondary btn--sm answer"
            aria-label=${t('simulator.addAnswer')}
            @click=${() => this.addInput('answer')}
          >
            ${t('simulator.answer')}
          </button>
        </div>
      </div>
      <h4 class="subtitle" id="sim-inputs">${t('simulator.inputs')}</h4>
      ${
        this.inputs.length === 0
          ? html`<p class="hint">${t('simulator.inputsEmpty')}</p>`
          : html`<ol class="inputs" aria-labelledby="sim-inputs">
                ${this.inputs.map((input, index) => {
                  const label = this.inputLabel(input);
                  return html`<li class="chip">
                    <span>${label}</span>
                    <button
                      type="button"
                      class="btn btn--ghost btn--sm remove"
                      aria-label=${t('simulator.removeInput', { index: index + 1, input: label })}
                      @click=${() => this.removeInput(index)}
                    >
                      ×
                    </button>
                  </li>`;
                })}
              </ol>
              <button
                type="button"
                class="btn btn--ghost btn--sm clear-inputs"
                @click=${() => (this.inputs = [])}
              >
                ${t('simulator.clearInputs')}
              </button>`
      }
    `;
  }

  private renderResult(t: Translate, result: SimulationResult) {
    return html`
      <div class="result">
        <h4 class="subtitle" id="sim-result">${t('simulator.result')}</h4>
        <ol part="steps" class="steps" aria-labelledby="sim-result">
          ${result.steps.map(
            (step, index) =>
              html`<li part="row" data-id=${String(index)} data-node-id=${step.nodeId}>
                ${step.sentence}
              </li>`,
          )}
        </ol>
        <p class="outcome outcome--${result.outcome}">
          ${t(`simulator.outcome.${result.outcome}`)}
          ${result.unusedInputs ? t('simulator.unused', { count: result.unusedInputs }) : nothing}
        </p>
      </div>
    `;
  }
}
