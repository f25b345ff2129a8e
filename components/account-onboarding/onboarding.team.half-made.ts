/**
 * A person created whose extension could not be saved: the form that fixes the extension in
 * place or undoes the person, shown instead of the add form until one of them succeeds.
 */
import { html, nothing } from 'lit';
import type { I18n } from '../../src/i18n/create-i18n';
import { formActions } from '../../src/ui/blocks';
import { onboardingPack } from './onboarding.steps.messages';

/** A user created whose extension failed: fixed in place or undone, never left half-made. */
export interface HalfMade {
  userId: string;
  name: string;
  number: string;
  error?: string;
}

export interface HalfMadeView {
  i18n: I18n;
  busy: boolean;
  setNumber: (number: string) => void;
  save: () => void;
  undo: () => void;
}

export function renderHalfMade(view: HalfMadeView, half: HalfMade) {
  const t = (key: Parameters<typeof onboardingPack.t>[1], params?: Record<string, string>) =>
    onboardingPack.t(view.i18n, key, params);
  return html`<form
    part="half-made"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      view.save();
    }}
  >
    <p class="notice notice--warning" role="alert">
      ${t('team.halfMade', { name: half.name, number: half.number })}
    </p>
    <div class="fields">
      <div class="field">
        <label for="half-extension">${t('team.extension')}</label>
        <input
          id="half-extension"
          class="input"
          inputmode="numeric"
          autocomplete="off"
          .value=${half.number}
          aria-invalid=${half.error ? 'true' : 'false'}
          aria-describedby=${half.error ? 'half-extension-error' : nothing}
          @input=${(e: Event) => view.setNumber((e.target as HTMLInputElement).value)}
        />
        ${
          half.error
            ? html`<p class="field__error" id="half-extension-error">${half.error}</p>`
            : nothing
        }
      </div>
    </div>
    ${formActions({
      secondary: {
        label: t('team.undo', { name: half.name }),
        part: 'undo-member',
        onClick: () => view.undo(),
      },
      submit: { label: t('team.saveExtension'), part: 'save-extension', busy: view.busy },
    })}
  </form>`;
}
