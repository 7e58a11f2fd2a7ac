import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Approval, ApprovalStatus, ApproverEntry, QuoteTransition } from '../../core/approvals.js';
import { toDecimalString } from '../../core/money.js';
import type { PricedQuote } from '../../core/pricing.js';
import type { Customer, Product, Quote } from '../../data/model.js';
import type { CrmStore } from '../../data/store.js';
import { CrmElement } from '../../internal/crm-element.js';
import { LiveDataController } from '../../internal/store-context.js';
import '../tier-badge/tier-badge.js';
import type { ActionState } from './actions.js';
import { CatalogPicker } from './catalog-picker.js';
import { type Formatter, formatter } from './format.js';
import { fieldKey, type LineField, type LinesView, renderLinesTable } from './lines-table.js';
import { MoreMenu } from './more-menu.js';
import { AutosaveController } from './persistence.js';
import { type QuoteBuilderPolicy, readPolicyScript, resolvePolicy } from './policy.js';
import { type ActionReason, type QuoteBuilderStrings, quoteBuilderStrings } from './quote-builder.strings.js';
import { quoteBuilderStyles } from './quote-builder.styles.js';
import { type QuoteChangeDetail, QuoteController, type QuoteEvents } from './quote-controller.js';
import { QuoteFields } from './quote-fields.js';
import { moveLine, publicQuote, type QuoteRecord, updateLine } from './quote-model.js';

export type { QuoteBuilderPolicy } from './policy.js';
export { DEFAULT_QUOTE_POLICY } from './policy.js';
export type { QuoteChangeDetail } from './quote-controller.js';

/** The secondary parts (document-parts.ts), fetched once for every builder on the page. */
let documentParts: typeof import('./document-parts.js') | undefined;
let documentLoad: Promise<void> | undefined;
let documentError: unknown;
const loadDocumentParts = () =>
  (documentLoad ??= import('./document-parts.js').then(
    (module) => {
      documentParts = module;
    },
    (error: unknown) => {
      documentError = error;
    },
  ));

