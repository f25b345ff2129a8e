import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { I18n } from '../i18n';
import { iconMore } from '../ui/icons';
import { menuStyles } from '../ui/menu.styles';
import { dispatchDialstackEvent } from './events';
import type { HostActionsMenu } from './host-actions.menu';

/**
 * Host integration shared by the list elements (call logs, call history, voicemails, phone
 * numbers): the host's own actions on each row's menu and in the detail panel, and a
 * `detail` slot where the host renders its own content (notes, a "log to CRM" form) for the
 * item the detail panel shows.
 *
 *     el.actions = [{ id: 'log', label: 'Log to CRM' }];
 *     el.addEventListener('dialstack-action', (e) => log(e.detail.action, e.detail.item));
 *     el.addEventListener('dialstack-detail-change', (e) => renderNotes(e.detail.item));
 *     <dialstack-call-logs><form slot="detail">…</form></dialstack-call-logs>
 */

/** A host-defined action: `id` comes back in `dialstack-action`, `label` is shown as is. */
export interface HostAction {
  id: string;
  label: string;
}

/** `detail` of `dialstack-action`. */
export interface ActionDetail<T = unknown> {
  /** The `id` of the chosen action. */
  action: string;
  /** The row's resource as the API returned it (the same `item` as `dialstack-row-select`). */
  item: T;
}

/** `detail` of `dialstack-detail-change`: the item the detail panel shows, or nulls once closed. */
export interface DetailChangeDetail<T = unknown> {
  id: string | null;
  item: T | null;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** The person chose one of the host's `actions` on a row or in the detail panel. */
    'dialstack-action': CustomEvent<ActionDetail>;
    /** The detail panel (and its `detail` slot) now shows another item, or closed. */
    'dialstack-detail-change': CustomEvent<DetailChangeDetail>;
  }
}

/** What the element gives the controller. */
export interface HostActionsOptions<T> {
  /** The resource id of an item. */
  id: (item: T) => string;
  /** The item the detail panel shows now (undefined when it is closed). */
  detailItem: () => T | undefined;
  /** What `dialstack-action` carries as `item` (default: the item itself). */
  eventItem?: (item: T) => unknown;
  i18n: () => I18n;
}

type Host = ReactiveControllerHost & HTMLElement & { actions: readonly HostAction[] };

/** Keys a row's own keyboard handling (open on Enter, move on arrows) must not see. */
const stopPropagation = (event: Event) => event.stopPropagation();

/**
 * The row menus' popover (a `MenuController`, so Floating UI) is a lazy chunk, loaded once per
 * page when an element first has actions: a list without host actions never ships it up front.
 */
let menuModule: Promise<typeof import('./host-actions.menu')> | undefined;
const loadMenuModule = () => (menuModule ??= import('./host-actions.menu'));

export class HostActionsController<T> implements ReactiveController {
  private readonly host: Host;
  private readonly options: HostActionsOptions<T>;
  /** The row menus' popover, once loaded (see `loadMenuModule`). */
  private menu?: HostActionsMenu<T>;
  private menuLoading?: Promise<HostActionsMenu<T> | undefined>;
  private shownId: string | null = null;

