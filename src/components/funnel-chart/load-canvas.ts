/**
 * Fetches the Chart.js side of the funnel (about 46 kB gzip) the first time a funnel draws. The script-tag
 * build swaps this module for src/cdn/load-canvas-iife.ts, which fetches the same code from the package's
 * `cdn/` folder, so the single-file IIFE does not carry Chart.js for pages without a funnel.
 */
export const loadCanvas = () => import('./funnel-canvas.js');
