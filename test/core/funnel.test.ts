import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { computeFunnel, DEFAULT_STAGES, type FunnelOpportunity, type RateTable } from '../../src/core/index.js';
import { checkProperty, expectCoreError } from './helpers.js';

const day = (d: string) => `2025-${d}T08:00:00Z`;
const rates: RateTable = { asOf: '2025-06-30', rates: { 'USD/CNY': '7.1586' } };

const opps: FunnelOpportunity[] = [
  {
    id: 'o1',
    customerId: 'c1',
    owner: 'wang',
    stage: 'won',
    amount: 10_000_000,
    currency: 'CNY',
    createdAt: day('01-01'),
    stageHistory: [
      { stage: 'lead', at: day('01-01') },
      { stage: 'qualified', at: day('01-11') },
      { stage: 'proposal', at: day('01-21') },
      { stage: 'negotiation', at: day('02-01') },
      { stage: 'won', at: day('02-10') },
    ],
  },
  {
    id: 'o2',
    customerId: 'c2',
    owner: 'li',
    stage: 'lost',
    amount: 5_000_000,
    currency: 'CNY',
    createdAt: day('02-01'),
    stageHistory: [
      { stage: 'lead', at: day('02-01') },
      { stage: 'qualified', at: day('02-06') },
      { stage: 'lost', at: day('02-20') },
    ],
  },
  {
    id: 'o3',
    customerId: 'c1',
    owner: 'wang',
    stage: 'negotiation',
    amount: 20_000_000,
    currency: 'CNY',
    createdAt: day('03-01'),
    // Skipped "qualified": counts in the any-stage funnel, not in the strict one.
    stageHistory: [
      { stage: 'proposal', at: day('03-21') }, // out of order on purpose: sorted by time
      { stage: 'lead', at: day('03-01') },
      { stage: 'negotiation', at: day('04-01') },
    ],
  },
  {
    id: 'o4',
    customerId: 'c3',
    owner: 'li',
    stage: 'proposal',
    amount: 8_000_000,
    currency: 'CNY',
    createdAt: day('04-01'),
    stageHistory: [
      { stage: 'qualified', at: day('04-01') },
      { stage: 'proposal', at: day('04-15') },
    ],
  },
  {
    id: 'o5',
    customerId: 'c2',
    owner: 'wang',
    stage: 'lead',
    amount: 1_000_000,
    currency: 'CNY',
    probability: 20,
    createdAt: day('05-01'),
    stageHistory: [{ stage: 'lead', at: day('05-01') }],
  },
  {
    id: 'o6',
    customerId: 'c3',
    owner: 'li',
    stage: 'qualified',
    amount: 1_000_000, // 10,000.00 USD
    currency: 'USD',
    createdAt: day('05-10'),
    stageHistory: [
      { stage: 'lead', at: day('05-10') },
      { stage: 'qualified', at: day('05-13') },
    ],
  },
];

const customers = {
  c1: { id: 'c1', tier: 'A1', industry: 'energy' },
  c2: { id: 'c2', tier: 'B1', industry: 'government' },
  c3: { id: 'c3', tier: 'A2', industry: 'media' },
};

const col = (
  r: ReturnType<typeof computeFunnel>,
  key: 'count' | 'reached' | 'amount' | 'weighted' | 'conversionToNext' | 'dropOff',
) => r.stages.map((s) => s[key]);

