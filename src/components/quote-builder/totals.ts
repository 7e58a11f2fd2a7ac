/** The totals panel: list, each discount kind, net, VAT by rate, grand total, capitals, margin. */
import { html, nothing } from 'lit';
import { toChineseCapitals } from '../../core/capitals.js';
import { DISCOUNT_KINDS, type DiscountKind, type PricedQuote } from '../../core/pricing.js';
import type { Formatter } from './format.js';
import type { QuoteBuilderStrings } from './quote-builder.strings.js';

/** Sum of each discount kind's steps over the included lines (the engine's own step amounts, just added up). */
export function discountsByKind(priced: PricedQuote): { kind: DiscountKind; amount: number }[] {
  const sums = new Map<DiscountKind, number>();
  for (const line of priced.lines) {
    if (!line.included) continue;
    for (const step of line.steps) sums.set(step.kind, (sums.get(step.kind) ?? 0) + step.discount);
  }
  return DISCOUNT_KINDS.filter((k) => sums.get(k)).map((kind) => ({ kind, amount: sums.get(kind)! }));
}

/** 大写 of the grand total, for CNY only (the core refuses other currencies). */
export function capitalsOf(priced: PricedQuote): string | null {
  return priced.currency === 'CNY' ? toChineseCapitals({ amount: priced.totals.gross, currency: 'CNY' }) : null;
}

export function renderTotals(priced: PricedQuote, t: QuoteBuilderStrings, f: Formatter, showCapitals: boolean) {
  const totals = priced.totals;
  const capitals = showCapitals ? capitalsOf(priced) : null;
  const row = (label: string, value: string, cls = '') =>
    html`<tr class=${cls}><th scope="row">${label}</th><td>${value}</td></tr>`;
  return html`<table class="totals" part="totals" aria-label=${t.totals}>
    <tbody>
      ${row(t.subtotal(priced.priceMode), f.money(totals.list), 'subtotal')}
      ${discountsByKind(priced).map((d) => row(t.discountTotal(t.kinds[d.kind]), `−${f.money(d.amount)}`, `discount discount-${d.kind}`))}
      ${row(t.net, f.money(totals.net), 'net')}
      ${totals.byRate.map((r) => row(t.taxOn(r.vatRate, f.money(r.net)), f.money(r.tax), 'tax-rate'))}
      ${row(t.taxTotal, f.money(totals.tax), 'tax')}
      ${row(t.grandTotal, f.money(totals.gross), 'grand')}
      ${capitals ? row(t.inCapitals, capitals, 'capitals') : nothing}
      ${row(
        t.margin,
        totals.margin === null
          ? t.marginUnknown
          : `${f.money(totals.margin)}${f.paren(f.percent(totals.marginPercent))}${
              totals.discountPercent ? ` · ${t.discountVsList(totals.discountPercent)}` : ''
            }`,
        'margin',
      )}
    </tbody>
  </table>`;
}
