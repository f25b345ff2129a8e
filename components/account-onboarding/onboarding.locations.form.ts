/**
 * The address form of the locations step (a new location or one being edited): name, street
 * address and country, each field's problem shown once it is touched (or on submit) and the
 * server's field errors beside their fields. The step holds the state and saves.
 */
import { html, nothing } from 'lit';
import type { I18n } from '../../src/i18n/create-i18n';
import { formActions } from '../../src/ui/blocks';
import { onboardingPack } from './onboarding.steps.messages';
import {
  checkLocation,
  COUNTRIES,
  type LocationField,
  type LocationForm,
} from './onboarding.locations.data';

export interface OpenForm {
  /** The location being edited; absent for a new one. */
  id?: string;
  values: LocationForm;
}

const FIELDS: readonly { field: Exclude<LocationField, 'country'>; span: string; auto: string }[] =
  [
    { field: 'addressNumber', span: 'field--1', auto: 'address-line1' },
    { field: 'street', span: 'field--3', auto: 'address-line1' },
    { field: 'unit', span: '', auto: 'address-line2' },
    { field: 'city', span: '', auto: 'address-level2' },
    { field: 'state', span: 'field--1', auto: 'address-level1' },
    { field: 'postalCode', span: 'field--1', auto: 'postal-code' },
  ];

export interface LocationFormView {
  i18n: I18n;
  /** The name of the location being edited (absent for a new one). */
  editingName?: string;
  touched: ReadonlySet<LocationField>;
  showAll: boolean;
  serverErrors: Partial<Record<LocationField, string>>;
  formError?: string;
  saving: boolean;
  setField: (field: LocationField, value: string) => void;
  submit: (event: Event) => void;
  cancel: () => void;
}

export function renderLocationForm(view: LocationFormView, form: OpenForm) {
  const t = (key: Parameters<typeof onboardingPack.t>[1], params?: Record<string, string>) =>
    onboardingPack.t(view.i18n, key, params);
  const problems = checkLocation(form.values);
  const shown = (field: LocationField): string | undefined =>
    view.serverErrors[field] ??
    ((view.showAll || view.touched.has(field)) && problems[field]
      ? t(`locations.problem.${problems[field]!}` as 'locations.problem.required')
      : undefined);
  const input = (field: Exclude<LocationField, 'country'>, span: string, auto: string) => {
    const error = shown(field);
    return html`<div class="field ${span}">
      <label for="loc-${field}">${t(`locations.${field}`)}</label>
      <input
        id="loc-${field}"
        class="input"
        name=${field}
        autocomplete=${auto}
        .value=${form.values[field]}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `loc-${field}-error` : nothing}
        @input=${(e: Event) => view.setField(field, (e.target as HTMLInputElement).value)}
      />
      ${error ? html`<p class="field__error" id="loc-${field}-error">${error}</p>` : nothing}
    </div>`;
  };
  return html`<form
    part="location-form"
    novalidate
    @submit=${view.submit}
    aria-labelledby="form-title"
  >
    <h4 id="form-title">
      ${
        view.editingName !== undefined
          ? t('locations.formTitleEdit', { name: view.editingName })
          : t('locations.formTitleNew')
      }
    </h4>
    <div class="fields">
      ${input('name', 'field--full', 'organization')}
      ${FIELDS.map(({ field, span, auto }) => input(field, span, auto))}
      <div class="field">
        <label for="loc-country">${t('locations.country')}</label>
        <select
          id="loc-country"
          class="input"
          autocomplete="country"
          @change=${(e: Event) => view.setField('country', (e.target as HTMLSelectElement).value)}
        >
          ${COUNTRIES.map(
            (c) =>
              html`<option value=${c} ?selected=${c === form.values.country}>
                ${t(`locations.countries.${c}`)}
              </option>`,
          )}
        </select>
      </div>
    </div>
    ${view.formError ? html`<p class="form-error" role="alert">${view.formError}</p>` : nothing}
    ${formActions({
      secondary: { label: t('cancel'), onClick: () => view.cancel() },
      submit: {
        label: t('locations.saveLocation'),
        part: 'save-location',
        busy: view.saving,
        busyLabel: t('saving'),
      },
    })}
  </form>`;
}
