/**
 * The quote builder's headless controller: no element, no DOM, a real store on IndexedDB. Editing, pricing,
 * saving, two-tab conflicts, the life cycle and approvals through the approver directory.
 */
import { expect } from '@open-wc/testing';
import type { ActionState } from '../../../src/components/quote-builder/actions.js';
import { DEFAULT_QUOTE_POLICY, type QuoteBuilderPolicy } from '../../../src/components/quote-builder/policy.js';
import { quoteBuilderStrings } from '../../../src/components/quote-builder/quote-builder.strings.js';
import { QuoteController, type QuoteEvents } from '../../../src/components/quote-builder/quote-controller.js';
import type { QuoteRecord } from '../../../src/components/quote-builder/quote-model.js';
import { updateLine } from '../../../src/components/quote-builder/quote-model.js';
import type { ApproverEntry } from '../../../src/core/approvals.js';
import type { Customer } from '../../../src/data/model.js';
import type { CrmStore } from '../../../src/data/store.js';
import { deleteStores } from '../../support/fixtures.js';
import { seededStore } from './helpers.js';

const t = quoteBuilderStrings.en;

interface Harness {
  ctl: QuoteController;
  events: { type: keyof QuoteEvents; detail: unknown }[];
  user: { name: string };
}

/** A controller on `store` the way the element wires it, minus rendering. */
function harness(
  store: CrmStore,
  customer: Customer,
  name: string,
  policy: QuoteBuilderPolicy = DEFAULT_QUOTE_POLICY,
): Harness {
  const events: Harness['events'] = [];
  const user = { name };
  let saving = Promise.resolve();
  const ctl: QuoteController = new QuoteController({
    store: () => store,
    policy: () => policy,
    today: () => '2026-11-15',
    customer: () => customer,
    user: () => user.name,
    storedApprovers: () => [] as ApproverEntry[],
    strings: () => t,
    editorState: () => undefined,
    loaded: () => undefined,
    changed: () => undefined,
    scheduleSave: () => undefined,
    flushSave: () => {
      saving = saving.then(() => ctl.persist());
      return saving;
    },
    emit: (type, detail) => events.push({ type, detail }),
  });
  return { ctl, events, user };
}

const CUSTOMER = { id: 'cust-c', name: '江南制造', tier: 'C' as const, currency: 'CNY' };

async function openQuote(store: CrmStore, name: string, policy?: QuoteBuilderPolicy): Promise<Harness> {
  const h = harness(store, CUSTOMER, name, policy);
  const id = h.ctl.sync(undefined, 'cust-c', { status: 'initial', value: undefined })!;
  expect(id).to.match(/^q-/);
  h.ctl.edit({
    ...h.ctl.quote!,
    lines: [
      {
        id: 'l1',
        description: 'Gateway',
        quantity: 1,
        unitPrice: 10_000,
        vatRate: 13,
        cost: 5_000,
        category: 'hardware',
      },
    ],
  });
  await h.ctl.persist();
  return h;
}

const action = (h: Harness, id: string): ActionState => h.ctl.actions({ fieldErrors: false }).find((a) => a.id === id)!;

/** Re-reads the stored quote into a controller the way the element's live query does. */
async function reload(h: Harness, store: CrmStore, id: string) {
  const record = (await store.quotes.get(id)) as QuoteRecord;
  h.ctl.sync(record.id, undefined, { status: 'complete', value: { id: record.id, record } });
}

