/**
 * Facts about the seed that tests and demos can rely on (also served at GET /__mock/facts).
 * Computed from the data, so they are true by construction; test/node/seed.test.ts checks them.
 */
import type { StoreData } from '../types';
import type { ShowcaseCall, ShowcaseVoicemail } from './calls';

export interface SeedFacts {
  accountId: string;
  counts: {
    calls: number;
    voicemails: number;
    unreadVoicemails: number;
    users: number;
    extensions: number;
    sharedVoicemailBoxes: number;
    phoneNumbers: number;
    numberOrders: number;
    portOrders: number;
    dialPlans: number;
    schedules: number;
    ringGroups: number;
    audioClips: number;
    voiceApps: number;
    locations: number;
    activeCatalogItems: number;
  };
  users: {
    drChen: string;
    drWebb: string;
    drPatel: string;
    nurseBrooks: string;
    frontDesk: string;
    billing: string;
  };
  /** The user with the most calls (the front desk), and how many. */
  userWithMostCalls: { id: string; calls: number };
  sharedVoicemailBoxes: { frontDesk: string; billing: string; afterHours: string };
  calls: Record<ShowcaseCall, string>;
  /** Maria Gonzalez: has inbound calls (from_number) and outbound calls (to_number). */
  numberWithBothDirections: string;
  voicemails: Record<ShowcaseVoicemail, string>;
  phoneNumbers: { mainLine: string; mainLineNumber: string; inactive: string; released: string };
  numberOrders: { pendingPurchase: string; complete: string; failed: string };
  portOrders: Record<
    'draft' | 'approved' | 'submitted' | 'exception' | 'foc' | 'complete' | 'cancelled',
    string
  >;
  dialPlans: { mainLine: string; billingLine: string };
  locations: { mainCampus: string };
}

function byName<T extends { id: string; name?: string | null }>(
  items: readonly T[],
  name: string,
): string {
  const found = items.find((item) => item.name === name);
  if (!found) throw new Error(`seed has no ${name}`);
  return found.id;
}

export function computeFacts(
  data: StoreData,
  showcase: Record<ShowcaseCall | ShowcaseVoicemail, string>,
): SeedFacts {
  const callsPerUser = new Map<string, number>();
  for (const call of data.calls) {
    if (call.user_id) callsPerUser.set(call.user_id, (callsPerUser.get(call.user_id) ?? 0) + 1);
  }
  const [busiestId, busiestCount] = [...callsPerUser].sort((a, b) => b[1] - a[1])[0]!;
  const maria = '+15035550150';
  const portOrder = (status: string) => data.portOrders.find((o) => o.status === status)!.id;
  const numberOrder = (type: string, status: string) =>
    data.numberOrders.find((o) => o.order_type === type && o.status === status)!.id;
  const mainLine = data.phoneNumbers[0]!;
  return {
    accountId: data.account.id,
    counts: {
      calls: data.calls.length,
      voicemails: data.voicemails.length,
      unreadVoicemails: data.voicemails.filter((v) => !v.is_read).length,
      users: data.users.length,
      extensions: data.extensions.length,
      sharedVoicemailBoxes: data.sharedVoicemailBoxes.length,
      phoneNumbers: data.phoneNumbers.length,
      numberOrders: data.numberOrders.length,
      portOrders: data.portOrders.length,
      dialPlans: data.dialPlans.length,
      schedules: data.schedules.length,
      ringGroups: data.ringGroups.length,
      audioClips: data.audioClips.length,
      voiceApps: data.voiceApps.length,
      locations: data.locations.length,
      activeCatalogItems: data.catalog.filter((item) => item.active).length,
    },
    users: {
      drChen: byName(data.users, 'Dr. Sarah Chen'),
      drWebb: byName(data.users, 'Dr. Marcus Webb'),
      drPatel: byName(data.users, 'Dr. Priya Patel'),
      nurseBrooks: byName(data.users, 'Emily Brooks, RN'),
      frontDesk: byName(data.users, 'Olivia Martinez'),
      billing: byName(data.users, 'James Okafor'),
    },
    userWithMostCalls: { id: busiestId, calls: busiestCount },
    sharedVoicemailBoxes: {
      frontDesk: byName(data.sharedVoicemailBoxes, 'Front Desk'),
      billing: byName(data.sharedVoicemailBoxes, 'Billing'),
      afterHours: byName(data.sharedVoicemailBoxes, 'After-Hours Line'),
    },
    calls: {
      inboundRecordedCompletedTranscript: showcase.inboundRecordedCompletedTranscript,
      outboundCallBackProcessingTranscript: showcase.outboundCallBackProcessingTranscript,
      inboundPendingTranscript: showcase.inboundPendingTranscript,
      billingFailedTranscript: showcase.billingFailedTranscript,
      missedUnknownCaller: showcase.missedUnknownCaller,
      internalNoRecording: showcase.internalNoRecording,
    },
    numberWithBothDirections: maria,
    voicemails: {
      voicemailUnreadCompleted: showcase.voicemailUnreadCompleted,
      voicemailFailedTranscript: showcase.voicemailFailedTranscript,
      voicemailPendingTranscript: showcase.voicemailPendingTranscript,
      voicemailProcessingTranscript: showcase.voicemailProcessingTranscript,
      voicemailRead: showcase.voicemailRead,
    },
    phoneNumbers: {
      mainLine: mainLine.id,
      mainLineNumber: mainLine.phone_number,
      inactive: data.phoneNumbers.find((n) => n.status === 'inactive')!.id,
      released: data.phoneNumbers.find((n) => n.status === 'released')!.id,
    },
    numberOrders: {
      pendingPurchase: numberOrder('purchase', 'pending'),
      complete: numberOrder('purchase', 'complete'),
      failed: numberOrder('purchase', 'failed'),
    },
    portOrders: {
      draft: portOrder('draft'),
      approved: portOrder('approved'),
      submitted: portOrder('submitted'),
      exception: portOrder('exception'),
      foc: portOrder('foc'),
      complete: portOrder('complete'),
      cancelled: portOrder('cancelled'),
    },
    dialPlans: {
      mainLine: byName(data.dialPlans, 'Main Line'),
      billingLine: byName(data.dialPlans, 'Billing Line'),
    },
    locations: { mainCampus: byName(data.locations, 'Main Campus') },
  };
}
