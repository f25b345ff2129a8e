/**
 * The menu options of the step panel: one row per option (its key, where it goes, remove),
 * keys unique from 0-9 * # (a key typed twice stays in its field with an error and is sent
 * only once every key is valid, so two options can swap keys), at most 12 options, then the
 * Timeout and Invalid exits.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { iconClose } from '../../src/ui/icons';
import { isRecord, type Exit } from './dial-plan.graph';
import { fieldMessages, hasError, messagesId, type FieldMessage } from './dial-plan.panel-fields';
import { digitProblems, MENU_MAX_OPTIONS, nextFreeDigit } from './dial-plan.panel-rules';
import type { Draft, PanelHost } from './dial-plan.panel-host';

const digitOf = (option: unknown): string =>
  isRecord(option) && typeof option.digit === 'string' ? option.digit : '';

export class MenuOptions {
  constructor(private readonly host: PanelHost) {}

  private options(): unknown[] {
    const options = this.host.config.options;
    return Array.isArray(options) ? options : [];
  }

  /** Each option's key as the fields show it: what is typed, else the config's. */
  private digits(options = this.options(), typing?: { index: number; text: string }): string[] {
    return options.map((option, i) =>
      i === typing?.index
        ? typing.text
        : (this.host.drafts.get(`digit-${i}`)?.text ?? digitOf(option)),
    );
  }

  private typeDigit(index: number, text: string): void {
    const options = this.options();
    const digits = this.digits(options, { index, text });
    const problems = digitProblems(digits);
    if (problems.every((p) => p === undefined)) {
      this.host.setDrafts((drafts) => {
        digits.forEach((digit, i) => {
          if (i === index || drafts.has(`digit-${i}`))
            drafts.set(`digit-${i}`, { text: digit, base: digit });
        });
      });
      const next = options.map((option, i) =>
        digits[i] === digitOf(option)
          ? option
          : { ...(isRecord(option) ? option : {}), digit: digits[i] },
      );
      this.host.sendConfig({ options: next });
    } else {
      this.host.setDrafts((drafts) =>
        drafts.set(`digit-${index}`, {
          text,
          base: digitOf(options[index]),
          problem: problems[index] ?? 'digitDuplicate',
        }),
      );
    }
  }

  private add(): void {
    const options = this.options();
    if (options.length >= MENU_MAX_OPTIONS) {
      this.host.notice = this.host.pt('errors.optionsMax', { max: MENU_MAX_OPTIONS });
      return;
    }
    const digit = nextFreeDigit(this.digits(options)) ?? '';
    this.host.sendConfig({ options: [...options, { digit, next_node: null }] });
    this.host.focusLater(`digit-${options.length}`);
  }

  private remove(index: number): void {
    const options = this.options();
    if (options.length <= 1) {
      this.host.notice = this.host.pt('errors.optionsMin');
      return;
    }
    this.host.setDrafts((drafts) => {
      const moved = new Map<string, Draft>();
      for (const [field, draft] of drafts) {
        const match = /^digit-(\d+)$/.exec(field);
        if (!match) continue;
        const i = Number(match[1]);
        drafts.delete(field);
        if (i !== index) moved.set(`digit-${i > index ? i - 1 : i}`, draft);
      }
      for (const [field, draft] of moved) drafts.set(field, draft);
    });
    this.host.sendConfig({ options: options.filter((_, i) => i !== index) });
    this.host.focusLater(options.length - 1 > index ? `remove-${index}` : `remove-${index - 1}`);
  }

  render(): TemplateResult {
    const host = this.host;
    const node = host.node!;
    const options = this.options();
    const digits = this.digits(options);
    const problems = digitProblems(digits);
    const groupMessages: FieldMessage[] = [
      ...(host.notice ? [{ tone: 'error' as const, text: host.notice }] : []),
      ...host.findingsAt({ field: 'options' }),
    ];
    const full = options.length >= MENU_MAX_OPTIONS;
    const exits = new Map(node.exits.map((e) => [e.id, e]));
    return html`<div class="field" part="options" role="group" aria-labelledby="options-label">
        <div class="row-head">
          <h3 id="options-label">${host.pt('menu.options')}</h3>
          <span class="hint" aria-live="polite">
            ${host.pt('menu.count', { count: options.length, max: MENU_MAX_OPTIONS })}
          </span>
        </div>
        ${fieldMessages('options', groupMessages)}
        <div class="option option--head" aria-hidden="true">
          <span>${host.pt('menu.keyColumn')}</span><span>${host.pt('menu.goesToColumn')}</span>
        </div>
        <ul class="options">
          ${options.map((_, i) => this.renderRow(i, digits[i]!, problems[i], exits.get(`option-${i}`)))}
        </ul>
        <div>
          <button
            type="button"
            class="btn btn--secondary btn--sm"
            aria-disabled=${full ? 'true' : 'false'}
            aria-describedby=${messagesId('options', groupMessages) ?? nothing}
            @click=${() => this.add()}
          >
            ${host.pt('menu.add')}
          </button>
        </div>
      </div>
      ${['timeout', 'invalid'].map((id) => {
        const exit = exits.get(id);
        return exit ? host.renderExit(exit) : nothing;
      })}`;
  }

  private renderRow(
    index: number,
    digit: string,
    problem: 'digitInvalid' | 'digitDuplicate' | undefined,
    exit: Exit | undefined,
  ) {
    const host = this.host;
    const id = `digit-${index}`;
    const messages: FieldMessage[] = problem
      ? [
          {
            tone: 'error',
            text:
              problem === 'digitInvalid'
                ? host.pt('errors.digitInvalid')
                : host.pt('errors.digitDuplicate', { digit }),
          },
        ]
      : host.findingsAt({ field: 'options', exitId: `option-${index}` });
    const only = this.options().length <= 1;
    return html`<li class="option" part="row" data-id=${`option-${index}`}>
      <input
        id=${id}
        class="input digit"
        .value=${live(digit)}
        maxlength="1"
        inputmode="tel"
        autocomplete="off"
        aria-label=${host.pt('menu.key', { index: index + 1 })}
        aria-invalid=${hasError(messages) ? 'true' : 'false'}
        aria-describedby=${messagesId(id, messages) ?? nothing}
        @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
        @input=${(e: Event) => this.typeDigit(index, (e.target as HTMLInputElement).value)}
        @blur=${() => host.settle(id)}
      />
      <div>
        ${
          exit
            ? host.renderExit(exit, undefined, host.pt('menu.goesTo', { index: index + 1 }))
            : nothing
        }
      </div>
      <button
        id=${`remove-${index}`}
        type="button"
        class="btn btn--ghost btn--icon"
        aria-label=${host.pt('menu.remove', { index: index + 1 })}
        title=${host.pt('menu.remove', { index: index + 1 })}
        aria-disabled=${only ? 'true' : 'false'}
        @click=${() => this.remove(index)}
      >
        ${iconClose}
      </button>
      ${fieldMessages(id, messages)}
    </li>`;
  }
}
