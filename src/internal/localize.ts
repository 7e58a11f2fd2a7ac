import type { ReactiveController, ReactiveControllerHost } from 'lit';
export type Locale = 'en' | 'zh-CN';

/**
 * A component's UI strings: one table per language with the same keys (the type checker enforces it).
 * Terms that take arguments are functions. Each component keeps its own table beside it, so a widget
 * ships only its own strings.
 */
export type Translations<T> = { en: T; 'zh-CN': NoInfer<T> };

/** Maps any BCP 47 tag to a supported locale: every Chinese tag to zh-CN, everything else to English. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

const controllers = new Set<LocalizeController>();

/** Building an Intl.NumberFormat costs far more than formatting with one: keep one per locale and options. */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${options ? JSON.stringify(options) : ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}
let observer: MutationObserver | undefined;

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

  get locale(): Locale {
    // The own property first: during render a just-set `lang` is not reflected to the attribute yet.
    if (this.host.lang) return toLocale(this.host.lang);
    let node: Element | null = this.host;
    while (node) {
      const owner: Element | null = node.closest('[lang]:not([lang=""])');
      const lang = owner?.getAttribute('lang');
      if (lang) return toLocale(lang);
      const root = (owner ?? node).getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
    return toLocale(document.documentElement.lang || navigator.language);
  }

  /** The table of the current locale, e.g. `const t = this.localize.strings(badgeStrings); t.unknown`. */
  strings<T>(translations: Translations<T>): T {
    return translations[this.locale];
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.locale, options).format(value);
  }
}
