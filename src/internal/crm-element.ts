import { type CSSResultGroup, css, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { type LocaleErrorDetail, LocalizeController, type TableLocale, type Translations } from './localize.js';
import { type ThemeName, themeStyles } from './theme.js';
import { VERSION } from './version.js';

/** Event names the suite fires; each element declares its events in GlobalEventHandlersEventMap. */
type CrmEventName = Extract<keyof GlobalEventHandlersEventMap, `crm-${string}`>;
type DetailOf<K extends CrmEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

const warnedTags = new Set<string>();

declare global {
  interface GlobalEventHandlersEventMap {
    'crm-locale-error': CustomEvent<LocaleErrorDetail>;
  }
}

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
      font-family: var(--crm-t-font);
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
    [part~='locale-error'] {
      margin: 0 0 var(--crm-t-space-2);
      padding: var(--crm-t-space-1) var(--crm-t-space-2);
      border-radius: var(--crm-t-radius-sm);
      background: var(--crm-c-warning-bg);
      color: var(--crm-c-warning-text);
      font-size: var(--crm-t-text-sm);
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

  /**
   * The string tables the element reads (`this.localize.strings(x)`): before it renders in a language, that
   * language's modules are fetched, so it never shows English first (`npm run l10n:hant` checks the list).
   */
  static translations: readonly Translations<unknown>[] = [];

  /** The language whose texts could not be fetched (reported once; English stands in and a notice says so). */
  private localeFailure?: TableLocale;

  /** Waits for the element's language tables before an update that needs them (Lit's async update hook). */
  // biome-ignore lint/suspicious/noConfusingVoidType: Lit's own signature.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const tables = (this.constructor as typeof CrmElement).translations;
    const loading = this.localize.load(tables);
    if (!loading) return this.noteLocaleFailure(tables);
    return loading.then(() => this.noteLocaleFailure(tables));
  }

  /** Reports a language that could not be loaded (once per switch to it), then updates. */
  // biome-ignore lint/suspicious/noConfusingVoidType: Lit's own signature.
  private noteLocaleFailure(tables: readonly Translations<unknown>[]): void | Promise<unknown> {
    const failed = this.localize.failedLocale(tables);
    if (failed && failed !== this.localeFailure) {
      const message = this.localize.loadFailedMessage(failed);
      this.emit('crm-locale-error', { lang: this.localize.lang, locale: failed, message });
    }
    this.localeFailure = failed;
    return super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    // The notice sits before the rendered content, outside the part Lit renders, so render() never sees it.
    let notice = this.renderRoot.querySelector(':scope > [part~="locale-error"]');
    if (!this.localeFailure) {
      notice?.remove();
      return;
    }
    if (!notice) {
      notice = document.createElement('p');
      notice.setAttribute('part', 'locale-error');
      notice.setAttribute('role', 'status');
      this.renderRoot.insertBefore(notice, this.renderRoot.firstChild);
    }
    notice.textContent = this.localize.loadFailedMessage(this.localeFailure);
  }

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
