/**
 * What the single-file IIFE carries and puts on `window.CrmWidgets` (src/iife.ts), and `crm-widgets` with the
 * elements the IIFE fetches when they first appear (src/index.ts adds them).
 */
export { CrmContactsEditor } from './components/customer-card/contacts-editor.js';
export { CrmCustomerCard } from './components/customer-card/customer-card.js';
export { CrmFunnelChart, type StageSelectDetail } from './components/funnel-chart/funnel-chart.js';
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
