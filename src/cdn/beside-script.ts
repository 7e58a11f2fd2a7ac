/**
 * In the single-file IIFE build: the URL of a file in the package's folder beside `crm-widgets.iife.js`
 * (`cdn/funnel-canvas.js`, `cdn/locales/…`), for parts only some pages need. Same origin under
 * `default-src 'self'`; another origin needs CORS, like any module script.
 */

// Read while the IIFE runs: afterwards document.currentScript is another script or null.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

export const besideScript = (path: string): string => new URL(path, base).href;
