import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  type Approval,
  type ApprovalStatus,
  approvalStatus,
  approveQuote,
  type Order,
  type QuoteTransition,
  quoteToOrder,
  transitionQuote,
} from '../../core/approvals.js';
import { isCrmCoreError } from '../../core/errors.js';
import { toDecimalString } from '../../core/money.js';
import { convertPriceMode, type PricedQuote, type PriceMode, priceQuote } from '../../core/pricing.js';
import { type Customer, newId, type Product, type Quote } from '../../data/model.js';
import type { NewRecord } from '../../data/repository.js';
import type { CrmStore } from '../../data/store.js';
import { CrmElement } from '../../internal/crm-element.js';
import { LiveDataController } from '../../internal/store-context.js';
import '../tier-badge/tier-badge.js';
import { type ActionState, actionStates, approverState } from './actions.js';
import { levelName, renderActions, renderApproval, renderHistory } from './approval-panel.js';
import { CatalogPicker } from './catalog-picker.js';
import { download, linesToCsv, quoteToJson } from './export.js';
import { type Parsed, type Problem, parsePercent, parsePrice, parseQuantity, parseVatRate } from './fields.js';
import { type Formatter, formatter } from './format.js';
import { fieldKey, type LineField, type LinesView, renderLinesTable } from './lines-table.js';
import { AutosaveController, saveQuote } from './persistence.js';
import { type QuoteBuilderPolicy, readPolicyScript, resolvePolicy } from './policy.js';
import { renderPrint } from './print-view.js';
import { type ActionReason, type QuoteBuilderStrings, quoteBuilderStrings } from './quote-builder.strings.js';
import { quoteBuilderStyles } from './quote-builder.styles.js';
import {
  type DraftLine,
  type EditorState,
  EMPTY_DRAFT,
  FINAL_STATUSES,
  lineFromProduct,
  moveLine,
  newQuote,
  nextVersion,
  pricingInput,
  publicQuote,
  type QuoteRecord,
  REOPENED_BY_EDIT,
  removeLine,
  setLineGroup,
  updateLine,
} from './quote-model.js';
import { renderTotals } from './totals.js';

export type { QuoteBuilderPolicy } from './policy.js';
export { DEFAULT_QUOTE_POLICY } from './policy.js';

/** Who is working: the page supplies it. `role` is an approval level (e.g. `supervisor`) for approvers. */
export interface QuoteUser {
  name: string;
  role?: string;
}

export interface QuoteChangeDetail {
  quote: Quote;
  priced: PricedQuote | null;
  approval: ApprovalStatus | null;
  reason: 'edit' | 'transition' | 'approve' | 'reject' | 'reset' | 'reload';
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-quote-builder': CrmQuoteBuilder;
  }
  interface GlobalEventHandlersEventMap {
    'crm-quote-change': CustomEvent<QuoteChangeDetail>;
    'crm-quote-save': CustomEvent<{ quote: Quote }>;
    'crm-quote-conflict': CustomEvent<{ mine: Quote; theirs: Quote }>;
    'crm-quote-submit': CustomEvent<{ quote: Quote; approval: ApprovalStatus }>;
    'crm-quote-approve': CustomEvent<{ quote: Quote; level: string; by: string; comment?: string; complete: boolean }>;
    'crm-quote-reject': CustomEvent<{ quote: Quote; by: string; comment?: string; source: 'approver' | 'customer' }>;
    'crm-order-create': CustomEvent<{ order: Order; quote: Quote }>;
  }
}

type HeaderField = 'validUntil' | 'paymentTerms' | 'notes';
const DRAFT_FIELDS = ['description', 'quantity', 'unit', 'unitPrice', 'vatRate'] as const;
type DraftField = (typeof DRAFT_FIELDS)[number];

interface PriceState {
  priced: PricedQuote | null;
  approval: ApprovalStatus | null;
  pricingError: string | null;
}

const nowIso = () => new Date().toISOString();
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * @tag crm-quote-builder
 * @summary Builds, prices, approves and sends a quote: exact to the fen, saved as you type, approvals bound
 * to what was approved.
 *
 * Opens `quote-id`, or starts a new quote for `customer-id`. Every edit re-prices through the core engine
 * (`priceQuote`), shows each line's working, the approval levels it needs and the totals; any edit of a priced
 * field after approval sends the quote back to draft. Autosaves to IndexedDB; another tab's save is never
 * overwritten silently. Form-associated: inside a `<form>` it submits the quote JSON under its `name`.
 *
 * The policy can also come from a `<script type="application/json">` child (same shape as `policy`).
 *
 * @slot company - Your letterhead, shown at the top of the printed quote.
 *
 * @csspart header - The quote details (customer, currency, validity, price mode, payment terms).
 * @csspart lines - The lines table.
 * @csspart line - One line row.
 * @csspart group-head - A group header row.
 * @csspart group-subtotal - A group subtotal row.
 * @csspart picker - The catalog search.
 * @csspart draft-line - The free-text line form.
 * @csspart totals - The totals table.
 * @csspart approval - The approval panel.
 * @csspart invalidated - The notice that an edit invalidated the approval.
 * @csspart stale - The list of approvals that no longer count.
 * @csspart actions - The life-cycle action bar.
 * @csspart button - Every action button.
 * @csspart history - The transition history.
 * @csspart notice - Notices (conflict, save errors, read-only).
 * @csspart status - The status line (quote status, save state).
 * @csspart print - The printed document.
 *
 * @cssprop --crm-quote-accent - Accent colour (buttons, focus, grand total).
 * @cssprop --crm-quote-border - Border colour of tables and panels.
 * @cssprop --crm-quote-muted - Muted text (hints, reasons).
 * @cssprop --crm-quote-font-size - Base font size.
 * @cssprop --crm-color-danger - Error text and invalid borders.
 * @cssprop --crm-color-warning-bg - Background of notices.
 * @cssprop --crm-color-warning-text - Text of notices.
 *
 * @fires crm-quote-change - The quote changed (edit, transition, approval, reset, reload): `{ quote, priced, approval, reason }`.
 * @fires crm-quote-save - The quote was saved to the store: `{ quote }`.
 * @fires crm-quote-conflict - Another tab saved the quote since this one loaded it: `{ mine, theirs }`.
 * @fires crm-quote-submit - Submitted for approval (or approved outright when none is needed): `{ quote, approval }`.
 * @fires crm-quote-approve - An approver signed one level: `{ quote, level, by, comment?, complete }`.
 * @fires crm-quote-reject - Rejected by an approver or declined by the customer: `{ quote, by, comment?, source }`.
 * @fires crm-order-create - An accepted quote became an order (written to `store.orders`): `{ order, quote }`.
 */
