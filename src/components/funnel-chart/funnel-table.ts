/**
 * The data table: every figure the chart shows, per stage and for lost deals (always read by screen readers,
 * printed, shown with `show-table`). A template function, so the element file keeps to rendering its own parts.
 */
import { html, type TemplateResult } from 'lit';
import type { FunnelStageRow } from '../../core/funnel.js';
import type { FunnelFormat } from './funnel-format.js';
import type { Ready } from './funnel-view.js';

export function funnelTable(view: Ready, title: string, f: FunnelFormat) {
  const t = f.t;
  const { currency, stages, lost, mode } = view.result;
  const c = t.columns;
  const n = (value: number) => f.number(value);
  const extra = (list: FunnelStageRow['unconverted'], pick: 'amount' | 'weighted') =>
    list.map((u) => html`<div>${t.notConverted(f.money(u[pick], u.currency), n(u.count))}</div>`);
  const moneyCell = (
    amount: number,
    list: FunnelStageRow['unconverted'],
    pick: 'amount' | 'weighted',
  ): TemplateResult => html`<td data-label=${c[pick]}>${f.money(amount, currency)}${extra(list, pick)}</td>`;
  // First paint: counts only; every other figure is still loading.
  const later = (labels: string[]) => labels.map((label) => html`<td data-label=${label}>…</td>`);
  // Each cell names its column: a narrow funnel (or a narrow printed page) stacks the rows (see styles).
  const rest = [c.weighted, c.probability, c.reached, c.toNext, c.fromFirst, c.dropOff, c.medianDays];
  return html`<table part="table" id="table">
    <caption>${t.caption(title, t.modes[mode])}</caption>
    <thead>
      <tr>
        ${[c.stage, c.count, c.amount, ...rest].map((h) => html`<th scope="col">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${stages.map((row, i) =>
        view.partial
          ? html`<tr data-stage=${row.stage}>
              <th scope="row">${f.stageName(row)}</th>
              <td data-label=${c.count}>${n(row.count)}</td>
              ${later([c.amount, ...rest])}
            </tr>`
          : html`<tr data-stage=${row.stage}>
              <th scope="row">${f.stageName(row)}</th>
              <td data-label=${c.count}>${n(row.count)}</td>
              ${moneyCell(row.amount, row.unconverted, 'amount')} ${moneyCell(row.weighted, row.unconverted, 'weighted')}
              <td data-label=${c.probability}>${f.percent(row.probability / 100)}</td>
              <td data-label=${c.reached}>${n(row.reached)}</td>
              <td data-label=${c.toNext}>${f.percent(row.conversionToNext)}</td>
              <td data-label=${c.fromFirst}>${f.percent(row.conversionFromFirst)}</td>
              <td data-label=${c.dropOff}>${i === stages.length - 1 ? '—' : n(row.dropOff)}</td>
              <td data-label=${c.medianDays}>${f.days(row.time.medianDays)}</td>
            </tr>`,
      )}
    </tbody>
    <tbody>
      <tr data-stage="lost">
        <th scope="row">${t.lostRow}</th>
        <td data-label=${c.count}>${n(lost.count)}</td>
        ${view.partial ? later([c.amount]) : moneyCell(lost.amount, lost.unconverted, 'amount')}
        ${rest.map((label) => html`<td data-label=${label}>—</td>`)}
      </tr>
    </tbody>
  </table>`;
}
