/**
 * <crm-pipeline-board> benchmarks over 5,000 open deals in IndexedDB (plus closed ones, 240 customers in
 * groups): first render (connect -> every column and its totals drawn), cold (first element on the page) and
 * warm (repeated), with the plain store read of the same records as the same-run baseline; and one move's
 * write-to-funnel-updated time (a keyboard move on the board -> the bound funnel's table shows the new count),
 * with a direct repository write -> funnel updated as the baseline.
 */
import Dexie from 'dexie';
import '../../src/components/funnel-chart/funnel-chart.js';
import type { CrmFunnelChart } from '../../src/components/funnel-chart/funnel-chart.js';
import '../../src/components/pipeline-board/pipeline-board.js';
import type { CrmPipelineBoard } from '../../src/components/pipeline-board/pipeline-board.js';
import { DEFAULT_STAGES } from '../../src/core/funnel.js';
import type { Opportunity } from '../../src/data/model.js';
import { CrmStore } from '../../src/data/store.js';
import { measure, record, timed } from '../support/bench.js';
import { until } from '../support/fixtures.js';

const OPEN = 5_000;
const CLOSED = 1_000;
const RUNS = 5;
const OPEN_STAGES = ['lead', 'qualified', 'proposal', 'negotiation'];

function dataset() {
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  const customers = Array.from({ length: 240 }, (_, i) => ({
    id: `cust-${i}`,
    name: `客户 ${i}`,
    parentId: i % 8 === 0 ? undefined : `cust-${i - (i % 8)}`,
    tier: (['A1', 'A2', 'B1', 'B2', 'C'] as const)[i % 5],
    currency: 'CNY',
  }));
  const opportunities = Array.from({ length: OPEN + CLOSED }, (_, i) => {
    const open = i < OPEN;
    const reach = open ? (i * 7919) % 4 : 4;
    const path = OPEN_STAGES.slice(0, reach + 1).concat(open ? [] : [i % 2 ? 'won' : 'lost']);
    const created = start + (i % 300) * 86_400_000;
    return {
      id: `opp-${String(i).padStart(5, '0')}`,
      customerId: `cust-${i % 240}`,
      name: `商机 ${i}`,
      stage: path.at(-1)!,
      amount: 1_000_000 + ((i * 104_729) % 90_000_000),
      currency: i % 25 === 0 ? 'USD' : 'CNY',
      owner: `owner-${i % 30}`,
      expectedClose: new Date(created + 90 * 86_400_000).toISOString().slice(0, 10),
      stageHistory: path.map((stage, k) => ({ stage, at: new Date(created + k * 7 * 86_400_000).toISOString() })),
      ...(path.at(-1) === 'lost' ? { lostReason: 'Price' } : {}),
      ...(path.at(-1) === 'won' ? { wonReason: 'Fit' } : {}),
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(created).toISOString(),
    };
  });
  return { stages: DEFAULT_STAGES, customers, opportunities };
}

const columnsDrawn = (el: CrmPipelineBoard) =>
  el.shadowRoot!.querySelectorAll('[part~="column"]').length === DEFAULT_STAGES.length &&
  !!el.shadowRoot!.querySelector('[part~="card"]');

async function firstRender(store: CrmStore): Promise<CrmPipelineBoard> {
  const el = document.createElement('crm-pipeline-board');
  el.lang = 'en';
  el.store = store;
  document.body.append(el);
  await until(() => columnsDrawn(el), 'board drawn', 120_000);
  return el;
}

const countIn = (el: CrmFunnelChart, stage: string) =>
  el.shadowRoot!.querySelector(`[part="table"] tr[data-stage="${stage}"] td`)?.textContent?.trim();

describe('pipeline board benchmarks', () => {
  const database = `bench-board-${crypto.randomUUID()}`;
  let store: CrmStore;

  before(async () => {
    store = new CrmStore({ database });
    await store.import(dataset());
  });

  after(async () => {
    store.close();
    await Dexie.delete(database);
  });

  it(`first render with ${OPEN.toLocaleString('en')} open deals`, async () => {
    const cold = await timed(async () => (await firstRender(store)).remove());
    const read = await measure(() => store.opportunities.list(), { runs: RUNS, warmup: 1 });
    const warm = await measure(async () => (await firstRender(store)).remove(), { runs: RUNS, warmup: 1 });
    const baseline = {
      name: `store.opportunities.list() of the same ${(OPEN + CLOSED).toLocaleString('en')} records`,
      value: read.median,
    };
    await record({
      group: 'pipeline-board',
      name: `<crm-pipeline-board> first render, cold, ${OPEN.toLocaleString('en')} open + ${CLOSED.toLocaleString('en')} closed deals (connect -> columns + totals)`,
      value: cold,
      unit: 'ms',
      runs: 1,
      baseline,
    });
    await record({
      group: 'pipeline-board',
      name: `<crm-pipeline-board> first render, warm, ${OPEN.toLocaleString('en')} open deals (median)`,
      value: warm.median,
      unit: 'ms',
      runs: warm.runs,
      baseline,
    });
  });

  it('a move: write -> funnel updated', async () => {
    const board = await firstRender(store);
    const funnel = document.createElement('crm-funnel-chart');
    funnel.lang = 'en';
    funnel.store = store;
    funnel.showTable = true;
    document.body.append(funnel);
    await until(() => !!countIn(funnel, 'qualified'), 'funnel drawn', 120_000);
    const number = (stage: string) => Number(countIn(funnel, stage)!.replace(/,/g, ''));
    const leads = (await store.opportunities.list({
      where: { stage: 'lead' },
      limit: 2 * (RUNS + 1),
    })) as Opportunity[];
    let next = 0;
    const viaBoard = await measure(
      async () => {
        const deal = (await store.opportunities.get(leads[next++]!.id))!;
        const before = number('qualified');
        await board.moves.request(deal, 'qualified');
        await until(() => number('qualified') === before + 1, 'funnel followed the board', 120_000);
      },
      { runs: RUNS, warmup: 1 },
    );
    const direct = await measure(
      async () => {
        const deal = (await store.opportunities.get(leads[next++]!.id))!;
        const before = number('qualified');
        await store.opportunities.put({
          ...deal,
          stage: 'qualified',
          stageHistory: [...(deal.stageHistory ?? []), { stage: 'qualified', at: new Date().toISOString() }],
        });
        await until(() => number('qualified') === before + 1, 'funnel followed the write', 120_000);
      },
      { runs: RUNS, warmup: 1 },
    );
    board.remove();
    funnel.remove();
    await record({
      group: 'pipeline-board',
      name: `board move -> funnel table updated (${(OPEN + CLOSED).toLocaleString('en')} deals, board and funnel bound, median)`,
      value: viaBoard.median,
      unit: 'ms',
      runs: viaBoard.runs,
      baseline: { name: 'repository put of the same change -> funnel table updated', value: direct.median },
    });
  });
});
