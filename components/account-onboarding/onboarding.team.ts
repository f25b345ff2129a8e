import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  createExtension,
  createUser,
  deleteExtension,
  deleteUser,
  listAllExtensions,
  listTeam,
} from '../../src/api/team';
import type { User } from '../../src/api/users';
import { DialstackApiError } from '../../src/core/errors';
import { ConfirmController } from '../../src/ui/confirm-dialog';
import { dialogStyles } from '../../src/ui/dialog';
import { inputStyles } from '../../src/ui/input';
import { formActions } from '../../src/ui/blocks';
import { usePack } from '../../src/base/pack';
import { onboardingPack } from './onboarding.steps.messages';
import type { StepId } from './account-onboarding.progress';
import { OnboardingStep } from './account-onboarding.step';
import { stepStyles } from './account-onboarding.styles';
import { memberField } from './onboarding.team.field';
import {
  checkMember,
  detailErrors,
  EMPTY_MEMBER,
  extensionOf,
  ownerOf,
  suggestExtension,
  type MemberField,
  type MemberForm,
} from './onboarding.team.data';
import {
  renderEditRow,
  renderMemberRow,
  saveMemberEdit,
  type Editing,
  type MemberErrors,
} from './onboarding.team.row';
import { renderHalfMade, type HalfMade } from './onboarding.team.half-made';

declare global {
  interface HTMLElementTagNameMap {
    'dialstack-onboarding-team': DialstackOnboardingTeam;
  }
}

/** The new member's form; `extension` is the person's own only once they typed one. */
interface AddDraft extends MemberForm {
  extensionEdited: boolean;
}

const ADD_DRAFT = 'team.form';
const HALF_DRAFT = 'team.halfMade';

/**
 * The team step of `<dialstack-account-onboarding>` (internal): people with an extension each
 * (the next free one suggested, a taken one explained), edited in place and removed after a
 * confirmation. A person whose extension could not be saved is never left half-made.
 */
export class DialstackOnboardingTeam extends OnboardingStep {
  static override styles = [OnboardingStep.styles, inputStyles, dialogStyles, stepStyles];

  readonly stepId: StepId = 'team';

  @state() private form: AddDraft = { ...EMPTY_MEMBER, extensionEdited: false };
  @state() private touched: ReadonlySet<MemberField> = new Set();
  @state() private showAll = false;
  @state() private errors: MemberErrors = {};
  @state() private formError?: string;
  @state() private busy = false;
  @state() private halfMade?: HalfMade;
  @state() private editing?: Editing;
  @state() private editErrors: MemberErrors = {};
  @state() private announcement = '';

  private readonly confirmer = new ConfirmController(this);
  private restoredFrom?: unknown;
  private checkRestored = false;

  private readonly team = this.createDataTask({
    tags: ['users', 'extensions'],
    isEmpty: () => false,
    task: async (_args, { client, signal }) => {
      const [users, extensions] = await Promise.all([
        listTeam(client, { signal }),
        listAllExtensions(client, { signal }),
      ]);
      return { users, extensions };
    },
  });

