/**
 * What the quote builder renders once it has a quote (the editor's views, action bar, stepper, totals, grid
 * keys, the approvals panel and history, the print document) and CSV/JSON export. Loaded when a builder connects
 * (quote-builder.ts), so a page without a builder never downloads them; the builder shows its loading notice
 * until they and its quote are there.
 */
export { renderActionBar } from './action-bar.js';
export { levelName, renderApproval, renderHistory } from './approval-panel.js';
export { renderDraftLine, renderHeader, renderNotices, renderTitle } from './editor-view.js';
export { download, linesToCsv, quoteToJson } from './export.js';
export { cellKey, focusCell } from './grid-keys.js';
export { renderPrint } from './print-view.js';
export { renderStepper } from './stepper.js';
export { renderTotals } from './totals.js';
