/**
 * Quote pricing: list price -> stacked discounts -> net price -> VAT, with every step explained.
 *
 * Rounding rule (see README "Domain rules"):
 * 1. line list amount = unit price x quantity, rounded to minor units;
 * 2. each discount step takes `round(running amount x rate)` off the running line amount, so
 *    every intermediate amount shown in the explanation is a whole number of minor units and
 *    the steps add up exactly (list - sum of discounts = final);
 * 3. VAT is rounded per line (default) or once per VAT rate on the quote total and then spread
 *    back onto the lines by largest remainder, so lines always add up to the totals;
 * 4. totals are plain sums of line amounts (through the checked add): no rounding happens at the
 *    total level, and a total past the safe-integer range is an `overflow` error.
 * All rounding uses the rules' `rounding` mode (default half-up).
 *
 * Monotonicity rule (README "Pricing: discounts never raise a price"): every step's rate is fixed
 * before the chain runs (amount-based volume bands are chosen on the line's list amount, not on the
 * running amount), so each step is a non-decreasing function of its input and any extra discount,
 * wherever it sits in the order, can only lower the final price. The suggested price is the chain
 * without the manual step; the final price is therefore never above it.
 */
import { CrmCoreError } from './errors.js';
import { allocateMinor, checkCurrency, checkIsoDate, checkMinor } from './money.js';
import {
  checkedAdd,
  checkRoundingMode,
  mulDivRound,
  PPM,
  percentToPpm,
  ppmToPercent,
  type RoundingMode,
  shareOf,
  toScaled,
} from './numeric.js';
import { type CompiledTier, compileBands, type SlabBand, type VolumeTier, volumeStep } from './volume.js';

export type { LegacyVolumeTier, SlabBand, VolumeBand, VolumeTier } from './volume.js';

export type PriceMode = 'tax-excluded' | 'tax-included';
export type DiscountKind = 'promotion' | 'volume' | 'customer' | 'cash' | 'manual';
export type TaxRounding = 'per-line' | 'per-total';

export const DISCOUNT_KINDS: readonly DiscountKind[] = ['promotion', 'volume', 'customer', 'cash', 'manual'];
/** Promotion, then volume, then customer tier, then cash/early payment; a manual line discount last. */
export const DEFAULT_DISCOUNT_ORDER: readonly DiscountKind[] = DISCOUNT_KINDS;
/** Chinese VAT rates in percent (13% goods, 9% transport/construction/basic goods, 6% services, 0 exempt/export). */
export const CHINA_VAT_RATES = [13, 9, 6, 0] as const;

/** One quote line, structurally compatible with the stored quote line (extra fields are kept). */
export interface QuoteLineInput {
  readonly id: string;
  readonly productId?: string;
  readonly description?: string;
  /** Up to 3 decimals, not negative. */
  readonly quantity: number;
  readonly unit?: string;
  /** Integer minor units, tax-included or tax-excluded according to the quote's `priceMode`. */
  readonly unitPrice: number;
  /**
   * The currency the line's prices are in, when the line says so (lines from JSON or a backend).
   * It must be the quote's currency: a different one is a `currency-mismatch` error, never a
   * silent re-labelling (convert the prices first).
   */
  readonly currency?: string;
  /** VAT rate in percent (13, 9, 6, 0 or a custom rate with up to 4 decimals). */
  readonly vatRate: number;
  /** Manual discount in percent (0..100), the person's override on top of the rules. */
  readonly lineDiscount?: number;
  /** Optional lines are priced for display but only count when `selected` is true. */
  readonly optional?: boolean;
  readonly selected?: boolean;
  readonly group?: string;
  readonly category?: string;
  /** Cost per unit in minor units, always tax-excluded; enables margins. */
  readonly cost?: number;
}

export interface QuoteInput {
  readonly id?: string;
  readonly customerId?: string;
  readonly currency: string;
  readonly priceMode: PriceMode;
  readonly paymentTerms?: string;
  /** The quote's pricing date `YYYY-MM-DD`, for promotions with validity dates. */
  readonly date?: string;
  readonly lines: readonly QuoteLineInput[];
}

