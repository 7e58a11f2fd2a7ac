import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  bankStarLevel,
  DEFAULT_SERVICE_STANDARDS,
  DEFAULT_VALUE_MODEL,
  loyaltyPoints,
  paretoClasses,
  scoreValueTier,
  serviceStandardFor,
  TIERS,
  tierForScore,
  type ValueModel,
} from '../../src/core/index.js';
import { checkProperty, expectCoreError } from './helpers.js';

const WAN = 1_000_000; // 10,000 yuan in fen

describe('core/tiering: value score', () => {
  // A large, stable, profitable group headquarters (indicator units as in the stored data).
  const a1 = {
    id: 'sinochem-hq',
    indicators: {
      annualRevenue: 90_000_000,
      revenueStability: 0.9,
      margin: 0.32,
      productBreadth: 9,
      strategicInfluence: 7,
      costToServe: 6,
    },
  };
  // A provincial public security bureau: modest revenue, strong social influence.
  const a2 = {
    id: 'gd-public-security',
    industry: 'public-security',
    indicators: {
      annualRevenue: 12_000_000,
      revenueStability: 0.8,
      margin: 0.22,
      productBreadth: 3,
      strategicInfluence: 9.5,
      costToServe: 8,
    },
  };

  it('A1: high contribution scores 82.27 with a per-indicator breakdown', () => {
    const r = scoreValueTier(a1);
    expect(r.breakdown.map((b) => [b.key, b.points])).to.deep.equal([
      ['annualRevenue', 30], // 90M yuan is in the top band (>= 30M)
      ['revenueStability', 13.5], // 0.9 x 15
      ['margin', 20], // 32% reaches the 30% step
      ['productBreadth', 7.27], // (9-1)/(12-1) x 10
      ['strategicInfluence', 17.5], // 7/10 x 25
      ['costToServe', -6], // negative weight
    ]);
    expect(r.score).to.equal(82.27);
    expect(r.tier).to.equal('A1');
    expect(r.strategic).to.equal(false);
    expect(r.why.at(-1)!.code).to.equal('score-tier');
  });

  it('A2: strategic influence lifts a B1 score into A2, with the reason in why', () => {
    const r = scoreValueTier(a2);
    expect(r.score).to.equal(58.57); // 15 + 12 + 14 + 1.82 + 23.75 - 8
    expect(r.scoreTier).to.equal('B1');
    expect(r.tier).to.equal('A2');
    expect(r.strategic).to.equal(true);
    expect(r.why.at(-1)!.code).to.equal('strategic');
    // With ordinary influence the same account stays B1.
    const plain = scoreValueTier({ ...a2, indicators: { ...a2.indicators, strategicInfluence: 6 } });
    expect(plain.score).to.equal(49.82);
    expect(plain.tier).to.equal('B1');
    // The rule can be restricted to industries, or switched off.
    const restricted: ValueModel = {
      ...DEFAULT_VALUE_MODEL,
      strategic: { indicator: 'strategicInfluence', minNormalised: 0.85, minScore: 40, industries: ['government'] },
    };
    expect(scoreValueTier(a2, restricted).tier).to.equal('B1');
    expect(scoreValueTier(a2, { ...DEFAULT_VALUE_MODEL, strategic: null }).tier).to.equal('B1');
  });

  it('reads a top-level field when the model says so (annual revenue in fen)', () => {
    const model: ValueModel = {
      indicators: [
        {
          key: 'revenue',
          field: 'annualRevenue',
          weight: 1,
          normalise: { kind: 'min-max', min: 0, max: 10_000_000_000 },
        },
      ],
      thresholds: { A1: 80, A2: 60, B1: 40, B2: 20 },
    };
    expect(scoreValueTier({ annualRevenue: 5_000_000_000 }, model)).to.deep.include({ score: 50, tier: 'B1' });
    expectCoreError(() => scoreValueTier({ annualRevenue: '5' }, model), 'invalid-number', 'annualRevenue');
  });

  it('validates accounts and models', () => {
    expectCoreError(
      () => scoreValueTier({ indicators: { revenueStability: 1 } }),
      'missing-indicator',
      'indicators.annualRevenue',
    );
    expectCoreError(
      () => scoreValueTier({ ...a1, indicators: { ...a1.indicators, margin: Number.NaN } }),
      'invalid-number',
      'indicators.margin',
    );
    const zero = scoreValueTier({ id: 'x' }, { ...DEFAULT_VALUE_MODEL, missing: 'zero' });
    expect(zero.score).to.equal(0);
    expect(zero.breakdown[0]!.raw).to.equal(null);
    expectCoreError(
      () => scoreValueTier(a1, { ...DEFAULT_VALUE_MODEL, thresholds: { A1: 50, A2: 60, B1: 40, B2: 30 } }),
      'invalid-model',
    );
    expectCoreError(() => scoreValueTier(a1, { ...DEFAULT_VALUE_MODEL, indicators: [] }), 'invalid-model');
  });

  it('property: the score stays in 0..100 and the tier follows the thresholds', () => {
    const arb = fc.record({
      indicators: fc.record({
        annualRevenue: fc.integer({ min: 0, max: 200_000_000 }),
        revenueStability: fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        margin: fc.double({ min: -0.2, max: 0.6, noNaN: true }),
        productBreadth: fc.integer({ min: 0, max: 20 }),
        strategicInfluence: fc.double({ min: 0, max: 10, noNaN: true }),
        costToServe: fc.double({ min: 0, max: 12, noNaN: true }),
      }),
    });
    checkProperty(
      fc.property(arb, (account) => {
        const r = scoreValueTier(account);
        expect(r.score).to.be.within(0, 100);
        expect(r.scoreTier).to.equal(tierForScore(r.score));
        if (!r.strategic) expect(r.tier).to.equal(r.scoreTier);
        else expect(r.tier).to.equal('A2');
      }),
      { numRuns: 150 },
    );
  });
});

