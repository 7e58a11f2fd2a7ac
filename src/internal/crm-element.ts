import { type CSSResultGroup, css, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from './localize.js';
import { type ThemeName, themeStyles } from './theme.js';
import { VERSION } from './version.js';

/** Event names the suite fires; each element declares its events in GlobalEventHandlersEventMap. */
type CrmEventName = Extract<keyof GlobalEventHandlersEventMap, `crm-${string}`>;
type DetailOf<K extends CrmEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

const warnedTags = new Set<string>();

/**
 * The base of every crm-widgets element: guarded registration, reactive language, shared host styles
 * and a typed event helper.
 */
export class CrmElement extends LitElement {
  static readonly version: string = VERSION;

  static override styles: CSSResultGroup = [
    themeStyles,
    css`
    :host {
      box-sizing: border-box;
      font-family: var(--crm-font-family, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif);
      color: var(--crm-c-text);
    }
    :host([hidden]) {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
  `,
  ];

  /**
   * Registers this class under `tag` unless the tag is taken. The same version registered by another
   * bundle on the page is fine (no-op); a different version gets one console warning, never an exception.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (!existing) {
      customElements.define(tag, this);
      return;
    }
    if (existing === this || existing.version === this.version || warnedTags.has(tag)) return;
    warnedTags.add(tag);
    console.warn(
      `crm-widgets: <${tag}> is already registered by version ${existing.version ?? 'unknown'}; ` +
        `version ${this.version} on this page uses that one.`,
    );
  }

  /** The element's language (`zh-CN`, `en`); when unset, the nearest ancestor's or the document's applies. */
  @property({ reflect: true }) override lang!: string;

  /**
   * Colour scheme of this element and every widget inside it: `light`, `dark`, or `auto` (follow
   * `prefers-color-scheme`). Unset, the nearest themed ancestor's applies (pure CSS: see theme.ts).
   */
  @property({ reflect: true }) theme?: ThemeName;

  protected readonly localize = new LocalizeController(this);

  /** Fires a `crm-*` event that bubbles out of shadow roots; returns false if a listener cancelled it. */
  protected emit<K extends CrmEventName>(
    name: K,
    detail: DetailOf<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(crmEvent(name, detail, options.cancelable ?? false));
  }
}

/** Outside the class so the manifest analyzer lists each element's declared `@fires`, not a generic event. */
function crmEvent<K extends CrmEventName>(name: K, detail: DetailOf<K>, cancelable: boolean): CustomEvent<DetailOf<K>> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
}