export class CrmQuoteBuilder extends CrmElement {
  static override styles = [CrmElement.styles, quoteBuilderStyles];
  static formAssociated = true;

  /** The customer a new quote is for (ignored when `quote-id` names an existing quote). */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /** The quote to open; a new quote's generated id is written back here. */
  @property({ attribute: 'quote-id', reflect: true }) quoteId?: string;

  /** Form field name: inside a `<form>`, the quote JSON is submitted under it. */
  @property({ reflect: true }) name?: string;

  /** Inside a form: invalid while the quote has no line in its total. */
  @property({ type: Boolean }) required = false;

  /** `print` shows the printed document on screen instead of the editor (a print preview). */
  @property({ reflect: true }) view: 'edit' | 'print' = 'edit';

  /** Pricing date `YYYY-MM-DD` for dated promotions; default today. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** Milliseconds of quiet before an autosave. */
  @property({ type: Number, attribute: 'autosave-delay' }) autosaveDelay = 500;

  /** The person working, supplied by the page: `{ name, role }`; `role` is an approval level for approvers. */
  @property({ attribute: false }) currentUser?: QuoteUser;

  /**
   * Pricing rules, approval thresholds, line-discount limit, VAT table, payment terms and currencies. Each part
   * given replaces the default part; a `<script type="application/json">` child is read the same way (the
   * property wins).
   */
  @property({ attribute: false }) policy?: Partial<QuoteBuilderPolicy>;

  /** A store to use instead of the one provided by context. */
  @property({ attribute: false }) store?: CrmStore;

  @state() private quote: QuoteRecord | undefined;
  @state() private priced: PricedQuote | null = null;
  @state() private approval: ApprovalStatus | null = null;
  @state() private pricingError: string | null = null;
  @state() private draft: DraftLine = EMPTY_DRAFT;
  @state() private expanded = new Set<string>();
  @state() private comment = '';
  @state() private invalidated = false;
  @state() private conflict: QuoteRecord | undefined;
  @state() private message = '';
  @state() private saveState: 'idle' | 'unsaved' | 'saving' | 'saved' | 'error' = 'idle';
  @state() private savedAt: string | undefined;
  @state() private saveError: string | undefined;
  @state() private pickerError: Problem | undefined;
  @state() private formDisabled = false;
  @state() private printing = false;
  @state() private scriptPolicy: Partial<QuoteBuilderPolicy> | undefined;
  @state() private policyError: string | undefined;

  /** Field texts being typed or refused, by field key; refused ones carry a problem. */
  private readonly raw = new Map<string, string>();
  private readonly problems = new Map<string, Problem>();
  private readonly internals: ElementInternals;
  private baseUpdatedAt: string | undefined;
  private dirty = false;
  private editCount = 0;
  private saving = false;
  private forceSave = false;
  private initialRecord: QuoteRecord | undefined;
  private lastSeen: unknown;
  private effectivePolicy: QuoteBuilderPolicy = resolvePolicy();
  private pricedWith = '';

  private readonly quoteData = new LiveDataController(this, {
    args: () => [this.quoteId] as const,
    skip: (id) => !id,
    query: async (store, id) => ({ id: id!, record: (await store.quotes.get(id!)) as QuoteRecord | undefined }),
    store: () => this.store,
  });

  private readonly customerData = new LiveDataController(this, {
    args: () => [this.quote?.customerId ?? this.customerId] as const,
    skip: (id) => !id,
    query: (store, id) => store.customers.get(id!),
    store: () => this.store,
  });

  private readonly productData = new LiveDataController(this, {
    args: (): [] => [],
    query: (store) => store.products.list({ orderBy: 'code' }),
    store: () => this.store,
  });

  private readonly autosave = new AutosaveController(this, {
    delay: () => this.autosaveDelay,
    save: () => this.persist(),
  });