describe('core/funnel: worked example', () => {
  it('counts, amounts and weighted pipeline per stage, converting USD with the dated table', () => {
    const r = computeFunnel(opps, { rates, target: { amount: 50_000_000, currency: 'CNY' } });
    expect(r.stages.map((s) => s.stage)).to.deep.equal(['lead', 'qualified', 'proposal', 'negotiation', 'won']);
    expect(col(r, 'count')).to.deep.equal([1, 1, 1, 1, 1]);
    expect(col(r, 'amount')).to.deep.equal([1_000_000, 7_158_600, 8_000_000, 20_000_000, 10_000_000]);
    // o5 uses its own probability (20%) instead of the lead default (10%).
    expect(col(r, 'weighted')).to.deep.equal([200_000, 1_789_650, 4_000_000, 15_000_000, 10_000_000]);
    expect(r.totals.weightedPipeline).to.equal(20_989_650);
    expect(r.totals.wonAmount).to.equal(10_000_000);
    expect(r.totals.forecast).to.equal(30_989_650);
    expect(r.totals.gap).to.equal(19_010_350);
    expect(r.totals.attainment).to.equal(0.6198);
    expect(r.lost).to.deep.include({ count: 1, amount: 5_000_000, byLastStage: { qualified: 1 } });
    expect(r.ratesAsOf).to.equal('2025-06-30');
  });

  it('any-stage vs strict flow, conversion and drop-off', () => {
    const any = computeFunnel(opps, { rates });
    expect(col(any, 'reached')).to.deep.equal([5, 4, 3, 2, 1]);
    expect(col(any, 'conversionToNext')).to.deep.equal([0.8, 0.75, 0.6667, 0.5, null]);
    expect(any.stages.map((s) => s.conversionFromFirst)).to.deep.equal([1, 0.8, 0.6, 0.4, 0.2]);
    expect(col(any, 'dropOff')).to.deep.equal([1, 1, 1, 1, 0]);
    const strict = computeFunnel(opps, { rates, mode: 'strict' });
    expect(col(strict, 'reached')).to.deep.equal([5, 3, 1, 1, 1]);
  });

  it('a won deal with no stage history counts as having passed every earlier stage (no negative drop-off)', () => {
    const bare: FunnelOpportunity = { id: 'w', stage: 'won', amount: 100, currency: 'CNY', createdAt: day('03-01') };
    for (const mode of ['any-stage', 'strict'] as const) {
      const result = computeFunnel([bare], { mode });
      expect(col(result, 'reached'), mode).to.deep.equal([1, 1, 1, 1, 1]);
      expect(col(result, 'dropOff'), mode).to.deep.equal([0, 0, 0, 0, 0]);
    }
    // An open deal without history still counts only where it is.
    const open = computeFunnel([{ ...bare, id: 'p', stage: 'proposal' }], { mode: 'any-stage' });
    expect(col(open, 'reached')).to.deep.equal([0, 0, 1, 0, 0]);
  });

  it('median and mean time in stage from the stage history', () => {
    const r = computeFunnel(opps, { rates });
    // Lead stays: o1 10 days, o2 5, o3 20, o6 3 (o5 is still in lead: not counted without `now`).
    expect(r.stages[0]!.time).to.deep.equal({ samples: 4, medianDays: 7.5, meanDays: 9.5 });
    const withNow = computeFunnel(opps, { rates, now: day('05-31') });
    expect(withNow.stages[0]!.time).to.deep.equal({ samples: 5, medianDays: 10, meanDays: 13.6 });
  });

  it('without a rate the USD deal is reported apart, never summed into CNY', () => {
    const r = computeFunnel(opps);
    expect(r.stages[1]!.amount).to.equal(0);
    expect(r.stages[1]!.unconverted).to.deep.equal([
      { currency: 'USD', count: 1, amount: 1_000_000, weighted: 250_000 },
    ]);
    expect(r.totals.unconvertedCount).to.equal(1);
    expect(r.totals.weightedPipeline).to.equal(19_200_000);
  });

  it('filters by owner, tier, industry, channel and period', () => {
    expect(computeFunnel(opps, { rates, filters: { owner: 'wang' } }).totals.count).to.equal(3);
    expect(computeFunnel(opps, { rates, customers, filters: { tier: ['A1', 'A2'] } }).totals.count).to.equal(4);
    expect(
      computeFunnel(opps, { rates, customers: new Map(Object.entries(customers)), filters: { industry: 'government' } })
        .totals.count,
    ).to.equal(2);
    const period = computeFunnel(opps, { rates, filters: { period: { from: '2025-03-01', to: '2025-04-30' } } });
    expect(period.totals).to.deep.include({ count: 2, excluded: 4 });
    expect(computeFunnel(opps, { filters: { channel: 'web' } }).totals.count).to.equal(0);
  });

  it('rejects unknown stages, bad amounts and bad options with typed errors', () => {
    expectCoreError(
      () => computeFunnel([{ ...opps[0]!, stage: 'closing' }]),
      'unknown-stage',
      'opportunities[0].stage',
    );
    expectCoreError(
      () => computeFunnel([{ ...opps[4]!, stageHistory: [{ stage: 'demo', at: day('01-01') }] }]),
      'unknown-stage',
      'stageHistory[0]',
    );
    expectCoreError(() => computeFunnel([{ ...opps[0]!, amount: -5 }]), 'negative-amount');
    expectCoreError(() => computeFunnel([{ ...opps[0]!, amount: Number.NaN }]), 'invalid-number');
    expectCoreError(() => computeFunnel([{ ...opps[4]!, probability: 120 }]), 'out-of-range');
    expectCoreError(
      () => computeFunnel([{ ...opps[4]!, stageHistory: [{ stage: 'lead', at: 'yesterday' }] }]),
      'invalid-date',
    );
    expectCoreError(() => computeFunnel(opps, { filters: { tier: 'A1' } }), 'invalid-input', 'customers');
    expectCoreError(() => computeFunnel(opps, { target: { amount: 1, currency: 'USD' } }), 'currency-mismatch');
    expectCoreError(
      () =>
        computeFunnel(opps, { stages: [...DEFAULT_STAGES, { id: 'lead', order: 9, probability: 1, kind: 'open' }] }),
      'invalid-stages',
    );
  });
});

