import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  type Approval,
  type ApprovalPolicy,
  type ApproverEntry,
  approvalStatus,
  approveQuote,
  canTransition,
  checkSigner,
  DEFAULT_APPROVAL_POLICY,
  fingerprintQuote,
  type PricingRules,
  priceQuote,
  QUOTE_STATUSES,
  QUOTE_TRANSITIONS,
  type QuoteInput,
  type QuoteLifecycle,
  type QuoteStatus,
  quoteToOrder,
  requiredApprovals,
  signerFor,
  signersFor,
  transitionQuote,
} from '../../src/core/index.js';
import { expectCoreError } from './helpers.js';

const policy: ApprovalPolicy = {
  levels: ['supervisor', 'project-lead', 'director'],
  rules: [
    { id: 'd10', metric: 'discount', threshold: 10, level: 'supervisor' },
    { id: 'd20', metric: 'discount', threshold: 20, level: 'project-lead' },
    { id: 'd30', metric: 'discount', threshold: 30, level: 'director' },
    { id: 'm15', metric: 'margin', threshold: 15, level: 'project-lead' },
    // Strategic accounts get more room on services before a director must sign.
    { id: 'svc-a2', metric: 'discount', threshold: 40, level: 'director', tiers: ['A2'], categories: ['service'] },
  ],
};

const base: QuoteInput = {
  id: 'Q-7',
  customerId: 'C-9',
  currency: 'CNY',
  priceMode: 'tax-excluded',
  lines: [
    { id: 'a', category: 'hardware', quantity: 10, unitPrice: 10_000, vatRate: 13, cost: 5_000 },
    { id: 'b', category: 'service', quantity: 1, unitPrice: 50_000, vatRate: 6, cost: 10_000 },
  ],
};

const withDiscount = (pct: number, linePct?: number): QuoteInput => ({
  ...base,
  lines: base.lines.map((l) => ({ ...l, lineDiscount: l.id === 'b' && linePct !== undefined ? linePct : pct })),
});

const actor = { by: 'li.wei', at: '2025-07-01T09:00:00Z' };

describe('core/approvals: policy', () => {
  it('needs nothing up to 10% discount, then level by level', () => {
    expect(requiredApprovals(priceQuote(withDiscount(10)), policy).required).to.deep.equal([]);
    expect(requiredApprovals(priceQuote(withDiscount(10.01)), policy).required).to.deep.equal(['supervisor']);
    const r = requiredApprovals(priceQuote(withDiscount(25)), policy);
    expect(r.required).to.deep.equal(['supervisor', 'project-lead']);
    expect(r.reasons.map((x) => x.ruleId)).to.deep.equal(['d10', 'd20']);
    expect(r.reasons[0]!.actual).to.equal(25);
    expect(requiredApprovals(priceQuote(withDiscount(31)), policy).highest).to.equal('director');
  });

  it('margin thresholds trigger on thin margins; an unknown margin needs approval by default', () => {
    // Hardware at cost 50% of list: a 42% discount leaves margin 8/58 = 13.8% < 15%.
    const thin = priceQuote({ ...base, lines: [{ ...base.lines[0]!, lineDiscount: 42 }] });
    expect(requiredApprovals(thin, policy).reasons.map((r) => r.ruleId)).to.include('m15');
    const noCost = priceQuote({ ...base, lines: [{ ...base.lines[0]!, cost: undefined }] });
    expect(requiredApprovals(noCost, policy).required).to.deep.equal(['supervisor', 'project-lead']);
    expect(requiredApprovals(noCost, { ...policy, unknownMargin: 'ignore' }).required).to.deep.equal([]);
  });

  it('tier and category rules look at the matching lines only', () => {
    const priced = priceQuote(withDiscount(0, 45), {}, { tier: 'A2' });
    const r = requiredApprovals(priced, policy);
    expect(r.reasons.find((x) => x.ruleId === 'svc-a2')?.lineId).to.equal('b');
    expect(r.highest).to.equal('director');
    // Same quote for a B1 customer: the A2 rule does not apply.
    expect(
      requiredApprovals(priceQuote(withDiscount(0, 45), {}, { tier: 'B1' }), policy).reasons.map((x) => x.ruleId),
    ).to.not.include('svc-a2');
  });

  it('highest-only chains ask for the top level alone', () => {
    expect(requiredApprovals(priceQuote(withDiscount(31)), { ...policy, chain: 'highest' }).required).to.deep.equal([
      'director',
    ]);
  });

  it('rejects malformed policies', () => {
    const p = priceQuote(base);
    expectCoreError(
      () => requiredApprovals(p, { levels: ['a'], rules: [{ id: 'x', metric: 'discount', threshold: 5, level: 'b' }] }),
      'invalid-input',
      'policy.rules[0].level',
    );
    expectCoreError(
      () =>
        requiredApprovals(p, { levels: ['a'], rules: [{ id: 'x', metric: 'discount', threshold: 150, level: 'a' }] }),
      'out-of-range',
    );
  });
});

