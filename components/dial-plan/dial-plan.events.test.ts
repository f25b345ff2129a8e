/**
 * The dial plan's public events as DESIGN §2 has them: `CustomEvent`s that bubble and are
 * composed, so a page hears them on `document` even with the element inside a host's own
 * shadow root, each with its documented `detail`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { DialstackInstance } from '../../src/core/types';
import { until } from '../../test/unit/core/helpers';
import { freshMockEach, type SeedFacts } from '../../test/support/mock';
import type { DialstackDialPlan } from './dial-plan';
import { node, nodes, paletteItem } from './dial-plan.editor.test-support';
import './define';

describe('<dialstack-dial-plan> public events', () => {
  let instance: DialstackInstance;
  let facts: SeedFacts;
  freshMockEach((mock) => ({ instance, facts } = mock));

  it('dialstack-node-select, -dirty-change and -save reach document from inside a host’s shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('dialstack-dial-plan') as DialstackDialPlan;
    el.dialstack = instance;
    el.setAttribute('mode', 'edit');
    el.setAttribute('dial-plan-id', facts.dialPlans.mainLine);
    el.style.cssText = '--dialstack-dial-plan-height: 640px; width: 1100px';
    const heard: CustomEvent[] = [];
    const targets = new Map<Event, EventTarget | null>();
    const types = ['dialstack-node-select', 'dialstack-dirty-change', 'dialstack-save'] as const;
    const listen = (e: Event) => {
      heard.push(e as CustomEvent);
      targets.set(e, e.target);
    };
    for (const type of types) document.addEventListener(type, listen);
    try {
      root.append(el);
      await until(() => !!el.shadowRoot?.querySelector('.toolbar') && nodes(el).length > 1, 8000);

      node(el, 'main_menu')!.click();
      await until(() => heard.some((e) => e.type === 'dialstack-node-select'));
      paletteItem(el, 'Add Play a message step').click();
      await until(() => heard.some((e) => e.type === 'dialstack-dirty-change'));
      await el.save();
      await until(() => heard.some((e) => e.type === 'dialstack-save'));

      for (const type of types) {
        const event = heard.find((e) => e.type === type)!;
        expect([event.bubbles, event.composed], type).to.deep.equal([true, true]);
        // Retargeted to the host at document level: the element sits in the host's shadow root.
        expect(targets.get(event), type).to.equal(host);
      }
      const select = heard.find((e) => e.type === 'dialstack-node-select')!;
      expect(select.detail.id).to.equal('main_menu');
      expect(select.detail.node).to.include({ id: 'main_menu', type: 'menu' });
      const dirty = heard.filter((e) => e.type === 'dialstack-dirty-change').map((e) => e.detail);
      expect(dirty).to.deep.equal([{ dirty: true }, { dirty: false }]);
      const saved = heard.find((e) => e.type === 'dialstack-save')!;
      expect(saved.detail.plan.id).to.equal(facts.dialPlans.mainLine);
      expect(saved.detail.plan.nodes.map((n: { id: string }) => n.id)).to.include('sound_clip');
    } finally {
      for (const type of types) document.removeEventListener(type, listen);
    }
  });
});
