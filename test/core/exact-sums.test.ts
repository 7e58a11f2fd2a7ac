import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  CrmCoreError,
  computeFunnel,
  type FunnelOpportunity,
  type GroupAccount,
  paretoClasses,
  priceQuote,
  type QuoteLineInput,
  rollUpGroup,
  sumMoney,
} from '../../src/core/index.js';
import { checkedAdd } from '../../src/core/internal.js';
import { checkProperty, expectCoreError } from './helpers.js';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const OPEN = ['lead', 'qualified', 'proposal', 'negotiation'] as const;

/** Runs `fn`; returns its result, or null when it threw `overflow` (any other error fails the test). */
function orOverflow<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(CrmCoreError);
    expect((error as CrmCoreError).code, String(error)).to.equal('overflow');
    return null;
  }
}

const big = (values: readonly number[]) => values.reduce((s, v) => s + BigInt(v), 0n);
/** Amounts near 2^53 / k, so that a few of them reach the edge of the safe range. */
const nearEdge = fc.oneof(
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.integer({ min: 0, max: 2 ** 53 / 4 }).map((x) => 2 ** 53 / 4 - x),
  fc.integer({ min: 0, max: 1_000 }).map((x) => 1e12 + x),
);

describe('core: checked sums', () => {
  it('checkedAdd is exact inside the safe range and refuses to leave it', () => {
    checkProperty(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        (a, b) => {
          const exact = BigInt(a) + BigInt(b);
          const safe = exact <= MAX && exact >= -MAX;
          const result = orOverflow(() => checkedAdd(a, b, 'x'));
          expect(result === null ? null : BigInt(result)).to.equal(safe ? exact : null);
        },
      ),
      { numRuns: 300 },
    );
    expectCoreError(() => checkedAdd(Number.MAX_SAFE_INTEGER, 1, 'totals.x'), 'overflow', 'totals.x');
  });

  it("the issue's example: 9,201 deals of 1e12 + 1 fen overflow openAmount instead of ending in ...9,200", () => {
    // Spread over four open stages, so each stage total stays in range and only the cross-stage sum leaves it.
    const deals = (n: number): FunnelOpportunity[] =>
      Array.from({ length: n }, (_, i) => ({
        id: `o${i}`,
        stage: OPEN[i % 4]!,
        amount: 1e12 + 1,
        currency: 'CNY',
      }));
    const e = expectCoreError(() => computeFunnel(deals(9_201)), 'overflow', 'totals.openAmount');
    expect(e.message).to.contain('too large to compute exactly');
    // 9,000 deals still fit: the sum is exact to the last fen.
    const ok = computeFunnel(deals(9_000));
    expect(BigInt(ok.totals.openAmount)).to.equal(9_000n * (10n ** 12n + 1n));
  });

  it('funnel totals (stage, open, weighted, won, forecast, lost, unconverted) are exact or overflow', () => {
    const opp = fc.record({
      stage: fc.constantFrom(...OPEN, 'won', 'lost'),
      amount: nearEdge,
      currency: fc.constantFrom('CNY', 'CNY', 'USD'),
    });
    checkProperty(
      fc.property(fc.array(opp, { maxLength: 8 }), (rows) => {
        const opps = rows.map((r, i) => ({ id: `o${i}`, ...r }));
        const result = orOverflow(() => computeFunnel(opps));
        const sumOf = (pick: (o: (typeof opps)[number]) => boolean) => big(opps.filter(pick).map((o) => o.amount));
        const cny = (o: (typeof opps)[number]) => o.currency === 'CNY';
        const parts = [
          ...OPEN.map((s) => sumOf((o) => cny(o) && o.stage === s)),
          sumOf((o) => cny(o) && OPEN.includes(o.stage as (typeof OPEN)[number])),
          sumOf((o) => cny(o) && o.stage === 'won'),
          sumOf((o) => cny(o) && o.stage === 'lost'),
          sumOf((o) => !cny(o) && o.stage === 'lost'),
          ...OPEN.map((s) => sumOf((o) => !cny(o) && o.stage === s)),
          sumOf((o) => !cny(o) && o.stage === 'won'),
        ];
        if (parts.every((p) => p <= MAX) && sumOf(cny) <= MAX)
          expect(result, 'in range: no overflow').to.not.equal(null);
        if (result === null) return;
        expect(BigInt(result.totals.openAmount)).to.equal(parts[4]);
        expect(BigInt(result.totals.wonAmount)).to.equal(parts[5]);
        expect(BigInt(result.lost.amount)).to.equal(parts[6]);
        expect(BigInt(result.lost.unconverted[0]?.amount ?? 0)).to.equal(parts[7]);
        const weighted = big(result.stages.filter((s) => s.kind === 'open').map((s) => s.weighted));
        expect(BigInt(result.totals.weightedPipeline)).to.equal(weighted);
        expect(BigInt(result.totals.forecast)).to.equal(weighted + parts[5]!);
        for (const [i, s] of OPEN.entries()) {
          const row = result.stages.find((r) => r.stage === s)!;
          expect(BigInt(row.amount)).to.equal(parts[i]);
          expect(BigInt(row.unconverted[0]?.amount ?? 0)).to.equal(parts[8 + i]);
        }
        const won = result.stages.find((r) => r.stage === 'won')!;
        expect(BigInt(won.unconverted[0]?.amount ?? 0)).to.equal(parts[12]);
      }),
      { numRuns: 200 },
    );
  });

  it('regression: amounts without a rate still add up exactly per currency, or overflow there', () => {
    // Found by the property above (seed 514434771): three won USD deals summing past 2^53, no rate table.
    const won = [5_928_561_605_180_247, 1_000_000_000_920, 3_077_637_649_559_825].map((amount, i) => ({
      id: `w${i}`,
      stage: 'won',
      amount,
      currency: 'USD',
    }));
    expectCoreError(() => computeFunnel(won), 'overflow', 'stages.won.unconverted.USD.amount');
    const fits = computeFunnel(won.slice(1));
    expect(fits.stages.find((r) => r.stage === 'won')!.unconverted[0]!.amount).to.equal(3_078_637_649_560_745);
  });

  it('quote totals, cost and margin are exact or overflow (never rounded past 2^53)', () => {
    const line = fc.record({
      unitPrice: nearEdge,
      cost: nearEdge,
      vatRate: fc.constantFrom(0, 6),
    });
    checkProperty(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (rows) => {
        const lines: QuoteLineInput[] = rows.map((r, i) => ({ id: `l${i}`, quantity: 1, ...r }));
        const p = orOverflow(() => priceQuote({ currency: 'CNY', priceMode: 'tax-excluded', lines }, {}));
        const list = big(rows.map((r) => r.unitPrice));
        const cost = big(rows.map((r) => r.cost));
        if (p === null) {
          // Only when some exact figure really leaves the range (gross includes VAT, so check generously).
          expect(list * 106n > MAX * 100n || cost > MAX || list - cost < -MAX).to.equal(true);
          return;
        }
        expect(BigInt(p.totals.list)).to.equal(list);
        expect(BigInt(p.totals.cost!)).to.equal(cost);
        expect(BigInt(p.totals.margin!)).to.equal(list - cost);
        expect(BigInt(p.totals.gross)).to.equal(big(p.lines.map((l) => l.gross)));
      }),
      { numRuns: 200 },
    );
    // Regression (found by this property, seed 1585095825): a margin far below zero relative to the
    // net amount is a large share, not an overflow.
    const thin = priceQuote(
      {
        currency: 'CNY',
        priceMode: 'tax-excluded',
        lines: [{ id: 'a', quantity: 1, unitPrice: 2_499, cost: 2 ** 51, vatRate: 0 }],
      },
      {},
    );
    expect(thin.totals.margin).to.equal(2_499 - 2 ** 51);
    expect(thin.totals.marginShare).to.be.below(-9e11);
    const costly = (id: string): QuoteLineInput => ({ id, quantity: 1, unitPrice: 100, vatRate: 0, cost: 2 ** 52 + 1 });
    expectCoreError(
      () => priceQuote({ currency: 'CNY', priceMode: 'tax-excluded', lines: [costly('a'), costly('b')] }, {}),
      'overflow',
      'totals.cost',
    );
  });

  it('group roll-ups and Pareto totals are exact or overflow', () => {
    checkProperty(
      fc.property(fc.array(nearEdge, { minLength: 1, maxLength: 6 }), (revenues) => {
        const accounts: GroupAccount[] = revenues.map((annualRevenue, i) => ({
          id: `m${i}`,
          parentId: i === 0 ? null : `m${Math.floor((i - 1) / 2)}`,
          annualRevenue,
        }));
        const exact = big(revenues);
        const r = orOverflow(() => rollUpGroup(accounts, 'm0'));
        expect(r === null).to.equal(exact > MAX);
        if (r) expect(BigInt(r.totals.revenue)).to.equal(exact);
        const p = orOverflow(() => paretoClasses(revenues.map((value, i) => ({ id: `m${i}`, value }))));
        expect(p === null).to.equal(exact > MAX);
        if (p) expect(BigInt(p.total)).to.equal(exact);
        const s = orOverflow(() => sumMoney(revenues.map((amount) => ({ amount, currency: 'CNY' }))));
        expect(s === null).to.equal(exact > MAX);
      }),
      { numRuns: 200 },
    );
  });
});

describe('core: shares are fractions in data', () => {
  it('quote margin and discount shares, Pareto shares, funnel conversion', () => {
    const p = priceQuote(
      {
        currency: 'CNY',
        priceMode: 'tax-excluded',
        lines: [{ id: 'a', quantity: 1, unitPrice: 10_000, vatRate: 13, cost: 7_000, lineDiscount: 10 }],
      },
      {},
    );
    expect(p.totals.discountShare).to.equal(0.1);
    expect(p.totals.marginShare).to.equal(0.2222); // (9,000 - 7,000) / 9,000
    expect(p.lines[0]!.marginShare).to.equal(0.2222);
    expect(p.lines[0]!.steps[0]!.marginShareAfter).to.equal(0.2222);
    const pareto = paretoClasses([
      { id: 'a', value: 3 },
      { id: 'b', value: 1 },
    ]);
    expect(pareto.entries.map((e) => [e.share, e.cumulativeShare])).to.deep.equal([
      [0.75, 0.75],
      [0.25, 1],
    ]);
  });
});