describe('core/approvals: fingerprint binding', () => {
  const rules: PricingRules = {};
  it('any priced change alters the fingerprint; a description does not', () => {
    const p = priceQuote(withDiscount(25), rules);
    const f = fingerprintQuote(p);
    expect(f).to.match(/^[0-9a-f]{28}$/);
    expect(fingerprintQuote(priceQuote(withDiscount(25), rules))).to.equal(f);
    const renamed = {
      ...withDiscount(25),
      lines: withDiscount(25).lines.map((l) => ({ ...l, description: 'new text' })),
    };
    expect(fingerprintQuote(priceQuote(renamed, rules))).to.equal(f);
    expect(fingerprintQuote(priceQuote(withDiscount(25.01), rules))).to.not.equal(f);
    const moreQty = {
      ...withDiscount(25),
      lines: withDiscount(25).lines.map((l, i) => (i ? l : { ...l, quantity: 11 })),
    };
    expect(fingerprintQuote(priceQuote(moreQty, rules))).to.not.equal(f);
  });

  it('property: changing any line quantity, price, discount or VAT changes the fingerprint', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 }),
        fc.constantFrom('quantity', 'unitPrice', 'lineDiscount', 'vatRate'),
        fc.integer({ min: 1, max: 50 }),
        (index, field, delta) => {
          const q = withDiscount(5);
          const changed = {
            ...q,
            lines: q.lines.map((l, i) =>
              i === index ? { ...l, [field]: ((l as unknown as Record<string, number>)[field] ?? 0) + delta } : l,
            ),
          };
          expect(fingerprintQuote(priceQuote(changed))).to.not.equal(fingerprintQuote(priceQuote(q)));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('approvals of an earlier version are stale and do not count', () => {
    const v1 = priceQuote(withDiscount(25));
    const approvals = [approveQuote(v1, 'supervisor', actor, policy), approveQuote(v1, 'project-lead', actor, policy)];
    const ok = approvalStatus(v1, policy, approvals);
    expect(ok.complete).to.equal(true);
    expect(ok.granted).to.deep.equal(['supervisor', 'project-lead']);
    // The salesperson edits the discount after approval (still within the same levels).
    const v2 = priceQuote(withDiscount(26));
    const after = approvalStatus(v2, policy, approvals);
    expect(after.complete).to.equal(false);
    expect(after.missing).to.deep.equal(['supervisor', 'project-lead']);
    expect(after.stale).to.have.length(2);
  });
});

