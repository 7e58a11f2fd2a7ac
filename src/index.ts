/**
 * crm-widgets: importing this module registers every element.
 * Per-element entry points (`crm-widgets/tier-badge`, ...) register only what they import.
 */
export { CrmProvider } from './components/provider/provider.js';
export { CrmTierBadge } from './components/tier-badge/tier-badge.js';
export * as core from './core/index.js';
export * from './data/index.js';
export { CrmElement } from './internal/crm-element.js';
export { storeContext } from './internal/store-context.js';
export { VERSION } from './internal/version.js';
