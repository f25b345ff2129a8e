/**
 * The inbox's unread count: counted from the `is_read=false` list (every page up to 1,000
 * voicemails, a lower bound beyond), then kept exact through reads, deletes and arrivals without
 * another count. Changes made while a count was in flight are re-applied over its result.
 * Fires `dialstack-unread-change` whenever the number changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataTaskController } from '../../src/base/data-task';
import { dispatchDialstackEvent } from '../../src/base/events';
import type { UnreadCount } from './voicemails.data';
import type { LocalChange } from './voicemails.types';

export interface UnreadSeed extends UnreadCount {
  /** When the count's request started: changes made later are re-applied over it. */
  startedAt: number;
}

/** How long a change is remembered (requests time out sooner). */
const CHANGE_MEMORY_MS = 120_000;

export class UnreadCountController implements ReactiveController {
  /** Unread voicemail ids (every one unless `capped`). */
  ids: ReadonlySet<string> = new Set();
  /** More unread voicemails exist than were counted: the count is a lower bound. */
  capped = false;
  /** A count has arrived for the current owner. */
  known = false;
  private seed?: UnreadSeed;
  private changes: LocalChange[] = [];
  private lastEmitted?: number;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly task: DataTaskController<readonly [string], UnreadSeed>,
    /** Voicemails hidden while their delete is pending: not counted. */
    private readonly removing: () => ReadonlySet<string>,
  ) {
    host.addController(this);
  }

  get count(): number {
    const removing = this.removing();
    let count = 0;
    for (const id of this.ids) if (!removing.has(id)) count++;
    return count;
  }

  set(ids: ReadonlySet<string>): void {
    this.ids = ids;
    this.host.requestUpdate();
  }

  record(id: string, change: LocalChange['change']): void {
    this.changes.push({ at: performance.now(), id, change });
  }

  /** Another owner: unknown until its count arrives. */
  forget(): void {
    this.known = false;
  }

  /** After `logout()`: the badge goes to 0. */
  clear(): void {
    this.ids = new Set();
  }

  hostUpdate(): void {
    const seed = this.task.value;
    if (!seed || seed === this.seed) return;
    this.seed = seed;
    const horizon = performance.now() - CHANGE_MEMORY_MS;
    this.changes = this.changes.filter((entry) => entry.at >= horizon);
    const ids = new Set(seed.ids);
    // Changes made before the count started are in it already.
    for (const { at, id, change } of this.changes) {
      if (at < seed.startedAt) continue;
      if (change === 'unread') ids.add(id);
      else ids.delete(id);
    }
    this.ids = ids;
    this.capped = seed.capped;
    this.known = true;
  }

  hostUpdated(): void {
    if (!this.known || this.count === this.lastEmitted) return;
    this.lastEmitted = this.count;
    dispatchDialstackEvent(this.host, 'dialstack-unread-change', { count: this.count });
  }
}
