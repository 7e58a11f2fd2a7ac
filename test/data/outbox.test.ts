import { expect } from '@open-wc/testing';
import type { OutboxEntry } from '../../src/data/outbox.js';
import type { CrmStore } from '../../src/data/store.js';
import { customer, deleteStores, freshStore } from '../support/fixtures.js';

async function outbox(store: CrmStore): Promise<Pick<OutboxEntry, 'op' | 'key' | 'patch'>[]> {
  const backend = await store.storageBackend();
  const entries = (await backend.list('outbox')) as unknown as OutboxEntry[];
  return entries.map(({ op, key, patch }) => ({ op, key, ...(patch ? { patch } : {}) }));
}

describe('outbox', () => {
  let store: CrmStore;
  beforeEach(() => {
    store = freshStore();
  });
  afterEach(deleteStores);

  it('queues each local change with the record, in one transaction', async () => {
    await store.customers.put(customer('c1'));
    const [entry] = await outbox(store);
    expect(entry!.op).to.equal('create');
    expect(entry!.patch).to.include({ id: 'c1', name: '华东能源集团' });
  });

  it('compacts create + update into one create with the latest record', async () => {
    await store.customers.put(customer('c1'));
    await store.customers.update('c1', { tier: 'A1' });
    const entries = await outbox(store);
    expect(entries).to.have.length(1);
    expect(entries[0]!.op).to.equal('create');
    expect(entries[0]!.patch).to.include({ tier: 'A1' });
  });

  it('merges update + update into one patch of the changed fields only', async () => {
    await store.import({ customers: [customer('c1', { version: 3 })] });
    await store.customers.update('c1', { tier: 'B1' });
    await store.customers.update('c1', { owner: '李娜' });
    expect(await outbox(store)).to.deep.equal([{ op: 'update', key: 'c1', patch: { tier: 'B1', owner: '李娜' } }]);
    const backend = await store.storageBackend();
    const [entry] = (await backend.list('outbox')) as unknown as OutboxEntry[];
    expect(entry!.baseVersion).to.equal(3);
  });

  it('lets a delete win over queued updates, and cancels a create that never left', async () => {
    await store.import({ customers: [customer('c1')] });
    await store.customers.update('c1', { tier: 'B1' });
    await store.customers.delete('c1');
    expect(await outbox(store)).to.deep.equal([{ op: 'delete', key: 'c1' }]);

    await store.customers.put(customer('c2'));
    await store.customers.delete('c2');
    expect((await outbox(store)).map((e) => e.key)).to.deep.equal(['c1']);
  });

  it('never merges into an entry that may already have reached the server', async () => {
    await store.import({ customers: [customer('c1')] });
    await store.customers.update('c1', { tier: 'B1' });
    const backend = await store.storageBackend();
    const [sent] = (await backend.list('outbox')) as unknown as OutboxEntry[];
    await backend.transaction(['outbox'], () => backend.bulkPut('outbox', [{ ...sent!, attempts: 1 }]));
    await store.customers.update('c1', { tier: 'A1' });
    expect(await outbox(store)).to.deep.equal([
      { op: 'update', key: 'c1', patch: { tier: 'B1' } },
      { op: 'update', key: 'c1', patch: { tier: 'A1' } },
    ]);
  });

  it('queues nothing for an update that changes nothing, nor for imports', async () => {
    await store.import({ customers: [customer('c1', { tier: 'C' })] });
    await store.customers.update('c1', { tier: 'C' });
    expect(await outbox(store)).to.deep.equal([]);
  });
});
