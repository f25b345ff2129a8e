import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { createRef, ref, type Ref } from 'lit/directives/ref.js';
import { uniqueId } from './focus';
import { positionFloating } from './menu';

/**
 * A searchable, grouped single-select combobox (ARIA 1.2 "editable combobox with list
 * autocomplete"): focus stays in the text field, `aria-activedescendant` names the active
 * option; ArrowDown/ArrowUp (open and move), Home/End, Enter (choose), Escape (close, then
 * clear the filter), typing filters; the popover is placed with Floating UI (`positionFloating`,
 * shared with the menu). Needs `menuStyles` and `comboboxStyles`.
 */
export const comboboxStyles = css`
  .combobox {
    position: relative;
    display: flex;
    align-items: center;
  }
  .combobox__input {
    box-sizing: border-box;
    width: 100%;
    min-height: calc(var(--_space) * 9);
    padding: 0 calc(var(--_space) * 8) 0 calc(var(--_space) * 2.5);
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius-sm);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  .combobox__input:focus-visible {
    outline: none;
    border-color: var(--_primary);
    box-shadow: var(--_focus-ring);
  }
  .combobox__input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .combobox__chevron {
    position: absolute;
    inset-inline-end: calc(var(--_space) * 2.5);
    color: var(--_text-secondary);
    pointer-events: none;
  }
  .combobox__list {
    max-width: min(420px, 100vw - 16px);
  }
  .combobox__group-label {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 2.5) calc(var(--_space) * 1);
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
    font-weight: 600;
  }
  .combobox__option {
    display: flex;
    align-items: center;
    min-height: calc(var(--_space) * 8);
    padding: 0 calc(var(--_space) * 2.5);
    border-radius: var(--_radius-sm);
    cursor: pointer;
  }
  .combobox__option[aria-selected='true'] {
    font-weight: 600;
  }
  .combobox__option--active {
    background: var(--_surface-active);
    outline: 2px solid var(--_focus-ring-color);
    outline-offset: -2px;
  }
  .combobox__empty {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 2.5);
    color: var(--_text-secondary);
  }
`;

export interface ComboboxOption {
  /** `null` is the "none" option. */
  value: string | null;
  label: string;
}

export interface ComboboxGroup {
  label: string;
  options: readonly ComboboxOption[];
}

type Host = ReactiveControllerHost & HTMLElement;

export class ComboboxController implements ReactiveController {
  readonly inputRef: Ref<HTMLInputElement> = createRef();
  readonly listRef: Ref<HTMLElement> = createRef();
  readonly id = uniqueId('dialstack-combobox');
  private readonly host: Host;
  private isOpen = false;
  private filterText = '';
  private activeIndex = -1;
  private stopPositioning?: () => void;
  private groups: readonly ComboboxGroup[] = [];
  private onSelect: (value: string | null) => void = () => undefined;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  get open(): boolean {
    return this.isOpen;
  }

  get filter(): string {
    return this.filterText;
  }

  hostDisconnected(): void {
    this.close();
  }

  /** Closes the list and forgets the filter (e.g. when the field starts editing something else). */
  reset(): void {
    this.filterText = '';
    this.activeIndex = -1;
    this.close();
    this.host.requestUpdate();
  }

  /** The groups with options matching the filter (empty groups dropped). */
  visibleGroups(): ComboboxGroup[] {
    const needle = this.filterText.trim().toLocaleLowerCase();
    return this.groups
      .map((g) => ({
        label: g.label,
        options: needle
          ? g.options.filter((o) => o.label.toLocaleLowerCase().includes(needle))
          : g.options,
      }))
      .filter((g) => g.options.length);
  }

  private flat(): ComboboxOption[] {
    return this.visibleGroups().flatMap((g) => g.options);
  }

