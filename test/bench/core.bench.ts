/**
 * Core engine benchmarks: re-pricing a 1,000-line quote (exact integer money, four stacked
 * discounts, VAT, per-line explanation and margins) and the funnel over 100,000 opportunities
 * (validation, flow, time in stage, currency conversion). Baselines measured in the same run:
 * the same quote priced without discount rules, and a single loop that only counts deals per stage.
 */
import {
  computeFunnel,
  DEFAULT_PRICING_RULES,
  type FunnelOpportunity,
  type PricingRules,
  priceQuote,
  type QuoteInput,
} from '../../src/core/index.js';
import { measure, record } from '../support/bench.js';

/** Deterministic pseudo-random numbers (mulberry32), so every run prices the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The default stack plus a promotion on hardware; cash applies without payment terms, so every step runs. */
const rules: PricingRules = {
  ...DEFAULT_PRICING_RULES,
  promotions: [{ id: 'promo', percent: 5, categories: ['hardware'] }],
  cash: { percent: 2 },
};

function bigQuote(lines: number): QuoteInput {
  const r = random(42);
  return {
    id: 'bench',
    currency: 'CNY',
    priceMode: 'tax-excluded',
    lines: Array.from({ length: lines }, (_, i) => ({
      id: `l${i}`,
      productId: `p${i % 50}`,
      category: i % 3 ? 'hardware' : 'service',
      quantity: Math.floor(r() * 1_000_000) / 1000,
      unitPrice: Math.floor(r() * 5_000_000),
      vatRate: [13, 9, 6, 0][i % 4]!,
      lineDiscount: i % 7 === 0 ? 3 : undefined,
      cost: Math.floor(r() * 2_000_000),
    })),
  };
}

const STAGES = ['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost'];

function opportunities(count: number): FunnelOpportunity[] {
  const r = random(7);
  const start = Date.parse('2025-01-01T00:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const end = Math.floor(r() * 6); // index of the current stage
    const history: { stage: string; at: string }[] = [];
    let t = start + Math.floor(r() * 180) * 86_400_000;
    for (let s = 0; s <= Math.min(end, 4); s++) {
      if (s === end || r() > 0.1) history.push({ stage: STAGES[s]!, at: new Date(t).toISOString() });
      t += Math.floor(1 + r() * 30) * 86_400_000;
    }
    if (end === 5) history.push({ stage: 'lost', at: new Date(t).toISOString() });
    return {
      id: `o${i}`,
      customerId: `c${i % 5000}`,
      stage: STAGES[end]!,
      amount: Math.floor(r() * 100_000_000),
      currency: i % 10 === 0 ? 'USD' : 'CNY',
      owner: `owner-${i % 40}`,
      createdAt: history[0]!.at,
      stageHistory: history,
    };
  });
}

describe('core benchmarks', () => {
  it('re-prices a 1,000-line quote', async () => {
    const quote = bigQuote(1000);
    const customer = { tier: 'A1' };
    const timing = await measure(() => priceQuote(quote, rules, customer), { runs: 25, warmup: 5 });
    // Baseline: the same engine with no rules (exact list x quantity and VAT only), so the ratio is
    // what the four stacked discounts, their explanation and the per-step margins cost.
    const plain = await measure(() => priceQuote(quote, {}, customer), { runs: 25, warmup: 5 });
    await record({
      group: 'core',
      name: 're-price a 1,000-line quote: 4 stacked discounts + VAT + explanation (median)',
      value: timing.median,
      unit: 'ms',
      runs: timing.runs,
      baseline: { name: 'same quote, no discount rules (list + VAT)', value: plain.median },
    });
  });

  it('computes the funnel over 100,000 opportunities', async () => {
    const list = opportunities(100_000);
    const options = { rates: { asOf: '2025-06-30', rates: { 'USD/CNY': '7.1586' } }, now: '2025-12-31T00:00:00Z' };
    const timing = await measure(() => computeFunnel(list, options), { runs: 9, warmup: 2 });
    const naive = await measure(
      () => {
        const counts = new Map<string, number>();
        for (const o of list) counts.set(o.stage, (counts.get(o.stage) ?? 0) + 1);
        return counts;
      },
      { runs: 9, warmup: 2 },
    );
    await record({
      group: 'core',
      name: 'funnel over 100,000 opportunities: flow, time in stage, FX (median)',
      value: timing.median,
      unit: 'ms',
      runs: timing.runs,
      baseline: { name: 'single pass counting per stage', value: naive.median },
    });
  });
});