  private readonly t = usePack(this, onboardingPack, () => this.i18n);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.restoredFrom !== this.drafts) {
      this.restoredFrom = this.drafts;
      const draft = this.drafts.get<AddDraft>(ADD_DRAFT);
      if (draft)
        this.form = { ...EMPTY_MEMBER, ...draft, extensionEdited: !!draft.extensionEdited };
      this.halfMade = this.drafts.get<HalfMade>(HALF_DRAFT);
      this.checkRestored = true;
    }
    // A half-made user restored from a draft that no longer exists, or that got its extension
    // elsewhere meanwhile, is settled (checked once, against the first list loaded).
    const users = this.team.value?.users;
    const half = this.halfMade;
    if (this.checkRestored && users && !this.team.refreshing) {
      this.checkRestored = false;
      const user = half && users.find((u) => u.id === half.userId);
      if (half && (!user || extensionOf(user))) this.setHalfMade(undefined);
    }
  }

  /** The next free extension ('' until the team has loaded). */
  private get suggestion(): string {
    const team = this.team.value;
    return team ? suggestExtension(team.extensions) : '';
  }

  private setForm(field: MemberField, value: string): void {
    this.form = {
      ...this.form,
      [field]: value,
      extensionEdited: this.form.extensionEdited || field === 'extension',
    };
    this.touched = new Set([...this.touched, field]);
    if (this.errors[field]) {
      const { [field]: _drop, ...rest } = this.errors;
      this.errors = rest;
    }
    this.drafts.set(ADD_DRAFT, this.form);
  }

  private setHalfMade(half: HalfMade | undefined): void {
    this.halfMade = half;
    this.drafts.set(HALF_DRAFT, half);
  }

  /** What the form submits: the typed extension, or the suggestion. */
  private values(): MemberForm {
    const { name, email, extension, extensionEdited } = this.form;
    return { name, email, extension: extensionEdited ? extension : this.suggestion };
  }

  // ---- Adding ----

  private readonly onAdd = (event: Event): void => {
    event.preventDefault();
    void this.add();
  };

  private async add(): Promise<void> {
    const client = this.instance?.client;
    // Synchronous guard first: a double click or a repeated Enter gets here twice.
    if (!client || this.busy || this.halfMade || !this.team.value) return;
    const values = this.values();
    if (Object.keys(checkMember(values)).length) {
      this.showAll = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#add-form [aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    this.formError = undefined;
    let user: User;
    try {
      user = await createUser(
        client,
        {
          name: values.name.trim(),
          ...(values.email.trim() ? { email: values.email.trim() } : {}),
        },
        { origin: this },
      );
    } catch (error) {
      this.errors = detailErrors(error);
      this.formError = this.t('failed', { reason: this.reason(error) });
      this.busy = false;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#add-form [aria-invalid="true"]')?.focus();
      return;
    }
    const name = user.name ?? values.name.trim();
    try {
      await createExtension(
        client,
        { number: values.extension, target: user.id },
        { origin: this },
      );
      this.added(name, values.extension);
    } catch (error) {
      this.setHalfMade({
        userId: user.id,
        name,
        number: values.extension,
        error: this.extensionError(error, values.extension),
      });
      this.resetForm();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#half-extension')?.focus();
    } finally {
      this.busy = false;
      this.team.refresh();
      this.changed();
    }
  }

  private added(name: string, number: string): void {
    this.resetForm();
    this.announcement = this.t('team.added', { name, number });
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('#add-name')?.focus(),
    );
  }

  private resetForm(): void {
    this.form = { ...EMPTY_MEMBER, extensionEdited: false };
    this.touched = new Set();
    this.showAll = false;
    this.errors = {};
    this.drafts.delete(ADD_DRAFT);
  }

  private async saveHalfMade(): Promise<void> {
    const client = this.instance?.client;
    const half = this.halfMade;
    if (!client || !half || this.busy) return;
    if (checkMember({ name: half.name, email: '', extension: half.number }).extension) {
      this.setHalfMade({ ...half, error: this.t('team.problem.extension') });
      return;
    }
    this.busy = true;
    try {
      await createExtension(client, { number: half.number, target: half.userId }, { origin: this });
      this.setHalfMade(undefined);
      this.added(half.name, half.number);
      this.team.refresh();
      this.changed();
    } catch (error) {
      this.setHalfMade({ ...half, error: this.extensionError(error, half.number) });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#half-extension')?.focus();
    } finally {
      this.busy = false;
    }
  }

  private async undoHalfMade(): Promise<void> {
    const client = this.instance?.client;
    const half = this.halfMade;
    if (!client || !half || this.busy) return;
    this.busy = true;
    try {
      await deleteUser(client, half.userId, { origin: this });
      this.setHalfMade(undefined);
      this.announcement = this.t('team.removed', { name: half.name });
      this.team.refresh();
      this.changed();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#add-name')?.focus();
    } catch (error) {
      this.setHalfMade({ ...half, error: this.t('failed', { reason: this.reason(error) }) });
    } finally {
      this.busy = false;
    }
  }

  // ---- Editing and removing ----

  private startEdit(user: User): void {
    const original = {
      name: user.name ?? '',
      email: user.email ?? '',
      extension: extensionOf(user) ?? '',
    };
    this.editing = { id: user.id, ...original, original };
    this.editErrors = {};
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('#edit-name')?.focus(),
    );
  }

  private stopEdit(focusId?: string): void {
    this.editing = undefined;
    this.editErrors = {};
    if (focusId)
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector<HTMLElement>(`[data-id="${CSS.escape(focusId)}"] [data-action="edit"]`)
          ?.focus(),
      );
  }

  private async saveEdit(): Promise<void> {
    const client = this.instance?.client;
    const editing = this.editing;
    if (!client || !editing || this.busy) return;
    const problems = checkMember(editing, { extensionRequired: false });
    if (Object.keys(problems).length) {
      this.editErrors = Object.fromEntries(
        Object.entries(problems).map(([f, p]) => [f, this.t(`team.problem.${p}`)]),
      );
      return;
    }
    this.busy = true;
    try {
      await saveMemberEdit(client, editing, this, (error, number) =>
        this.extensionError(error, number),
      );
      this.announcement = this.t('team.saved');
      this.stopEdit(editing.id);
      this.team.refresh();
      this.changed();
    } catch (error) {
      const field = (error as { field?: MemberField }).field;
      this.editErrors = field
        ? { [field]: (error as Error).message }
        : { ...detailErrors(error), name: this.t('failed', { reason: this.reason(error) }) };
    } finally {
      this.busy = false;
    }
  }

  private async removeMember(user: User, opener: HTMLElement): Promise<void> {
    const client = this.instance?.client;
    if (!client || this.busy) return;
    const name = user.name ?? user.email ?? user.id;
    const confirmed = await this.confirmer.confirm(
      {
        title: this.t('team.removeTitle', { name }),
        message: this.t('team.removeMessage', { name }),
        confirmLabel: this.t('remove'),
        cancelLabel: this.t('cancel'),
        tone: 'danger',
      },
      opener,
    );
    if (!confirmed) return;
    this.busy = true;
    try {
      for (const extension of user.extensions?.data ?? [])
        await deleteExtension(client, extension.number, { origin: this });
      await deleteUser(client, user.id, { origin: this });
      this.announcement = this.t('team.removed', { name });
      this.team.refresh();
      this.changed();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#step-title')?.focus();
    } catch (error) {
      this.formError = this.t('failed', { reason: this.reason(error) });
    } finally {
      this.busy = false;
    }
  }

  // ---- Errors ----

  private extensionError(error: unknown, number: string): string {
    if (error instanceof DialstackApiError && error.status === 409) {
      const team = this.team.value;
      const owner = team ? ownerOf(number, team.users, team.extensions) : undefined;
      return this.t('team.problem.taken', {
        number,
        owner: owner ? this.t('team.problem.takenOwner', { name: owner }) : '',
        suggestion: suggestExtension(team?.extensions ?? [], [number]),
      });
    }
    const detail = error instanceof DialstackApiError ? error.details?.number : undefined;
    return typeof detail === 'string'
      ? `${this.t('team.extension')}: ${detail}`
      : this.t('failed', { reason: this.reason(error) });
  }

  private reason(error: unknown): string {
    return error instanceof Error && error.message ? error.message : this.i18n.t('errors.title');
  }

  // ---- Rendering ----

  protected override render() {
    return html`<div class="section">
        <h3 id="step-title" tabindex="-1">${this.t('team.title')}</h3>
        <p class="hint">${this.t('team.intro')}</p>
        ${this.team.render({ complete: ({ users }) => this.renderList(users), skeletonRows: 3 })}
      </div>
      <div class="section">
        ${this.halfMade ? this.renderHalfMade(this.halfMade) : this.renderAdd()}
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.continueRow(this.t('continue'))} ${this.confirmer.render()}`;
  }

  private renderList(users: readonly User[]) {
    if (!users.length) return html`<p class="hint" part="empty">${this.t('team.empty')}</p>`;
    return html`<ul class="rows" aria-label=${this.t('team.listLabel')}>
      ${repeat(
        users,
        (u) => u.id,
        (u) => (this.editing?.id === u.id ? this.renderEdit(this.editing) : this.renderRow(u)),
      )}
    </ul>`;
  }

  private renderRow(user: User) {
    return renderMemberRow(
      {
        i18n: this.i18n,
        edit: () => this.startEdit(user),
        remove: (opener) => void this.removeMember(user, opener),
      },
      user,
    );
  }

  private renderAdd() {
    const values = this.values();
    const problems = checkMember(values);
    const shown = (field: MemberField) =>
      this.errors[field] ??
      ((this.showAll || this.touched.has(field)) && problems[field]
        ? this.t(`team.problem.${problems[field]!}`)
        : undefined);
    return html`<form id="add-form" part="member-form" novalidate @submit=${this.onAdd}>
      <div class="fields">
        ${memberField(this.i18n, 'add', 'name', values.name, shown('name'), (v) => this.setForm('name', v))}
        ${memberField(
          this.i18n,
          'add',
          'email',
          values.email,
          shown('email'),
          (v) => this.setForm('email', v),
          {
            type: 'email',
          },
        )}
        ${memberField(
          this.i18n,
          'add',
          'extension',
          values.extension,
          shown('extension'),
          (v) => this.setForm('extension', v),
          { hint: this.form.extensionEdited ? undefined : this.t('team.suggested') },
        )}
      </div>
      ${this.formError ? html`<p class="form-error" role="alert">${this.formError}</p>` : nothing}
      ${formActions({
        submit: {
          label: this.t('team.add'),
          part: 'add-member',
          busy: this.busy || !this.team.value,
          busyLabel: this.busy ? this.t('team.adding') : undefined,
        },
      })}
    </form>`;
  }

  private renderHalfMade(half: HalfMade) {
    return renderHalfMade(
      {
        i18n: this.i18n,
        busy: this.busy,
        setNumber: (number) => this.setHalfMade({ ...half, number }),
        save: () => void this.saveHalfMade(),
        undo: () => void this.undoHalfMade(),
      },
      half,
    );
  }

  private renderEdit(editing: Editing) {
    return renderEditRow(
      {
        i18n: this.i18n,
        errors: this.editErrors,
        busy: this.busy,
        // From the current state, not this render's: two fields can change before the next render.
        set: (field) => (value) => {
          if (this.editing) this.editing = { ...this.editing, [field]: value };
        },
        save: () => void this.saveEdit(),
        cancel: () => this.stopEdit(editing.id),
      },
      editing,
    );
  }
}
