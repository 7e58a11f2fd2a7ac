import {
  adoptStyles,
  type CSSResult,
  type CSSResultGroup,
  css,
  LitElement,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {
  type LocaleErrorDetail,
  LocalizeController,
  loadMoneyPrinting,
  moneyLoadError,
  type TableLocale,
  type Translations,
} from './localize.js';
import { type ThemeName, themeStyles } from './theme.js';
import { VERSION } from './version.js';

/** Event names the suite fires; each element declares its events in GlobalEventHandlersEventMap. */
type CrmEventName = Extract<keyof GlobalEventHandlersEventMap, `crm-${string}`>;
type DetailOf<K extends CrmEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

const warnedTags = new Set<string>();

/** Detail of `crm-load-error`: a module the element needed could not be fetched (the element says so in its place). */
export interface LoadErrorDetail {
  tag: string;
  /** The module's address when the browser named it, else empty. */
  url: string;
  /** The localised message the element shows. */
  message: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'crm-locale-error': CustomEvent<LocaleErrorDetail>;
    'crm-load-error': CustomEvent<LoadErrorDetail>;
  }
}

/** What an element says when a part of it could not be fetched (inline: the failed module cannot say it). */
const PART_FAILED: Record<TableLocale | 'en', (tag: string) => string> = {
  en: (tag) => `Part of <${tag}> could not be loaded. Check the connection and reload the page.`,
  'zh-CN': (tag) => `无法加载 <${tag}> 的部分内容，请检查网络后刷新页面。`,
  'zh-TW': (tag) => `無法載入 <${tag}> 的部分內容，請檢查網路後重新整理頁面。`,
  'zh-HK': (tag) => `無法加載 <${tag}> 的部分內容，請檢查網絡後刷新頁面。`,
};

/** `theme` words naming a design preset: their tokens (theme-presets.ts) load with the first element that names one. */
const PRESET_WORD = /(^|\s)(antd|element|default)(\s|$)/;
let presets: CSSResult | undefined;
let presetsLoad: Promise<void> | undefined;
let presetsError: unknown;
const loadPresets = () =>
  (presetsLoad ??= import('./theme-presets.js').then(
    (module) => {
      presets = module.presetStyles;
    },
    (error: unknown) => {
      presetsError = error;
    },
  ));

/**
 * The base of every crm-widgets element: guarded registration, reactive language, shared host styles
 * and a typed event helper. What it documents here is inherited by every element in the manifest.
 *
 * @fires crm-locale-error - The element's texts in its language could not be fetched: `{ lang, locale, message }`;
 * it shows English with a localised notice.
 * @fires crm-load-error - A part of the element could not be fetched: `{ tag, url, message }`; a localised notice
 * says so in its place.
 * @csspart locale-error - The notice that the element's language could not be loaded.
 * @csspart load-error - The notice that a part of the element could not be loaded.
 */
export class CrmElement extends LitElement {
  static readonly version: string = VERSION;

