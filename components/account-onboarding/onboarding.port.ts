import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { checkPortInEligibility, type PortDocumentKind } from '../../src/api/port-orders';
import type { PortOrder } from '../../src/api/phone-numbers';
import { DialstackElement } from '../../src/base/dialstack-element';
import { DialstackApiError } from '../../src/core/errors';
import { badgeStyles } from '../../src/ui/badge';
import { inputStyles } from '../../src/ui/input';
import { usePack } from '../../src/base/pack';
import { numbersPack } from './onboarding.numbers.messages';
import { stepStyles } from './onboarding.numbers.styles';
import {
  loadHolidayCheck,
  portDateProblem,
  portDateWindow,
  portToday,
  type HolidayCheck,
} from './onboarding.port.dates';
import {
  EMPTY_FORM,
  PORT_DRAFT_KEY,
  PortStageError,
  checkNumbers,
  documentProblem,
  fieldOfDetail,
  formProblems,
  loadPhoneLibrary,
  loadedPhoneLibrary as phoneLib,
  needsAccountNumber,
  orderBody,
  portableEntries,
  resolveCustomerIp,
  runPortSequence,
  type CustomerIpSource,
  type EnteredNumber,
  type OnboardingDrafts,
  type PortDraft,
  type PortField,
  type PortForm,
  type PortStage,
} from './onboarding.port.data';

/** Loaded when a port has been submitted. */
const loadStatus = () => import('./onboarding.port.status.define');

type Problems = Partial<Record<PortField, string>>;

const SUBSCRIBER_FIELDS: readonly {
  field: keyof PortForm;
  size?: 'wide' | 'full';
  auto?: string;
}[] = [
  { field: 'btn', auto: 'tel' },
  { field: 'businessName', size: 'wide', auto: 'organization' },
  { field: 'approverName', auto: 'name' },
  { field: 'accountNumber' },
  { field: 'pin' },
  { field: 'houseNumber' },
  { field: 'streetName', size: 'wide' },
  { field: 'line2', auto: 'address-line2' },
  { field: 'city', auto: 'address-level2' },
  { field: 'state', auto: 'address-level1' },
];

/**
 * Porting numbers in, inside the onboarding numbers step (internal): numbers typed or pasted and
 * checked as they are typed, the eligibility check grouped by carrier, the subscriber form, a
 * requested date within the contract's rule, the bill copy and CSR, the typed signature, and
 * the resumable create → upload → approve → submit sequence; then the order's status.
 */
export class DialstackOnboardingPort extends DialstackElement {
  static override styles = [DialstackElement.styles, inputStyles, badgeStyles, stepStyles];

  @property({ attribute: false }) drafts?: OnboardingDrafts;
  @property({ attribute: false }) businessName?: string;
  @property({ attribute: false }) customerIp: CustomerIpSource;

  @state() private draft: PortDraft = { text: '', form: { ...EMPTY_FORM } };
  @state() private libraryReady = false;
  @state() private checking = false;
  @state() private checkError?: string;
  @state() private problems: Problems = {};
  @state() private files: Partial<Record<PortDocumentKind, File>> = {};
  @state() private holiday?: HolidayCheck;
  @state() private stage?: PortStage;
  @state() private sequenceError?: string;
  @state() private submitted?: PortOrder;
  @state() private statusReady = false;
  @state() private ipKnown = false;

  private loadedFrom?: OnboardingDrafts;
  private running = false;

  private readonly t = usePack(this, numbersPack, () => this.i18n);

