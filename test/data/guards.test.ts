/**
 * Guarded writes: page JavaScript holding the provided store (put, update, import) and a pulled server row
 * cannot move a quote past the approvals its content needs. Real IndexedDB, real provider element.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/provider/provider.js';
import type { CrmProvider } from '../../src/components/provider/provider.js';
import { type Approval, DEFAULT_PRICING_RULES, fingerprintQuote, priceQuote } from '../../src/core/index.js';
import type { StoredRecord } from '../../src/data/backend.js';
import { classifyPulledRow, GuardError, type GuardRule, guardReads, quotePricingInput } from '../../src/data/guards.js';
import { type Quote, ValidationError } from '../../src/data/model.js';
import type { CrmStore } from '../../src/data/store.js';
import { customer, deleteStores, freshStore } from '../support/fixtures.js';

const AT = '2026-11-15T08:00:00.000Z';
const SALES = '王磊';
const DIRECTORY = [
  { person: '孙立', level: 'supervisor' },
  { person: '孙立', level: 'project-lead' },
  { person: '周建华', level: 'project-lead' },
  // The salesperson also leads projects, but not their own quotes (segregation of duties).
  { person: SALES, level: 'project-lead' },
];

/** 25 % off one line: supervisor and project lead must sign. */
const draft = (): Quote => ({
  id: 'q-001',
  customerId: 'cust-c',
  status: 'draft',
  currency: 'CNY',
  priceMode: 'tax-excluded',
  lines: [
    { id: 'l1', description: 'Gateway', quantity: 1, unitPrice: 10_000, vatRate: 13, cost: 5_000, lineDiscount: 25 },
  ],
  history: [{ to: 'draft', by: SALES, at: AT }],
});

/** The fingerprint the store will compute for a quote (same rules, the customer's tier C). */
const fingerprint = (quote: Quote) =>
  fingerprintQuote(priceQuote(quotePricingInput(quote, '2026-11-15'), DEFAULT_PRICING_RULES, { tier: 'C' }));

type StoredApproval = NonNullable<Quote['approvals']>[number];
const sign = (quote: Quote, level: string, by: string, extra: Partial<Approval> = {}): StoredApproval => ({
  level,
  by,
  at: new Date().toISOString(),
  fingerprint: fingerprint(quote),
  ...extra,
});

async function refused(write: Promise<unknown>, rule: GuardRule): Promise<GuardError> {
  try {
    await write;
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(GuardError);
    expect((error as GuardError).rule, (error as Error).message).to.equal(rule);
    return error as GuardError;
  }
  expect.fail(`expected a GuardError ${rule}`);
  throw new Error('unreachable');
}

async function providedStore(): Promise<CrmStore> {
  const store = freshStore();
  store.configureApprovals({ directory: DIRECTORY });
  await store.import({ customers: [customer('cust-c', { tier: 'C' })] });
  const provider = await fixture<CrmProvider>(html`<crm-provider .store=${store}></crm-provider>`);
  return provider.providedStore;
}

