/**
 * <crm-funnel-chart> benchmarks over 100,000 opportunities in IndexedDB (imported with store.import):
 * first render (connect -> chart drawn and data table filled), the same for one owner's funnel (read
 * through the owner index), and the update after one opportunity changes stage (write -> table shows it).
 * Baseline for the update: the engine alone over the same 100,000 records, measured in the same run.
 */
import { Chart } from 'chart.js';
import Dexie from 'dexie';
import '../../src/components/funnel-chart/funnel-chart.js';
import type { CrmFunnelChart } from '../../src/components/funnel-chart/funnel-chart.js';
import { computeFunnel, DEFAULT_STAGES } from '../../src/core/funnel.js';
import { CrmStore } from '../../src/data/store.js';
import { measure, record } from '../support/bench.js';
import { until } from '../support/fixtures.js';

const OPPORTUNITIES = 100_000;
const OWNERS = 40;
const RUNS = 5;
const FLOW = ['lead', 'qualified', 'proposal', 'negotiation', 'won'];

/** Deterministic data: each deal walks the flow to a random stage (some end lost), a day per step. */
function opportunities(count: number) {
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  return Array.from({ length: count }, (_, i) => {
    const reach = (i * 7919) % 5;
    const lost = i % 9 === 0;
    const path = FLOW.slice(0, reach + 1);
    const stages = lost ? [...path.slice(0, Math.max(1, reach)), 'lost'] : path;
    const created = start + (i % 300) * 86_400_000;
    return {
      id: `opp-${String(i).padStart(6, '0')}`,
      customerId: `cust-${i % 2000}`,
      name: `商机 ${i}`,
      stage: stages[stages.length - 1]!,
      amount: 1_000_000 + ((i * 104_729) % 90_000_000),
      currency: i % 20 === 0 ? 'USD' : 'CNY',
      owner: `owner-${i % OWNERS}`,
      channel: ['direct', 'partner', 'web'][i % 3],
      stageHistory: stages.map((stage, k) => ({
        stage,
        at: new Date(created + k * 9 * 86_400_000).toISOString(),
      })),
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(created).toISOString(),
    };
  });
}

const rowsOf = (el: CrmFunnelChart) => el.shadowRoot!.querySelectorAll('[part="table"] tr[data-stage]');
const countIn = (el: CrmFunnelChart, stage: string) =>
  el.shadowRoot!.querySelector(`[part="table"] tr[data-stage="${stage}"] td`)?.textContent?.trim();

/** Connects a funnel and waits until its chart is drawn and its table filled. */
async function firstRender(store: CrmStore, attrs: Record<string, string> = {}): Promise<CrmFunnelChart> {
  const el = document.createElement('crm-funnel-chart');
  el.lang = 'en';
  el.store = store;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  document.body.append(el);
  await until(
    () => rowsOf(el).length > 0 && !!Chart.getChart(el.shadowRoot!.querySelector('canvas')!),
    'funnel drawn',
    120_000,
  );
  return el;
}

describe('funnel chart benchmarks', () => {
  const database = `bench-funnel-${crypto.randomUUID()}`;
  let store: CrmStore;
  const data = opportunities(OPPORTUNITIES);

  before(async () => {
    store = new CrmStore({ database });
    await store.import({ opportunities: data });
  });

  after(async () => {
    store.close();
    await Dexie.delete(database);
  });

  it(`first render over ${OPPORTUNITIES.toLocaleString('en')} opportunities in IndexedDB`, async () => {
    const all = await measure(async () => (await firstRender(store)).remove(), { runs: RUNS, warmup: 1 });
    await record({
      group: 'funnel',
      name: `<crm-funnel-chart> first render, ${OPPORTUNITIES.toLocaleString('en')} opportunities (connect -> chart + table, median)`,
      value: all.median,
      unit: 'ms',
      runs: all.runs,
    });
    const owner = await measure(async () => (await firstRender(store, { owner: 'owner-7' })).remove(), {
      runs: RUNS,
      warmup: 1,
    });
    await record({
      group: 'funnel',
      name: `<crm-funnel-chart owner="…"> first render, ${OPPORTUNITIES / OWNERS} of ${OPPORTUNITIES.toLocaleString('en')} via the owner index (median)`,
      value: owner.median,
      unit: 'ms',
      runs: owner.runs,
    });
  });

  it('update after one opportunity changes stage', async () => {
    const el = await firstRender(store);
    const engine = await measure(() => computeFunnel(data, { stages: DEFAULT_STAGES }), { runs: RUNS, warmup: 1 });
    const movable = data.filter((o) => o.stage === 'lead').slice(0, RUNS + 1);
    let next = 0;
    const update = await measure(
      async () => {
        const moved = movable[next++]!;
        const before = Number(countIn(el, 'qualified')!.replace(/,/g, ''));
        await store.opportunities.update(moved.id, {
          stage: 'qualified',
          stageHistory: [...moved.stageHistory, { stage: 'qualified', at: '2026-12-01T00:00:00.000Z' }],
        });
        await until(() => countIn(el, 'qualified') === (before + 1).toLocaleString('en'), 'update shown', 120_000);
      },
      { runs: RUNS, warmup: 1 },
    );
    el.remove();
    await record({
      group: 'funnel',
      name: `<crm-funnel-chart> update after one opportunity changes stage (write -> table, ${OPPORTUNITIES.toLocaleString('en')}, median)`,
      value: update.median,
      unit: 'ms',
      runs: update.runs,
      baseline: { name: 'computeFunnel alone over the same records', value: engine.median },
    });
  });
});
