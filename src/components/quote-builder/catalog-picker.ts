/**
 * The catalog picker: an ARIA 1.2 combobox (input + listbox with aria-activedescendant). Type to filter by
 * name, alias or code; arrows choose, Enter adds, Escape closes. State lives in this controller; the host
 * renders it and decides what a pick does.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Product } from '../../data/model.js';

const MAX_OPTIONS = 50;

export interface PickerView {
  readonly label: string;
  readonly placeholder: string;
  readonly hint: string;
  readonly noMatch: string;
  readonly disabled: boolean;
  /** A refusal to show under the field (e.g. a product in another currency). */
  readonly error: string | undefined;
  price(product: Product): string;
}

/** Products whose code, name or alias contains every word of the query (case-insensitive). */
export function filterProducts(products: readonly Product[], query: string): Product[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = products.filter((p) => {
    const text = `${p.code} ${p.name} ${p.alias ?? ''}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
  return matches.slice(0, MAX_OPTIONS);
}

export class CatalogPicker implements ReactiveController {
  query = '';
  open = false;
  active = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onPick: (product: Product) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Focuses the search field (the "add line" shortcut). */
  focus(): void {
    this.host.shadowRoot?.querySelector<HTMLInputElement>('#catalog-input')?.focus();
  }

  private set(patch: Partial<Pick<CatalogPicker, 'query' | 'open' | 'active'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  render(products: readonly Product[], view: PickerView) {
    const options = this.open ? filterProducts(products, this.query) : [];
    const active = Math.min(this.active, Math.max(options.length - 1, 0));
    const activeId = this.open && options[active] ? `catalog-option-${active}` : undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (!this.open) return this.set({ open: true, active: 0 });
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.set({ active: Math.max(0, Math.min(options.length - 1, active + step)) });
      } else if (event.key === 'Enter') {
        event.preventDefault();
        const chosen = options[active];
        if (this.open && chosen) this.pick(chosen);
        else this.set({ open: true });
      } else if (event.key === 'Escape' && this.open) {
        event.preventDefault();
        event.stopPropagation();
        this.set({ open: false });
      }
    };
    // The list scrolls, and Chromium makes a scroller a Tab stop: Tab from the field would land on the list,
    // which closes on blur and drops focus to <body>. tabindex=-1 keeps it out of the Tab order.
    return html`<div class="picker" part="picker">
      <label for="catalog-input">${view.label}</label>
      <input
        id="catalog-input"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="catalog-list"
        aria-activedescendant=${activeId ?? nothing}
        aria-describedby="catalog-hint ${view.error ? 'catalog-error' : ''}"
        aria-invalid=${view.error ? 'true' : 'false'}
        aria-keyshortcuts="Control+Enter"
        placeholder=${view.placeholder}
        ?disabled=${view.disabled}
        .value=${live(this.query)}
        @input=${(e: Event) => this.set({ query: (e.target as HTMLInputElement).value, open: true, active: 0 })}
        @keydown=${onKey}
        @focus=${() => this.set({ open: true })}
        @blur=${() => this.set({ open: false })}
      />
      <span id="catalog-hint" class="hint">${view.hint}</span>
      ${view.error ? html`<span id="catalog-error" class="error" role="alert">${view.error}</span>` : nothing}
      <ul id="catalog-list" role="listbox" tabindex="-1" aria-label=${view.label} ?hidden=${!this.open}>
        ${
          this.open && options.length === 0
            ? html`<li role="option" aria-disabled="true" aria-selected="false" class="no-match">${view.noMatch}</li>`
            : options.map(
                (p, i) =>
                  html`<li
                    id="catalog-option-${i}"
                    role="option"
                    aria-selected=${i === active ? 'true' : 'false'}
                    @mousedown=${(e: Event) => e.preventDefault()}
                    @click=${() => this.pick(p)}
                  ><span class="code">${p.code}</span> <span>${p.name}</span> <span class="price">${view.price(p)}</span></li>`,
              )
        }
      </ul>
    </div>`;
  }

  private pick(product: Product): void {
    this.set({ query: '', open: false, active: 0 });
    this.onPick(product);
  }
}
