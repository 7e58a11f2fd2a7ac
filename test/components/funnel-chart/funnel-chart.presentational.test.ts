/**
 * Presentational mode in a file of its own: no element here is bound to a store, so the test can check
 * that none opened a database.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import Dexie from 'dexie';
import '../../../src/components/funnel-chart/funnel-chart.js';
import type { CrmFunnelChart } from '../../../src/components/funnel-chart/funnel-chart.js';
import { computeFunnel } from '../../../src/core/funnel.js';
import { until } from '../../support/fixtures.js';
import { drawn, loadSample, part, RATES, tableRows, text } from './helpers.js';

/** A funnel given its data before it joins the page (the way a page feeding it from its own backend would). */
async function presented(data: CrmFunnelChart['data'], set: (el: CrmFunnelChart) => void = () => {}, lang = 'en') {
  const el = document.createElement('crm-funnel-chart');
  el.lang = lang;
  set(el);
  el.data = data;
  await fixture(html`<div style="width: 600px">${el}</div>`);
  return el;
}

describe('<crm-funnel-chart> presentational (.data)', () => {
  // The test runner reuses browser pages (and so their IndexedDB) across test files: start without the
  // default database, so the check below sees only what this file does.
  before(() => Dexie.delete('crm-widgets'));

  it('draws opportunities from .data, filters with .customers, and opens no database', async () => {
    const sample = await loadSample();
    const el = await presented(sample.opportunities, (f) => {
      f.rates = RATES;
      f.tier = 'A1';
      f.customers = sample.customers;
    });
    await drawn(el);
    const expected = computeFunnel(sample.opportunities, {
      rates: RATES,
      filters: { tier: 'A1' },
      customers: new Map(sample.customers.map((c) => [c.id, c])),
    });
    expect(tableRows(el).get('lead')![0]).to.equal(String(expected.stages[0]!.count));
    expect(tableRows(el).get('won')![0]).to.equal(String(expected.stages[4]!.count));

    el.customers = undefined;
    await until(() => !!part(el, 'error'), 'missing customers reported');
    expect(text(part(el, 'error'))).to.contain('customers: the tier, industry and group filters need the customers');

    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).to.not.include('crm-widgets');
    expect(
      (document.documentElement as unknown as Record<symbol, unknown>)[Symbol.for('crm-widgets:document-provider@1')],
    ).to.equal(undefined);
  });

  it('draws a pre-aggregated funnel and drills down with its opportunity ids, in Chinese', async () => {
    const sample = await loadSample();
    const result = computeFunnel(sample.opportunities, {
      rates: RATES,
      target: { amount: 50_000_000_000, currency: 'CNY' },
    });
    const el = await presented({ ...result, opportunityIds: { won: ['opp-0006'] } }, undefined, 'zh-CN');
    await drawn(el);
    expect(tableRows(el).get('proposal')![0]).to.equal(String(result.stages[2]!.count));
    expect(text(part(el, 'title'))).to.equal('销售漏斗');
    expect(text(part(el, 'summary')))
      .to.contain('预测与目标')
      .and.contain('目标 ¥5亿，尚差 ¥4.24亿');
    const labels = [...el.shadowRoot!.querySelectorAll('[part~="stage"] .name')].map((n) => text(n));
    expect(labels).to.deep.equal(['线索', '已确认', '方案/报价', '谈判', '赢单']);
    expect(el.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')).to.match(
      /^销售漏斗，按商机数：线索 84 个商机/,
    );
    await expect(el).to.be.accessible();

    const won = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="stage"]')[4]!;
    setTimeout(() => won.click());
    expect((await oneEvent(el, 'crm-stage-select')).detail).to.deep.equal({
      stageId: 'won',
      opportunityIds: ['opp-0006'],
    });

    el.data = { stages: [{ stage: 'lead', count: 1.5 }] } as never;
    await until(() => !!part(el, 'error'), 'bad aggregate reported');
    expect(text(part(el, 'error'))).to.contain('data: stages[0].count must be a whole number');
  });

  it('says so when there are no opportunities at all', async () => {
    const el = await presented([]);
    await until(() => !!part(el, 'empty'), 'empty state');
    expect(text(part(el, 'empty'))).to.equal('No opportunities yet.');
    await expect(el).to.be.accessible();
  });
});
