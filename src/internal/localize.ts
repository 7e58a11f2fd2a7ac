import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  hantVariant,
  type LabelDomain,
  localText,
  onLabelsChanged,
  registerLabelLocale,
  traditionalLabelsLoaded,
  traditionalLabelsReady,
} from './labels.js';

/**
 * Money printing (money-text.ts with money-format.ts, about 1 KiB) is not part of the element base: it comes with
 * format.ts (which elements that print money import), else CrmElement loads it before the first update of an element
 * that prints money (as it waits for language tables). A page of badges does not download it.
 */
let moneyPrinter: typeof import('./money-text.js').moneyText | undefined;
let moneyLoad: Promise<void> | undefined;
let moneyError: unknown;

/** Called by money-text.ts as it loads (statically with format.ts, or by `loadMoneyPrinting`). */
export function setMoneyPrinter(printer: typeof import('./money-text.js').moneyText): void {
  moneyPrinter = printer;
}

/** Loads money printing unless it is here; undefined when it is (or failed: see `moneyLoadError`). */
export function loadMoneyPrinting(): Promise<void> | undefined {
  if (moneyPrinter || moneyError) return undefined;
  moneyLoad ??= import('./money-text.js').then(
    () => undefined,
    (error: unknown) => {
      moneyError = error;
    },
  );
  return moneyLoad;
}

/** Why money printing could not be fetched, if it could not (the element reports it; amounts stay out). */
export const moneyLoadError = (): unknown => moneyError;

/** The languages every widget ships strings for; other languages are registered by the page. */
export type Locale = 'en' | 'zh-CN';

/** A language's table in its own module, fetched the first time an element renders in that language. */
export type TableModule<T> = () => Promise<{ default: T }>;

/**
 * A component's UI strings: the English table inline (it defines the keys; the type checker holds every other
 * language to them), the other languages as modules loaded on demand (scripts/zh-hant.mjs writes the loaders
 * and generates zh-TW / zh-HK from zh-CN). Terms that take arguments are functions. Each component keeps its
 * own tables beside it, so a widget ships only its own strings, and a page only its language's.
 */
export type Translations<T> = {
  en: T;
  'zh-CN': NoInfer<T> | TableModule<NoInfer<T>>;
  /** Generated from zh-CN by scripts/zh-hant.mjs (OpenCC), committed; never converted at run time. */
  'zh-TW'?: NoInfer<T> | TableModule<NoInfer<T>>;
  'zh-HK'?: NoInfer<T> | TableModule<NoInfer<T>>;
};

/** Whether a language's entry is a module still to load (tables are objects, loaders functions). */
const isModule = <T>(entry: T | TableModule<T>): entry is TableModule<T> => typeof entry === 'function';

/** The table keys a page can need besides English. */
export type TableLocale = 'zh-CN' | 'zh-TW' | 'zh-HK';

/** A table module's state: loading, loaded, or failed (then English stands in for the rest of the page's life). */
interface ModuleState {
  promise: Promise<void>;
  table?: unknown;
  error?: unknown;
}
const modules = new WeakMap<TableModule<unknown>, ModuleState>();

function loadModule(load: TableModule<unknown>, locale: TableLocale, tag: string): ModuleState {
  let state = modules.get(load);
  if (!state) {
    const entry: ModuleState = {
      promise: load().then(
        (module) => {
          entry.table = module.default;
        },
        (error: unknown) => {
          entry.error = error;
          console.warn(`crm-widgets: the ${locale} texts of <${tag}> could not be loaded; showing English.`, error);
        },
      ),
    };
    state = entry;
    modules.set(load, state);
  }
  return state;
}

/**
 * What an element says, in the language it could not load, when that language's texts could not be fetched
 * (inline: the failed table cannot say it). The Traditional texts are OpenCC's conversions of the Simplified one (see scripts/zh-hant.mjs).
 */
const LOAD_FAILED: Record<TableLocale, string> = {
  'zh-CN': '无法加载中文界面文字，暂以英文显示。',
  'zh-TW': '無法載入中文介面文字，暫以英文顯示。',
  'zh-HK': '無法加載中文界面文字，暫以英文顯示。',
};

/** Detail of `crm-locale-error`: a language's texts could not be fetched, so the element shows English. */
export interface LocaleErrorDetail {
  /** The element's language tag (`zh-TW`). */
  lang: string;
  /** The table that failed (`zh-CN`, `zh-TW`, `zh-HK`). */
  locale: string;
  /** The localised message the element shows. */
  message: string;
}

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
    const key = this.tableLocale;
    const base = key ? (this.table(translations, key) ?? translations.en) : translations.en;
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

  /** The non-English table this element reads (`zh-TW` for Taiwan and Traditional tags), if any. */
  get tableLocale(): TableLocale | undefined {
    return this.locale === 'zh-CN' ? (hantVariant(this.lang) ?? 'zh-CN') : undefined;
  }

  /** A language's table when it is here (inline or loaded); else starts loading it (re-rendering on arrival). */
  private table<T>(translations: Translations<T>, key: TableLocale): T | undefined {
    // A missing Traditional table reads the Simplified one.
    const entry = translations[key] ?? translations['zh-CN'];
    if (!isModule(entry)) return entry;
    const state = loadModule(entry as TableModule<unknown>, key, this.host.localName);
    if (state.table === undefined && state.error === undefined) {
      // A table the element did not declare in `static translations`: it renders English until then.
      state.promise.then(() => this.host.requestUpdate());
    }
    return state.table as T | undefined;
  }

  /** The states of this element's language modules (starting the loads not started yet). */
  private modulesOf(tables: readonly Translations<unknown>[], key: TableLocale): ModuleState[] {
    return tables.flatMap((translations) => {
      const entry = translations[key] ?? translations['zh-CN'];
      return isModule(entry) ? [loadModule(entry, key, this.host.localName)] : [];
    });
  }

  /**
   * Loads this element's language tables (and, for zh-TW / zh-HK, the Traditional labels) if they are not here
   * yet; undefined when nothing needs loading (then the update need not wait).
   */
  load(tables: readonly Translations<unknown>[]): Promise<unknown> | undefined {
    const key = this.tableLocale;
    if (!key) return undefined;
    const states = this.modulesOf(tables, key);
    const waits = states.filter((s) => s.table === undefined && s.error === undefined).map((s) => s.promise);
    // Elements with tables to translate also name codes: their Traditional labels come with them.
    if (states.length && key !== 'zh-CN' && !traditionalLabelsLoaded()) waits.push(traditionalLabelsReady());
    return waits.length ? Promise.all(waits) : undefined;
  }

  /** The language whose tables could not be fetched (English stands in for them), if any. */
  failedLocale(tables: readonly Translations<unknown>[]): TableLocale | undefined {
    const key = this.tableLocale;
    return key && this.modulesOf(tables, key).some((s) => s.error !== undefined) ? key : undefined;
  }

  /** The message for a language whose texts could not be fetched, in that language where it can be said. */
  loadFailedMessage(locale: TableLocale): string {
    return LOAD_FAILED[locale];
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
    // Loaded before the element's first update (see loadMoneyPrinting); empty only when it could not be fetched.
    return moneyPrinter ? moneyPrinter(amount, currency, this.numberLocale, style) : '';
  }
}
