import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Translation, zhCN } from './translations.js';

export type Locale = 'en' | 'zh-CN';

const translations: Record<Locale, Translation> = { en, 'zh-CN': zhCN };

/** Maps any BCP 47 tag to a supported locale: every Chinese tag to zh-CN, everything else to English. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

const controllers = new Set<LocalizeController>();
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

  /** A translated term; terms that take arguments are functions in the tables. */
  term<K extends keyof Translation>(
    key: K,
    ...args: Translation[K] extends (...a: infer P) => string ? P : []
  ): string {
    const entry = translations[this.locale][key] as string | ((...a: unknown[]) => string);
    return typeof entry === 'function' ? entry(...args) : entry;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.locale, options).format(value);
  }
}
