/**
 * Sync benchmarks against the tiny paged server over an in-memory array (test/support/servers.mjs): its
 * paging costs the same for every page (json-server's own sorts the whole collection per page, which would
 * make any ratio measure json-server), so the ratios measure the engine.
 * - initial pull of 10,000 and 100,000 rows by the engine versus a raw paged fetch + JSON.parse of exactly the
 *   same pages (target: time <= 1.43x raw);
 * - push of 10,000 queued creates (push window) versus raw sequential POSTs of the same records (target >= 1.0x).
 * Each engine run is preceded by a warm-up run on another database, so both sides run on a warm server.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import Dexie from 'dexie';
import type { StoredRecord } from '../../src/data/backend.js';
import { newId } from '../../src/data/model.js';
import type { OutboxEntry } from '../../src/data/outbox.js';
import { CrmStore } from '../../src/data/store.js';
import { SyncEngine } from '../../src/sync/engine.js';
import { record, timed } from '../support/bench.js';
import { customer } from '../support/fixtures.js';

const PAGE = 2_000;
const PUSHES = 10_000;

const servers = (payload: Record<string, unknown>) =>
  executeServerCommand<unknown, Record<string, unknown>>('servers', payload);

async function arrayServer(count: number): Promise<{ id: string; url: string }> {
  return (await servers({ action: 'start-array-server', count })) as { id: string; url: string };
}

/** Runs `work` on a store of its own, deleted afterwards. */
async function withStore<T>(work: (store: CrmStore) => Promise<T>): Promise<T> {
  const store = new CrmStore({ database: `bench-sync-${newId()}` });
  try {
    return await work(store);
  } finally {
    store.close();
    await Dexie.delete(store.database);
  }
}

/** One engine pull into a fresh database; returns its time and the URLs it fetched. */
async function enginePull(url: string): Promise<{ ms: number; pages: string[] }> {
  return withStore(async (store) => {
    const pages: string[] = [];
    const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      pages.push(String(input));
      return globalThis.fetch(input, init);
    };
    const engine = new SyncEngine(store, { endpoint: url, resources: ['customers'], pageSize: PAGE, fetch });
    const ms = await timed(() => engine.pull());
    return { ms, pages };
  });
}

/** The same pages fetched, parsed and written with a bare bulkPut each, one after the other (no engine). */
async function rawPullAndWrite(pages: string[]): Promise<number> {
  return withStore(async (store) => {
    const backend = await store.storageBackend();
    return timed(async () => {
      for (const page of pages) {
        const rows = JSON.parse(await (await fetch(page)).text()) as StoredRecord[];
        await backend.transaction(['customers'], () => backend.bulkPut('customers', rows));
      }
    });
  });
}

/** Only the writes: the same pages fetched and parsed beforehand (not timed), then one bare bulkPut each. */
async function bareWrites(pages: string[]): Promise<number> {
  const parsed: StoredRecord[][] = [];
  for (const page of pages) parsed.push(JSON.parse(await (await fetch(page)).text()) as StoredRecord[]);
  return withStore(async (store) => {
    const backend = await store.storageBackend();
    return timed(async () => {
      for (const rows of parsed) await backend.transaction(['customers'], () => backend.bulkPut('customers', rows));
    });
  });
}

async function rawPull(pages: string[]): Promise<number> {
  return timed(async () => {
    for (const page of pages) JSON.parse(await (await fetch(page)).text());
  });
}

describe('sync benchmarks', () => {
  for (const rows of [10_000, 100_000]) {
    it(`pulls ${rows.toLocaleString('en')} rows vs raw paged fetch + parse of the same pages`, async () => {
      const server = await arrayServer(rows);
      try {
        const warm = await enginePull(server.url);
        await rawPull(warm.pages);
        const { ms, pages } = await enginePull(server.url);
        const rawMs = await rawPull(pages);
        const rawWriteMs = await rawPullAndWrite(pages);
        const writesMs = await bareWrites(pages);
        await record({
          group: 'sync',
          name: `initial pull of ${rows.toLocaleString('en')} rows vs the same pages fetched, parsed and bulkPut one after the other`,
          value: ms,
          unit: 'ms',
          runs: 1,
          baseline: { name: 'raw fetch + JSON.parse + IndexedDB bulkPut per page, sequential', value: rawWriteMs },
          note: 'what the engine adds over storing the rows at all (< 1x: the overlap wins)',
        });
        await record({
          group: 'sync',
          name: `initial pull of ${rows.toLocaleString('en')} rows (${pages.length} pages of ${PAGE}, next page fetched while one is written) into IndexedDB`,
          value: ms,
          unit: 'ms',
          runs: 1,
          baseline: { name: 'raw paged fetch + JSON.parse of the same pages (in-memory server)', value: rawMs },
          note: 'target <= 1.43x',
        });
        await record({
          group: 'sync',
          name: `bare IndexedDB bulkPut of the same ${rows.toLocaleString('en')} rows (pages parsed beforehand, no network, no engine)`,
          value: writesMs,
          unit: 'ms',
          runs: 1,
          baseline: { name: 'raw paged fetch + JSON.parse of the same pages (in-memory server)', value: rawMs },
          note: 'the floor of any pull that stores the rows: why <= 1.43x of fetch + parse cannot be met',
        });
      } finally {
        await servers({ action: 'stop', id: server.id });
      }
    });
  }

  it(`pushes ${PUSHES.toLocaleString('en')} queued creates vs raw sequential POSTs of the same records`, async () => {
    const records = Array.from({ length: PUSHES }, (_, i) => customer(`push-${String(i).padStart(5, '0')}`));
    const raw = await arrayServer(0);
    const rawMs = await timed(async () => {
      for (const body of records) {
        const response = await fetch(`${raw.url}/customers`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        await response.json();
      }
    });
    await servers({ action: 'stop', id: raw.id });

    const server = await arrayServer(0);
    try {
      const ms = await withStore(async (store) => {
        const storage = await store.storageBackend();
        const now = new Date().toISOString();
        const entries: OutboxEntry[] = records.map((patch) => ({
          table: 'customers',
          key: patch.id,
          op: 'create',
          patch,
          idempotencyKey: newId(),
          createdAt: now,
          attempts: 0,
          state: 'pending',
        }));
        await storage.transaction(['outbox'], () => storage.bulkPut('outbox', entries as unknown as StoredRecord[]));
        const engine = new SyncEngine(store, { endpoint: server.url, resources: ['customers'], pullIntervalMs: 0 });
        const elapsed = await timed(() => engine.push());
        if ((await storage.count('outbox')) !== 0) throw new Error('push left entries behind');
        return elapsed;
      });
      const created = (await servers({ action: 'created', id: server.id })) as number;
      if (created !== PUSHES) throw new Error(`server got ${created} records, expected ${PUSHES}`);
      await record({
        group: 'sync',
        name: `push ${PUSHES.toLocaleString('en')} queued creates (window of 6, settled in IndexedDB per batch)`,
        value: PUSHES / (ms / 1000),
        unit: 'entries/s',
        runs: 1,
        baseline: { name: 'raw sequential fetch POSTs of the same records', value: PUSHES / (rawMs / 1000) },
        note: 'target >= 1.0x',
      });
    } finally {
      await servers({ action: 'stop', id: server.id });
    }
  });
});
