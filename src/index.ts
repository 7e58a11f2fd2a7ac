/**
 * crm-widgets: importing this module registers every element.
 * Per-element entry points (`crm-widgets/tier-badge`, ...) register only what they import.
 */
export { CrmAccountForm } from './components/account-form/account-form.js';
export { CrmAccountList } from './components/account-list/account-list.js';
export { CrmActivityLog } from './components/activity-log/activity-log.js';
export { CrmImport, type ImportCompleteDetail } from './components/import/import.js';
export { CrmPipelineBoard } from './components/pipeline-board/pipeline-board.js';
export * from './script-exports.js';
