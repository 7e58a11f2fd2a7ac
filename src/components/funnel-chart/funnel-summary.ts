/**
 * The funnel's KPI strip: the few large figures a pipeline review starts from (open pipeline, forecast, win
 * rate, forecast against target), money compact; every exact figure is in the data table. A template function,
 * so the element file keeps to rendering its own parts.
 */
import { html, nothing } from 'lit';
import type { FunnelResult } from '../../core/funnel.js';
import type { funnelChartStrings } from './funnel-chart.strings.js';

type Strings = (typeof funnelChartStrings)['en'];

export interface KpiFormat {
  /** Compact money in the reporting currency. */
  money: (amount: number) => string;
  percent: (ratio: number | null) => string;
  number: (value: number) => string;
  /** Between two clauses: `，` in Chinese, `, ` in English. */
  comma: string;
}

/** Won deals over closed ones (won + lost), or null before any deal closed. */
export function winRate(result: FunnelResult): { won: number; lost: number; rate: number | null } {
  const won = result.stages.filter((row) => row.kind === 'won').reduce((sum, row) => sum + row.count, 0);
  const lost = result.lost.count;
  return { won, lost, rate: won + lost ? won / (won + lost) : null };
}

/** Forecast against target as a bar (decoration: the percentage above it is the figure). */
function meter(ratio: number) {
  const width = Math.max(0, Math.min(1, ratio)) * 100;
  return html`<svg part="meter" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class="track" width="100" height="4"></rect><rect class="fill" width=${width.toFixed(2)} height="4"></rect>
  </svg>`;
}

export function kpiStrip(result: FunnelResult, t: Strings, f: KpiFormat) {
  const k = t.kpi;
  const { totals, stages } = result;
  const open = stages.filter((row) => row.kind === 'open').reduce((sum, row) => sum + row.count, 0);
  const { won, lost, rate } = winRate(result);
  const against =
    totals.gap === null ? '' : totals.gap > 0 ? k.toGo(f.money(totals.gap)) : k.ahead(f.money(-totals.gap));
  // Label then value with no space between the tags: the strip reads "Open pipeline ¥1.81亿".
  const kpi = (term: string, value: unknown, detail: unknown) =>
    html`<div part="kpi"><dt>${term}</dt><dd><span class="value">${value}</span><span class="detail">${detail}</span></dd></div>`;
  return html`<dl part="summary">
    ${kpi(t.summary.pipeline, f.money(totals.openAmount), k.openDeals(f.number(open)))}
    ${kpi(t.summary.forecast, f.money(totals.forecast), k.wonAmount(f.money(totals.wonAmount)))}
    ${kpi(k.winRate, rate === null ? '—' : f.percent(rate), k.winSplit(f.number(won), f.number(lost)))}
    ${kpi(
      k.vsTarget,
      totals.target === null ? t.notSet : f.percent(totals.attainment),
      totals.target === null
        ? nothing
        : html`${meter(totals.attainment ?? 0)}${k.targetOf(f.money(totals.target))}${f.comma}${against}`,
    )}
  </dl>`;
}
