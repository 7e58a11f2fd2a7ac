/**
 * What is typed into the builder before it becomes part of the quote, without a DOM: field texts being
 * typed or refused (with their problem), and the unfinished free-text line. Accepted values go to the
 * quote through the controller; refused texts are kept (and saved with the record) until fixed or undone.
 */
import { newId, type Product } from '../../data/model.js';
import { type Parsed, type Problem, parsePercent, parsePrice, parseQuantity, parseVatRate } from './fields.js';
import { fieldKey, type LineField } from './lines-table.js';
import type { QuoteController } from './quote-controller.js';
import {
  type DraftLine,
  type EditorState,
  EMPTY_DRAFT,
  lineFromProduct,
  type QuoteRecord,
  removeLine,
  setLineGroup,
  updateLine,
} from './quote-model.js';

export const DRAFT_FIELDS = ['description', 'quantity', 'unit', 'unitPrice', 'vatRate'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export class QuoteFields {
  /** Field texts being typed or refused, by field key (`<lineId>:<field>`, `draft:<field>`). */
  readonly raw = new Map<string, string>();
  readonly problems = new Map<string, Problem>();
  draft: DraftLine = EMPTY_DRAFT;
  /** Why the last catalog product could not be added. */
  pickerError: Problem | undefined;

  constructor(
    private readonly ctl: QuoteController,
    private readonly maxLineDiscount: () => number,
  ) {}

  private get quote(): QuoteRecord | undefined {
    return this.ctl.quote;
  }

  /** Restores the unfinished line and refused texts a loaded record carries. */
  restore(record: QuoteRecord): void {
    this.raw.clear();
    this.problems.clear();
    const editor = record.editor;
    this.draft = { ...EMPTY_DRAFT, ...editor?.draftLine };
    for (const [key, text] of Object.entries(editor?.invalid ?? {})) this.setField(key, text);
    for (const field of DRAFT_FIELDS) this.checkDraftField(field, false);
  }

  /** What to keep in the saved record: the unfinished line whole, and refused texts of quote fields. */
  editorState(): EditorState | undefined {
    const invalid = Object.fromEntries(
      [...this.problems.keys()].filter((key) => !key.startsWith('draft:')).map((key) => [key, this.raw.get(key) ?? '']),
    );
    const draftTouched = DRAFT_FIELDS.some((f) => this.draft[f] !== EMPTY_DRAFT[f]);
    if (!draftTouched && Object.keys(invalid).length === 0) return undefined;
    return { ...(draftTouched ? { draftLine: this.draft } : {}), ...(Object.keys(invalid).length ? { invalid } : {}) };
  }

  private parseLineField(field: LineField, text: string): Parsed<number | undefined> {
    switch (field) {
      case 'quantity':
        return parseQuantity(text);
      case 'unitPrice':
        return parsePrice(text, this.quote!.currency);
      case 'vatRate':
        return parseVatRate(text);
      case 'lineDiscount':
        // An empty discount field means no manual discount.
        return text.trim() === '' ? { ok: true, value: undefined } : parsePercent(text, this.maxLineDiscount());
      default:
        return { ok: true, value: undefined };
    }
  }

  /** Records typed text for a field key and whether it is acceptable; returns the parsed value. */
  private setField(key: string, text: string): Parsed<number | undefined> {
    const [owner, field] = key.split(/:(?=[^:]*$)/) as [string, string];
    this.raw.set(key, text);
    const parsed =
      owner === 'draft'
        ? this.parseDraft(field as DraftField, text, false)
        : this.parseLineField(field as LineField, text);
    if (parsed.ok) this.problems.delete(key);
    else this.problems.set(key, parsed.problem);
    return parsed;
  }

  /** Text typed into a line's cell: accepted values edit the quote at once, refused ones wait with a problem. */
  lineInput(lineId: string, field: LineField | 'group', text: string): void {
    const quote = this.quote;
    if (!quote || this.ctl.readOnly) return;
    const key = fieldKey(lineId, field);
    if (field === 'group') {
      this.raw.set(key, text);
      return;
    }
    if (field === 'description' || field === 'unit') {
      this.raw.set(key, text);
      this.ctl.edit(updateLine(quote, lineId, { [field]: text }));
      return;
    }
    const parsed = this.setField(key, text);
    if (parsed.ok) this.ctl.edit(updateLine(quote, lineId, { [field]: parsed.value }));
    else this.ctl.touch();
  }

  /** Moves a line into a group (from the group field's change). */
  setGroup(lineId: string, group: string): void {
    if (!this.quote || this.ctl.readOnly) return;
    this.raw.delete(fieldKey(lineId, 'group'));
    this.ctl.edit(setLineGroup(this.quote, lineId, group));
  }

  /** Leaving a field: accepted text shows in its stored form again; refused text stays with its message. */
  fieldDone(key: string): boolean {
    if (!this.raw.has(key) || this.problems.has(key)) return false;
    this.raw.delete(key);
    return true;
  }

  /** Escape: the field goes back to the stored value. */
  fieldRevert(key: string): void {
    const hadProblem = this.problems.delete(key);
    this.raw.delete(key);
    if (hadProblem) this.ctl.touch();
  }

  removeLine(lineId: string): void {
    if (!this.quote || this.ctl.readOnly) return;
    for (const key of [...this.raw.keys()]) if (key.startsWith(`${lineId}:`)) this.raw.delete(key);
    for (const key of [...this.problems.keys()]) if (key.startsWith(`${lineId}:`)) this.problems.delete(key);
    this.ctl.edit(removeLine(this.quote, lineId));
  }

  setPriceMode(mode: Parameters<QuoteController['setPriceMode']>[0]): void {
    const lines = this.quote?.lines ?? [];
    if (!this.ctl.setPriceMode(mode)) return;
    // Prices were converted: any price typed in the old mode no longer applies.
    for (const line of lines) {
      this.raw.delete(fieldKey(line.id, 'unitPrice'));
      this.problems.delete(fieldKey(line.id, 'unitPrice'));
    }
  }

  setCurrency(currency: string): void {
    if (!this.quote || this.quote.lines.length > 0) return;
    this.ctl.edit({ ...this.quote, currency });
    this.checkDraftField('unitPrice', false);
  }

  /** Adds a catalog product as a line; false (with `pickerError`) when its currency differs from the quote's. */
  addProduct(product: Product): boolean {
    const quote = this.quote;
    if (!quote || this.ctl.readOnly) return false;
    if (product.currency !== quote.currency) {
      this.pickerError = { code: 'currency', currency: product.currency, quoteCurrency: quote.currency };
      this.ctl.touch();
      return false;
    }
    this.pickerError = undefined;
    this.ctl.edit({ ...quote, lines: [...quote.lines, lineFromProduct(product, quote.priceMode)] });
    return true;
  }

  private parseDraft(field: DraftField, text: string, required: boolean): Parsed<number | undefined> {
    const empty = text.trim() === '';
    if (empty && !required) return { ok: true, value: undefined };
    switch (field) {
      case 'quantity':
        return parseQuantity(text);
      case 'unitPrice':
        return parsePrice(text, this.quote?.currency ?? 'CNY');
      case 'vatRate':
        return parseVatRate(text);
      case 'description':
        return empty ? { ok: false, problem: { code: 'required' } } : { ok: true, value: undefined };
      case 'unit':
        return { ok: true, value: undefined };
    }
  }

  /** Validates one field of the unfinished line; `required` when the person tries to add it. */
  private checkDraftField(field: DraftField, required: boolean): Parsed<number | undefined> {
    const key = `draft:${field}`;
    const parsed = this.parseDraft(field, this.draft[field], required);
    if (parsed.ok) this.problems.delete(key);
    else this.problems.set(key, parsed.problem);
    return parsed;
  }

  draftInput(field: DraftField, text: string): void {
    this.draft = { ...this.draft, [field]: text };
    this.checkDraftField(field, false);
    this.ctl.touch();
  }

  /**
   * Adds the unfinished line to the quote. Returns its description, or the first field that is not
   * acceptable (the element focuses it).
   */
  addDraftLine(): { added: string } | { invalid: DraftField } | undefined {
    const quote = this.quote;
    if (!quote || this.ctl.readOnly) return undefined;
    const results = Object.fromEntries(DRAFT_FIELDS.map((f) => [f, this.checkDraftField(f, true)])) as Record<
      DraftField,
      Parsed<number | undefined>
    >;
    const firstBad = DRAFT_FIELDS.find((f) => !results[f].ok);
    if (firstBad) {
      this.ctl.touch();
      return { invalid: firstBad };
    }
    const value = (f: DraftField) => (results[f] as { value: number }).value;
    const unit = this.draft.unit.trim();
    const line = {
      id: `ql-${newId()}`,
      description: this.draft.description.trim(),
      quantity: value('quantity'),
      ...(unit ? { unit } : {}),
      unitPrice: value('unitPrice'),
      vatRate: value('vatRate'),
    };
    this.draft = EMPTY_DRAFT;
    this.ctl.edit({ ...quote, lines: [...quote.lines, line] });
    return { added: line.description };
  }
}
