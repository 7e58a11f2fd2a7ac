/**
 * `dist/cdn/crm-widgets.loader.js`: the script-tag way to pay only for the tags a page uses. It watches
 * the document (and the open shadow roots it can see) and, the first time a `crm-*` tag appears, fetches
 * that tag's module from its own folder, like Shoelace's autoloader. No inline code, no eval: it works under
 * `Content-Security-Policy: default-src 'self'`, and from another origin when that origin sends CORS headers.
 * A module that cannot be fetched is reported on the console, by a `crm-load-error` event on each element of
 * that tag, and by a message shown in the element's place.
 *
 *   <script type="module" src="https://intranet-cdn/crm-widgets/cdn/crm-widgets.loader.js"></script>
 */

/** Tag name to module file (relative to this script), derived at build time from the package's element entries. */
declare const __CRM_ELEMENTS__: Record<string, string>;
const ELEMENTS: Record<string, string> = __CRM_ELEMENTS__;

const base = new URL('./', import.meta.url);
const requested = new Map<string, Promise<void>>();
const watchedRoots = new WeakSet<Node>();

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }
});

/** Detail of `crm-load-error`, fired on each element whose module could not be fetched. */
export interface LoadErrorDetail {
  tag: string;
  url: string;
  message: string;
}

/** What an element whose module failed says in its place (the loader is tiny: its own three languages). */
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

/** Loads the module that defines `tag` (once); resolves when the tag is defined. */
export function load(tag: string): Promise<void> {
  const file = ELEMENTS[tag];
  if (!file) return Promise.reject(new Error(`crm-widgets loader: no element <${tag}>`));
  let promise = requested.get(tag);
  if (!promise) {
    promise = import(/* @vite-ignore */ new URL(file, base).href).then(
      () => customElements.whenDefined(tag).then(() => undefined),
      (error: unknown) => {
        requested.delete(tag);
        console.error(`crm-widgets loader: could not load <${tag}> from ${new URL(file, base).href}`, error);
        throw error;
      },
    );
    requested.set(tag, promise);
  }
  return promise;
}

/** Defines every known tag under `root` (an element, a document or a shadow root) and watches its shadow roots. */
export function discover(root: Element | Document | ShadowRoot): Promise<void> {
  const waits: Promise<void>[] = [];
  const visit = (element: Element) => {
    const tag = element.localName;
    if (tag in ELEMENTS && !customElements.get(tag)) {
      waits.push(
        load(tag).then(
          () => {
            element.removeAttribute('data-crm-load-error');
            if (element.shadowRoot) watch(element.shadowRoot);
          },
          (error: unknown) => {
            showFailure(element, new URL(ELEMENTS[tag]!, base).href);
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
  discover(root).catch(() => {
    // Already reported by load(); the other tags on the page still work.
  });
}

watch(document);
