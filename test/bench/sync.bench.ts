/**
 * Sync benchmarks against a local json-server 0.17.4 (through the pass-through proxy, as in the tests):
 * - initial pull of 100,000 rows by the engine versus a raw paged fetch of exactly the same pages;
 * - push throughput of 10,000 outbox entries.
 */
import Dexie from 'dexie';
import type { StoredRecord } from '../../src/data/backend.js';
import { newId } from '../../src/data/model.js';
import type { OutboxEntry } from '../../src/data/outbox.js';
import { CrmStore } from '../../src/data/store.js';
import { SyncEngine } from '../../src/sync/engine.js';
import { TestBackend } from '../support/backend.js';
import { record, timed } from '../support/bench.js';
import { customer, until } from '../support/fixtures.js';

const ROWS = 100_000;
const PUSHES = 10_000;
const PAGE = 2_000;

describe('sync benchmarks', () => {
  it(`pulls ${ROWS.toLocaleString('en')} rows vs raw paged fetch of the same pages`, async () => {
    const rows = Array.from({ length: ROWS }, (_, i) =>
      customer(`pull-${String(i).padStart(6, '0')}`, {
        updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
      }),
    );
    const backend = await TestBackend.start({ customers: rows }, { memory: true });
    const store = new CrmStore({ database: `bench-pull-${newId()}` });
    try {
      const engine = new SyncEngine(store, { endpoint: backend.url, resources: ['customers'], pageSize: PAGE });
      await backend.clearLog();
      const pullMs = await timed(() => engine.pull());
      const pages = (await backend.log()).map((r) => r.url);
      const rawMs = await timed(async () => {
        for (const url of pages) await (await fetch(`${backend.url}${url}`)).json();
      });
      await record({
        group: 'sync',
        name: `initial pull of ${ROWS.toLocaleString('en')} rows (${pages.length} requests of ${PAGE}) into IndexedDB`,
        value: pullMs,
        unit: 'ms',
        runs: 1,
        baseline: { name: 'raw paged fetch + JSON parse of the same pages', value: rawMs },
      });
    } finally {
      store.close();
      await Dexie.delete(store.database);
      await backend.stop();
    }
  });

  it(`pushes ${PUSHES.toLocaleString('en')} outbox entries vs raw sequential POSTs of the same records`, async () => {
    const records = Array.from({ length: PUSHES }, (_, i) => customer(`push-${String(i).padStart(5, '0')}`));
    const raw = await TestBackend.start({ customers: [] }, { memory: true });
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
    await raw.stop();

    const backend = await TestBackend.start({ customers: [] }, { memory: true });
    const store = new CrmStore({ database: `bench-push-${newId()}` });
    try {
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
      const engine = new SyncEngine(store, { endpoint: backend.url, resources: ['customers'], pullIntervalMs: 0 });
      const ms = await timed(async () => {
        await engine.push();
        await until(async () => (await storage.count('outbox')) === 0, 'outbox empty', 600_000);
      });
      await record({
        group: 'sync',
        name: `push ${PUSHES.toLocaleString('en')} outbox entries (one POST each, entry settled in IndexedDB)`,
        value: PUSHES / (ms / 1000),
        unit: 'entries/s',
        runs: 1,
        baseline: { name: 'raw sequential fetch POSTs of the same records', value: PUSHES / (rawMs / 1000) },
      });
    } finally {
      store.close();
      await Dexie.delete(store.database);
      await backend.stop();
    }
  });
});
