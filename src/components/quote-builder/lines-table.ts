/**
 * The lines table: one row per line with labelled inputs, group headers and subtotals, and an expandable
 * "working" row that shows every pricing step. Events are delegated to the table (data-line / data-field /
 * data-action), so a 1,000-line quote does not create thousands of listeners per render.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { percentOf } from '../../core/numeric.js';
import { type PricedLine, type PricedQuote, sumTotals } from '../../core/pricing.js';
import type { QuoteLine } from '../../data/model.js';
import { joinClauses } from '../../internal/format.js';
import type { Problem } from './fields.js';
import type { Formatter } from './format.js';
import type { QuoteBuilderStrings } from './quote-builder.strings.js';
import { blocksOf } from './quote-model.js';

/** The line fields a person types into; each is a column the arrow keys move along. */
export const LINE_FIELDS = ['description', 'quantity', 'unit', 'unitPrice', 'vatRate', 'lineDiscount'] as const;
export type LineField = (typeof LINE_FIELDS)[number];

export interface LinesView {
  readonly t: QuoteBuilderStrings;
  readonly f: Formatter;
  readonly lines: readonly QuoteLine[];
  readonly priced: PricedQuote | null;
  readonly locked: boolean;
  readonly vatRates: readonly number[];
  readonly expanded: ReadonlySet<string>;
  /** What the field shows: the text being typed or refused, else the stored value. */
  text(key: string, stored: string): string;
  problem(key: string): Problem | undefined;
  productCode(productId: string | undefined): string | undefined;
  /** The stored value of a line field as text for its input. */
  stored(line: QuoteLine, field: LineField): string;
}

export const fieldKey = (lineId: string, field: string) => `${lineId}:${field}`;

type Row =
  | { kind: 'head'; key: string; group: string }
  | { kind: 'line'; key: string; line: QuoteLine; index: number; priced: PricedLine | undefined }
  | { kind: 'working'; key: string; line: QuoteLine; priced: PricedLine }
  | { kind: 'subtotal'; key: string; group: string; lines: PricedLine[] };

function rowsOf(v: LinesView): Row[] {
  const rows: Row[] = [];
  for (const block of blocksOf(v.lines)) {
    const first = block.items[0]!.line.id;
    if (block.group) rows.push({ kind: 'head', key: `head:${first}`, group: block.group });
    for (const { line, index } of block.items) {
      const priced = v.priced?.lines[index];
      rows.push({ kind: 'line', key: line.id, line, index, priced });
      if (priced && v.expanded.has(line.id)) rows.push({ kind: 'working', key: `working:${line.id}`, line, priced });
    }
    if (block.group && v.priced) {
      const lines = block.items.map((i) => v.priced!.lines[i.index]!).filter(Boolean);
      rows.push({ kind: 'subtotal', key: `subtotal:${first}`, group: block.group, lines });
    }
  }
  return rows;
}

const COLUMNS = 11;

/** Delegated handlers of the table (the host reads data-line / data-field / data-action). */
export interface TableEvents {
  input(event: Event): void;
  change(event: Event): void;
  focusout(event: Event): void;
  click(event: Event): void;
  keydown(event: KeyboardEvent): void;
}

export function renderLinesTable(v: LinesView, events: TableEvents) {
  const { t } = v;
  return html`<table
    class="lines"
    part="lines"
    @input=${events.input}
    @change=${events.change}
    @focusout=${events.focusout}
    @keydown=${events.keydown}
    @click=${events.click}
  >
    <caption>${t.linesCaption(v.lines.length)}</caption>
    <thead>
      <tr>
        <th scope="col">${t.colNo}</th>
        <th scope="col">${t.colItem}</th>
        <th scope="col">${t.colQty}</th>
        <th scope="col">${t.colUnit}</th>
        <th scope="col">${t.colListPrice}</th>
        <th scope="col">${t.colVat}</th>
        <th scope="col">${t.colDiscount}</th>
        <th scope="col">${t.colNetPrice}</th>
        <th scope="col">${t.colAmount}</th>
        <th scope="col">${t.colMargin}</th>
        <th scope="col">${t.colActions}</th>
      </tr>
    </thead>
    <tbody>
      ${
        v.lines.length === 0
          ? html`<tr><td colspan=${COLUMNS} class="empty">${t.emptyLines}</td></tr>`
          : repeat(
              rowsOf(v),
              (r) => r.key,
              (r) => renderRow(v, r),
            )
      }
    </tbody>
  </table>`;
}

