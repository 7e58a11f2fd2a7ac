/**
 * `crm-widgets/core`: the domain rules as plain functions and types (no DOM, no Lit, no Dexie).
 */

export * from './approvals.js';
export * from './capitals.js';
export * from './errors.js';
export * from './funnel.js';
export * from './funnel-incremental.js';
export * from './group.js';
export * from './money.js';
export * from './numeric.js';
export * from './pricing.js';
export * from './tiering.js';
export * from './tiers.js';
export * from './why.js';
