import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  convertPriceMode,
  DEFAULT_DISCOUNT_ORDER,
  type DiscountKind,
  type PricedQuote,
  type PricingRules,
  priceQuote,
  type QuoteInput,
  type QuoteLineInput,
  toTaxExcluded,
  toTaxIncluded,
} from '../../src/core/index.js';
import { checkProperty, expectCoreError, toBands } from './helpers.js';

/** DOMAIN.md section 6 stack: promotion 5%, volume slab, tier discount, cash 2%, 13% VAT. */
const rules: PricingRules = {
  promotions: [{ id: 'summer', name: 'Summer promotion', percent: 5 }],
  volume: [
    {
      id: 'qty-slab',
      basis: 'quantity',
      method: 'slab',
      tiers: [
        { min: 1, max: 100, percent: 0 },
        { min: 101, max: 500, percent: 5 },
        { min: 501, percent: 10 },
      ],
    },
  ],
  customerTier: { id: 'tier', percents: { A1: 3, A2: 2, B1: 1 } },
  cash: { id: 'prepaid', percent: 2, paymentTerms: ['prepaid'] },
};

const quote: QuoteInput = {
  id: 'Q-1',
  customerId: 'C-1',
  currency: 'CNY',
  priceMode: 'tax-excluded',
  paymentTerms: 'prepaid',
  lines: [
    { id: 'L1', productId: 'router', quantity: 600, unitPrice: 10_000, vatRate: 13, cost: 6_000 },
    { id: 'L2', productId: 'cable', quantity: 2.5, unitPrice: 1_999, vatRate: 13 },
  ],
};

