/**
 * Shared set-up of the step panel's tests: the panel inside a stand-in editor that applies its
 * events to a plan (the sample plan, with unknown fields on every node).
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { samplePlan, sampleLookup } from './dial-plan.fixtures';
import {
  connect,
  nodeById,
  toGraph,
  type DialPlanGraph,
  type NodeJson,
  type PlanJson,
} from './dial-plan.graph';
import type { NameLookup } from './dial-plan.lookup';
import type {
  DialstackDialPlanPanel,
  PanelConfigDetail,
  PanelConnectDetail,
} from './dial-plan.panel';
import './dial-plan.panel.define';
import { validate } from './dial-plan.validate';
export const text = (n: Element | null | undefined) =>
  n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * The panel inside a stand-in editor: config and connect events are applied to the graph and
 * the panel gets the new node, graph and findings, as `<dialstack-dial-plan>` does.
 */
export class Harness {
  configs: PanelConfigDetail[] = [];
  connects: PanelConnectDetail[] = [];
  keydowns: string[] = [];
  graph: DialPlanGraph;

  constructor(
    readonly el: DialstackDialPlanPanel,
    readonly wrapper: HTMLElement,
    graph: DialPlanGraph,
    readonly lookup: NameLookup,
  ) {
    this.graph = graph;
    wrapper.addEventListener('dialstack-panel-config', (e) => {
      this.configs.push(e.detail);
      this.apply(replaceConfig(this.graph, e.detail.id, e.detail.config));
    });
    wrapper.addEventListener('dialstack-panel-connect', (e) => {
      this.connects.push(e.detail);
      this.apply(connect(this.graph, e.detail.source, e.detail.exitId, e.detail.target));
    });
    wrapper.addEventListener('keydown', (e) => this.keydowns.push(e.key));
  }

  apply(graph: DialPlanGraph) {
    this.graph = graph;
    const id = this.el.node!.id;
    this.el.graph = graph;
    this.el.node = nodeById(graph, id);
    this.el.findings = validate(graph, { lookup: this.lookup }).filter((f) => f.nodeId === id);
  }

  get shadow() {
    return this.el.shadowRoot!;
  }
  $<T extends Element = HTMLElement>(selector: string) {
    return this.shadow.querySelector<T>(selector);
  }
  input(id: string) {
    return this.$<HTMLInputElement>(`#${id}`)!;
  }
  /** The texts the control's aria-describedby points at. */
  described(control: Element) {
    const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
    return ids.map((id) => text(this.shadow.getElementById(id)));
  }
  get config() {
    return nodeById(this.graph, this.el.node!.id)!.json.config;
  }
  /** Clears a field and types into it with the keyboard. */
  async type(id: string, value: string) {
    const input = this.input(id);
    input.focus();
    input.select();
    await sendKeys({ press: 'Backspace' });
    if (value) await sendKeys({ type: value });
    await this.el.updateComplete;
  }
}

export function replaceConfig(graph: DialPlanGraph, id: string, config: Record<string, unknown>) {
  const plan = { ...graph.plan } as PlanJson;
  plan.nodes = graph.nodes.map((n) =>
    n.id === id ? ({ ...n.json, config } as NodeJson) : (n.json as NodeJson),
  );
  return toGraph(plan);
}

/** The sample plan, with fields this version doesn't know on every node, and `edit` applied. */
export function planWith(edit?: (nodes: NodeJson[]) => void): DialPlanGraph {
  const plan = samplePlan();
  for (const node of plan.nodes!)
    node.config = { ...node.config, x_future: { keep: node.id } } as NodeJson['config'];
  edit?.(plan.nodes!);
  return toGraph(plan);
}

export async function open(id: string, graph = planWith(), lookup = sampleLookup()) {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <dialstack-dial-plan-panel
        .graph=${graph}
        .node=${nodeById(graph, id)}
        .lookup=${lookup}
        .findings=${validate(graph, { lookup }).filter((f) => f.nodeId === id)}
      ></dialstack-dial-plan-panel>
    </div>`,
  );
  const el = wrapper.querySelector('dialstack-dial-plan-panel')!;
  await el.updateComplete;
  return new Harness(el, wrapper, graph, lookup);
}
