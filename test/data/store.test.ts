import { expect } from '@open-wc/testing';
import { ValidationError } from '../../src/data/model.js';
import { RecordNotFoundError, StaleRecordError } from '../../src/data/repository.js';
import { CrmStore } from '../../src/data/store.js';
import { customer, deleteStores, freshStore, rejection, until } from '../support/fixtures.js';
import { deal as opportunity } from './tabs.js';

/**
 * An IndexedDB factory whose open() fails the way a blocked-storage browser's does. A fake, because real
 * Chromium cannot be made to refuse IndexedDB from inside a test page.
 */
const blockedIndexedDB = {
  open() {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  },
  deleteDatabase() {
    throw new DOMException('blocked', 'SecurityError');
  },
  cmp: (a: unknown, b: unknown) => indexedDB.cmp(a, b),
  databases: async () => [],
} as unknown as IDBFactory;

for (const backend of ['indexeddb', 'memory'] as const) {
  describe(`CrmStore on ${backend}`, () => {
    let store: CrmStore;
    beforeEach(async () => {
      store =
        backend === 'indexeddb' ? freshStore() : new CrmStore({ database: 'blocked', indexedDB: blockedIndexedDB });
      await store.ready;
      expect(store.storage).to.equal(backend);
    });
    afterEach(deleteStores);

    it('puts, gets, updates and deletes a record, stamping ids and times', async () => {
      const saved = await store.customers.put({ name: '中原银行', currency: 'CNY' });
      expect(saved.id).to.match(/^[0-9a-f-]{36}$/);
      expect(saved.createdAt).to.equal(saved.updatedAt);
      expect(await store.customers.get(saved.id)).to.deep.equal(saved);
      const updated = await store.customers.update(saved.id, { tier: 'A1' });
      expect(updated.tier).to.equal('A1');
      expect(updated.createdAt).to.equal(saved.createdAt);
      await store.customers.delete(saved.id);
      expect(await store.customers.get(saved.id)).to.equal(undefined);
    });

    it('writes conditionally: a put with a stale ifUpdatedAt is refused with the newer record', async () => {
      const first = await store.customers.put(customer('c1'));
      const mine = await store.customers.put({ ...first, tier: 'B1' }, { ifUpdatedAt: first.updatedAt });
      const stale = await rejection(store.customers.put({ ...first, tier: 'C' }, { ifUpdatedAt: first.updatedAt }));
      expect(stale).to.be.instanceOf(StaleRecordError);
      expect((stale as StaleRecordError).current.tier).to.equal('B1');
      expect((await store.customers.get('c1'))?.updatedAt).to.equal(mine.updatedAt);
      const created = await rejection(store.customers.put(customer('c1'), { ifUpdatedAt: undefined }));
      expect(created).to.be.instanceOf(StaleRecordError);
      expect((await store.customers.put(customer('c2'), { ifUpdatedAt: undefined })).id).to.equal('c2');
    });

    it('lists with indexed and plain filters, any-of, order and paging', async () => {
      await store.import({
        opportunities: [
          opportunity('o1', { stage: 'lead', owner: '王磊', amount: 300 }),
          opportunity('o2', { stage: 'won', owner: '王磊', amount: 100 }),
          opportunity('o3', { stage: 'lead', owner: '李娜', amount: 200 }),
          opportunity('o4', { stage: 'proposal', owner: '王磊', amount: 400, customerId: 'c2' }),
        ],
      });
      const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
      expect(ids(await store.opportunities.list({ where: { stage: 'lead' } }))).to.deep.equal(['o1', 'o3']);
      expect(ids(await store.opportunities.list({ where: { owner: '王磊', customerId: 'c1' } }))).to.deep.equal([
        'o1',
        'o2',
      ]);
      expect(ids(await store.opportunities.list({ where: { stage: ['won', 'proposal'] } }))).to.deep.equal([
        'o2',
        'o4',
      ]);
      expect(ids(await store.opportunities.list({ orderBy: 'amount' }))).to.deep.equal(['o2', 'o3', 'o1', 'o4']);
      expect(ids(await store.opportunities.list({ orderBy: 'amount', reverse: true, limit: 2 }))).to.deep.equal([
        'o4',
        'o1',
      ]);
      expect(ids(await store.opportunities.list({ offset: 1, limit: 2 }))).to.deep.equal(['o2', 'o3']);
      expect(ids(await store.opportunities.list({ filter: (o) => o.amount >= 300 }))).to.deep.equal(['o1', 'o4']);
      expect(await store.opportunities.count({ where: { owner: '王磊' } })).to.equal(3);
    });

    it('rejects an invalid put with the table, record and field, and stores nothing', async () => {
      const error = await rejection(store.opportunities.put(opportunity('bad-1', { amount: 12.5 })));
      expect(error).to.be.instanceOf(ValidationError);
      const v = error as ValidationError;
      expect([v.table, v.recordId, v.field]).to.deep.equal(['opportunities', 'bad-1', 'amount']);
      expect(v.message).to.contain('opportunities').and.contain('bad-1').and.contain('amount');
      expect(await store.opportunities.get('bad-1')).to.equal(undefined);
    });

    it('rejects an update that would make the record invalid, and an update of a missing record', async () => {
      await store.customers.put(customer('c1'));
      const invalid = await rejection(store.customers.update('c1', { currency: 'yuan' }));
      expect((invalid as ValidationError).field).to.equal('currency');
      expect((await store.customers.get('c1'))?.currency).to.equal('CNY');
      expect(await rejection(store.customers.update('nope', { name: 'x' }))).to.be.instanceOf(RecordNotFoundError);
    });

    it('imports a dataset in one go and writes nothing when any record is bad', async () => {
      const progress: string[] = [];
      const result = await store.import(
        { customers: [customer('c1'), customer('c2')], opportunities: [opportunity('o1')] },
        { onProgress: (p) => progress.push(`${p.phase}:${p.done}/${p.total}`) },
      );
      expect(result.counts).to.deep.equal({ customers: 2, opportunities: 1 });
      expect(progress).to.include('write:3/3');

      const error = await rejection(
        store.import({
          customers: [customer('c3')],
          contacts: [{ id: 'p1', customerId: 'c3', name: '赵敏', role: 'boss' }],
        }),
      );
      const v = error as ValidationError;
      expect([v.table, v.recordId, v.index, v.field]).to.deep.equal(['contacts', 'p1', 0, 'role']);
      expect(v.message).to.contain('decision-maker');
      expect(await store.customers.get('c3')).to.equal(undefined);
      expect(await store.customers.count()).to.equal(2);
    });

    it('names the index of a bad record without an id, unknown tables and duplicate ids', async () => {
      const noId = (await rejection(store.import({ customers: [customer('c1'), { name: 'x' }] }))) as ValidationError;
      expect([noId.table, noId.index, noId.field]).to.deep.equal(['customers', 1, 'id']);
      expect(noId.message).to.contain('record #1');
      const unknown = (await rejection(store.import({ clients: [] }))) as ValidationError;
      expect(unknown.message).to.contain('clients').and.contain('not a known table');
      const duplicate = (await rejection(
        store.import({ customers: [customer('c1'), customer('c1')] }),
      )) as ValidationError;
      expect([duplicate.recordId, duplicate.index, duplicate.field]).to.deep.equal(['c1', 1, 'id']);
      expect(await store.customers.count()).to.equal(0);
    });

    it('pushes live query results again when the data changes', async () => {
      await store.customers.put(customer('c1', { tier: 'B2' }));
      const seen: (string | undefined)[] = [];
      const subscription = store
        .live(async (s) => {
          const head = await s.customers.get('c1');
          const subsidiaries = await s.customers.count({ where: { parentId: 'c1' } });
          return `${head?.tier}/${subsidiaries}`;
        })
        .subscribe({ next: (value) => seen.push(value) });
      await until(() => seen.at(-1) === 'B2/0', 'first value');
      await store.customers.update('c1', { tier: 'A2' });
      await until(() => seen.at(-1) === 'A2/0', 'value after the update');
      await store.customers.put(customer('c1-1', { parentId: 'c1' }));
      await until(() => seen.at(-1) === 'A2/1', 'value after a related record was added');
      subscription.unsubscribe();
      const count = seen.length;
      await store.customers.update('c1', { tier: 'C' });
      await store.customers.get('c1');
      expect(seen.length).to.equal(count);
    });

    it('seeds an empty database once and skips when seeded or not empty', async () => {
      const first = await store.seed({ customers: [customer('c1')] });
      expect(first).to.deep.equal({ status: 'imported', counts: { customers: 1 } });
      const again = await store.seed({ customers: [customer('c2')] });
      expect(again.reason).to.equal('already-seeded');
      expect(await store.customers.count()).to.equal(1);
    });
  });
}

describe('CrmStore fallback', () => {
  it('falls back to memory with a reason when IndexedDB cannot be opened', async () => {
    const store = new CrmStore({ database: 'blocked-2', indexedDB: blockedIndexedDB });
    expect(store.storage).to.equal('opening');
    await store.ready;
    expect(store.storage).to.equal('memory');
    expect(store.fallbackReason).to.contain('SecurityError');
  });

  it('does not seed a database that already has data', async () => {
    const store = freshStore();
    await store.customers.put(customer('mine'));
    expect((await store.seed({ customers: [customer('c1')] })).reason).to.equal('not-empty');
    expect(await store.customers.get('c1')).to.equal(undefined);
    await deleteStores();
  });
});
