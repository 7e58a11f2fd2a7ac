import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  buildHierarchy,
  flattenGroup,
  type GroupAccount,
  groupTree,
  type RateTable,
  rollUpGroup,
} from '../../src/core/index.js';
import { checkProperty, expectCoreError } from './helpers.js';

const rates: RateTable = { asOf: '2025-06-30', rates: { 'USD/CNY': '7.1586' } };

const accounts: GroupAccount[] = [
  {
    id: 'g',
    name: '华能集团',
    creditLimit: 20_000_000,
    annualRevenue: 100_000_000,
    receivables: 2_000_000,
    openOrders: 1_000_000,
    riskFlags: ['market:sector-downturn'],
  },
  {
    id: 's1',
    parentId: 'g',
    name: '华能电力',
    creditLimit: 10_000_000,
    annualRevenue: 300_000_000,
    receivables: 8_000_000,
    openOrders: 4_000_000,
    riskFlags: ['credit:overdue'],
  },
  {
    id: 's2',
    parentId: 'g',
    name: 'Huaneng Intl (USD)',
    currency: 'USD',
    creditLimit: 5_000_000,
    annualRevenue: 1_000_000,
    receivables: 1_000_000,
  },
  {
    id: 's11',
    parentId: 's1',
    name: '华能电力北京',
    annualRevenue: 20_000_000,
    openOrders: 500_000,
    riskFlags: ['operational:key-person', 'esg:watch'],
  },
  { id: 'x', name: 'Standalone' },
  { id: 'm', parentId: 'ghost', name: 'Parent not loaded' },
  { id: 'c1', parentId: 'c2' },
  { id: 'c2', parentId: 'c1' },
  { id: 'c3', parentId: 'c1' },
];

const opportunities = [
  { customerId: 's1', stage: 'negotiation', amount: 10_000_000, currency: 'CNY' },
  { customerId: 's11', stage: 'lead', amount: 1_000_000, currency: 'CNY' },
  { customerId: 'g', stage: 'won', amount: 5_000_000, currency: 'CNY' },
  { customerId: 'x', stage: 'proposal', amount: 9_000_000, currency: 'CNY' },
];

describe('core/group: hierarchy', () => {
  it('builds trees and reports missing parents and cycles instead of looping', () => {
    const h = buildHierarchy(accounts);
    expect(h.roots.map((r) => r.id)).to.deep.equal(['g', 'm', 'x']);
    expect(flattenGroup(h.roots[0]!).map((n) => `${n.id}@${n.depth}`)).to.deep.equal(['g@0', 's1@1', 's11@2', 's2@1']);
    expect(h.issues.map((i) => [i.kind, i.ids])).to.deep.equal([
      ['missing-parent', ['m']],
      ['cycle', ['c1', 'c2']],
      ['under-cycle', ['c3']],
    ]);
    expect(h.unplaced).to.deep.equal(['c1', 'c2', 'c3']);
  });

  it('throws for a group headed inside a cycle, unknown heads and duplicate ids', () => {
    expectCoreError(() => groupTree(accounts, 'c3'), 'cycle', 'rootId');
    expectCoreError(() => groupTree(accounts, 'nope'), 'unknown-account');
    expectCoreError(() => buildHierarchy([{ id: 'a' }, { id: 'a' }]), 'duplicate-id');
    expect(groupTree(accounts, 's1').root.children.map((c) => c.id)).to.deep.equal(['s11']);
  });
});