/** Who is working: the page supplies it. `role` is informational; approval authority comes from the directory. */
export interface QuoteUser {
  name: string;
  role?: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-quote-builder': CrmQuoteBuilder;
  }
  interface GlobalEventHandlersEventMap {
    'crm-quote-change': CustomEvent<QuoteChangeDetail>;
    'crm-quote-save': CustomEvent<QuoteEvents['crm-quote-save']>;
    'crm-quote-conflict': CustomEvent<QuoteEvents['crm-quote-conflict']>;
    'crm-quote-submit': CustomEvent<QuoteEvents['crm-quote-submit']>;
    'crm-quote-approve': CustomEvent<QuoteEvents['crm-quote-approve']>;
    'crm-quote-reject': CustomEvent<QuoteEvents['crm-quote-reject']>;
    'crm-order-create': CustomEvent<QuoteEvents['crm-order-create']>;
  }
}

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
 * (`priceQuote`), shows each line's working, the approval levels it needs (and who may sign each) and the
 * totals; any edit of a priced field after approval sends the quote back to draft. Autosaves to IndexedDB;
 * another tab's save is never overwritten silently. The store checks every transition and approval again
 * when it is written (see `CrmStore.configureApprovals`); a refused move is undone and its reason shown.
 * Form-associated: inside a `<form>` it submits the quote JSON under its `name`.
 *
 * The policy can also come from a `<script type="application/json">` child (same shape as `policy`).
 *
 * @slot company - Your letterhead, shown at the top of the printed quote.
 *
 * @csspart status - The title row: quote number and version, status, save state and the action bar.
 * @csspart stepper - The progress stepper (draft → pending approval → approved → sent → accepted → ordered).
 * @csspart header - The quote details (customer, date, owner, currency, validity, price mode, payment terms).
 * @csspart lines - The lines table.
 * @csspart line - One line row.
 * @csspart group-head - A group header row.
 * @csspart group-subtotal - A group subtotal row.
 * @csspart picker - The catalog search.
 * @csspart draft-line - The free-text line form.
 * @csspart totals - The totals table (beside the lines and in view from 90rem wide; narrower, a bottom summary stays in view).
 * @csspart approval - The approval panel.
 * @csspart invalidated - The notice that an edit invalidated the approval.
 * @csspart stale - The list of approvals that no longer count.
 * @csspart actions - The life-cycle action bar: only the moves the current status allows.
 * @csspart button - Every action button.
 * @csspart more-button - The "more" menu button (print, export, new version, rarer moves).
 * @csspart more-menu - The "more" menu (a popover in the top layer).
 * @csspart bottom-summary - The grand total pinned to the bottom when the widget is too narrow for the side panel.
 * @csspart history - The transition history.
 * @csspart notice - Notices (conflict, save errors, read-only).
 * @csspart print - The printed document.
 *
 * @cssprop --crm-quote-accent - Accent colour (primary action, current step, grand total); default `--crm-color-accent`.
 * @cssprop --crm-color-surface - The document's paper (the widget paints its own background).
 * @cssprop --crm-quote-border - Border colour of tables and panels.
 * @cssprop --crm-quote-muted - Muted text (hints, reasons).
 * @cssprop --crm-quote-font-size - Base font size (default `--crm-font-size-md`, 0.875rem).
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
  static override translations = [quoteBuilderStrings];
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

  /** CSV export headers: `labels` (the user's language, default) or `machine` (column keys, raw codes). */
  @property({ attribute: 'csv-headers' }) csvHeaders: 'labels' | 'machine' = 'labels';

  /**
   * The person working, supplied by the page: `{ name }`. What they may approve comes from the approver
   * directory (`store.configureApprovals({ directory })` and the `approvers` table), not from `role`.
   */
  @property({ attribute: false }) currentUser?: QuoteUser;

  /**
   * Pricing rules, approval thresholds, line-discount limit, VAT table, payment terms and currencies. Each part
   * given replaces the default part; a `<script type="application/json">` child is read the same way (the
   * property wins). The store enforces approvals with its own pricing and approval rules: a `pricing` or
   * `approval` part given here configures the store (once; the store refuses different rules later), and
   * without one the builder uses the store's.
   */
  @property({ attribute: false }) policy?: Partial<QuoteBuilderPolicy>;

  /** A store to use instead of the one provided by context. */
  @property({ attribute: false }) store?: CrmStore;

  @state() private expanded = new Set<string>();
  @state() private comment = '';
  @state() private formDisabled = false;
  @state() private printing = false;
  @state() private scriptPolicy: Partial<QuoteBuilderPolicy> | undefined;
  @state() private policyError: string | undefined;
  /** The store already enforces other pricing or approval rules than this builder's policy. */
  @state() private rulesError: string | undefined;

  private readonly internals: ElementInternals;
  private pricedWith = '';
  private configuredStore: CrmStore | undefined;

  /** The quote's behaviour (load, price, save, conflicts, life cycle, approvals): no DOM in there. */
  private readonly ctl: QuoteController = new QuoteController({
    store: () => this.quoteData.store,
    policy: () => this.effectivePolicy,
    today: () => this.today,
    customer: () => this.customerData.value as Customer | undefined,
    user: () => this.currentUser?.name,
    storedApprovers: () => (this.approverData.value ?? []) as ApproverEntry[],
    strings: () => this.t,
    editorState: () => this.fields.editorState(),
    loaded: (record) => this.fields.restore(record),
    changed: () => {
      this.updateForm();
      this.requestUpdate();
    },
    scheduleSave: () => this.autosave.schedule(),
    flushSave: () => this.autosave.flush(),
    emit: (type, detail) => this.emit(type, detail as never),
  });
  private readonly fields = new QuoteFields(this.ctl, () => this.effectivePolicy.maxLineDiscount);

  private readonly quoteData = new LiveDataController(this, {
    args: () => [this.quoteId] as const,
    skip: (id) => !id,
    query: async (store, id) => ({ id: id!, record: (await store.quotes.get(id!)) as QuoteRecord | undefined }),
    store: () => this.store,
  });

  private readonly customerData = new LiveDataController(this, {
    args: () => [this.ctl.quote?.customerId ?? this.customerId] as const,
    skip: (id) => !id,
    query: (store, id) => store.customers.get(id!),
    store: () => this.store,
  });

  private readonly productData = new LiveDataController(this, {
    args: (): [] => [],
    query: (store) => store.products.list({ orderBy: 'code' }),
    store: () => this.store,
  });

  private readonly approverData = new LiveDataController(this, {
    args: (): [] => [],
    query: (store) => store.approvers.list(),
    store: () => this.store,
  });

  private readonly autosave = new AutosaveController(this, {
    delay: () => this.autosaveDelay,
    save: () => this.ctl.persist(),
  });

  private readonly picker = new CatalogPicker(this, (product) => this.addProduct(product));
  private readonly more = new MoreMenu(this);

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
    return this.ctl.quote ? publicQuote(this.ctl.quote) : undefined;
  }

  /** The current pricing of the quote (lines with their working, totals), or null if it cannot be priced. */
  get pricing(): PricedQuote | null {
    return this.ctl.priced;
  }

  /** The approval status of the current priced quote. */
  get approvalState(): ApprovalStatus | null {
    return this.ctl.approval;
  }

  /** Saves now (pending autosave included); resolves when the store has the quote or a conflict was found. */
  save(): Promise<void> {
    return this.autosave.flush();
  }

  /**
   * The lines as CSV text: headers and yes/no in the widget's language, or the column keys and raw values
   * with `{ headers: 'machine' }` (the export button follows the `csv-headers` attribute).
   */
  toCsv(options: { headers?: 'labels' | 'machine' } = {}): string {
    if (!this.ctl.priced) return '';
    if (!documentParts) return '';
    const { linesToCsv } = documentParts;
    if ((options.headers ?? this.csvHeaders) === 'machine') return linesToCsv(this.ctl.priced);
    const t = this.localize.strings(quoteBuilderStrings);
    return linesToCsv(this.ctl.priced, { columns: t.csvColumns, yes: t.csvYes, no: t.csvNo, modes: t.modes });
  }

  /** The quote and its pricing as JSON text. */
  toJson(): string {
    return this.ctl.quote && documentParts
      ? documentParts.quoteToJson(publicQuote(this.ctl.quote), this.ctl.priced)
      : '';
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
    this.ctl.reset();
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
    if (!documentParts) {
      void loadDocumentParts().then(() =>
        documentError ? this.reportLoadFailure('the quote document', documentError) : this.requestUpdate(),
      );
    }
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
    const policyChanged = changed.has('policy') || changed.has('scriptPolicy' as keyof CrmQuoteBuilder);
    this.configureStore(policyChanged);
    if (changed.has('quoteId') && this.ctl.quote && this.ctl.quote.id !== this.quoteId) this.ctl.leave();
    const started = this.ctl.sync(this.quoteId, this.customerId, this.quoteData);
    if (started) this.quoteId = started;
    // Re-price when something outside the quote changed: the customer's tier, the policy, the date.
    const key = `${this.customerData.value?.tier ?? ''}|${this.today}`;
    if (this.ctl.quote && (key !== this.pricedWith || policyChanged)) {
      this.pricedWith = key;
      this.ctl.reprice();
    }
  }

  /** Hands the pricing and approval rules given to this builder to the store, which enforces them. */
  private configureStore(policyChanged: boolean): void {
    const store = this.quoteData.store;
    if (!store || (store === this.configuredStore && !policyChanged)) return;
    this.configuredStore = store;
    const given = { ...this.scriptPolicy, ...this.policy };
    try {
      store.configureApprovals({
        ...(given.pricing ? { pricing: given.pricing } : {}),
        ...(given.approval ? { approval: given.approval } : {}),
      });
      this.rulesError = undefined;
    } catch (error) {
      this.rulesError = errorText(error);
    }
  }

  /** The builder's policy, with the pricing and approval rules the store enforces. */
  private get effectivePolicy(): QuoteBuilderPolicy {
    const own = resolvePolicy(this.scriptPolicy, this.policy);
    const rules = this.quoteData.store?.approvalRules;
    return rules ? { ...own, pricing: rules.pricing, approval: rules.approval } : own;
  }

  private get today(): string {
    return this.asOf ?? localToday();
  }

  private get t(): QuoteBuilderStrings {
    return this.localize.strings(quoteBuilderStrings);
  }

  private get locked(): boolean {
    return this.ctl.readOnly || this.formDisabled;
  }

  private updateForm(): void {
    const t = this.t;
    const quote = this.ctl.quote;
    this.internals.setFormValue(quote ? JSON.stringify(publicQuote(quote)) : null);
    const included = this.ctl.priced?.lines.filter((l) => l.included).length ?? 0;
    if (this.fields.problems.size > 0) this.internals.setValidity({ customError: true }, t.fixFields);
    else if (this.required && included === 0) this.internals.setValidity({ valueMissing: true }, t.linesRequired);
    else this.internals.setValidity({});
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('required') || changed.has('lang')) this.updateForm();
  }

  // -------------------------------------------------------------------------------------------
  // Events of the lines table and the keyboard grid

  private readonly tableEvents = {
    input: (event: Event) => {
      const el = event.target as HTMLInputElement;
      const { line, field } = el.dataset;
      if (line && field && el.type !== 'checkbox') {
        this.fields.lineInput(line, field as LineField, el.value);
        this.requestUpdate();
      }
    },
    change: (event: Event) => {
      const el = event.target as HTMLInputElement | HTMLSelectElement;
      const { line, field } = el.dataset;
      const quote = this.ctl.quote;
      if (!line || !field || !quote || this.locked) return;
      if (el instanceof HTMLInputElement && el.type === 'checkbox') {
        const patch =
          field === 'optional' ? { optional: el.checked || undefined, selected: undefined } : { selected: el.checked };
        this.ctl.edit(updateLine(quote, line, patch));
      } else if (field === 'vatRate') {
        this.fields.lineInput(line, 'vatRate', el.value);
      } else if (field === 'group') {
        this.fields.setGroup(line, el.value);
      }
    },
    focusout: (event: Event) => {
      const { line, field } = (event.target as HTMLElement).dataset;
      if (line && field && field !== 'group' && this.fields.fieldDone(fieldKey(line, field))) this.requestUpdate();
    },
    click: (event: Event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
      const line = button?.dataset.line;
      const quote = this.ctl.quote;
      if (!button || !line || !quote) return;
      switch (button.dataset.action) {
        case 'working':
          if (this.expanded.has(line)) this.expanded.delete(line);
          else this.expanded.add(line);
          this.expanded = new Set(this.expanded);
          break;
        case 'up':
        case 'down':
          this.moveLine(line, button.dataset.action === 'up' ? -1 : 1);
          break;
        case 'remove': {
          const description = quote.lines.find((l) => l.id === line)?.description ?? '';
          this.expanded.delete(line);
          this.fields.removeLine(line);
          this.ctl.message = this.t.removed(description);
          break;
        }
      }
    },
    keydown: (event: KeyboardEvent) =>
      documentParts!.cellKey(event, {
        root: this.renderRoot,
        rows: this.ctl.quote?.lines.length ?? 0,
        move: (line, by) => this.moveLine(line, by),
        done: (key) => {
          if (this.fields.fieldDone(key)) this.requestUpdate();
        },
        revert: (key) => {
          this.fields.fieldRevert(key);
          this.requestUpdate();
        },
        leaveBottom: () => this.picker.focus(),
      }),
  };

  private moveLine(lineId: string, by: -1 | 1): boolean {
    const quote = this.ctl.quote;
    if (!quote || this.locked) return false;
    const moved = moveLine(quote, lineId, by);
    if (moved === quote) return false;
    this.ctl.edit(moved);
    return true;
  }

  private addProduct(product: Product): void {
    if (this.locked) return;
    const row = this.ctl.quote?.lines.length ?? 0;
    if (!this.fields.addProduct(product)) return;
    this.ctl.message = this.t.added(product.name);
    void this.updateComplete.then(() => documentParts!.focusCell(this.renderRoot, row, 1, 1, row + 1));
  }

  private addDraftLine(): void {
    if (this.locked) return;
    const result = this.fields.addDraftLine();
    if (!result) return;
    if ('invalid' in result) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#draft-${result.invalid}`)?.focus(),
      );
      return;
    }
    this.ctl.message = this.t.added(result.added);
  }

  private async runAction(action: ActionState): Promise<void> {
    await this.ctl.run(action);
  }

  private async approve(level: string): Promise<void> {
    const comment = this.comment.trim();
    if (await this.ctl.approve(level, comment || undefined)) this.comment = '';
  }

  private async reject(): Promise<void> {
    const comment = this.comment.trim();
    if (await this.ctl.reject(comment)) this.comment = '';
  }

  private async saveAsNewVersion(): Promise<void> {
    const id = await this.ctl.saveAsNewVersion();
    if (id) this.quoteId = id;
  }

  private async openVersion(id: string): Promise<void> {
    await this.autosave.flush();
    this.quoteId = id;
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  /** For the rendered quote only (its parts are loaded by then). */
  private reasonText(reason: ActionReason): string {
    const t = this.t;
    const { levelName } = documentParts!;
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
    const ctl = this.ctl;
    const quote = ctl.quote;
    if (this.policyError || this.rulesError) {
      const message = this.policyError ? t.policyError(this.policyError) : t.rulesConflict;
      return html`<p class="notice error" part="notice" role="alert">${message}</p>`;
    }
    if (!quote || !documentParts) return this.renderPlaceholder(t);
    const { renderApproval, renderDraftLine, renderHeader, renderHistory, renderNotices, renderPrint } = documentParts;
    const { renderStepper, renderTitle, renderTotals } = documentParts;
    const f = formatter(this.localize.locale, quote.currency);
    const customer = this.customerData.value as Customer | undefined;
    const showPrint = this.view === 'print' || this.printing;
    const policy = this.effectivePolicy;
    return html`
      <div class="editor ${this.view === 'print' ? 'hidden' : ''}">
        <header class="doc-head">
          <div class="title-row" part="status">
            ${renderTitle(t, f, ctl)}
            ${this.renderActionBar(t, quote)}
          </div>
          ${renderStepper(t, quote.status, (quote.history ?? []) as QuoteTransition[], ctl.approval)}
          <span class="live" role="status">${ctl.message}</span>
        </header>
        ${renderNotices(t, f, ctl, { resolve: (keep) => ctl.resolveConflict(keep), open: (id) => this.openVersion(id) })}
        <div class="doc-body">
          <div class="doc-main">
            ${renderHeader({
              t,
              f,
              quote,
              customer,
              policy,
              locked: this.locked,
              today: this.today,
              onCurrency: (c) => this.fields.setCurrency(c),
              onHeader: (field, value) => ctl.setHeader(field, value),
              onPriceMode: (mode) => this.fields.setPriceMode(mode),
              onOpen: (id) => this.openVersion(id),
            })}
            <section class="lines-section" aria-labelledby="lines-heading">
              <h3 id="lines-heading">${t.lines}</h3>
              <p class="hint shortcuts">${t.shortcuts}</p>
              <div class="lines-box">${renderLinesTable(this.linesView(t, f, quote), this.tableEvents)}</div>
              <div class="add">
                ${this.picker.render((this.productData.value ?? []) as Product[], {
                  label: t.picker,
                  placeholder: t.pickerPlaceholder,
                  hint: t.pickerHint,
                  noMatch: t.pickerNoMatch,
                  disabled: this.locked,
                  error: this.fields.pickerError ? t.problem(this.fields.pickerError) : undefined,
                  price: (p) => formatter(this.localize.locale, p.currency).money(p.price),
                })}
                ${renderDraftLine({
                  t,
                  draft: this.fields.draft,
                  locked: this.locked,
                  vatRates: policy.vatRates,
                  problem: (field) => this.fields.problems.get(`draft:${field}`),
                  onInput: (field, text) => this.fields.draftInput(field, text),
                  onAdd: () => this.addDraftLine(),
                })}
              </div>
            </section>
          </div>
          <aside class="doc-side" aria-label=${t.totals}>
            ${renderApproval({
              t,
              f,
              approval: ctl.approval,
              approvals: (quote.approvals ?? []) as Approval[],
              approver: ctl.approverState(),
              signers: ctl.signers(),
              user: this.currentUser,
              comment: this.comment,
              invalidated: ctl.invalidated,
              lineNumber: (id) => quote.lines.findIndex((l) => l.id === id) + 1,
              reason: (r) => this.reasonText(r),
              onComment: (text) => {
                this.comment = text;
              },
              onApprove: (level) => this.approve(level),
              onReject: () => this.reject(),
            })}
            ${ctl.priced ? html`<div class="totals-panel"><h3 aria-hidden="true">${t.totals}</h3>${renderTotals(ctl.priced, t, f, this.localize.locale === 'zh-CN')}</div>` : nothing}
          </aside>
        </div>
        ${renderHistory((quote.history ?? []) as QuoteTransition[], t, f)}
        ${
          ctl.priced
            ? html`<div class="bottom-summary" part="bottom-summary" aria-hidden="true">
                <span class="sub">${t.net}${f.colon}${f.money(ctl.priced.totals.net)}</span>
                <span class="sub">${t.taxTotal}${f.colon}${f.money(ctl.priced.totals.tax)}</span>
                <span class="grand">${t.grandTotal}${f.colon}<strong>${f.money(ctl.priced.totals.gross)}</strong></span>
              </div>`
            : nothing
        }
      </div>
      ${showPrint && ctl.priced ? renderPrint(quote, ctl.priced, customer, t, f, this.today) : nothing}
    `;
  }

  private renderPlaceholder(t: QuoteBuilderStrings) {
    const customerId = this.customerId;
    let text = t.loading;
    if (documentError) text = t.loadError;
    else if (!this.quoteId && !customerId) text = t.noCustomer;
    else if (this.quoteData.status === 'error' || this.customerData.status === 'error') text = t.loadError;
    else if (customerId && this.customerData.status === 'complete' && !this.customerData.value)
      text = t.customerNotFound(customerId);
    else if (this.quoteId && !customerId && this.quoteData.status === 'complete' && !this.quoteData.value?.record) {
      text = t.notFound(this.quoteId);
    }
    const busy = text === t.loading;
    return html`<p class="placeholder" part="notice" role=${busy ? 'status' : 'alert'} aria-busy=${busy ? 'true' : 'false'}>${text}</p>`;
  }

  private linesView(t: QuoteBuilderStrings, f: Formatter, quote: QuoteRecord): LinesView {
    const products = (this.productData.value ?? []) as Product[];
    const codes = new Map(products.map((p) => [p.id, p.code]));
    return {
      t,
      f,
      lines: quote.lines,
      priced: this.ctl.priced,
      locked: this.locked,
      vatRates: this.effectivePolicy.vatRates,
      expanded: this.expanded,
      text: (key, stored) => this.fields.raw.get(key) ?? stored,
      problem: (key) => this.fields.problems.get(key),
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

  /** The life-cycle moves possible now (from the controller's state machine), then the "more" menu. */
  private renderActionBar(t: QuoteBuilderStrings, quote: QuoteRecord) {
    const stem = quote.number ?? quote.id;
    return documentParts!.renderActionBar({
      t,
      actions: this.ctl.actions({ fieldErrors: this.fields.problems.size > 0 }),
      status: t.statuses[quote.status],
      priced: !!this.ctl.priced,
      canVersion: !quote.supersededBy && !this.ctl.conflict,
      menu: this.more,
      reason: (r) => this.reasonText(r),
      label: (a) => this.actionLabel(a),
      onAction: (a) => this.runAction(a),
      onPrint: () => this.print(),
      onCsv: () => documentParts!.download(`${stem}.csv`, 'text/csv', this.toCsv()),
      onJson: () => documentParts!.download(`${stem}.json`, 'application/json', this.toJson()),
      onNewVersion: () => this.saveAsNewVersion(),
    });
  }
}

CrmQuoteBuilder.define('crm-quote-builder');
