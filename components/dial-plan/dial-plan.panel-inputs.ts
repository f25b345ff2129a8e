/**
 * The step panel's typed fields: the timeout (a whole number within the type's range) and the
 * external number (formatted as it is typed, stored in E.164). What does not parse stays in
 * the field with its error and is not sent.
 */
import type { GraphNode } from './dial-plan.graph';
import { textField } from './dial-plan.panel-fields';
import type { PanelHost } from './dial-plan.panel-host';
import { readPhone, type PhoneProblem } from './dial-plan.panel-phone';
import {
  parseTimeout,
  timeoutRange,
  timeoutText,
  type TimeoutProblem,
} from './dial-plan.panel-rules';

const str = (value: unknown) => (typeof value === 'string' ? value : '');

export class TypedInputs {
  constructor(private readonly host: PanelHost) {}

  // ---- Timeout ----

  renderTimeout(node: GraphNode) {
    const host = this.host;
    const range = timeoutRange(node.kind)!;
    const draft = host.drafts.get('timeout');
    const text = draft?.text ?? timeoutText(host.config.timeout);
    const parsed = parseTimeout(text, range);
    const problem = parsed.ok ? undefined : this.timeoutProblem(parsed.problem, range);
    const hint =
      node.kind === 'internal_dial'
        ? host.pt('hints.timeoutVoicemail')
        : host.pt('hints.timeout', range);
    return textField({
      id: 'timeout',
      label: host.pt(node.kind === 'menu' ? 'fields.menuTimeout' : 'fields.ringTimeout'),
      value: text,
      inputmode: 'numeric',
      required: true,
      messages: host.messagesFor('timeout', problem, hint),
      onInput: (input) => this.typeTimeout(input.value, range),
      onBlur: () => host.settle('timeout'),
    });
  }

  private timeoutProblem(problem: TimeoutProblem, range: { min: number; max: number }) {
    return problem === 'timeoutRequired'
      ? this.host.pt('errors.timeoutRequired')
      : this.host.pt('errors.timeoutRange', range);
  }

  private typeTimeout(text: string, range: { min: number; max: number }): void {
    const host = this.host;
    const parsed = parseTimeout(text, range);
    const base = parsed.ok ? parsed.value : host.configValue('timeout');
    host.setDrafts((d) =>
      d.set('timeout', { text, base, ...(parsed.ok ? {} : { problem: parsed.problem }) }),
    );
    if (parsed.ok && host.config.timeout !== parsed.value)
      host.sendConfig({ timeout: parsed.value });
  }

  // ---- Phone number ----

  renderPhone() {
    const host = this.host;
    const draft = host.drafts.get('phone_number');
    const stored = str(host.config.phone_number);
    const text = draft?.text ?? (stored ? host.formatPhone(stored) : '');
    let problem: PhoneProblem | undefined = draft
      ? (draft.problem as PhoneProblem | undefined)
      : readPhone(text, host.defaultCountry).problem;
    // An incomplete number is an error once the field is left, not while it is typed.
    if (problem === 'phoneIncomplete' && host.focused === 'phone_number') problem = undefined;
    const will = typeof draft?.base === 'string' && draft.base && !draft.problem ? draft.base : '';
    const hint = will
      ? host.pt('hints.phoneWillDial', { number: will })
      : host.pt('hints.phone', { country: host.defaultCountry });
    return textField({
      id: 'phone_number',
      label: host.pt('fields.phone'),
      value: text,
      inputmode: 'tel',
      messages: host.messagesFor(
        'phone_number',
        problem ? host.pt(`errors.${problem}`) : undefined,
        hint,
      ),
      onInput: (input) => this.typePhone(input),
      onFocus: () => (host.focused = 'phone_number'),
      onBlur: () => host.settle('phone_number'),
    });
  }

  private typePhone(input: HTMLInputElement): void {
    const host = this.host;
    const entry = readPhone(input.value, host.defaultCountry);
    // Formats only while typing at the end, so the caret never jumps.
    const atEnd = input.selectionStart === input.value.length;
    const text = atEnd ? entry.display : input.value;
    if (atEnd && text !== input.value) input.value = text;
    const base = entry.e164 ?? host.configValue('phone_number');
    host.setDrafts((d) =>
      d.set('phone_number', { text, base, ...(entry.problem ? { problem: entry.problem } : {}) }),
    );
    if (entry.e164 !== undefined && host.config.phone_number !== entry.e164)
      host.sendConfig({ phone_number: entry.e164 });
  }
}