function renderRow(v: LinesView, r: Row): TemplateResult {
  const { t, f } = v;
  switch (r.kind) {
    case 'head':
      return html`<tr class="group-head" part="group-head"><th colspan=${COLUMNS} scope="colgroup"><span class="pin">${t.groupHeading(r.group)}</span></th></tr>`;
    case 'subtotal': {
      const sub = sumTotals(r.lines);
      return html`<tr class="group-subtotal" part="group-subtotal">
        <th colspan="8" scope="row"><span class="pin">${t.groupSubtotal(r.group)}</span></th>
        <td class="num">${f.money(sub.final)}</td>
        <td class="num">${f.percent(sub.marginPercent)}</td>
        <td></td>
      </tr>`;
    }
    case 'working':
      return renderWorking(v, r.line, r.priced);
    case 'line': {
      // A keystroke re-prices every line, but usually changes what only one row shows: skip the others.
      const p = r.priced;
      const keys = LINE_FIELDS.map((field) => fieldKey(r.line.id, field));
      return html`${guard(
        [
          r.line,
          r.index,
          r.index === v.lines.length - 1,
          p?.finalAmount,
          p?.finalUnitPrice,
          p?.suggestedUnitPrice,
          p?.marginPercent,
          p?.included,
          v.productCode(r.line.productId),
          v.locked,
          v.vatRates,
          v.expanded.has(r.line.id),
          v.t,
          v.f.locale,
          ...keys.map((key) => v.text(key, '')),
          ...keys.map((key) => v.problem(key)),
        ],
        () => renderLine(v, r.line, r.index, p),
      )}`;
    }
  }
}

function renderLine(v: LinesView, line: QuoteLine, index: number, p: PricedLine | undefined): TemplateResult {
  const { t, f } = v;
  const n = index + 1;
  const name = line.description;
  const free = !line.productId;
  const code = v.productCode(line.productId);
  const input = (
    field: LineField,
    col: number,
    column: string,
    opts: { numeric?: boolean; maxlength?: number } = {},
  ) => {
    const key = fieldKey(line.id, field);
    const problem = v.problem(key);
    const errorId = `err-${index}-${field}`;
    return html`<input
        type="text"
        data-line=${line.id}
        data-field=${field}
        data-row=${index}
        data-col=${col}
        aria-label=${t.cell(column, n, name)}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? errorId : nothing}
        inputmode=${opts.numeric ? 'decimal' : nothing}
        maxlength=${opts.maxlength ?? nothing}
        ?readonly=${v.locked}
        .value=${live(v.text(key, v.stored(line, field)))}
      />${problem ? html`<span class="error" id=${errorId}>${t.problem(problem)}</span>` : nothing}`;
  };
  const vatKey = fieldKey(line.id, 'vatRate');
  const vatProblem = v.problem(vatKey);
  return html`<tr class="line ${p && !p.included ? 'excluded' : ''}" part="line">
    <td class="num">${n}</td>
    <td class="item">${code ? html`<span class="code">${code}</span>` : nothing}${input('description', 0, t.colItem, { maxlength: 500 })}</td>
    <td class="num">${input('quantity', 1, t.colQty, { numeric: true })}</td>
    <td>${free ? input('unit', 2, t.colUnit, { maxlength: 30 }) : line.unit}</td>
    <td class="num">${free ? input('unitPrice', 3, t.colListPrice, { numeric: true }) : f.money(line.unitPrice)}</td>
    <td class="num">${
      free
        ? html`<select
            data-line=${line.id}
            data-field="vatRate"
            data-row=${index}
            data-col="4"
            aria-label=${t.cell(t.colVat, n, name)}
            aria-invalid=${vatProblem ? 'true' : 'false'}
            ?disabled=${v.locked}
          >
            ${v.vatRates.map((r) => html`<option value=${r} ?selected=${r === line.vatRate}>${r}%</option>`)}
          </select>`
        : `${line.vatRate}%`
    }</td>
    <td class="num">${input('lineDiscount', 5, t.colDiscount, { numeric: true })}</td>
    <td class="num">${
      p
        ? html`${p.finalUnitPrice === null ? '–' : f.money(p.finalUnitPrice)}${
            line.lineDiscount && p.suggestedUnitPrice !== null
              ? html`<span class="suggested">${t.suggested(f.money(p.suggestedUnitPrice))}</span>`
              : nothing
          }`
        : '–'
    }</td>
    <td class="num amount">${p ? f.money(p.finalAmount) : '–'}${
      line.optional
        ? html`<label class="include"><input
            type="checkbox"
            data-line=${line.id}
            data-field="selected"
            .checked=${live(line.selected === true)}
            ?disabled=${v.locked}
            aria-label=${t.include(name)}
          /><span aria-hidden="true">${t.optionalTag}</span></label>`
        : nothing
    }</td>
    <td class="num">${p ? (p.margin === null ? '–' : f.percent(p.marginPercent)) : '–'}</td>
    <td class="row-actions">
      <button type="button" data-action="working" data-line=${line.id} aria-expanded=${v.expanded.has(line.id) ? 'true' : 'false'}
        aria-controls=${v.expanded.has(line.id) ? `working-${line.id}` : nothing} aria-label=${t.showWorking(name)} title=${t.showWorking(name)}>ƒ</button>
      <button type="button" data-action="up" data-line=${line.id} ?disabled=${v.locked || index === 0} aria-label=${t.moveUp(name)} title=${t.moveUp(name)}>↑</button>
      <button type="button" data-action="down" data-line=${line.id} ?disabled=${v.locked || index === v.lines.length - 1} aria-label=${t.moveDown(name)} title=${t.moveDown(name)}>↓</button>
      <button type="button" data-action="remove" data-line=${line.id} ?disabled=${v.locked} aria-label=${t.remove(name)} title=${t.remove(name)}>✕</button>
    </td>
  </tr>`;
}