/** The customer as pricing sees it: only the tier matters. */
export interface PricingCustomer {
  readonly id?: string;
  readonly tier?: string | null;
}

/** Restricts a rule to some products and/or categories; no filter = every line. */
export interface RuleFilter {
  readonly productIds?: readonly string[];
  readonly categories?: readonly string[];
}

export interface PromotionRule extends RuleFilter {
  readonly id: string;
  readonly name?: string;
  /** Percent off (0..100). */
  readonly percent: number;
  /** Inclusive validity dates `YYYY-MM-DD`. */
  readonly validFrom?: string;
  readonly validTo?: string;
}

export interface VolumeRule extends RuleFilter {
  readonly id: string;
  readonly name?: string;
  readonly basis: 'quantity' | 'amount';
  /**
   * `range`: the whole line gets the rate of the band its last unit falls in.
   * `slab`: each unit gets the rate of the band it falls in (like income-tax brackets).
   */
  readonly method: 'range' | 'slab';
  /** Ascending `{ min, max? }` bands (the deprecated `{ from }` form is still read). */
  readonly tiers: readonly VolumeTier[];
}

export interface CustomerTierRule {
  readonly id?: string;
  readonly name?: string;
  /** Percent off by the customer's tier code, e.g. `{ A1: 5, A2: 4, B1: 2 }`. */
  readonly percents: Readonly<Partial<Record<string, number>>>;
}

export interface CashDiscountRule {
  readonly id?: string;
  readonly name?: string;
  readonly percent: number;
  /** Payment terms that earn the discount (e.g. `['prepaid', 'net-10']`); absent = always. */
  readonly paymentTerms?: readonly string[];
}

export interface PricingRules {
  /** Order the discounts stack in (default promotion, volume, customer, cash, manual); `manual` is appended if missing. */
  readonly order?: readonly DiscountKind[];
  /** The first promotion that matches a line (list order) applies; promotions do not stack with each other. */
  readonly promotions?: readonly PromotionRule[];
  /** The first volume rule that matches a line (list order) applies. */
  readonly volume?: readonly VolumeRule[];
  readonly customerTier?: CustomerTierRule;
  readonly cash?: CashDiscountRule;
  /** Default `half-up`. */
  readonly rounding?: RoundingMode;
  /** Default `per-line`. */
  readonly taxRounding?: TaxRounding;
}

export { DEFAULT_PRICING_RULES } from './defaults.js';

export interface PricingOptions {
  /** Pricing date `YYYY-MM-DD` (overrides `quote.date`) for promotion validity. */
  readonly asOf?: string;
}

/** One step of a line's explanation: a rule that took `discount` off `input`, leaving `output`. */
export interface PriceStep {
  readonly kind: DiscountKind;
  readonly ruleId: string | null;
  readonly ruleName: string | null;
  /** The rate of the step in percent; for slabs the blended rate, rounded to 4 decimals. */
  readonly percent: number;
  readonly input: number;
  readonly discount: number;
  readonly output: number;
  /** Human-readable detail, e.g. `range tier from 100` or `slab bands`. */
  readonly detail: string;
  readonly bands?: readonly SlabBand[];
  /** Margin (tax-excluded amount - cost) after this step; null without a cost. */
  readonly marginAfter: number | null;
  /** marginAfter / tax-excluded amount after this step, a fraction with 4 decimals (0.3006 = 30.06 %). */
  readonly marginShareAfter: number | null;
  /** @deprecated Percent for display (30.06); use `marginShareAfter` (shares are fractions in data). */
  readonly marginPercentAfter: number | null;
}

