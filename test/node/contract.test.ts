/**
 * Every endpoint the mock implements, on its happy path and its error paths, with every
 * response body validated against the contract's response schema for that status
 * (api/dialstack.openapi.json, ajv 2020-12). Each case runs on a fresh store; the cases, by
 * resource area, are in test/node/contract/.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IMPLEMENTED_OPERATIONS, type OperationId } from '../../dev/mock-api/scopes';
import { createTestApi } from './helpers/api';
import type { Case } from './helpers/contract-case';
import { assertMatchesContract, declaredStatuses } from './helpers/contract';
import { sessionsAndCallsCases } from './contract/sessions-calls.cases';
import { voicemailsAndDirectoryCases } from './contract/voicemails-directory.cases';
import { numbersCases } from './contract/numbers.cases';
import { dialPlansCases } from './contract/dial-plans.cases';
import { accountCases } from './contract/account.cases';
import { hardwareCases } from './contract/hardware.cases';
import { onboardingCases } from './contract/onboarding.cases';

const cases: Case[] = [
  ...sessionsAndCallsCases,
  ...voicemailsAndDirectoryCases,
  ...numbersCases,
  ...dialPlansCases,
  ...accountCases,
  ...hardwareCases,
  ...onboardingCases,
];

const seen = new Map<OperationId, Set<number>>();
const undeclared: string[] = [];

describe('contract: every implemented endpoint', () => {
  for (const c of cases) {
    it(`${c.op}: ${c.name}`, async () => {
      const api = await createTestApi();
      const [path, init] = await c.request(api.store.facts, api);
      const response = await api.fetch(path, init);
      const text = await response.text();
      const body = text ? JSON.parse(text) : undefined;
      assert.equal(response.status, c.status, `${path} → ${response.status} ${text.slice(0, 300)}`);
      assertMatchesContract(c.op, response.status, body);
      if (response.status >= 400) assert.equal(typeof body.code, 'string');
      if (!declaredStatuses(c.op).includes(response.status))
        undeclared.push(`${c.op} ${response.status}`);
      await c.check?.(body, api.store.facts, api);
      if (!seen.has(c.op)) seen.set(c.op, new Set());
      seen.get(c.op)!.add(response.status);
    });
  }

  it('the stream endpoint answers 200 text/event-stream', async () => {
    const api = await createTestApi();
    const controller = new AbortController();
    const response = await api.fetch('/v1/events', { signal: controller.signal });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
    controller.abort();
    await response.body?.cancel();
    seen.get('streamEvents')?.add(200) ?? seen.set('streamEvents', new Set([200]));
  });

  it('covers every implemented operation on a happy and an error path', () => {
    const missing = IMPLEMENTED_OPERATIONS.filter((op) => {
      const statuses = [...(seen.get(op) ?? [])];
      return !statuses.some((s) => s < 300) || !statuses.some((s) => s >= 400);
    });
    assert.deepEqual(missing, [], 'operations without both a 2xx and a 4xx case');
    // A status the contract doesn't declare for an operation must be a generic one.
    for (const entry of undeclared)
      assert.match(entry, / (400|401|403|404)$/, `undeclared status ${entry}`);
  });
});
