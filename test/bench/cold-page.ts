/**
 * Runs inside a fresh page (an iframe of the benchmark page: its own modules, its own database connection,
 * nothing cached) for the cold-start rows of the funnel and customer card benchmarks. Each function is
 * meant to run once per page.
 */
import '../../src/components/customer-card/customer-card.js';
import '../../src/components/funnel-chart/funnel-chart.js';
import { DEFAULT_STAGES } from '../../src/core/funnel.js';
import { createDatabase } from '../../src/data/database.js';
import type { DexieBackend } from '../../src/data/dexie-backend.js';
import type { Opportunity } from '../../src/data/model.js';
import { planBounds } from '../../src/data/snapshot-cache.js';
import { CrmStore } from '../../src/data/store.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Longest main-thread task (ms) seen while `work` runs (Long Tasks API: tasks over 50 ms). */
async function longestTask<R>(work: () => Promise<R>): Promise<{ result: R; longest: number }> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  try {
    const result = await work();
    await frame();
    for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
    return { result, longest };
  } finally {
    observer.disconnect();
  }
}

/**
 * Cold first render: opens the store (a new connection), connects a funnel, and times the first paint
 * (stage counts in the table and chart drawn) and the full detail (every figure, nothing loading).
 */
export async function coldFunnel(database: string) {
  const { result, longest } = await longestTask(async () => {
    const start = performance.now();
    const store = new CrmStore({ database });
    const el = document.createElement('crm-funnel-chart');
    el.lang = 'en';
    el.store = store;
    document.body.append(el);
    const root = () => el.shadowRoot!;
    const painted = () =>
      !!root().querySelector('[part="table"] tr[data-stage] td') && !!root().querySelector('canvas');
    while (!painted()) await frame();
    const firstPaint = performance.now() - start;
    while (!root().querySelector('[part="summary"]') || root().querySelector('[part="status"]')) {
      if (root().querySelector('[part="error"]')) throw new Error(root().textContent ?? 'funnel error');
      await frame();
    }
    const full = performance.now() - start;
    el.remove();
    store.close();
    return { firstPaint, full };
  });
  return { ...result, longestTask: longest };
}

/**
 * Baseline for the longest-task row: the longest task seen while this page does nothing for `ms` (on a
 * loaded machine, descheduling alone makes short tasks look long).
 */
export async function idleLongestTask(ms: number): Promise<number> {
  const { longest } = await longestTask(async () => {
    const end = performance.now() + ms;
    while (performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return longest;
}

/** Baseline for the first paint: the stage counts read from the `stage` index on a new connection. */
export async function coldIndexCounts(database: string): Promise<number> {
  const start = performance.now();
  const db = createDatabase(database);
  await db.open();
  const table = db.table('opportunities');
  await Promise.all(DEFAULT_STAGES.map((s) => table.where('stage').equals(s.id).count()));
  const time = performance.now() - start;
  db.close();
  return time;
}

/** Baseline for the full detail: every record read raw from IndexedDB (Dexie, pages of 2,000) on a new connection. */
export async function coldRawRead(database: string): Promise<number> {
  const start = performance.now();
  const db = createDatabase(database);
  await db.open();
  const table = db.table('opportunities');
  let last: string | undefined;
  for (;;) {
    const page: Opportunity[] = await (last === undefined ? table.toCollection() : table.where(':id').above(last))
      .limit(2000)
      .toArray();
    if (page.length < 2000) break;
    last = page[page.length - 1]!.id;
  }
  const time = performance.now() - start;
  db.close();
  return time;
}

type Gc = () => void;
/** Used JS heap after full collections (several, with frames between: detached pages need more than one). */
async function heap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    (globalThis as { gc?: Gc }).gc?.();
    await frame();
  }
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

/** JS heap (MB) held by the opportunities snapshot, and by the same records read raw into an array. */
export async function snapshotHeap(database: string): Promise<{ snapshot: number; raw: number; total: number }> {
  const store = new CrmStore({ database });
  await store.ready;
  const before = await heap();
  let size = 0;
  const subscription = store.snapshot('opportunities').subscribe({ next: (s) => (size = s.records.size) });
  while (size === 0) await frame();
  const withSnapshot = await heap();
  subscription.unsubscribe();
  while (store.snapshots.held.length > 0) await frame();
  const released = await heap();
  const db = createDatabase(database);
  await db.open();
  const raw = await db.table('opportunities').toArray();
  const withRaw = await heap();
  const mb = (bytes: number) => bytes / 1024 / 1024;
  const result = { snapshot: mb(withSnapshot - before), raw: mb(withRaw - released), total: mb(withSnapshot) };
  raw.length = 0;
  db.close();
  store.close();
  return result;
}

/** A store of this page (for writes made "in another tab"). */
export function openStore(database: string): CrmStore {
  return new CrmStore({ database });
}

/** Cold first render of a full customer card: new connection, connect -> header with its tier badge drawn. */
export async function coldCard(database: string, customerId: string): Promise<number> {
  const start = performance.now();
  const store = new CrmStore({ database });
  const card = document.createElement('crm-customer-card');
  card.store = store;
  card.customerId = customerId;
  card.now = '2026-11-20T00:00:00.000Z';
  document.body.append(card);
  const badge = () =>
    card.shadowRoot?.querySelector('[part~="header"]')?.querySelector('crm-tier-badge')?.shadowRoot?.firstElementChild;
  while (!badge()) await new Promise((resolve) => setTimeout(resolve, 0));
  const time = performance.now() - start;
  card.remove();
  store.close();
  return time;
}

/**
 * Brings the persisted snapshot cache of opportunities up to date, as an idle page does after its first
 * load (here in a loop, without the idle waits); ms spent.
 */
export async function buildSnapshotCache(database: string): Promise<number> {
  const store = new CrmStore({ database });
  const backend = (await store.storageBackend()) as DexieBackend;
  const bounds = planBounds((await backend.db.table('opportunities').toCollection().primaryKeys()) as string[]);
  const start = performance.now();
  for (let step = 0; await backend.refreshCache('opportunities', () => bounds); step++) {
    if (step > bounds.length * 2 + 10) throw new Error('the snapshot cache build made no progress');
  }
  const time = performance.now() - start;
  store.close();
  return time;
}
