/**
 * `crm-widgets/core`: the domain rules as plain functions and types (no DOM, no Lit, no Dexie).
 */
export * from './tiers.js';