describe('data/guards: quotes change state only through checked transitions', () => {
  afterEach(deleteStores);

  it('refuses status, forged steps and wrong signers through the provided store; an edit invalidates at once', async () => {
    const store = await providedStore();
    await store.quotes.put(draft());
    await refused(store.quotes.update('q-001', { status: 'sent' }), 'transition-not-recorded');
    await refused(store.quotes.update('q-001', { status: 'approved' }), 'transition-not-recorded');
    // A forged step straight to approved: the content needs two approvals it does not have.
    const forged = { ...draft(), status: 'approved' as const };
    forged.history = [...draft().history!, { from: 'draft', to: 'approved', by: SALES, at: AT }];
    await refused(store.quotes.put(forged), 'approval-required');
    await refused(
      store.quotes.update('q-001', {
        status: 'sent',
        history: [...draft().history!, { from: 'draft', to: 'sent', by: SALES, at: AT }],
      }),
      'illegal-transition',
    );

    // The legal way: submit, then sign level by level.
    const submitted = await store.quotes.update('q-001', {
      status: 'pending-approval',
      history: [...draft().history!, { from: 'draft', to: 'pending-approval', by: SALES, at: AT }],
    });
    const q = submitted as Quote;
    await refused(store.quotes.update('q-001', { approvals: [sign(q, 'project-lead', '周建华')] }), 'lower-first');
    await refused(store.quotes.update('q-001', { approvals: [sign(q, 'supervisor', '李娜')] }), 'not-approver');
    await refused(
      store.quotes.update('q-001', { approvals: [sign(q, 'supervisor', '孙立', { fingerprint: 'f'.repeat(28) })] }),
      'stale-approval',
    );
    const first = sign(q, 'supervisor', '孙立');
    await store.quotes.update('q-001', { approvals: [first] });
    await refused(
      store.quotes.update('q-001', { approvals: [first, sign(q, 'project-lead', '孙立')] }),
      'already-signed',
    );
    await refused(
      store.quotes.update('q-001', { approvals: [first, sign(q, 'project-lead', SALES)] }),
      'self-approval',
    );
    await refused(store.quotes.update('q-001', { approvals: [] }), 'approvals-append-only');
    const both = [first, sign(q, 'project-lead', '周建华')];
    const approved = (await store.quotes.update('q-001', {
      approvals: both,
      status: 'approved',
      history: [...q.history!, { from: 'pending-approval', to: 'approved', by: '周建华', at: AT }],
    })) as Quote;
    expect(approved.status).to.equal('approved');

    // A priced edit by a script: stored as draft at once, the step recorded, the approvals kept as evidence.
    const edited = (await store.quotes.update('q-001', {
      lines: [{ ...approved.lines[0]!, lineDiscount: 26 }],
    })) as Quote;
    expect(edited.status).to.equal('draft');
    expect(edited.history!.at(-1)).to.include({ from: 'approved', to: 'draft', by: 'crm-store' });
    expect(edited.history!.at(-1)!.comment).to.match(/^stale-approval/);
    expect(edited.approvals).to.have.length(2);
    expect(edited.approvals!.every((a) => a.fingerprint !== fingerprint(edited))).to.equal(true);
    // The bypass: after the approval went stale, sending is refused.
    await refused(store.quotes.update('q-001', { status: 'sent' }), 'transition-not-recorded');
    expect((await store.quotes.get('q-001'))!.status).to.equal('draft');
  });

  it('an import cannot create a quote in a state its approvals do not justify; a justified one imports', async () => {
    const store = await providedStore();
    const sent = {
      ...draft(),
      status: 'sent' as const,
      history: [
        ...draft().history!,
        { from: 'draft' as const, to: 'pending-approval' as const, by: SALES, at: AT },
        { from: 'pending-approval' as const, to: 'approved' as const, by: '孙立', at: AT },
        { from: 'approved' as const, to: 'sent' as const, by: SALES, at: AT },
      ],
    };
    const error = await refused(store.import({ quotes: [sent] }), 'approval-required');
    expect(error.recordId).to.equal('q-001');
    expect(await store.quotes.count()).to.equal(0);
    await refused(
      store.quotes.import([{ ...sent, approvals: [sign(sent, 'supervisor', '孙立')] }]),
      'approval-required',
    );
    const justified = { ...sent, approvals: [sign(sent, 'supervisor', '孙立'), sign(sent, 'project-lead', '周建华')] };
    await store.quotes.import([justified]);
    expect((await store.quotes.get('q-001'))!.status).to.equal('sent');
    // Notes are not priced: they change without touching the approval; a sent quote is evidence, not deletable.
    expect((await store.quotes.update('q-001', { notes: '客户要求开具专票' }))!.status).to.equal('sent');
    await refused(store.quotes.delete('q-001'), 'delete-locked');
    // Orders come only from accepted quotes.
    await refused(
      store.orders.put({
        id: 'ord-1',
        customerId: 'cust-c',
        quoteId: 'q-001',
        currency: 'CNY',
        total: 8_475,
        lines: [],
      }),
      'order-needs-accepted-quote',
    );
  });

  it('a pulled row that would skip a required approval is classified for quarantine, not applied', async () => {
    const store = await providedStore();
    const backend = await store.storageBackend();
    const classify = (row: Quote) =>
      backend.transaction(['quotes', ...guardReads(['quotes'])], () =>
        classifyPulledRow(store.guardContext(backend, 'pull'), 'quotes', row as unknown as StoredRecord),
      );
    const skipped = {
      ...draft(),
      status: 'approved' as const,
      history: [...draft().history!, { from: 'draft' as const, to: 'approved' as const, by: SALES, at: AT }],
    };
    const verdict = await classify(skipped);
    expect(verdict).to.include({ verdict: 'quarantine', rule: 'approval-required' });
    expect(await store.quotes.count()).to.equal(0);
    const signed = {
      ...skipped,
      history: [
        ...draft().history!,
        { from: 'draft' as const, to: 'pending-approval' as const, by: SALES, at: AT },
        { from: 'pending-approval' as const, to: 'approved' as const, by: '周建华', at: AT },
      ],
      approvals: [sign(skipped, 'supervisor', '孙立'), sign(skipped, 'project-lead', '周建华')],
    };
    expect((await classify(signed)).verdict).to.equal('apply');
  });

  it('the rules cannot be loosened once set', async () => {
    const store = await providedStore();
    store.configureApprovals({ directory: DIRECTORY }); // the same again is fine
    expect(() => store.configureApprovals({ directory: [{ person: 'x', level: 'director' }] })).to.throw(
      GuardError,
      /rules-sealed/,
    );
    expect(() => store.configureApprovals({ segregationOfDuties: false })).to.not.throw();
    expect(() => store.configureApprovals({ segregationOfDuties: true })).to.throw(GuardError);
  });

  it('an invalid directory entry rejects configureApprovals and every guarded write; other tables still write', async () => {
    const store = freshStore();
    await store.import({ customers: [customer('cust-c', { tier: 'C' })] });
    const configured = store.configureApprovals({
      directory: [{ person: '孙立', level: 'supervisor' }, { level: 'director' }] as never,
    });
    const error = await configured.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, String(error)).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).index).to.equal(1);
    expect((error as ValidationError).field).to.equal('person');
    const write = await store.quotes.put({ ...draft(), id: 'q-bad-directory' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(write, String(write)).to.be.instanceOf(ValidationError);
    expect(await store.quotes.get('q-bad-directory')).to.equal(undefined);
    // The rules stay sealed: a corrected directory is refused too (the page must fix its code), but unguarded
    // tables are not affected.
    expect(() => store.configureApprovals({ directory: DIRECTORY })).to.throw(GuardError, /rules-sealed/);
    await store.customers.update('cust-c', { owner: '王磊' });
    expect((await store.customers.get('cust-c'))!.owner).to.equal('王磊');
  });

  it('the approvers table (a synced directory) adds signers, with delegation recorded as such', async () => {
    const store = await providedStore();
    const today = new Date().toISOString().slice(0, 10);
    await store.approvers.import([
      { id: 'a-dir', person: '陈国华', level: 'director' },
      { id: 'a-del', person: '李娜', level: 'director', delegateOf: '陈国华', validFrom: today, validUntil: today },
    ]);
    const deep = { ...draft(), lines: [{ ...draft().lines[0]!, lineDiscount: 31 }] };
    await store.quotes.put(deep);
    const q = (await store.quotes.update('q-001', {
      status: 'pending-approval',
      history: [...deep.history!, { from: 'draft', to: 'pending-approval', by: SALES, at: AT }],
    })) as Quote;
    const two = [sign(q, 'supervisor', '孙立'), sign(q, 'project-lead', '周建华')];
    await store.quotes.update('q-001', { approvals: two });
    await refused(store.quotes.update('q-001', { approvals: [...two, sign(q, 'director', '李娜')] }), 'not-approver');
    const delegated = sign(q, 'director', '李娜', { onBehalfOf: '陈国华' });
    const approved = (await store.quotes.update('q-001', {
      approvals: [...two, delegated],
      status: 'approved',
      history: [...q.history!, { from: 'pending-approval', to: 'approved', by: '李娜', at: AT }],
    })) as Quote;
    expect(approved.status).to.equal('approved');
    expect(approved.approvals!.at(-1)).to.include({ by: '李娜', onBehalfOf: '陈国华' });
  });
});