/** A priced line: the input fields plus the computed ones (all amounts integer minor units). */
export interface PricedLine extends QuoteLineInput {
  readonly description: string;
  /** False for an optional line that is not selected: priced for display, left out of totals. */
  readonly included: boolean;
  /** Unit price x quantity, in the quote's price mode. */
  readonly listAmount: number;
  /** The amount the rules give before any manual override (the suggested price). */
  readonly suggestedAmount: number;
  /** The amount after every step, in the quote's price mode. */
  readonly finalAmount: number;
  /** listAmount - finalAmount (the sum of the steps' discounts). */
  readonly discountAmount: number;
  /** Suggested and final price per unit, rounded, for display; null for a zero quantity. */
  readonly suggestedUnitPrice: number | null;
  readonly finalUnitPrice: number | null;
  /** Tax-excluded amount, VAT and tax-included amount; net + tax = gross. */
  readonly net: number;
  readonly tax: number;
  readonly gross: number;
  /** cost x quantity (tax-excluded), or null without a cost. */
  readonly costAmount: number | null;
  readonly listMargin: number | null;
  readonly margin: number | null;
  /** margin / net, a fraction with 4 decimals. */
  readonly marginShare: number | null;
  /** @deprecated Percent for display; use `marginShare`. */
  readonly marginPercent: number | null;
  readonly steps: readonly PriceStep[];
}

export interface RateTotals {
  readonly vatRate: number;
  readonly net: number;
  readonly tax: number;
  readonly gross: number;
}

/** Sums over the included lines; every field equals the sum of the same field of those lines. */
export interface QuoteTotals {
  readonly list: number;
  readonly discount: number;
  readonly suggested: number;
  readonly final: number;
  readonly net: number;
  readonly tax: number;
  readonly gross: number;
  /** Null when an included line has no cost. */
  readonly cost: number | null;
  readonly margin: number | null;
  /** margin / net, a fraction with 4 decimals. */
  readonly marginShare: number | null;
  /** (list - final) / list, a fraction with 4 decimals. */
  readonly discountShare: number | null;
  /** @deprecated Percent for display; use `marginShare`. */
  readonly marginPercent: number | null;
  /** @deprecated Percent for display; use `discountShare`. */
  readonly discountPercent: number | null;
  readonly byRate: readonly RateTotals[];
}

export interface PricedQuote {
  readonly quoteId: string | null;
  readonly customerId: string | null;
  readonly customerTier: string | null;
  readonly currency: string;
  readonly priceMode: PriceMode;
  readonly paymentTerms: string | null;
  readonly rounding: RoundingMode;
  readonly taxRounding: TaxRounding;
  readonly order: readonly DiscountKind[];
  readonly lines: readonly PricedLine[];
  readonly totals: QuoteTotals;
}

// ---------------------------------------------------------------------------------------------
// Tax conversions

/** Tax-included amount of a tax-excluded one: round(net x (1 + rate)). */
export function toTaxIncluded(net: number, vatRate: number, mode: RoundingMode = 'half-up'): number {
  checkMinor(net, 'net', true);
  const vat = percentToPpm(vatRate, 'vatRate');
  return mulDivRound(net, PPM + vat, PPM, checkRoundingMode(mode, 'mode'));
}

/** Tax-excluded amount of a tax-included one: round(gross / (1 + rate)). */
export function toTaxExcluded(gross: number, vatRate: number, mode: RoundingMode = 'half-up'): number {
  checkMinor(gross, 'gross', true);
  const vat = percentToPpm(vatRate, 'vatRate');
  return mulDivRound(gross, PPM, PPM + vat, checkRoundingMode(mode, 'mode'));
}

/** Splits a tax-included amount into net and tax (tax = gross - net, so they add up exactly). */
export function splitTaxIncluded(gross: number, vatRate: number, mode: RoundingMode = 'half-up') {
  const net = toTaxExcluded(gross, vatRate, mode);
  return { net, tax: gross - net, gross };
}

/**
 * Re-expresses a quote's unit prices in the other price mode (line by line, rounded with
 * `mode`). Converting tax-excluded -> tax-included -> tax-excluded returns the same prices;
 * the other way round can move a price by at most one minor unit. Costs stay tax-excluded.
 */
