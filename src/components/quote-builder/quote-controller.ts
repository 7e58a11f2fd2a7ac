/**
 * The quote builder's behaviour, without a DOM: loading from the store, pricing every edit, autosave with
 * two-tab conflict detection, the life cycle and approvals. The element renders this state and turns keys
 * and clicks into calls here; tests drive it directly.
 *
 * The store has the last word: it checks every transition and approval in the write's transaction (see
 * data/guards.ts). A move the store refuses is undone here and its reason shown.
 */
import {
  type Approval,
  type ApprovalAuthority,
  type ApprovalStatus,
  type ApproverEntry,
  approvalStatus,
  approveQuote,
  checkSigner,
  type Order,
  type QuoteStatus,
  quoteScope,
  quoteToOrder,
  type Signer,
  signersFor,
  transitionQuote,
} from '../../core/approvals.js';
import { convertPriceMode, type PricedQuote, type PriceMode, priceQuote } from '../../core/pricing.js';
import { GuardError } from '../../data/guards.js';
import { type Customer, newId, type Quote } from '../../data/model.js';
import type { NewRecord } from '../../data/repository.js';
import type { CrmStore } from '../../data/store.js';
import { type ActionState, actionStates, approverState } from './actions.js';
import { saveQuote } from './persistence.js';
import type { QuoteBuilderPolicy } from './policy.js';
import type { QuoteBuilderStrings } from './quote-builder.strings.js';
import {
  type EditorState,
  FINAL_STATUSES,
  newQuote,
  nextVersion,
  pricingInput,
  publicQuote,
  type QuoteRecord,
  REOPENED_BY_EDIT,
} from './quote-model.js';

export interface QuoteChangeDetail {
  quote: Quote;
  priced: PricedQuote | null;
  approval: ApprovalStatus | null;
  reason: 'edit' | 'transition' | 'approve' | 'reject' | 'reset' | 'reload';
}

/** The events the builder fires, by name, with their details. */
export interface QuoteEvents {
  'crm-quote-change': QuoteChangeDetail;
  'crm-quote-save': { quote: Quote };
  'crm-quote-conflict': { mine: Quote; theirs: Quote };
  'crm-quote-submit': { quote: Quote; approval: ApprovalStatus };
  'crm-quote-approve': { quote: Quote; level: string; by: string; comment?: string; complete: boolean };
  'crm-quote-reject': { quote: Quote; by: string; comment?: string; source: 'approver' | 'customer' };
  'crm-order-create': { order: Order; quote: Quote };
}

/** What the controller needs from whoever shows it (the element, or a test). */
export interface QuoteControllerHost {
  store(): CrmStore | undefined;
  policy(): QuoteBuilderPolicy;
  /** Pricing date `YYYY-MM-DD`. */
  today(): string;
  customer(): Customer | undefined;
  /** The name of the person working, if the page gave one. */
  user(): string | undefined;
  /** The approver directory rows stored in the `approvers` table. */
  storedApprovers(): readonly ApproverEntry[];
  strings(): QuoteBuilderStrings;
  /** Screen state to keep in the saved record (the unfinished line, refused texts). */
  editorState(): EditorState | undefined;
  /** A record was loaded: restore the screen state it carries. */
  loaded(record: QuoteRecord): void;
  /** The state changed: show it again. */
  changed(): void;
  scheduleSave(): void;
  flushSave(): Promise<void>;
  emit<K extends keyof QuoteEvents>(type: K, detail: QuoteEvents[K]): void;
}

export type SaveState = 'idle' | 'unsaved' | 'saving' | 'saved' | 'error';

