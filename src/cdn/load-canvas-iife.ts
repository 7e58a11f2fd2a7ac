/**
 * The IIFE build's replacement for src/components/funnel-chart/load-canvas.ts: Chart.js is not in
 * `crm-widgets.iife.js`; a funnel that draws fetches `cdn/funnel-canvas.js` from beside the IIFE file
 * (same origin under `default-src 'self'`; another origin needs CORS, like any module script).
 */
type CanvasModule = typeof import('../components/funnel-chart/funnel-canvas.js');

// Read while the IIFE runs: afterwards document.currentScript is another script or null.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

export const loadCanvas = (): Promise<CanvasModule> =>
  import(/* @vite-ignore */ new URL('cdn/funnel-canvas.js', base).href);
