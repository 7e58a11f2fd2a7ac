/**
 * The account list's data (account-data.ts) reads customers and opportunities from the shared snapshots:
 * an edit shows up without a re-read of the table, and removing the list releases both snapshots (no
 * subscription survives the disconnect, the memory is returned).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/account-list/account-list.js';
import type { CrmAccountList } from '../../src/components/account-list/account-list.js';
import type { ChangeHub } from '../../src/data/change-feed.js';
import { ignoreResizeObserverNotice } from '../components/account-list/resize-observer-notice.js';
import { customer, deleteStores, freshStore, until } from '../support/fixtures.js';

describe('account list data from the shared snapshots', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = ignoreResizeObserverNotice();
  });
  afterEach(async () => {
    restore();
    await deleteStores();
  });

  it('follows an edit, shares the snapshots with other widgets and releases them on disconnect', async () => {
    const store = freshStore();
    await store.import({
      customers: [customer('a', { name: 'Alpha' }), customer('b', { name: 'Beta' })],
      opportunities: [{ id: 'o', customerId: 'a', name: 'Deal', stage: 'lead', amount: 100, currency: 'CNY' }],
    });
    const el = await fixture<CrmAccountList>(html`<crm-account-list .store=${store} lang="en"></crm-account-list>`);
    const text = () => el.shadowRoot!.textContent ?? '';
    await until(() => text().includes('Alpha') && text().includes('Beta'), 'accounts listed');
    expect(store.snapshots.held).to.have.members(['customers', 'opportunities']);
    // Both snapshots filled before counting (the list may show names while the opportunities still load).
    await until(
      () => store.snapshots.sizeOf('customers') === 2 && store.snapshots.sizeOf('opportunities') === 1,
      'both snapshots filled',
    );
    const backend = await store.storageBackend();
    const pagesRead: string[] = [];
    const readPage = backend.readPage.bind(backend);
    backend.readPage = (table, ...rest) => {
      pagesRead.push(table);
      return readPage(table, ...rest);
    };
    await store.customers.update('b', { name: 'Beta Renamed' });
    await until(() => text().includes('Beta Renamed'), 'the edit shown');
    expect(pagesRead, 'no table re-read for one edit').to.deep.equal([]);
    el.remove();
    await until(() => store.snapshots.held.length === 0, 'snapshots released after the list left');
    expect((store.openBackend!.changes as ChangeHub).listenerCount, 'no change listener left').to.equal(0);
  });
});
