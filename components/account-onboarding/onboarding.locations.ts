import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  createLocation,
  listAllLocations,
  provisionLocationE911,
  updateLocation,
  validateLocationE911,
  type Location,
} from '../../src/api/locations';
import { phoneNumbersPage } from '../../src/api/phone-numbers';
import { DialstackApiError } from '../../src/core/errors';
import { badge, badgeStyles } from '../../src/ui/badge';
import { inputStyles } from '../../src/ui/input';
import { usePack } from '../../src/base/pack';
import { onboardingPack } from './onboarding.steps.messages';
import type { StepId } from './account-onboarding.progress';
import { OnboardingStep } from './account-onboarding.step';
import { stepStyles } from './account-onboarding.styles';
import {
  checkLocation,
  EMPTY_LOCATION,
  fieldErrors,
  formOf,
  toAddressInput,
  type LocationField,
} from './onboarding.locations.data';
import { E911Follower } from './onboarding.locations.e911';
import { renderLocationForm, type OpenForm } from './onboarding.locations.form';
import { renderVerify, type Verify } from './onboarding.locations.verify';

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-onboarding-locations': DialstackOnboardingLocations;
  }
}

const FORM_DRAFT = 'locations.form';

const tone = (status: Location['e911_status']) =>
  status === 'provisioned'
    ? 'success'
    : status === 'failed'
      ? 'danger'
      : status === 'none'
        ? 'neutral'
        : 'warning';

/**
 * The locations step of `<dialstack-account-onboarding>` (internal): business locations with
 * an address form checked as the person types, then E911 — the normalised address to confirm,
 * provisioning once the location has a primary number, and its status followed until it
 * settles, with a retry on failure.
 */
export class DialstackOnboardingLocations extends OnboardingStep {
  static override styles = [OnboardingStep.styles, inputStyles, badgeStyles, stepStyles];

  readonly stepId: StepId = 'locations';

  @state() private form?: OpenForm;
  @state() private touched: ReadonlySet<LocationField> = new Set();
  @state() private showAll = false;
  @state() private serverErrors: Partial<Record<LocationField, string>> = {};
  @state() private formError?: string;
  @state() private saving = false;
  @state() private verify?: Verify;
  @state() private busy: ReadonlySet<string> = new Set();
  @state() private rowNotices: ReadonlyMap<string, string> = new Map();
  /** Fresher reads of followed locations than the list's. */
  @state() private fresh: ReadonlyMap<string, Location> = new Map();
  @state() private primaryChoice = '';

  private readonly follower = new E911Follower(this, (location, settled) => {
    this.fresh = new Map([...this.fresh, [location.id, location]]);
    if (settled) {
      this.instance?.client.invalidate(['locations'], this);
      this.changed();
    }
  });

  private readonly locations = this.createDataTask({
    tags: ['locations'],
    isEmpty: () => false,
    task: (_args, { client, signal }) => listAllLocations(client, { signal }),
  });

  private readonly numbers = this.createDataTask({
    tags: ['phone-numbers'],
    isEmpty: () => false,
    task: async (_args, { client, signal }) =>
      (await phoneNumbersPage(client, { query: { status: 'active', limit: 100 }, signal })).data,
  });

  private readonly t = usePack(this, onboardingPack, () => this.i18n);

  override connectedCallback(): void {
    super.connectedCallback();
    const draft = this.drafts.get<OpenForm>(FORM_DRAFT);
    if (draft && !this.form)
      this.form = { ...draft, values: { ...EMPTY_LOCATION, ...draft.values } };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('drafts') && !this.form) {
      const draft = this.drafts.get<OpenForm>(FORM_DRAFT);
      if (draft) this.form = { ...draft, values: { ...EMPTY_LOCATION, ...draft.values } };
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const client = this.instance?.client;
    if (client) for (const location of this.list()) this.follower.follow(client, location);
  }

  /** The list, with the follower's fresher reads. */
  private list(): Location[] {
    return (this.locations.value ?? []).map((l) => this.fresh.get(l.id) ?? l);
  }

  // ---- The form ----

