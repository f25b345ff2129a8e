/** The inbox's keys: the tabs' arrow keys and a row's own shortcuts. */
import type { VoicemailFilter } from './voicemails.types';

const TAB_ORDER: readonly VoicemailFilter[] = ['all', 'unread'];

/** The tab an arrow, Home or End key moves to from `current` (undefined: not a tab key). */
export function nextTab(key: string, current: VoicemailFilter): VoicemailFilter | undefined {
  const index = TAB_ORDER.indexOf(current);
  const count = TAB_ORDER.length;
  if (key === 'ArrowRight' || key === 'ArrowDown') return TAB_ORDER[(index + 1) % count];
  if (key === 'ArrowLeft' || key === 'ArrowUp') return TAB_ORDER[(index - 1 + count) % count];
  if (key === 'Home') return TAB_ORDER[0];
  if (key === 'End') return TAB_ORDER[count - 1];
  return undefined;
}

/** A focused row's shortcut: Space plays/pauses, Delete deletes, `x` toggles its selection. */
export type RowShortcut = 'play' | 'delete' | 'select';

export function rowShortcut(event: KeyboardEvent): RowShortcut | undefined {
  if (event.key === ' ') return 'play';
  if (event.key === 'Delete') return 'delete';
  if (event.key === 'x' && !event.shiftKey) return 'select';
  return undefined;
}
