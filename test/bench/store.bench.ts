/**
 * Store benchmarks: importing 100,000 accounts through the store (validation + one transaction)
 * versus raw Dexie bulkPut of the same records, in the same browser run.
 */
import Dexie from 'dexie';
import { createDatabase } from '../../src/data/database.js';
import { CrmStore } from '../../src/data/store.js';
import { record, timed } from '../support/bench.js';

const ACCOUNTS = 100_000;
const RUNS = 3;

function accounts(count: number) {
  const now = new Date('2026-11-15T08:00:00.000Z').toISOString();
  return Array.from({ length: count }, (_, i) => ({
    id: `acct-${String(i).padStart(6, '0')}`,
    name: `测试客户 ${i}`,
    alias: `Account ${i}`,
    parentId: i % 10 === 0 ? null : `acct-${String(i - (i % 10)).padStart(6, '0')}`,
    kind: 'enterprise' as const,
    industry: ['energy', 'finance', 'telecom', 'manufacturing'][i % 4],
    tier: (['A1', 'A2', 'B1', 'B2', 'C'] as const)[i % 5],
    owner: `owner-${i % 40}`,
    currency: 'CNY',
    creditLimit: 500_000_00 + i,
    createdAt: now,
    updatedAt: now,
  }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('store benchmarks', () => {
  it(`imports ${ACCOUNTS.toLocaleString('en')} accounts through the store vs raw Dexie bulkPut`, async () => {
    const data = accounts(ACCOUNTS);
    const storeTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const raw = createDatabase(`bench-raw-${run}`);
      rawTimes.push(await timed(() => raw.table('customers').bulkPut(data.map((r) => ({ ...r })))));
      raw.close();
      await Dexie.delete(`bench-raw-${run}`);

      const store = new CrmStore({ database: `bench-store-${run}` });
      await store.ready;
      storeTimes.push(await timed(() => store.import({ customers: data })));
      store.close();
      await Dexie.delete(`bench-store-${run}`);
    }
    await record({
      group: 'store',
      name: `import ${ACCOUNTS.toLocaleString('en')} accounts via CrmStore.import (median)`,
      value: median(storeTimes),
      unit: 'ms',
      runs: RUNS,
      baseline: { name: 'raw Dexie bulkPut', value: median(rawTimes) },
    });
  });
});