  override connectedCallback(): void {
    super.connectedCallback();
    void loadPhoneLibrary().then(() => (this.libraryReady = true));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.drafts !== this.loadedFrom) {
      this.loadedFrom = this.drafts;
      const saved = this.drafts?.get<PortDraft>(PORT_DRAFT_KEY);
      this.draft = saved
        ? { ...saved, form: { ...EMPTY_FORM, ...saved.form } }
        : { text: '', form: { ...EMPTY_FORM, businessName: this.businessName ?? '' } };
      if (saved?.eligibility) void this.loadHolidays();
    }
    if (changed.has('businessName') && this.businessName && !this.draft.form.businessName)
      this.draft = { ...this.draft, form: { ...this.draft.form, businessName: this.businessName } };
    if (changed.has('customerIp'))
      this.ipKnown = typeof this.customerIp === 'function' || !!this.customerIp?.trim();
  }

  private save(next: PortDraft): void {
    this.draft = next;
    this.drafts?.set(PORT_DRAFT_KEY, next);
  }

  private get entries(): EnteredNumber[] {
    void this.libraryReady;
    return checkNumbers(this.draft.text, this.libraryReady ? phoneLib() : undefined);
  }

  private changed(): void {
    this.dispatchEvent(
      new CustomEvent('dialstack-onboarding-changed', {
        bubbles: true,
        composed: false,
        detail: { step: 'numbers' },
      }),
    );
  }

  // ---- Numbers and eligibility ----

  private setText(text: string): void {
    const before = portableEntries(this.entries)
      .map((e) => e.e164)
      .join();
    const draft = { ...this.draft, text };
    this.draft = draft;
    const after = portableEntries(this.entries)
      .map((e) => e.e164)
      .join();
    // Another set of numbers: the old check no longer applies.
    this.save(before === after ? draft : { ...draft, eligibility: undefined });
    if (this.problems.numbers) this.problems = { ...this.problems, numbers: undefined };
  }

  private async check(): Promise<void> {
    if (this.checking) return;
    const client = this.instance?.client;
    const numbers = portableEntries(this.entries).map((e) => e.e164!);
    if (!numbers.length) {
      this.problems = { ...this.problems, numbers: this.t('port.nothingToCheck') };
      return;
    }
    if (!client) return;
    this.checking = true;
    this.checkError = undefined;
    try {
      const eligibility = await checkPortInEligibility(client, numbers);
      const form = this.draft.form.btn
        ? this.draft.form
        : { ...this.draft.form, btn: eligibility.portable_numbers?.[0]?.phone_number ?? '' };
      this.save({ ...this.draft, eligibility, form });
      void this.loadHolidays();
    } catch (error) {
      const problems = this.serverProblems(error);
      if (problems) this.problems = { ...this.problems, ...problems };
      else this.checkError = this.t('port.checkFailed', { reason: this.reason(error) });
    } finally {
      this.checking = false;
    }
  }

  private async loadHolidays(): Promise<void> {
    try {
      this.holiday = await loadHolidayCheck();
    } catch {
      // Without the calendar the date can't be checked; the server still checks it.
    }
  }

  // ---- Form ----

  private setField(field: keyof PortForm, value: string): void {
    this.save({ ...this.draft, form: { ...this.draft.form, [field]: value } });
    if (this.problems[field]) this.problems = { ...this.problems, [field]: undefined };
  }

  private pickFile(kind: PortDocumentKind, input: HTMLInputElement): void {
    const file = input.files?.[0];
    const field = kind === 'bill-copy' ? 'billCopy' : 'csr';
    const files = { ...this.files };
    delete files[kind];
    if (file) {
      const problem = documentProblem(file);
      if (problem) {
        this.problems = { ...this.problems, [field]: this.t(`port.formProblem.${problem}`) };
        input.value = '';
        this.files = files;
        return;
      }
      files[kind] = file;
    }
    this.files = files;
    this.problems = { ...this.problems, [field]: undefined };
  }

  private dateProblemText(date: string): string | undefined {
    if (!this.holiday) return undefined;
    const today = portToday();
    const problem = portDateProblem(date, today, this.holiday);
    if (!problem) return undefined;
    const { earliest, latest } = portDateWindow(today, this.holiday);
    return this.t(`port.dateProblem.${problem}`, {
      earliest: this.day(earliest),
      latest: this.day(latest),
    });
  }

  private day(date: string): string {
    return this.i18n.wallDate(date);
  }

  private validate(): Problems {
    const btnValid = (value: string) =>
      checkNumbers(value, this.libraryReady ? phoneLib() : undefined)[0]?.problem === undefined;
    const found = formProblems(
      this.draft.form,
      needsAccountNumber(this.draft.eligibility),
      btnValid,
    );
    const problems: Problems = {};
    for (const [field, problem] of Object.entries(found))
      problems[field as PortField] = this.t(`port.formProblem.${problem!}`);
    const date = this.dateProblemText(this.draft.form.date);
    if (!this.draft.form.date) problems.date = this.t('port.dateProblem.format');
    else if (date) problems.date = date;
    if (!this.files['bill-copy'] && !this.draft.uploaded?.['bill-copy'])
      problems.billCopy = this.t('port.formProblem.required');
    if (!this.draft.form.signature.trim()) problems.signature = this.t('port.formProblem.required');
    return problems;
  }

  // ---- The sequence ----

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.submit();
  };

  private async submit(): Promise<void> {
    // Synchronous guard first: a double click or a repeated Enter gets here twice.
    if (this.running) return;
    const client = this.instance?.client;
    if (!client) return;
    this.running = true;
    this.sequenceError = undefined;
    try {
      const problems = this.validate();
      const ip = await resolveCustomerIp(this.customerIp);
      if (Object.values(problems).some(Boolean) || !ip) {
        this.problems = problems;
        this.sequenceError = ip ? this.t('port.fixFields') : this.t('port.needsIp');
        await this.focusFirstProblem();
        return;
      }
      const numbers = (this.draft.eligibility?.portable_numbers ?? []).map((n) => n.phone_number);
      const btn = checkNumbers(this.draft.form.btn, phoneLib())[0]?.e164 ?? this.draft.form.btn;
      const order = await runPortSequence({
        client,
        draft: this.draft,
        body: orderBody(this.draft.form, numbers, btn),
        files: this.files,
        signature: this.draft.form.signature.trim(),
        ip,
        save: (next) => {
          this.save(next);
          this.changed();
        },
        onStage: (stage) => (this.stage = stage),
      });
      await loadStatus();
      this.statusReady = true;
      this.submitted = order;
      this.save({ ...this.draft, orderId: order.id });
      this.drafts?.set(`${PORT_DRAFT_KEY}.submitted`, order.id);
      this.changed();
    } catch (error) {
      const stage = error instanceof PortStageError ? error.stage : undefined;
      const cause = error instanceof PortStageError ? error.error : error;
      const problems = this.serverProblems(cause, stage);
      if (problems) this.problems = { ...this.problems, ...problems };
      this.sequenceError = `${
        stage
          ? this.t(`port.stageFailed.${stage}`, { reason: this.reason(cause) })
          : this.reason(cause)
      } ${this.t('port.resumeHint')}`;
      if (problems) await this.focusFirstProblem();
    } finally {
      this.stage = undefined;
      this.running = false;
    }
  }

  /** A 4xx naming fields in `details`: their messages, by field. */
  private serverProblems(error: unknown, stage?: PortStage): Problems | undefined {
    if (!(error instanceof DialstackApiError) || !error.details) return undefined;
    const problems: Problems = {};
    for (const [key, message] of Object.entries(error.details)) {
      const field =
        key === 'file' && (stage === 'bill-copy' || stage === 'csr')
          ? stage === 'bill-copy'
            ? 'billCopy'
            : 'csr'
          : fieldOfDetail(key);
      if (field && typeof message === 'string') problems[field] = message;
    }
    return Object.keys(problems).length ? problems : undefined;
  }

  private async focusFirstProblem(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private reason(error: unknown): string {
    return error instanceof Error && error.message ? error.message : this.i18n.t('errors.title');
  }

  private startAnother(): void {
    this.drafts?.delete(`${PORT_DRAFT_KEY}.submitted`);
    this.submitted = undefined;
    this.files = {};
    this.problems = {};
    this.save({ text: '', form: { ...EMPTY_FORM, businessName: this.businessName ?? '' } });
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    const submittedId =
      this.submitted?.id ?? this.drafts?.get<string>(`${PORT_DRAFT_KEY}.submitted`);
    if (submittedId) {
      if (!this.statusReady) void loadStatus().then(() => (this.statusReady = true));
      return html`<div class="section">
        <h3 id="port-title" tabindex="-1">${this.t('port.submittedTitle')}</h3>
        ${
          this.statusReady
            ? html`<dialstack-onboarding-port-status
                .dialstack=${this.instance}
                .orderId=${submittedId}
              ></dialstack-onboarding-port-status>`
            : nothing
        }
        <div class="actions">
          <button type="button" class="btn btn--secondary" @click=${() => this.startAnother()}>
            ${this.t('port.portAnother')}
          </button>
        </div>
      </div>`;
    }
    const eligibility = this.draft.eligibility;
    const portable = eligibility?.portable_numbers ?? [];
    return html`${this.renderNumbers()}
    ${
      eligibility
        ? html`<dialstack-onboarding-port-eligibility
            .dialstack=${this.instance}
            .result=${eligibility}
          ></dialstack-onboarding-port-eligibility>`
        : nothing
    }
    ${portable.length ? this.renderForm() : nothing}`;
  }

  private renderNumbers() {
    const entries = this.entries;
    const problem = this.problems.numbers;
    return html`<div class="section">
      <h3 id="port-title" tabindex="-1">${this.t('port.title')}</h3>
      <div class="field field--full">
        <label for="numbers">${this.t('port.numbersLabel')}</label>
        <textarea
          id="numbers"
          class="input"
          .value=${this.draft.text}
          aria-describedby="numbers-hint${problem ? ' e-numbers' : ''}"
          aria-invalid=${problem ? 'true' : 'false'}
          @input=${(e: Event) => this.setText((e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p class="hint" id="numbers-hint">${this.t('port.numbersHint')}</p>
        ${problem ? html`<p class="field__error" id="e-numbers">${problem}</p>` : nothing}
      </div>
      ${
        entries.length
          ? html`<ul class="checks" aria-label=${this.t('port.numbersLabel')}>
              ${entries.map(
                (entry) =>
                  html`<li
                    class="check ${entry.problem ? 'check--bad' : ''}"
                    data-number=${entry.e164 ?? entry.raw}
                  >
                    <span>${entry.e164 ? this.i18n.phone(entry.e164) : entry.raw}</span>
                    <span>
                      ${entry.problem ? this.t(`port.problem.${entry.problem}`) : this.t('port.ok')}
                    </span>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${this.checkError ? html`<p class="notice notice--danger" role="alert">${this.checkError}</p>` : nothing}
      <div class="actions">
        <button
          type="button"
          class="btn btn--secondary"
          aria-disabled=${this.checking ? 'true' : 'false'}
          @click=${() => void this.check()}
        >
          ${this.checking ? this.t('port.checking') : this.t('port.check')}
        </button>
      </div>
    </div>`;
  }

  private renderField(field: keyof PortForm, size?: 'wide' | 'full', auto?: string, hint?: string) {
    const problem = this.problems[field];
    const describedBy = [hint ? `h-${field}` : '', problem ? `e-${field}` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class="field ${size ? `field--${size}` : ''}">
      <label for="f-${field}">${this.t(`port.${field}` as 'port.btn')}</label>
      <input
        id="f-${field}"
        class="input"
        .value=${this.draft.form[field]}
        autocomplete=${auto ?? 'off'}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${(e: Event) => this.setField(field, (e.target as HTMLInputElement).value)}
      />
      ${hint ? html`<p class="hint" id="h-${field}">${hint}</p>` : nothing}
      ${problem ? html`<p class="field__error" id="e-${field}">${problem}</p>` : nothing}
    </div>`;
  }

  private renderForm() {
    const accountRequired = needsAccountNumber(this.draft.eligibility);
    const today = portToday();
    const window = this.holiday ? portDateWindow(today, this.holiday) : undefined;
    const dateProblem = this.problems.date;
    const stage = this.stage;
    return html`<form class="section" novalidate @submit=${this.onSubmit}>
      <h4>${this.t('port.subscriberTitle')}</h4>
      <p class="hint">${this.t('port.subscriberHint')}</p>
      <div class="fields">
        ${SUBSCRIBER_FIELDS.map(({ field, size, auto }) =>
          this.renderField(
            field,
            size,
            auto,
            field === 'accountNumber' && accountRequired
              ? this.t('port.accountNumberHintRequired')
              : undefined,
          ),
        )}
        ${this.renderField('zip', undefined, 'postal-code')}
        <div class="field">
          <label for="f-date">${this.t('port.date')}</label>
          <input
            id="f-date"
            type="date"
            class="input"
            .value=${this.draft.form.date}
            min=${window?.earliest ?? nothing}
            max=${window?.latest ?? nothing}
            aria-invalid=${dateProblem ? 'true' : 'false'}
            aria-describedby="h-date${dateProblem ? ' e-date' : ''}"
            @input=${(e: Event) => {
              const value = (e.target as HTMLInputElement).value;
              this.setField('date', value);
              const problem = value ? this.dateProblemText(value) : undefined;
              if (problem) this.problems = { ...this.problems, date: problem };
            }}
          />
          <p class="hint" id="h-date">
            ${
              window
                ? this.t('port.dateHint', {
                    earliest: this.day(window.earliest),
                    latest: this.day(window.latest),
                  })
                : this.t('port.dateLoading')
            }
          </p>
          ${dateProblem ? html`<p class="field__error" id="e-date">${dateProblem}</p>` : nothing}
        </div>
      </div>
      <h4>${this.t('port.documentsTitle')}</h4>
      <div class="fields">
        ${this.renderFile('bill-copy', 'billCopy', 'port.billCopy', 'port.billCopyHint')}
        ${this.renderFile('csr', 'csr', 'port.csr', 'port.csrHint')}
      </div>
      <h4>${this.t('port.approveTitle')}</h4>
      <p id="authorization">${this.t('port.authorization')}</p>
      ${
        this.ipKnown
          ? nothing
          : html`<p class="notice notice--info" part="needs-ip">${this.t('port.needsIp')}</p>`
      }
      <div class="fields">${this.renderField('signature', 'wide', 'name', undefined)}</div>
      ${stage ? html`<p class="hint" role="status">${this.t(`port.stage.${stage}`)}</p>` : nothing}
      ${this.sequenceError ? html`<p class="notice notice--danger" role="alert">${this.sequenceError}</p>` : nothing}
      <div class="actions actions--end">
        <button
          type="submit"
          class="btn btn--primary"
          part="submit-port"
          ?disabled=${!this.ipKnown}
          aria-disabled=${stage ? 'true' : 'false'}
          aria-describedby="authorization"
        >
          ${
            stage
              ? this.t('port.submitting')
              : this.draft.orderId
                ? this.t('port.resume')
                : this.t('port.submit')
          }
        </button>
      </div>
    </form>`;
  }

  private renderFile(
    kind: PortDocumentKind,
    field: 'billCopy' | 'csr',
    label: 'port.billCopy' | 'port.csr',
    hint: 'port.billCopyHint' | 'port.csrHint',
  ) {
    const problem = this.problems[field];
    const uploaded = this.draft.uploaded?.[kind];
    return html`<div class="field field--wide">
      <label for="f-${field}">${this.t(label)}</label>
      <input
        id="f-${field}"
        type="file"
        accept=".pdf,.png,.jpg,.jpeg,.tif,.tiff,application/pdf,image/png,image/jpeg,image/tiff"
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby="h-${field}${problem ? ` e-${field}` : ''}"
        @change=${(e: Event) => this.pickFile(kind, e.target as HTMLInputElement)}
      />
      <p class="hint" id="h-${field}">
        ${this.t(hint)}
        ${uploaded ? html`<br />${this.t('port.billCopyUploaded', { name: uploaded })}` : nothing}
      </p>
      ${problem ? html`<p class="field__error" id="e-${field}">${problem}</p>` : nothing}
    </div>`;
  }
}
