/**
 * The `<script>` build: the first wave of elements registered, exports on `window.CrmWidgets`. The later elements
 * (account list and form, import, activity log, pipeline board) are defined when their tags first appear, and what
 * a page may never need (Dexie, the sync engine, the virtualizer core, Chart.js, other languages) on first use:
 * both fetched from `cdn/` beside the file. iife-modules publishes the modules those parts share with this file
 * (see scripts/iife-parts.ts).
 */
import './cdn/iife-modules.js';

export { loadElement } from './cdn/iife-elements.js';
export * from './script-exports.js';
