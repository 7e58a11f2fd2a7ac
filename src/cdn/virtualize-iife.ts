/**
 * The IIFE build's `@lit-labs/virtualizer/virtualize.js` (the account list's rows): the same directive, on the
 * IIFE's own Lit, with the Virtualizer core (which has no Lit in it) fetched from `cdn/iife/virtualizer.js`
 * beside the file when a list first renders, so the page never holds a second Lit. Until the core arrives the
 * list shows no rows, then the visible ones. If it cannot be fetched, every row is rendered (no virtualisation:
 * slower on a long list, still usable), the console names the file and the list fires `crm-load-error`.
 * Adapted from @lit-labs/virtualizer 2.1 `virtualize.js` (BSD-3-Clause, Google LLC).
 */
import type { VirtualizeDirectiveConfig } from '@lit-labs/virtualizer/virtualize.js';
import { type ChildPart, noChange } from 'lit';
import { AsyncDirective } from 'lit/async-directive.js';
import { directive, type PartInfo, PartType } from 'lit/directive.js';
import { repeat } from 'lit/directives/repeat.js';
import { besideScript, importOnce } from './beside-script.js';

/** What cdn/iife/virtualizer.js (the package's Virtualizer.js, whose types it does not export) provides. */
interface Virtualizer {
  items: unknown[];
  updateLayoutConfig(layout: object): Promise<boolean>;
  connected(): void;
  disconnected(): void;
}
interface VirtualizerModule {
  Virtualizer: new (config: { hostElement: HTMLElement; layout?: object; scroller?: boolean }) => Virtualizer;
  virtualizerRef: symbol;
}
type VirtualizerHostElement = HTMLElement & Record<symbol, unknown>;

const url = besideScript('cdn/iife/virtualizer.js');
const loadVirtualizer = importOnce<VirtualizerModule>(url);

/** Where a host element holds its virtualizer (copied from the core's own symbol once it has loaded). */
export const virtualizerRef: unique symbol = Symbol('virtualizerRef');

class VirtualizeDirective<T> extends AsyncDirective {
  private module: VirtualizerModule | undefined;
  private virtualizer: Virtualizer | undefined;
  private started = false;
  private failed = false;
  private first = 0;
  private last = -1;
  private items: T[] = [];
  private config: VirtualizeDirectiveConfig<T> = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('The virtualize directive can only be used in child expressions');
  }

  render(config?: VirtualizeDirectiveConfig<T>) {
    if (config) this.config = config;
    const { renderItem = (_item: T, index: number) => index, keyFunction = (item: T) => item } = this.config;
    const last = this.failed ? this.items.length - 1 : this.last;
    const shown = this.first >= 0 && last >= this.first ? this.items.slice(this.first, last + 1) : [];
    return repeat(
      shown,
      (item, index) => keyFunction(item, index + this.first),
      (item, index) => renderItem(item, index + this.first),
    );
  }

  override update(part: ChildPart, [config]: [VirtualizeDirectiveConfig<T>]) {
    this.config = config;
    const itemsChanged = this.items !== config.items;
    this.items = config.items ?? [];
    const host = part.parentNode as VirtualizerHostElement;
    if (this.virtualizer) this.updateVirtualizer(host);
    else if (!this.started && host?.nodeType === Node.ELEMENT_NODE) this.start(host);
    // The virtualizer answers a new list with `rangeChanged`; without one, render what there is now.
    return itemsChanged && this.virtualizer ? noChange : this.render();
  }

  private start(host: VirtualizerHostElement): void {
    this.started = true;
    host.addEventListener('rangeChanged', (event: Event) => {
      ({ first: this.first, last: this.last } = event as Event & { first: number; last: number });
      this.setValue(this.render());
    });
    loadVirtualizer().then(
      (module) => {
        this.module = module;
        this.makeVirtualizer(host);
      },
      (error: unknown) => this.fail(host, error),
    );
  }

  private makeVirtualizer(host: VirtualizerHostElement): void {
    this.virtualizer?.disconnected();
    const { layout, scroller } = this.config;
    this.virtualizer = new this.module!.Virtualizer({ hostElement: host, layout, scroller });
    host[virtualizerRef] = host[this.module!.virtualizerRef];
    this.virtualizer.items = this.items;
    this.virtualizer.connected();
    if (!this.isConnected) this.virtualizer.disconnected();
  }

  private async updateVirtualizer(host: VirtualizerHostElement): Promise<void> {
    const compatible = await this.virtualizer!.updateLayoutConfig(this.config.layout ?? {});
    if (!compatible) this.makeVirtualizer(host);
    this.virtualizer!.items = this.items;
  }

  private fail(host: VirtualizerHostElement, error: unknown): void {
    this.failed = true;
    this.first = 0;
    console.error(`crm-widgets: could not load ${url}; the list renders every row instead`, error);
    const owner = (host.getRootNode() as ShadowRoot).host ?? host;
    owner.dispatchEvent(
      new CustomEvent('crm-load-error', {
        detail: { tag: owner.localName, url, message: `${url} could not be loaded: ${error}` },
        bubbles: true,
        composed: true,
      }),
    );
    this.setValue(this.render());
  }

  override disconnected(): void {
    this.virtualizer?.disconnected();
  }

  override reconnected(): void {
    this.virtualizer?.connected();
  }
}

export const virtualize = directive(VirtualizeDirective);
