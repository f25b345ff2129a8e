/**
 * The step panel's building blocks as templates: a labelled field with its hint, errors and
 * warnings tied to the control (`aria-describedby`, `aria-invalid`), and an exit's "goes to"
 * picker over the plan's steps. They hold no state; `<dialstack-dial-plan-panel>` does.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { StepOption } from './dial-plan.resources';

export interface FieldMessage {
  tone: 'hint' | 'error' | 'warning';
  text: string;
}

export const hasError = (messages: readonly FieldMessage[]) =>
  messages.some((m) => m.tone === 'error');

/** The id of a field's messages (for `aria-describedby`), or undefined when it has none. */
export const messagesId = (id: string, messages: readonly FieldMessage[]) =>
  messages.length ? `${id}-messages` : undefined;

/** A field's hint, errors and warnings, in one element the control points at. */
export function fieldMessages(id: string, messages: readonly FieldMessage[]) {
  if (!messages.length) return nothing;
  return html`<ul class="messages" id=${`${id}-messages`}>
    ${messages.map(
      (m) =>
        html`<li class=${m.tone === 'hint' ? 'hint' : `message--${m.tone}`} data-tone=${m.tone}>
          ${m.text}
        </li>`,
    )}
  </ul>`;
}

export interface TextFieldOptions {
  id: string;
  label: string;
  value: string;
  messages: readonly FieldMessage[];
  inputmode?: 'numeric' | 'tel' | 'text';
  autocomplete?: string;
  required?: boolean;
  className?: string;
  onInput: (input: HTMLInputElement) => void;
  onBlur?: () => void;
  onFocus?: () => void;
}

/** A labelled text input whose value is the draft being typed, or the config's value. */
export function textField(o: TextFieldOptions): TemplateResult {
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    <input
      id=${o.id}
      class="input ${o.className ?? ''}"
      name=${o.id}
      .value=${live(o.value)}
      inputmode=${o.inputmode ?? nothing}
      autocomplete=${o.autocomplete ?? 'off'}
      aria-required=${o.required ? 'true' : nothing}
      aria-invalid=${hasError(o.messages) ? 'true' : 'false'}
      aria-describedby=${messagesId(o.id, o.messages) ?? nothing}
      @input=${(e: Event) => o.onInput(e.target as HTMLInputElement)}
      @focus=${() => o.onFocus?.()}
      @blur=${() => o.onBlur?.()}
    />
    ${fieldMessages(o.id, o.messages)}
  </div>`;
}

export interface ExitSelectOptions {
  id: string;
  /** The visible label; without it, `ariaLabel` names the select. */
  label?: string;
  ariaLabel?: string;
  /** The exit's target id, or null when it leads nowhere. */
  value: string | null;
  steps: readonly StepOption[];
  /** The "nothing" option: "Nothing: hang up" / "Nothing: replay the menu". */
  nowhere: string;
  /** The text of a target that is not a step of the plan. */
  missing: (id: string) => string;
  messages: readonly FieldMessage[];
  onChange: (target: string | null) => void;
}

/**
 * An exit's next step, picked from the plan's steps (the keyboard path to connect an exit;
 * "nothing" disconnects it). A target that is not a step of the plan is kept as an option.
 */
export function exitSelect(o: ExitSelectOptions): TemplateResult {
  const dangling = o.value !== null && !o.steps.some((s) => s.id === o.value);
  const select = html`<select
    id=${o.id}
    class="input"
    aria-label=${o.label ? nothing : (o.ariaLabel ?? nothing)}
    aria-invalid=${hasError(o.messages) ? 'true' : 'false'}
    aria-describedby=${messagesId(o.id, o.messages) ?? nothing}
    @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value || null)}
  >
    <option value="" .selected=${o.value === null}>${o.nowhere}</option>
    ${
      dangling
        ? html`<option value=${o.value!} .selected=${true}>${o.missing(o.value!)}</option>`
        : nothing
    }
    ${o.steps.map(
      (s) => html`<option value=${s.id} .selected=${s.id === o.value}>${s.label}</option>`,
    )}
  </select>`;
  if (!o.label) return html`${select}${fieldMessages(o.id, o.messages)}`;
  return html`<div class="field" data-exit=${o.id}>
    <label for=${o.id}>${o.label}</label>
    ${select} ${fieldMessages(o.id, o.messages)}
  </div>`;
}