  private openForm(location?: Location): void {
    const values = location
      ? formOf(location)
      : { ...EMPTY_LOCATION, name: this.list().length ? '' : (this.businessName ?? '') };
    this.form = { id: location?.id, values };
    this.touched = new Set();
    this.showAll = false;
    this.serverErrors = {};
    this.formError = undefined;
    this.saveDraft();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('#loc-name')?.focus(),
    );
  }

  private closeForm(): void {
    this.form = undefined;
    this.drafts.delete(FORM_DRAFT);
  }

  private saveDraft(): void {
    if (this.form) this.drafts.set(FORM_DRAFT, this.form);
  }

  private setField(field: LocationField, value: string): void {
    if (!this.form) return;
    this.form = { ...this.form, values: { ...this.form.values, [field]: value } };
    this.touched = new Set([...this.touched, field]);
    if (this.serverErrors[field]) {
      const { [field]: _drop, ...rest } = this.serverErrors;
      this.serverErrors = rest;
    }
    this.saveDraft();
  }

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.save();
  };

  private async save(): Promise<void> {
    const form = this.form;
    const client = this.instance?.client;
    // Synchronous guard first: a double click or a repeated Enter gets here twice.
    if (!form || !client || this.saving) return;
    const problems = checkLocation(form.values);
    if (Object.keys(problems).length) {
      this.showAll = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.saving = true;
    this.formError = undefined;
    this.serverErrors = {};
    const body = { name: form.values.name.trim(), address: toAddressInput(form.values) };
    try {
      const saved = form.id
        ? await updateLocation(client, form.id, body, { origin: this })
        : await createLocation(client, body, { origin: this });
      this.closeForm();
      this.fresh = new Map([...this.fresh, [saved.id, saved]]);
      this.locations.refresh();
      this.changed();
      void this.check(saved.id);
    } catch (error) {
      const details = error instanceof DialstackApiError ? error.details : undefined;
      this.serverErrors = fieldErrors(details);
      this.formError = this.t('failed', { reason: this.reason(error) });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    } finally {
      this.saving = false;
    }
  }

  // ---- E911 ----

  /** Asks the provider for the normalised address, to confirm. */
  private async check(id: string): Promise<void> {
    const client = this.instance?.client;
    if (!client || this.verify?.status === 'checking') return;
    this.verify = { id, status: 'checking' };
    try {
      const result = await validateLocationE911(client, id, { origin: this });
      this.verify = { id, status: 'ready', result };
    } catch (error) {
      this.verify = {
        id,
        status: 'error',
        message: this.t('failed', { reason: this.reason(error) }),
      };
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#verify-${CSS.escape(id)}`)?.focus();
  }

  private async register(location: Location): Promise<void> {
    const client = this.instance?.client;
    if (!client || this.busy.has(location.id)) return;
    this.busy = new Set([...this.busy, location.id]);
    this.setRowNotice(location.id, undefined);
    try {
      const started = await provisionLocationE911(client, location.id, { origin: this });
      this.fresh = new Map([...this.fresh, [started.id, started]]);
      if (this.verify?.id === location.id) this.verify = undefined;
      this.follower.follow(client, started);
      this.changed();
    } catch (error) {
      this.setRowNotice(location.id, this.t('failed', { reason: this.reason(error) }));
    } finally {
      const next = new Set(this.busy);
      next.delete(location.id);
      this.busy = next;
    }
  }

  private async setPrimary(location: Location): Promise<void> {
    const client = this.instance?.client;
    const did = this.primaryChoice || this.numbers.value?.[0]?.id;
    if (!client || !did || this.busy.has(location.id)) return;
    this.busy = new Set([...this.busy, location.id]);
    try {
      const saved = await updateLocation(
        client,
        location.id,
        { primary_did_id: did },
        { origin: this },
      );
      this.fresh = new Map([...this.fresh, [saved.id, saved]]);
      this.changed();
    } catch (error) {
      this.setRowNotice(location.id, this.t('failed', { reason: this.reason(error) }));
    } finally {
      const next = new Set(this.busy);
      next.delete(location.id);
      this.busy = next;
    }
  }

  private setRowNotice(id: string, text: string | undefined): void {
    const next = new Map(this.rowNotices);
    if (text) next.set(id, text);
    else next.delete(id);
    this.rowNotices = next;
  }

  private reason(error: unknown): string {
    return error instanceof Error && error.message ? error.message : this.i18n.t('errors.title');
  }

  // ---- Rendering ----

  protected override render() {
    return html`<div class="section">
        <h3 id="step-title" tabindex="-1">${this.t('locations.title')}</h3>
        <p class="hint">${this.t('locations.intro')}</p>
        ${this.locations.render({
          complete: () => this.renderList(),
          skeletonRows: 2,
        })}
      </div>
      <div class="section">
        ${
          this.form
            ? this.renderForm(this.form)
            : html`<div class="actions">
                <button
                  type="button"
                  class="btn btn--secondary"
                  part="add-location"
                  @click=${() => this.openForm()}
                >
                  ${this.t('locations.add')}
                </button>
              </div>`
        }
      </div>
      ${this.continueRow(this.t('continue'))}`;
  }

  private renderList() {
    const list = this.list();
    if (!list.length) return html`<p class="hint" part="empty">${this.t('locations.empty')}</p>`;
    return html`<ul class="rows" aria-labelledby="step-title">
      ${repeat(
        list,
        (l) => l.id,
        (l) => this.renderRow(l),
      )}
    </ul>`;
  }

  private renderRow(location: Location) {
    const status = location.e911_status;
    const busy = this.busy.has(location.id);
    const notice = this.rowNotices.get(location.id);
    const primary = this.numbers.value?.find((n) => n.id === location.primary_did_id);
    const canCheck = status === 'none' || status === 'failed';
    return html`<li class="row" part="row" data-id=${location.id}>
      <div class="row__main">
        <span class="row__title">${location.name}</span>
        <span class="row__meta">${location.address.formatted_address}</span>
        <span class="row__meta"
          >${
            location.primary_did_id
              ? `${this.t('locations.primaryNumber')}: ${primary ? this.i18n.phone(primary.phone_number) : location.primary_did_id}`
              : this.t('locations.noPrimary')
          }</span
        >
      </div>
      <span role="status" part="e911-status" data-status=${status}
        >${badge(this.t(`locations.e911.${status}`), tone(status))}</span
      >
      <div class="actions">
        <button
          type="button"
          class="btn btn--ghost btn--sm"
          @click=${() => this.openForm(location)}
        >
          ${this.t('edit')}<span class="visually-hidden"> ${location.name}</span>
        </button>
        ${
          canCheck
            ? html`<button
                type="button"
                class="btn btn--secondary btn--sm"
                part="check-e911"
                aria-disabled=${this.verify?.status === 'checking' ? 'true' : 'false'}
                @click=${() => void this.check(location.id)}
              >
                ${
                  this.verify?.id === location.id && this.verify.status === 'checking'
                    ? this.t('locations.verifying')
                    : this.t('locations.verify')
                }<span class="visually-hidden"> ${location.name}</span>
              </button>`
            : nothing
        }
        ${
          status === 'failed' && location.primary_did_id
            ? html`<button
                type="button"
                class="btn btn--primary btn--sm"
                part="retry-e911"
                aria-disabled=${busy ? 'true' : 'false'}
                @click=${() => void this.register(location)}
              >
                ${this.t('locations.retryE911')}
              </button>`
            : nothing
        }
      </div>
      ${
        status === 'failed'
          ? html`<p class="notice notice--danger field--full" role="alert">
              ${this.t('locations.failedHelp')}
            </p>`
          : nothing
      }
      ${
        status === 'pending' || status === 'binding'
          ? html`<p class="hint">${this.t('locations.following')}</p>`
          : nothing
      }
      ${notice ? html`<p class="notice notice--danger" role="alert">${notice}</p>` : nothing}
      ${this.verify?.id === location.id ? this.renderVerify(location, this.verify) : nothing}
    </li>`;
  }

  private renderVerify(location: Location, verify: Verify) {
    return renderVerify(
      {
        i18n: this.i18n,
        busy: this.busy.has(location.id),
        numbers: this.numbers.value ?? [],
        primaryChoice: this.primaryChoice,
        hasNumbersStep: this.steps.includes('numbers'),
        register: () => void this.register(location),
        cancel: () => (this.verify = undefined),
        choosePrimary: (id) => (this.primaryChoice = id),
        setPrimary: () => void this.setPrimary(location),
        openNumbers: () => this.goto('numbers'),
      },
      location,
      verify,
    );
  }

  private renderForm(form: OpenForm) {
    const existing = form.id ? this.list().find((l) => l.id === form.id) : undefined;
    return renderLocationForm(
      {
        i18n: this.i18n,
        editingName: existing?.name,
        touched: this.touched,
        showAll: this.showAll,
        serverErrors: this.serverErrors,
        formError: this.formError,
        saving: this.saving,
        setField: (field, value) => this.setField(field, value),
        submit: this.onSubmit,
        cancel: () => this.closeForm(),
      },
      form,
    );
  }
}
