/**
 * One labelled input of the team step (name, email or extension), with its hint and its error
 * tied to it through `aria-describedby` — the same markup in the add form, the edit row.
 */
import { html, nothing } from 'lit';
import type { I18n } from '../../src/i18n/create-i18n';
import { onboardingPack } from './onboarding.steps.messages';
import type { MemberField } from './onboarding.team.data';

export interface MemberFieldOptions {
  type?: string;
  hint?: string;
  span?: string;
}

export function memberField(
  i18n: I18n,
  prefix: string,
  field: MemberField,
  value: string,
  error: string | undefined,
  onInput: (value: string) => void,
  extra: MemberFieldOptions = {},
) {
  const id = `${prefix}-${field}`;
  const described = [error ? `${id}-error` : '', extra.hint ? `${id}-hint` : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field ${extra.span ?? ''}">
    <label for=${id}>${onboardingPack.t(i18n, `team.${field}`)}</label>
    <input
      id=${id}
      class="input"
      name=${field}
      type=${extra.type ?? 'text'}
      inputmode=${field === 'extension' ? 'numeric' : nothing}
      autocomplete=${field === 'name' ? 'name' : field === 'email' ? 'email' : 'off'}
      .value=${value}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
    />
    ${extra.hint ? html`<p class="hint" id="${id}-hint">${extra.hint}</p>` : nothing}
    ${error ? html`<p class="field__error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}
