/**
 * What the controllers of `<dialstack-voicemails>` may see and change of the element. The
 * element hands them this view (built from closures over its private state), so its internals
 * stay private while the behaviour lives in small, focused modules.
 */
import type { ReactiveControllerHost } from 'lit';
import type { CollectionController } from '../../src/base/collection-controller';
import type { DialstackClient } from '../../src/core/types';
import type { I18n } from '../../src/i18n/index';
import type { Voicemail } from './voicemails.data';
import type { VoicemailMessageKey } from './voicemails.messages';
import type { AllCount, LocalChange, VoicemailFilter } from './voicemails.types';

export interface VoicemailsHost {
  /** The element itself: controllers register on it, request updates and fire events from it. */
  readonly host: ReactiveControllerHost & HTMLElement;
  i18n(): I18n;
  client(): DialstackClient | undefined;
  tv(key: VoicemailMessageKey, params?: Record<string, string | number>): string;
  callerName(item: Voicemail): string;
  filter(): VoicemailFilter;
  owner(): string | undefined;
  limit(): number;
  userId(): string | undefined;
  undoTimeout(): number;
  /** Key of the list on screen (owner, filter, page size). */
  listKey(): string;

  /** The list runtime holding the voicemails (items, cursors, selection, open item). */
  list(): CollectionController<Voicemail, readonly [string, VoicemailFilter, number]>;
  items(): Voicemail[];
  /** Voicemails hidden while their delete is pending (undo window, in flight). */
  removing(): ReadonlySet<string>;
  setRemoving(ids: ReadonlySet<string>): void;
  selected(): ReadonlySet<string>;
  setSelected(ids: ReadonlySet<string>): void;
  unreadIds(): ReadonlySet<string>;
  setUnreadIds(ids: ReadonlySet<string>): void;
  allCount(): AllCount | undefined;
  setAllCount(count: AllCount | undefined): void;
  arrivals(): ReadonlySet<string>;
  setArrivals(ids: ReadonlySet<string>): void;
  /** Loaded, not-removed voicemails matching the search, as listed. */
  visibleItems(): Voicemail[];
  patchItem(id: string, patch: (item: Voicemail) => Voicemail): void;
  recordChange(id: string, change: LocalChange['change']): void;

  openId(): string | undefined;
  closeDetail(): void;
  /** The open voicemail was heard: mark it read. */
  markHeard(id: string): void;
  /** "Mark as read/unread" on a voicemail. */
  toggleRead(item: Voicemail): void;
  /** Plays or pauses a voicemail, opening it first. */
  togglePlayback(item: Voicemail): void;
  focusRow(index: number): void;
  focusTab(): void;
  announce(message: string): void;
  /** Shows an error toast (loading the interactive chunk first if needed). */
  showError(message: string): void;
}
