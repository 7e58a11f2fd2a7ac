import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { type BarElement, Chart } from 'chart.js';
import '../../../src/components/funnel-chart/funnel-chart.js';
import type { CrmFunnelChart } from '../../../src/components/funnel-chart/funnel-chart.js';
import { computeFunnel, type FunnelOptions, type FunnelResult } from '../../../src/core/funnel.js';
import type { CrmStore } from '../../../src/data/store.js';
import { customer, deleteStores, freshStore, until } from '../../support/fixtures.js';
import {
  canvasOf,
  chartOf,
  compactMoney,
  drawn,
  en,
  loadSample,
  opp,
  part,
  RATES,
  type Sample,
  tableRows,
  text,
} from './helpers.js';

/** Every figure of the engine's result, formatted as the `en` table shows it. */
function expectTableToMatch(el: CrmFunnelChart, result: FunnelResult): void {
  const rows = tableRows(el);
  expect([...rows.keys()]).to.deep.equal([...result.stages.map((r) => r.stage), 'lost']);
  result.stages.forEach((r, i) => {
    const last = i === result.stages.length - 1;
    const cells = rows.get(r.stage)!;
    const more = (pick: 'amount' | 'weighted') =>
      r.unconverted.map((u) => ` + ${en.money(u[pick], u.currency)} (${en.n(u.count)} not converted)`).join('');
    expect(cells, r.stage).to.deep.equal([
      en.n(r.count),
      en.money(r.amount) + more('amount'),
      en.money(r.weighted) + more('weighted'),
      en.pct(r.probability / 100),
      en.n(r.reached),
      en.pct(r.conversionToNext),
      en.pct(r.conversionFromFirst),
      last ? '—' : en.n(r.dropOff),
      en.days(r.time.medianDays),
    ]);
  });
  expect(rows.get('lost')!.slice(0, 2)).to.deep.equal([
    en.n(result.lost.count),
    en.money(result.lost.amount) +
      result.lost.unconverted
        .map((u) => ` + ${en.money(u.amount, u.currency)} (${en.n(u.count)} not converted)`)
        .join(''),
  ]);
}

async function sampleStore(): Promise<{ store: CrmStore; sample: Sample }> {
  const sample = await loadSample();
  const store = freshStore();
  await store.import(sample);
  return { store, sample };
}

const boxes: HTMLElement[] = [];

/** Puts an element in a 720px wide box on the page (removed after each test). */
function mount(el: HTMLElement): void {
  const box = document.createElement('div');
  box.style.width = '720px';
  box.append(el);
  document.body.append(box);
  boxes.push(box);
}

function unbound(store: CrmStore): CrmFunnelChart {
  const el = document.createElement('crm-funnel-chart');
  el.lang = 'en';
  el.store = store;
  return el;
}

async function bound(store: CrmStore, attrs: Record<string, string> = {}): Promise<CrmFunnelChart> {
  const el = unbound(store);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  mount(el);
  await drawn(el);
  return el;
}

const engine = (sample: Sample, options: FunnelOptions = {}) =>
  computeFunnel(sample.opportunities, { stages: sample.stages, ...options });

