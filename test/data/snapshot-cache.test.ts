/**
 * The persisted snapshot cache (snapshot-cache.ts): its columnar encoding gives every record back exactly,
 * every write path marks the keys it wrote in the same transaction, and "cache + dirty keys" equals a fresh
 * full read after random interleaved writes, cache refreshes and clears from two tabs (the other tab is an
 * iframe with its own modules and its own Dexie connection). fast-check prints the seed and the
 * counterexample of a failing run.
 */
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import fc from 'fast-check';
import type { StoredRecord } from '../../src/data/backend.js';
import { createDatabase } from '../../src/data/database.js';
import type { DexieBackend } from '../../src/data/dexie-backend.js';
import { CHUNK, planBounds } from '../../src/data/snapshot-cache.js';
import { decodeChunk, encodeChunk } from '../../src/data/snapshot-codec.js';
import { CrmStore } from '../../src/data/store.js';
import { deleteStores, freshStore, uniqueName, until } from '../support/fixtures.js';
import { deal, twoTabs } from './tabs.js';

const backendOf = async (store: CrmStore) => (await store.storageBackend()) as DexieBackend;

/** Everything the cache says the table holds (cache + dirty keys), sorted by id; undefined without a cache. */
async function cachedView(store: CrmStore): Promise<StoredRecord[] | undefined> {
  const read = await (await backendOf(store)).readCached('opportunities');
  if (!read) return undefined;
  const records = new Map(read.records.map((r) => [r.id as string, r]));
  for (const [key, record] of read.dirty) {
    if (record) records.set(key, record);
    else records.delete(key);
  }
  return [...records.values()].sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : 1));
}

async function refreshAll(store: CrmStore, bounds: string[]): Promise<void> {
  const backend = await backendOf(store);
  for (let step = 0; step < 100; step++) if (!(await backend.refreshCache('opportunities', () => bounds))) return;
  throw new Error('the cache refresh made no progress in 100 steps');
}

describe('snapshot cache encoding', () => {
  it('decodes every record exactly as it was: values, absent fields, undefined, -0, NaN, nested data, key order', () => {
    const value = fc.anything({
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: false,
    });
    const records = fc.array(
      fc.dictionary(fc.constantFrom('id', 'stage', 'amount', 'owner', 'history', 'extra', '__proto__'), value),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(records, (list) => {
        const decoded = decodeChunk(structuredClone(encodeChunk('t#g#0', list)));
        expect(decoded).to.deep.equal(list);
        expect(decoded.map((record) => Object.keys(record))).to.deep.equal(list.map((record) => Object.keys(record)));
      }),
      { numRuns: 300 },
    );
  });

  it('plans chunk bounds that start below every key and split the keys in order', () => {
    const keys = Array.from({ length: 12_000 }, (_, i) => `k-${String((i * 7919) % 12_000).padStart(5, '0')}`);
    const bounds = planBounds(keys);
    expect(bounds[0]).to.equal('');
    expect(bounds.length).to.be.within(12_000 / CHUNK - 2, 12_000 / CHUNK + 2);
    expect([...bounds].sort()).to.deep.equal(bounds);
  });
});

