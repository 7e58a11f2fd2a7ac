/**
 * The "more" menu of the action bar: an APG menu button (aria-haspopup, aria-expanded) whose menu is a native
 * popover in the top layer, so no container of the page clips it. Arrow keys, Home and End move between the
 * items, Escape closes and gives focus back to the button, Tab leaves and closes.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { iconMore } from '../../internal/icons.js';

export interface MenuItem {
  readonly id: string;
  readonly label: string;
  readonly icon?: TemplateResult<2>;
  readonly disabled?: boolean;
  run(): void;
}

export class MoreMenu implements ReactiveController {
  open = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  private get root(): ShadowRoot | null {
    return this.host.shadowRoot;
  }
  private get menu(): HTMLElement | null {
    return this.root?.querySelector<HTMLElement>('#more-menu') ?? null;
  }
  private get button(): HTMLButtonElement | null {
    return this.root?.querySelector<HTMLButtonElement>('#more-button') ?? null;
  }
  private items(): HTMLButtonElement[] {
    return [...(this.menu?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];
  }

  /** Opens the menu and focuses its first (or last) item. */
  show(focus: 'first' | 'last' = 'first'): void {
    const menu = this.menu;
    if (!menu) return;
    if (!menu.matches(':popover-open')) menu.showPopover();
    const items = this.items();
    (focus === 'first' ? items[0] : items.at(-1))?.focus();
  }

  /** Closes the menu; `refocus` gives focus back to the button (Escape, an item chosen). */
  hide(refocus: boolean): void {
    const menu = this.menu;
    if (menu?.matches(':popover-open')) menu.hidePopover();
    if (refocus) this.button?.focus();
  }

  private readonly onToggle = (event: Event) => {
    this.open = (event as ToggleEvent).newState === 'open';
    // Opened by a click (popovertarget): focus goes into the menu, as the arrow keys do.
    if (this.open && !this.menu?.contains(this.root?.activeElement ?? null)) this.items()[0]?.focus();
    this.host.requestUpdate();
  };

  private readonly onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  private readonly onMenuKey = (event: KeyboardEvent) => {
    const items = this.items();
    const at = items.indexOf(this.root?.activeElement as HTMLButtonElement);
    const go = (i: number) => {
      event.preventDefault();
      items[(i + items.length) % items.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return go(at + 1);
      case 'ArrowUp':
        return go(at - 1);
      case 'Home':
        return go(0);
      case 'End':
        return go(items.length - 1);
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        return this.hide(true);
      case 'Tab':
        return this.hide(false);
    }
  };

  render(label: string, items: readonly MenuItem[]) {
    return html`<span class="more">
      <button type="button" id="more-button" part="button more-button" class="more-button" aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'} aria-controls="more-menu" popovertarget="more-menu"
        @keydown=${this.onButtonKey}>${iconMore()}<span>${label}</span></button>
      <div id="more-menu" part="more-menu" class="more-menu" role="menu" aria-label=${label} popover="auto"
        @toggle=${this.onToggle} @keydown=${this.onMenuKey}>
        ${items.map(
          (item) => html`<button type="button" role="menuitem" class="menu-item ${item.id}" data-menu=${item.id}
            ?disabled=${!!item.disabled} @click=${() => {
              this.hide(true);
              item.run();
            }}>${item.icon ?? nothing}<span>${item.label}</span></button>`,
        )}
      </div>
    </span>`;
  }
}
