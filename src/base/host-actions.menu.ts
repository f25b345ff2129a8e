import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { MenuController } from '../ui/menu';
import type { HostAction } from './host-actions';

/**
 * The open part of the host-actions row menus: one `MenuController` (Floating UI) shared by
 * every row. Loaded by `HostActionsController` once the host sets `actions`, so an element
 * without host actions never ships Floating UI up front.
 */
export class HostActionsMenu<T> {
  private readonly menu: MenuController;
  /** The id of the row whose menu is open, and its item. */
  private menuFor?: string;
  private menuItem?: T;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.menu = new MenuController(host);
  }

  get menuId(): string {
    return this.menu.menuId;
  }

  /** True while the menu is open on the row `id`. */
  isOpenFor(id: string): boolean {
    return this.menu.open && this.menuFor === id;
  }

  /** Opens on the row `id` (closes it when it is open there already, unless `toggle` is false). */
  openFor(id: string, item: T, trigger: HTMLElement, focus: 'first' | 'last', toggle: boolean) {
    if (toggle && this.isOpenFor(id)) {
      this.menu.hide();
      return;
    }
    this.menuFor = id;
    this.menuItem = item;
    void this.menu.show(focus, trigger);
  }

  reset(): void {
    this.menuFor = undefined;
    this.menuItem = undefined;
  }

  /** The popover of the row showing `item`, whose items run `choose` on the row's item. */
  render(
    actions: readonly HostAction[],
    label: string,
    item: T,
    choose: (action: HostAction, item: T) => void,
  ): TemplateResult {
    return html`<div
      ${ref(this.menu.menuRef)}
      id=${this.menu.menuId}
      class="menu"
      role="menu"
      aria-label=${label}
      @keydown=${this.menu.handleMenuKeydown}
    >
      ${actions.map(
        (action) =>
          html`<button
            type="button"
            role="menuitem"
            tabindex="-1"
            class="menu__item"
            data-action=${action.id}
            @click=${() => {
              const chosen = this.menuItem ?? item;
              this.menu.hide();
              choose(action, chosen);
            }}
          >
            <span>${action.label}</span>
          </button>`,
      )}
    </div>`;
  }
}