describe('core/pricing: worked example', () => {
  const priced = priceQuote(quote, rules, { id: 'C-1', tier: 'A1' });
  const [l1, l2] = priced.lines;

  it('line 1: 600 x ¥100.00 through every step', () => {
    expect(l1!.listAmount).to.equal(6_000_000);
    const steps = l1!.steps.map((s) => [s.kind, s.input, s.discount, s.output]);
    expect(steps).to.deep.equal([
      ['promotion', 6_000_000, 300_000, 5_700_000], // 5%
      // slab: 100 units at 0%, 400 at 5%, 100 at 10% -> blended 5% of the running amount
      ['volume', 5_700_000, 285_000, 5_415_000],
      ['customer', 5_415_000, 162_450, 5_252_550], // A1 3%
      ['cash', 5_252_550, 105_051, 5_147_499], // 2%, 105,051.00
    ]);
    expect(l1!.steps[1]!.bands).to.deep.equal([
      { from: 0, to: 100, percent: 0, base: 100 },
      { from: 100, to: 500, percent: 5, base: 400 },
      { from: 500, to: null, percent: 10, base: 100 },
    ]);
    expect(l1!.net).to.equal(5_147_499);
    expect(l1!.tax).to.equal(669_175); // 669,174.87 -> 669,175
    expect(l1!.gross).to.equal(5_816_674);
    // Margin against cost 600 x ¥60 = ¥36,000 after each step.
    expect(l1!.costAmount).to.equal(3_600_000);
    expect(l1!.steps.map((s) => s.marginAfter)).to.deep.equal([2_100_000, 1_815_000, 1_652_550, 1_547_499]);
    expect(l1!.margin).to.equal(1_547_499);
    expect(l1!.marginPercent).to.equal(30.06);
  });

  it('line 2: 2.5 x ¥19.99, below the first volume band', () => {
    expect(l2!.listAmount).to.equal(4_998); // 4,997.5 -> 4,998 (half-up)
    expect(l2!.steps.map((s) => [s.kind, s.discount, s.output])).to.deep.equal([
      ['promotion', 250, 4_748], // 249.9
      ['customer', 142, 4_606], // 142.44
      ['cash', 92, 4_514], // 92.12
    ]);
    expect([l2!.net, l2!.tax, l2!.gross]).to.deep.equal([4_514, 587, 5_101]); // 586.82
    expect(l2!.margin).to.equal(null);
  });

  it('totals are the sums of the lines', () => {
    expect(priced.totals.net).to.equal(5_152_013);
    expect(priced.totals.tax).to.equal(669_762);
    expect(priced.totals.gross).to.equal(5_821_775);
    expect(priced.totals.list).to.equal(6_004_998);
    expect(priced.totals.discount).to.equal(6_004_998 - 5_152_013);
    expect(priced.totals.byRate).to.deep.equal([{ vatRate: 13, net: 5_152_013, tax: 669_762, gross: 5_821_775 }]);
    // L2 has no cost, so the quote margin is unknown rather than overstated.
    expect(priced.totals.margin).to.equal(null);
  });

  it('no cash discount without the payment terms; no tier discount without a tier', () => {
    const p = priceQuote({ ...quote, paymentTerms: 'net-60' }, rules, { tier: null });
    expect(p.lines[0]!.steps.map((s) => s.kind)).to.deep.equal(['promotion', 'volume']);
  });

  it('range volume gives the whole quantity the reached rate', () => {
    const range: PricingRules = { volume: [{ ...rules.volume![0]!, method: 'range' }] };
    const p = priceQuote(quote, range);
    expect(p.lines[0]!.steps[0]!.discount).to.equal(600_000); // 10% of 6,000,000
    expect(p.lines[0]!.steps[0]!.percent).to.equal(10);
  });

  it('amount-based slab applies each band of the list amount at its rate', () => {
    const r: PricingRules = {
      volume: [
        {
          id: 'amt',
          basis: 'amount',
          method: 'slab',
          tiers: [
            { min: 0, max: 1_000_000, percent: 0 },
            { min: 1_000_001, max: 5_000_000, percent: 2 },
            { min: 5_000_001, percent: 4 },
          ],
        },
      ],
    };
    const step = priceQuote(quote, r).lines[0]!.steps[0]!;
    // 0..1,000,000 at 0, 1,000,000..5,000,000 at 2% (80,000), 5,000,000..6,000,000 at 4% (40,000).
    expect(step.discount).to.equal(120_000);
  });

  it('suggested price is the rules-only price; the manual discount comes on top', () => {
    const manual = { ...quote, lines: [{ ...quote.lines[0]!, lineDiscount: 10 }] };
    const p = priceQuote(manual, rules, { tier: 'A1' });
    const line = p.lines[0]!;
    expect(line.suggestedAmount).to.equal(5_147_499);
    expect(line.steps.at(-1)!.kind).to.equal('manual');
    expect(line.finalAmount).to.equal(5_147_499 - 514_750);
    expect(line.suggestedUnitPrice).to.equal(8_579); // 5,147,499 / 600 = 8,579.165
  });

  it('tax-included quotes split VAT out of the gross amount', () => {
    const incl = priceQuote(
      { currency: 'CNY', priceMode: 'tax-included', lines: [{ id: 'a', quantity: 1, unitPrice: 11_300, vatRate: 13 }] },
      {},
    );
    expect([incl.lines[0]!.net, incl.lines[0]!.tax, incl.lines[0]!.gross]).to.deep.equal([10_000, 1_300, 11_300]);
  });

  it('per-total tax rounds once per rate and spreads it back onto the lines', () => {
    const lines: QuoteLineInput[] = [1, 2, 3].map((i) => ({ id: `l${i}`, quantity: 1, unitPrice: 5, vatRate: 9 }));
    const perLine = priceQuote({ currency: 'CNY', priceMode: 'tax-excluded', lines }, {});
    const perTotal = priceQuote({ currency: 'CNY', priceMode: 'tax-excluded', lines }, { taxRounding: 'per-total' });
    expect(perLine.totals.tax).to.equal(0); // 0.45 -> 0 three times
    expect(perTotal.totals.tax).to.equal(1); // 1.35 -> 1
    expect(perTotal.lines.map((l) => l.tax)).to.deep.equal([1, 0, 0]);
  });

  it('optional lines are priced but only counted when selected', () => {
    const q: QuoteInput = {
      currency: 'CNY',
      priceMode: 'tax-excluded',
      lines: [
        { id: 'a', quantity: 1, unitPrice: 1000, vatRate: 6 },
        { id: 'b', quantity: 1, unitPrice: 500, vatRate: 6, optional: true },
        { id: 'c', quantity: 1, unitPrice: 200, vatRate: 6, optional: true, selected: true },
      ],
    };
    const p = priceQuote(q, {});
    expect(p.lines.map((l) => l.included)).to.deep.equal([true, false, true]);
    expect(p.totals.net).to.equal(1200);
  });

  it('rejects bad input with a typed error and the path', () => {
    const bad = (line: Partial<QuoteLineInput>) => ({ ...quote, lines: [{ ...quote.lines[0]!, ...line }] });
    expectCoreError(() => priceQuote(bad({ quantity: -1 }), rules), 'negative-quantity', 'lines[0].quantity');
    expectCoreError(() => priceQuote(bad({ quantity: Number.NaN }), rules), 'invalid-number', 'lines[0].quantity');
    expectCoreError(() => priceQuote(bad({ quantity: 1.0005 }), rules), 'too-many-decimals', 'lines[0].quantity');
    expectCoreError(() => priceQuote(bad({ unitPrice: 10.5 }), rules), 'not-integer', 'lines[0].unitPrice');
    expectCoreError(() => priceQuote(bad({ lineDiscount: 120 }), rules), 'out-of-range', 'lines[0].lineDiscount');
    expectCoreError(() => priceQuote(bad({ vatRate: -6 }), rules), 'out-of-range', 'lines[0].vatRate');
    expectCoreError(() => priceQuote({ ...quote, currency: 'rmb' }, rules), 'unknown-currency');
    expectCoreError(
      () => priceQuote(quote, { promotions: [{ id: 'p', percent: 101 }] }),
      'out-of-range',
      'rules.promotions[0].percent',
    );
    expectCoreError(
      () =>
        priceQuote(quote, {
          volume: [
            {
              id: 'v',
              basis: 'quantity',
              method: 'slab',
              tiers: [
                { min: 10, max: 20, percent: 1 },
                { min: 5, percent: 2 },
              ],
            },
          ],
        }),
      'invalid-input',
      'rules.volume[0].tiers[1]',
    );
    expectCoreError(() => priceQuote({ ...quote, lines: [quote.lines[0]!, quote.lines[0]!] }, rules), 'duplicate-id');
    expectCoreError(
      () => priceQuote(quote, { promotions: [{ id: 'p', percent: 5, validTo: '2025-01-31' }] }),
      'invalid-input',
    );
  });

  it('dated promotions apply only inside their validity', () => {
    const r: PricingRules = { promotions: [{ id: 'cny', percent: 8, validFrom: '2025-01-20', validTo: '2025-02-10' }] };
    expect(priceQuote({ ...quote, date: '2025-02-10' }, r).lines[0]!.steps).to.have.length(1);
    expect(priceQuote({ ...quote, date: '2025-02-11' }, r).lines[0]!.steps).to.have.length(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const lineArb = fc.record({
  id: fc.uuid(),
  productId: fc.constantFrom('p1', 'p2', 'p3'),
  category: fc.constantFrom('hardware', 'service'),
  quantity: fc.integer({ min: 0, max: 5_000_000 }).map((q) => q / 1000),
  unitPrice: fc.integer({ min: 0, max: 50_000_000 }),
  vatRate: fc.constantFrom(13, 9, 6, 0, 5.5),
  lineDiscount: fc.option(
    fc.integer({ min: 0, max: 10_000 }).map((b) => b / 100),
    { nil: undefined },
  ),
  optional: fc.boolean(),
  selected: fc.boolean(),
  cost: fc.option(fc.integer({ min: 0, max: 30_000_000 }), { nil: undefined }),
});

const pct = fc.integer({ min: 0, max: 10_000 }).map((b) => b / 100);
/** Inclusive bands { min, max } that follow each other; the last one open or closed. */
const bandsArb = fc
  .tuple(
    fc.integer({ min: 0, max: 5_000 }),
    fc.array(fc.record({ width: fc.integer({ min: 1, max: 20_000 }), percent: pct }), { minLength: 1, maxLength: 4 }),
    fc.boolean(),
  )
  .map(([start, widths, open]) => toBands(start, widths, open));

const rulesArb: fc.Arbitrary<PricingRules> = fc.record({
  order: fc.shuffledSubarray([...DEFAULT_DISCOUNT_ORDER], { minLength: 5, maxLength: 5 }),
  promotions: fc.array(
    fc.record({
      id: fc.constant('promo'),
      percent: pct,
      categories: fc.option(fc.constant(['hardware']), { nil: undefined }),
    }),
    { maxLength: 2 },
  ),
  volume: fc.array(
    fc.record({
      id: fc.constant('vol'),
      basis: fc.constantFrom('quantity' as const, 'amount' as const),
      method: fc.constantFrom('range' as const, 'slab' as const),
      tiers: bandsArb,
    }),
    { maxLength: 1 },
  ),
  customerTier: fc.record({ percents: fc.record({ A1: pct, B1: pct }) }),
  cash: fc.record({ percent: pct }),
  rounding: fc.constantFrom('half-up' as const, 'half-even' as const),
  taxRounding: fc.constantFrom('per-line' as const, 'per-total' as const),
});

const quoteArb: fc.Arbitrary<QuoteInput> = fc.record({
  currency: fc.constant('CNY'),
  priceMode: fc.constantFrom('tax-excluded' as const, 'tax-included' as const),
  lines: fc.uniqueArray(lineArb, { maxLength: 12, selector: (l) => l.id }),
});

const tierArb = fc.constantFrom('A1', 'B1', 'C', null);

function sum(lines: PricedQuote['lines'], key: 'net' | 'tax' | 'gross' | 'listAmount' | 'finalAmount'): number {
  return lines.filter((l) => l.included).reduce((s, l) => s + l[key], 0);
}

describe('core/pricing: properties', () => {
  it('totals equal the sum of the included lines, and net + tax = gross on every line', () => {
    checkProperty(
      fc.property(quoteArb, rulesArb, tierArb, (q, r, tier) => {
        const p = priceQuote(q, r, { tier });
        expect(p.totals.net).to.equal(sum(p.lines, 'net'));
        expect(p.totals.tax).to.equal(sum(p.lines, 'tax'));
        expect(p.totals.gross).to.equal(sum(p.lines, 'gross'));
        expect(p.totals.list).to.equal(sum(p.lines, 'listAmount'));
        expect(p.totals.final).to.equal(sum(p.lines, 'finalAmount'));
        expect(p.totals.gross).to.equal(p.totals.net + p.totals.tax);
        expect(p.totals.byRate.reduce((s, b) => s + b.gross, 0)).to.equal(p.totals.gross);
        for (const l of p.lines) {
          expect(l.net + l.tax).to.equal(l.gross);
          expect(Number.isSafeInteger(l.net) && Number.isSafeInteger(l.tax)).to.equal(true);
          expect(l.tax).to.be.at.least(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a discount never raises a price, and the steps chain from list to final', () => {
    checkProperty(
      fc.property(quoteArb, rulesArb, tierArb, (q, r, tier) => {
        const p = priceQuote(q, r, { tier });
        for (const l of p.lines) {
          let running = l.listAmount;
          for (const s of l.steps) {
            expect(s.input).to.equal(running);
            expect(s.output).to.be.at.most(s.input);
            expect(s.output).to.be.at.least(0);
            expect(s.input - s.discount).to.equal(s.output);
            running = s.output;
          }
          expect(l.finalAmount).to.equal(running);
          expect(l.finalAmount).to.be.at.most(l.listAmount);
          expect(l.suggestedAmount).to.be.at.least(l.finalAmount);
          expect(l.suggestedAmount).to.be.at.most(l.listAmount);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('stacking order is honoured: steps appear in the configured order', () => {
    checkProperty(
      fc.property(quoteArb, rulesArb, tierArb, (q, r, tier) => {
        const p = priceQuote(q, r, { tier });
        const order = r.order as DiscountKind[];
        expect(p.order).to.deep.equal(order);
        for (const l of p.lines) {
          const positions = l.steps.map((s) => order.indexOf(s.kind));
          expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
          expect(new Set(positions).size).to.equal(positions.length);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('tax-excluded -> tax-included -> tax-excluded round-trips exactly; the reverse within one minor unit', () => {
    checkProperty(
      fc.property(
        fc.integer({ min: 0, max: 1e13 }),
        fc.constantFrom(13, 9, 6, 0, 3, 5.5, 17.25),
        fc.constantFrom('half-up' as const, 'half-even' as const),
        (amount, rate, mode) => {
          expect(toTaxExcluded(toTaxIncluded(amount, rate, mode), rate, mode)).to.equal(amount);
          const back = toTaxIncluded(toTaxExcluded(amount, rate, mode), rate, mode);
          expect(Math.abs(back - amount)).to.be.at.most(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('converting a quote to tax-included and back gives the same unit prices', () => {
    checkProperty(
      fc.property(quoteArb, (q) => {
        const ex = { ...q, priceMode: 'tax-excluded' as const };
        const back = convertPriceMode(convertPriceMode(ex, 'tax-included'), 'tax-excluded');
        expect(back.lines.map((l) => l.unitPrice)).to.deep.equal(ex.lines.map((l) => l.unitPrice));
      }),
      { numRuns: 100 },
    );
  });

  it('per-total VAT equals the rounded VAT of each rate group', () => {
    checkProperty(
      fc.property(quoteArb, (q) => {
        const p = priceQuote({ ...q, priceMode: 'tax-excluded' }, { taxRounding: 'per-total' });
        for (const g of p.totals.byRate) expect(g.tax).to.equal(toTaxIncluded(g.net, g.vatRate) - g.net);
      }),
      { numRuns: 100 },
    );
  });
});
