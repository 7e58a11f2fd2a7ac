/**
 * Defines custom elements when their tags first appear: it watches the document (and the open shadow roots it can
 * see) and, the first time a known tag shows up, imports that tag's module, like Shoelace's autoloader. Used by
 * the loader (`crm-widgets.loader.js`, every tag) and by the single-file IIFE (the elements it does not carry).
 * No inline code, no eval: it works under `Content-Security-Policy: default-src 'self'`. A module that cannot be
 * fetched is reported on the console, by a `crm-load-error` event on each element of that tag, and by a message
 * shown in the element's place.
 */

/** Detail of `crm-load-error`, fired on each element whose module could not be fetched. */
export interface LoadErrorDetail {
  tag: string;
  url: string;
  message: string;
}

export interface Autoloader {
  /** Loads the module that defines `tag` (once; a failed fetch is tried again next time); resolves when defined. */
  load(tag: string): Promise<void>;
  /** Defines every known tag under `root` and watches the shadow roots in it. */
  discover(root: Element | Document | ShadowRoot): Promise<void>;
}

/** What an element whose module failed says in its place (this code is tiny: its own three languages). */
function failureText(tag: string, lang: string): string {
  if (/^zh-(hant|tw|hk|mo)\b/i.test(lang)) return `無法載入 <${tag}>，請檢查網路後重新整理頁面。`;
  if (/^zh\b/i.test(lang)) return `无法加载 <${tag}>，请检查网络后刷新页面。`;
  return `<${tag}> could not be loaded. Check the connection and reload the page.`;
}

/**
 * Shows the failure where the element stands: the text goes into an attribute that a constructed style sheet
 * (allowed under a strict CSP, unlike inline styles) prints before the undefined element.
 */
let failureSheet: CSSStyleSheet | undefined;
function showFailure(element: Element, url: string): void {
  const tag = element.localName;
  const lang = element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language;
  const message = failureText(tag, lang);
  if (!failureSheet) {
    failureSheet = new CSSStyleSheet();
    failureSheet.replaceSync(':not(:defined)[data-crm-load-error]::before { content: attr(data-crm-load-error); }');
  }
  const root = element.getRootNode() as Document | ShadowRoot;
  if (!root.adoptedStyleSheets.includes(failureSheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, failureSheet];
  element.setAttribute('data-crm-load-error', message);
  element.dispatchEvent(
    new CustomEvent<LoadErrorDetail>('crm-load-error', {
      detail: { tag, url, message },
      bubbles: true,
      composed: true,
    }),
  );
}

/** For a failure load() has reported already (console, event, text in place): the other tags still work. */
const reported = () => undefined;

/** The module's address, as the browser names it in a failed dynamic import's message. */
const urlIn = (error: unknown) => /\bhttps?:\/\/\S+/.exec(error instanceof Error ? error.message : String(error))?.[0];

/**
 * Starts defining the tags of `modules` (tag name to a function importing its module) as they appear in the
 * document. `urlOf` names a tag's module for messages (else the failed import's message does).
 */
export function autoload(
  modules: Readonly<Record<string, () => Promise<unknown>>>,
  urlOf: (tag: string) => string | undefined = () => undefined,
): Autoloader {
  const requested = new Map<string, Promise<void>>();
  const watchedRoots = new WeakSet<Node>();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node).catch(reported);
    }
  });

  function load(tag: string): Promise<void> {
    const importModule = modules[tag];
    if (!importModule) return Promise.reject(new Error(`crm-widgets: no element <${tag}> to load`));
    let promise = requested.get(tag);
    if (!promise) {
      promise = importModule().then(
        () => customElements.whenDefined(tag).then(() => undefined),
        (error: unknown) => {
          requested.delete(tag);
          console.error(`crm-widgets: could not load <${tag}> from ${urlOf(tag) ?? urlIn(error) ?? 'its file'}`, error);
          throw error;
        },
      );
      requested.set(tag, promise);
    }
    return promise;
  }

  function discover(root: Element | Document | ShadowRoot): Promise<void> {
    const waits: Promise<void>[] = [];
    const visit = (element: Element) => {
      const tag = element.localName;
      if (tag in modules && !customElements.get(tag)) {
        waits.push(
          load(tag).then(
            () => {
              element.removeAttribute('data-crm-load-error');
              if (element.shadowRoot) watch(element.shadowRoot);
            },
            (error: unknown) => {
              showFailure(element, urlOf(tag) ?? urlIn(error) ?? '');
              throw error;
            },
          ),
        );
      }
      if (element.shadowRoot) watch(element.shadowRoot);
    };
    if (root instanceof Element) visit(root);
    for (const element of root.querySelectorAll('*')) visit(element);
    return Promise.all(waits).then(() => undefined);
  }

  /** Observes a root for added elements (once per root) and defines what is already in it. */
  function watch(root: Document | ShadowRoot): void {
    if (watchedRoots.has(root)) return;
    watchedRoots.add(root);
    observer.observe(root, { childList: true, subtree: true });
    discover(root).catch(reported);
  }

  watch(document);
  return { load, discover };
}