  // Reactive properties declared without decorators: a page of presentational elements then loads no decorator code.
  static override properties: PropertyDeclarations = { lang: { reflect: true }, theme: { reflect: true } };

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
    [part~='locale-error'],
    [part~='load-error'] {
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
    // Fetched from registration on, so it is usually here before the first update (which waits for it otherwise).
    if (this.printsMoney) loadMoneyPrinting();
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
  override lang!: string;

  /**
   * Colour scheme of this element and every widget inside it: `light`, `dark`, or `auto` (follow
   * `prefers-color-scheme`). Unset, the nearest themed ancestor's applies (pure CSS: see theme.ts).
   */
  theme?: ThemeName;

  protected readonly localize = new LocalizeController(this);

  /**
   * The string tables the element reads (`this.localize.strings(x)`): before it renders in a language, that
   * language's modules are fetched, so it never shows English first (`npm run l10n:hant` checks the list).
   */
  static translations: readonly Translations<unknown>[] = [];

  /**
   * Whether the element prints money (`this.localize.money`): money printing is then fetched before its first
   * update. An element that never does sets it false and keeps that code off its pages.
   */
  static printsMoney = true;

  /** The language whose texts could not be fetched (reported once; English stands in and a notice says so). */
  private localeFailure?: TableLocale;

  /** String tables that came with a part loaded later (updates wait for them like for `translations`). */
  private addedTranslations: Translations<unknown>[] = [];
  /** Styles adopted after the class's own (a preset, a part loaded later). */
  private addedStyles: CSSResult[] = [];
  /** A part could not be fetched (its notice shows until the page reloads). */
  private partFailed = false;

  /**
   * Waits for the element's language tables, and for the theme presets when `theme` names one, before an update
   * that needs them (Lit's async update hook): the element never shows English or the default look first.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: Lit's own signature.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const own = (this.constructor as typeof CrmElement).translations;
    const tables = this.addedTranslations.length ? [...own, ...this.addedTranslations] : own;
    const loading = this.localize.load(tables);
    const preset = this.theme && PRESET_WORD.test(this.theme) && !presets && !presetsError ? loadPresets() : undefined;
    const money = (this.constructor as typeof CrmElement).printsMoney ? loadMoneyPrinting() : undefined;
    if (!loading && !preset && !money) return this.noteLocaleFailure(tables);
    return Promise.all([loading, preset, money]).then(() => this.noteLocaleFailure(tables));
  }

  /**
   * Adds a string table that came with a module loaded later: the updates after this one wait for it in the
   * element's language (and report it failing) like `static translations`.
   */
  protected addTranslations(table: Translations<unknown>): void {
    if (!this.addedTranslations.includes(table)) this.addedTranslations.push(table);
  }

  /**
   * Adds styles that came with a module loaded later (constructed style sheets, allowed under a strict CSP) to this
   * element's shadow root, after its own; before the update that first needs them, so nothing shows unstyled.
   */
  protected addStyles(styles: CSSResult): void {
    const root = this.renderRoot;
    if (this.addedStyles.includes(styles) || !(root instanceof ShadowRoot)) return;
    this.addedStyles.push(styles);
    // Appended, so sheets others adopted into this root (a nested contacts editor's) stay.
    const sheet = styles.styleSheet;
    if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    else adoptStyles(root, [styles]); // no constructed sheets: Lit adds a <style> (with the page's nonce)
  }

  /**
   * Reports a part of the element that could not be fetched: on the console, by `crm-load-error`, and by a localised
   * notice in the element (once per element; what the part would have shown stays out).
   */
  protected reportLoadFailure(part: string, error: unknown): void {
    console.error(`<${this.localName}>: could not load ${part}`, error);
    if (this.partFailed) return;
    const message = PART_FAILED[this.localize.tableLocale ?? 'en'](this.localName);
    this.partFailed = true;
    const url = /\bhttps?:\/\/\S+/.exec(error instanceof Error ? error.message : String(error))?.[0] ?? '';
    this.emit('crm-load-error', { tag: this.localName, url, message });
    this.requestUpdate();
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
    if (this.theme && PRESET_WORD.test(this.theme)) {
      if (presets) this.addStyles(presets);
      else if (presetsError && !this.partFailed) this.reportLoadFailure('the theme presets', presetsError);
    }
    const moneyError = (this.constructor as typeof CrmElement).printsMoney && moneyLoadError();
    if (moneyError && !this.partFailed) this.reportLoadFailure('money printing', moneyError);
    super.update(changed);
    // The notices sit before the rendered content, outside the part Lit renders, so render() never sees them.
    this.notice('locale-error', this.localeFailure && this.localize.loadFailedMessage(this.localeFailure));
    this.notice(
      'load-error',
      this.partFailed ? PART_FAILED[this.localize.tableLocale ?? 'en'](this.localName) : undefined,
    );
  }

  /** Shows (or removes, without text) the notice of one kind before the rendered content. */
  private notice(part: 'locale-error' | 'load-error', text: string | undefined): void {
    let notice = this.renderRoot.querySelector(`:scope > [part~="${part}"]`);
    if (!text) {
      notice?.remove();
      return;
    }
    if (!notice) {
      notice = document.createElement('p');
      notice.setAttribute('part', part);
      notice.setAttribute('role', 'status');
      this.renderRoot.insertBefore(notice, this.renderRoot.firstChild);
    }
    notice.textContent = text;
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
