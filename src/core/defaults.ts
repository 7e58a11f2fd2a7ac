/**
 * The default pricing rules and approval policy as plain data, in a module of their own: the store's guard
 * configuration refers to them without pulling the pricing and approval engines into every page that
 * shows data (the engines load only when a quote or an order is written).
 */
import type { ApprovalPolicy } from './approvals.js';
import type { PricingRules } from './pricing.js';

/**
 * Default discount rules (DOMAIN.md section 6): quantity slab, units 1–100 at 0 %, 101–500 at 5 %, 501+ at
 * 10 %; customer tier A1 3 %, A2 2 %, B1 1 %; 2 % cash discount for prepayment. Promotions are
 * campaign-specific, so none by default.
 */
export const DEFAULT_PRICING_RULES: PricingRules = {
  volume: [
    {
      id: 'volume-quantity',
      name: 'Quantity slab',
      basis: 'quantity',
      method: 'slab',
      tiers: [
        { min: 1, max: 100, percent: 0 },
        { min: 101, max: 500, percent: 5 },
        { min: 501, percent: 10 },
      ],
    },
  ],
  customerTier: { id: 'customer-tier', percents: { A1: 3, A2: 2, B1: 1 } },
  cash: { id: 'cash-prepaid', percent: 2, paymentTerms: ['prepaid'] },
};

/**
 * Default policy: discount above 10/20/30% -> supervisor/project lead/director, on the whole quote and on any
 * single line (one deep line cannot hide in a large quote); margin below 15%/5% -> project lead/director.
 */
export const DEFAULT_APPROVAL_POLICY: ApprovalPolicy = {
  levels: ['supervisor', 'project-lead', 'director'],
  rules: [
    { id: 'discount-10', metric: 'discount', threshold: 10, level: 'supervisor' },
    { id: 'discount-20', metric: 'discount', threshold: 20, level: 'project-lead' },
    { id: 'discount-30', metric: 'discount', threshold: 30, level: 'director' },
    { id: 'line-discount-10', metric: 'discount', scope: 'line', threshold: 10, level: 'supervisor' },
    { id: 'line-discount-20', metric: 'discount', scope: 'line', threshold: 20, level: 'project-lead' },
    { id: 'line-discount-30', metric: 'discount', scope: 'line', threshold: 30, level: 'director' },
    { id: 'margin-15', metric: 'margin', threshold: 15, level: 'project-lead' },
    { id: 'margin-5', metric: 'margin', threshold: 5, level: 'director' },
  ],
  chain: 'cumulative',
  unknownMargin: 'require',
};