describe('snapshot cache in IndexedDB', () => {
  afterEach(deleteStores);

  it('marks the keys of writes from any path (repository, import, another Dexie instance, clear) in the same transaction', async () => {
    const store = freshStore();
    await store.import({ opportunities: [deal('o-1'), deal('o-2')] });
    await refreshAll(store, ['']);
    expect(await cachedView(store)).to.deep.equal(await store.opportunities.list());
    const raw = createDatabase(store.database);
    await raw.open();
    await raw.table('opportunities').put({ ...deal('o-3'), createdAt: 'x', updatedAt: 'x' });
    await store.opportunities.update('o-1', { stage: 'won' });
    await store.opportunities.delete('o-2');
    const dirty = await raw.table('snapshotDirty').toArray();
    expect(dirty.flatMap((row) => row.keys)).to.have.members(['o-3', 'o-1', 'o-2']);
    expect(await cachedView(store)).to.deep.equal(await store.opportunities.list());
    // A failed write marks nothing: its mark is in the transaction that aborts.
    await raw
      .transaction('rw', ['opportunities'], async () => {
        await raw.table('opportunities').put({ ...deal('o-9'), createdAt: 'x', updatedAt: 'x' });
        throw new Error('abort');
      })
      .catch(() => undefined);
    expect((await raw.table('snapshotDirty').toArray()).flatMap((row) => row.keys)).not.to.include('o-9');
    await raw.table('opportunities').clear();
    expect(await cachedView(store), 'a clear voids the cache').to.equal(undefined);
    raw.close();
  });

  it('splits a chunk that grew past twice its size in place, and still equals a fresh read', async () => {
    const store = freshStore();
    await store.import({ opportunities: [deal('o-0')] });
    await refreshAll(store, ['']);
    const rows = Array.from({ length: 2 * CHUNK + 50 }, (_, i) => deal(`o-${String(i + 1).padStart(5, '0')}`));
    await store.import({ opportunities: rows });
    await refreshAll(store, ['']);
    const backend = await backendOf(store);
    const header = await backend.db.table('snapshotCache').get('opportunities');
    expect(header.bounds).to.have.length(3);
    expect(await cachedView(store)).to.deep.equal(await store.opportunities.list());
    await store.opportunities.update('o-00002', { stage: 'won' });
    await store.opportunities.delete('o-02000');
    await refreshAll(store, ['']);
    expect((await backend.db.table('snapshotDirty').toArray()).length, 'no dirty key left').to.equal(0);
    expect(await cachedView(store)).to.deep.equal(await store.opportunities.list());
  });

  it('is ignored when its format or database version is not this one', async () => {
    const store = freshStore();
    await store.import({ opportunities: [deal('o-1')] });
    await refreshAll(store, ['']);
    expect(await cachedView(store)).to.have.length(1);
    const raw = createDatabase(store.database);
    await raw.open();
    await raw.table('snapshotCache').update('opportunities', { verno: raw.verno - 1 });
    expect(await cachedView(store)).to.equal(undefined);
    await raw.table('snapshotCache').update('opportunities', { verno: raw.verno, format: 0 });
    expect(await cachedView(store)).to.equal(undefined);
    raw.close();
  });

  it('fills a cold snapshot from the cache, not by reading the table page by page', async () => {
    const first = freshStore();
    await first.import({ opportunities: Array.from({ length: 300 }, (_, i) => deal(`o-${i}`)) });
    await refreshAll(first, ['', 'o-150', 'o-250']);
    await first.opportunities.update('o-7', { stage: 'won' });
    const cold = new CrmStore({ database: first.database });
    const backend = await backendOf(cold);
    let pages = 0;
    const readPage = backend.readPage.bind(backend);
    backend.readPage = (...args) => {
      pages++;
      return readPage(...args);
    };
    let records: StoredRecord[] | undefined;
    const subscription = cold.snapshot('opportunities').subscribe({
      next: (state) => (records = [...state.records.values()]),
    });
    await until(() => records !== undefined, 'cold snapshot loaded');
    expect(pages).to.equal(0);
    const sorted = records!.sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : 1));
    expect(sorted).to.deep.equal(await first.opportunities.list());
    expect(sorted.find((r) => r.id === 'o-7')!.stage).to.equal('won');
    subscription.unsubscribe();
    cold.close();
  });
});

type Op =
  | { kind: 'put'; slot: number; stage: string }
  | { kind: 'delete'; slot: number }
  | { kind: 'import'; from: number; stage: string }
  | { kind: 'refresh' }
  | { kind: 'clear' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('put' as const),
      slot: fc.nat(39),
      stage: fc.constantFrom('lead', 'won'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), slot: fc.nat(39) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('import' as const),
      from: fc.nat(60),
      stage: fc.constantFrom('proposal', 'lost'),
    }),
  },
  { weight: 3, arbitrary: fc.constant({ kind: 'refresh' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
);

/** Several chunks over ids `o-0` .. `o-99` (string order), so writes land in different chunks. */
const BOUNDS = ['', 'o-2', 'o-45', 'o-7'];

async function run(store: CrmStore, step: Op): Promise<void> {
  const id = (n: number) => `o-${String(n)}`;
  if (step.kind === 'put') await store.opportunities.put(deal(id(step.slot), { stage: step.stage }));
  else if (step.kind === 'delete') await store.opportunities.delete(id(step.slot));
  else if (step.kind === 'import')
    await store.import({
      opportunities: Array.from({ length: 30 }, (_, i) => deal(id(step.from + i), { stage: step.stage })),
    });
  else if (step.kind === 'refresh') await (await backendOf(store)).refreshCache('opportunities', () => BOUNDS);
  else {
    const backend = await backendOf(store);
    await backend.db.table('opportunities').clear();
  }
}

describe('snapshot cache across tabs', () => {
  const database = uniqueName('cache-tabs');
  let tabs: Awaited<ReturnType<typeof twoTabs>> | undefined;

  after(async () => {
    tabs?.close();
    await Dexie.delete(database);
  });

  it('cache + dirty keys equals a fresh full read after random interleaved writes, refreshes and clears from two tabs', async () => {
    tabs = await twoTabs(database);
    const { here, there } = tabs;
    let usedCache = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.boolean(), op), { minLength: 1, maxLength: 12 }), async (steps) => {
        // Interleaved: each step starts without waiting for the other tab's.
        await Promise.all(steps.map(([inOther, step]) => run(inOther ? there : here, step)));
        const fresh = await here.opportunities.list();
        const mid = await cachedView(there);
        if (mid) expect(mid, 'cache read in the middle').to.deep.equal(fresh);
        await refreshAll(here, BOUNDS);
        const settled = await cachedView(there);
        expect(settled, 'a refreshed cache is usable').not.to.equal(undefined);
        expect(settled).to.deep.equal(fresh);
        usedCache++;
      }),
      { numRuns: 15 },
    );
    expect(usedCache).to.equal(15);
  });
});
