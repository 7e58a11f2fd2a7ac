/**
 * The local -> server id remap (data/remap.ts) on a real IndexedDB: one transaction moves the record, every
 * reference to it and every queued outbox entry, or nothing.
 */
import { expect } from '@open-wc/testing';
import type { OutboxEntry } from '../../src/data/outbox.js';
import { remapId } from '../../src/data/remap.js';
import { customer, deleteStores, freshStore } from '../support/fixtures.js';

describe('remapId', () => {
  afterEach(deleteStores);

  it('moves a customer and its group members, contacts, deals, quotes, orders, activities and queued changes', async () => {
    const store = freshStore();
    const local = 'local-uuid';
    await store.customers.put(customer(local, { name: '华北钢铁集团' }));
    await store.customers.put(customer('sub-1', { parentId: local }));
    await store.contacts.put({ customerId: local, name: '张伟', role: 'decision-maker', id: 'k1' });
    await store.opportunities.put({
      id: 'o1',
      customerId: local,
      name: '扩容',
      stage: 'lead',
      amount: 1,
      currency: 'CNY',
    });
    await store.quotes.put({
      id: 'q1',
      customerId: local,
      status: 'draft',
      currency: 'CNY',
      priceMode: 'tax-excluded',
      lines: [],
    });
    await store.activities.put({
      id: 'a1',
      customerId: local,
      kind: 'call',
      at: '2026-11-01T00:00:00.000Z',
      subject: '电话',
    });
    await store.customers.put(customer('other', { parentId: 'someone-else' }));
    const backend = await store.storageBackend();

    await remapId(backend, 'customers', local, '42', {
      name: '华北钢铁集团',
      updatedAt: '2026-11-25T00:00:00.000001Z',
    });

    expect(await store.customers.get(local)).to.equal(undefined);
    expect(await store.customers.get('42')).to.include({
      name: '华北钢铁集团',
      updatedAt: '2026-11-25T00:00:00.000001Z',
    });
    expect((await store.customers.get('sub-1'))!.parentId).to.equal('42');
    expect((await store.customers.get('other'))!.parentId).to.equal('someone-else');
    for (const [repo, id] of [
      [store.contacts, 'k1'],
      [store.opportunities, 'o1'],
      [store.quotes, 'q1'],
      [store.activities, 'a1'],
    ] as const) {
      expect((await repo.get(id))!.customerId, id).to.equal('42');
    }
    const queued = (await backend.list('outbox')) as unknown as OutboxEntry[];
    expect(queued.some((e) => e.key === local)).to.equal(false);
    expect(queued.find((e) => e.table === 'customers' && e.key === '42')!.op).to.equal('create');
    expect(queued.find((e) => e.key === 'sub-1')!.patch!.parentId).to.equal('42');
    expect(queued.find((e) => e.key === 'k1')!.patch!.customerId).to.equal('42');
  });

  it('moves a product referenced from quote lines', async () => {
    const store = freshStore();
    await store.products.put({ id: 'p-local', code: 'X1', name: '光纤', price: 100, currency: 'CNY', vatRate: 13 });
    const line = { id: 'l1', productId: 'p-local', description: '光纤', quantity: 1, unitPrice: 100, vatRate: 13 };
    await store.quotes.put({
      id: 'q2',
      customerId: 'c',
      status: 'draft',
      currency: 'CNY',
      priceMode: 'tax-excluded',
      lines: [line],
    });
    await remapId(await store.storageBackend(), 'products', 'p-local', '7', undefined);
    expect((await store.quotes.get('q2'))!.lines[0]!.productId).to.equal('7');
    expect((await store.products.get('7'))!.code).to.equal('X1');
  });

  it('moves a key inside an import chunk entry and the references other chunks wait on', async () => {
    const store = freshStore();
    await store.customers.mergeMany([customer('c-local'), customer('c-other')]);
    await store.opportunities.mergeMany([
      { id: 'o-imp', customerId: 'c-local', name: '扩容', stage: 'lead', amount: 1, currency: 'CNY' },
    ]);
    const backend = await store.storageBackend();
    await remapId(backend, 'customers', 'c-local', '77', undefined);
    const [customers, deals] = (await backend.list('outbox')) as unknown as OutboxEntry[];
    expect(customers!.keys).to.deep.equal(['77', 'c-other']);
    expect(deals!.refs).to.deep.equal(['customers\n77', 'stages\nlead']);
    expect((await store.opportunities.get('o-imp'))!.customerId).to.equal('77');
  });
});