export function convertPriceMode<Q extends QuoteInput>(quote: Q, to: PriceMode, mode: RoundingMode = 'half-up'): Q {
  checkPriceMode(to, 'to');
  checkPriceMode(quote.priceMode, 'priceMode');
  if (quote.priceMode === to) return quote;
  const lines = quote.lines.map((line, i) => {
    const price = checkMinor(line.unitPrice, `lines[${i}].unitPrice`);
    const vatRate = line.vatRate;
    percentToPpm(vatRate, `lines[${i}].vatRate`);
    const unitPrice = to === 'tax-included' ? toTaxIncluded(price, vatRate, mode) : toTaxExcluded(price, vatRate, mode);
    return { ...line, unitPrice };
  });
  return { ...quote, priceMode: to, lines };
}

function checkPriceMode(value: unknown, path: string): PriceMode {
  if (value === 'tax-excluded' || value === 'tax-included') return value;
  throw new CrmCoreError('invalid-input', 'must be tax-excluded or tax-included', { path, value });
}

// ---------------------------------------------------------------------------------------------
// Rule validation (once per call, so a bad rule is reported with its path even if no line uses it)

interface Filter {
  readonly productIds: ReadonlySet<string> | null;
  readonly categories: ReadonlySet<string> | null;
}

interface CompiledRules {
  readonly order: readonly DiscountKind[];
  readonly promotions: readonly { id: string; name: string | null; ppm: number; filter: Filter }[];
  readonly volume: readonly {
    id: string;
    name: string | null;
    basis: 'quantity' | 'amount';
    method: 'range' | 'slab';
    tiers: CompiledTier[];
    filter: Filter;
  }[];
  readonly customerPpm: number;
  readonly customerRule: { id: string | null; name: string | null };
  readonly cashPpm: number;
  readonly cashRule: { id: string | null; name: string | null };
  readonly rounding: RoundingMode;
  readonly taxRounding: TaxRounding;
}

function compileFilter(rule: RuleFilter, path: string): Filter {
  const set = (list: readonly string[] | undefined, p: string) => {
    if (list === undefined) return null;
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string')) {
      throw new CrmCoreError('invalid-input', 'must be a list of strings', { path: p, value: list });
    }
    return new Set(list);
  };
  return {
    productIds: set(rule.productIds, `${path}.productIds`),
    categories: set(rule.categories, `${path}.categories`),
  };
}

function matches(filter: Filter, line: QuoteLineInput): boolean {
  if (filter.productIds && (line.productId === undefined || !filter.productIds.has(line.productId))) return false;
  if (filter.categories && (line.category === undefined || !filter.categories.has(line.category))) return false;
  return true;
}

function ruleId(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '')
    throw new CrmCoreError('invalid-input', 'rule needs an id', { path, value });
  return value;
}

