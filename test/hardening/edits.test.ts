/**
 * Nothing lost, nothing sent twice — what the element tests do not already cover:
 *
 * - the dial-plan editor keeps an unsaved plan through a session that expires mid-edit (saved
 *   after the renewal, or kept with a clear error when `fetchClientSecret` fails, then saved
 *   once it works again) and through a re-mount of the same element (no reload behind it);
 * - the dial-plan save and the voicemail delete are sent once however often they are pressed,
 *   and a failed save or delete is not retried behind the person's back.
 *
 * The onboarding forms: edits.onboarding.test.ts. Covered elsewhere, not repeated here: a failed
 * dial-plan save keeps the edits (dial-plan.editor.save.test.ts).
 *
 * Requests are counted as they leave the page for the mock (edits.support.ts), and what the
 * mock stored is read back from it. Backoff waits are capped at 50 ms (the instance's timing
 * hook), so a failing `fetchClientSecret` gives up in well under a second.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { DialPlan } from '../../src/api/dial-plans';
import type { DialstackInstance } from '../../src/core/types';
import type { DialstackDialPlan } from '../../components/dial-plan/dial-plan';
import '../../components/dial-plan/define';
import '../../components/voicemails/define';
import {
  node,
  paletteItem,
  saveButton,
  shadow,
} from '../../components/dial-plan/dial-plan.editor.test-support';
import { clearFailures, fail } from '../support/mock';
import { controlledInstance, count, expire, facts, stored } from './edits.support';
import { deepAll, deepText, waitFor } from './elements';

const storedPlan = (id: string) => stored<DialPlan>(`/v1/dialplans/${id}`);

async function mountEditor(instance: DialstackInstance, id: string): Promise<DialstackDialPlan> {
  const el = await fixture<DialstackDialPlan>(
    html`<dialstack-dial-plan
      .dialstack=${instance}
      mode="edit"
      dial-plan-id=${id}
      style="--dialstack-dial-plan-height: 640px; width: 1100px"
    ></dialstack-dial-plan>`,
  );
  await waitFor(
    () => shadow(el).querySelector('.toolbar') && deepAll(el, '[part~="node"]').length > 1,
    'the editor',
  );
  await el.updateComplete;
  return el;
}

/** Adds a "Play a message" step (id `sound_clip`): an unsaved edit. */
async function addStep(el: DialstackDialPlan): Promise<void> {
  paletteItem(el, 'Add Play a message step').click();
  await waitFor(() => el.dirty && node(el, 'sound_clip'), 'an unsaved step');
}

const saveError = (el: HTMLElement) =>
  shadow(el).querySelector('[part~="save-error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('nothing lost: the dial-plan editor', function () {
  this.timeout(30_000);

  it('a session that expires mid-edit: the save renews the secret and saves the edit (one POST after the 401)', async () => {
    const controlled = controlledInstance();
    const id = facts().dialPlans.mainLine;
    const el = await mountEditor(controlled.instance, id);
    await addStep(el);
    const before = controlled.secrets();
    await expire('POST', `/v1/dialplans/${id}`);
    saveButton(el).click();
    await waitFor(() => !el.dirty, 'saved after the renewal');
    expect(controlled.secrets(), 'a renewed client secret').to.equal(before + 1);
    // The rejected request and the one with the new secret: nothing sent a third time.
    expect(count(`POST /v1/dialplans/${id}`)).to.equal(2);
    expect((await storedPlan(id)).nodes.map((n) => n.id)).to.include('sound_clip');
    expect(saveError(el)).to.equal('');
  });

  it('a session that expires and cannot be renewed: the edit stays, with an error; it saves once the host answers again', async () => {
    const controlled = controlledInstance();
    const id = facts().dialPlans.mainLine;
    const el = await mountEditor(controlled.instance, id);
    await addStep(el);
    await expire('POST', `/v1/dialplans/${id}`);
    controlled.failing = true;
    const error = await el.save().then(
      () => null,
      (e: unknown) => e as { type?: string },
    );
    expect(error?.type).to.equal('authentication_error');
    expect(el.dirty, 'still unsaved').to.equal(true);
    expect(node(el, 'sound_clip'), 'the added step').to.exist;
    await waitFor(() => /^Couldn’t save: /.test(saveError(el)), 'the save error');
    expect(saveError(el)).not.to.contain('host backend');
    expect((await storedPlan(id)).nodes.map((n) => n.id)).not.to.include('sound_clip');
    controlled.failing = false;
    saveButton(el).click();
    await waitFor(() => !el.dirty, 'saved');
    expect((await storedPlan(id)).nodes.map((n) => n.id)).to.include('sound_clip');
    expect(saveError(el)).to.equal('');
  });

  it('a re-mount of the same element (a router moving it) keeps the unsaved plan, and it still saves', async () => {
    const controlled = controlledInstance();
    const id = facts().dialPlans.mainLine;
    const el = await mountEditor(controlled.instance, id);
    await addStep(el);
    expect(count(`GET /v1/dialplans/${id}`), 'the plan loaded').to.equal(1);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    await waitFor(() => deepAll(el, '[part~="node"]').length > 1, 'the canvas again');
    expect(el.dirty, 'still unsaved').to.equal(true);
    expect(node(el, 'sound_clip'), 'the added step after the re-mount').to.exist;
    saveButton(el).click();
    await waitFor(() => !el.dirty, 'saved');
    expect((await storedPlan(id)).nodes.map((n) => n.id)).to.include('sound_clip');
    // No reload of the plan behind the edit: the first mount loaded it once (positive control),
    // and a reload the re-mount started would have been sent before the save's answer.
    expect(count(`GET /v1/dialplans/${id}`)).to.equal(1);
  });

  it('Save pressed twice, and save() called twice, sends one POST each time', async () => {
    const controlled = controlledInstance();
    const id = facts().dialPlans.mainLine;
    const el = await mountEditor(controlled.instance, id);
    await addStep(el);
    // Slow enough that the second press lands while the first is in flight.
    await fail({ method: 'POST', path: `/v1/dialplans/${id}`, delayMs: 300 });
    saveButton(el).click();
    saveButton(el).click();
    await waitFor(() => !el.dirty, 'saved');
    expect(count(`POST /v1/dialplans/${id}`)).to.equal(1);
    paletteItem(el, 'Add Menu step').click();
    await waitFor(() => el.dirty, 'a second edit');
    await fail({ method: 'POST', path: `/v1/dialplans/${id}`, delayMs: 300 });
    const [a, b] = await Promise.all([el.save(), el.save()]);
    expect(a.id).to.equal(b.id);
    expect(count(`POST /v1/dialplans/${id}`)).to.equal(2);
    // Positive control: a later save after the first finished does send again.
    paletteItem(el, 'Add Menu step').click();
    await waitFor(() => el.dirty, 'a third edit');
    await el.save();
    expect(count(`POST /v1/dialplans/${id}`)).to.equal(3);
  });

  it('a failed save is not retried behind the person’s back: one POST per press', async () => {
    const controlled = controlledInstance();
    const id = facts().dialPlans.mainLine;
    const el = await mountEditor(controlled.instance, id);
    await addStep(el);
    await fail({ method: 'POST', path: `/v1/dialplans/${id}`, status: 503, times: 5 });
    await el.save().catch(() => undefined);
    expect(count(`POST /v1/dialplans/${id}`)).to.equal(1);
    expect(el.dirty).to.equal(true);
    await clearFailures();
    await el.save();
    expect(count(`POST /v1/dialplans/${id}`)).to.equal(2);
  });
});

