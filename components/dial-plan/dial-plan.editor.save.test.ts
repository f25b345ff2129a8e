import { expect, oneEvent } from '@open-wc/testing';
import type { DialPlan } from '../../src/api/dial-plans';
import type { DialstackInstance } from '../../src/core/types';
import { until } from '../../test/unit/core/helpers';
import { fail, freshMockEach, type SeedFacts } from '../../test/support/mock';
import {
  mountEditor,
  node,
  paletteItem,
  saveButton,
  shadow,
  status,
  text,
} from './dial-plan.editor.test-support';

const saveError = (el: HTMLElement) => text(shadow(el).querySelector('[part~="save-error"]'));

describe('<dialstack-dial-plan mode="edit"> saving', () => {
  let instance: DialstackInstance;
  let facts: SeedFacts;
  freshMockEach((mock) => ({ instance, facts } = mock));

  const getPlan = (id: string) =>
    instance.client.get<DialPlan>(`/v1/dialplans/${id}`, { cache: 'no-store' } as never);
  const planCount = async () => {
    let n = 0;
    for await (const _ of instance.client.list('/v1/dialplans', { query: { limit: 100 } })) n++;
    return n;
  };

  it('saves every node to the plan, fires dialstack-save, and is clean again', async () => {
    const id = facts.dialPlans.mainLine;
    const el = await mountEditor(instance, id);
    paletteItem(el, 'Add Play a message step').click();
    await until(() => el.dirty);
    const dirty: boolean[] = [];
    el.addEventListener('dialstack-dirty-change', (e) => dirty.push(e.detail.dirty));
    setTimeout(() => saveButton(el).click());
    const { detail } = (await oneEvent(el, 'dialstack-save')) as CustomEvent<{ plan: DialPlan }>;
    expect(detail.plan.id).to.equal(id);
    expect(detail.plan.nodes.map((n) => n.id)).to.include('sound_clip');
    await until(() => !el.dirty);
    expect(dirty).to.deep.equal([false]);
    expect(status(el)).to.equal('All changes saved');
    const stored = await getPlan(id);
    expect(stored.nodes).to.have.length(15);
    expect(stored.nodes.find((n) => n.id === 'sound_clip')?.position).to.be.an('object');
  });

  it('creates a new plan, adopts its id, and a second save updates it (no duplicate)', async () => {
    const before = await planCount();
    const el = await mountEditor(instance, undefined);
    // A new plan needs a name: an error, so Save is off and says why.
    paletteItem(el, 'Add Play a message step').click();
    await until(() => !!node(el, 'sound_clip'));
    expect(saveButton(el).disabled).to.equal(true);
    expect(status(el)).to.match(/^Fix the errors before saving \(1\)/);
    const name = shadow(el).querySelector<HTMLInputElement>('.plan-name')!;
    name.value = 'After-hours line';
    name.dispatchEvent(new Event('change'));
    await until(() => !saveButton(el).disabled);
    const first = await el.save();
    expect(first.id).to.match(/^dp_/);
    await until(() => el.getAttribute('dial-plan-id') === first.id);
    expect(el.dialPlanId).to.equal(first.id);
    expect(el.dirty).to.equal(false);
    paletteItem(el, 'Add Menu step').click();
    await until(() => el.dirty);
    const second = await el.save();
    expect(second.id).to.equal(first.id);
    expect(second.nodes.map((n) => n.id)).to.deep.equal(['sound_clip', 'menu']);
    expect(await planCount()).to.equal(before + 1);
    // The editor kept its plan (it was not loaded again from scratch).
    expect(node(el, 'menu')).to.exist;
  });

  it('keeps every edit when saving fails (500), says so, and saves on retry', async () => {
    const id = facts.dialPlans.mainLine;
    const el = await mountEditor(instance, id);
    paletteItem(el, 'Add Play a message step').click();
    await until(() => el.dirty);
    await fail({ method: 'POST', path: `/v1/dialplans/${id}`, status: 500 });
    const error = await el.save().then(
      () => null,
      (e: unknown) => e as { status?: number },
    );
    expect(error?.status).to.equal(500);
    expect(el.dirty).to.equal(true);
    expect(node(el, 'sound_clip')).to.exist;
    await until(() => /^Couldn’t save: /.test(saveError(el)));
    expect((await getPlan(id)).nodes.map((n) => n.id)).to.not.include('sound_clip');
    await el.save();
    expect(el.dirty).to.equal(false);
    expect(saveError(el)).to.equal('');
    expect((await getPlan(id)).nodes.map((n) => n.id)).to.include('sound_clip');
  });

  it('a routing loop (409) keeps the edits and points at the step that dials the other plan', async () => {
    const id = facts.dialPlans.mainLine;
    const el = await mountEditor(instance, id);
    paletteItem(el, 'Add Go to dial plan step').click();
    await until(() => node(el, 'dial_plan')?.dataset.kind === 'dial_plan');
    await fail({
      method: 'POST',
      path: `/v1/dialplans/${id}`,
      status: 409,
      body: {
        error: `routing loop detected: ${id} → ${facts.dialPlans.billingLine} → ${id}`,
        code: 'routing_loop',
      },
    });
    const error = await el.save().then(
      () => null,
      (e: unknown) => e as { status?: number },
    );
    expect(error?.status).to.equal(409);
    expect(el.dirty).to.equal(true);
    await until(() => node(el, 'dial_plan')!.hasAttribute('data-failed'));
    expect(saveError(el)).to.match(/routing loop.*\(step “dial_plan”\)/);
    expect(node(el, 'dial_plan')!.getAttribute('aria-current')).to.equal('true');
  });

  it('a loop the API finds itself (billing dials main, main now dials billing) is shown the same way', async () => {
    const main = facts.dialPlans.mainLine;
    const billing = facts.dialPlans.billingLine;
    const plan = await getPlan(billing);
    await instance.client.post(`/v1/dialplans/${billing}`, {
      nodes: [
        ...plan.nodes,
        { id: 'to_main', type: 'internal_dial', config: { target_id: main, timeout: 20 } },
      ],
    });
    const el = await mountEditor(instance, main);
    paletteItem(el, 'Add Go to dial plan step').click();
    await until(() => node(el, 'dial_plan')?.dataset.kind === 'dial_plan');
    const error = await el.save().then(
      () => null,
      (e: unknown) => e as { code?: string },
    );
    expect(error?.code).to.equal('routing_loop');
    expect(el.dirty).to.equal(true);
    await until(() => node(el, 'dial_plan')!.hasAttribute('data-failed'));
  });

  it('a routing loop as the contract documents it (400 on update, 422 on create, no code) points at the step too', async () => {
    const id = facts.dialPlans.mainLine;
    const loop = (from: string) => ({
      error: `routing loop detected: ${from} → ${facts.dialPlans.billingLine} → ${from}`,
    });
    const failed = () => node(el, 'dial_plan')!.hasAttribute('data-failed');
    let el = await mountEditor(instance, id);
    paletteItem(el, 'Add Go to dial plan step').click();
    await until(() => node(el, 'dial_plan')?.dataset.kind === 'dial_plan');
    // Control: a 400 that is not about a loop is not pinned on the step.
    await fail({
      method: 'POST',
      path: `/v1/dialplans/${id}`,
      status: 400,
      body: { error: 'Nope' },
    });
    await el.save().catch(() => undefined);
    await until(() => /^Couldn’t save: Nope/.test(saveError(el)));
    expect(failed()).to.equal(false);
    // Update: the contract declares only BadRequest (400), the loop said in its message.
    await fail({ method: 'POST', path: `/v1/dialplans/${id}`, status: 400, body: loop(id) });
    const error = await el.save().then(
      () => null,
      (e: unknown) => e as { status?: number },
    );
    expect(error?.status).to.equal(400);
    expect(el.dirty).to.equal(true);
    await until(failed);
    expect(saveError(el)).to.match(/routing loop.*\(step “dial_plan”\)/);
    // Create: the contract's RoutingLoop response (422), its example without a code.
    el = await mountEditor(instance, undefined);
    const name = shadow(el).querySelector<HTMLInputElement>('.plan-name')!;
    name.value = 'Looping line';
    name.dispatchEvent(new Event('change'));
    paletteItem(el, 'Add Go to dial plan step').click();
    await until(() => node(el, 'dial_plan')?.dataset.kind === 'dial_plan');
    await fail({ method: 'POST', path: '/v1/dialplans', status: 422, body: loop('dp_new') });
    const created = await el.save().then(
      () => null,
      (e: unknown) => e as { status?: number },
    );
    expect(created?.status).to.equal(422);
    expect(el.dirty).to.equal(true);
    await until(failed);
    expect(saveError(el)).to.match(/routing loop.*\(step “dial_plan”\)/);
  });

  it('a field error the API answers (400, details nodes[i]…) keeps the edits and points at that step', async () => {
    const id = facts.dialPlans.mainLine;
    const at = (await getPlan(id)).nodes.findIndex((n) => n.id === 'front_desk');
    expect(at).to.be.above(-1);
    const el = await mountEditor(instance, id);
    paletteItem(el, 'Add Play a message step').click();
    await until(() => el.dirty);
    await fail({
      method: 'POST',
      path: `/v1/dialplans/${id}`,
      status: 400,
      body: {
        error: 'Invalid dial plan',
        code: 'validation_error',
        details: { [`nodes[${at}].config.target_id`]: 'is not a user, ring group, …' },
      },
    });
    const error = await el.save().then(
      () => null,
      (e: unknown) => e as { status?: number },
    );
    expect(error?.status).to.equal(400);
    expect(el.dirty).to.equal(true);
    expect(node(el, 'sound_clip'), 'the added step').to.exist;
    await until(() => node(el, 'front_desk')!.hasAttribute('data-failed'));
    expect(node(el, 'front_desk')!.getAttribute('aria-current')).to.equal('true');
    expect(saveError(el)).to.match(/Invalid dial plan.*\(step “front_desk”\)/);
    expect(node(el, 'sound_clip')!.hasAttribute('data-failed')).to.equal(false);
  });

  it('validation errors block saving (button, message, save()); warnings do not', async () => {
    const id = facts.dialPlans.mainLine;
    const el = await mountEditor(instance, id);
    // A message with no recording yet is only a warning: Save stays on.
    paletteItem(el, 'Add Play a message step').click();
    await until(() => el.dirty);
    expect(saveButton(el).disabled).to.equal(false);
    // Ring with no one to ring: the API would reject it.
    paletteItem(el, 'Add Ring step').click();
    await until(() => saveButton(el).disabled);
    expect(status(el)).to.equal('Fix the errors before saving (1).');
    const error = await el.save().then(
      () => null,
      (e: unknown) => e as { code?: string },
    );
    expect(error?.code).to.equal('validation_error');
    expect((await getPlan(id)).nodes.map((n) => n.id)).to.not.include('sound_clip');
    el.undo();
    await until(() => !saveButton(el).disabled);
  });

  it('warns before the page unloads only while there are unsaved changes', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).to.equal(false);
    paletteItem(el, 'Add Menu step').click();
    await until(() => el.dirty);
    expect(unload()).to.equal(true);
    el.undo();
    await until(() => !el.dirty);
    expect(unload()).to.equal(false);
    paletteItem(el, 'Add Menu step').click();
    await until(() => el.dirty);
    el.remove();
    expect(unload(), 'a removed editor no longer holds the page').to.equal(false);
  });
});