function compileRules(
  rules: PricingRules,
  customer: PricingCustomer | null | undefined,
  date: string | null,
  paymentTerms: string | null,
): CompiledRules {
  const order = [...(rules.order ?? DEFAULT_DISCOUNT_ORDER)];
  order.forEach((kind, i) => {
    if (!DISCOUNT_KINDS.includes(kind)) {
      throw new CrmCoreError('invalid-input', `unknown discount kind (use ${DISCOUNT_KINDS.join(', ')})`, {
        path: `rules.order[${i}]`,
        value: kind,
      });
    }
    if (order.indexOf(kind) !== i) {
      throw new CrmCoreError('invalid-input', 'a discount kind appears twice', {
        path: `rules.order[${i}]`,
        value: kind,
      });
    }
  });
  if (!order.includes('manual')) order.push('manual');

  const promotions = (rules.promotions ?? []).flatMap((p, i) => {
    const path = `rules.promotions[${i}]`;
    const id = ruleId(p.id, `${path}.id`);
    const ppm = percentToPpm(p.percent, `${path}.percent`);
    const from = p.validFrom === undefined ? null : checkIsoDate(p.validFrom, `${path}.validFrom`);
    const to = p.validTo === undefined ? null : checkIsoDate(p.validTo, `${path}.validTo`);
    if ((from || to) && date === null) {
      throw new CrmCoreError('invalid-input', 'a dated promotion needs quote.date or options.asOf', { path });
    }
    // ISO dates compare correctly as strings.
    if (date !== null && ((from && date < from) || (to && date > to))) return [];
    return [{ id, name: p.name ?? null, ppm, filter: compileFilter(p, path) }];
  });

  const volume = (rules.volume ?? []).map((v, i) => {
    const path = `rules.volume[${i}]`;
    const id = ruleId(v.id, `${path}.id`);
    if (v.basis !== 'quantity' && v.basis !== 'amount') {
      throw new CrmCoreError('invalid-input', 'basis must be quantity or amount', {
        path: `${path}.basis`,
        value: v.basis,
      });
    }
    if (v.method !== 'range' && v.method !== 'slab') {
      throw new CrmCoreError('invalid-input', 'method must be range or slab', {
        path: `${path}.method`,
        value: v.method,
      });
    }
    if (!Array.isArray(v.tiers) || v.tiers.length === 0) {
      throw new CrmCoreError('invalid-input', 'needs at least one tier', { path: `${path}.tiers` });
    }
    const tiers = compileBands(v, path);
    return { id, name: v.name ?? null, basis: v.basis, method: v.method, tiers, filter: compileFilter(v, path) };
  });

  let customerPpm = 0;
  const ct = rules.customerTier;
  if (ct) {
    if (typeof ct.percents !== 'object' || ct.percents === null) {
      throw new CrmCoreError('invalid-input', 'percents must be an object keyed by tier code', {
        path: 'rules.customerTier.percents',
      });
    }
    for (const [tier, pct] of Object.entries(ct.percents)) percentToPpm(pct, `rules.customerTier.percents.${tier}`);
    const tier = customer?.tier;
    const pct = tier ? ct.percents[tier] : undefined;
    if (pct !== undefined) customerPpm = percentToPpm(pct, `rules.customerTier.percents.${tier}`);
  }

  let cashPpm = 0;
  const cash = rules.cash;
  if (cash) {
    const ppm = percentToPpm(cash.percent, 'rules.cash.percent');
    if (cash.paymentTerms !== undefined && !Array.isArray(cash.paymentTerms)) {
      throw new CrmCoreError('invalid-input', 'must be a list of payment terms', { path: 'rules.cash.paymentTerms' });
    }
    if (!cash.paymentTerms || (paymentTerms !== null && cash.paymentTerms.includes(paymentTerms))) cashPpm = ppm;
  }

  return {
    order,
    promotions,
    volume,
    customerPpm,
    customerRule: { id: ct?.id ?? null, name: ct?.name ?? null },
    cashPpm,
    cashRule: { id: cash?.id ?? null, name: cash?.name ?? null },
    rounding: checkRoundingMode(rules.rounding ?? 'half-up', 'rules.rounding'),
    taxRounding: checkTaxRounding(rules.taxRounding ?? 'per-line'),
  };
}

function checkTaxRounding(value: unknown): TaxRounding {
  if (value === 'per-line' || value === 'per-total') return value;
  throw new CrmCoreError('invalid-input', 'must be per-line or per-total', { path: 'rules.taxRounding', value });
}

// ---------------------------------------------------------------------------------------------
// Line pricing

interface LineFacts {
  readonly line: QuoteLineInput;
  /** Unit price x quantity, rounded: the line's list amount, the basis of amount-based volume bands. */
  readonly list: number;
  readonly qtyMilli: number;
  readonly vatPpm: number;
  readonly manualPpm: number;
  readonly costAmount: number | null;
}

interface StepResult {
  readonly ruleId: string | null;
  readonly ruleName: string | null;
  readonly discount: number;
  readonly ppm: number;
  readonly detail: string;
  readonly bands?: SlabBand[];
}

function percentText(ppm: number): string {
  return `${ppmToPercent(ppm)}%`;
}

