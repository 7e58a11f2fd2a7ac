import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CrmQuoteBuilder } from '../../../src/components/quote-builder/quote-builder.js';
import { deleteStores, until } from '../../support/fixtures.js';
import {
  action,
  actionReason,
  addProduct,
  cell,
  mount,
  offered,
  q,
  qa,
  SALES,
  seededStore,
  setUser,
  text,
  type,
} from './helpers.js';

const SUPERVISOR = { name: '孙立', role: 'supervisor' };
const LEAD = { name: '李明', role: 'project-lead' };

describe('<crm-quote-builder> approval and life cycle', () => {
  afterEach(deleteStores);

  it('requires, grants, invalidates on edit and re-grants approval; sends, accepts and converts to an order', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-c' });
    await addProduct(el, 'HW-GW-001');
    expect(text(q(el, '.approval'))).to.include('No approval needed.');

    // 25 % off list: supervisor and project lead (README example).
    await type(el, cell(el, 0, 'lineDiscount'), '25');
    expect(text(q(el, '.approval .needed'))).to.equal('Needs approval: Sales supervisor → Project lead.');
    expect(text(q(el, '.approval .reasons'))).to.include('discount 25% is above 20%');
    // Only the moves a draft allows are offered (sending is not, until approved).
    expect(offered(el)).to.deep.equal(['submit', 'expire']);
    expect(q(el, 'button[data-action="send"]')).to.equal(null);

    const submitted = oneEvent(el, 'crm-quote-submit');
    action(el, 'submit').click();
    expect((await submitted).detail.approval.required).to.deep.equal(['supervisor', 'project-lead']);
    expect(el.value!.status).to.equal('pending-approval');
    expect(offered(el)).to.deep.equal(['reopen']);
    expect(action(el, 'reopen').classList.contains('primary')).to.equal(false); // stepping back is not the main move
    expect(q(el, '.step[aria-current="step"]')!.dataset.status).to.equal('pending-approval');
    expect(text(q(el, '.step[aria-current="step"] .step-detail'))).to.equal('0 of 2 approved');
    expect(q(el, 'button.approve')).to.equal(null); // the salesperson cannot approve

    // Level by level: the project lead cannot sign before the supervisor.
    await setUser(el, LEAD);
    expect(q(el, 'button.approve')).to.equal(null);
    expect(text(q(el, '.decision'))).to.include('Sales supervisor must approve first.');
    await setUser(el, SUPERVISOR);
    await type(el, q<HTMLTextAreaElement>(el, '#approver-comment'), '同意');
    const approved1 = oneEvent(el, 'crm-quote-approve');
    q(el, 'button.approve')!.click();
    expect((await approved1).detail).to.include({ level: 'supervisor', by: '孙立', complete: false });
    expect(el.value!.status).to.equal('pending-approval');
    await setUser(el, LEAD);
    q(el, 'button.approve')!.click();
    await el.updateComplete;
    expect(el.value!.status).to.equal('approved');
    expect(qa(el, '.levels .granted')).to.have.length(2);

    // An edit of a priced field after approval: back to draft, both approvals visibly stale, sending refused.
    await setUser(el, SALES);
    await type(el, cell(el, 0, 'lineDiscount'), '26');
    expect(el.value!.status).to.equal('draft');
    expect(text(q(el, '[part="invalidated"]'))).to.include('must be approved again');
    expect(qa(el, '.stale li')).to.have.length(2);
    expect(el.approvalState!.complete).to.equal(false);
    expect(offered(el)).to.deep.equal(['submit', 'expire']);
    expect(el.value!.history!.at(-1)).to.include({ from: 'approved', to: 'draft', by: '王磊' });

    // Re-granted for the new figures.
    action(el, 'submit').click();
    await el.updateComplete;
    await setUser(el, SUPERVISOR);
    q(el, 'button.approve')!.click();
    await el.updateComplete;
    await setUser(el, LEAD);
    q(el, 'button.approve')!.click();
    await el.updateComplete;
    expect(el.value!.status).to.equal('approved');
    expect(q(el, '[part="invalidated"]')).to.equal(null);

    await setUser(el, SALES);
    expect(offered(el)).to.deep.equal(['send', 'reopen', 'expire']);
    expect(action(el, 'send').disabled).to.equal(false);
    action(el, 'send').click();
    await el.updateComplete;
    expect(offered(el)).to.deep.equal(['accept', 'decline', 'reopen', 'expire']);
    action(el, 'accept').click();
    await el.updateComplete;
    expect(el.value!.status).to.equal('accepted');
    expect(cell(el, 0, 'quantity')!.readOnly).to.equal(true);
    expect(text(q(el, '[part="notice"]'))).to.include('can no longer be edited');
    expect(offered(el)).to.deep.equal(['convert']);

    const created = oneEvent(el, 'crm-order-create');
    action(el, 'convert').click();
    const { order } = (await created).detail;
    expect(order.total).to.equal(el.pricing!.totals.gross);
    expect(el.value!.status).to.equal('ordered');
    await until(async () => !!(await store.orders.get(`ord-${el.value!.id}`)), 'order stored');
    const stored = await store.orders.get(`ord-${el.value!.id}`);
    expect(stored).to.include({ quoteId: el.value!.id, customerId: 'cust-c', total: order.total });
    await until(async () => (await store.quotes.get(el.value!.id))?.status === 'ordered', 'quote stored as ordered');

    // History: every transition with who and when.
    const history = qa(el, '.history li').map(text);
    expect(history[0]).to.match(/^Draft, 王磊, /);
    expect(history.some((h) => h.startsWith('Pending approval → Approved, 李明'))).to.equal(true);
    expect(history.at(-1)).to.match(/^Accepted → Ordered, 王磊/);
    // Nothing is left to do, and the bar says so.
    expect(offered(el)).to.deep.equal([]);
    expect(text(q(el, '.no-actions'))).to.equal('No further steps: the quote is ordered.');
    expect(qa(el, '.step').map((s) => s.className.replace('step ', ''))).to.deep.equal([
      'done',
      'done',
      'done',
      'done',
      'done',
      'current',
    ]);
  });

  it('disables illegal actions with the reason and rejects with a required comment', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-c', user: { name: '', role: 'sales' } });
    expect(actionReason(el, 'submit')).to.equal('The page has not said who is working (currentUser).');
    await setUser(el, SALES);
    expect(actionReason(el, 'submit')).to.equal('Add at least one line to the total.');
    await addProduct(el, 'HW-GW-001');
    await type(el, cell(el, 0, 'lineDiscount'), '15');
    expect(action(el, 'submit').disabled).to.equal(false);
    expect(action(el, 'submit').classList.contains('primary')).to.equal(true);
    expect(q(el, 'button[data-action="accept"]')).to.equal(null);
    expect(q(el, 'button[data-action="convert"]')).to.equal(null);
    await type(el, cell(el, 0, 'quantity'), 'x');
    expect(actionReason(el, 'submit')).to.equal('Fix the highlighted fields first.');
    await type(el, cell(el, 0, 'quantity'), '2');
    action(el, 'submit').click();
    await el.updateComplete;

    await setUser(el, SUPERVISOR);
    const reject = q<HTMLButtonElement>(el, 'button.reject')!;
    expect(reject.disabled).to.equal(true);
    expect(text(q(el, '#reject-reason'))).to.equal('A rejection needs a comment.');
    await type(el, q<HTMLTextAreaElement>(el, '#approver-comment'), 'Offer training instead of more discount');
    const rejected = oneEvent(el, 'crm-quote-reject');
    q(el, 'button.reject')!.click();
    expect((await rejected).detail).to.include({
      source: 'approver',
      comment: 'Offer training instead of more discount',
    });
    expect(el.value!.status).to.equal('rejected');
    expect(offered(el)).to.deep.equal(['reopen']);
    expect(action(el, 'reopen').disabled).to.equal(false);
    // The stepper ends at "rejected", after the approval step the quote left.
    expect(qa(el, '.step').map((s) => `${s.dataset.status}:${s.className.replace('step ', '')}`)).to.deep.equal([
      'draft:done',
      'pending-approval:done',
      'rejected:ended',
    ]);
    await expect(el).to.be.accessible();
  });

  it('a quote needing no approval is approved directly; a margin below policy asks for the director', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-c' });
    await addProduct(el, 'HW-GW-001');
    expect(action(el, 'submit').textContent).to.equal('Mark approved (no approval needed)');
    action(el, 'submit').click();
    await el.updateComplete;
    expect(el.value!.status).to.equal('approved');
    expect(action(el, 'send').disabled).to.equal(false);

    // A free-text line has no cost: margin unknown, which the default policy does not accept without the director.
    await type(el, q<HTMLInputElement>(el, '#draft-description'), 'Site survey');
    await type(el, q<HTMLInputElement>(el, '#draft-unitPrice'), '50');
    const vat = q<HTMLSelectElement>(el, '#draft-vatRate')!;
    vat.value = '6';
    vat.dispatchEvent(new Event('change'));
    q(el, 'button.add-line')!.click();
    await el.updateComplete;
    expect(el.value!.status).to.equal('draft'); // adding a line is a priced edit
    expect(el.approvalState!.required).to.deep.equal(['supervisor', 'project-lead', 'director']);
    expect(text(q(el, '.approval .reasons'))).to.include('margin unknown');
  });

  it('names the line behind a per-line rule (600 routers, one line 25 % off) and who may approve each level', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-c' });
    await addProduct(el, 'NET-RT-100');
    await type(el, cell(el, 0, 'quantity'), '600');
    await addProduct(el, 'HW-GW-001');
    await type(el, cell(el, 1, 'lineDiscount'), '25');
    expect(el.pricing!.totals.discountPercent).to.be.below(10);
    expect(text(q(el, '.approval .needed'))).to.equal('Needs approval: Sales supervisor → Project lead.');
    const reasons = qa(el, '.approval .reasons li').map(text);
    expect(reasons).to.deep.equal([
      'Sales supervisor: discount 25% is above 10% (line 2)',
      'Project lead: discount 25% is above 20% (line 2)',
    ]);
    expect(qa(el, '.levels .signers').map(text)).to.deep.equal(['(may approve: 孙立)', '(may approve: 李明)']);
  });

  it('page JavaScript cannot send a quote whose approval went stale (the issue’s bypass)', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-c' });
    await addProduct(el, 'HW-GW-001');
    await type(el, cell(el, 0, 'lineDiscount'), '15');
    action(el, 'submit').click();
    await until(() => el.value!.status === 'pending-approval', 'submitted');
    await setUser(el, SUPERVISOR);
    q(el, 'button.approve')!.click();
    await until(async () => (await store.quotes.get(el.value!.id))?.status === 'approved', 'approved and stored');

    // A script edits a priced field: the store moves the quote back to draft at once; the builder shows it.
    const id = el.value!.id;
    const lines = el.value!.lines.map((l) => ({ ...l, lineDiscount: 16 }));
    expect((await store.quotes.update(id, { lines }))!.status).to.equal('draft');
    await until(() => el.value!.status === 'draft', 'builder reloaded the invalidated quote');
    expect(qa(el, '.stale li')).to.have.length(1);
    try {
      await store.quotes.update(id, { status: 'sent' });
      expect.fail('the store accepted a status change without a transition');
    } catch (error) {
      expect((error as { rule?: string }).rule).to.equal('transition-not-recorded');
    }
    expect((await store.quotes.get(id))!.status).to.equal('draft');
    await setUser(el, SALES);
    expect(q(el, 'button[data-action="send"]')).to.equal(null);
    expect(offered(el)).to.deep.equal(['submit', 'expire']);
  });

  it('a builder whose approval rules differ from those the store enforces says so instead of working', async () => {
    const store = await seededStore();
    store.configureApprovals({ approval: { levels: ['director'], rules: [] } });
    const el = await fixture<CrmQuoteBuilder>(html`<crm-quote-builder lang="en" customer-id="cust-c" .store=${store}
      .policy=${{ approval: { levels: ['supervisor'], rules: [] } }}></crm-quote-builder>`);
    await until(() => !!q(el, '.notice.error'), 'policy error shown');
    expect(text(q(el, '.notice.error'))).to.include('already enforces other pricing or approval rules');
    expect(store.approvalRules.approval.levels).to.deep.equal(['director']);
  });
});
