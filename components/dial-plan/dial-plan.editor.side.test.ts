import { expect } from '@open-wc/testing';
import type { DialstackInstance } from '../../src/core/types';
import { until } from '../../test/unit/core/helpers';
import { freshMockEach, type SeedFacts } from '../../test/support/mock';
import { simulate } from './dial-plan.simulate';
import {
  edgeIds,
  handle,
  mountEditor,
  node,
  paletteItem,
  shadow,
} from './dial-plan.editor.test-support';

describe('<dialstack-dial-plan mode="edit"> side panel, problems and simulator', () => {
  let instance: DialstackInstance;
  let facts: SeedFacts;
  freshMockEach((mock) => ({ instance, facts } = mock));

  const panel = (el: HTMLElement) => shadow(el).querySelector('dialstack-dial-plan-panel');
  const fire = (target: Element, type: string, detail: unknown) =>
    target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: false }));

  it('opens the step’s panel on select and applies its edits (config, exits, delete), undoably', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    node(el, 'front_desk')!.click();
    await until(() => panel(el)?.node?.id === 'front_desk');
    const config = { ...(panel(el)!.node!.json.config as Record<string, unknown>), timeout: 45 };
    fire(panel(el)!, 'dialstack-panel-config', { id: 'front_desk', config });
    await until(() => / for 45 s/.test(node(el, 'front_desk')!.textContent ?? ''));
    expect(el.dirty).to.equal(true);
    fire(panel(el)!, 'dialstack-panel-connect', {
      source: 'front_desk',
      exitId: 'next',
      target: 'director',
    });
    await until(() =>
      /: director\./.test(handle(el, 'front_desk', 'next').getAttribute('aria-label')!),
    );
    el.undo();
    await until(
      () => !/: director\./.test(handle(el, 'front_desk', 'next').getAttribute('aria-label')!),
    );
    expect(node(el, 'front_desk')!.textContent).to.match(/ for 45 s/);
    fire(panel(el)!, 'dialstack-panel-delete', { id: 'front_desk' });
    await until(() => !node(el, 'front_desk'));
    expect(panel(el), 'the panel of a deleted step closes').to.equal(null);
    el.undo();
    await until(() => !!node(el, 'front_desk'));
  });

  it('a Delete typed in the panel’s field deletes nothing; Escape closes the panel back to the card', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    node(el, 'front_desk')!.click();
    await customElements.whenDefined('dialstack-dial-plan-panel');
    await until(() => !!panel(el)?.shadowRoot?.querySelector('input'), 5000);
    const input = panel(el)!.shadowRoot!.querySelector('input')!;
    input.focus();
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Delete', bubbles: true, composed: true }),
    );
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(node(el, 'front_desk')).to.exist;
    expect(el.dirty).to.equal(false);
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await until(() => !panel(el));
    await until(() => shadow(el).activeElement === node(el, 'front_desk'));
  });

  it('lists problems as you edit; choosing one selects its step', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    const findings = () => shadow(el).querySelector('dialstack-dial-plan-findings')!;
    await until(() => !!findings().shadowRoot?.querySelector('[part~="row"]'));
    paletteItem(el, 'Add Ring step').click();
    await until(() => !!node(el, 'ring'));
    // Adding selects the new step; close its panel to see the list again.
    await until(() => !!panel(el));
    panel(el)!.dispatchEvent(new CustomEvent('dialstack-panel-close', { bubbles: true }));
    await until(() => !panel(el));
    const row = () =>
      findings().shadowRoot!.querySelector<HTMLElement>(
        '[part~="row"][data-severity="error"][data-node-id="ring"] button',
      );
    await until(() => !!row());
    row()!.click();
    await until(() => panel(el)?.node?.id === 'ring');
    expect(node(el, 'ring')!.getAttribute('aria-current')).to.equal('true');
  });

  it('highlights the simulated call’s path on the canvas, and clears it', async () => {
    const el = await mountEditor(instance, facts.dialPlans.mainLine);
    const simulator = () => shadow(el).querySelector('dialstack-dial-plan-simulator');
    await until(() => !!simulator());
    const graph = simulator()!.graph!;
    const result = simulate(graph, {
      at: new Date('2026-12-01T18:00:00Z'),
      inputs: [{ digit: '1' }],
      lookup: simulator()!.lookup!,
    });
    expect(result.path.length).to.be.above(1);
    fire(simulator()!, 'dialstack-simulate', { result });
    await until(() => node(el, result.path[0]!)!.hasAttribute('data-simulated'));
    const lit = [...shadow(el).querySelectorAll('[part~="edge"][data-simulated]')].map((e) =>
      e.getAttribute('data-edge-id'),
    );
    expect(lit).to.deep.equal(result.edges.filter((id) => edgeIds(el).includes(id)));
    expect(node(el, 'billing_vm')!.hasAttribute('data-simulated')).to.equal(
      result.path.includes('billing_vm'),
    );
    fire(simulator()!, 'dialstack-simulate', { result: null });
    await until(() => !shadow(el).querySelector('[data-simulated]'));
  });
});