/** The discount of one kind on a running amount, or null when no rule applies. */
function applyKind(kind: DiscountKind, facts: LineFacts, running: number, rules: CompiledRules): StepResult | null {
  const mode = rules.rounding;
  const flat = (ppm: number, id: string | null, name: string | null, detail: string): StepResult | null =>
    ppm === 0 ? null : { ruleId: id, ruleName: name, ppm, discount: mulDivRound(running, ppm, PPM, mode), detail };
  switch (kind) {
    case 'promotion': {
      const p = rules.promotions.find((r) => matches(r.filter, facts.line));
      return p ? flat(p.ppm, p.id, p.name, `promotion ${percentText(p.ppm)}`) : null;
    }
    case 'customer':
      return flat(
        rules.customerPpm,
        rules.customerRule.id,
        rules.customerRule.name,
        `customer tier ${percentText(rules.customerPpm)}`,
      );
    case 'cash':
      return flat(
        rules.cashPpm,
        rules.cashRule.id,
        rules.cashRule.name,
        `cash / early payment ${percentText(rules.cashPpm)}`,
      );
    case 'manual':
      return flat(facts.manualPpm, null, null, `manual line discount ${percentText(facts.manualPpm)}`);
    case 'volume': {
      const v = rules.volume.find((r) => matches(r.filter, facts.line));
      if (!v) return null;
      // The basis is fixed before the chain runs (quantity, or the list amount), so no other
      // discount can move a line into another band: the monotonicity rule.
      const step = volumeStep(v, v.basis === 'quantity' ? facts.qtyMilli : facts.list, running, mode);
      return step && { ruleId: v.id, ruleName: v.name, ...step };
    }
  }
}

/** The deprecated percent fields: a share (4 decimals) as a percent with 2 decimals (0.3006 -> 30.06). */
function percentFromShare(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1_000_000) / 10_000;
}

function exTax(amount: number, facts: LineFacts, priceMode: PriceMode, mode: RoundingMode): number {
  return priceMode === 'tax-excluded' ? amount : mulDivRound(amount, PPM, PPM + facts.vatPpm, mode);
}

function runSteps(facts: LineFacts, rules: CompiledRules, priceMode: PriceMode, skipManual: boolean) {
  const steps: PriceStep[] = [];
  let running = facts.list;
  for (const kind of rules.order) {
    if (skipManual && kind === 'manual') continue;
    const r = applyKind(kind, facts, running, rules);
    if (!r) continue;
    const output = running - r.discount;
    const outputNet = facts.costAmount === null ? 0 : exTax(output, facts, priceMode, rules.rounding);
    const margin = facts.costAmount === null ? null : outputNet - facts.costAmount;
    const marginShare = margin === null ? null : shareOf(margin, outputNet);
    steps.push({
      kind,
      ruleId: r.ruleId,
      ruleName: r.ruleName,
      percent: ppmToPercent(r.ppm),
      input: running,
      discount: r.discount,
      output,
      detail: r.detail,
      ...(r.bands ? { bands: r.bands } : {}),
      marginAfter: margin,
      marginShareAfter: marginShare,
      marginPercentAfter: percentFromShare(marginShare),
    });
    running = output;
  }
  return { steps, final: running };
}

