/**
 * Guarded writes: records with a life cycle change state only through transitions the store checks inside
 * the write's own transaction, whoever writes (a widget, page JavaScript through the public store, an import,
 * the sync engine through `classifyPulledRow`).
 *
 * Quotes:
 * - `status`, `history` and `approvals` are guarded fields. History and approvals are append-only; a status
 *   changes only by appending the matching, legal step (`QUOTE_TRANSITIONS`) to the history.
 * - Moving to approved, sent or accepted needs a complete approval status for the quote's current content
 *   (priced by the store's own rules), from approvers the directory allows (see core approval-authority).
 * - A priced edit of a quote that is pending approval, approved, sent or rejected moves it back to draft at
 *   once, with a history step; the old approvals stay as evidence and count for nothing.
 * - Accepted, ordered and expired quotes keep their priced content; only a draft or rejected quote may be
 *   deleted.
 * Orders: created only from an accepted (or ordered) quote; their lines and total never change.
 * Other tables (e.g. opportunities' won/lost later) join by adding an entry to `GUARDS`.
 */
import {
  type Approval,
  type ApprovalAuthority,
  type ApprovalStatus,
  type ApproverEntry,
  approvalStatus,
  canTransition,
  checkSigner,
  fingerprintQuote,
  type QuoteStatus,
  type QuoteTransition,
  quoteScope,
  signerFor,
} from '../core/approvals.js';
import { type PricedQuote, priceQuote } from '../core/pricing.js';
import type { StoredRecord } from './backend.js';
import { GUARD_READS, type GuardContext, GuardError, type GuardRule, isGuarded } from './guard-rules.js';

export {
  DEFAULT_GUARD_CONFIG,
  type GuardConfig,
  type GuardContext,
  GuardError,
  type GuardReader,
  type GuardRule,
  guardReads,
  isGuarded,
} from './guard-rules.js';

import type { StoreName } from './database.js';
import type { Quote, TableName } from './model.js';
import { validateDirectory } from './schemas.js';

/** Who the store names in the history step it adds when an edit invalidates an approval. */
export const STORE_ACTOR = 'crm-store';

/** What the checks read, loaded before they run (the checks themselves are synchronous). */
export interface GuardInputs {
  /** The quote's customer (its tier prices the quote). */
  readonly customer?: StoredRecord;
  /** The page's directory and the `approvers` table. */
  readonly directory: readonly ApproverEntry[];
  /** An order's quote. */
  readonly quote?: StoredRecord;
}

interface TableGuard {
  /** Stores the check reads: they must be part of the write's transaction. */
  readonly reads: readonly StoreName[];
  check(
    ctx: GuardContext,
    inputs: GuardInputs,
    id: string,
    current: StoredRecord | undefined,
    next: StoredRecord | undefined,
  ): StoredRecord | undefined;
}

/** Statuses an edit of a priced field sends back to draft, because the approval no longer holds. */
export const REOPENED_BY_EDIT: readonly QuoteStatus[] = ['pending-approval', 'approved', 'sent', 'rejected'];
const FINAL: readonly QuoteStatus[] = ['accepted', 'ordered', 'expired'];
/** Moves that vouch for the priced quote: they need its approvals complete and current. */
const VOUCHING: readonly QuoteStatus[] = ['approved', 'sent', 'accepted'];
const DELETABLE: readonly QuoteStatus[] = ['draft', 'rejected'];

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The quote as the pricing engine reads it (shared with the quote builder, so both price the same input). */
export function quotePricingInput(quote: Quote, date: string) {
  return {
    id: quote.id,
    customerId: quote.customerId,
    currency: quote.currency,
    priceMode: quote.priceMode,
    ...(quote.paymentTerms ? { paymentTerms: quote.paymentTerms } : {}),
    date,
    lines: quote.lines,
  };
}

/** What the store knows about a quote's approvals: its pricing (null if it cannot be priced) and status. */
export interface QuoteAssessment {
  readonly priced: PricedQuote | null;
  readonly status: ApprovalStatus | null;
}

