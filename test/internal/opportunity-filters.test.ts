/**
 * The board's filter predicate and the funnel engine mean the same thing by every filter: for any
 * opportunity and filters, the predicate keeps it exactly when computeFunnel counts it.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { computeFunnel, DEFAULT_STAGES } from '../../src/core/funnel.js';
import { opportunityMatcher, parseFilters } from '../../src/internal/opportunity-filters.js';

const customers = [
  { id: 'h', tier: 'A1', industry: 'energy', channel: 'direct' },
  { id: 's', parentId: 'h', tier: 'B1', industry: 'finance' },
  { id: 'x', tier: null, channel: 'web' },
];

describe('shared opportunity filters', () => {
  it('agree with the funnel engine on every filter (property)', () => {
    const pick = <T>(values: T[]) => fc.constantFrom(...values);
    const opportunity = fc.record({
      id: fc.constant('o'),
      customerId: fc.option(pick(['h', 's', 'x', 'gone']), { nil: undefined }),
      stage: pick(DEFAULT_STAGES.map((s) => s.id)),
      amount: fc.nat(1000),
      currency: fc.constant('CNY'),
      owner: fc.option(pick(['王磊', '陈静']), { nil: undefined }),
      team: fc.option(pick(['华北', '华东']), { nil: undefined }),
      channel: fc.option(pick(['direct', 'web']), { nil: undefined }),
      createdAt: fc.option(pick(['2026-03-31T23:00:00.000Z', '2026-04-01T00:00:00.000Z', '2026-12-31T10:00:00.000Z']), {
        nil: undefined,
      }),
      expectedClose: fc.option(pick(['2026-06-30', '2027-01-01']), { nil: undefined }),
    });
    const settings = fc.record({
      owner: fc.option(pick(['王磊', '王磊,陈静']), { nil: undefined }),
      team: fc.option(pick(['华北']), { nil: undefined }),
      tier: fc.option(pick(['A1', 'B1,C']), { nil: undefined }),
      industry: fc.option(pick(['energy']), { nil: undefined }),
      channel: fc.option(pick(['direct', 'web']), { nil: undefined }),
      period: fc.option(pick(['2026-Q2', '2026', '2026-04-01/', '/2026-06-30']), { nil: undefined }),
      periodField: fc.option(pick(['created', 'expected-close'] as const), { nil: undefined }),
    });
    fc.assert(
      fc.property(opportunity, settings, (o, s) => {
        const parsed = parseFilters(s);
        const kept = opportunityMatcher(parsed, customers)(o);
        const counted = computeFunnel([o], {
          filters: parsed.filters,
          customers: new Map(customers.map((c) => [c.id, c])),
        }).totals.count;
        return kept === (counted === 1);
      }),
      { numRuns: 400, verbose: true },
    );
  });

  it('the group filter keeps the head and its subsidiaries, and names an unknown group', () => {
    const matches = opportunityMatcher(parseFilters({ group: 'h' }), customers);
    const o = (customerId: string) => ({ id: 'o', customerId, stage: 'lead', amount: 1, currency: 'CNY' });
    expect([matches(o('h')), matches(o('s')), matches(o('x'))]).to.deep.equal([true, true, false]);
    expect(() => opportunityMatcher(parseFilters({ group: 'nope' }), customers)).to.throw('group: no customer "nope"');
    expect(() => opportunityMatcher(parseFilters({ tier: 'A1' }), undefined)).to.throw('customers');
  });
});