describe('<crm-funnel-chart> bound to the store', () => {
  afterEach(async () => {
    for (const box of boxes.splice(0)) box.remove();
    await deleteStores();
  });

  it('shows loading, then a table whose figures equal the engine for the sample data', async () => {
    const { store, sample } = await sampleStore();
    const el = unbound(store);
    mount(el);
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.equal('Loading the funnel…');
    await expect(el).to.be.accessible();
    await drawn(el);

    const result = engine(sample);
    expectTableToMatch(el, result);
    // USD and HKD deals have no rate: reported per currency, never added in.
    expect(result.totals.unconvertedCount).to.equal(31);
    const usd = [...result.stages.flatMap((r) => r.unconverted), ...result.lost.unconverted].filter(
      (u) => u.currency === 'USD',
    );
    const usdTotal = usd.reduce((sum, u) => sum + u.amount, 0);
    const usdCount = usd.reduce((sum, u) => sum + u.count, 0);
    expect(text(part(el, 'note')))
      .to.contain('31 deals could not be converted to CNY')
      .and.contain(`${formatCompact(usdTotal, 'USD')} in ${usdCount} deals`);
    expect(text(part(el, 'summary'))).to.contain(`Open pipeline${formatCompact(result.totals.openAmount)}`);
    expect(text(part(el, 'lost'))).to.contain(`Lost (not in the funnel): ${result.lost.count} deals`);
    // Won is the funnel's last stage; lost is not a bar.
    expect(chartOf(el)!.data.labels).to.deep.equal(['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won']);
    await expect(el).to.be.accessible();
  });

  it('converts other currencies with a rate table: totals equal the engine, no note', async () => {
    const { store, sample } = await sampleStore();
    const el = await bound(store);
    el.rates = RATES;
    el.target = '120000000';
    await until(() => !part(el, 'note'), 'unconverted note gone');
    const result = engine(sample, { rates: RATES, target: { amount: 12_000_000_000, currency: 'CNY' } });
    expect(result.totals.unconvertedCount).to.equal(0);
    expectTableToMatch(el, result);
    expect(text(el.shadowRoot!.querySelector('.info'))).to.equal(
      'Other currencies converted to CNY at the rates of 2026-11-01.',
    );
    const summary = text(part(el, 'summary'));
    expect(summary).to.contain(`Forecast (won + weighted)${formatCompact(result.totals.forecast)}`);
    const gap = result.totals.gap!;
    expect(summary).to.contain(
      `Forecast vs target${en.pct(result.totals.attainment)} Target ${formatCompact(12_000_000_000)}, ${
        gap > 0 ? `${formatCompact(gap)} to go` : `ahead by ${formatCompact(-gap)}`
      }`,
    );
  });

  it('filters by owner, channel, period, tier and industry, re-querying when an attribute changes', async () => {
    const { store, sample } = await sampleStore();
    const el = await bound(store, { rates: JSON.stringify(RATES) });
    const customers = new Map(sample.customers.map((c) => [c.id, c]));
    const cases: [Record<string, string>, FunnelOptions['filters']][] = [
      [{ owner: '王磊' }, { owner: '王磊' }],
      [{ owner: '王磊, 陈静' }, { owner: ['王磊', '陈静'] }],
      [{ channel: 'partner' }, { channel: 'partner' }],
      [{ period: '2026-Q4' }, { period: { from: '2026-10-01', to: '2026-12-31' } }],
      [
        { period: '2027-01-01/2027-03-31', 'period-field': 'expected-close' },
        { period: { from: '2027-01-01', to: '2027-03-31', field: 'expectedClose' } },
      ],
      [{ tier: 'A1,A2' }, { tier: ['A1', 'A2'] }],
      [
        { industry: 'finance', channel: 'direct' },
        { industry: 'finance', channel: 'direct' },
      ],
    ];
    for (const [attrs, filters] of cases) {
      for (const name of ['owner', 'channel', 'period', 'period-field', 'tier', 'industry']) el.removeAttribute(name);
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      const result = engine(sample, { rates: RATES, filters, customers });
      expect(result.totals.count, JSON.stringify(attrs)).to.be.within(1, sample.opportunities.length - 1);
      await until(
        () =>
          tableRows(el).get('lead')?.[0] === en.n(result.stages[0]!.count) &&
          !el.shadowRoot!.querySelector('[aria-busy]'),
        `lead count for ${JSON.stringify(attrs)}`,
      );
      expectTableToMatch(el, result);
    }
  });

  it('group="…" counts the group head and every subsidiary below it', async () => {
    const { store, sample } = await sampleStore();
    const el = await bound(store, { group: 'cust-001', rates: JSON.stringify(RATES) });
    // The group's members, walked here independently of the element: parentId chains up to cust-001.
    const parent = new Map(sample.customers.map((c) => [c.id, c.parentId ?? null]));
    const inGroup = (id: string): boolean => {
      for (let at: string | null | undefined = id; at; at = parent.get(at)) if (at === 'cust-001') return true;
      return false;
    };
    const members = sample.opportunities.filter((o) => inGroup(o.customerId));
    expect(new Set(members.map((o) => o.customerId)).size).to.be.greaterThan(1);
    const result = computeFunnel(members, { stages: sample.stages, rates: RATES });
    await until(() => tableRows(el).get('lead')?.[0] === en.n(result.stages[0]!.count), 'group funnel');
    expectTableToMatch(el, result);
    el.group = 'cust-404';
    await until(() => !!part(el, 'error'), 'unknown group reported');
    expect(text(part(el, 'error'))).to.contain('group: no customer "cust-404"');
  });

  it('reads stages and their Chinese names from the store stage table', async () => {
    const { store } = await sampleStore();
    const el = await bound(store);
    el.lang = 'zh-CN';
    await el.updateComplete;
    expect(chartOf(el)!.data.labels).to.deep.equal(['线索', '已确认', '方案/报价', '谈判', '赢单']);
    expect(text(part(el, 'title'))).to.equal('销售漏斗');
    expect(text(el.shadowRoot!.querySelector('th[scope="col"]'))).to.equal('阶段');
    await store.stages.update('proposal', { nameZh: '方案' });
    await until(() => chartOf(el)!.data.labels?.[2] === '方案', 'stage table change followed live');
  });

  it('updates live when another widget moves an opportunity to another stage', async () => {
    const { store, sample } = await sampleStore();
    const el = await bound(store);
    const other = await bound(store, { owner: '王磊' });
    const moved = sample.opportunities.find((o) => o.stage === 'negotiation' && o.owner === '王磊')!;
    const before = engine(sample);
    await store.opportunities.update(moved.id, {
      stage: 'won',
      stageHistory: [...(moved.stageHistory ?? []), { stage: 'won', at: '2026-11-20T02:00:00.000Z' }],
    });
    const wonBefore = before.stages.find((r) => r.stage === 'won')!.count;
    await until(() => tableRows(el).get('won')?.[0] === en.n(wonBefore + 1), 'won count followed the change');
    expect(tableRows(el).get('negotiation')![0]).to.equal(
      en.n(before.stages.find((r) => r.stage === 'negotiation')!.count - 1),
    );
    const after = computeFunnel(await store.opportunities.list(), {
      stages: sample.stages,
      filters: { owner: '王磊' },
    });
    await until(() => tableRows(other).get('won')?.[0] === en.n(after.stages[4]!.count), 'owner funnel followed too');
    expectTableToMatch(other, after);
  });

  it('says which filters apply when nothing matches', async () => {
    const { store } = await sampleStore();
    const el = await bound(store);
    el.owner = 'Nobody';
    el.period = '2026-Q4';
    await until(() => !!part(el, 'empty'), 'empty state');
    expect(text(part(el, 'empty'))).to.equal('No opportunities match these filters: owner Nobody; period 2026-Q4.');
    expect(chartOf(el)).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('names the opportunity the engine rejects', async () => {
    const store = freshStore();
    await store.import({
      customers: [customer('cust-x')],
      opportunities: [opp('o-1', 'lead'), opp('o-2', 'pilot')],
    });
    const el = unbound(store);
    mount(el);
    await until(() => !!part(el, 'error'), 'error shown');
    expect(text(part(el, 'error'))).to.equal(
      'The funnel could not be shown: opportunities[1].stage: unknown stage "pilot" (opportunity "o-2")',
    );
    await expect(el).to.be.accessible();
  });
});

const formatCompact = (amount: number, currency = 'CNY') => compactMoney('en', currency, amount / 100);

describe('<crm-funnel-chart> flow, currencies and interaction', () => {
  const history = (...stages: string[]) => stages.map((stage, i) => ({ stage, at: `2026-10-0${i + 1}T00:00:00.000Z` }));
  // d-3 skipped qualified: it counts in "any" mode, not in "strict".
  const deals = [
    opp('d-1', 'won', { stageHistory: history('lead', 'qualified', 'proposal', 'negotiation', 'won') }),
    opp('d-2', 'negotiation', { stageHistory: history('lead', 'qualified', 'proposal', 'negotiation') }),
    opp('d-3', 'proposal', { stageHistory: history('lead', 'proposal'), currency: 'USD', amount: 50_000 }),
    opp('d-4', 'qualified', { stageHistory: history('lead', 'qualified') }),
    opp('d-5', 'lead', { stageHistory: history('lead'), currency: 'USD', amount: 20_000 }),
    opp('d-6', 'lost', { stageHistory: history('lead', 'qualified', 'lost') }),
  ];

  async function presented(attrs: Record<string, string> = {}, data = deals): Promise<CrmFunnelChart> {
    const el = await fixture<CrmFunnelChart>(
      html`<div style="width: 640px"><crm-funnel-chart lang="en"></crm-funnel-chart></div>`,
    ).then((box) => box.firstElementChild as CrmFunnelChart);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    el.data = data;
    await drawn(el);
    return el;
  }

  it('counts reached stages in "any" mode by default and only unbroken paths in "strict" mode', async () => {
    const el = await presented();
    const reached = () => ['lead', 'qualified', 'proposal', 'negotiation', 'won'].map((s) => tableRows(el).get(s)![4]);
    expect(reached()).to.deep.equal(['6', '4', '3', '2', '1']);
    expect(text(el.shadowRoot!.querySelector('caption'))).to.equal(
      'Sales funnel: figures by stage (any stage ever reached)',
    );
    el.mode = 'strict';
    await until(() => reached()[2] === '2', 'strict mode');
    expect(reached()).to.deep.equal(['6', '4', '2', '2', '1']);
    expectTableToMatch(el, computeFunnel(deals, { mode: 'strict' }));
    el.setAttribute('mode', 'sideways');
    await until(() => !!part(el, 'error'), 'bad mode reported');
    expect(text(part(el, 'error'))).to.contain('mode: expected strict or any, got "sideways"');
  });

  it('never adds unconverted currencies into a total; converts them with a rate table', async () => {
    const el = await presented();
    expectTableToMatch(el, computeFunnel(deals));
    expect(tableRows(el).get('proposal')![1]).to.equal('CN¥0.00 + $500.00 (1 not converted)');
    expect(text(part(el, 'note'))).to.equal(
      '2 deals could not be converted to CNY (no exchange rate): $700 in 2 deals. They are listed per currency and left out of every total.',
    );
    el.rates = { asOf: '2026-11-01', rates: { 'USD/CNY': '7.1586' } };
    await until(() => !part(el, 'note'), 'converted');
    expect(tableRows(el).get('proposal')![1]).to.equal('CN¥3,579.30');
    expectTableToMatch(el, computeFunnel(deals, { rates: el.rates }));
  });

  it('emits crm-stage-select with the stage and its opportunity ids on click, Enter and a click on the bar', async () => {
    const el = await presented();
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="stage"]')];
    expect(buttons.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    expect(buttons[4]!.getAttribute('part')).to.equal('stage won');

    setTimeout(() => buttons[2]!.click());
    const clicked = await oneEvent(el, 'crm-stage-select');
    expect(clicked.detail).to.deep.equal({ stageId: 'proposal', opportunityIds: ['d-3'] });
    expect(clicked.bubbles && clicked.composed).to.equal(true);

    // Keyboard: arrows move a roving tab stop (wrapping), Home/End jump, Enter selects.
    buttons[0]!.focus();
    const key = (press: string) => sendKeys({ press });
    await key('ArrowDown');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(buttons[1]);
    expect(buttons.map((b) => b.tabIndex)).to.deep.equal([-1, 0, -1, -1, -1]);
    await key('ArrowUp');
    await key('ArrowUp');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(buttons[4]);
    await key('Home');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(buttons[0]);
    // The focused stage is also marked on the chart.
    const colours = chartOf(el)!.data.datasets[0]!.backgroundColor as string[];
    expect(colours[0]).to.not.equal(colours[1]);

    // Enter on a native button is a click; the event names every deal now in the stage.
    const entered = oneEvent(el, 'crm-stage-select');
    await sendKeys({ press: 'Enter' });
    expect((await entered).detail).to.deep.equal({ stageId: 'lead', opportunityIds: ['d-5'] });

    // A real mouse click on the bar of "won" on the canvas.
    const { x, y } = (chartOf(el)!.getDatasetMeta(0).data[4] as unknown as BarElement).getCenterPoint();
    const rect = canvasOf(el)!.getBoundingClientRect();
    const selected = oneEvent(el, 'crm-stage-select');
    await sendMouse({ type: 'click', position: [Math.round(rect.left + x!), Math.round(rect.top + y!)] });
    expect((await selected).detail).to.deep.equal({ stageId: 'won', opportunityIds: ['d-1'] });
  });

  it('drill-down applies the filters', async () => {
    const el = await presented({ owner: 'a' }, [
      opp('x-1', 'lead', { owner: 'a' }),
      opp('x-2', 'lead', { owner: 'b' }),
      opp('x-3', 'lead', { owner: 'a' }),
    ]);
    expect(tableRows(el).get('lead')?.[0]).to.equal('2');
    setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="stage"]')!.click());
    expect((await oneEvent(el, 'crm-stage-select')).detail.opportunityIds).to.deep.equal(['x-1', 'x-3']);
  });

  it('switches the bar measure from the toggle and the attribute', async () => {
    const el = await presented();
    const values = () => (chartOf(el)!.data.datasets[0]!.data as [number, number][]).map(([lo, hi]) => hi - lo);
    expect(values()).to.deep.equal([1, 1, 1, 1, 1]);
    const amountButton = [...el.shadowRoot!.querySelectorAll('.segmented button')].find((b) => text(b) === 'Amount')!;
    (amountButton as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.getAttribute('measure')).to.equal('amount');
    expect(amountButton.getAttribute('aria-pressed')).to.equal('true');
    expect(values()).to.deep.equal([0, 100_000, 0, 100_000, 100_000]);
    expect(canvasOf(el)!.getAttribute('aria-label')).to.equal(
      'Sales funnel, by amount: Lead CN¥0, Qualified CN¥1K, Proposal CN¥0, Negotiation CN¥1K, Won CN¥1K. Lost, not drawn: 1.',
    );
    el.setAttribute('measure', 'weighted');
    await el.updateComplete;
    expect(values()).to.deep.equal([0, 25_000, 0, 75_000, 100_000]);
  });

  it('shows the data table on toggle, keeps it for screen readers otherwise, and prints it', async () => {
    const el = await presented();
    const box = el.shadowRoot!.querySelector<HTMLElement>('.table-box')!;
    const toggle = [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Data table')!;
    expect(box.getBoundingClientRect().height).to.be.below(2);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    (toggle as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.hasAttribute('show-table')).to.equal(true);
    expect(box.getBoundingClientRect().height).to.be.above(100);
    await expect(el).to.be.accessible();
    (toggle as HTMLButtonElement).click();
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      expect(box.getBoundingClientRect().height).to.be.above(100);
      expect(getComputedStyle(part(el, 'chart')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('resizes the chart with its container', async () => {
    const el = await presented();
    const chart = chartOf(el)!;
    const before = chart.width;
    el.parentElement!.style.width = '420px';
    await until(() => chart.width < before - 100, 'chart narrower');
    expect(chart.height).to.be.above(100);
  });

  it('releases its Chart.js instance on disconnect: 100 connect/disconnect cycles leave none behind', async () => {
    const alive = () => Object.keys(Chart.instances).length;
    const baseline = alive();
    const el = document.createElement('crm-funnel-chart');
    el.data = deals;
    const box = document.createElement('div');
    box.style.width = '500px';
    document.body.append(box);
    for (let i = 0; i < 100; i++) {
      box.append(el);
      await until(() => alive() === baseline + 1, `chart drawn, cycle ${i}`);
      el.remove();
      expect(alive(), `cycle ${i}`).to.equal(baseline);
    }
    box.remove();
  });

  it('reports bad configuration by name', async () => {
    const el = await presented();
    const errorOf = async (set: () => void) => {
      set();
      await until(() => !!part(el, 'error'), 'error shown');
      const message = text(part(el, 'error'));
      await expect(el).to.be.accessible();
      return message;
    };
    expect(await errorOf(() => el.setAttribute('period', '2026-Q5'))).to.contain(
      'period: "2026-Q5" is not a date; expected 2026-Q4',
    );
    el.removeAttribute('period');
    expect(await errorOf(() => el.setAttribute('stages', '[{"id":'))).to.contain('stages: is not valid JSON');
    expect(
      await errorOf(() => el.setAttribute('stages', '[{"id":"a","order":1,"probability":150,"kind":"open"}]')),
    ).to.contain('stages[0].probability');
    el.removeAttribute('stages');
    expect(await errorOf(() => el.setAttribute('target', '12.345'))).to.contain(
      'target: "12.345" is not an amount in CNY',
    );
    el.removeAttribute('target');
    expect(await errorOf(() => el.setAttribute('tier', 'A1'))).to.contain('customers');
  });
});