function assess(ctx: GuardContext, quote: Quote, customer: StoredRecord | undefined): QuoteAssessment {
  try {
    const date = ctx.config.asOf ?? today();
    const tier = (customer?.tier as string | undefined) ?? null;
    const input = quotePricingInput(quote, date);
    const priced = priceQuote(input, ctx.config.pricing, { id: quote.customerId, tier }, { asOf: date });
    return { priced, status: approvalStatus(priced, ctx.config.approval, (quote.approvals ?? []) as Approval[]) };
  } catch {
    return { priced: null, status: null };
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/**
 * Checks one quote write. `current` is the stored quote (undefined: a new record, checked as a whole);
 * returns the record to store, which differs from `next` only when an edit invalidated an approval.
 */
function checkQuote(
  ctx: GuardContext,
  { customer, directory }: GuardInputs,
  id: string,
  currentRecord: StoredRecord | undefined,
  nextRecord: StoredRecord | undefined,
): StoredRecord | undefined {
  const current = currentRecord as Quote | undefined;
  const refuse = (rule: GuardRule, message: string) => new GuardError('quotes', id, rule, message);
  if (!nextRecord) {
    if (current && !DELETABLE.includes(current.status)) {
      throw refuse(
        'delete-locked',
        `a ${current.status} quote is evidence and cannot be deleted (only draft or rejected)`,
      );
    }
    return undefined;
  }
  let next = nextRecord as Quote;
  const oldHistory = (current?.history ?? []) as QuoteTransition[];
  const oldApprovals = (current?.approvals ?? []) as Approval[];
  if (!same(oldHistory, (next.history ?? []).slice(0, oldHistory.length))) {
    throw refuse('history-append-only', 'the history can only grow: earlier steps cannot be changed or removed');
  }
  if (!same(oldApprovals, (next.approvals ?? []).slice(0, oldApprovals.length))) {
    throw refuse('approvals-append-only', 'approvals are evidence: they can be added, never changed or removed');
  }
  // Pricing is the costly part: only quotes past draft, or writes that add approvals or steps, need it.
  let assessed: QuoteAssessment | undefined;
  const after = () => (assessed ??= assess(ctx, next, customer));
  if (current && (FINAL.includes(current.status) || REOPENED_BY_EDIT.includes(current.status))) {
    const before = assess(ctx, current, customer);
    const now = after();
    const changed = !before.priced || !now.priced || fingerprintQuote(before.priced) !== fingerprintQuote(now.priced);
    if (changed && FINAL.includes(current.status)) {
      throw refuse('final-state', `a ${current.status} quote cannot change its priced content; save a new version`);
    }
    const untouched = next.status === current.status && (next.history ?? []).length === oldHistory.length;
    if (changed && untouched && REOPENED_BY_EDIT.includes(current.status)) {
      // Immediate invalidation: the store itself records the move back to draft.
      const step: QuoteTransition = {
        from: current.status,
        to: 'draft',
        by: STORE_ACTOR,
        at: ctx.now,
        comment: 'stale-approval: a priced field changed after approval',
      };
      next = { ...next, status: 'draft', history: [...oldHistory, step] } as Quote;
      assessed = undefined;
    }
  }
  const history = (next.history ?? []) as QuoteTransition[];
  // A new record is checked from its first step; a stored one from the steps this write adds.
  const added = history.slice(current ? oldHistory.length : 1);
  let status: QuoteStatus = current ? current.status : (history[0]?.to ?? 'draft');
  if (!current && history[0] && history[0].to !== 'draft') {
    throw refuse('illegal-transition', 'a quote starts as draft');
  }
  const passes = new Set<QuoteStatus>([status]);
  for (const step of added) {
    if (step.from !== status || !canTransition(status, step.to)) {
      throw refuse(
        'illegal-transition',
        `cannot go from ${step.from ?? status} to ${step.to} (the quote is ${status})`,
      );
    }
    status = step.to;
    passes.add(status);
  }
  if (next.status !== status) {
    throw refuse(
      'transition-not-recorded',
      `status ${next.status} needs its transition step in the history (the quote is ${status})`,
    );
  }
  const newApprovals = ((next.approvals ?? []) as Approval[]).slice(current ? oldApprovals.length : 0);
  if (newApprovals.length > 0 || added.some((s) => VOUCHING.includes(s.to) || s.to === 'ordered')) {
    const authority = { directory, segregationOfDuties: ctx.config.segregationOfDuties };
    checkApprovals(ctx, authority, next, after(), current ? oldApprovals : [], newApprovals, passes, added, refuse);
  }
  return next as StoredRecord;
}

function checkApprovals(
  ctx: GuardContext,
  authority: ApprovalAuthority,
  quote: Quote,
  assessed: QuoteAssessment,
  given: readonly Approval[],
  added: readonly Approval[],
  passes: ReadonlySet<QuoteStatus>,
  steps: readonly QuoteTransition[],
  refuse: (rule: GuardRule, message: string) => GuardError,
): void {
  const { priced, status } = assessed;
  if (!priced || !status) throw refuse('approval-required', 'the quote cannot be priced, so it cannot be approved');
  const fingerprint = status.fingerprint;
  if (added.length > 0) {
    if (!passes.has('pending-approval'))
      throw refuse('level-not-pending', 'approvals are given while the quote is pending approval');
    const scope = quoteScope(quote, priced.lines);
    const so_far: Approval[] = [...given];
    for (const approval of added) {
      if (approval.fingerprint !== fingerprint) {
        throw refuse('stale-approval', `the ${approval.level} approval was given for other figures than the quote's`);
      }
      const partial = approvalStatus(priced, ctx.config.approval, so_far);
      // A local write is judged at the moment it is written: a claimed earlier time cannot revive a lapsed entry.
      const at = ctx.mode === 'local' ? ctx.now : approval.at;
      const refusal = checkSigner({
        authority,
        policy: ctx.config.approval,
        status: partial,
        approvals: so_far,
        level: approval.level,
        by: approval.by,
        at,
        scope,
      });
      if (refusal) throw refuse(refusal.rule, refusal.message);
      const principal = signerFor(authority, approval.by, approval.level, scope, at)?.onBehalfOf;
      if (approval.onBehalfOf !== principal) {
        throw refuse('not-approver', `${approval.by} signs ${principal ? `for ${principal}` : 'in their own name'}`);
      }
      so_far.push(approval);
    }
  }
  for (const step of steps) {
    if (step.fingerprint !== undefined && step.fingerprint !== fingerprint) {
      throw refuse('stale-approval', `the ${step.to} step was recorded for other figures than the quote's`);
    }
    if (!VOUCHING.includes(step.to)) continue;
    if (!status.complete) {
      throw status.stale.length > 0
        ? refuse('stale-approval', 'the approvals no longer match the quote; it must be approved again')
        : refuse('approval-required', `moving to ${step.to} needs approval by ${status.missing.join(', ')}`);
    }
  }
}

function checkOrder(
  _ctx: GuardContext,
  { quote }: GuardInputs,
  id: string,
  current: StoredRecord | undefined,
  next: StoredRecord | undefined,
): StoredRecord | undefined {
  if (!next) return undefined;
  if (current) {
    if (!same(current.lines, next.lines) || current.total !== next.total || current.quoteId !== next.quoteId) {
      throw new GuardError(
        'orders',
        id,
        'order-frozen',
        'an order keeps the lines, total and quote it was created with',
      );
    }
    return next;
  }
  if (next.quoteId === undefined) return next;
  if (!quote || (quote.status !== 'accepted' && quote.status !== 'ordered')) {
    throw new GuardError(
      'orders',
      id,
      'order-needs-accepted-quote',
      `quote ${String(next.quoteId)} is ${quote?.status ?? 'missing'}, not accepted`,
    );
  }
  return next;
}

/** The guarded tables and what their checks read. */
export const GUARDS: Partial<Record<TableName, TableGuard>> = {
  quotes: { reads: GUARD_READS.quotes, check: checkQuote },
  orders: { reads: GUARD_READS.orders, check: checkOrder },
};

/**
 * Reads what the table's guard needs, inside the write's transaction. Each await here is a direct storage
 * read: awaiting other promises inside a Dexie transaction can make it commit early, so the checks that
 * follow are synchronous.
 */
export async function loadGuardInputs(
  ctx: GuardContext,
  table: TableName,
  current: StoredRecord | undefined,
  next: StoredRecord | undefined,
): Promise<GuardInputs> {
  const record = next ?? current;
  if (table === 'orders') {
    const quoteId = String(record?.quoteId ?? '');
    const quote = ctx.pending?.get(`quotes:${quoteId}`) ?? (await ctx.read.get('quotes', quoteId));
    return { directory: [], ...(quote ? { quote } : {}) };
  }
  const customerId = String(record?.customerId ?? '');
  const customer = ctx.pending?.get(`customers:${customerId}`) ?? (await ctx.read.get('customers', customerId));
  const stored = ctx.approvers ?? ((await ctx.read.list('approvers')) as unknown as ApproverEntry[]);
  const pending = [...(ctx.pending?.entries() ?? [])]
    .filter(([key]) => key.startsWith('approvers:'))
    .map(([, r]) => r as unknown as ApproverEntry);
  // The page's directory is checked here too: a write must not be approved against a directory that failed its check.
  validateDirectory(ctx.config.directory);
  return { directory: [...ctx.config.directory, ...stored, ...pending], ...(customer ? { customer } : {}) };
}

/** Runs the table's guard on one write: the record to store, or a GuardError. Unguarded tables pass unchanged. */
export function guardWrite(
  ctx: GuardContext,
  inputs: GuardInputs,
  table: TableName,
  id: string,
  current: StoredRecord | undefined,
  next: StoredRecord | undefined,
): StoredRecord | undefined {
  const guard = GUARDS[table];
  return guard ? guard.check(ctx, inputs, id, current, next) : next;
}

export type PulledRowVerdict =
  | { readonly verdict: 'apply'; readonly record: StoredRecord }
  | {
      readonly verdict: 'quarantine';
      readonly rule: GuardRule;
      readonly message: string;
      readonly record: StoredRecord;
    };

/**
 * For the sync engine: whether a row pulled from the server may be stored as it is. The row is checked on
 * its own (its history, approvals and status must justify each other under this store's rules); a row that
 * would skip a required approval is not applied and not dropped: quarantine it and show it. Must run inside
 * the transaction that writes the row, with `guardReads([table])` included.
 */
export async function classifyPulledRow(
  ctx: GuardContext,
  table: TableName,
  row: StoredRecord,
): Promise<PulledRowVerdict> {
  const id = String(row.id);
  const inputs = isGuarded(table) ? await loadGuardInputs(ctx, table, undefined, row) : { directory: [] };
  try {
    const record = guardWrite(ctx, inputs, table, id, undefined, row);
    return { verdict: 'apply', record: record ?? row };
  } catch (error) {
    if (error instanceof GuardError)
      return { verdict: 'quarantine', rule: error.rule, message: error.message, record: row };
    throw error;
  }
}
