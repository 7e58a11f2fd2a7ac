/**
 * crm-widgets: importing this module registers every element.
 * Per-element entry points (`crm-widgets/tier-badge`, ...) register only what they import.
 */
export { CrmAccountForm } from './components/account-form/account-form.js';
export { CrmAccountList } from './components/account-list/account-list.js';
export { CrmActivityLog } from './components/activity-log/activity-log.js';
export { CrmContactsEditor } from './components/customer-card/contacts-editor.js';
export { CrmCustomerCard } from './components/customer-card/customer-card.js';
export { CrmFunnelChart, type StageSelectDetail } from './components/funnel-chart/funnel-chart.js';
export { CrmImport, type ImportCompleteDetail } from './components/import/import.js';
export { CrmPipelineBoard } from './components/pipeline-board/pipeline-board.js';
export { CrmProvider } from './components/provider/provider.js';
export {
  CrmQuoteBuilder,
  DEFAULT_QUOTE_POLICY,
  type QuoteBuilderPolicy,
} from './components/quote-builder/quote-builder.js';
export { CrmSyncStatus } from './components/sync-status/sync-status.js';
export { CrmTierBadge } from './components/tier-badge/tier-badge.js';
export * as core from './core/index.js';
export * from './data/index.js';
export { CrmElement } from './internal/crm-element.js';
export { type Label, type LabelDomain, labelOf, registerLabels } from './internal/labels.js';
export { type LocaleRegistration, registerLocale } from './internal/localize.js';
export { storeContext } from './internal/store-context.js';
export { syncContext } from './internal/sync-context.js';
export { VERSION } from './internal/version.js';
export * as sync from './sync/index.js';