  private readonly picker = new CatalogPicker(this, (product) => this.addProduct(product));

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        this.picker.focus();
      }
    });
  }

  // -------------------------------------------------------------------------------------------
  // Public API

  /** The quote as stored (without the builder's screen state), or undefined while loading. */
  get value(): Quote | undefined {
    return this.quote ? publicQuote(this.quote) : undefined;
  }

  /** The current pricing of the quote (lines with their working, totals), or null if it cannot be priced. */
  get pricing(): PricedQuote | null {
    return this.priced;
  }

  /** The approval status of the current priced quote. */
  get approvalState(): ApprovalStatus | null {
    return this.approval;
  }

  /** Saves now (pending autosave included); resolves when the store has the quote or a conflict was found. */
  save(): Promise<void> {
    return this.autosave.flush();
  }

  /** The lines as CSV text. */
  toCsv(): string {
    return this.priced ? linesToCsv(this.priced) : '';
  }

  /** The quote and its pricing as JSON text. */
  toJson(): string {
    return this.quote ? quoteToJson(publicQuote(this.quote), this.priced) : '';
  }

  /** Prints the quote document (the page's own content prints too unless its print styles hide it). */
  async print(): Promise<void> {
    this.printing = true;
    await this.updateComplete;
    window.print();
    this.printing = false;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formResetCallback(): void {
    const initial = this.initialRecord;
    if (!initial || !this.quote) return;
    this.load({ ...initial, updatedAt: this.quote.updatedAt, createdAt: this.quote.createdAt } as QuoteRecord, false);
    this.changed('reset');
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  // -------------------------------------------------------------------------------------------
  // Life cycle

  private readonly beforePrint = () => {
    this.printing = true;
    // Render the document now: the browser lays the page out for printing right after this event.
    this.performUpdate();
  };
  private readonly afterPrint = () => {
    this.printing = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
    try {
      this.scriptPolicy = readPolicyScript(this);
      this.policyError = undefined;
    } catch (error) {
      this.policyError = errorText(error);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('policy') || changed.has('scriptPolicy' as keyof CrmQuoteBuilder)) {
      this.effectivePolicy = resolvePolicy(this.scriptPolicy, this.policy);
    }
    if (changed.has('quoteId') && this.quote && this.quote.id !== this.quoteId) this.leaveQuote();
    this.syncFromStore();
    // Re-price when something outside the quote changed: the customer's tier, the policy, the date.
    const key = `${this.customerData.value?.tier ?? ''}|${this.today}`;
    if (
      this.quote &&
      (key !== this.pricedWith || changed.has('policy') || changed.has('scriptPolicy' as keyof CrmQuoteBuilder))
    ) {
      this.pricedWith = key;
      this.reprice();
    }
  }

  private get today(): string {
    return this.asOf ?? localToday();
  }

  private get t(): QuoteBuilderStrings {
    return this.localize.strings(quoteBuilderStrings);
  }

  private get actor(): string {
    return this.currentUser?.name?.trim() || this.t.editorUnknownUser;
  }

  private get locked(): boolean {
    const q = this.quote;
    return !q || FINAL_STATUSES.includes(q.status) || !!q.supersededBy || this.formDisabled;
  }

  // -------------------------------------------------------------------------------------------
  // Loading, pricing, saving

  /** Adopts what the store says: the first load, a new quote, or another tab's save. */
  private syncFromStore(): void {
    const data = this.quoteData.value;
    if (!this.quoteId) {
      this.startNewQuote(`q-${newId()}`);
      return;
    }
    if (this.quoteData.status !== 'complete' || !data || data.id !== this.quoteId || data === this.lastSeen) return;
    this.lastSeen = data;
    const stored = data.record;
    if (!this.quote || this.quote.id !== data.id) {
      if (stored) this.load(stored, true);
      else this.startNewQuote(data.id);
      return;
    }
    if (!stored || this.saving || stored.updatedAt === this.baseUpdatedAt) return;
    // An echo of an older save of ours arriving late: nothing new.
    if (this.baseUpdatedAt && stored.updatedAt && stored.updatedAt < this.baseUpdatedAt) return;
    if (!this.dirty) {
      this.load(stored, true);
      this.message = this.t.updatedElsewhere;
      this.emit('crm-quote-change', this.changeDetail('reload'));
    } else if (this.conflict?.updatedAt !== stored.updatedAt) {
      this.conflict = stored;
      this.emit('crm-quote-conflict', { mine: publicQuote(this.quote), theirs: publicQuote(stored) });
    }
  }

  /** A new quote for `customer-id`, once the customer is known (its currency becomes the quote's). */
  private startNewQuote(id: string): void {
    if (this.quote || !this.customerId || this.customerData.status !== 'complete') return;
    const customer = this.customerData.value as Customer | undefined;
    if (!customer) return;
    this.quoteId = id;
    this.load(newQuote(id, this.customerId, customer.currency ?? 'CNY', this.actor, nowIso()), true);
    this.baseUpdatedAt = undefined;
  }

  /** Shows a quote record: restores the unfinished line and refused field texts it carries. */
  private load(record: QuoteRecord, fromStore: boolean): void {
    this.quote = record;
    if (fromStore) {
      this.baseUpdatedAt = record.updatedAt;
      this.initialRecord = record;
      this.dirty = false;
      this.conflict = undefined;
      this.saveState = record.updatedAt ? 'saved' : 'idle';
      this.savedAt = record.updatedAt;
    }
    this.raw.clear();
    this.problems.clear();
    const editor = record.editor;
    this.draft = { ...EMPTY_DRAFT, ...editor?.draftLine };
    for (const [key, text] of Object.entries(editor?.invalid ?? {})) this.setField(key, text);
    for (const field of DRAFT_FIELDS) this.checkDraftField(field, false);
    this.invalidated = false;
    this.reprice();
    this.updateForm();
  }

  /** Leaving a quote for another `quote-id`: its unsaved edits are saved first. */
  private leaveQuote(): void {
    const store = this.quoteData.store;
    if (this.dirty && store && this.quote && !this.conflict) {
      void saveQuote(store, this.recordToSave(), this.baseUpdatedAt);
    }
    this.quote = undefined;
    this.lastSeen = undefined;
    this.dirty = false;
  }

  private priceOf(quote: QuoteRecord): PriceState {
    const customer = this.customerData.value as Customer | undefined;
    try {
      const priced = priceQuote(
        pricingInput(quote, this.today),
        this.effectivePolicy.pricing,
        { id: quote.customerId, tier: customer?.tier ?? null },
        { asOf: this.today },
      );
      const approval = approvalStatus(priced, this.effectivePolicy.approval, (quote.approvals ?? []) as Approval[]);
      return { priced, approval, pricingError: null };
    } catch (error) {
      return { priced: null, approval: null, pricingError: errorText(error) };
    }
  }

  private reprice(): void {
    if (!this.quote) return;
    Object.assign(this, this.priceOf(this.quote));
  }

  /**
   * Applies an edit. When it changes what an approval vouched for (the fingerprint), a quote that was pending,
   * approved, sent or rejected goes back to draft, and the approval visibly stops counting.
   */
  private edit(next: QuoteRecord): void {
    if (!this.quote || this.locked) return;
    const before = this.approval;
    const result = this.priceOf(next);
    let quote = next;
    if (before && result.approval?.fingerprint !== before.fingerprint && REOPENED_BY_EDIT.includes(next.status)) {
      quote = transitionQuote(next, 'draft', { by: this.actor, at: nowIso(), comment: this.t.reasonReopened });
      this.invalidated = before.granted.length > 0;
    }
    this.quote = quote;
    Object.assign(this, result);
    this.changed('edit');
  }

  /** A change that goes through the state machine or approvals: saved at once. */
  private commit(next: QuoteRecord, reason: QuoteChangeDetail['reason']): void {
    this.quote = next;
    this.reprice();
    this.changed(reason);
    void this.autosave.flush();
  }

  private changeDetail(reason: QuoteChangeDetail['reason']): QuoteChangeDetail {
    return { quote: publicQuote(this.quote!), priced: this.priced, approval: this.approval, reason };
  }

  private changed(reason: QuoteChangeDetail['reason']): void {
    this.screenChanged();
    this.emit('crm-quote-change', this.changeDetail(reason));
  }

  /** Something worth keeping changed (the quote, or only what is typed on screen): autosave it. */
  private screenChanged(): void {
    this.dirty = true;
    this.editCount++;
    this.saveState = 'unsaved';
    this.autosave.schedule();
    this.updateForm();
    this.requestUpdate();
  }

  private editorState(): EditorState | undefined {
    // The unfinished line is kept whole in draftLine; here only refused texts of quote fields.
    const invalid = Object.fromEntries(
      [...this.problems.keys()].filter((key) => !key.startsWith('draft:')).map((key) => [key, this.raw.get(key) ?? '']),
    );
    const draftTouched = DRAFT_FIELDS.some((f) => this.draft[f] !== EMPTY_DRAFT[f]);
    if (!draftTouched && Object.keys(invalid).length === 0) return undefined;
    return { ...(draftTouched ? { draftLine: this.draft } : {}), ...(Object.keys(invalid).length ? { invalid } : {}) };
  }

  private recordToSave(): QuoteRecord {
    const { editor: _old, ...rest } = this.quote!;
    const editor = this.editorState();
    return editor ? { ...rest, editor } : rest;
  }

  private async persist(): Promise<void> {
    const store = this.quoteData.store;
    if (!store || !this.quote || !this.dirty || (this.conflict && !this.forceSave)) return;
    const editsAtStart = this.editCount;
    const force = this.forceSave;
    this.forceSave = false;
    this.saving = true;
    this.saveState = 'saving';
    try {
      const result = await saveQuote(store, this.recordToSave(), this.baseUpdatedAt, force);
      if (result.status === 'conflict') {
        this.conflict = result.theirs;
        this.saveState = 'unsaved';
        this.emit('crm-quote-conflict', { mine: publicQuote(this.quote), theirs: publicQuote(result.theirs) });
        return;
      }
      const { createdAt, updatedAt } = result.record;
      this.baseUpdatedAt = updatedAt;
      if (this.quote.id === result.record.id) this.quote = { ...this.quote, createdAt, updatedAt };
      if (this.editCount === editsAtStart) this.dirty = false;
      this.saveState = this.dirty ? 'unsaved' : 'saved';
      this.savedAt = updatedAt;
      this.saveError = undefined;
      this.emit('crm-quote-save', { quote: publicQuote(result.record) });
    } catch (error) {
      this.saveState = 'error';
      this.saveError = errorText(error);
    } finally {
      this.saving = false;
      // Look at the store's latest copy again now that this save's own echo can be told apart.
      this.lastSeen = undefined;
      this.requestUpdate();
    }
  }

  private resolveConflict(keep: 'mine' | 'theirs'): void {
    const theirs = this.conflict;
    if (!theirs) return;
    if (keep === 'theirs') {
      this.load(theirs, true);
      this.emit('crm-quote-change', this.changeDetail('reload'));
      return;
    }
    this.conflict = undefined;
    this.baseUpdatedAt = theirs.updatedAt;
    this.forceSave = true;
    this.dirty = true;
    void this.autosave.flush();
  }

  private updateForm(): void {
    const t = this.t;
    this.internals.setFormValue(this.quote ? JSON.stringify(publicQuote(this.quote)) : null);
    const included = this.priced?.lines.filter((l) => l.included).length ?? 0;
    if (this.problems.size > 0) this.internals.setValidity({ customError: true }, t.fixFields);
    else if (this.required && included === 0) this.internals.setValidity({ valueMissing: true }, t.linesRequired);
    else this.internals.setValidity({});
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('required') || changed.has('lang')) this.updateForm();
  }

  // -------------------------------------------------------------------------------------------
  // Field editing

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
        return text.trim() === ''
          ? { ok: true, value: undefined }
          : parsePercent(text, this.effectivePolicy.maxLineDiscount);
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

  private lineInput(lineId: string, field: LineField | 'group', text: string): void {
    const quote = this.quote;
    if (!quote || this.locked) return;
    const key = fieldKey(lineId, field);
    if (field === 'group') {
      this.raw.set(key, text);
      this.requestUpdate();
      return;
    }
    if (field === 'description' || field === 'unit') {
      this.raw.set(key, text);
      this.edit(updateLine(quote, lineId, { [field]: text }));
      return;
    }
    const parsed = this.setField(key, text);
    if (parsed.ok) this.edit(updateLine(quote, lineId, { [field]: parsed.value }));
    else this.screenChanged();
  }

  /** Leaving a field: accepted text shows in its stored form again; refused text stays with its message. */
  private fieldDone(key: string): void {
    if (this.raw.has(key) && !this.problems.has(key)) {
      this.raw.delete(key);
      this.requestUpdate();
    }
  }

  /** Escape: the field goes back to the stored value. */
  private fieldRevert(key: string): void {
    const hadProblem = this.problems.delete(key);
    this.raw.delete(key);
    if (hadProblem) this.screenChanged();
    else this.requestUpdate();
  }

  private forgetLine(lineId: string): void {
    for (const key of [...this.raw.keys()]) if (key.startsWith(`${lineId}:`)) this.raw.delete(key);
    for (const key of [...this.problems.keys()]) if (key.startsWith(`${lineId}:`)) this.problems.delete(key);
    this.expanded.delete(lineId);
  }

  private readonly tableEvents = {
    input: (event: Event) => {
      const el = event.target as HTMLInputElement;
      const { line, field } = el.dataset;
      if (line && field && el.type !== 'checkbox') this.lineInput(line, field as LineField, el.value);
    },
    change: (event: Event) => {
      const el = event.target as HTMLInputElement | HTMLSelectElement;
      const { line, field } = el.dataset;
      if (!line || !field || !this.quote || this.locked) return;
      if (el instanceof HTMLInputElement && el.type === 'checkbox') {
        const patch =
          field === 'optional' ? { optional: el.checked || undefined, selected: undefined } : { selected: el.checked };
        this.edit(updateLine(this.quote, line, patch));
      } else if (field === 'vatRate') {
        this.lineInput(line, 'vatRate', el.value);
      } else if (field === 'group') {
        this.raw.delete(fieldKey(line, 'group'));
        this.edit(setLineGroup(this.quote, line, el.value));
      }
    },
    focusout: (event: Event) => {
      const { line, field } = (event.target as HTMLElement).dataset;
      if (line && field && field !== 'group') this.fieldDone(fieldKey(line, field));
    },
    click: (event: Event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
      const line = button?.dataset.line;
      if (!button || !line || !this.quote) return;
      const current = this.quote.lines.find((l) => l.id === line);
      switch (button.dataset.action) {
        case 'working':
          if (this.expanded.has(line)) this.expanded.delete(line);
          else this.expanded.add(line);
          this.expanded = new Set(this.expanded);
          break;
        case 'up':
        case 'down':
          this.edit(moveLine(this.quote, line, button.dataset.action === 'up' ? -1 : 1));
          break;
        case 'remove':
          this.forgetLine(line);
          this.edit(removeLine(this.quote, line));
          this.message = this.t.removed(current?.description ?? '');
          break;
      }
    },
    keydown: (event: KeyboardEvent) => this.cellKey(event),
  };

  /** Sheet-like keys inside the lines table. */
  private cellKey(event: KeyboardEvent): void {
    const el = event.target as HTMLInputElement;
    const { row, col, line, field } = el.dataset;
    if (row === undefined || col === undefined || !line || !field) return;
    const r = Number(row);
    const c = Number(col);
    const key = fieldKey(line, field);
    const isText = el instanceof HTMLInputElement;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const by = event.key === 'ArrowUp' ? -1 : 1;
      if (this.quote && !this.locked) {
        this.edit(moveLine(this.quote, line, by));
        void this.updateComplete.then(() => this.focusCell(r + by, c, by));
      }
    } else if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && isText) {
      event.preventDefault();
      this.focusCell(r + (event.key === 'ArrowUp' ? -1 : 1), c, event.key === 'ArrowUp' ? -1 : 1);
    } else if (event.key === 'Enter' && isText) {
      event.preventDefault();
      this.fieldDone(key);
      if (!this.focusCell(r + 1, c, 1)) this.picker.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.fieldRevert(key);
    } else if (isText && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      const atStart = el.selectionStart === 0 && el.selectionEnd === 0;
      const atEnd = el.selectionStart === el.value.length;
      if ((event.key === 'ArrowLeft' && atStart) || (event.key === 'ArrowRight' && atEnd)) {
        const step = event.key === 'ArrowLeft' ? -1 : 1;
        for (let next = c + step; next >= 0 && next <= 5; next += step) {
          const cell = this.cell(r, next);
          if (cell) {
            event.preventDefault();
            cell.focus();
            break;
          }
        }
      }
    }
  }

  private cell(row: number, col: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`);
  }

  /** Focuses the cell of column `col` in `row`, or the nearest row further in `direction` that has one. */
  private focusCell(row: number, col: number, direction: -1 | 1): boolean {
    const count = this.quote?.lines.length ?? 0;
    for (let r = row; r >= 0 && r < count; r += direction) {
      const cell = this.cell(r, col);
      if (cell) {
        cell.focus();
        if (cell instanceof HTMLInputElement) cell.select();
        return true;
      }
    }
    return false;
  }

  private headerInput(field: HeaderField, value: string): void {
    if (!this.quote) return;
    const next = { ...this.quote };
    if (value === '') delete next[field];
    else next[field] = value;
    this.edit(next);
  }

  private setPriceMode(mode: PriceMode): void {
    if (!this.quote || mode === this.quote.priceMode) return;
    try {
      const converted = convertPriceMode(this.quote, mode, this.effectivePolicy.pricing.rounding);
      for (const line of this.quote.lines) this.fieldRevertSilently(fieldKey(line.id, 'unitPrice'));
      this.edit(converted);
    } catch (error) {
      this.message = errorText(error);
    }
  }

  private fieldRevertSilently(key: string): void {
    this.raw.delete(key);
    this.problems.delete(key);
  }

  private setCurrency(currency: string): void {
    if (!this.quote || this.quote.lines.length > 0) return;
    this.edit({ ...this.quote, currency });
    this.checkDraftField('unitPrice', false);
  }

  // -------------------------------------------------------------------------------------------
  // Adding lines

  private addProduct(product: Product): void {
    const quote = this.quote;
    if (!quote || this.locked) return;
    if (product.currency !== quote.currency) {
      this.pickerError = { code: 'currency', currency: product.currency, quoteCurrency: quote.currency };
      return;
    }
    this.pickerError = undefined;
    const line = lineFromProduct(product, quote.priceMode);
    this.edit({ ...quote, lines: [...quote.lines, line] });
    this.message = this.t.added(product.name);
    const row = quote.lines.length;
    void this.updateComplete.then(() => this.focusCell(row, 1, 1));
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

  private draftInput(field: DraftField, text: string): void {
    this.draft = { ...this.draft, [field]: text };
    this.checkDraftField(field, false);
    this.screenChanged();
  }

  private addDraftLine(): void {
    const quote = this.quote;
    if (!quote || this.locked) return;
    const results = Object.fromEntries(DRAFT_FIELDS.map((f) => [f, this.checkDraftField(f, true)])) as Record<
      DraftField,
      Parsed<number | undefined>
    >;
    const firstBad = DRAFT_FIELDS.find((f) => !results[f].ok);
    if (firstBad) {
      this.screenChanged();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#draft-${firstBad}`)?.focus());
      return;
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
    this.edit({ ...quote, lines: [...quote.lines, line] });
    this.message = this.t.added(line.description);
  }

  // -------------------------------------------------------------------------------------------
  // Life-cycle actions

  private act(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.message = isCrmCoreError(error) ? error.message : errorText(error);
    }
  }

  private approve(level: string): void {
    const { quote, priced } = this;
    if (!quote || !priced) return;
    this.act(() => {
      const at = nowIso();
      const comment = this.comment.trim() || undefined;
      const approval = approveQuote(
        priced,
        level,
        { by: this.actor, at, ...(comment ? { comment } : {}) },
        this.effectivePolicy.approval,
      );
      let next: QuoteRecord = { ...quote, approvals: [...(quote.approvals ?? []), { ...approval }] };
      const status = approvalStatus(priced, this.effectivePolicy.approval, next.approvals as Approval[]);
      if (status.complete)
        next = transitionQuote(next, 'approved', {
          by: this.actor,
          at,
          approval: status,
          ...(comment ? { comment } : {}),
        });
      this.comment = '';
      this.commit(next, 'approve');
      this.emit('crm-quote-approve', {
        quote: publicQuote(next),
        level,
        by: this.actor,
        ...(comment ? { comment } : {}),
        complete: status.complete,
      });
    });
  }

  private reject(): void {
    const quote = this.quote;
    const comment = this.comment.trim();
    if (!quote || !comment) return;
    this.act(() => {
      const next = transitionQuote(quote, 'rejected', { by: this.actor, at: nowIso(), comment });
      this.comment = '';
      this.commit(next, 'reject');
      this.emit('crm-quote-reject', { quote: publicQuote(next), by: this.actor, comment, source: 'approver' });
    });
  }

  private async runAction(action: ActionState): Promise<void> {
    const { quote, approval } = this;
    if (!quote || action.reason) return;
    if (action.id === 'convert') return this.convertToOrder();
    this.act(() => {
      const next = transitionQuote(quote, action.to, {
        by: this.actor,
        at: nowIso(),
        ...(approval ? { approval } : {}),
      });
      if (action.id === 'submit') this.invalidated = false;
      this.commit(next, 'transition');
      if (action.id === 'submit' && approval) this.emit('crm-quote-submit', { quote: publicQuote(next), approval });
      if (action.id === 'decline')
        this.emit('crm-quote-reject', { quote: publicQuote(next), by: this.actor, source: 'customer' });
    });
  }

  /** Accepted -> order: the order (frozen copies of the priced lines) is written first, under an id derived from the quote, so a retry cannot duplicate it. */
  private async convertToOrder(): Promise<void> {
    const { quote, priced } = this;
    const store = this.quoteData.store;
    if (!quote || !priced || !store) return;
    try {
      const { order, quote: next } = quoteToOrder(quote, priced, {
        orderId: `ord-${quote.id}`,
        by: this.actor,
        at: nowIso(),
      });
      await store.orders.put(order as unknown as NewRecord<'orders'>);
      this.commit(next, 'transition');
      this.message = this.t.orderCreated(order.id);
      this.emit('crm-order-create', { order, quote: publicQuote(next) });
    } catch (error) {
      this.message = errorText(error);
    }
  }

  private async saveAsNewVersion(): Promise<void> {
    const store = this.quoteData.store;
    if (!store || !this.quote) return;
    try {
      await this.autosave.flush();
      const old = this.quote;
      const at = nowIso();
      const next = nextVersion(this.recordToSave(), `q-${newId()}`, this.actor, at, this.t.previousVersion);
      const saved = (await store.quotes.put(next)) as QuoteRecord;
      await store.quotes.update(old.id, { supersededBy: saved.id } as Partial<Quote>);
      this.quoteId = saved.id;
      this.quote = undefined;
      this.lastSeen = undefined;
      this.load(saved, true);
      this.emit('crm-quote-change', this.changeDetail('reload'));
    } catch (error) {
      this.message = errorText(error);
    }
  }

  private async openVersion(id: string): Promise<void> {
    await this.autosave.flush();
    this.quoteId = id;
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  private reasonText(reason: ActionReason): string {
    const t = this.t;
    const local =
      reason.code === 'approval-missing' || reason.code === 'not-approver'
        ? { ...reason, levels: reason.levels.map((l) => levelName(t, l)) }
        : reason.code === 'lower-first'
          ? { ...reason, level: levelName(t, reason.level) }
          : reason;
    return t.reason(local);
  }

  private actionLabel(action: ActionState): string {
    const t = this.t;
    if (action.id === 'submit') return action.to === 'approved' ? t.markApproved : t.submit;
    return t[action.id];
  }

  protected override render() {
    const t = this.t;
    const quote = this.quote;
    if (this.policyError)
      return html`<p class="notice error" part="notice" role="alert">${t.policyError(this.policyError)}</p>`;
    if (!quote) return this.renderPlaceholder(t);
    const f = formatter(this.localize.locale, quote.currency);
    const customer = this.customerData.value as Customer | undefined;
    const showPrint = this.view === 'print' || this.printing;
    return html`
      <div class="editor ${this.view === 'print' ? 'hidden' : ''}">
        ${this.renderStatus(t, f, quote)}
        ${this.renderNotices(t, f, quote)}
        ${this.renderHeader(t, quote, customer)}
        <section class="lines-section" aria-labelledby="lines-heading">
          <h3 id="lines-heading">${t.lines}</h3>
          <p class="hint">${t.shortcuts}</p>
          ${renderLinesTable(this.linesView(t, f, quote), this.tableEvents)}
          <div class="add">
            ${this.picker.render((this.productData.value ?? []) as Product[], {
              label: t.picker,
              placeholder: t.pickerPlaceholder,
              hint: t.pickerHint,
              noMatch: t.pickerNoMatch,
              disabled: this.locked,
              error: this.pickerError ? t.problem(this.pickerError) : undefined,
              price: (p) => formatter(this.localize.locale, p.currency).money(p.price),
            })}
            ${this.renderDraftLine(t)}
          </div>
        </section>
        <div class="summary">
          ${this.priced ? renderTotals(this.priced, t, f, this.localize.locale === 'zh-CN') : nothing}
          ${renderApproval({
            t,
            f,
            approval: this.approval,
            approvals: (quote.approvals ?? []) as Approval[],
            approver: approverState({
              status: quote.status,
              approval: this.approval,
              role: this.currentUser?.role,
              hasUser: !!this.currentUser?.name,
              conflict: !!this.conflict,
            }),
            user: this.currentUser,
            comment: this.comment,
            invalidated: this.invalidated,
            lineNumber: (id) => quote.lines.findIndex((l) => l.id === id) + 1,
            reason: (r) => this.reasonText(r),
            onComment: (text) => {
              this.comment = text;
            },
            onApprove: (level) => this.approve(level),
            onReject: () => this.reject(),
          })}
        </div>
        ${this.renderActionBar(t, quote)}
        ${renderHistory((quote.history ?? []) as QuoteTransition[], t, f)}
      </div>
      ${showPrint && this.priced ? renderPrint(quote, this.priced, customer, t, f, this.today) : nothing}
    `;
  }

  private renderPlaceholder(t: QuoteBuilderStrings) {
    const customerId = this.customerId;
    let text = t.loading;
    if (!this.quoteId && !customerId) text = t.noCustomer;
    else if (this.quoteData.status === 'error' || this.customerData.status === 'error') text = t.loadError;
    else if (customerId && this.customerData.status === 'complete' && !this.customerData.value)
      text = t.customerNotFound(customerId);
    else if (this.quoteId && !customerId && this.quoteData.status === 'complete' && !this.quoteData.value?.record) {
      text = t.notFound(this.quoteId);
    }
    const busy = text === t.loading;
    return html`<p class="placeholder" part="notice" role=${busy ? 'status' : 'alert'} aria-busy=${busy ? 'true' : 'false'}>${text}</p>`;
  }

  private renderStatus(t: QuoteBuilderStrings, f: Formatter, quote: QuoteRecord) {
    const save =
      this.saveState === 'saving'
        ? t.saving
        : this.saveState === 'unsaved'
          ? t.unsaved
          : this.saveState === 'saved' && this.savedAt
            ? t.saved(f.dateTime(this.savedAt))
            : '';
    return html`<div class="status-line" part="status">
      <h2>${t.quoteNumber(quote.number ?? quote.id, quote.revision ?? 1)}</h2>
      <span class="status status-${quote.status}">${t.status}: <strong>${t.statuses[quote.status]}</strong></span>
      <span class="save-state">${save}</span>
      <span class="live" role="status">${this.message}</span>
    </div>`;
  }

  private renderNotices(t: QuoteBuilderStrings, f: Formatter, quote: QuoteRecord) {
    return html`
      ${
        this.conflict
          ? html`<div class="notice conflict" part="notice" role="alert">
              <p>${t.conflict(f.dateTime(this.conflict.updatedAt ?? nowIso()))}</p>
              <button type="button" part="button" class="reload-theirs" @click=${() => this.resolveConflict('theirs')}>${t.reloadTheirs}</button>
              <button type="button" part="button" class="keep-mine" @click=${() => this.resolveConflict('mine')}>${t.keepMine}</button>
            </div>`
          : nothing
      }
      ${this.saveError ? html`<p class="notice error" part="notice" role="alert">${t.saveError(this.saveError)}</p>` : nothing}
      ${this.pricingError ? html`<p class="notice error" part="notice" role="alert">${t.pricingError(this.pricingError)}</p>` : nothing}
      ${
        quote.supersededBy
          ? html`<p class="notice" part="notice">${t.supersededNotice((quote.revision ?? 1) + 1)}
              <button type="button" part="button" @click=${() => this.openVersion(quote.supersededBy!)}>${t.openVersion((quote.revision ?? 1) + 1)}</button></p>`
          : FINAL_STATUSES.includes(quote.status)
            ? html`<p class="notice" part="notice">${t.finalNotice(t.statuses[quote.status])}</p>`
            : nothing
      }
    `;
  }

  private renderHeader(t: QuoteBuilderStrings, quote: QuoteRecord, customer: Customer | undefined) {
    const policy = this.effectivePolicy;
    const currencies = policy.currencies.includes(quote.currency)
      ? policy.currencies
      : [quote.currency, ...policy.currencies];
    const hasLines = quote.lines.length > 0;
    const cash = policy.pricing.cash;
    const earnsCash =
      !!cash && !!quote.paymentTerms && (!cash.paymentTerms || cash.paymentTerms.includes(quote.paymentTerms));
    const past = !!quote.validUntil && quote.validUntil < this.today;
    return html`<section class="header" part="header" aria-labelledby="header-heading">
      <h3 id="header-heading" class="visually-hidden">${t.header}</h3>
      <div class="field customer">
        <span class="label">${t.customer}</span>
        <span><strong>${customer?.name ?? quote.customerId}</strong>${customer?.alias ? html` <span class="alias">${customer.alias}</span>` : nothing}
        ${customer?.tier ? html`<crm-tier-badge tier=${customer.tier} scheme=${customer.tierScheme ?? nothing}></crm-tier-badge>` : nothing}</span>
      </div>
      <div class="field">
        <label for="currency">${t.currency}</label>
        <select id="currency" ?disabled=${this.locked || hasLines} aria-describedby=${hasLines ? 'currency-why' : nothing}
          @change=${(e: Event) => this.setCurrency((e.target as HTMLSelectElement).value)}>
          ${currencies.map((c) => html`<option value=${c} ?selected=${c === quote.currency}>${c}</option>`)}
        </select>
        ${hasLines && !this.locked ? html`<span class="hint" id="currency-why">${t.currencyLocked}</span>` : nothing}
      </div>
      <div class="field">
        <label for="valid-until">${t.validUntil}</label>
        <input id="valid-until" type="date" ?readonly=${this.locked} .value=${live(quote.validUntil ?? '')}
          aria-describedby=${past ? 'valid-past' : nothing}
          @change=${(e: Event) => this.headerInput('validUntil', (e.target as HTMLInputElement).value)} />
        ${past ? html`<span class="hint warn" id="valid-past">${t.validityPast}</span>` : nothing}
      </div>
      <div class="field">
        <label for="price-mode">${t.priceMode}</label>
        <select id="price-mode" ?disabled=${this.locked} @change=${(e: Event) => this.setPriceMode((e.target as HTMLSelectElement).value as PriceMode)}>
          ${(['tax-excluded', 'tax-included'] as const).map((m) => html`<option value=${m} ?selected=${m === quote.priceMode}>${t.modes[m]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="payment-terms">${t.paymentTerms}</label>
        <input id="payment-terms" type="text" list="payment-terms-list" maxlength="100" ?readonly=${this.locked}
          .value=${live(quote.paymentTerms ?? '')} aria-describedby=${earnsCash ? 'cash-hint' : nothing}
          @input=${(e: Event) => this.headerInput('paymentTerms', (e.target as HTMLInputElement).value)} />
        <datalist id="payment-terms-list">${policy.paymentTerms.map((p) => html`<option value=${p}></option>`)}</datalist>
        ${earnsCash ? html`<span class="hint" id="cash-hint">${t.cashEarned(cash!.percent)}</span>` : nothing}
      </div>
      <div class="field notes">
        <label for="notes">${t.notes}</label>
        <textarea id="notes" maxlength="5000" ?readonly=${this.locked} .value=${live(quote.notes ?? '')}
          @input=${(e: Event) => this.headerInput('notes', (e.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      ${
        quote.previousRevisionId
          ? html`<div class="field"><button type="button" part="button" class="previous-version"
              @click=${() => this.openVersion(quote.previousRevisionId!)}>${t.previousVersion}</button></div>`
          : nothing
      }
    </section>`;
  }

  private linesView(t: QuoteBuilderStrings, f: Formatter, quote: QuoteRecord): LinesView {
    const products = (this.productData.value ?? []) as Product[];
    const codes = new Map(products.map((p) => [p.id, p.code]));
    return {
      t,
      f,
      lines: quote.lines,
      priced: this.priced,
      locked: this.locked,
      vatRates: this.effectivePolicy.vatRates,
      expanded: this.expanded,
      text: (key, stored) => this.raw.get(key) ?? stored,
      problem: (key) => this.problems.get(key),
      productCode: (id) => (id ? codes.get(id) : undefined),
      stored: (line, field) => {
        switch (field) {
          case 'quantity':
            return String(line.quantity);
          case 'unitPrice':
            return toDecimalString({ amount: line.unitPrice, currency: quote.currency });
          case 'vatRate':
            return String(line.vatRate);
          case 'lineDiscount':
            return line.lineDiscount ? String(line.lineDiscount) : '';
          case 'unit':
            return line.unit ?? '';
          case 'description':
            return line.description;
        }
      },
    };
  }

  private renderDraftLine(t: QuoteBuilderStrings) {
    const field = (name: DraftField, label: string, opts: { numeric?: boolean; maxlength?: number } = {}) => {
      const problem = this.problems.get(`draft:${name}`);
      return html`<span class="draft-field draft-${name}">
        <input id="draft-${name}" type="text" aria-label=${label} placeholder=${label}
          inputmode=${opts.numeric ? 'decimal' : nothing} maxlength=${opts.maxlength ?? nothing}
          aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${problem ? `draft-${name}-error` : nothing}
          .value=${live(this.draft[name])} ?disabled=${this.locked}
          @input=${(e: Event) => this.draftInput(name, (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              this.addDraftLine();
            }
          }} />
        ${problem ? html`<span class="error" id="draft-${name}-error">${t.problem(problem)}</span>` : nothing}
      </span>`;
    };
    const vatProblem = this.problems.get('draft:vatRate');
    return html`<fieldset class="draft-line" part="draft-line" ?disabled=${this.locked}>
      <legend>${t.freeLine}</legend>
      ${field('description', t.draftDescription, { maxlength: 500 })}
      ${field('quantity', t.draftQuantity, { numeric: true })}
      ${field('unit', t.draftUnit, { maxlength: 30 })}
      ${field('unitPrice', t.draftPrice, { numeric: true })}
      <span class="draft-field draft-vatRate">
        <select id="draft-vatRate" aria-label=${t.draftVat} aria-invalid=${vatProblem ? 'true' : 'false'}
          aria-describedby=${vatProblem ? 'draft-vatRate-error' : nothing}
          @change=${(e: Event) => this.draftInput('vatRate', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${this.draft.vatRate === ''}>${t.chooseVat}</option>
          ${this.effectivePolicy.vatRates.map((r) => html`<option value=${r} ?selected=${this.draft.vatRate === String(r)}>${r}%</option>`)}
        </select>
        ${vatProblem ? html`<span class="error" id="draft-vatRate-error">${t.problem(vatProblem)}</span>` : nothing}
      </span>
      <button type="button" part="button" class="add-line" @click=${() => this.addDraftLine()}>${t.addLine}</button>
    </fieldset>`;
  }

  private renderActionBar(t: QuoteBuilderStrings, quote: QuoteRecord) {
    const actions = actionStates({
      status: quote.status,
      approval: this.approval,
      hasUser: !!this.currentUser?.name,
      fieldErrors: this.problems.size > 0,
      includedLines: this.priced?.lines.filter((l) => l.included).length ?? 0,
      conflict: !!this.conflict,
      superseded: !!quote.supersededBy,
    });
    const stem = quote.number ?? quote.id;
    return html`<section class="workflow" aria-labelledby="actions-heading">
      <h3 id="actions-heading">${t.actions}</h3>
      ${renderActions({ t, actions, reason: (r) => this.reasonText(r), label: (a) => this.actionLabel(a), onAction: (a) => this.runAction(a) })}
      <div class="outputs">
        <button type="button" part="button" class="new-version" ?disabled=${!!quote.supersededBy || !!this.conflict}
          @click=${() => this.saveAsNewVersion()}>${t.newVersion}</button>
        <button type="button" part="button" class="export-csv" ?disabled=${!this.priced}
          @click=${() => download(`${stem}.csv`, 'text/csv', this.toCsv())}>${t.exportCsv}</button>
        <button type="button" part="button" class="export-json"
          @click=${() => download(`${stem}.json`, 'application/json', this.toJson())}>${t.exportJson}</button>
        <button type="button" part="button" class="print-button" ?disabled=${!this.priced} @click=${() => this.print()}>${t.print}</button>
      </div>
    </section>`;
  }
}

CrmQuoteBuilder.define('crm-quote-builder');