  private async show(): Promise<void> {
    if (this.isOpen) return;
    this.isOpen = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const input = this.inputRef.value;
    const list = this.listRef.value;
    if (input && list)
      this.stopPositioning = positionFloating(input, list, {
        placement: 'bottom-start',
        matchWidth: true,
      });
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
  }

  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.activeIndex = -1;
    this.stopPositioning?.();
    this.stopPositioning = undefined;
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    this.host.requestUpdate();
  }

  private move(to: number): void {
    const count = this.flat().length;
    if (!count) return;
    this.activeIndex = ((to % count) + count) % count;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      this.listRef.value
        ?.querySelector('.combobox__option--active')
        ?.scrollIntoView?.({ block: 'nearest' }),
    );
  }

  private choose(option: ComboboxOption | undefined): void {
    if (!option) return;
    this.filterText = '';
    this.close();
    this.onSelect(option.value);
  }

  private readonly onOutsidePointer = (event: PointerEvent): void => {
    const path = event.composedPath();
    if (path.includes(this.listRef.value!) || path.includes(this.inputRef.value!)) return;
    this.filterText = '';
    this.close();
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const options = this.flat();
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        const down = event.key === 'ArrowDown';
        if (!this.isOpen) {
          void this.show().then(() => this.move(down ? 0 : -1));
        } else {
          this.move(this.activeIndex < 0 ? (down ? 0 : -1) : this.activeIndex + (down ? 1 : -1));
        }
        break;
      }
      case 'Home':
      case 'End':
        if (!this.isOpen) return;
        this.move(event.key === 'Home' ? 0 : -1);
        break;
      case 'Enter':
        if (!this.isOpen) {
          void this.show();
          break;
        }
        this.choose(options[this.activeIndex]);
        break;
      case 'Escape':
        if (this.isOpen) this.close();
        else if (this.filterText) {
          this.filterText = '';
          this.host.requestUpdate();
        } else return;
        break;
      case 'Tab':
        this.close();
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  private readonly onInput = (event: Event): void => {
    this.filterText = (event.target as HTMLInputElement).value;
    this.activeIndex = this.flat().length ? 0 : -1;
    void this.show();
    this.host.requestUpdate();
  };

  /**
   * The text field and its listbox. `labelId` names the field (a visible `<label>`'s id);
   * `value` is the chosen option's value; `valueLabel` what the closed field shows.
   */
  render(options: {
    labelId: string;
    groups: readonly ComboboxGroup[];
    value: string | null;
    valueLabel: string;
    placeholder?: string;
    emptyLabel: string;
    disabled?: boolean;
    describedBy?: string;
    /** Sets `aria-invalid` (the field's error is in `describedBy`). */
    invalid?: boolean;
    /** Sets `aria-required`. */
    required?: boolean;
    onSelect: (value: string | null) => void;
  }) {
    this.groups = options.groups;
    this.onSelect = options.onSelect;
    const listId = `${this.id}-list`;
    const flat = this.flat();
    const active = flat[this.activeIndex];
    const optionId = (i: number) => `${this.id}-o${i}`;
    let index = 0;
    const groups = this.visibleGroups();
    return html`<div class="combobox">
      <input
        ${ref(this.inputRef)}
        class="combobox__input"
        role="combobox"
        aria-labelledby=${options.labelId}
        aria-describedby=${options.describedBy ?? nothing}
        aria-invalid=${options.invalid ? 'true' : nothing}
        aria-required=${options.required ? 'true' : nothing}
        aria-expanded=${this.isOpen ? 'true' : 'false'}
        aria-controls=${listId}
        aria-autocomplete="list"
        aria-activedescendant=${this.isOpen && active ? optionId(this.activeIndex) : nothing}
        autocomplete="off"
        placeholder=${options.placeholder ?? nothing}
        ?disabled=${options.disabled ?? false}
        .value=${this.isOpen || this.filterText ? this.filterText : options.valueLabel}
        @keydown=${this.onKeydown}
        @input=${this.onInput}
        @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
        @click=${() => void this.show()}
      />
      <span class="combobox__chevron" aria-hidden="true">▾</span>
      <div
        ${ref(this.listRef)}
        id=${listId}
        class="menu combobox__list"
        role="listbox"
        aria-labelledby=${options.labelId}
        ?hidden=${!this.isOpen}
      >
        ${
          this.isOpen
            ? groups.length
              ? groups.map((group, g) => {
                  const groupId = `${this.id}-g${g}`;
                  return html`<div role="group" aria-labelledby=${groupId}>
                    <div class="combobox__group-label" id=${groupId} role="presentation">
                      ${group.label}
                    </div>
                    ${group.options.map((option) => {
                      const i = index++;
                      // Keyboard choice happens in the text field (aria-activedescendant).
                      // eslint-disable-next-line lit-a11y/click-events-have-key-events
                      return html`<div
                        id=${optionId(i)}
                        role="option"
                        class="combobox__option ${
                          i === this.activeIndex ? 'combobox__option--active' : ''
                        }"
                        aria-selected=${option.value === options.value ? 'true' : 'false'}
                        @pointerdown=${(e: Event) => e.preventDefault()}
                        @click=${() => this.choose(option)}
                      >
                        ${option.label}
                      </div>`;
                    })}
                  </div>`;
                })
              : html`<div class="combobox__empty" role="presentation">${options.emptyLabel}</div>`
            : nothing
        }
      </div>
    </div>`;
  }
}
