import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { samplePlan, sampleLookup } from '../components/dial-plan/dial-plan.fixtures';
import {
  connect,
  nodeById,
  toGraph,
  type DialPlanGraph,
  type NodeJson,
} from '../components/dial-plan/dial-plan.graph';
import type { DialstackDialPlanPanel } from '../components/dial-plan/dial-plan.panel';
import '../components/dial-plan/dial-plan.panel.define';
import { validate } from '../components/dial-plan/dial-plan.validate';

interface Args {
  nodeId: string;
}

const plan = samplePlan();
plan.nodes!.push({ id: 'queue_1', type: 'queue', config: { queue_id: 'q_9', next: 'welcome' } });

/**
 * The editor's step panel on its own (internal: `<dialstack-dial-plan>` shows it in edit mode).
 * Its events are applied to a plan held by the story, as the editor does; they are logged too.
 */
const meta: Meta<Args> = {
  title: 'Internals/Dial plan step panel',
  component: 'dialstack-dial-plan-panel',
  args: { nodeId: 'main_menu' },
  argTypes: {
    nodeId: { control: 'select', options: plan.nodes!.map((n) => n.id) },
  },
  render: (args) => {
    const lookup = sampleLookup();
    let graph: DialPlanGraph = toGraph(structuredClone(plan));
    const update = (panel: DialstackDialPlanPanel, next: DialPlanGraph) => {
      graph = next;
      panel.graph = graph;
      panel.node = nodeById(graph, args.nodeId);
      panel.findings = validate(graph, { lookup }).filter((f) => f.nodeId === args.nodeId);
    };
    const onConfig = (e: CustomEvent<{ id: string; config: Record<string, unknown> }>) => {
      console.info('dialstack-panel-config', e.detail);
      const nodes = graph.nodes.map((n) =>
        n.id === e.detail.id ? { ...n.json, config: e.detail.config } : n.json,
      ) as NodeJson[];
      update(e.target as DialstackDialPlanPanel, toGraph({ ...graph.plan, nodes }));
    };
    const onConnect = (
      e: CustomEvent<{ source: string; exitId: string; target: string | null }>,
    ) => {
      console.info('dialstack-panel-connect', e.detail);
      const { source, exitId, target } = e.detail;
      update(e.target as DialstackDialPlanPanel, connect(graph, source, exitId, target));
    };
    return html`<div style="max-width: 420px; border: 1px solid #ddd; border-radius: 8px">
      <dialstack-dial-plan-panel
        .graph=${graph}
        .node=${nodeById(graph, args.nodeId)}
        .lookup=${lookup}
        .findings=${validate(graph, { lookup }).filter((f) => f.nodeId === args.nodeId)}
        @dialstack-panel-config=${onConfig}
        @dialstack-panel-connect=${onConnect}
        @dialstack-panel-delete=${(e: CustomEvent) => console.info('dialstack-panel-delete', e.detail)}
        @dialstack-panel-close=${() => console.info('dialstack-panel-close')}
      ></dialstack-dial-plan-panel>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Menu: Story = {};
export const Schedule: Story = { args: { nodeId: 'hours' } };
export const Ring: Story = { args: { nodeId: 'front_desk' } };
export const Voicemail: Story = { args: { nodeId: 'after_hours_vm' } };
export const ForwardToNumber: Story = { args: { nodeId: 'on_call' } };
export const UnsupportedStep: Story = { args: { nodeId: 'queue_1' } };
