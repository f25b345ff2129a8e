import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  size,
  type Placement,
} from '@floating-ui/dom';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { createRef, ref, type Ref } from 'lit/directives/ref.js';
import { uniqueId } from './focus';

/**
 * A menu button and its popover, positioned with Floating UI (flip/shift/size to stay on
 * screen, `position: fixed` so scroll containers don't clip it). The position is written through
 * the CSSOM (`element.style.left = …`), which a strict CSP allows. Needs `buttonStyles` and
 * `menuStyles`.
 */
export { menuStyles } from './menu.styles';

/**
 * Keeps `floating` next to `reference` (fixed strategy; flips, shifts and shrinks to stay on
 * screen; position written through the CSSOM). Returns the function that stops following.
 * Shared by the menu and the combobox.
 */
export function positionFloating(
  reference: HTMLElement,
  floating: HTMLElement,
  options: { placement?: Placement; offset?: number; matchWidth?: boolean } = {},
): () => void {
  return autoUpdate(reference, floating, () => {
    void computePosition(reference, floating, {
      strategy: 'fixed',
      placement: options.placement ?? 'bottom-start',
      middleware: [
        offset(options.offset ?? 4),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableHeight, rects, elements }) => {
            elements.floating.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
            if (options.matchWidth) elements.floating.style.minWidth = `${rects.reference.width}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      floating.style.left = `${Math.round(x)}px`;
      floating.style.top = `${Math.round(y)}px`;
    });
  });
}

export interface MenuControllerOptions {
  placement?: Placement;
  /** Gap between trigger and menu in px (default 4). */
  offset?: number;
}

type Host = ReactiveControllerHost & HTMLElement;

export class MenuController implements ReactiveController {
  readonly triggerRef: Ref<HTMLElement> = createRef();
  readonly menuRef: Ref<HTMLElement> = createRef();
  readonly menuId = uniqueId('dialstack-menu');
  private readonly host: Host;
  private readonly options: MenuControllerOptions;
  private isOpen = false;
  private stopAutoUpdate?: () => void;
  /** The trigger of the current opening when it is not `triggerRef` (one menu shared by rows). */
  private openedFrom?: HTMLElement;

  constructor(host: Host, options: MenuControllerOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  get open(): boolean {
    return this.isOpen;
  }

  /**
   * Opens the menu and focuses an item (the first, or the last for `focus: 'last'`). `trigger`
   * anchors it to another button than `triggerRef` (a menu shared by every row of a list).
   */
  async show(focus: 'first' | 'last' = 'first', trigger?: HTMLElement): Promise<void> {
    if (trigger && trigger !== this.openedFrom) this.hide({ restoreFocus: false });
    this.openedFrom = trigger;
    if (!this.isOpen) {
      this.isOpen = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.startPositioning();
      document.addEventListener('pointerdown', this.onOutsidePointer, true);
    }
    this.focusItem(focus === 'first' ? 0 : -1);
  }

  hide({ restoreFocus = true } = {}): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.stopPositioning();
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    this.host.requestUpdate();
    if (restoreFocus) this.trigger?.focus();
  }

  /** The button the menu is anchored to. */
  get trigger(): HTMLElement | undefined {
    return this.openedFrom ?? this.triggerRef.value;
  }

  toggle(): void {
    if (this.isOpen) this.hide();
    else void this.show();
  }

  hostDisconnected(): void {
    this.hide({ restoreFocus: false });
  }

  readonly handleTriggerClick = (): void => this.toggle();

  readonly handleTriggerKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  readonly handleMenuKeydown = (event: KeyboardEvent): void => {
    const items = this.items();
    const current = items.indexOf(event.composedPath()[0] as HTMLElement);
    switch (event.key) {
      case 'ArrowDown':
        this.focusItem((current + 1) % items.length);
        break;
      case 'ArrowUp':
        this.focusItem(current <= 0 ? items.length - 1 : current - 1);
        break;
      case 'Home':
        this.focusItem(0);
        break;
      case 'End':
        this.focusItem(-1);
        break;
      case 'Escape':
        this.hide();
        break;
      case 'Tab':
        this.hide({ restoreFocus: false });
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  private readonly onOutsidePointer = (event: PointerEvent): void => {
    const path = event.composedPath();
    const menu = this.menuRef.value;
    const trigger = this.trigger;
    if ((menu && path.includes(menu)) || (trigger && path.includes(trigger))) return;
    this.hide({ restoreFocus: false });
  };

  private items(): HTMLElement[] {
    return [...(this.menuRef.value?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  }

  private focusItem(index: number): void {
    const items = this.items();
    const item = index < 0 ? items[items.length - 1] : items[index];
    item?.focus();
  }

  private startPositioning(): void {
    const trigger = this.trigger;
    const menu = this.menuRef.value;
    if (!trigger || !menu) return;
    this.stopAutoUpdate = positionFloating(trigger, menu, {
      placement: this.options.placement ?? 'bottom-end',
      offset: this.options.offset,
    });
  }

  private stopPositioning(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
  }
}

export interface MenuItem {
  label: string;
  icon?: TemplateResult;
  tone?: 'default' | 'danger';
  disabled?: boolean;
  onSelect: () => void;
}

export interface MenuTemplateOptions {
  /** The trigger's contents (e.g. an icon) and accessible name. */
  triggerLabel: string;
  triggerContent: unknown;
  /** Classes of the trigger button (default: a ghost icon button). */
  triggerClass?: string;
  items: readonly MenuItem[];
}

/** A menu button (`aria-haspopup`, `aria-expanded`) and its `role="menu"` popover. */
export function menuTemplate(
  controller: MenuController,
  options: MenuTemplateOptions,
): TemplateResult {
  const select = (item: MenuItem) => () => {
    if (item.disabled) return;
    controller.hide();
    item.onSelect();
  };
  return html`<button
      type="button"
      ${ref(controller.triggerRef)}
      class=${options.triggerClass ?? 'btn btn--ghost btn--icon'}
      aria-label=${options.triggerLabel}
      title=${options.triggerLabel}
      aria-haspopup="menu"
      aria-expanded=${controller.open ? 'true' : 'false'}
      aria-controls=${controller.menuId}
      @click=${controller.handleTriggerClick}
      @keydown=${controller.handleTriggerKeydown}
    >
      ${options.triggerContent}
    </button>
    <div
      ${ref(controller.menuRef)}
      id=${controller.menuId}
      class="menu"
      role="menu"
      aria-label=${options.triggerLabel}
      ?hidden=${!controller.open}
      @keydown=${controller.handleMenuKeydown}
    >
      ${
        controller.open
          ? options.items.map(
              (item) =>
                html`<button
                  type="button"
                  role="menuitem"
                  tabindex="-1"
                  class="menu__item ${item.tone === 'danger' ? 'menu__item--danger' : ''}"
                  aria-disabled=${item.disabled ? 'true' : nothing}
                  @click=${select(item)}
                >
                  ${item.icon ?? nothing}<span>${item.label}</span>
                </button>`,
            )
          : nothing
      }
    </div>`;
}
