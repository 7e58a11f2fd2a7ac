import { type ApprovalPolicy, DEFAULT_APPROVAL_POLICY } from '../../core/approvals.js';
import { CHINA_VAT_RATES, type PricingRules } from '../../core/pricing.js';

/** Everything the quote builder lets the page configure: pricing rules, approval thresholds, limits, VAT table. */
export interface QuoteBuilderPolicy {
  /** Discount rules handed to `priceQuote` (promotions, volume tiers, customer-tier and cash discounts). */
  readonly pricing: PricingRules;
  /** Approval thresholds and levels handed to `requiredApprovals` / `approvalStatus`. */
  readonly approval: ApprovalPolicy;
  /** The highest manual line discount a salesperson may type, in percent. */
  readonly maxLineDiscount: number;
  /** VAT rates offered for free-text lines. */
  readonly vatRates: readonly number[];
  /** Payment terms offered in the header (free text is allowed too). */
  readonly paymentTerms: readonly string[];
  /** Currencies offered in the header. */
  readonly currencies: readonly string[];
}

/**
 * Defaults from DOMAIN.md section 6 and the README worked quote: quantity slab 0–99 at 0 %, 100–499 at 5 %,
 * 500+ at 10 %; customer tier A1 3 %, A2 2 %, B1 1 %; 2 % cash discount for prepayment; Chinese VAT rates;
 * approvals by discount and margin. Promotions are campaign-specific, so none by default.
 */
export const DEFAULT_QUOTE_POLICY: QuoteBuilderPolicy = {
  pricing: {
    volume: [
      {
        id: 'volume-quantity',
        name: 'Quantity slab',
        basis: 'quantity',
        method: 'slab',
        tiers: [
          { from: 0, percent: 0 },
          { from: 100, percent: 5 },
          { from: 500, percent: 10 },
        ],
      },
    ],
    customerTier: { id: 'customer-tier', percents: { A1: 3, A2: 2, B1: 1 } },
    cash: { id: 'cash-prepaid', percent: 2, paymentTerms: ['prepaid'] },
  },
  approval: DEFAULT_APPROVAL_POLICY,
  maxLineDiscount: 50,
  vatRates: CHINA_VAT_RATES,
  paymentTerms: ['prepaid', 'net-10', 'net-30', 'net-60', 'net-90'],
  currencies: ['CNY', 'USD', 'EUR', 'HKD', 'JPY'],
};

/** The effective policy: each top-level part given replaces the default part (no deep merge, no surprises). */
export function resolvePolicy(...parts: (Partial<QuoteBuilderPolicy> | undefined)[]): QuoteBuilderPolicy {
  return Object.assign({}, DEFAULT_QUOTE_POLICY, ...parts.filter(Boolean));
}

/**
 * Reads a `<script type="application/json">` child of the element as a partial policy. JSON.parse only:
 * the text is data, never evaluated. Throws a SyntaxError for malformed JSON and a TypeError for a non-object.
 */
export function readPolicyScript(host: Element): Partial<QuoteBuilderPolicy> | undefined {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return undefined;
  const value: unknown = JSON.parse(script.textContent ?? '');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError('the policy must be a JSON object');
  }
  return value as Partial<QuoteBuilderPolicy>;
}
