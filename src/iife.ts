/** The `<script>` build: everything bundled, every element registered, exports on `window.CrmWidgets`. */
export * from './index.js';