/** The explanation of one line: list, each discount step with its margin, tax, gross; plus group and optional. */
function renderWorking(v: LinesView, line: QuoteLine, p: PricedLine): TemplateResult {
  const { t, f } = v;
  const name = line.description;
  const margin = (m: number | null, pct: number | null) =>
    m === null ? t.noMargin : `${f.money(m)}${f.paren(f.percent(pct))}`;
  return html`<tr class="working-row" id="working-${line.id}">
    <td></td>
    <td colspan=${COLUMNS - 1}>
      <table class="working" aria-label=${t.working(name)}>
        <thead>
          <tr><th scope="col">${t.step}</th><th scope="col">${t.stepInput}</th><th scope="col">${t.stepDiscount}</th><th scope="col">${t.stepOutput}</th><th scope="col">${t.stepMargin}</th></tr>
        </thead>
        <tbody>
          <tr><th scope="row">${t.stepList}${f.paren(`${line.quantity} × ${f.money(line.unitPrice)}`)}</th><td></td><td></td>
            <td class="num">${f.money(p.listAmount)}</td><td class="num">${margin(p.listMargin, listMarginPercent(p))}</td></tr>
          ${p.steps.map(
            (s) => html`<tr class="step step-${s.kind}">
              <th scope="row">${t.kinds[s.kind]} ${s.percent}%${
                s.bands
                  ? html`<span class="bands">${t.bands}${f.colon}${joinClauses(
                      s.bands.map((b) => t.band(b.from, b.to, b.percent, b.base)),
                      f.locale,
                    )}</span>`
                  : nothing
              }</th>
              <td class="num">${f.money(s.input)}</td>
              <td class="num">−${f.money(s.discount)}</td>
              <td class="num">${f.money(s.output)}</td>
              <td class="num">${margin(s.marginAfter, s.marginPercentAfter)}</td>
            </tr>`,
          )}
          <tr class="step step-tax"><th scope="row">${t.stepTax(line.vatRate)}</th><td class="num">${f.money(p.net)}</td><td></td>
            <td class="num">${f.money(p.tax)}</td><td></td></tr>
          <tr class="step step-gross"><th scope="row">${t.stepGross}</th><td></td><td></td><td class="num">${f.money(p.gross)}</td>
            <td class="num">${margin(p.margin, p.marginPercent)}</td></tr>
        </tbody>
      </table>
      <div class="line-options">
        <label>${t.group(name)}
          <input type="text" data-line=${line.id} data-field="group" maxlength="100" ?readonly=${v.locked}
            .value=${live(v.text(fieldKey(line.id, 'group'), line.group ?? ''))} /></label>
        <label><input type="checkbox" data-line=${line.id} data-field="optional" .checked=${live(line.optional === true)}
          ?disabled=${v.locked} /> ${t.optional(name)}</label>
      </div>
    </td>
  </tr>`;
}

/** Margin percent at list price (the engine gives it per step; at list price the net is margin + cost). */
function listMarginPercent(p: PricedLine): number | null {
  return p.listMargin === null || p.costAmount === null ? null : percentOf(p.listMargin, p.listMargin + p.costAmount);
}