function lineFacts(line: QuoteLineInput, i: number, currency: string, mode: RoundingMode): LineFacts {
  const path = `lines[${i}]`;
  if (typeof line !== 'object' || line === null)
    throw new CrmCoreError('invalid-input', 'must be a quote line', { path });
  if (typeof line.id !== 'string' || line.id === '') {
    throw new CrmCoreError('invalid-input', 'needs a non-empty id', { path: `${path}.id`, value: line.id });
  }
  if (line.currency !== undefined && line.currency !== currency) {
    throw new CrmCoreError(
      'currency-mismatch',
      `the line is priced in ${String(line.currency)} but the quote is in ${currency}; convert its prices first`,
      { path: `${path}.currency`, value: line.currency },
    );
  }
  const qtyMilli = toScaled(line.quantity, 3, `${path}.quantity`);
  if (qtyMilli < 0) {
    throw new CrmCoreError('negative-quantity', 'must not be negative', {
      path: `${path}.quantity`,
      value: line.quantity,
    });
  }
  checkMinor(line.unitPrice, `${path}.unitPrice`);
  const vatPpm = percentToPpm(line.vatRate, `${path}.vatRate`);
  const manualPpm = line.lineDiscount === undefined ? 0 : percentToPpm(line.lineDiscount, `${path}.lineDiscount`);
  const costAmount =
    line.cost === undefined ? null : mulDivRound(checkMinor(line.cost, `${path}.cost`), qtyMilli, 1000, 'half-up');
  const list = mulDivRound(line.unitPrice, qtyMilli, 1000, mode, path);
  return { line, list, qtyMilli, vatPpm, manualPpm, costAmount };
}

/**
 * Prices a quote. Validates every line and rule (typed `CrmCoreError` with the offending path),
 * applies the discounts in the configured order, computes VAT in the quote's price mode and
 * returns lines with their explanation plus totals that are exact sums of the included lines.
 */
export function priceQuote(
  quote: QuoteInput,
  rules: PricingRules = {},
  customer?: PricingCustomer | null,
  options: PricingOptions = {},
): PricedQuote {
  if (typeof quote !== 'object' || quote === null) throw new CrmCoreError('invalid-input', 'quote must be an object');
  const currency = checkCurrency(quote.currency, 'currency');
  const priceMode = checkPriceMode(quote.priceMode, 'priceMode');
  if (!Array.isArray(quote.lines))
    throw new CrmCoreError('invalid-input', 'must be a list of lines', { path: 'lines' });
  const date = options.asOf ?? quote.date ?? null;
  if (date !== null) checkIsoDate(date, options.asOf ? 'options.asOf' : 'date');
  const compiled = compileRules(rules, customer, date, quote.paymentTerms ?? null);
  const mode = compiled.rounding;

  const seen = new Set<string>();
  const draft = quote.lines.map((line, i) => {
    const facts = lineFacts(line, i, currency, mode);
    if (seen.has(line.id))
      throw new CrmCoreError('duplicate-id', 'line id appears twice', { path: `lines[${i}].id`, value: line.id });
    seen.add(line.id);
    const { steps, final } = runSteps(facts, compiled, priceMode, false);
    // The suggested price is what the rules alone give: the same chain without the manual step.
    const suggested = facts.manualPpm === 0 ? final : runSteps(facts, compiled, priceMode, true).final;
    const included = !line.optional || line.selected === true;
    return { facts, list: facts.list, steps, final, suggested, included };
  });

  // Tax: per line, or per VAT rate on the total and spread back (largest remainder).
  const taxes = draft.map((d) =>
    priceMode === 'tax-excluded'
      ? mulDivRound(d.final, d.facts.vatPpm, PPM, mode)
      : d.final - mulDivRound(d.final, PPM, PPM + d.facts.vatPpm, mode),
  );
  if (compiled.taxRounding === 'per-total') {
    const groups = new Map<number, number[]>();
    draft.forEach((d, i) => {
      if (!d.included) return;
      const g = groups.get(d.facts.vatPpm) ?? [];
      g.push(i);
      groups.set(d.facts.vatPpm, g);
    });
    for (const [vatPpm, idx] of groups) {
      const sum = idx.reduce((s, i) => checkedAdd(s, draft[i]!.final, 'totals.final'), 0);
      const total =
        priceMode === 'tax-excluded'
          ? mulDivRound(sum, vatPpm, PPM, mode)
          : sum - mulDivRound(sum, PPM, PPM + vatPpm, mode);
      const parts = allocateMinor(
        total,
        idx.map((i) => draft[i]!.final),
      );
      idx.forEach((i, k) => {
        taxes[i] = parts[k]!;
      });
    }
  }

  const lines: PricedLine[] = draft.map((d, i) => {
    const tax = taxes[i]!;
    const net = priceMode === 'tax-excluded' ? d.final : d.final - tax;
    const gross = priceMode === 'tax-excluded' ? checkedAdd(d.final, tax, `lines[${i}].gross`) : d.final;
    const cost = d.facts.costAmount;
    const listNet = exTax(d.list, d.facts, priceMode, mode);
    const margin = cost === null ? null : checkedAdd(net, -cost, `lines[${i}].margin`);
    const lineShare = margin === null ? null : shareOf(margin, net);
    const perUnit = (amount: number) =>
      d.facts.qtyMilli === 0 ? null : mulDivRound(amount, 1000, d.facts.qtyMilli, mode);
    return {
      ...d.facts.line,
      description: d.facts.line.description ?? '',
      included: d.included,
      listAmount: d.list,
      suggestedAmount: d.suggested,
      finalAmount: d.final,
      discountAmount: d.list - d.final,
      suggestedUnitPrice: perUnit(d.suggested),
      finalUnitPrice: perUnit(d.final),
      net,
      tax,
      gross,
      costAmount: cost,
      listMargin: cost === null ? null : checkedAdd(listNet, -cost, `lines[${i}].listMargin`),
      margin,
      marginShare: lineShare,
      marginPercent: percentFromShare(lineShare),
      steps: d.steps,
    };
  });

  return {
    quoteId: quote.id ?? null,
    customerId: quote.customerId ?? null,
    customerTier: customer?.tier ?? null,
    currency,
    priceMode,
    paymentTerms: quote.paymentTerms ?? null,
    rounding: mode,
    taxRounding: compiled.taxRounding,
    order: compiled.order,
    lines,
    totals: sumTotals(lines),
  };
}

