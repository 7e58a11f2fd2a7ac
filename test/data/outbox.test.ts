import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import { STORES_V1, STORES_V2, STORES_V3, STORES_V4 } from '../../src/data/database.js';
import { CHUNK_KEY, type OutboxEntry, pendingRecords, queuedKeys, splitFromChunk } from '../../src/data/outbox.js';
import { CrmStore } from '../../src/data/store.js';
import { outboxSummary } from '../../src/sync/queue.js';
import { customer, deleteStores, freshStore, uniqueName } from '../support/fixtures.js';

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

/** IndexedDB refusing to open, so the store falls back to memory (Chromium cannot be made to refuse it for real). */
const refusingIndexedDB = {
  open() {
    throw new DOMException('denied', 'SecurityError');
  },
} as unknown as IDBFactory;

for (const kind of ['indexeddb', 'memory'] as const)
  describe(`outbox: import chunks (${kind})`, () => {
    let store: CrmStore;
    beforeEach(() => {
      store =
        kind === 'indexeddb'
          ? freshStore()
          : new CrmStore({ database: uniqueName('mem'), indexedDB: refusingIndexedDB });
    });
    afterEach(async () => {
      if (kind === 'memory') expect(store.storage).to.equal('memory');
      store.close();
      await deleteStores();
    });

    const entries = async () => (await (await store.storageBackend()).list('outbox')) as unknown as OutboxEntry[];

    /** Two imported records in a chunk entry that counts as sent (it may have reached the server). */
    async function sentChunk(): Promise<OutboxEntry> {
      await store.customers.mergeMany([customer('n1'), customer('n2')]);
      const backend = await store.storageBackend();
      const [chunk] = await entries();
      await backend.transaction(['outbox'], () => backend.bulkPut('outbox', [{ ...chunk!, attempts: 1 }]));
      return chunk!;
    }

    it('queues an import chunk of new records as one entry listing their keys, counted per record', async () => {
      await store.customers.mergeMany([
        customer('n1'),
        customer('n2', { parentId: 'n1' }),
        customer('n3', { parentId: 'elsewhere' }),
      ]);
      const [chunk, ...rest] = await entries();
      expect(rest).to.have.length(0);
      expect(chunk).to.include({ key: CHUNK_KEY, op: 'create', attempts: 0, state: 'pending' });
      expect(chunk!.keys).to.deep.equal(['n1', 'n2', 'n3']);
      // A reference inside the chunk is ordered by the push; one outside it must exist first.
      expect(chunk!.refs).to.deep.equal(['customers\nelsewhere']);
      expect(chunk!.patch).to.equal(undefined);
      expect((await outboxSummary(store)).pending).to.equal(3);
      expect(await pendingRecords(await store.storageBackend())).to.equal(3);
    });

    it('re-import of existing records queues per-record updates beside the new records chunk', async () => {
      await store.import({ customers: [customer('old', { version: 2 })] });
      await store.customers.mergeMany([customer('old', { tier: 'A1' }), customer('new')]);
      const queued = await entries();
      expect(queued.map((e) => [e.op, e.key, e.keys])).to.deep.equal([
        ['update', 'old', undefined],
        ['create', CHUNK_KEY, ['new']],
      ]);
      expect(queued[0]!.patch).to.deep.equal({ tier: 'A1' });
    });

    it('folds an edit into a never-sent chunk and cancels a key deleted before it left', async () => {
      await store.customers.mergeMany([customer('n1'), customer('n2')]);
      await store.customers.update('n1', { tier: 'B1', parentId: 'p9' });
      await store.customers.delete('n2');
      const [chunk, ...rest] = await entries();
      expect(rest).to.have.length(0);
      expect(chunk!.keys).to.deep.equal(['n1']);
      expect(chunk!.refs).to.deep.equal(['customers\np9']);
      await store.customers.delete('n1');
      expect(await entries()).to.deep.equal([]);
    });

    it('queues later edits and deletes after a chunk that may have reached the server', async () => {
      await sentChunk();
      await store.customers.update('n1', { tier: 'B1' });
      await store.customers.delete('n2');
      const queued = await entries();
      // The deleted record's create leaves the chunk with its data, still ahead of the delete (it may be on the
      // server already: sent again it is found there first).
      expect(queued.map((e) => [e.op, e.key])).to.deep.equal([
        ['create', CHUNK_KEY],
        ['create', 'n2'],
        ['update', 'n1'],
        ['delete', 'n2'],
      ]);
      expect(queued[0]!.keys).to.deep.equal(['n1']);
      expect(queued[1]).to.include({ attempts: 1, idempotencyKey: `${queued[0]!.idempotencyKey}:n2` });
      expect(queued[1]!.patch).to.include({ id: 'n2', name: '华东能源集团' });
      expect((await outboxSummary(store)).pending).to.equal(4);
    });

    it('finds chunk keys for pulls and splits a key off into its own entry that still precedes later edits', async () => {
      const chunk = await sentChunk();
      const backend = await store.storageBackend();
      await store.customers.update('n2', { tier: 'B1' });
      expect([...queuedKeys(await entries())]).to.have.members(['n1', 'n2']);
      const view: OutboxEntry = {
        ...chunk,
        key: 'n2',
        keys: undefined,
        refs: undefined,
        attempts: 1,
        state: 'dead',
        error: 'refused',
        chunk: chunk.seq,
        seq: undefined,
      };
      delete view.keys;
      delete view.refs;
      await backend.transaction(['outbox'], () => splitFromChunk(backend, view));
      const queued = await entries();
      expect(queued.map((e) => [e.key, e.state, e.keys])).to.deep.equal([
        [CHUNK_KEY, 'pending', ['n1']],
        ['n2', 'dead', undefined],
        ['n2', 'pending', undefined],
      ]);
      expect(queued[1]!.chunk).to.equal(undefined);
      expect((await outboxSummary(store)).deadLetters.map((e) => e.key)).to.deep.equal(['n2']);
    });
  });

describe('outbox: schema version 5', () => {
  afterEach(deleteStores);

  it('upgrades a version 4 database with queued entries and finds import chunks by key afterwards', async () => {
    const name = uniqueName('v4');
    const old = new Dexie(name);
    old.version(1).stores(STORES_V1);
    old.version(2).stores(STORES_V2);
    old.version(3).stores(STORES_V3);
    old.version(4).stores(STORES_V4);
    await old.table('outbox').add({
      table: 'customers',
      key: 'kept',
      op: 'delete',
      idempotencyKey: 'k',
      createdAt: '2026-11-01T00:00:00.000Z',
      attempts: 0,
      state: 'pending',
    });
    old.close();

    const store = new CrmStore({ database: name });
    try {
      await store.customers.mergeMany([customer('n1'), customer('n2')]);
      await store.customers.delete('n2');
      const backend = await store.storageBackend();
      const queued = (await backend.list('outbox')) as unknown as OutboxEntry[];
      expect(queued.map((e) => [e.key, e.keys])).to.deep.equal([
        ['kept', undefined],
        [CHUNK_KEY, ['n1']],
      ]);
      expect((await outboxSummary(store)).pending).to.equal(2);
    } finally {
      store.close();
      await Dexie.delete(name);
    }
  });
});
