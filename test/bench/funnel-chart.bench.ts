/**
 * <crm-funnel-chart> benchmarks at 10,000 / 100,000 / 1,000,000 opportunities in IndexedDB:
 * - cold first render: a fresh page (an iframe with its own modules) and a new database connection; first
 *   paint (stage counts from the index) and full detail, against raw reads on a new connection, plus the
 *   longest main-thread task during the load;
 * - warm first render: the snapshot is already held by another funnel on the page;
 * - update after one opportunity changes stage (write -> table shows it), in this tab and from another tab,
 *   against the previous approach (a live query re-reading the table, then computeFunnel) where it is
 *   feasible, else against computeFunnel alone;
 * - JS heap held by the 100,000-record snapshot, against the same records read raw into an array.
 * Data is written with raw Dexie bulkAdd in chunks (valid by construction), so 1,000,000 fits the time limit.
 */
import Dexie from 'dexie';
import '../../src/components/funnel-chart/funnel-chart.js';
import type { CrmFunnelChart } from '../../src/components/funnel-chart/funnel-chart.js';
import { computeFunnel, DEFAULT_STAGES } from '../../src/core/funnel.js';
import { createDatabase } from '../../src/data/database.js';
import type { Opportunity } from '../../src/data/model.js';
import { CrmStore } from '../../src/data/store.js';
import { measure, record, type Timing } from '../support/bench.js';
import type * as FramePage from './cold-page.js';
import { freshPage, inFreshPage } from './fresh-page.js';

const SIZES = [10_000, 100_000, 1_000_000];
const OWNERS = 40;
const FLOW = ['lead', 'qualified', 'proposal', 'negotiation', 'won'];
const SEED_CHUNK = 20_000;
const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00.000Z');

/** Deterministic deal `i`: walks the flow to a random stage (some end lost), nine days per step. */
function opportunity(i: number) {
  const reach = (i * 7919) % 5;
  const lost = i % 9 === 0;
  const path = FLOW.slice(0, reach + 1);
  const stages = lost ? [...path.slice(0, Math.max(1, reach)), 'lost'] : path;
  const created = START + (i % 300) * DAY;
  return {
    id: `opp-${String(i).padStart(7, '0')}`,
    customerId: `cust-${i % 2000}`,
    name: `商机 ${i}`,
    stage: stages[stages.length - 1]!,
    amount: 1_000_000 + ((i * 104_729) % 90_000_000),
    currency: i % 20 === 0 ? 'USD' : 'CNY',
    owner: `owner-${i % OWNERS}`,
    channel: ['direct', 'partner', 'web'][i % 3],
    stageHistory: stages.map((stage, k) => ({ stage, at: new Date(created + k * 9 * DAY).toISOString() })),
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(created).toISOString(),
  };
}
const isLead = (i: number) => (i * 7919) % 5 === 0 && i % 9 !== 0;

async function seed(database: string, count: number): Promise<void> {
  await Dexie.delete(database);
  const db = createDatabase(database);
  await db.open();
  for (let start = 0; start < count; start += SEED_CHUNK) {
    const chunk = Array.from({ length: Math.min(SEED_CHUNK, count - start) }, (_, k) => opportunity(start + k));
    await db.table('opportunities').bulkAdd(chunk);
  }
  db.close();
}

/** Yields to the event loop (finer than an animation frame, so timings are not rounded up to 16 ms). */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Polls after every task; gives up after `timeout` ms. */
async function until(condition: () => boolean, what: string, timeout = 600_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await tick();
  }
}

const rowsOf = (el: CrmFunnelChart) => el.shadowRoot!.querySelectorAll('[part="table"] tr[data-stage]');
const countIn = (el: CrmFunnelChart, stage: string) =>
  el.shadowRoot!.querySelector(`[part="table"] tr[data-stage="${stage}"] td`)?.textContent?.trim();
const complete = (el: CrmFunnelChart) =>
  rowsOf(el).length > 0 &&
  !!el.shadowRoot!.querySelector('[part="summary"]') &&
  !el.shadowRoot!.querySelector('[part="status"], [aria-busy]');