  constructor(host: Host, options: HostActionsOptions<T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The host's actions, without malformed entries (a host page may set anything). */
  get actions(): readonly HostAction[] {
    const value: unknown = this.host.actions;
    if (!Array.isArray(value)) return [];
    return value.filter(
      (action): action is HostAction =>
        typeof action === 'object' &&
        action !== null &&
        typeof (action as HostAction).id === 'string' &&
        typeof (action as HostAction).label === 'string',
    );
  }

  hostUpdate(): void {
    // Starts loading the popover as soon as there are actions, so it is in by the first click.
    if (!this.menu && !this.menuLoading && this.actions.length > 0) void this.loadMenu();
  }

  hostUpdated(): void {
    const item = this.options.detailItem();
    const id = item === undefined ? null : this.options.id(item);
    if (id === this.shownId) return;
    this.shownId = id;
    if (id === null) this.host.removeAttribute('detail-id');
    else this.host.setAttribute('detail-id', id);
    dispatchDialstackEvent(this.host, 'dialstack-detail-change', {
      id,
      item: item === undefined ? null : (this.options.eventItem?.(item) ?? item),
    });
  }

  hostDisconnected(): void {
    // A re-mounted element announces its panel again.
    this.shownId = null;
    this.menu?.reset();
  }

  /** Fires `dialstack-action` for `item`. */
  run(action: HostAction, item: T): void {
    dispatchDialstackEvent(this.host, 'dialstack-action', {
      action: action.id,
      item: this.options.eventItem?.(item) ?? item,
    });
  }

  /**
   * A row's menu button and, while it is open for this row, its menu. Nothing without actions.
   * `name` says which row ("Actions, Dr. Patel"); `tabIndex` follows the row's roving tabindex.
   */
  rowMenu(item: T, name: string, tabIndex?: number): TemplateResult | typeof nothing {
    const actions = this.actions;
    if (actions.length === 0) return nothing;
    const id = this.options.id(item);
    const menu = this.menu;
    const open = menu?.isOpenFor(id) ?? false;
    const label = `${this.options.i18n().t('common.moreActions')}, ${name}`;
    return html`<span
      class="host-row-actions"
      part="row-actions"
      @click=${stopPropagation}
      @keydown=${stopPropagation}
      @pointerdown=${stopPropagation}
    >
      <button
        type="button"
        class="btn btn--ghost btn--icon btn--sm"
        aria-label=${label}
        title=${label}
        aria-haspopup="menu"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? menu!.menuId : nothing}
        tabindex=${tabIndex ?? nothing}
        @click=${(event: Event) => this.open(item, event.currentTarget as HTMLElement, 'first', true)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          const focus = event.key === 'ArrowUp' ? 'last' : 'first';
          this.open(item, event.currentTarget as HTMLElement, focus, false);
        }}
      >
        ${iconMore}
      </button>
      ${open ? menu!.render(actions, label, item, (action, chosen) => this.run(action, chosen)) : nothing}
    </span>`;
  }

  /**
   * The host's part of a detail panel: its actions as buttons and the `detail` slot. Put it in
   * the panel's light DOM (`slot="host"`, which the panel renders), or after the panel.
   */
  detailSection(item: T, slotName?: string): TemplateResult {
    const actions = this.actions;
    return html`<div class="host-detail" part="host-detail" slot=${slotName ?? nothing}>
      ${
        actions.length
          ? html`<div
              class="host-detail__actions"
              part="actions"
              role="group"
              aria-label=${this.options.i18n().t('common.moreActions')}
            >
              ${actions.map(
                (action) =>
                  html`<button
                    type="button"
                    class="btn btn--secondary btn--sm"
                    data-action=${action.id}
                    @click=${() => this.run(action, item)}
                  >
                    ${action.label}
                  </button>`,
              )}
            </div>`
          : nothing
      }
      <slot name="detail"></slot>
    </div>`;
  }

  /** Opens `item`'s row menu from `trigger` (once the popover has loaded, if it had not). */
  private open(item: T, trigger: HTMLElement, focus: 'first' | 'last', toggle: boolean): void {
    const id = this.options.id(item);
    if (this.menu) {
      this.menu.openFor(id, item, trigger, focus, toggle);
      return;
    }
    void this.loadMenu().then((menu) => {
      // Still the same row button, still on the page: open as the person asked.
      if (menu && trigger.isConnected) menu.openFor(id, item, trigger, focus, toggle);
    });
  }

  /** Loads the popover once; on failure warns, and the next click tries again. */
  private loadMenu(): Promise<HostActionsMenu<T> | undefined> {
    this.menuLoading ??= loadMenuModule().then(
      ({ HostActionsMenu }) => {
        this.menu = new HostActionsMenu<T>(this.host);
        this.host.requestUpdate();
        return this.menu;
      },
      (error: unknown) => {
        menuModule = undefined;
        this.menuLoading = undefined;
        console.warn('[dialstack] Could not load the row menu.', error);
        return undefined;
      },
    );
    return this.menuLoading;
  }
}

/** Styles of the row menus and the detail section (add to the element's `static styles`). */
export const hostActionsStyles = [
  menuStyles,
  css`
    .col--actions {
      width: 1%;
      white-space: nowrap;
      text-align: end;
    }
    .host-row-actions {
      flex: none;
      display: inline-flex;
      align-items: center;
      justify-content: flex-end;
    }
    .host-detail {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 2);
    }
    /* Under a list whose rows cannot hold menus (call history's options). */
    .host-selection .host-detail {
      padding-inline: calc(var(--_space) * 4);
    }
    .host-selection .host-detail__actions {
      padding-block: calc(var(--_space) * 3);
    }
    .host-detail__actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
    }
  `,
];
