/**
 * The seed: deterministic, realistic, contract-valid, and the facts other tests rely on hold.
 * Also: the browser-bound modules import nothing from Node, and contract-schemas.json is current.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { CONTRACT_OUTPUT, renderContract } from '../../dev/mock-api/extract-schemas';
import { createSeed } from '../../dev/mock-api/seed/index';
import { generateWav, WAV_SAMPLE_RATE } from '../../dev/mock-api/wav';
import { assertMatchesSchema, createContractAjv, rawSpec } from './helpers/contract';

const NOW = Date.parse('2025-10-18T17:30:00Z');
const DAY = 86_400_000;
const { data, facts } = createSeed(NOW);
const count = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>(
    (acc, item) => ((acc[key(item)] = (acc[key(item)] ?? 0) + 1), acc),
    {},
  );

describe('seed data', () => {
  it('keeps the published ids whatever day it is (only counts vary with the weekdays)', () => {
    const idsOnly = (f: typeof facts) => ({
      ...f,
      counts: undefined,
      userWithMostCalls: f.userWithMostCalls.id,
    });
    for (let day = 1; day <= 7; day++) {
      assert.deepEqual(
        idsOnly(createSeed(NOW + day * DAY + day * 3_600_000).facts),
        idsOnly(facts),
      );
    }
  });

  it('is deterministic for a given time and seed', () => {
    assert.deepStrictEqual(createSeed(NOW).data, data);
    assert.notDeepStrictEqual(createSeed(NOW, 7).data.calls, data.calls);
  });

  it('has 300+ calls over the 30 days before now, in every status and direction', () => {
    assert.ok(data.calls.length >= 300);
    for (const call of data.calls) {
      const t = Date.parse(call.started_at);
      assert.ok(t <= NOW && t >= NOW - 30 * DAY, call.started_at);
    }
    assert.deepEqual(Object.keys(count(data.calls, (c) => c.status)).sort(), [
      'busy',
      'completed',
      'failed',
      'no-answer',
      'voicemail',
    ]);
    assert.deepEqual(Object.keys(count(data.calls, (c) => c.direction)).sort(), [
      'inbound',
      'internal',
      'outbound',
    ]);
    assert.ok(
      data.calls.filter((c) => NOW - Date.parse(c.started_at) < 12 * 3_600_000).length >= 10,
      'calls today',
    );
    assert.ok(
      data.calls.some((c) => c.from_label === null) &&
        data.calls.some((c) => c.from_label !== null),
    );
    assert.ok(
      data.calls.some((c) => c.to_label === null) && data.calls.some((c) => c.to_label !== null),
    );
  });

  it('answered calls have quality metrics per leg; unanswered ones none', () => {
    for (const call of data.calls) {
      if (call.answered_at) assert.equal(call.quality_metrics!.length, 2, call.id);
      else assert.deepEqual(call.quality_metrics, []);
    }
    assert.ok(
      data.calls.some((c) => c.quality_metrics!.some((leg) => (leg.mos ?? 5) < 3.5)),
      'some poor-quality calls',
    );
  });

  it('records some calls, with transcripts in every state and summaries only when transcribed', () => {
    assert.ok(data.callRecordings.size > 40);
    assert.deepEqual(
      Object.keys(count([...data.callTranscripts.values()], (t) => t.status)).sort(),
      ['completed', 'failed', 'pending', 'processing'],
    );
    for (const call of data.calls) {
      const transcript = data.callTranscripts.get(call.id);
      assert.equal(
        transcript !== undefined,
        data.callRecordings.has(call.id),
        'transcript iff recording',
      );
      assert.equal(call.summary !== null, transcript?.status === 'completed', call.id);
      assert.equal(transcript?.text != null, transcript?.status === 'completed');
    }
  });

  it('has 40 voicemails, read and unread, for users and shared boxes, one per voicemail call', () => {
    assert.equal(data.voicemails.length, 40);
    assert.equal(data.calls.filter((c) => c.status === 'voicemail').length, 40);
    const owners = new Set(data.voicemails.map((v) => v.owner));
    assert.ok([...owners].some((o) => data.users.some((u) => u.id === o)));
    assert.ok([...owners].some((o) => data.sharedVoicemailBoxes.some((b) => b.id === o)));
    assert.ok(data.voicemails.some((v) => v.is_read) && data.voicemails.some((v) => !v.is_read));
    assert.deepEqual(
      Object.keys(count([...data.voicemailTranscripts.values()], (t) => t.status)).sort(),
      ['completed', 'failed', 'pending', 'processing'],
    );
    for (const v of data.voicemails) assert.equal(v.read_at !== null, v.is_read);
  });

  it('has the directory, numbers, orders and routing the elements need', () => {
    assert.equal(data.users.length, 6);
    for (const user of data.users)
      assert.equal(data.extensions.filter((e) => e.target === user.id).length, 1);
    assert.equal(data.phoneNumbers.length, 12);
    assert.deepEqual(
      count(data.phoneNumbers, (n) => n.status),
      { active: 8, inactive: 2, released: 2 },
    );
    assert.ok(data.numberOrders.some((o) => o.status === 'pending'));
    assert.equal(new Set(data.portOrders.map((o) => o.status)).size, 7);
    const main = data.dialPlans.find((p) => p.id === facts.dialPlans.mainLine)!;
    assert.equal(main.nodes.length, 14);
    // The dial-plan editor's fixtures: a schedule with a holiday and a hold behind the menu.
    const scheduleIds = main.nodes.map((n) => (n.config as { schedule_id?: string }).schedule_id);
    assert.ok(
      data.schedules.some(
        (s) => scheduleIds.includes(s.id) && s.hold && (s.holidays ?? []).length > 0,
      ),
    );
    const types = rawSpec.components.schemas.DialPlanNode.properties.type.enum as string[];
    assert.deepEqual(
      new Set(main.nodes.map((n) => n.type)),
      new Set(types),
      'every node type in the contract',
    );
    assert.ok(
      data.schedules.length &&
        data.ringGroups.length &&
        data.sharedVoicemailBoxes.length &&
        data.audioClips.length &&
        data.voiceApps.length &&
        data.locations.length &&
        data.catalog.length,
    );
  });

  it('every seeded record matches its contract schema', () => {
    const check = (schema: string, items: readonly unknown[]) =>
      items.forEach((item) => assertMatchesSchema(schema, item));
    check('Account', [data.account]);
    check('User', data.users);
    check('Extension', data.extensions);
    check('SharedVoicemailBox', data.sharedVoicemailBoxes);
    check('CallLog', data.calls);
    check(
      'Voicemail',
      data.voicemails.map((v) => ({ ...v, audio_url: `http://x${v.audio_url}` })),
    );
    check('PhoneNumber', data.phoneNumbers);
    check('NumberOrder', data.numberOrders);
    check('PortOrder', data.portOrders);
    check('PortOrderEvent', data.portOrderEvents);
    check('Location', data.locations);
    check('Schedule', data.schedules);
    check('RingGroup', data.ringGroups);
    check('AudioClip', data.audioClips);
    check('VoiceApp', data.voiceApps);
    check('DialPlan', data.dialPlans);
    check('HardwareCatalogItem', data.catalog);
  });

  it('the published facts are true', () => {
    const call = (id: string) => data.calls.find((c) => c.id === id)!;
    assert.equal(
      data.callTranscripts.get(facts.calls.inboundRecordedCompletedTranscript)?.status,
      'completed',
    );
    assert.equal(
      data.callTranscripts.get(facts.calls.outboundCallBackProcessingTranscript)?.status,
      'processing',
    );
    assert.equal(data.callTranscripts.get(facts.calls.inboundPendingTranscript)?.status, 'pending');
    assert.equal(data.callTranscripts.get(facts.calls.billingFailedTranscript)?.status, 'failed');
    assert.equal(call(facts.calls.missedUnknownCaller).status, 'no-answer');
    assert.equal(call(facts.calls.internalNoRecording).direction, 'internal');
    assert.ok(!data.callRecordings.has(facts.calls.internalNoRecording));
    const tStatus = (id: string) => data.voicemailTranscripts.get(id)?.status;
    assert.equal(tStatus(facts.voicemails.voicemailUnreadCompleted), 'completed');
    assert.equal(tStatus(facts.voicemails.voicemailFailedTranscript), 'failed');
    assert.equal(tStatus(facts.voicemails.voicemailPendingTranscript), 'pending');
    assert.equal(
      data.voicemails.find((v) => v.id === facts.voicemails.voicemailRead)!.is_read,
      true,
    );
    assert.equal(tStatus(facts.voicemails.voicemailProcessingTranscript), 'processing');
    assert.equal(
      data.voicemails.find((v) => v.id === facts.voicemails.voicemailUnreadCompleted)!.is_read,
      false,
    );
    const maria = facts.numberWithBothDirections;
    assert.ok(data.calls.some((c) => c.from_number === maria && c.direction === 'inbound'));
    assert.ok(data.calls.some((c) => c.to_number === maria && c.direction === 'outbound'));
    const perUser = count(
      data.calls.filter((c) => c.user_id),
      (c) => c.user_id!,
    );
    assert.equal(Math.max(...Object.values(perUser)), facts.userWithMostCalls.calls);
    assert.equal(perUser[facts.users.frontDesk], facts.userWithMostCalls.calls);
    assert.equal(facts.counts.calls, data.calls.length);
  });

  it('generates WAVs whose header matches the advertised duration', () => {
    const wav = generateWav(3, 'seed');
    const view = new DataView(wav.buffer);
    assert.equal(new TextDecoder().decode(wav.slice(0, 4)), 'RIFF');
    assert.equal(view.getUint32(24, true), WAV_SAMPLE_RATE);
    assert.equal(view.getUint32(40, true) / WAV_SAMPLE_RATE, 3);
    assert.equal(wav.length, 44 + 3 * WAV_SAMPLE_RATE);
    assert.ok(
      wav.slice(44).some((b) => b > 160),
      'audible tones, not silence',
    );
  });
});

describe('packaging', () => {
  const root = new URL('../../dev/mock-api/', import.meta.url).pathname;
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) =>
      statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)],
    );

  it('modules the browser loads import nothing from Node', () => {
    const nodeOnly = new Set(['middleware.ts', 'real-backend.ts', 'extract-schemas.ts']);
    const offenders = files(root)
      .filter((file) => file.endsWith('.ts') && !nodeOnly.has(relative(root, file)))
      .filter(
        (file) =>
          /from\s+['"](node:|fs['"]|path['"]|http['"]|crypto['"]|buffer['"])/.test(
            readFileSync(file, 'utf8'),
          ) || /\bprocess\.env\b|\bBuffer\./.test(readFileSync(file, 'utf8')),
      )
      .map((file) => relative(root, file));
    assert.deepEqual(offenders, []);
  });

  it('contract-schemas.json is up to date with api/dialstack.openapi.json', async () => {
    assert.equal(
      readFileSync(CONTRACT_OUTPUT, 'utf8'),
      await renderContract(rawSpec),
      'run: npx tsx dev/mock-api/extract-schemas.ts',
    );
  });

  it('documents a contract defect: strict DialPlanNode oneOf rejects every real node (hence anyOf + per-type checks)', () => {
    // If this starts failing, the contract was fixed: drop the relaxation in extract-schemas.ts
    // and test/node/helpers/contract.ts.
    const { ajv } = createContractAjv(false);
    const strict = ajv.getSchema(
      'https://contract.test/dialstack-openapi.json#/components/schemas/DialPlanNode',
    )!;
    const main = data.dialPlans.find((p) => p.id === facts.dialPlans.mainLine)!;
    assert.ok(main.nodes.every((node) => !strict(node)));
    const byType: Record<string, string> = {
      schedule: 'ScheduleNodeConfig',
      internal_dial: 'InternalDialNodeConfig',
      ring_all_users: 'RingAllUsersNodeConfig',
      external_dial: 'ExternalDialNodeConfig',
      menu: 'MenuNodeConfig',
      sound_clip: 'SoundClipNodeConfig',
    };
    for (const node of main.nodes) assertMatchesSchema(byType[node.type]!, node.config);
  });
});
