/**
 * `crm-widgets/core`: the domain engines as plain functions and their types (no DOM, no Lit, no
 * Dexie). The exact-arithmetic helpers the engines are built from (rounding division, scaled
 * decimals, the checked add) are not part of this API: they live in `crm-widgets/core/internal`
 * and may change between minor versions.
 */

export * from './activities.js';
export * from './approvals.js';
export * from './capitals.js';
export * from './errors.js';
export {
  computeFunnel,
  DEFAULT_STAGES,
  type FunnelCustomer,
  type FunnelFilters,
  type FunnelOpportunity,
  type FunnelOptions,
  type FunnelResult,
  type FunnelStageRow,
  type StageDef,
  type StageKind,
  type StageTime,
  type UnconvertedAmount,
} from './funnel.js';
export { IncrementalFunnel, InvalidOpportunityError } from './funnel-incremental.js';
export * from './group.js';
export * from './money.js';
export { type Ratio, ROUNDING_MODES, type RoundingMode } from './numeric.js';
export * from './phone.js';
export * from './pipeline.js';
export * from './pricing.js';
export * from './tiering.js';
export * from './tiers.js';
export type { WhyStep } from './why.js';