describe('core/group: roll-up and risk', () => {
  const r = rollUpGroup(accounts, 'g', { rates, opportunities });

  it('rolls revenue, exposure and open pipeline up to the head (USD member converted)', () => {
    expect(r.currency).to.equal('CNY');
    expect(r.totals).to.deep.equal({
      revenue: 427_158_600,
      exposure: 22_658_600,
      pipeline: 11_000_000,
      weightedPipeline: 7_600_000,
      memberCount: 4,
    });
    const s1 = r.members.find((m) => m.id === 's1')!;
    expect(s1.rolled).to.deep.equal({
      revenue: 320_000_000,
      exposure: 12_500_000,
      pipeline: 11_000_000,
      weightedPipeline: 7_600_000,
    });
    expect(r.members.find((m) => m.id === 's2')!.exposure).to.equal(7_158_600);
  });

  it('checks the group limit and each member limit, and measures concentration', () => {
    expect(r.limit).to.deep.equal({
      group: 20_000_000,
      utilisation: 1.1329,
      headroom: -2_658_600,
      exceeded: true,
      membersOverLimit: ['s1'],
    });
    expect(r.concentration.revenue).to.deep.equal({ memberId: 's1', share: 0.7023 });
    expect(r.concentration.exposure).to.deep.equal({ memberId: 's1', share: 0.5296 });
  });

  it('rates the group risk from member and derived flags, with a why', () => {
    expect(r.risk.flags.map((f) => `${f.memberId}:${f.flag}`)).to.deep.equal([
      'g:market:sector-downturn',
      's1:credit:overdue',
      's11:operational:key-person',
      's11:esg:watch',
      'g:credit:group-limit-exceeded',
      's1:credit:member-limit-exceeded',
      's1:credit:concentration',
    ]);
    expect(r.risk.byCategory).to.deep.equal({ credit: 12, market: 2, operational: 1 });
    expect(r.risk.rating).to.equal('critical');
    expect(r.risk.why.find((w) => w.code === 'flag-ignored')?.values?.flag).to.equal('esg:watch');
    const calm = rollUpGroup([{ id: 'a', creditLimit: 100, receivables: 10 }], 'a');
    expect(calm.risk.rating).to.equal('low');
    expect(calm.risk.why.at(-1)!.text).to.contain('0 points: low');
  });

  it('refuses to mix currencies without a rate table', () => {
    expectCoreError(() => rollUpGroup(accounts, 'g'), 'currency-mismatch', 's2');
    expectCoreError(
      () =>
        rollUpGroup(accounts, 'g', {
          rates,
          opportunities: [{ customerId: 's1', stage: 'closing', amount: 1, currency: 'CNY' }],
        }),
      'unknown-stage',
    );
    expectCoreError(() => rollUpGroup([{ id: 'a', receivables: -1 }], 'a'), 'negative-amount');
  });

  it('property: a group roll-up equals the sum of its members; cyclic links never hang', () => {
    const arb = fc.array(
      fc.record({
        parent: fc.option(fc.nat(30), { nil: null }),
        revenue: fc.integer({ min: 0, max: 1e12 }),
        receivables: fc.integer({ min: 0, max: 1e10 }),
        openOrders: fc.integer({ min: 0, max: 1e10 }),
      }),
      { minLength: 1, maxLength: 30 },
    );
    checkProperty(
      fc.property(arb, (rows) => {
        const list: GroupAccount[] = rows.map((row, i) => ({
          id: `a${i}`,
          parentId: row.parent === null ? null : `a${row.parent}`,
          annualRevenue: row.revenue,
          receivables: row.receivables,
          openOrders: row.openOrders,
        }));
        const h = buildHierarchy(list);
        const placed = h.roots.flatMap((root) => flattenGroup(root).map((n) => n.id));
        expect([...placed, ...h.unplaced].sort()).to.deep.equal(list.map((a) => a.id).sort());
        for (const root of h.roots) {
          const g = rollUpGroup(list, root.id);
          const ids = new Set(flattenGroup(root).map((n) => n.id));
          const members = list.filter((a) => ids.has(a.id));
          expect(g.totals.revenue).to.equal(members.reduce((s, a) => s + (a.annualRevenue ?? 0), 0));
          expect(g.totals.exposure).to.equal(
            members.reduce((s, a) => s + (a.receivables ?? 0) + (a.openOrders ?? 0), 0),
          );
          expect(g.totals.revenue).to.equal(g.members.reduce((s, m) => s + m.revenue, 0));
        }
      }),
      { numRuns: 100 },
    );
  });
});
