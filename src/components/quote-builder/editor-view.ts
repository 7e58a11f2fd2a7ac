/** The builder's status line, notices, quote header and free-text line form (rendering only). */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PriceMode } from '../../core/pricing.js';
import type { Customer } from '../../data/model.js';
import type { Problem } from './fields.js';
import type { Formatter } from './format.js';
import type { QuoteBuilderPolicy } from './policy.js';
import type { QuoteBuilderStrings } from './quote-builder.strings.js';
import type { QuoteController } from './quote-controller.js';
import type { DraftField } from './quote-fields.js';
import { type DraftLine, FINAL_STATUSES, type QuoteRecord } from './quote-model.js';

/** The document's title row: number and version, status, save state. */
export function renderTitle(t: QuoteBuilderStrings, f: Formatter, ctl: QuoteController) {
  const quote = ctl.quote!;
  const save =
    ctl.saveState === 'saving'
      ? t.saving
      : ctl.saveState === 'unsaved'
        ? t.unsaved
        : ctl.saveState === 'saved' && ctl.savedAt
          ? t.saved(f.dateTime(ctl.savedAt))
          : '';
  return html`<div class="doc-title">
    <h2>${t.quoteNumber(quote.number ?? quote.id, quote.revision ?? 1)}</h2>
    <span class="status status-${quote.status}"><span class="visually-hidden">${t.status}${f.colon}</span><strong
      class="status-chip">${t.statuses[quote.status]}</strong></span>
    <span class="save-state">${save}</span>
  </div>`;
}

export function renderNotices(
  t: QuoteBuilderStrings,
  f: Formatter,
  ctl: QuoteController,
  on: { resolve(keep: 'mine' | 'theirs'): void; open(id: string): void },
) {
  const quote = ctl.quote!;
  return html`
    ${
      ctl.conflict
        ? html`<div class="notice conflict" part="notice" role="alert">
            <p>${t.conflict(f.dateTime(ctl.conflict.updatedAt ?? new Date().toISOString()))}</p>
            <button type="button" part="button" class="reload-theirs" @click=${() => on.resolve('theirs')}>${t.reloadTheirs}</button>
            <button type="button" part="button" class="keep-mine" @click=${() => on.resolve('mine')}>${t.keepMine}</button>
          </div>`
        : nothing
    }
    ${ctl.saveError ? html`<p class="notice error" part="notice" role="alert">${t.saveError(ctl.saveError)}</p>` : nothing}
    ${ctl.pricingError ? html`<p class="notice error" part="notice" role="alert">${t.pricingError(ctl.pricingError)}</p>` : nothing}
    ${
      quote.supersededBy
        ? html`<p class="notice" part="notice">${t.supersededNotice((quote.revision ?? 1) + 1)}
            <button type="button" part="button" @click=${() => on.open(quote.supersededBy!)}>${t.openVersion((quote.revision ?? 1) + 1)}</button></p>`
        : FINAL_STATUSES.includes(quote.status)
          ? html`<p class="notice" part="notice">${t.finalNotice(t.statuses[quote.status])}</p>`
          : nothing
    }
  `;
}

export interface HeaderView {
  readonly t: QuoteBuilderStrings;
  readonly f: Formatter;
  readonly quote: QuoteRecord;
  readonly customer: Customer | undefined;
  readonly policy: QuoteBuilderPolicy;
  readonly locked: boolean;
  readonly today: string;
  onCurrency(currency: string): void;
  onHeader(field: 'validUntil' | 'paymentTerms' | 'notes', value: string): void;
  onPriceMode(mode: PriceMode): void;
  onOpen(id: string): void;
}

