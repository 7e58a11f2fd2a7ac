/**
 * The quote builder's secondary parts: the approvals panel and history, the print document, CSV/JSON export.
 * Loaded when a builder connects (src/components/quote-builder/quote-builder.ts), so a page without a builder
 * never downloads them; the builder shows its loading notice until they and its quote are there.
 */
export { levelName, renderApproval, renderHistory } from './approval-panel.js';
export { download, linesToCsv, quoteToJson } from './export.js';
export { renderPrint } from './print-view.js';