describe('core/tiering: Pareto ABC', () => {
  // Ten accounts, value in 10,000 yuan; F and G tie at 30.
  const accounts = [
    ['G', 30],
    ['A', 500],
    ['J', 5],
    ['C', 100],
    ['E', 40],
    ['B', 200],
    ['I', 15],
    ['F', 30],
    ['D', 60],
    ['H', 20],
  ].map(([id, v]) => ({ id: id as string, value: (v as number) * WAN }));

  it('classes a 10-account list at 80% / 95%', () => {
    const r = paretoClasses(accounts);
    expect(r.entries.map((e) => `${e.id}:${e.class}`).join(' ')).to.equal('A:A B:A C:A D:B E:B F:B G:B H:C I:C J:C');
    expect(r.counts).to.deep.equal({ A: 3, B: 4, C: 3 });
    // Shares are fractions in data (percents only in display).
    expect(r.entries[2]!.cumulativeShare).to.equal(0.8); // A class reaches exactly 80%
    expect(r.entries[6]!.cumulativeShare).to.equal(0.96); // G needed to pass 95%
    expect(r.entries[0]!.share).to.equal(0.5);
    expect(r.entries.find((e) => e.id === 'F')!.rank).to.be.below(r.entries.find((e) => e.id === 'G')!.rank);
  });

  it('is deterministic whatever the input order; cut points are configurable', () => {
    const shuffled = [...accounts].reverse();
    expect(paretoClasses(shuffled).entries.map((e) => e.id)).to.deep.equal(
      paretoClasses(accounts).entries.map((e) => e.id),
    );
    expect(paretoClasses(accounts, { cuts: [70, 90] }).counts).to.deep.equal({ A: 2, B: 3, C: 5 });
  });

  it('rejects negative values, duplicates and inverted cuts', () => {
    expectCoreError(() => paretoClasses([{ id: 'a', value: -1 }]), 'negative-amount');
    expectCoreError(
      () =>
        paretoClasses([
          { id: 'a', value: 1 },
          { id: 'a', value: 2 },
        ]),
      'duplicate-id',
    );
    expectCoreError(() => paretoClasses(accounts, { cuts: [90, 80] }), 'out-of-range');
  });

  it('property: every account gets one class; A is the smallest prefix reaching the cut', () => {
    const arb = fc.uniqueArray(
      fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), value: fc.integer({ min: 0, max: 1e9 }) }),
      {
        selector: (x) => x.id,
        maxLength: 40,
      },
    );
    checkProperty(
      fc.property(arb, fc.integer({ min: 1, max: 99 }), (items, cutA) => {
        const r = paretoClasses(items, { cuts: [cutA, Math.min(100, cutA + 10)] });
        expect(r.entries.map((e) => e.id).sort()).to.deep.equal(items.map((i) => i.id).sort());
        const classes = r.entries.map((e) => e.class).join('');
        expect(classes).to.match(/^A*B*C*$/);
        const a = r.entries.filter((e) => e.class === 'A');
        const sumA = a.reduce((s, e) => s + e.value, 0);
        if (r.total > 0) {
          expect(sumA * 100).to.be.at.least(cutA * r.total);
          const withoutLast = sumA - (a.at(-1)?.value ?? 0);
          if (a.length) expect(withoutLast * 100).to.be.below(cutA * r.total);
        } else expect(a).to.have.length(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('core/tiering: bank stars and carrier points', () => {
  it('10,000 yuan of wealth transactions = 200 points', () => {
    const r = bankStarLevel([{ kind: 'wealth', amount: 1 * WAN, currency: 'CNY' }]);
    expect(r.points).to.equal(200);
    expect(r.level).to.equal(null); // below the 3-star threshold of 1,000 points
  });

  it('sums kinds and maps points to star levels', () => {
    const r = bankStarLevel([
      { kind: 'wealth', amount: 30 * WAN, currency: 'CNY' }, // 30 x 200 = 6,000
      { kind: 'card', amount: 5 * WAN, currency: 'CNY' }, // 5 x 400 = 2,000
      { kind: 'settlement', amount: 1.5 * WAN, currency: 'CNY' }, // 1 complete unit = 200
    ]);
    expect(r.points).to.equal(8_200);
    expect(r.level).to.equal('4star');
    expect(r.why.at(-1)!.values?.level).to.equal('4star');
    expect(
      bankStarLevel([{ kind: 'settlement', amount: 1.5 * WAN, currency: 'CNY' }], {
        ...bankStarConfig(),
        partialUnits: 'pro-rata',
      }).points,
    ).to.equal(300);
    expectCoreError(() => bankStarLevel([{ kind: 'lottery', amount: 1, currency: 'CNY' }]), 'invalid-input');
    expectCoreError(() => bankStarLevel([{ kind: 'card', amount: 1, currency: 'USD' }]), 'currency-mismatch');
    expectCoreError(() => bankStarLevel([{ kind: 'card', amount: -1, currency: 'CNY' }]), 'negative-amount');
  });

  it('14 months of tenure and 350 yuan monthly spend = 49 points; an unpaid bill resets to 0', () => {
    const r = loyaltyPoints({ tenureMonths: 14, monthlySpend: { amount: 35_000, currency: 'CNY' } });
    expect([r.tenurePoints, r.spendPoints, r.points]).to.deep.equal([14, 35, 49]);
    expect(r.discountPercent).to.equal(2);
    const unpaid = loyaltyPoints({
      tenureMonths: 14,
      monthlySpend: { amount: 35_000, currency: 'CNY' },
      unpaidBill: true,
    });
    expect(unpaid.points).to.equal(0);
    expect(unpaid.reset).to.equal(true);
    expect(unpaid.discountPercent).to.equal(0);
    expectCoreError(
      () => loyaltyPoints({ tenureMonths: -1, monthlySpend: { amount: 0, currency: 'CNY' } }),
      'negative-quantity',
    );
    expectCoreError(
      () => loyaltyPoints({ tenureMonths: 1.5, monthlySpend: { amount: 0, currency: 'CNY' } }),
      'not-integer',
    );
  });

  it('has a default service standard for every tier code of every scheme', () => {
    for (const t of TIERS) {
      const s = serviceStandardFor(t.code, t.scheme);
      expect(s, `${t.scheme}/${t.code}`).to.not.equal(null);
      expect(s!.summary['zh-CN']).to.be.a('string').and.not.empty;
    }
    expect(serviceStandardFor('A1', 'value')!.accountManager).to.equal('dedicated');
    expect(serviceStandardFor('C', 'pareto')).to.equal(DEFAULT_SERVICE_STANDARDS.pareto!.C);
  });
});

function bankStarConfig() {
  return {
    currency: 'CNY',
    unit: WAN,
    pointsPerUnit: { wealth: 200, card: 400, settlement: 200 },
    thresholds: [{ level: '3star' as const, minPoints: 1_000 }],
  };
}
