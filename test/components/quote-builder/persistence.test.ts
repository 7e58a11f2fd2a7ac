import { expect, oneEvent } from '@open-wc/testing';
import type { QuoteRecord } from '../../../src/components/quote-builder/quote-model.js';
import { deleteStores, until } from '../../support/fixtures.js';
import { addProduct, cell, loaded, mount, q, seededStore, text, type } from './helpers.js';

describe('<crm-quote-builder> never loses work', () => {
  afterEach(deleteStores);

  it('autosaves and restores the quote exactly after a reload, including an unfinished line and refused text', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-c' });
    const id = el.quoteId!;
    expect(el.getAttribute('quote-id')).to.equal(id);
    await addProduct(el, 'HW-GW-001');
    await type(el, cell(el, 0, 'quantity'), '12.5');
    await type(el, cell(el, 0, 'lineDiscount'), 'abc'); // refused, kept as typed
    await type(el, q<HTMLInputElement>(el, '#draft-description'), 'Half-typed line');
    await type(el, q<HTMLInputElement>(el, '#draft-unitPrice'), '99.5');
    await oneEvent(el, 'crm-quote-save');
    const stored = (await store.quotes.get(id)) as QuoteRecord;
    expect(stored.lines[0]).to.include({ productId: 'prod-gw', quantity: 12.5 });
    expect(stored.lines[0]!.lineDiscount).to.equal(undefined);

    // "Reload": the element goes away and a new one opens the same quote on the same database.
    el.remove();
    const again = await mount(store, { quoteId: id });
    expect(again.value!.lines).to.deep.equal(stored.lines);
    expect(cell(again, 0, 'quantity')!.value).to.equal('12.5');
    expect(cell(again, 0, 'lineDiscount')!.value).to.equal('abc');
    expect(text(q(again, 'tr.line .error'))).to.equal('Enter a number.');
    expect(q<HTMLInputElement>(again, '#draft-description')!.value).to.equal('Half-typed line');
    expect(q<HTMLInputElement>(again, '#draft-unitPrice')!.value).to.equal('99.5');
    expect(again.pricing!.totals.gross).to.equal(el.pricing!.totals.gross);
  });

  it('starts the new quote its quote-id names once its customer arrives after the quote lookup', async () => {
    // The quote lookup completes first (no such record) while the customer is not in the store yet: the new quote
    // must start when the customer arrives, not wait forever (a field report: "Loading quote…" never ended).
    const store = await seededStore();
    const el = document.createElement('crm-quote-builder');
    Object.assign(el, { store, customerId: 'cust-late', quoteId: 'q-new', lang: 'en' });
    document.body.append(el);
    await until(() => text(q(el, '.placeholder')).includes('cust-late'), 'customer not found (yet)');
    await store.import({ customers: [{ id: 'cust-late', name: '晚到客户', currency: 'CNY' }] });
    await loaded(el);
    expect(el.quoteId).to.equal('q-new');
    expect(el.value).to.include({ id: 'q-new', customerId: 'cust-late', currency: 'CNY', status: 'draft' });
    el.remove();
  });

  it('saves at once when the page is hidden', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-c', delay: 60_000 });
    await type(el, q<HTMLTextAreaElement>(el, '#notes'), 'saved on pagehide');
    const saved = oneEvent(el, 'crm-quote-save');
    window.dispatchEvent(new Event('pagehide'));
    await saved;
    expect((await store.quotes.get(el.quoteId!))?.notes).to.equal('saved on pagehide');
  });

  it('surfaces a save from another tab instead of overwriting it; "keep mine" and "reload theirs" both work', async () => {
    const store = await seededStore();
    const first = await mount(store, { customerId: 'cust-c' });
    await type(first, q<HTMLTextAreaElement>(first, '#notes'), 'v1');
    await first.save();
    const id = first.quoteId!;
    // Two editors on the same record and database (a second tab sees the same IndexedDB through live queries).
    const mine = await mount(store, { quoteId: id, delay: 60_000 });
    const theirs = await mount(store, { quoteId: id, delay: 60_000 });
    first.remove();

    await type(mine, q<HTMLTextAreaElement>(mine, '#notes'), 'mine');
    await type(theirs, q<HTMLTextAreaElement>(theirs, '#notes'), 'theirs');
    const conflict = oneEvent(mine, 'crm-quote-conflict');
    await theirs.save();
    expect((await conflict).detail.theirs.notes).to.equal('theirs');
    await mine.updateComplete;
    expect(text(q(mine, '.conflict'))).to.include('Another tab saved this quote');
    // Saving now writes nothing: the other tab's version stays.
    await mine.save();
    expect((await store.quotes.get(id))?.notes).to.equal('theirs');

    q(mine, 'button.keep-mine')!.click();
    await oneEvent(mine, 'crm-quote-save');
    expect((await store.quotes.get(id))?.notes).to.equal('mine');

    // The other editor saved last and has nothing unsaved: it simply follows the newer version.
    await until(() => theirs.value!.notes === 'mine', 'second editor follows');
    expect(q(theirs, '.conflict')).to.equal(null);
    expect(q<HTMLTextAreaElement>(theirs, '#notes')!.value).to.equal('mine');
  });

  it('detects a conflict at save time too (the other save happened before this one)', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-c', delay: 60_000 });
    await type(el, q<HTMLTextAreaElement>(el, '#notes'), 'first');
    await el.save();
    const id = el.quoteId!;
    await type(el, q<HTMLTextAreaElement>(el, '#notes'), 'local edit');
    // Another writer changes the stored record directly.
    const conflict = oneEvent(el, 'crm-quote-conflict');
    await store.quotes.update(id, { notes: 'server edit' });
    await conflict;
    await el.save();
    expect((await store.quotes.get(id))?.notes).to.equal('server edit');
    q(el, 'button.reload-theirs')!.click();
    await el.updateComplete;
    expect(q<HTMLTextAreaElement>(el, '#notes')!.value).to.equal('server edit');
  });

  it("adopts another tab's save silently when there is nothing unsaved here", async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-c' });
    await type(el, q<HTMLTextAreaElement>(el, '#notes'), 'a');
    await el.save();
    await store.quotes.update(el.quoteId!, { notes: 'from elsewhere' });
    await until(() => el.value!.notes === 'from elsewhere', 'reloaded');
    expect(q(el, '.conflict')).to.equal(null);
    expect(text(q(el, '.live'))).to.equal('Updated from another tab.');
  });

  it('"save as new version" keeps the previous version readable and read-only', async () => {
    const store = await seededStore();
    const el = await mount(store, { customerId: 'cust-c' });
    await addProduct(el, 'HW-GW-001');
    await el.save();
    const oldId = el.quoteId!;
    q(el, 'button.new-version')!.click();
    await until(() => el.quoteId !== oldId && el.value?.id === el.quoteId, 'switched to the new version');
    const newId = el.quoteId!;
    const fresh = (await store.quotes.get(newId)) as QuoteRecord;
    expect(fresh).to.include({ revision: 2, status: 'draft', previousRevisionId: oldId });
    expect(fresh.lines).to.have.length(1);
    const old = (await store.quotes.get(oldId)) as QuoteRecord;
    expect(old).to.include({ revision: 1, supersededBy: newId });

    q(el, 'button.previous-version')!.click();
    await until(() => el.value?.id === oldId, 'previous version open');
    expect(text(q(el, '[part="notice"]'))).to.include('version 2 replaced it');
    expect(cell(el, 0, 'quantity')!.readOnly).to.equal(true);
    expect(el.value!.lines).to.deep.equal(old.lines);
  });
});
