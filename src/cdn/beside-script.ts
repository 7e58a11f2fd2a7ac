/**
 * In the single-file IIFE build: the URL of a file in the package's folder beside `crm-widgets.iife.js`
 * (`cdn/funnel-canvas.js`, `cdn/locales/…`), for parts only some pages need. Same origin under
 * `default-src 'self'`; another origin needs CORS, like any module script.
 */

// Read while the IIFE runs: afterwards document.currentScript is another script or null.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

export const besideScript = (path: string): string => new URL(path, base).href;

/** Imports the file at `url` once; a failed fetch is forgotten, so the next call tries again. */
export function importOnce<T>(url: string): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= (import(/* @vite-ignore */ url) as Promise<T>).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