// ---- voicemails: delete ----

describe('sent once: deleting a voicemail', function () {
  this.timeout(30_000);

  const vmRow = (el: HTMLElement, id: string) =>
    el.shadowRoot!.querySelector<HTMLElement>(`[part~="row"][data-id="${id}"]`);
  const detailDelete = (el: HTMLElement) =>
    el
      .shadowRoot!.querySelector<HTMLElement>('[part~="detail"]')
      ?.shadowRoot?.querySelector<HTMLButtonElement>('.detail__delete') ?? null;
  const dialog = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog');

  async function deleteTwice(el: HTMLElement): Promise<string> {
    await waitFor(() => el.shadowRoot?.querySelector('[part~="row"]'), 'the voicemails');
    const id = el.shadowRoot!.querySelector<HTMLElement>('[part~="row"]')!.dataset.id!;
    vmRow(el, id)!.querySelector<HTMLButtonElement>('.row__main')!.click();
    await waitFor(() => detailDelete(el), 'the detail');
    detailDelete(el)!.click();
    detailDelete(el)?.click();
    await waitFor(() => dialog(el)?.open, 'the confirmation');
    const confirm = dialog(el)!.querySelector<HTMLButtonElement>('button[value="confirm"]')!;
    confirm.click();
    confirm.click();
    await waitFor(() => !dialog(el)?.open, 'the confirmation closes');
    return id;
  }

  async function mountVoicemails(instance: DialstackInstance): Promise<HTMLElement> {
    // The shortest undo window (1 s): the DELETE goes when it ends.
    return fixture<HTMLElement>(
      html`<dialstack-voicemails
        .dialstack=${instance}
        undo-timeout="1000"
      ></dialstack-voicemails>`,
    );
  }

  it('Delete and its confirmation each pressed twice: one DELETE', async () => {
    const controlled = controlledInstance();
    const el = await mountVoicemails(controlled.instance);
    const deleted: string[] = [];
    el.addEventListener('dialstack-voicemail-delete', (e) =>
      deleted.push((e as CustomEvent<{ id: string }>).detail.id),
    );
    const id = await deleteTwice(el);
    await waitFor(() => deleted.length > 0, 'deleted after the undo window');
    expect(deleted).to.deep.equal([id]);
    // Positive control: the DELETE was seen (and the mock no longer has the voicemail).
    expect(count(`DELETE /v1/voicemails/${id}`)).to.equal(1);
    await stored(`/v1/voicemails/${id}`).then(
      () => expect.fail('still stored'),
      (e: Error) => expect(e.message).to.contain('404'),
    );
    // No second confirmation or toast left to send another.
    expect(dialog(el)?.open ?? false).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~="toast"]')).to.equal(null);
  });

  it('a DELETE that fails is not retried behind the person’s back: the voicemail comes back', async () => {
    const controlled = controlledInstance();
    await fail({ method: 'DELETE', path: '/v1/voicemails/*', status: 503, times: 5 });
    const el = await mountVoicemails(controlled.instance);
    const id = await deleteTwice(el);
    await waitFor(() => count(`DELETE /v1/voicemails/${id}`) > 0, 'the DELETE');
    await waitFor(() => vmRow(el, id), 'the row is back');
    await waitFor(() => /couldn’t delete/i.test(deepText(el)), 'the error');
    expect(count(`DELETE /v1/voicemails/${id}`)).to.equal(1);
  });
});
