import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { moneyText } from './format.js';
import { hantVariant, type LabelDomain, localText, onLabelsChanged, registerLabelLocale } from './labels.js';

/** The languages every widget ships strings for; other languages are registered by the page. */
export type Locale = 'en' | 'zh-CN';

/**
 * A component's UI strings: one table per language with the same keys (the type checker enforces it).
 * Terms that take arguments are functions. Each component keeps its own table beside it, so a widget
 * ships only its own strings.
 */
export type Translations<T> = {
  en: T;
  'zh-CN': NoInfer<T>;
  /** Generated from zh-CN by scripts/zh-hant.mjs (OpenCC), committed; never converted at run time. */
  'zh-TW'?: NoInfer<T>;
  'zh-HK'?: NoInfer<T>;
};

/** Maps any BCP 47 tag to a supported locale: every Chinese tag to zh-CN, everything else to English. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

const controllers = new Set<LocalizeController>();

/** A language the page added: the shipped language it falls back to, and its strings per element tag. */
export interface LocaleRegistration {
  /** Where terms it does not translate come from (default `en`). */
  base?: Locale;
  /** Per element tag (`'crm-tier-badge'`), the terms it translates; the rest come from `base`. */
  strings?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Labels of data codes, per domain (`{ industry: { energy: 'エネルギー' } }`). */
  labels?: Readonly<Partial<Record<LabelDomain, Readonly<Record<string, string>>>>>;
}

const registrations = new Map<string, LocaleRegistration>();
/** Merged tables (base plus a registration's terms), per registered terms object and shipped table. */
const merged = new WeakMap<object, WeakMap<object, unknown>>();

function rerenderAll(): void {
  for (const controller of controllers) controller.host.requestUpdate();
}
onLabelsChanged(rerenderAll);

/**
 * Adds a language (or replaces terms of a shipped one for a region, e.g. `zh-SG`):
 * `registerLocale('ja', { strings: { 'crm-tier-badge': { none: '未分類' } }, labels: { industry: { energy: 'エネルギー' } } })`.
 * A widget whose `lang` resolves to it (exactly, else by language: `ja-JP` → `ja`) uses its terms, the base
 * language's for the rest, and the page language's number formats. Connected widgets re-render.
 */
export function registerLocale(lang: string, registration: LocaleRegistration): void {
  const key = lang.toLowerCase();
  registrations.set(key, registration);
  if (registration.labels) registerLabelLocale(key, registration.labels);
  rerenderAll();
}

function registrationOf(lang: string): [string, LocaleRegistration] | undefined {
  const tag = lang.toLowerCase();
  const primary = tag.split('-')[0] ?? tag;
  for (const key of [tag, primary]) {
    const found = registrations.get(key);
    if (found) return [key, found];
  }
  return undefined;
}

/** Building an Intl.NumberFormat costs far more than formatting with one: keep one per locale and options. */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${options ? JSON.stringify(options) : ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}
let observer: MutationObserver | undefined;

/** Whether Intl formats numbers for a tag (asked once per tag: number() runs for every figure). */
const knownTags = new Map<string, boolean>();
function isKnown(lang: string): boolean {
  let known = knownTags.get(lang);
  if (known === undefined) {
    try {
      known = Intl.NumberFormat.supportedLocalesOf(lang).length > 0;
    } catch {
      known = false;
    }
    knownTags.set(lang, known);
  }
  return known;
}

/** One observer for the whole page: a `lang` change anywhere re-renders the connected widgets. */
function watchLang(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const controller of controllers) controller.host.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * The locale of an element: its own `lang`, else the nearest ancestor's (crossing shadow roots),
 * else the document's, else the browser's. Term lookup and number formatting follow it.
 */
export class LocalizeController implements ReactiveController {
  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watchLang();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /**
   * The element's language tag as the page set it (`zh-TW`, `de-CH`, …): its own `lang`, else the nearest
   * ancestor's (crossing shadow roots), else the document's, else the browser's.
   */
  get lang(): string {
    // The own property first: during render a just-set `lang` is not reflected to the attribute yet.
    if (this.host.lang) return this.host.lang;
    let node: Element | null = this.host;
    while (node) {
      const owner: Element | null = node.closest('[lang]:not([lang=""])');
      const lang = owner?.getAttribute('lang');
      if (lang) return lang;
      const root = (owner ?? node).getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
    return document.documentElement.lang || navigator.language;
  }

  /** The shipped language whose terms apply: a registered language's base, else by `toLocale`. */
  get locale(): Locale {
    const lang = this.lang;
    return registrationOf(lang)?.[1].base ?? toLocale(lang);
  }

  /** The table of the current locale, e.g. `const t = this.localize.strings(badgeStrings); t.unknown`. */
  strings<T>(translations: Translations<T>): T {
    const locale = this.locale;
    const variant = locale === 'zh-CN' ? hantVariant(this.lang) : undefined;
    const base = (variant && translations[variant]) || translations[locale];
    const own = registrationOf(this.lang)?.[1].strings?.[this.host.localName];
    if (!own) return base;
    let tables = merged.get(own);
    if (!tables) {
      tables = new WeakMap();
      merged.set(own, tables);
    }
    let table = tables.get(translations) as T | undefined;
    if (!table) {
      // Only terms the base table has: a registration cannot add keys a widget never reads.
      const picked = Object.fromEntries(Object.entries(own).filter(([k]) => k in (base as object)));
      table = { ...base, ...picked } as T;
      tables.set(translations, table);
    }
    return table;
  }

  /** Numbers in the page's language when the browser knows it (`de` → 1.234,5), else in the locale's. */
  get numberLocale(): string {
    const lang = this.lang;
    return isKnown(lang) ? lang : this.locale;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.numberLocale, options).format(value);
  }

  /** A core model's bilingual text (`{ en, 'zh-CN' }`, e.g. a tier name) in this element's language. */
  text(value: { readonly en: string; readonly 'zh-CN': string }): string {
    return localText(value, this.locale, this.lang);
  }

  /** Money in the same number format: compact for summaries, exact (every minor unit) otherwise. */
  money(amount: number, currency: string, style: 'summary' | 'exact' = 'exact'): string {
    return moneyText(amount, currency, this.numberLocale, style);
  }
}
