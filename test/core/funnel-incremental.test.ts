import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IncrementalFunnel, SortedNumbers } from '../../src/core/funnel-incremental.js';
import { computeFunnel, type FunnelOpportunity, type FunnelOptions } from '../../src/core/index.js';

const FLOW = ['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost'];
const CUSTOMERS = new Map([
  ['c1', { id: 'c1', tier: 'A1', industry: 'energy', channel: 'direct' }],
  ['c2', { id: 'c2', tier: 'B2', industry: 'finance' }],
]);

/** A random valid opportunity: stage, history (sometimes out of order), amounts in CNY, USD or JPY. */
const opportunity = (id: string) =>
  fc
    .record({
      stage: fc.constantFrom(...FLOW),
      amount: fc.integer({ min: 0, max: 5_000_000_000 }),
      currency: fc.constantFrom('CNY', 'CNY', 'USD', 'JPY'),
      probability: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      owner: fc.constantFrom('wang', 'li', undefined),
      customerId: fc.constantFrom('c1', 'c2', 'c3'),
      day: fc.integer({ min: 1, max: 28 }),
      history: fc.array(fc.record({ stage: fc.constantFrom(...FLOW), hours: fc.integer({ min: 0, max: 2000 }) }), {
        maxLength: 5,
      }),
    })
    .map(
      (r): FunnelOpportunity => ({
        id,
        stage: r.stage,
        amount: r.amount,
        currency: r.currency,
        ...(r.probability === undefined ? {} : { probability: r.probability }),
        ...(r.owner === undefined ? {} : { owner: r.owner }),
        customerId: r.customerId,
        createdAt: `2026-03-${String(r.day).padStart(2, '0')}T00:00:00.000Z`,
        stageHistory: r.history.map((h) => ({
          stage: h.stage,
          at: new Date(Date.parse('2026-01-01T00:00:00.000Z') + h.hours * 3_600_000).toISOString(),
        })),
      }),
    );

const OPTION_SETS: FunnelOptions[] = [
  {},
  {
    mode: 'strict',
    rates: { asOf: '2026-01-01', rates: { 'USD/CNY': '7.1586' } },
    target: { amount: 1e9, currency: 'CNY' },
  },
  { now: '2026-06-01T00:00:00.000Z', rounding: 'half-even' },
  { filters: { owner: 'wang', tier: ['A1', 'B2'], period: { from: '2026-03-05' } }, customers: CUSTOMERS },
  {
    filters: { channel: 'direct' },
    customers: CUSTOMERS,
    currency: 'USD',
    rates: { asOf: '2026-01-01', rates: { 'USD/CNY': '7.1586' } },
  },
];

describe('IncrementalFunnel', () => {
  it('equals computeFunnel over the current set after random adds, changes and deletes', () => {
    const step = fc.record({ slot: fc.nat(11), op: fc.constantFrom('put', 'put', 'delete') });
    fc.assert(
      fc.property(
        fc.constantFrom(...OPTION_SETS.keys()),
        fc.array(opportunity('x'), { minLength: 30, maxLength: 30 }),
        fc.array(step, { minLength: 1, maxLength: 30 }),
        (which, pool, steps) => {
          const options = OPTION_SETS[which]!;
          const current = new Map<string, FunnelOpportunity>();
          const funnel = new IncrementalFunnel(options);
          // A fill, then single changes.
          const initial = pool.slice(0, 6).map((o, i) => ({ ...o, id: `o${i}` }));
          for (const o of initial) current.set(o.id, o);
          funnel.addAll(initial);
          expect(funnel.result()).to.deep.equal(computeFunnel([...current.values()], options));
          steps.forEach(({ slot, op }, k) => {
            const id = `o${slot}`;
            const before = current.get(id);
            const after = op === 'put' ? { ...pool[(k + slot) % pool.length]!, id } : undefined;
            funnel.replace(before, after);
            if (after) current.set(id, after);
            else current.delete(id);
            expect(funnel.result(), `step ${k}`).to.deep.equal(computeFunnel([...current.values()], options));
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reports an invalid opportunity by id until it is removed or fixed', () => {
    const funnel = new IncrementalFunnel();
    const good = { id: 'a', stage: 'lead', amount: 100, currency: 'CNY' };
    const bad = { id: 'b', stage: 'pilot', amount: 100, currency: 'CNY' };
    funnel.addAll([good, bad]);
    expect(() => funnel.result()).to.throw('opportunities[id=b].stage: unknown stage "pilot"');
    funnel.replace(bad, { ...bad, stage: 'won' });
    expect(funnel.result().stages.find((r) => r.stage === 'won')!.count).to.equal(1);
    expect(funnel.result().totals.count).to.equal(2);
  });

  it('rejects bad options exactly as computeFunnel does', () => {
    expect(() => new IncrementalFunnel({ mode: 'sideways' as 'strict' })).to.throw('mode must be strict or any-stage');
  });
});

describe('SortedNumbers', () => {
  it('keeps median and mean of a multiset under inserts and deletes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 50 })), { maxLength: 200 }), (ops) => {
        const set = new SortedNumbers();
        const model: number[] = [];
        for (const [insert, value] of ops) {
          if (insert) {
            set.insert(value);
            model.push(value);
          } else {
            const at = model.indexOf(value);
            expect(set.delete(value)).to.equal(at >= 0);
            if (at >= 0) model.splice(at, 1);
          }
        }
        const sorted = [...model].sort((a, b) => a - b);
        const mid = sorted.length >> 1;
        const median =
          sorted.length === 0 ? null : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
        expect(set.median()).to.equal(median);
        expect(set.size).to.equal(model.length);
      }),
    );
  });
});
