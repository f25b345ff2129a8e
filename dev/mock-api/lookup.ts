/** Finding routing targets — users, voice apps, dial plans, ring groups, shared voicemail boxes. */
import type { MockStore } from './store';

export type RoutingTargetKind =
  'user' | 'voice_app' | 'dial_plan' | 'ring_group' | 'shared_voicemail_box';

export interface RoutingTarget {
  kind: RoutingTargetKind;
  id: string;
  name: string | null;
}

export function findRoutingTarget(store: MockStore, id: string): RoutingTarget | null {
  const { users, voiceApps, dialPlans, ringGroups, sharedVoicemailBoxes } = store.data;
  const sources: [RoutingTargetKind, readonly { id: string; name?: string | null }[]][] = [
    ['user', users],
    ['voice_app', voiceApps],
    ['dial_plan', dialPlans],
    ['ring_group', ringGroups],
    ['shared_voicemail_box', sharedVoicemailBoxes],
  ];
  for (const [kind, items] of sources) {
    const found = items.find((item) => item.id === id);
    if (found) return { kind, id, name: found.name ?? null };
  }
  return null;
}
