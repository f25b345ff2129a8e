import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { phoneNumbersPage, updatePhoneNumber, type PhoneNumber } from '../../src/api/phone-numbers';
import { DialstackElement } from '../../src/base/dialstack-element';
import { inputStyles } from '../../src/ui/input';
import { CALLER_ID_MAX, callerIdProblem } from '../phone-numbers/phone-numbers.data';
import { usePack } from '../../src/base/pack';
import { numbersPack } from './onboarding.numbers.messages';
import { stepStyles } from './onboarding.numbers.styles';

type RowState = { value: string; saving?: boolean; note?: { ok: boolean; text: string } };

/**
 * Caller ID names (`caller_id_name`, CNAM) for the account's active numbers, inside the
 * onboarding numbers step (internal). One row per number, each saved on its own.
 */
export class DialstackOnboardingCallerId extends DialstackElement {
  static override styles = [DialstackElement.styles, inputStyles, stepStyles];

  @state() private rows: Record<string, RowState> = {};

  private readonly numbers = this.createDataTask({
    tags: ['phone-numbers'],
    args: () => [] as const,
    isEmpty: (list: PhoneNumber[]) => list.length === 0,
    task: async (_args, { client, signal }): Promise<PhoneNumber[]> =>
      (await phoneNumbersPage(client, { query: { status: 'active', limit: 100 }, signal })).data,
  });

  private readonly t = usePack(this, numbersPack, () => this.i18n);

  private row(number: PhoneNumber): RowState {
    return this.rows[number.id] ?? { value: number.caller_id_name ?? '' };
  }

  private setRow(id: string, row: RowState): void {
    this.rows = { ...this.rows, [id]: row };
  }

  private async save(number: PhoneNumber): Promise<void> {
    const row = this.row(number);
    const client = this.instance?.client;
    if (row.saving || !client || callerIdProblem(row.value)) return;
    this.setRow(number.id, { ...row, saving: true, note: undefined });
    try {
      await updatePhoneNumber(client, number.id, { caller_id_name: row.value }, { origin: this });
      this.setRow(number.id, {
        value: row.value,
        note: { ok: true, text: this.t('callerId.saved') },
      });
      this.dispatchEvent(
        new CustomEvent('dialstack-onboarding-changed', {
          bubbles: true,
          composed: false,
          detail: { step: 'numbers' },
        }),
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : this.i18n.t('errors.title');
      this.setRow(number.id, {
        value: row.value,
        note: { ok: false, text: this.t('callerId.failed', { reason }) },
      });
    }
  }

  protected override render() {
    return html`<div class="section" part="caller-id">
      <h3>${this.t('callerId.title')}</h3>
      <p class="hint" id="cid-hint">${this.t('callerId.hint')}</p>
      ${this.numbers.render({
        skeletonRows: 3,
        empty: () => html`<p class="hint" part="empty">${this.t('callerId.empty')}</p>`,
        complete: (numbers) =>
          html`<ul class="cid-rows">
            ${repeat(
              numbers,
              (n) => n.id,
              (n) => this.renderRow(n),
            )}
          </ul>`,
      })}
    </div>`;
  }

  private renderRow(number: PhoneNumber) {
    const row = this.row(number);
    const problem = callerIdProblem(row.value);
    const formatted = this.i18n.phone(number.phone_number);
    const id = `cid-${number.id}`;
    return html`<li part="row" data-id=${number.id} class="fields">
      <form
        class="field field--full"
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.save(number);
        }}
      >
        <label for=${id}>${this.t('callerId.label', { number: formatted })}</label>
        <div class="actions">
          <input
            id=${id}
            class="input cid-input"
            maxlength=${CALLER_ID_MAX + 5}
            .value=${row.value}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby="cid-hint${problem || row.note ? ` ${id}-note` : ''}"
            @input=${(e: Event) =>
              this.setRow(number.id, { value: (e.target as HTMLInputElement).value })}
          />
          <button
            type="submit"
            class="btn btn--secondary btn--sm"
            aria-label=${this.t('callerId.saveFor', { number: formatted })}
            aria-disabled=${row.saving ? 'true' : 'false'}
          >
            ${row.saving ? this.t('callerId.saving') : this.t('callerId.save')}
          </button>
        </div>
        ${
          problem
            ? html`<p class="field__error" id="${id}-note">${this.t(`callerId.${problem}`)}</p>`
            : row.note
              ? html`<p
                  class=${row.note.ok ? 'hint' : 'field__error'}
                  id="${id}-note"
                  role="status"
                >
                  ${row.note.text}
                </p>`
              : nothing
        }
      </form>
    </li>`;
  }
}
