import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  createDialPlan,
  getDialPlan,
  listAllAudioClips,
  listAllRingGroups,
  listAllUsers,
  updateDialPlan,
} from '../../src/api/dial-plans';
import { DialstackApiError } from '../../src/core/errors';
import { initialize } from '../../src/core/initialize';
import type { Instance } from '../../src/core/instance';
import type { DialstackClient } from '../../src/core/types';
import { loadDialPlan, loadNameLookup, saveDialPlan } from './dial-plan.data';
import { describeNode } from './dial-plan.describe';
import { addNode, connect, setName, toGraph, toJson, type PlanJson } from './dial-plan.graph';
import { zonedTimeToInstant } from './dial-plan.schedule';
import { simulate } from './dial-plan.simulate';
import { hasErrors, validate } from './dial-plan.validate';

function fakeClient() {
  return {
    get: sinon.stub().resolves({}),
    page: sinon.stub().resolves({ data: [] }),
    list: sinon.stub().returns((async function* () {})()),
    post: sinon.stub().resolves({}),
    delete: sinon.stub().resolves(undefined),
    invalidate: sinon.stub(),
    onInvalidate: sinon.stub(),
  } satisfies Record<keyof DialstackClient, sinon.SinonStub>;
}

const control = async (path: string, body?: unknown) => {
  const response = await fetch(`/__mock/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.ok, `/__mock/${path}`).to.equal(true);
  return response.json() as Promise<Record<string, unknown>>;
};

describe('dial-plan requests', () => {
  const signal = new AbortController().signal;

  it('address the contract paths with encoded ids; saves invalidate the plans', async () => {
    const client = fakeClient();
    await getDialPlan(client, 'dp/1?x', { signal });
    expect(client.get.firstCall.args).to.deep.equal(['/v1/dialplans/dp%2F1%3Fx', { signal }]);
    await updateDialPlan(client, 'dp 2', { name: 'A' }, { signal });
    await createDialPlan(client, { name: 'B' });
    expect(client.post.getCalls().map((c) => c.args)).to.deep.equal([
      ['/v1/dialplans/dp%202', { name: 'A' }, { signal, invalidates: ['dialplans'] }],
      ['/v1/dialplans', { name: 'B' }, { invalidates: ['dialplans'] }],
    ]);
  });

  it('read every page of each list, 100 at a time, with extensions where names need them', async () => {
    const client = fakeClient();
    await listAllUsers(client, { signal });
    await listAllRingGroups(client);
    await listAllAudioClips(client);
    expect(client.list.getCalls().map((c) => c.args)).to.deep.equal([
      ['/v1/users', { signal, query: { limit: 100, 'expand[]': ['extensions'] } }],
      ['/v1/ring_groups', { query: { limit: 100, 'expand[]': ['extensions'] } }],
      ['/v1/audio_clips', { query: { limit: 100 } }],
    ]);
  });

  it('save an existing plan with its full node list, and create one without an id', async () => {
    const client = fakeClient();
    const plan: PlanJson = {
      id: 'dp_1',
      name: 'Main',
      entry_node: 'a',
      nodes: [{ id: 'a', type: 'queue', config: { future: true } }],
      created_at: 'x',
    };
    await saveDialPlan(client, toGraph(plan));
    expect(client.post.firstCall.args.slice(0, 2)).to.deep.equal([
      '/v1/dialplans/dp_1',
      { name: 'Main', entry_node: 'a', nodes: plan.nodes },
    ]);
    await saveDialPlan(client, toGraph({ name: 'Draft' }));
    expect(client.post.secondCall.args.slice(0, 2)).to.deep.equal([
      '/v1/dialplans',
      { name: 'Draft', nodes: [] },
    ]);
  });
});

describe('dial plans against the mock API', () => {
  let instance: Instance | undefined;
  let mainLine: string;
  beforeEach(async () => {
    await control('reset');
    const facts = (await (await fetch('/__mock/facts')).json()) as {
      dialPlans: { mainLine: string };
    };
    mainLine = facts.dialPlans.mainLine;
    instance = initialize({
      fetchClientSecret: async () => {
        const { client_secret } = await control('session', { components: ['dial_plan_viewer'] });
        return client_secret as string;
      },
      apiUrl: '',
    });
  });
  afterEach(async () => {
    await instance?.logout();
    instance = undefined;
  });

  it('names every target of the seeded plan, which has no error', async () => {
    const client = instance!.client;
    const [plan, lookup] = await Promise.all([
      loadDialPlan(client, mainLine),
      loadNameLookup(client),
    ]);
    expect(lookup.complete).to.equal(true);
    const graph = toGraph(plan as PlanJson);
    expect(graph.nodes).to.have.length(14);
    const cards = graph.nodes.map((node) => describeNode(node, { lookup }));
    expect(cards.map((c) => c.summary).join('\n')).not.to.match(/unknown|no longer exists|yet/);
    expect([...new Set(cards.map((c) => c.variant))]).to.include.members([
      'schedule',
      'ring',
      'voicemail',
      'voice_app',
      'ring_all_users',
      'external_dial',
      'menu',
      'sound_clip',
    ]);
    expect(cards.find((c) => c.summary.startsWith('Ring Front Desk'))!.summary).to.match(
      /^Ring Front Desk \(ext\. \d+\) for 25 s$/,
    );
    const findings = validate(graph, { lookup });
    expect(findings.filter((f) => f.severity === 'error')).to.deep.equal([]);
    expect(findings.some((f) => f.code === 'findings.unreachable')).to.equal(false);
  });

  it('simulates the seeded plan with its real schedules', async () => {
    const client = instance!.client;
    const [plan, lookup] = await Promise.all([
      loadDialPlan(client, mainLine),
      loadNameLookup(client),
    ]);
    // A Sunday 03:00 in the clinic's zone is closed whatever today is (no seeded hold on it).
    const sunday = new Date();
    sunday.setUTCDate(sunday.getUTCDate() + ((7 - sunday.getUTCDay()) % 7) + 7);
    const local = `${sunday.toISOString().slice(0, 10)}T03:00`;
    const at = zonedTimeToInstant(local, 'America/Los_Angeles')!;
    const result = simulate(toGraph(plan as PlanJson), { at, lookup, inputs: ['no_answer'] });
    expect(result.path.slice(0, 2)).to.deep.equal(['hours', 'after_hours_msg']);
    expect(result.steps[1]!.sentence).to.match(
      /^Clinic Hours is closed .*\(03:00 America\/Los_Angeles\)/,
    );
    expect(result.outcome).to.equal('voicemail');
  });

  it('saves an edit losslessly, creates a plan once, and reports a routing loop', async () => {
    const client = instance!.client;
    const plan = (await loadDialPlan(client, mainLine)) as PlanJson;
    const edited = connect(toGraph(plan), 'main_menu', 'invalid', 'front_desk');
    const saved = (await saveDialPlan(client, edited)) as PlanJson;
    expect(saved.nodes).to.deep.equal(toJson(edited).nodes);
    expect((await loadDialPlan(client, mainLine)).nodes).to.deep.equal(toJson(edited).nodes);

    const draft = addNode(setName(toGraph({}), 'Overflow'), { type: 'ring_all_users' }).graph;
    expect(hasErrors(validate(draft))).to.equal(false);
    const created = (await saveDialPlan(client, draft)) as PlanJson;
    expect(created.id).to.be.a('string');
    expect(created.entry_node).to.equal('ring_all_users');
    // Adopting the saved plan makes the next save an update, not a second plan.
    const again = (await saveDialPlan(client, setName(toGraph(created), 'Overflow 2'))) as PlanJson;
    expect(again.id).to.equal(created.id);

    const loop = addNode(setName(toGraph({}), 'Loop'), {
      type: 'internal_dial',
      config: { target_id: created.id, timeout: 10 },
    }).graph;
    const looped = await saveDialPlan(client, toGraph({ ...toJson(loop), id: created.id })).catch(
      (e: unknown) => e,
    );
    expect(looped).to.be.instanceOf(DialstackApiError);
    expect((looped as DialstackApiError).status).to.equal(400);
    expect((looped as DialstackApiError).message).to.match(/routing loop/);
  });
});
