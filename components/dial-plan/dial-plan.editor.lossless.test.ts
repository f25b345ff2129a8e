/**
 * The lossless round trip through the element: a plan with a node type and config fields this
 * version does not know is shown (an "Unsupported step" card), edited elsewhere and saved with
 * every unknown node and field as it came. The graph's own round trip is a property test
 * (dial-plan.graph.test.ts); this one covers the editor's load, edit and save around it.
 */
import { expect } from '@open-wc/testing';
import type { DialPlan } from '../../src/api/dial-plans';
import type { DialstackInstance } from '../../src/core/types';
import { until } from '../../test/unit/core/helpers';
import { fail, freshMock, type SeedFacts } from '../../test/support/mock';
import { mountEditor, node, paletteItem, text } from './dial-plan.editor.test-support';

describe('<dialstack-dial-plan mode="edit"> lossless round trip', () => {
  let instance: DialstackInstance;
  let facts: SeedFacts;
  const realFetch = window.fetch;

  beforeEach(async () => {
    ({ instance, facts } = await freshMock());
  });
  afterEach(async () => {
    window.fetch = realFetch;
    await instance.logout();
  });

  it('saves an unknown step and unknown fields exactly as they were loaded, next to the edit', async () => {
    const id = facts.dialPlans.mainLine;
    const stored = await instance.client.get<DialPlan>(`/v1/dialplans/${id}`, {
      cache: 'no-store',
    } as never);
    const loaded = {
      ...stored,
      nodes: [
        ...stored.nodes.map((n, i) => ({
          ...n,
          x_node: { order: i },
          config: { ...n.config, x_future: [1, { deep: n.id }, null] },
        })),
        {
          id: 'queue_1',
          type: 'queue',
          position: { x: 40, y: 900, x_z: 2 },
          config: { queue_id: 'q_9', next: 'welcome', x_weird: null },
        },
      ],
    };
    await fail({ method: 'GET', path: `/v1/dialplans/${id}`, status: 200, body: loaded });
    const el = await mountEditor(instance, id);
    expect(node(el, 'queue_1')!.dataset.kind).to.equal('unsupported');
    expect(text(node(el, 'queue_1'))).to.contain('Unsupported step');

    const sent: { nodes: unknown[]; entry_node: string }[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (init?.method === 'POST' && url.pathname === `/v1/dialplans/${id}`)
        sent.push(JSON.parse(String(init.body)) as (typeof sent)[number]);
      return realFetch(input, init);
    };
    paletteItem(el, 'Add Play a message step').click();
    await until(() => el.dirty);
    // The mock, as the API, refuses a type it does not know: what matters is what was sent.
    await el.save().catch(() => undefined);
    expect(sent).to.have.length(1);
    const body = sent[0]!;
    expect(body.entry_node).to.equal(stored.entry_node);
    expect(body.nodes.slice(0, -1)).to.deep.equal(loaded.nodes);
    expect(body.nodes.at(-1)).to.include({ id: 'sound_clip', type: 'sound_clip' });
    // Nothing was dropped from the editor either.
    expect(el.dirty).to.equal(true);
    expect(node(el, 'queue_1')).to.exist;
  });
});
