/**
 * A team member's row in the team step: shown (name, email, extension, edit and remove), or
 * edited in place (name, email, extension; Escape cancels), and what saving an edit asks of the
 * API — the new extension first, so a taken one leaves the old one working. The team step holds
 * the state, confirms a removal and moves the focus.
 */
import { html, nothing } from 'lit';
import { createExtension, deleteExtension, updateUser } from '../../src/api/team';
import type { User } from '../../src/api/users';
import type { DialstackClient } from '../../src/core/types';
import type { I18n } from '../../src/i18n/create-i18n';
import { formActions } from '../../src/ui/blocks';
import { onboardingPack } from './onboarding.steps.messages';
import { extensionOf, type MemberField, type MemberForm } from './onboarding.team.data';
import { memberField } from './onboarding.team.field';

export interface Editing extends MemberForm {
  id: string;
  original: MemberForm;
}

export type MemberErrors = Partial<Record<MemberField, string>>;

/**
 * Saves what changed. A failed extension throws an `Error` carrying `field: 'extension'` and
 * `describe`'s message; any other failure is thrown as it came.
 */
export async function saveMemberEdit(
  client: DialstackClient,
  editing: Editing,
  origin: object,
  describe: (error: unknown, number: string) => string,
): Promise<void> {
  const { original } = editing;
  if (editing.name !== original.name || editing.email !== original.email)
    await updateUser(
      client,
      editing.id,
      {
        name: editing.name.trim(),
        ...(editing.email.trim() ? { email: editing.email.trim() } : {}),
      },
      { origin },
    );
  const number = editing.extension.trim();
  if (number !== original.extension) {
    // The new extension first: if it is taken, the old one still works.
    if (number)
      await createExtension(client, { number, target: editing.id }, { origin }).catch(
        (error: unknown) => {
          throw Object.assign(new Error(describe(error, number)), {
            field: 'extension',
          });
        },
      );
    if (original.extension) await deleteExtension(client, original.extension, { origin });
  }
}

type Key = Parameters<typeof onboardingPack.t>[1];

export interface MemberRowView {
  i18n: I18n;
  edit: () => void;
  /** Asks to remove the member; `opener` gets the focus back if the confirmation is cancelled. */
  remove: (opener: HTMLElement) => void;
}

export function renderMemberRow(view: MemberRowView, user: User) {
  const t = (key: Key, params?: Record<string, string>) => onboardingPack.t(view.i18n, key, params);
  const ext = extensionOf(user);
  const name = user.name ?? user.email ?? user.id;
  return html`<li class="row" part="row" data-id=${user.id}>
    <div class="row__main">
      <span class="row__title">${name}</span>
      ${user.email ? html`<span class="row__meta">${user.email}</span>` : nothing}
    </div>
    <span class="row__meta" data-extension=${ext ?? ''}
      >${ext ? `${t('team.extension')} ${ext}` : t('team.noExtension')}</span
    >
    <div class="actions">
      <button
        type="button"
        class="btn btn--ghost btn--sm"
        data-action="edit"
        aria-label=${t('team.editTitle', { name })}
        @click=${() => view.edit()}
      >
        ${t('edit')}
      </button>
      <button
        type="button"
        class="btn btn--ghost btn--sm"
        data-action="remove"
        aria-label=${t('team.removeTitle', { name }).replace(/\?$/, '')}
        @click=${(e: Event) => view.remove(e.currentTarget as HTMLElement)}
      >
        ${t('remove')}
      </button>
    </div>
  </li>`;
}

export interface EditRowView {
  i18n: I18n;
  errors: MemberErrors;
  busy: boolean;
  /** Sets one field on the current edit (not this render's: two can change before the next). */
  set: (field: MemberField) => (value: string) => void;
  save: () => void;
  cancel: () => void;
}

export function renderEditRow(view: EditRowView, editing: Editing) {
  const { i18n, errors, set } = view;
  const t = (key: Key, params?: Record<string, string>) => onboardingPack.t(i18n, key, params);
  return html`<li class="row" part="row" data-id=${editing.id}>
    <form
      class="row__main"
      aria-label=${t('team.editTitle', { name: editing.original.name })}
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        view.save();
      }}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') view.cancel();
      }}
    >
      <div class="fields">
        ${memberField(i18n, 'edit', 'name', editing.name, errors.name, set('name'))}
        ${memberField(i18n, 'edit', 'email', editing.email, errors.email, set('email'), {
          type: 'email',
        })}
        ${memberField(
          i18n,
          'edit',
          'extension',
          editing.extension,
          errors.extension,
          set('extension'),
        )}
      </div>
      ${formActions({
        secondary: { label: t('cancel'), onClick: () => view.cancel() },
        submit: { label: t('save'), busy: view.busy, busyLabel: t('saving') },
      })}
    </form>
  </li>`;
}
