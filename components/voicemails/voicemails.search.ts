/**
 * Search over loaded voicemails (name or number), and the paging a search does on its own:
 * when fewer than a page of matches show, older pages load (up to a budget) before
 * "Search older voicemails" is offered.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { I18n } from '../../src/i18n/index';
import { matchesSearch, type Voicemail } from './voicemails.data';

/** Extra pages a search loads on its own before offering "Search older voicemails". */
const SEARCH_AUTO_PAGES = 3;

/** Loaded voicemails that are not being deleted and match `query`. */
export function visibleVoicemails(
  items: readonly Voicemail[],
  removing: ReadonlySet<string>,
  query: string,
  i18n: I18n,
): Voicemail[] {
  const text = query.trim();
  return items.filter(
    (item) =>
      !removing.has(item.id) && (!text || matchesSearch(item, text, i18n.phone(item.from_number))),
  );
}

export interface SearchState {
  query: string;
  hasMore: boolean;
  failed: boolean;
  /** Pages the search has loaded on its own. */
  pages: number;
  visibleCount: number;
  limit: number;
}

/** A search that has not found a page's worth of matches and may still load older pages. */
export function searchWantsMore(state: SearchState): boolean {
  return (
    Boolean(state.query.trim()) &&
    state.hasMore &&
    !state.failed &&
    state.pages < SEARCH_AUTO_PAGES &&
    state.visibleCount < state.limit
  );
}

/** Debounces the automatic "load an older page" of a search. */
export class SearchPagingController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Loads an older page shortly when `wanted` (and nothing is loading); else cancels. */
  schedule(wanted: boolean, loadMore: () => void): void {
    this.cancel();
    if (!wanted) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      loadMore();
    }, 250);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