/**
 * Totals of the included lines: plain sums through the checked add, so they always equal the sum
 * of their parts or fail with `overflow` (path `totals.<field>`), never a silently rounded total.
 */
export function sumTotals(lines: readonly PricedLine[]): QuoteTotals {
  let list = 0;
  let suggested = 0;
  let final = 0;
  let net = 0;
  let tax = 0;
  let gross = 0;
  let cost: number | null = 0;
  const byRate = new Map<number, { net: number; tax: number; gross: number }>();
  for (const l of lines) {
    if (!l.included) continue;
    list = checkedAdd(list, l.listAmount, 'totals.list');
    suggested = checkedAdd(suggested, l.suggestedAmount, 'totals.suggested');
    final = checkedAdd(final, l.finalAmount, 'totals.final');
    net = checkedAdd(net, l.net, 'totals.net');
    tax = checkedAdd(tax, l.tax, 'totals.tax');
    gross = checkedAdd(gross, l.gross, 'totals.gross');
    cost = cost === null || l.costAmount === null ? null : checkedAdd(cost, l.costAmount, 'totals.cost');
    const r = byRate.get(l.vatRate) ?? { net: 0, tax: 0, gross: 0 };
    r.net = checkedAdd(r.net, l.net, 'totals.byRate.net');
    r.tax = checkedAdd(r.tax, l.tax, 'totals.byRate.tax');
    r.gross = checkedAdd(r.gross, l.gross, 'totals.byRate.gross');
    byRate.set(l.vatRate, r);
  }
  const margin = cost === null ? null : checkedAdd(net, -cost, 'totals.margin');
  const discount = checkedAdd(list, -final, 'totals.discount');
  const marginShare = margin === null ? null : shareOf(margin, net);
  const discountShare = shareOf(discount, list);
  return {
    list,
    discount,
    suggested,
    final,
    net,
    tax,
    gross,
    cost,
    margin,
    marginShare,
    discountShare,
    marginPercent: percentFromShare(marginShare),
    discountPercent: percentFromShare(discountShare),
    byRate: [...byRate.entries()].sort((a, b) => b[0] - a[0]).map(([vatRate, r]) => ({ vatRate, ...r })),
  };
}
