import { type ApprovalPolicy, DEFAULT_APPROVAL_POLICY } from '../../core/approvals.js';
import { CHINA_VAT_RATES, DEFAULT_PRICING_RULES, type PricingRules } from '../../core/pricing.js';

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

/** Defaults from DOMAIN.md section 6: the core's default discount rules and approval policy, Chinese VAT rates. */
export const DEFAULT_QUOTE_POLICY: QuoteBuilderPolicy = {
  pricing: DEFAULT_PRICING_RULES,
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
