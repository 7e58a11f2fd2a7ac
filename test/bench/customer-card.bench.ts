/**
 * Customer card benchmarks on a database of 100,000 accounts (groups of 10: a head and 9 subsidiaries):
 * the first render of a full card (customer, contacts, activities, group and its opportunities, all live
 * queries on indexes), warm (same page and connection) and cold (a fresh page and a new connection), and
 * 200 compact cards on one page.
 */
import Dexie from 'dexie';
import '../../src/components/customer-card/customer-card.js';
import type { CrmCustomerCard } from '../../src/components/customer-card/customer-card.js';
import { CrmStore } from '../../src/data/store.js';
import { measure, record } from '../support/bench.js';
import { inFreshPage } from './fresh-page.js';

const ACCOUNTS = 100_000;
const COMPACT = 200;
const id = (i: number) => `acct-${String(i).padStart(6, '0')}`;
const head = (i: number) => id(i - (i % 10));

function dataset() {
  const now = '2026-11-15T08:00:00.000Z';
  const customers = Array.from({ length: ACCOUNTS }, (_, i) => ({
    id: id(i),
    name: `测试客户 ${i}`,
    alias: `Account ${i}`,
    parentId: i % 10 === 0 ? null : head(i),
    kind: 'enterprise' as const,
    industry: ['energy', 'finance', 'telecom', 'manufacturing'][i % 4],
    tier: (['A1', 'A2', 'B1', 'B2', 'C'] as const)[i % 5],
    tierScheme: 'value' as const,
    owner: `owner-${i % 40}`,
    relationship: 'proactive' as const,
    loyaltyStage: 'repeat' as const,
    currency: 'CNY',
    creditLimit: 50_000_000 + i,
    annualRevenue: 100_000_000 + i,
    receivables: 10_000_000,
    openOrders: 5_000_000,
    createdAt: now,
    updatedAt: now,
  }));
  // Related records for the first 5,000 accounts (the ones the cards show): 3 contacts, 2 opportunities, 4 activities each.
  const related = Array.from({ length: 5_000 }, (_, i) => i);
  const roles = ['decision-maker', 'technical-gatekeeper', 'user'] as const;
  return {
    customers,
    contacts: related.flatMap((i) =>
      roles.map((role, r) => ({
        id: `ct-${i}-${r}`,
        customerId: id(i),
        name: `联系人 ${i}-${r}`,
        role,
        createdAt: now,
        updatedAt: now,
      })),
    ),
    opportunities: related.flatMap((i) =>
      ['proposal', 'won'].map((stage, k) => ({
        id: `opp-${i}-${k}`,
        customerId: id(i),
        name: `商机 ${i}-${k}`,
        stage,
        amount: 1_000_000 * (k + 1),
        currency: 'CNY',
        expectedClose: '2026-12-31',
        createdAt: now,
        updatedAt: now,
      })),
    ),
    activities: related.flatMap((i) =>
      (['call', 'visit', 'order', 'complaint'] as const).map((kind, k) => ({
        id: `act-${i}-${k}`,
        customerId: id(i),
        kind,
        at: `2026-${String(7 + k).padStart(2, '0')}-15T02:00:00.000Z`,
        subject: `${kind} ${i}`,
        ...(kind === 'order' ? { amount: 500_000, currency: 'CNY' } : {}),
        ...(kind === 'complaint' ? { status: 'open' as const } : {}),
        createdAt: now,
        updatedAt: now,
      })),
    ),
  };
}

/** Yields to the event loop (finer than an animation frame, so it does not round timings up to 16 ms). */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function whenRendered(cards: CrmCustomerCard[], selector: string): Promise<void> {
  for (const card of cards) {
    while (!card.shadowRoot?.querySelector(selector)?.querySelector('crm-tier-badge')?.shadowRoot?.firstElementChild) {
      await tick();
    }
  }
}

describe('customer card benchmarks', () => {
  const database = 'bench-customer-card';
  let store: CrmStore;
  /** The warm first render's median, the cold row's baseline. */
  let warmMedian = 0;

  before(async () => {
    await Dexie.delete(database);
    store = new CrmStore({ database });
    await store.ready;
    await store.import(dataset());
  });

  after(async () => {
    store.close();
    await Dexie.delete(database);
  });

  it(`first render of a full card with ${ACCOUNTS.toLocaleString('en')} accounts in the database (median)`, async () => {
    let next = 1;
    const timing = await measure(
      async () => {
        const card = document.createElement('crm-customer-card');
        card.store = store;
        // A different subsidiary every run: nothing is cached between runs.
        card.customerId = id(next);
        next += 7;
        card.now = '2026-11-20T00:00:00.000Z';
        document.body.append(card);
        await whenRendered([card], '[part~="header"]');
        card.remove();
      },
      { runs: 25, warmup: 3 },
    );
    await record({
      group: 'customer-card',
      name: `full card first render, ${ACCOUNTS.toLocaleString('en')} accounts in the database (median)`,
      value: timing.median,
      unit: 'ms',
      runs: timing.runs,
      note: `min ${timing.min.toFixed(1)} ms, max ${timing.max.toFixed(1)} ms`,
    });
    warmMedian = timing.median;
  });

  it(`cold first render of a full card (fresh page and connection) with ${ACCOUNTS.toLocaleString('en')} accounts`, async () => {
    const times: number[] = [];
    // Subsidiaries not shown by the warm row, so IndexedDB has not just read them either.
    for (let run = 0; run < 5; run++)
      times.push(await inFreshPage((page) => page.coldCard(database, id(4003 + run * 10))));
    const sorted = [...times].sort((a, b) => a - b);
    await record({
      group: 'customer-card',
      name: `full card cold first render (fresh page + connection), ${ACCOUNTS.toLocaleString('en')} accounts (median)`,
      value: sorted[2]!,
      unit: 'ms',
      runs: times.length,
      baseline: { name: 'warm first render (same page and connection)', value: warmMedian },
      note: `min ${sorted[0]!.toFixed(1)} ms, max ${sorted[4]!.toFixed(1)} ms`,
    });
  });

  it(`${COMPACT} compact cards on one page: time until all are rendered`, async () => {
    let offset = 0;
    const timing = await measure(
      async () => {
        const host = document.createElement('div');
        const cards = Array.from({ length: COMPACT }, (_, i) => {
          const card = document.createElement('crm-customer-card');
          card.store = store;
          card.variant = 'compact';
          card.customerId = id(offset + i);
          card.now = '2026-11-20T00:00:00.000Z';
          return card;
        });
        offset += COMPACT;
        host.append(...cards);
        document.body.append(host);
        await whenRendered(cards, '.compact');
        host.remove();
      },
      { runs: 5, warmup: 1 },
    );
    await record({
      group: 'customer-card',
      name: `${COMPACT} compact cards on one page, all rendered (median)`,
      value: timing.median,
      unit: 'ms',
      runs: timing.runs,
      note: `min ${timing.min.toFixed(0)} ms, max ${timing.max.toFixed(0)} ms`,
    });
  });
});
