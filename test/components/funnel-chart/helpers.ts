/** Helpers for the funnel tests: the sample dataset, reading the data table, waiting for the chart. */
import { Chart } from 'chart.js';
import type { CrmFunnelChart } from '../../../src/components/funnel-chart/funnel-chart.js';
import type { FunnelStageConfig } from '../../../src/components/funnel-chart/funnel-model.js';
import { formatMoney } from '../../../src/core/money.js';
import type { Customer, Opportunity } from '../../../src/data/model.js';
import { until } from '../../support/fixtures.js';

export interface Sample {
  stages: FunnelStageConfig[];
  customers: Customer[];
  opportunities: Opportunity[];
  [table: string]: unknown[];
}

let sample: Promise<Sample> | undefined;
/** The demo's sample dataset (fetched once per file). */
export function loadSample(): Promise<Sample> {
  sample ??= fetch('/demo/data/sample.json').then((r) => r.json() as Promise<Sample>);
  return sample;
}

export const RATES = { asOf: '2026-11-01', rates: { 'USD/CNY': '7.1586', 'HKD/CNY': '0.9207' } };

export const part = (el: CrmFunnelChart, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const canvasOf = (el: CrmFunnelChart) => el.shadowRoot!.querySelector('canvas');
export const chartOf = (el: CrmFunnelChart) => {
  const canvas = canvasOf(el);
  return canvas ? Chart.getChart(canvas) : undefined;
};

/** A cell's text, its lines (unconverted amounts) separated by a space. */
const cellText = (td: Element) =>
  text({
    textContent: [...td.childNodes]
      .filter((n) => n.nodeType !== Node.COMMENT_NODE)
      .map((n) => n.textContent)
      .join(' '),
  } as Element);

/** The data table's rows: stage id -> the text of each cell after the stage name. */
export function tableRows(el: CrmFunnelChart): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const tr of el.shadowRoot!.querySelectorAll('[part="table"] tr[data-stage]')) {
    rows.set(tr.getAttribute('data-stage')!, [...tr.querySelectorAll('td')].map(cellText));
  }
  return rows;
}

/** Waits until the table is filled with every figure (not only the first-paint counts) and the chart is drawn. */
export async function drawn(el: CrmFunnelChart): Promise<void> {
  await until(
    () => tableRows(el).size > 0 && !!chartOf(el) && !part(el, 'status'),
    'funnel table filled and chart drawn',
  );
}

/** Formats figures the way the element's `en` locale does, to compare the table with the engine. */
export const en = {
  n: (value: number) => new Intl.NumberFormat('en').format(value),
  money: (amount: number, currency = 'CNY') => formatMoney({ amount, currency }, { locale: 'en' }),
  pct: (ratio: number | null) =>
    ratio === null ? '—' : new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 2 }).format(ratio),
  days: (value: number | null) =>
    value === null
      ? '—'
      : new Intl.NumberFormat('en', {
          style: 'unit',
          unit: 'day',
          unitDisplay: 'long',
          maximumFractionDigits: 1,
        }).format(value),
};

/** Compact money as Intl writes it (an independent check of the widgets' summaries): major units. */
export const compactMoney = (locale: string, currency: string, major: number) =>
  new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 2,
    maximumSignificantDigits: 4,
    roundingPriority: 'lessPrecision',
  }).format(major);

/** A minimal valid opportunity for synthetic cases. */
export function opp(id: string, stage: string, fields: Partial<Opportunity> = {}): Opportunity {
  return {
    id,
    customerId: 'cust-x',
    name: `Deal ${id}`,
    stage,
    amount: 100_000,
    currency: 'CNY',
    createdAt: '2026-10-01T00:00:00.000Z',
    updatedAt: '2026-10-01T00:00:00.000Z',
    ...fields,
  } as Opportunity;
}