async function mountFunnel(store: CrmStore, owner?: string): Promise<CrmFunnelChart> {
  const el = document.createElement('crm-funnel-chart');
  el.lang = 'en';
  el.store = store;
  if (owner) el.owner = owner;
  document.body.append(el);
  await until(() => complete(el), 'funnel complete');
  return el;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const label = (n: number) => n.toLocaleString('en');

/** Moves lead deals to qualified one at a time; `write` performs the write, the table must show it. */
function mover(size: number, offset: number) {
  const leads: number[] = [];
  for (let i = offset; leads.length < 40 && i < size; i++) if (isLead(i)) leads.push(i);
  let next = 0;
  return async (el: CrmFunnelChart, write: (id: string, patch: Partial<Opportunity>) => Promise<unknown>) => {
    const i = leads[next++]!;
    const moved = opportunity(i);
    const before = Number(countIn(el, 'qualified')!.replace(/,/g, ''));
    await write(moved.id, {
      stage: 'qualified',
      stageHistory: [...moved.stageHistory, { stage: 'qualified', at: '2026-12-01T00:00:00.000Z' }],
    });
    await until(() => countIn(el, 'qualified') === label(before + 1), 'update shown', 120_000);
  };
}

/** The previous approach: a live query re-reading the whole table, then the funnel over all of it. */
async function previousApproachUpdate(store: CrmStore, size: number, runs: number): Promise<Timing> {
  let qualified = -1;
  const subscription = store
    .live((s) => s.opportunities.list())
    .subscribe({
      next: (all) => {
        qualified = computeFunnel(all, { stages: DEFAULT_STAGES }).stages[1]!.count;
      },
    });
  await until(() => qualified >= 0, 'previous approach loaded');
  const leads: number[] = [];
  for (let i = size - 1; leads.length < runs + 1; i--) if (isLead(i)) leads.push(i);
  let next = 0;
  const timing = await measure(
    async () => {
      const moved = opportunity(leads[next++]!);
      const before = qualified;
      await store.opportunities.update(moved.id, { stage: 'qualified' });
      await until(() => qualified === before + 1, 'previous approach followed', 300_000);
    },
    { runs, warmup: 1 },
  );
  subscription.unsubscribe();
  return timing;
}

for (const size of SIZES) {
  const big = size >= 1_000_000;
  describe(`funnel chart benchmarks, ${label(size)} opportunities`, function () {
    this.timeout(30 * 60_000);
    const database = `bench-funnel-${size}`;
    let store: CrmStore;

    before(async () => {
      await seed(database, size);
    });

    after(async () => {
      store?.close();
      await Dexie.delete(database);
    });

    it('cold first render (fresh page and connection): first paint, full detail, longest task', async () => {
      const runs = big ? 1 : 3;
      // First without the persisted cache (the first start after install or upgrade), then with it.
      const noCache: Awaited<ReturnType<typeof FramePage.coldFunnel>>[] = [];
      for (let run = 0; run < runs; run++) noCache.push(await inFreshPage((page) => page.coldFunnel(database)));
      const build = await inFreshPage((page) => page.buildSnapshotCache(database));
      const funnels: Awaited<ReturnType<typeof FramePage.coldFunnel>>[] = [];
      const counts: number[] = [];
      const raw: number[] = [];
      const idle: number[] = [];
      for (let run = 0; run < runs; run++) {
        counts.push(await inFreshPage((page) => page.coldIndexCounts(database)));
        raw.push(await inFreshPage((page) => page.coldRawRead(database)));
        const funnel = await inFreshPage((page) => page.coldFunnel(database));
        funnels.push(funnel);
        idle.push(await inFreshPage((page) => page.idleLongestTask(Math.min(funnel.full, 10_000))));
      }
      await record({
        group: 'funnel',
        name: `cold first paint, ${label(size)} opportunities (fresh page + connection -> stage counts drawn, median)`,
        value: median(funnels.map((f) => f.firstPaint)),
        unit: 'ms',
        runs,
        baseline: { name: 'six stage-index counts on a new connection', value: median(counts) },
      });
      await record({
        group: 'funnel',
        name: `cold full detail, ${label(size)} opportunities (fresh page + connection -> every figure, median)`,
        value: median(funnels.map((f) => f.full)),
        unit: 'ms',
        runs,
        baseline: { name: 'raw read of every record (pages of 2,000) on a new connection', value: median(raw) },
        note: 'from the persisted snapshot cache',
      });
      await record({
        group: 'funnel',
        name: `cold full detail without the persisted cache (first start after install/upgrade), ${label(size)} opportunities (median)`,
        value: median(noCache.map((f) => f.full)),
        unit: 'ms',
        runs,
        baseline: { name: 'raw read of every record (pages of 2,000) on a new connection', value: median(raw) },
      });
      await record({
        group: 'funnel',
        name: `building the persisted snapshot cache, ${label(size)} opportunities (idle work, in one-chunk transactions)`,
        value: build,
        unit: 'ms',
        baseline: { name: 'raw read of every record (pages of 2,000) on a new connection', value: median(raw) },
      });
      await record({
        group: 'funnel',
        name: `longest main-thread task during the cold load, ${label(size)} opportunities (max over runs)`,
        value: Math.max(...funnels.map((f) => f.longestTask)),
        unit: 'ms',
        runs,
        baseline: { name: 'the same page doing nothing for as long (at most 10 s)', value: Math.max(1, ...idle) },
        note: '0 = no task over 50 ms (Long Tasks API); idle 1 = no long task while idle; from the persisted cache',
      });
      await record({
        group: 'funnel',
        name: `longest main-thread task during the cold load without the persisted cache, ${label(size)} opportunities (max over runs)`,
        value: Math.max(...noCache.map((f) => f.longestTask)),
        unit: 'ms',
        runs,
        baseline: { name: 'the same page doing nothing for as long (at most 10 s)', value: Math.max(1, ...idle) },
      });
    });

    if (size === 100_000) {
      // Before the update rows: Dexie keeps a finished live query's result for a few seconds, which would
      // still be on the heap when this row starts.
      it('JS heap held by the snapshot', async () => {
        const heap = await inFreshPage((page) => page.snapshotHeap(database));
        await record({
          group: 'funnel',
          name: `JS heap held by the ${label(size)}-opportunity snapshot (after GC)`,
          value: heap.snapshot,
          unit: 'MB',
          baseline: { name: 'the same records read raw into an array', value: heap.raw },
          note: `whole page heap with the snapshot: ${heap.total.toFixed(0)} MB`,
        });
      });
    }

    it('warm first render, update here and from another tab', async () => {
      store = new CrmStore({ database });
      const holder = await mountFunnel(store);
      let all: Opportunity[] = [];
      const sub = store.snapshot('opportunities').subscribe({ next: (s) => (all = [...s.records.values()]) });
      await until(() => all.length === size, 'records');
      sub.unsubscribe();
      const engine = await measure(() => computeFunnel(all, { stages: DEFAULT_STAGES }), {
        runs: big ? 1 : 3,
        warmup: 0,
      });
      all = [];

      const warm = await measure(async () => (await mountFunnel(store)).remove(), { runs: big ? 2 : 5, warmup: 1 });
      await record({
        group: 'funnel',
        name: `warm first render, ${label(size)} opportunities (snapshot already held by another funnel, median)`,
        value: warm.median,
        unit: 'ms',
        runs: warm.runs,
        baseline: { name: 'computeFunnel alone over the same records', value: engine.median },
      });
      if (!big) {
        // A filtered view keeps reading through its index (no snapshot).
        const owner = await measure(async () => (await mountFunnel(store, 'owner-7')).remove(), { runs: 5, warmup: 1 });
        await record({
          group: 'funnel',
          name: `owner funnel first render, ${label(size / OWNERS)} of ${label(size)} via the owner index (median)`,
          value: owner.median,
          unit: 'ms',
          runs: owner.runs,
          baseline: { name: 'warm first render of the whole funnel', value: warm.median },
        });
      }

      const move = mover(size, 0);
      const update = await measure(() => move(holder, (id, patch) => store.opportunities.update(id, patch)), {
        runs: 7,
        warmup: 1,
      });
      const previous = big ? undefined : await previousApproachUpdate(store, size, size > 10_000 ? 3 : 5);
      await record({
        group: 'funnel',
        name: `update after one stage change, ${label(size)} opportunities (write -> table, median)`,
        value: update.median,
        unit: 'ms',
        runs: update.runs,
        baseline: previous
          ? { name: 'previous approach: live query re-reading the table + computeFunnel', value: previous.median }
          : { name: 'computeFunnel alone over the same records', value: engine.median },
        note: `computeFunnel alone: ${engine.median.toFixed(0)} ms`,
      });

      const other = await freshPage();
      try {
        const there = other.page.openStore(database);
        await there.ready;
        const moveThere = mover(size, size >> 1);
        const remote = await measure(() => moveThere(holder, (id, patch) => there.opportunities.update(id, patch)), {
          runs: 7,
          warmup: 1,
        });
        there.close();
        await record({
          group: 'funnel',
          name: `update written in another tab, ${label(size)} opportunities (write there -> table here, median)`,
          value: remote.median,
          unit: 'ms',
          runs: remote.runs,
          baseline: { name: 'the same update written in this tab', value: update.median },
        });
      } finally {
        other.close();
      }
      holder.remove();
    });
  });
}