const nowIso = () => new Date().toISOString();
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class QuoteController {
  quote: QuoteRecord | undefined;
  priced: PricedQuote | null = null;
  approval: ApprovalStatus | null = null;
  pricingError: string | null = null;
  /** The last edit invalidated a granted approval. */
  invalidated = false;
  /** Another tab's newer save, while this one has unsaved edits. */
  conflict: QuoteRecord | undefined;
  /** The latest announcement (added, removed, refused, order created). */
  message = '';
  saveState: SaveState = 'idle';
  savedAt: string | undefined;
  saveError: string | undefined;
  dirty = false;

  private baseUpdatedAt: string | undefined;
  private editCount = 0;
  private saving = false;
  private forceSave = false;
  private initialRecord: QuoteRecord | undefined;
  private lastSeen: unknown;
  /** The store's refusal of the last save, if any. */
  private refusal: GuardError | undefined;

  constructor(private readonly host: QuoteControllerHost) {}

  get actor(): string {
    return this.host.user()?.trim() || this.host.strings().editorUnknownUser;
  }

  /** True when the quote cannot change any more (final status, or replaced by a newer version). */
  get readOnly(): boolean {
    const q = this.quote;
    return !q || FINAL_STATUSES.includes(q.status) || !!q.supersededBy;
  }

  // -------------------------------------------------------------------------------------------
  // Loading

  /**
   * Adopts what the store says: the first load, a new quote, or another tab's save. Returns the id of a new
   * quote it started (the element shows it in `quote-id`).
   */
  sync(
    quoteId: string | undefined,
    customerId: string | undefined,
    loaded: { status: string; value: { id: string; record: QuoteRecord | undefined } | undefined },
  ): string | undefined {
    const data = loaded.value;
    if (!quoteId) return this.startNewQuote(`q-${newId()}`, customerId);
    if (loaded.status !== 'complete' || !data || data.id !== quoteId || data === this.lastSeen) return undefined;
    const stored = data.record;
    if (!this.quote || this.quote.id !== data.id) {
      if (!stored) {
        // A new quote under this id: it needs its customer (whose currency it takes). Until the customer has
        // loaded, this data is not "seen", so the next sync (the customer arriving) starts it.
        const started = this.startNewQuote(data.id, customerId);
        if (started) this.lastSeen = data;
        return started;
      }
      this.lastSeen = data;
      this.load(stored, true);
      return undefined;
    }
    this.lastSeen = data;
    if (!stored || this.saving || stored.updatedAt === this.baseUpdatedAt) return undefined;
    // An echo of an older save of ours arriving late: nothing new.
    if (this.baseUpdatedAt && stored.updatedAt && stored.updatedAt < this.baseUpdatedAt) return undefined;
    if (!this.dirty) {
      this.load(stored, true);
      this.message = this.host.strings().updatedElsewhere;
      this.host.emit('crm-quote-change', this.changeDetail('reload'));
    } else if (this.conflict?.updatedAt !== stored.updatedAt) {
      this.conflict = stored;
      this.host.emit('crm-quote-conflict', { mine: publicQuote(this.quote), theirs: publicQuote(stored) });
    }
    return undefined;
  }

  /** A new quote for `customerId`, once the customer is known (its currency becomes the quote's). */
  private startNewQuote(id: string, customerId: string | undefined): string | undefined {
    const customer = this.host.customer();
    if (this.quote || !customerId || !customer) return undefined;
    this.load(newQuote(id, customerId, customer.currency ?? 'CNY', this.actor, nowIso()), true);
    this.baseUpdatedAt = undefined;
    return id;
  }

  /** Shows a quote record; `fromStore` when it is what the store holds (the base of the next save). */
  load(record: QuoteRecord, fromStore: boolean): void {
    this.quote = record;
    if (fromStore) {
      this.baseUpdatedAt = record.updatedAt;
      this.initialRecord = record;
      this.dirty = false;
      this.conflict = undefined;
      this.saveState = record.updatedAt ? 'saved' : 'idle';
      this.savedAt = record.updatedAt;
    }
    this.invalidated = false;
    this.host.loaded(record);
    this.reprice();
    this.host.changed();
  }

  /** Back to the record as first loaded (a form reset), keeping the stored timestamps. */
  reset(): void {
    const initial = this.initialRecord;
    if (!initial || !this.quote) return;
    this.load({ ...initial, updatedAt: this.quote.updatedAt, createdAt: this.quote.createdAt } as QuoteRecord, false);
    this.notify('reset');
  }

  /** Leaving this quote for another: unsaved edits are saved first. */
  leave(): void {
    const store = this.host.store();
    if (this.dirty && store && this.quote && !this.conflict) {
      void saveQuote(store, this.recordToSave(), this.baseUpdatedAt).catch(() => undefined);
    }
    this.quote = undefined;
    this.lastSeen = undefined;
    this.dirty = false;
  }

  // -------------------------------------------------------------------------------------------
  // Pricing and editing

  private priceOf(quote: QuoteRecord) {
    const policy = this.host.policy();
    try {
      const today = this.host.today();
      const priced = priceQuote(
        pricingInput(quote, today),
        policy.pricing,
        { id: quote.customerId, tier: this.host.customer()?.tier ?? null },
        { asOf: today },
      );
      const approval = approvalStatus(priced, policy.approval, (quote.approvals ?? []) as Approval[]);
      return { priced, approval, pricingError: null };
    } catch (error) {
      return { priced: null, approval: null, pricingError: errorText(error) };
    }
  }

  reprice(): void {
    if (this.quote) Object.assign(this, this.priceOf(this.quote));
  }

  /**
   * Applies an edit. When it changes what an approval vouched for (the fingerprint), a quote that was pending,
   * approved, sent or rejected goes back to draft at once, and the approval visibly stops counting.
   */
  edit(next: QuoteRecord): void {
    if (!this.quote || this.readOnly) return;
    const before = this.approval;
    const result = this.priceOf(next);
    let quote = next;
    if (before && result.approval?.fingerprint !== before.fingerprint && REOPENED_BY_EDIT.includes(next.status)) {
      const comment = this.host.strings().reasonReopened;
      quote = transitionQuote(next, 'draft', { by: this.actor, at: nowIso(), comment });
      this.invalidated = before.granted.length > 0;
    }
    this.quote = quote;
    Object.assign(this, result);
    this.notify('edit');
  }

  setPriceMode(mode: PriceMode): boolean {
    if (!this.quote || mode === this.quote.priceMode) return false;
    try {
      this.edit(convertPriceMode(this.quote, mode, this.host.policy().pricing.rounding));
      return true;
    } catch (error) {
      this.message = errorText(error);
      this.host.changed();
      return false;
    }
  }

  setHeader(field: 'validUntil' | 'paymentTerms' | 'notes', value: string): void {
    if (!this.quote) return;
    const next = { ...this.quote };
    if (value === '') delete next[field];
    else next[field] = value;
    this.edit(next);
  }

  // -------------------------------------------------------------------------------------------
  // Saving

  private changeDetail(reason: QuoteChangeDetail['reason']): QuoteChangeDetail {
    return { quote: publicQuote(this.quote!), priced: this.priced, approval: this.approval, reason };
  }

  /** The quote changed: tell the page and save it. */
  notify(reason: QuoteChangeDetail['reason']): void {
    this.touch();
    this.host.emit('crm-quote-change', this.changeDetail(reason));
  }

  /** Something worth keeping changed (the quote, or only what is typed on screen): autosave it. */
  touch(): void {
    this.dirty = true;
    this.editCount++;
    this.saveState = 'unsaved';
    this.host.scheduleSave();
    this.host.changed();
  }

  recordToSave(): QuoteRecord {
    const { editor: _old, ...rest } = this.quote!;
    const editor = this.host.editorState();
    return editor ? { ...rest, editor } : rest;
  }

  /** One save (the autosave calls it): writes unless another tab's newer save is unresolved. */
  async persist(): Promise<void> {
    const store = this.host.store();
    if (!store || !this.quote || !this.dirty || (this.conflict && !this.forceSave)) return;
    const editsAtStart = this.editCount;
    const force = this.forceSave;
    this.forceSave = false;
    this.saving = true;
    this.saveState = 'saving';
    this.refusal = undefined;
    try {
      const result = await saveQuote(store, this.recordToSave(), this.baseUpdatedAt, force);
      if (result.status === 'conflict') {
        this.conflict = result.theirs;
        this.saveState = 'unsaved';
        this.host.emit('crm-quote-conflict', { mine: publicQuote(this.quote), theirs: publicQuote(result.theirs) });
        return;
      }
      const { createdAt, updatedAt } = result.record;
      this.baseUpdatedAt = updatedAt;
      if (this.quote.id === result.record.id) this.quote = { ...this.quote, createdAt, updatedAt };
      if (this.editCount === editsAtStart) this.dirty = false;
      this.saveState = this.dirty ? 'unsaved' : 'saved';
      this.savedAt = updatedAt;
      this.saveError = undefined;
      this.host.emit('crm-quote-save', { quote: publicQuote(result.record) });
    } catch (error) {
      this.saveState = 'error';
      if (error instanceof GuardError) this.refusal = error;
      else this.saveError = errorText(error);
    } finally {
      this.saving = false;
      // Look at the store's latest copy again now that this save's own echo can be told apart.
      this.lastSeen = undefined;
      this.host.changed();
    }
  }

  resolveConflict(keep: 'mine' | 'theirs'): void {
    const theirs = this.conflict;
    if (!theirs) return;
    if (keep === 'theirs') {
      this.load(theirs, true);
      this.host.emit('crm-quote-change', this.changeDetail('reload'));
      return;
    }
    this.conflict = undefined;
    this.baseUpdatedAt = theirs.updatedAt;
    this.forceSave = true;
    this.dirty = true;
    void this.host.flushSave();
  }

  // -------------------------------------------------------------------------------------------
  // Life cycle and approvals

  /**
   * A change through the state machine or approvals: shown and saved at once. If the store refuses it, the
   * quote goes back to what it was and the refusal is the message. Resolves true when stored.
   */
  private async commit(next: QuoteRecord, reason: QuoteChangeDetail['reason']): Promise<boolean> {
    const previous = this.quote;
    this.quote = next;
    this.reprice();
    this.notify(reason);
    await this.host.flushSave();
    const refusal = this.refusal;
    if (!refusal || !previous) return true;
    this.refusal = undefined;
    this.quote = previous;
    this.reprice();
    this.saveState = 'unsaved';
    this.message = this.host.strings().refused(refusal.rule, refusal.message);
    this.host.changed();
    return false;
  }

  private get authority(): ApprovalAuthority {
    const rules = this.host.store()?.approvalRules;
    return {
      directory: [...(rules?.directory ?? []), ...this.host.storedApprovers()],
      segregationOfDuties: rules?.segregationOfDuties ?? true,
    };
  }

  /** Who may sign each missing level now (the owner and submitter left out). */
  signers(): Map<string, Signer[]> {
    const { quote, priced, approval } = this;
    const result = new Map<string, Signer[]>();
    if (!quote || !priced || !approval) return result;
    const scope = quoteScope(quote, priced.lines);
    for (const level of approval.missing) result.set(level, signersFor(this.authority, level, scope, nowIso()));
    return result;
  }

  /** The level the current user may sign now, or why not, and whether they may reject. */
  approverState(): ReturnType<typeof approverState> {
    const { quote, priced, approval } = this;
    const user = this.host.user()?.trim();
    const base = approverState({
      status: quote?.status ?? 'draft',
      approval,
      hasUser: !!user,
      conflict: !!this.conflict,
    });
    if (base.reason || !quote || !priced || !approval || !user) return base;
    const scope = quoteScope(quote, priced.lines);
    const at = nowIso();
    const authority = this.authority;
    const args = {
      authority,
      policy: this.host.policy().approval,
      status: approval,
      approvals: (quote.approvals ?? []) as Approval[],
      by: user,
      at,
      scope,
    };
    // May reject: holds one of the required levels for this quote and is not its author.
    const canReject = approval.required.some((level) => {
      const refusal = checkSigner({ ...args, status: { ...approval, missing: [level] }, level });
      return !refusal || refusal.rule === 'already-signed';
    });
    const level = approval.missing[0];
    if (level === undefined) return { level: null, reason: null, canReject };
    const refusal = checkSigner({ ...args, level });
    if (!refusal) return { level, reason: null, canReject };
    if (refusal.rule === 'not-approver') {
      // Someone who holds a later level is told the order, not that they cannot approve.
      const later = approval.missing.find(
        (l) => checkSigner({ ...args, status: { ...approval, missing: [l] }, level: l }) === null,
      );
      if (later) return { level: null, reason: { code: 'lower-first', level }, canReject };
      return { level: null, reason: { code: 'not-approver', levels: [level] }, canReject };
    }
    return { level: null, reason: { code: refusal.rule as 'already-signed' | 'self-approval' }, canReject };
  }

  actions(facts: { fieldErrors: boolean }): ActionState[] {
    return actionStates({
      status: this.quote?.status ?? 'draft',
      approval: this.approval,
      hasUser: !!this.host.user()?.trim(),
      fieldErrors: facts.fieldErrors,
      includedLines: this.priced?.lines.filter((l) => l.included).length ?? 0,
      conflict: !!this.conflict,
      superseded: !!this.quote?.supersededBy,
    });
  }

  private attempt<R>(work: () => R): R | undefined {
    try {
      return work();
    } catch (error) {
      this.message = errorText(error);
      this.host.changed();
      return undefined;
    }
  }

  async approve(level: string, comment?: string): Promise<boolean> {
    const { quote, priced } = this;
    if (!quote || !priced) return false;
    const policy = this.host.policy().approval;
    const at = nowIso();
    const by = this.actor;
    const prepared = this.attempt(() => {
      const signer = checkSigner({
        authority: this.authority,
        policy,
        status: approvalStatus(priced, policy, (quote.approvals ?? []) as Approval[]),
        approvals: (quote.approvals ?? []) as Approval[],
        level,
        by,
        at,
        scope: quoteScope(quote, priced.lines),
      });
      if (signer) throw new Error(this.host.strings().refused(signer.rule, signer.message));
      const principal = signersFor(this.authority, level, quoteScope(quote, priced.lines), at).find(
        (s) => s.person === by,
      );
      const approval = {
        ...approveQuote(priced, level, { by, at, ...(comment ? { comment } : {}) }, policy),
        ...(principal?.onBehalfOf ? { onBehalfOf: principal.onBehalfOf } : {}),
      };
      let next: QuoteRecord = { ...quote, approvals: [...(quote.approvals ?? []), approval] };
      const status = approvalStatus(priced, policy, next.approvals as Approval[]);
      if (status.complete) {
        next = transitionQuote(next, 'approved', { by, at, approval: status, ...(comment ? { comment } : {}) });
      }
      return { next, complete: status.complete };
    });
    if (!prepared || !(await this.commit(prepared.next, 'approve'))) return false;
    const detail = { quote: publicQuote(prepared.next), level, by, complete: prepared.complete };
    this.host.emit('crm-quote-approve', comment ? { ...detail, comment } : detail);
    return true;
  }

  async reject(comment: string): Promise<boolean> {
    const quote = this.quote;
    if (!quote || !comment) return false;
    const next = this.attempt(() => transitionQuote(quote, 'rejected', { by: this.actor, at: nowIso(), comment }));
    if (!next || !(await this.commit(next, 'reject'))) return false;
    this.host.emit('crm-quote-reject', { quote: publicQuote(next), by: this.actor, comment, source: 'approver' });
    return true;
  }

  /** Runs a life-cycle action (submit, send, accept, decline, reopen, expire, convert). */
  async run(action: ActionState): Promise<boolean> {
    const { quote, approval } = this;
    if (!quote || action.reason) return false;
    if (action.id === 'convert') return this.convertToOrder();
    const next = this.attempt(() =>
      transitionQuote(quote, action.to as QuoteStatus, {
        by: this.actor,
        at: nowIso(),
        ...(approval ? { approval } : {}),
      }),
    );
    if (!next) return false;
    if (action.id === 'submit') this.invalidated = false;
    if (!(await this.commit(next, 'transition'))) return false;
    if (action.id === 'submit' && approval) this.host.emit('crm-quote-submit', { quote: publicQuote(next), approval });
    if (action.id === 'decline') {
      this.host.emit('crm-quote-reject', { quote: publicQuote(next), by: this.actor, source: 'customer' });
    }
    return true;
  }

  /**
   * Accepted -> order: the order (frozen copies of the priced lines) is written first, under an id derived
   * from the quote so a retry cannot duplicate it, then the quote moves to ordered. The store only takes an
   * order for a stored accepted quote, so a save still on its way is awaited first.
   */
  private async convertToOrder(): Promise<boolean> {
    const store = this.host.store();
    if (!store) return false;
    await this.host.flushSave();
    const { quote, priced } = this;
    if (!quote || !priced) return false;
    const made = this.attempt(() =>
      quoteToOrder(quote, priced, { orderId: `ord-${quote.id}`, by: this.actor, at: nowIso() }),
    );
    if (!made) return false;
    try {
      await store.orders.put(made.order as unknown as NewRecord<'orders'>);
    } catch (error) {
      this.message =
        error instanceof GuardError ? this.host.strings().refused(error.rule, error.message) : errorText(error);
      this.host.changed();
      return false;
    }
    if (!(await this.commit(made.quote, 'transition'))) return false;
    this.message = this.host.strings().orderCreated(made.order.id);
    this.host.emit('crm-order-create', { order: made.order, quote: publicQuote(made.quote) });
    return true;
  }

  /** Saves a copy as the next revision (a new draft) and marks this one as replaced; returns the new id. */
  async saveAsNewVersion(): Promise<string | undefined> {
    const store = this.host.store();
    if (!store || !this.quote) return undefined;
    try {
      await this.host.flushSave();
      const old = this.quote;
      const next = nextVersion(
        this.recordToSave(),
        `q-${newId()}`,
        this.actor,
        nowIso(),
        this.host.strings().previousVersion,
      );
      const saved = (await store.quotes.put(next)) as QuoteRecord;
      await store.quotes.update(old.id, { supersededBy: saved.id } as Partial<Quote>);
      this.quote = undefined;
      this.lastSeen = undefined;
      this.load(saved, true);
      this.host.emit('crm-quote-change', this.changeDetail('reload'));
      return saved.id;
    } catch (error) {
      this.message = errorText(error);
      this.host.changed();
      return undefined;
    }
  }
}
