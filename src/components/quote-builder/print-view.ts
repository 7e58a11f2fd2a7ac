/**
 * The printed quote: a clean document (company header slot, customer, lines by group, VAT table, totals,
 * amount in capitals, validity and terms). Shown by `@media print` and by `view="print"` on screen.
 */
import { html, nothing } from 'lit';
import type { PricedLine, PricedQuote } from '../../core/pricing.js';
import type { Customer } from '../../data/model.js';
import type { Formatter } from './format.js';
import type { QuoteBuilderStrings } from './quote-builder.strings.js';
import { blocksOf, type QuoteRecord } from './quote-model.js';
import { capitalsOf, discountsByKind } from './totals.js';

export function renderPrint(
  quote: QuoteRecord,
  priced: PricedQuote,
  customer: Customer | undefined,
  t: QuoteBuilderStrings,
  f: Formatter,
  today: string,
) {
  const capitals = capitalsOf(priced);
  const totals = priced.totals;
  const line = (l: PricedLine, n: number) => html`<tr class=${l.included ? '' : 'excluded'}>
    <td>${n}</td>
    <td>${l.description}${l.included ? nothing : html` <em>(${t.printOptional})</em>`}</td>
    <td class="num">${l.quantity}</td>
    <td>${l.unit ?? ''}</td>
    <td class="num">${f.money(l.unitPrice)}</td>
    <td class="num">${l.lineDiscount ? `${l.lineDiscount}%` : ''}</td>
    <td class="num">${l.finalUnitPrice === null ? '' : f.money(l.finalUnitPrice)}</td>
    <td class="num">${l.vatRate}%</td>
    <td class="num">${f.money(l.finalAmount)}</td>
  </tr>`;
  return html`<article class="print" part="print" aria-label=${t.printTitle}>
    <header class="print-head">
      <slot name="company"></slot>
      <h2>${t.printTitle}</h2>
      <dl>
        <dt>${t.title}</dt><dd>${quote.number ?? quote.id}${quote.revision ? ` / v${quote.revision}` : ''}</dd>
        <dt>${t.printDate}</dt><dd>${f.date(today)}</dd>
        <dt>${t.customer}</dt><dd class="customer">${customer?.name ?? quote.customerId}${customer?.alias ? f.paren(customer.alias) : ''}</dd>
        <dt>${t.currency}</dt><dd>${quote.currency} · ${t.modes[quote.priceMode]}</dd>
        ${quote.validUntil ? html`<dt>${t.validUntil}</dt><dd class="validity">${f.date(quote.validUntil)}</dd>` : nothing}
      </dl>
    </header>
    <table class="print-lines">
      <thead>
        <tr>
          <th scope="col">${t.colNo}</th><th scope="col">${t.colItem}</th><th scope="col">${t.colQty}</th>
          <th scope="col">${t.colUnit}</th><th scope="col">${t.colListPrice}</th><th scope="col">${t.colDiscount}</th>
          <th scope="col">${t.colNetPrice}</th><th scope="col">${t.colVat}</th><th scope="col">${t.colAmount}</th>
        </tr>
      </thead>
      ${blocksOf(priced.lines).map(
        (b) => html`<tbody class=${b.group ? 'print-group' : ''}>
          ${b.group ? html`<tr class="group-head"><th colspan="9" scope="colgroup">${b.group}</th></tr>` : nothing}
          ${b.items.map((i) => line(i.line, i.index + 1))}
        </tbody>`,
      )}
    </table>
    <table class="print-tax">
      <caption>${t.taxTable}</caption>
      <thead><tr><th scope="col">${t.rate}</th><th scope="col">${t.taxableAmount}</th><th scope="col">${t.tax}</th><th scope="col">${t.gross}</th></tr></thead>
      <tbody>
        ${totals.byRate.map(
          (r) =>
            html`<tr><td>${r.vatRate}%</td><td class="num">${f.money(r.net)}</td><td class="num">${f.money(r.tax)}</td><td class="num">${f.money(r.gross)}</td></tr>`,
        )}
      </tbody>
    </table>
    <table class="print-totals">
      <tbody>
        <tr><th scope="row">${t.subtotal(priced.priceMode)}</th><td class="num">${f.money(totals.list)}</td></tr>
        ${discountsByKind(priced).map((d) => html`<tr><th scope="row">${t.kinds[d.kind]}</th><td class="num">−${f.money(d.amount)}</td></tr>`)}
        <tr><th scope="row">${t.net}</th><td class="num">${f.money(totals.net)}</td></tr>
        <tr><th scope="row">${t.taxTotal}</th><td class="num">${f.money(totals.tax)}</td></tr>
        <tr class="grand"><th scope="row">${t.grandTotal}</th><td class="num">${f.money(totals.gross)}</td></tr>
        ${capitals ? html`<tr class="capitals"><th scope="row">${t.inCapitals}</th><td>${capitals}</td></tr>` : nothing}
      </tbody>
    </table>
    <section class="print-terms">
      <h3>${t.printTerms}</h3>
      <p>${t.paymentTerms}${f.colon}${quote.paymentTerms ?? '–'}</p>
      ${quote.validUntil ? html`<p>${t.validUntil}${f.colon}${f.date(quote.validUntil)}</p>` : nothing}
      ${quote.notes ? html`<p class="notes">${quote.notes}</p>` : nothing}
    </section>
  </article>`;
}
