/**
 * Builds the whole seeded dataset for Riverside Family Clinic, relative to `now`.
 * Same `now` and `seed` → identical data (ids included).
 */
import { IdSequence } from '../ids';
import { createRandom } from '../prng';
import type { StoreData } from '../types';
import { seedCalls } from './calls';
import { seedCatalog } from './catalog';
import { STAFF } from './clinic';
import type { SeedContext } from './context';
import { seedAccount, seedLocations, seedSharedVoicemailBoxes, seedUsers } from './directory';
import { computeFacts, type SeedFacts } from './facts';
import { seedNumberOrders, seedPhoneNumbers, seedPortOrders } from './numbers';
import {
  seedAudioClips,
  seedDialPlans,
  seedExtensions,
  seedRingGroups,
  seedSchedules,
  seedVoiceApps,
} from './routing';

export const DEFAULT_SEED = 20251018;

export interface Seeded {
  data: StoreData;
  facts: SeedFacts;
  ids: IdSequence;
}

export function createSeed(now: number, seed = DEFAULT_SEED): Seeded {
  const ids = new IdSequence();
  const ctx: SeedContext = { now, ids, random: createRandom(seed) };

  const account = seedAccount(ctx);
  const locations = seedLocations(ctx);
  const phoneNumbers = seedPhoneNumbers(ctx, locations[0]!.id);
  const { users, endpoints } = seedUsers(
    ctx,
    phoneNumbers.map((n) => n.id),
  );
  const sharedVoicemailBoxes = seedSharedVoicemailBoxes(ctx);
  const schedules = seedSchedules(ctx);
  const audioClips = seedAudioClips(ctx);
  const voiceApps = seedVoiceApps(ctx);
  const extensionOf = (userId: string) => STAFF[users.findIndex((u) => u.id === userId)]!.extension;
  const ringGroups = seedRingGroups(ctx, users, sharedVoicemailBoxes, extensionOf);
  const dialPlans = seedDialPlans(ctx, {
    schedules,
    clips: audioClips,
    ringGroups,
    users,
    boxes: sharedVoicemailBoxes,
    voiceApps,
  });
  const extensions = seedExtensions(ctx, {
    users: users.map((u) => ({ id: u.id, extension: extensionOf(u.id) })),
    ringGroups,
    boxes: sharedVoicemailBoxes,
    dialPlans,
    voiceApps,
  });

  // Route the clinic numbers (see seed/numbers.ts for what each one is).
  const [mainLine, billingLine] = dialPlans;
  const [frontDeskGroup, nurseGroup] = ringGroups;
  const targets = [
    mainLine!,
    billingLine!,
    null,
    users[0]!,
    users[1]!,
    users[2]!,
    nurseGroup!,
    sharedVoicemailBoxes[2]!,
    frontDeskGroup!,
    null,
    null,
    null,
  ] as const;
  phoneNumbers.forEach((number, i) => {
    number.routing_target = targets[i]?.id ?? null;
  });
  const numberLabels = targets.map((target) => target?.name ?? null);
  account.default_outbound_did_id = phoneNumbers[0]!.id;
  locations[0]!.primary_did_id = phoneNumbers[0]!.id;
  locations[1]!.primary_did_id = phoneNumbers[8]!.id;

  const calls = seedCalls(ctx, {
    users,
    endpoints,
    numbers: phoneNumbers,
    boxes: sharedVoicemailBoxes,
    ringGroupExtensions: ringGroups.map((group) => {
      const ext = extensions.find((e) => e.target === group.id)!;
      return [ext.number, group.name] as const;
    }),
    numberLabels,
  });

  const { portOrders, portOrderEvents } = seedPortOrders(ctx);
  const data: StoreData = {
    account,
    users,
    endpoints,
    extensions,
    sharedVoicemailBoxes,
    calls: calls.calls,
    callRecordings: calls.callRecordings,
    callTranscripts: calls.callTranscripts,
    voicemails: calls.voicemails,
    voicemailTranscripts: calls.voicemailTranscripts,
    phoneNumbers,
    numberOrders: seedNumberOrders(ctx),
    numberOrderCompletion: new Map(),
    numberOrderPartialAllowed: new Set(),
    portOrders,
    portOrderEvents,
    locations,
    schedules,
    ringGroups,
    audioClips,
    voiceApps,
    dialPlans,
    catalog: seedCatalog(ctx),
  };
  return { data, facts: computeFacts(data, calls.showcase), ids };
}

export type { SeedFacts } from './facts';
