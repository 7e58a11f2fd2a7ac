/**
 * The `<script>` build: every element registered, exports on `window.CrmWidgets`. What a page may never need
 * (Dexie, the sync engine, the virtualizer core, Chart.js, other languages) is fetched from `cdn/` beside the
 * file on first use; iife-modules publishes the modules those parts share with this file (see scripts/iife-parts.ts).
 */
import './cdn/iife-modules.js';

export * from './index.js';