/** The document header: who the quote is for, its number facts (date, owner), then the editable terms. */
export function renderHeader(v: HeaderView) {
  const { t, f, quote, customer, policy, locked } = v;
  const currencies = policy.currencies.includes(quote.currency)
    ? policy.currencies
    : [quote.currency, ...policy.currencies];
  const hasLines = quote.lines.length > 0;
  const cash = policy.pricing.cash;
  const earnsCash =
    !!cash && !!quote.paymentTerms && (!cash.paymentTerms || cash.paymentTerms.includes(quote.paymentTerms));
  const past = !!quote.validUntil && quote.validUntil < v.today;
  const created = quote.createdAt ?? quote.history?.[0]?.at;
  const owner = quote.owner ?? quote.history?.[0]?.by;
  return html`<section class="header" part="header" aria-labelledby="header-heading">
    <h3 id="header-heading" class="visually-hidden">${t.header}</h3>
    <div class="field customer">
      <span class="label">${t.customer}</span>
      <span class="customer-name"><strong>${customer?.name ?? quote.customerId}</strong>${customer?.alias ? html` <span class="alias">${customer.alias}</span>` : nothing}
      ${customer?.tier ? html`<crm-tier-badge tier=${customer.tier} scheme=${customer.tierScheme ?? nothing}></crm-tier-badge>` : nothing}</span>
    </div>
    <dl class="facts">
      <div class="fact"><dt>${t.quoteDate}</dt><dd class="quote-date">${created ? f.date(created.slice(0, 10)) : '–'}</dd></div>
      <div class="fact"><dt>${t.owner}</dt><dd class="owner">${owner ?? '–'}</dd></div>
    </dl>
    <div class="field">
      <label for="currency">${t.currency}</label>
      <select id="currency" ?disabled=${locked || hasLines} aria-describedby=${hasLines ? 'currency-why' : nothing}
        @change=${(e: Event) => v.onCurrency((e.target as HTMLSelectElement).value)}>
        ${currencies.map((c) => html`<option value=${c} ?selected=${c === quote.currency}>${c}</option>`)}
      </select>
      ${hasLines && !locked ? html`<span class="hint" id="currency-why">${t.currencyLocked}</span>` : nothing}
    </div>
    <div class="field">
      <label for="valid-until">${t.validUntil}</label>
      <input id="valid-until" type="date" ?readonly=${locked} .value=${live(quote.validUntil ?? '')}
        aria-describedby=${past ? 'valid-past' : nothing}
        @change=${(e: Event) => v.onHeader('validUntil', (e.target as HTMLInputElement).value)} />
      ${past ? html`<span class="hint warn" id="valid-past">${t.validityPast}</span>` : nothing}
    </div>
    <div class="field">
      <label for="price-mode">${t.priceMode}</label>
      <select id="price-mode" ?disabled=${locked} @change=${(e: Event) => v.onPriceMode((e.target as HTMLSelectElement).value as PriceMode)}>
        ${(['tax-excluded', 'tax-included'] as const).map((m) => html`<option value=${m} ?selected=${m === quote.priceMode}>${t.modes[m]}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="payment-terms">${t.paymentTerms}</label>
      <input id="payment-terms" type="text" list="payment-terms-list" maxlength="100" ?readonly=${locked}
        .value=${live(quote.paymentTerms ?? '')} aria-describedby=${earnsCash ? 'cash-hint' : nothing}
        @input=${(e: Event) => v.onHeader('paymentTerms', (e.target as HTMLInputElement).value)} />
      <datalist id="payment-terms-list">${policy.paymentTerms.map((p) => html`<option value=${p}></option>`)}</datalist>
      ${earnsCash ? html`<span class="hint" id="cash-hint">${t.cashEarned(cash!.percent)}</span>` : nothing}
    </div>
    <div class="field notes">
      <label for="notes">${t.notes}</label>
      <textarea id="notes" maxlength="5000" ?readonly=${locked} .value=${live(quote.notes ?? '')}
        @input=${(e: Event) => v.onHeader('notes', (e.target as HTMLTextAreaElement).value)}></textarea>
    </div>
    ${
      quote.previousRevisionId
        ? html`<div class="field"><button type="button" part="button" class="previous-version"
            @click=${() => v.onOpen(quote.previousRevisionId!)}>${t.previousVersion}</button></div>`
        : nothing
    }
  </section>`;
}

export interface DraftView {
  readonly t: QuoteBuilderStrings;
  readonly draft: DraftLine;
  readonly locked: boolean;
  readonly vatRates: readonly number[];
  problem(field: DraftField): Problem | undefined;
  onInput(field: DraftField, text: string): void;
  onAdd(): void;
}

export function renderDraftLine(v: DraftView) {
  const { t } = v;
  // A short visible label (the column's name) and the full text as the accessible name: no placeholder to cut.
  const field = (
    name: DraftField,
    short: string,
    label: string,
    opts: { numeric?: boolean; maxlength?: number } = {},
  ) => {
    const problem = v.problem(name);
    return html`<span class="draft-field draft-${name}">
      <label for="draft-${name}" aria-hidden="true">${short}</label>
      <input id="draft-${name}" type="text" aria-label=${label}
        inputmode=${opts.numeric ? 'decimal' : nothing} maxlength=${opts.maxlength ?? nothing}
        aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${problem ? `draft-${name}-error` : nothing}
        .value=${live(v.draft[name])} ?disabled=${v.locked}
        @input=${(e: Event) => v.onInput(name, (e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            v.onAdd();
          }
        }} />
      ${problem ? html`<span class="error" id="draft-${name}-error">${t.problem(problem)}</span>` : nothing}
    </span>`;
  };
  const vatProblem = v.problem('vatRate');
  return html`<fieldset class="draft-line" part="draft-line" ?disabled=${v.locked}>
    <legend>${t.freeLine}</legend>
    ${field('description', t.draftFieldDescription, t.draftDescription, { maxlength: 500 })}
    ${field('quantity', t.colQty, t.draftQuantity, { numeric: true })}
    ${field('unit', t.colUnit, t.draftUnit, { maxlength: 30 })}
    ${field('unitPrice', t.draftFieldPrice, t.draftPrice, { numeric: true })}
    <span class="draft-field draft-vatRate">
      <label for="draft-vatRate" aria-hidden="true">${t.colVat}</label>
      <select id="draft-vatRate" aria-label=${t.draftVat} aria-invalid=${vatProblem ? 'true' : 'false'}
        aria-describedby=${vatProblem ? 'draft-vatRate-error' : nothing}
        @change=${(e: Event) => v.onInput('vatRate', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${v.draft.vatRate === ''}>${t.chooseVat}</option>
        ${v.vatRates.map((r) => html`<option value=${r} ?selected=${v.draft.vatRate === String(r)}>${r}%</option>`)}
      </select>
      ${vatProblem ? html`<span class="error" id="draft-vatRate-error">${t.problem(vatProblem)}</span>` : nothing}
    </span>
    <button type="button" part="button" class="add-line" @click=${() => v.onAdd()}>${t.addLine}</button>
  </fieldset>`;
}