const stageIds = ['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost'];
const oppArb = fc
  .record({
    id: fc.uuid(),
    stage: fc.constantFrom(...stageIds),
    amount: fc.integer({ min: 0, max: 1e10 }),
    currency: fc.constantFrom('CNY', 'CNY', 'USD'),
    history: fc.subarray(stageIds.slice(0, 5)),
    start: fc.integer({ min: 0, max: 1e10 }),
  })
  .map(
    (o): FunnelOpportunity => ({
      id: o.id,
      stage: o.stage,
      amount: o.amount,
      currency: o.currency,
      stageHistory: o.history.map((stage, i) => ({
        stage,
        at: new Date(1.7e12 + o.start + i * 86_400_000).toISOString(),
      })),
    }),
  );

describe('core/funnel: properties', () => {
  it('strict funnel counts never increase along the stages', () => {
    checkProperty(
      fc.property(fc.array(oppArb, { maxLength: 60 }), (list) => {
        const r = computeFunnel(list, { mode: 'strict' });
        const reached = col(r, 'reached') as number[];
        for (let i = 1; i < reached.length; i++) expect(reached[i]).to.be.at.most(reached[i - 1]!);
        for (const s of r.stages) expect(s.dropOff).to.be.at.least(0);
        // Every opportunity is counted once in the snapshot.
        expect(r.stages.reduce((s, x) => s + x.count, 0) + r.lost.count).to.equal(list.length);
      }),
      { numRuns: 150 },
    );
  });

  it('amounts are never summed across currencies: converted + unconverted account for every deal', () => {
    checkProperty(
      fc.property(fc.array(oppArb, { maxLength: 60 }), (list) => {
        const r = computeFunnel(list);
        const cny = list.filter((o) => o.currency === 'CNY').reduce((s, o) => s + o.amount, 0);
        const usd = list.filter((o) => o.currency === 'USD');
        expect(r.stages.reduce((s, x) => s + x.amount, 0) + r.lost.amount).to.equal(cny);
        expect(r.totals.unconvertedCount).to.equal(usd.length);
        const unconverted = [...r.stages.flatMap((s) => s.unconverted), ...r.lost.unconverted];
        expect(unconverted.reduce((s, u) => s + u.amount, 0)).to.equal(usd.reduce((s, o) => s + o.amount, 0));
        const converted = computeFunnel(list, { rates });
        expect(converted.totals.unconvertedCount).to.equal(0);
      }),
      { numRuns: 100 },
    );
  });
});
