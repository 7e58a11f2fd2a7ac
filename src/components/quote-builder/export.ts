/** CSV and JSON exports, and the download helper. Money leaves as exact decimal text, never as floats. */
import { toDecimalString } from '../../core/money.js';
import type { PricedQuote } from '../../core/pricing.js';
import type { Quote } from '../../data/model.js';

export const CSV_COLUMNS = [
  'line',
  'group',
  'productId',
  'description',
  'quantity',
  'unit',
  'unitPrice',
  'vatRate',
  'lineDiscount',
  'listAmount',
  'discountAmount',
  'net',
  'tax',
  'gross',
  'optional',
  'included',
  'currency',
  'priceMode',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * How the CSV names its columns and codes: `machine` writes the column keys and raw values (`true`,
 * `tax-excluded`) for programs; labels write the user's language for people (numbers stay exact decimals
 * either way, so a spreadsheet still reads them as numbers).
 */
export interface CsvLabels {
  readonly columns: Readonly<Record<CsvColumn, string>>;
  readonly yes: string;
  readonly no: string;
  readonly modes: Readonly<Record<string, string>>;
}

/**
 * One CSV field: quoted when it holds a comma, quote or line break; text that a spreadsheet would run as a
 * formula (starting with = + - @) is prefixed with an apostrophe.
 */
function field(value: string | number | boolean | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The priced lines as CSV (RFC 4180, CRLF line ends, a header row): machine headers without `labels`. */
export function linesToCsv(priced: PricedQuote, labels?: CsvLabels): string {
  const money = (amount: number) => toDecimalString({ amount, currency: priced.currency });
  const flag = (value: boolean) => (labels ? (value ? labels.yes : labels.no) : value);
  const rows = priced.lines.map((l, i) =>
    [
      i + 1,
      l.group,
      l.productId,
      l.description,
      l.quantity,
      l.unit,
      money(l.unitPrice),
      l.vatRate,
      l.lineDiscount ?? 0,
      money(l.listAmount),
      money(l.discountAmount),
      money(l.net),
      money(l.tax),
      money(l.gross),
      flag(l.optional === true),
      flag(l.included),
      priced.currency,
      labels?.modes[priced.priceMode] ?? priced.priceMode,
    ]
      .map(field)
      .join(','),
  );
  const header = CSV_COLUMNS.map((c) => field(labels ? labels.columns[c] : c)).join(',');
  return [header, ...rows].join('\r\n') + '\r\n';
}

/** The quote record and its pricing, as one JSON document. */
export function quoteToJson(quote: Quote, priced: PricedQuote | null): string {
  return JSON.stringify({ quote, pricing: priced }, null, 2);
}

/** Offers text as a file download (a BOM first for CSV, so spreadsheet programs read UTF-8 Chinese). */
export function download(name: string, type: string, text: string): void {
  const blob = new Blob([type === 'text/csv' ? '\uFEFF' : '', text], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