describe('quote-builder controller (no DOM)', () => {
  afterEach(deleteStores);

  it('prices edits, asks for approval level by level from the directory, and invalidates on a priced edit', async () => {
    const store = await seededStore();
    const sales = await openQuote(store, '王磊');
    sales.ctl.edit(updateLine(sales.ctl.quote!, 'l1', { lineDiscount: 25 }));
    expect(sales.ctl.approval!.required).to.deep.equal(['supervisor', 'project-lead']);
    expect(sales.ctl.approval!.reasons.map((r) => r.ruleId)).to.include('line-discount-20');
    expect([...sales.ctl.signers()].map(([level, s]) => [level, s.map((x) => x.person)])).to.deep.equal([
      ['supervisor', ['孙立']],
      ['project-lead', ['李明']],
    ]);
    expect(await sales.ctl.run(action(sales, 'submit'))).to.equal(true);
    expect((await store.quotes.get(sales.ctl.quote!.id))!.status).to.equal('pending-approval');

    // The salesperson cannot sign; the project lead must wait for the supervisor.
    expect(sales.ctl.approverState().reason).to.deep.equal({ code: 'not-approver', levels: ['supervisor'] });
    expect(await sales.ctl.approve('supervisor')).to.equal(false);
    expect(sales.ctl.message).to.equal('Not saved: you do not hold this approval level for this quote.');
    sales.user.name = '李明';
    expect(sales.ctl.approverState()).to.deep.include({
      level: null,
      reason: { code: 'lower-first', level: 'supervisor' },
    });
    sales.user.name = '孙立';
    expect(await sales.ctl.approve('supervisor', '同意')).to.equal(true);
    // The same person cannot sign the next level too, even if the page gives them a project-lead role.
    expect(sales.ctl.approverState().reason).to.deep.equal({ code: 'not-approver', levels: ['project-lead'] });
    sales.user.name = '李明';
    expect(await sales.ctl.approve('project-lead')).to.equal(true);
    expect(sales.ctl.quote!.status).to.equal('approved');
    expect((await store.quotes.get(sales.ctl.quote!.id))!.status).to.equal('approved');
    expect(sales.events.filter((e) => e.type === 'crm-quote-approve')).to.have.length(2);

    // A priced edit: back to draft at once, recorded, approvals kept but stale; sending is not offered.
    sales.user.name = '王磊';
    sales.ctl.edit(updateLine(sales.ctl.quote!, 'l1', { quantity: 2 }));
    expect(sales.ctl.quote!.status).to.equal('draft');
    expect(sales.ctl.invalidated).to.equal(true);
    expect(sales.ctl.approval!.stale).to.have.length(2);
    expect(action(sales, 'send').reason).to.deep.equal({ code: 'status', status: 'draft' });
    await sales.ctl.persist();
    const stored = (await store.quotes.get(sales.ctl.quote!.id))!;
    expect(stored.status).to.equal('draft');
    expect(stored.history!.at(-1)).to.include({ from: 'approved', to: 'draft', by: '王磊' });
  });

  it('the submitter cannot approve their own quote even when the directory names them', async () => {
    const store = await seededStore();
    const h = await openQuote(store, '孙立');
    h.ctl.edit(updateLine(h.ctl.quote!, 'l1', { lineDiscount: 15 }));
    await h.ctl.run(action(h, 'submit'));
    expect(h.ctl.signers().get('supervisor')).to.deep.equal([]);
    expect(h.ctl.approverState().reason).to.deep.equal({ code: 'self-approval' });
    expect(await h.ctl.approve('supervisor')).to.equal(false);
    expect(h.ctl.quote!.approvals ?? []).to.have.length(0);
  });

  it('a move the store refuses is undone and explained', async () => {
    const store = await seededStore();
    // A builder that believes no approval is ever needed, on a store that enforces the defaults.
    const lax = { ...DEFAULT_QUOTE_POLICY, approval: { levels: ['supervisor'], rules: [] } };
    const h = await openQuote(store, '王磊', lax);
    h.ctl.edit(updateLine(h.ctl.quote!, 'l1', { lineDiscount: 25 }));
    expect(action(h, 'submit').to).to.equal('approved');
    expect(await h.ctl.run(action(h, 'submit'))).to.equal(false);
    expect(h.ctl.quote!.status).to.equal('draft');
    expect(h.ctl.message).to.equal('Not saved: this quote still needs approval.');
    expect((await store.quotes.get(h.ctl.quote!.id))!.status).to.equal('draft');
  });

  it('two tabs: a save over a newer one is a conflict, kept until the person chooses', async () => {
    const store = await seededStore();
    const a = await openQuote(store, '王磊');
    const b = harness(store, CUSTOMER, '王磊');
    await reload(b, store, a.ctl.quote!.id);
    a.ctl.setHeader('notes', 'from tab A');
    await a.ctl.persist();
    b.ctl.setHeader('notes', 'from tab B');
    await b.ctl.persist();
    expect(b.ctl.conflict?.notes).to.equal('from tab A');
    expect(b.events.map((e) => e.type)).to.include('crm-quote-conflict');
    expect((await store.quotes.get(a.ctl.quote!.id))!.notes).to.equal('from tab A');
    b.ctl.resolveConflict('mine');
    await b.ctl.persist();
    expect(b.ctl.conflict).to.equal(undefined);
    expect((await store.quotes.get(a.ctl.quote!.id))!.notes).to.equal('from tab B');
  });
});
