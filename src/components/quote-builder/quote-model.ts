/**
 * Pure operations on the stored quote record the builder edits. The builder keeps a few extra fields in
 * the record (the data model keeps unknown fields): the unfinished line and refused field texts, so a
 * reload restores exactly what was on screen, and the links between versions.
 */
import type { QuoteStatus } from '../../core/approvals.js';
import { type PriceMode, type QuoteInput, toTaxIncluded } from '../../core/pricing.js';
import { quotePricingInput } from '../../data/guards.js';
import { newId, type Product, type Quote, type QuoteLine } from '../../data/model.js';

/** The free-text line being composed, as typed (strings), before it is added. */
export interface DraftLine {
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  vatRate: string;
}

/** What is on screen but not (yet) part of the quote. */
export interface EditorState {
  draftLine?: DraftLine;
  /** Refused field texts by field key (`<lineId>:<field>`, `draft:<field>`). */
  invalid?: Record<string, string>;
}

export type QuoteRecord = Quote & {
  editor?: EditorState;
  /** The version this one was made from (save as new version). */
  previousRevisionId?: string;
  /** The newer version that replaced this one; a superseded quote is read-only. */
  supersededBy?: string;
};

export const EMPTY_DRAFT: DraftLine = { description: '', quantity: '1', unit: '', unitPrice: '', vatRate: '' };

/** Statuses in which the quote can no longer change (a new version is the way to revise it). */
export const FINAL_STATUSES: readonly QuoteStatus[] = ['accepted', 'ordered', 'expired'];
/** Statuses an edit of a priced field sends back to draft (the store applies the same rule). */
export { REOPENED_BY_EDIT } from '../../data/guards.js';

export function newQuote(id: string, customerId: string, currency: string, by: string, at: string): QuoteRecord {
  return {
    id,
    customerId,
    revision: 1,
    status: 'draft',
    currency,
    priceMode: 'tax-excluded',
    lines: [],
    history: [{ to: 'draft', by, at }],
  };
}

/** A line for a catalog product: its list price in the quote's price mode, its cost and category for margins. */
export function lineFromProduct(product: Product, priceMode: PriceMode): QuoteLine {
  const unitPrice = priceMode === 'tax-included' ? toTaxIncluded(product.price, product.vatRate) : product.price;
  return {
    id: `ql-${newId()}`,
    productId: product.id,
    description: product.name,
    quantity: 1,
    ...(product.unit ? { unit: product.unit } : {}),
    unitPrice,
    vatRate: product.vatRate,
    ...(product.cost !== undefined ? { cost: product.cost } : {}),
    ...(product.category ? { category: product.category } : {}),
  };
}

export function updateLine(quote: QuoteRecord, lineId: string, patch: Partial<QuoteLine>): QuoteRecord {
  return { ...quote, lines: quote.lines.map((l) => (l.id === lineId ? withoutUndefined({ ...l, ...patch }) : l)) };
}

export function removeLine(quote: QuoteRecord, lineId: string): QuoteRecord {
  return { ...quote, lines: quote.lines.filter((l) => l.id !== lineId) };
}

/** Moves a line one place up (-1) or down (+1); out of range is a no-op. */
export function moveLine(quote: QuoteRecord, lineId: string, by: -1 | 1): QuoteRecord {
  const from = quote.lines.findIndex((l) => l.id === lineId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= quote.lines.length) return quote;
  const lines = [...quote.lines];
  [lines[from], lines[to]] = [lines[to]!, lines[from]!];
  return { ...quote, lines };
}

/**
 * Puts a line into a group: it moves right after the group's last line, so each group stays one block
 * with one header and one subtotal. An empty name takes the line out of its group.
 */
export function setLineGroup(quote: QuoteRecord, lineId: string, group: string): QuoteRecord {
  const name = group.trim();
  const line = quote.lines.find((l) => l.id === lineId);
  if (!line) return quote;
  const updated = withoutUndefined({ ...line, group: name || undefined });
  const rest = quote.lines.filter((l) => l.id !== lineId);
  const last = name ? rest.findLastIndex((l) => l.group === name) : -1;
  if (last < 0) return { ...quote, lines: quote.lines.map((l) => (l.id === lineId ? updated : l)) };
  rest.splice(last + 1, 0, updated);
  return { ...quote, lines: rest };
}

/** Consecutive lines of the same group form a block (ungrouped lines form blocks without a name). */
export interface LineBlock<L> {
  readonly group: string | undefined;
  readonly items: readonly { readonly line: L; readonly index: number }[];
}

export function blocksOf<L extends { group?: string }>(lines: readonly L[]): LineBlock<L>[] {
  const blocks: { group: string | undefined; items: { line: L; index: number }[] }[] = [];
  lines.forEach((line, index) => {
    const group = line.group || undefined;
    const last = blocks.at(-1);
    if (last && last.group === group) last.items.push({ line, index });
    else blocks.push({ group, items: [{ line, index }] });
  });
  return blocks;
}

/** The quote as the pricing engine reads it (the same input the store's guard prices). */
export function pricingInput(quote: QuoteRecord, date: string): QuoteInput {
  return quotePricingInput(quote, date);
}

/** The quote without the builder's screen state: what forms, exports and events carry. */
export function publicQuote(quote: QuoteRecord): Quote {
  const { editor: _editor, ...rest } = quote;
  return rest;
}

/** A new draft version of a quote: same lines, revision + 1, fresh history and approvals, linked back. */
export function nextVersion(quote: QuoteRecord, id: string, by: string, at: string, comment: string): QuoteRecord {
  const { editor, supersededBy: _s, approvals: _a, createdAt: _c, updatedAt: _u, ...rest } = quote;
  return {
    ...rest,
    ...(editor ? { editor } : {}),
    id,
    revision: (quote.revision ?? 1) + 1,
    status: 'draft',
    previousRevisionId: quote.id,
    history: [{ to: 'draft', by, at, comment }],
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
