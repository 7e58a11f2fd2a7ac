/**
 * The IIFE build's replacement for src/components/funnel-chart/load-canvas.ts: Chart.js is not in
 * `crm-widgets.iife.js`; a funnel that draws fetches `cdn/funnel-canvas.js` from beside the IIFE file.
 */
import { besideScript } from './beside-script.js';

type CanvasModule = typeof import('../components/funnel-chart/funnel-canvas.js');

export const loadCanvas = (): Promise<CanvasModule> => import(/* @vite-ignore */ besideScript('cdn/funnel-canvas.js'));