describe('core/approvals: quote state machine', () => {
  const draft: QuoteLifecycle = { status: 'draft' };

  it('walks draft -> pending -> approved -> sent -> accepted -> ordered, recording every step', () => {
    const priced = priceQuote(withDiscount(25));
    const approvals = ['supervisor', 'project-lead'].map((l) => approveQuote(priced, l, actor, policy));
    const status = approvalStatus(priced, policy, approvals);
    let q = transitionQuote(draft, 'pending-approval', actor);
    q = transitionQuote(q, 'approved', { ...actor, approval: status });
    q = transitionQuote(q, 'sent', { ...actor, approval: status });
    q = transitionQuote(q, 'accepted', { ...actor, approval: status, comment: 'signed' });
    const { order, quote } = quoteToOrder(q, priced, { orderId: 'O-1', ...actor });
    expect(quote.status).to.equal('ordered');
    expect(quote.history!.map((h) => `${h.from}>${h.to}`)).to.deep.equal([
      'draft>pending-approval',
      'pending-approval>approved',
      'approved>sent',
      'sent>accepted',
      'accepted>ordered',
    ]);
    expect(quote.history![1]!.fingerprint).to.equal(status.fingerprint);
    expect(order.total).to.equal(priced.totals.gross);
    expect(order.lines).to.deep.equal(priced.lines);
    // The order is an immutable copy: not the same objects, and frozen.
    expect(order.lines[0]).to.not.equal(priced.lines[0]);
    expect(Object.isFrozen(order.lines[0]!.steps)).to.equal(true);
    expect(() => {
      (order.lines[0] as { quantity: number }).quantity = 99;
    }).to.throw(TypeError);
  });

  it('cannot be approved or sent without complete approvals, nor after an edit', () => {
    const v1 = priceQuote(withDiscount(25));
    const pending = transitionQuote(draft, 'pending-approval', actor);
    expectCoreError(() => transitionQuote(pending, 'approved', actor), 'approval-required');
    const partial = approvalStatus(v1, policy, [approveQuote(v1, 'supervisor', actor, policy)]);
    expectCoreError(() => transitionQuote(pending, 'approved', { ...actor, approval: partial }), 'approval-required');
    const full = approvalStatus(
      v1,
      policy,
      ['supervisor', 'project-lead'].map((l) => approveQuote(v1, l, actor, policy)),
    );
    const approved = transitionQuote(pending, 'approved', { ...actor, approval: full });
    // Edited to a smaller discount that needs no approval at all: still must not be sent as "approved".
    const v2 = priceQuote(withDiscount(5));
    const v2Status = approvalStatus(v2, policy, []);
    expect(v2Status.complete).to.equal(true);
    expectCoreError(() => transitionQuote(approved, 'sent', { ...actor, approval: v2Status }), 'stale-approval');
    // The legal way: back to draft, then approve the new version.
    const redraft = transitionQuote(approved, 'draft', actor);
    const reapproved = transitionQuote(redraft, 'approved', { ...actor, approval: v2Status });
    expect(transitionQuote(reapproved, 'sent', { ...actor, approval: v2Status }).status).to.equal('sent');
  });

  it('refuses illegal transitions and orders from anything but accepted', () => {
    expectCoreError(() => transitionQuote(draft, 'sent', actor), 'illegal-transition');
    expectCoreError(() => transitionQuote({ status: 'ordered' }, 'draft', actor), 'illegal-transition');
    expectCoreError(() => transitionQuote({ status: 'expired' }, 'sent', actor), 'illegal-transition');
    expectCoreError(
      () => quoteToOrder({ status: 'sent' }, priceQuote(base), { orderId: 'O', ...actor }),
      'illegal-transition',
    );
    expectCoreError(() => transitionQuote(draft, 'pending-approval', { by: '', at: actor.at }), 'invalid-input');
    expectCoreError(() => transitionQuote(draft, 'pending-approval', { by: 'x', at: 'soon' }), 'invalid-date');
  });

  it('refuses to order a priced quote that differs from the accepted one', () => {
    const v1 = priceQuote(withDiscount(5));
    const st = approvalStatus(v1, policy, []);
    let q = transitionQuote(draft, 'approved', { ...actor, approval: st });
    q = transitionQuote(q, 'sent', { ...actor, approval: st });
    q = transitionQuote(q, 'accepted', { ...actor, approval: st });
    expectCoreError(() => quoteToOrder(q, priceQuote(withDiscount(6)), { orderId: 'O', ...actor }), 'stale-approval');
  });

  it('property: transitionQuote succeeds exactly on the allowed table entries', () => {
    const priced = priceQuote(base);
    const approval = approvalStatus(priced, { levels: ['x'], rules: [] }, []);
    fc.assert(
      fc.property(
        fc.constantFrom(...QUOTE_STATUSES),
        fc.constantFrom(...QUOTE_STATUSES),
        (from: QuoteStatus, to: QuoteStatus) => {
          const allowed = QUOTE_TRANSITIONS[from].includes(to);
          expect(canTransition(from, to)).to.equal(allowed);
          let ok = true;
          try {
            transitionQuote({ status: from }, to, { ...actor, approval });
          } catch {
            ok = false;
          }
          expect(ok).to.equal(allowed);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('core/approvals: per-line thresholds', () => {
  it('one line at 25 % off among 600 servers needs approval although the whole quote is 7.77 % off', () => {
    const quote: QuoteInput = {
      ...base,
      lines: [
        {
          id: 'servers',
          category: 'hardware',
          quantity: 600,
          unitPrice: 500_000,
          vatRate: 13,
          cost: 300_000,
          lineDiscount: 5,
        },
        {
          id: 'storage',
          category: 'hardware',
          quantity: 1,
          unitPrice: 48_229_800,
          vatRate: 13,
          cost: 20_000_000,
          lineDiscount: 25,
        },
      ],
    };
    const priced = priceQuote(quote);
    expect(priced.totals.discountPercent).to.equal(7.77);
    // Quote-level rules alone would ask for nothing.
    expect(requiredApprovals(priced, policy).required).to.deep.equal([]);
    const r = requiredApprovals(priced, DEFAULT_APPROVAL_POLICY);
    expect(r.required).to.deep.equal(['supervisor', 'project-lead']);
    expect(r.reasons.map((x) => [x.ruleId, x.lineIds, x.actual])).to.deep.equal([
      ['line-discount-10', ['storage'], 25],
      ['line-discount-20', ['storage'], 25],
    ]);
  });

  it('amount rules trigger on the quote total or on each line, naming every line', () => {
    const amounts: ApprovalPolicy = {
      levels: ['supervisor', 'director'],
      rules: [
        { id: 'big-line', metric: 'amount', scope: 'line', threshold: 50_000, level: 'supervisor' },
        { id: 'big-quote', metric: 'amount', threshold: 1_000_000, level: 'director' },
      ],
    };
    const r = requiredApprovals(priceQuote(base), amounts);
    expect(r.reasons).to.deep.equal([
      {
        ruleId: 'big-line',
        level: 'supervisor',
        metric: 'amount',
        threshold: 50_000,
        actual: 100_000,
        lineId: 'a',
        lineIds: ['a'],
      },
    ]);
    expectCoreError(
      () => requiredApprovals(priceQuote(base), { ...amounts, rules: [{ ...amounts.rules[0]!, threshold: 1.5 }] }),
      'not-integer',
      'policy.rules[0].threshold',
    );
  });
});

describe('core/approvals: approver directory', () => {
  const directory: ApproverEntry[] = [
    { person: '孙立', level: 'supervisor' },
    { person: '孙立', level: 'project-lead' },
    { person: '周建华', level: 'project-lead', teams: ['east'] },
    { person: '王磊', level: 'project-lead' },
    { person: '陈国华', level: 'director', validUntil: '2026-12-31' },
    // 李娜 signs for the director during one week.
    { person: '李娜', level: 'director', delegateOf: '陈国华', validFrom: '2026-12-01', validUntil: '2026-12-07' },
  ];
  const authority = { directory };
  const priced = priceQuote(withDiscount(31));
  const scope = { team: 'east', categories: ['hardware', 'service'], authors: ['王磊'] };
  const at = '2026-12-03T09:00:00Z';
  const check = (approvals: Approval[], level: string, by: string, when = at, s = scope) =>
    checkSigner({
      authority,
      policy,
      status: approvalStatus(priced, policy, approvals),
      approvals,
      level,
      by,
      at: when,
      scope: s,
    });
  const signed = (level: string, by: string, onBehalfOf?: string): Approval => ({
    ...approveQuote(priced, level, { by, at }, policy),
    ...(onBehalfOf ? { onBehalfOf } : {}),
  });

  it('refuses a person who does not hold the level, out of scope or out of dates', () => {
    expect(check([], 'supervisor', '周建华')).to.include({ rule: 'not-approver' });
    expect(check([], 'supervisor', '孙立')).to.equal(null);
    const s1 = [signed('supervisor', '孙立')];
    expect(check(s1, 'project-lead', '周建华')).to.equal(null);
    expect(check(s1, 'project-lead', '周建华', at, { ...scope, team: 'west' })).to.include({ rule: 'not-approver' });
    expect(check([], 'project-lead', '周建华')).to.include({ rule: 'lower-first' });
    const s2 = [...s1, signed('project-lead', '周建华')];
    expect(check(s2, 'director', '陈国华', '2027-01-01T00:00:00Z')).to.include({ rule: 'not-approver' });
    expect(signersFor(authority, 'project-lead', scope, at).map((s) => s.person)).to.deep.equal(['孙立', '周建华']);
  });

  it('refuses the same person twice in one chain and the quote’s own submitter', () => {
    const s1 = [signed('supervisor', '孙立')];
    expect(check(s1, 'project-lead', '孙立')).to.include({ rule: 'already-signed' });
    expect(check(s1, 'project-lead', '王磊')).to.include({ rule: 'self-approval' });
    expect(
      checkSigner({ ...checkArgs(s1, 'project-lead', '王磊'), authority: { directory, segregationOfDuties: false } }),
    ).to.equal(null);
    // An approval of an earlier version is not part of this chain.
    const old = { ...signed('supervisor', '孙立'), fingerprint: 'old' };
    expect(check([old], 'supervisor', '孙立')).to.equal(null);
  });

  it('a delegate signs for the director within the dates, and not if the director already signed', () => {
    const s2 = [signed('supervisor', '孙立'), signed('project-lead', '周建华')];
    expect(check(s2, 'director', '李娜')).to.equal(null);
    expect(signerFor(authority, '李娜', 'director', scope, at)).to.deep.equal({ person: '李娜', onBehalfOf: '陈国华' });
    expect(check(s2, 'director', '李娜', '2026-12-08T00:00:01Z')).to.include({ rule: 'not-approver' });
    // The director's authority ends on 2026-12-31; a delegation cannot outlive it.
    const late = { ...directory[5]!, validUntil: '2027-02-01' };
    expect(signerFor({ directory: [...directory, late] }, '李娜', 'director', scope, '2027-01-10T00:00:00Z')).to.equal(
      null,
    );
    const viaDelegate = [...s2.slice(0, 1), signed('project-lead', '陈国华')];
    expect(check(viaDelegate, 'director', '李娜')).to.include({ rule: 'already-signed' });
  });

  function checkArgs(approvals: Approval[], level: string, by: string) {
    return { authority, policy, status: approvalStatus(priced, policy, approvals), approvals, level, by, at, scope };
  }
});
