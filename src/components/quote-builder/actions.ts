/**
 * Which life-cycle actions the builder offers right now, and why the others are disabled. The state
 * machine and approval rules are the core's (`canTransition`, `approvalStatus`); this only explains them.
 */
import { type ApprovalStatus, canTransition, type QuoteStatus } from '../../core/approvals.js';
import type { ActionReason } from './quote-builder.strings.js';

export type ActionId = 'submit' | 'send' | 'accept' | 'decline' | 'convert' | 'reopen' | 'expire';

export interface ActionState {
  readonly id: ActionId;
  /** The status the action moves the quote to. */
  readonly to: QuoteStatus;
  readonly reason: ActionReason | null;
}

export interface ActionFacts {
  readonly status: QuoteStatus;
  /** Null when the quote cannot be priced. */
  readonly approval: ApprovalStatus | null;
  readonly hasUser: boolean;
  readonly fieldErrors: boolean;
  readonly includedLines: number;
  readonly conflict: boolean;
  /** Superseded by a newer version. */
  readonly superseded: boolean;
}

export interface ApproverFacts {
  readonly status: QuoteStatus;
  readonly approval: ApprovalStatus | null;
  readonly role: string | undefined;
  readonly hasUser: boolean;
  readonly conflict: boolean;
}

function target(id: ActionId, facts: ActionFacts): QuoteStatus {
  switch (id) {
    case 'submit':
      // With nothing to approve, a draft goes straight to approved (the core checks it is complete).
      return facts.approval && facts.approval.required.length === 0 ? 'approved' : 'pending-approval';
    case 'send':
      return 'sent';
    case 'accept':
      return 'accepted';
    case 'decline':
      return 'rejected';
    case 'convert':
      return 'ordered';
    case 'reopen':
      return 'draft';
    case 'expire':
      return 'expired';
  }
}

const ACTIONS: readonly ActionId[] = ['submit', 'send', 'accept', 'decline', 'convert', 'reopen', 'expire'];
/** Moves that vouch for the priced quote: they need its approval complete and valid. */
const NEEDS_APPROVAL: readonly ActionId[] = ['send', 'accept'];
/** Moves that need a clean, priced quote. */
const NEEDS_CLEAN_QUOTE: readonly ActionId[] = ['submit', 'send', 'accept', 'convert'];
/** `decline` from sent is the customer's rejection; from pending-approval rejecting is the approver's call. */
const ALLOWED_FROM: Partial<Record<ActionId, readonly QuoteStatus[]>> = { decline: ['sent'] };

function reasonFor(id: ActionId, to: QuoteStatus, f: ActionFacts): ActionReason | null {
  const from = ALLOWED_FROM[id];
  if (f.superseded || !canTransition(f.status, to) || (from && !from.includes(f.status))) {
    return { code: 'status', status: f.status };
  }
  if (f.conflict) return { code: 'conflict' };
  if (!f.hasUser) return { code: 'no-user' };
  if (NEEDS_CLEAN_QUOTE.includes(id)) {
    if (f.fieldErrors) return { code: 'field-errors' };
    if (!f.approval) return { code: 'pricing-error' };
    if (f.includedLines === 0) return { code: 'no-lines' };
  }
  if (NEEDS_APPROVAL.includes(id) && f.approval && !f.approval.complete) {
    return f.approval.stale.length > 0
      ? { code: 'approval-stale' }
      : { code: 'approval-missing', levels: [...f.approval.missing] };
  }
  return null;
}

export function actionStates(facts: ActionFacts): ActionState[] {
  return ACTIONS.map((id) => {
    const to = target(id, facts);
    return { id, to, reason: reasonFor(id, to, facts) };
  });
}

/**
 * The level the current user may sign now, or why not. Approval goes level by level: the lowest missing
 * level signs first (with `chain: 'highest'` only the top level is missing at all).
 */
export function approverState(f: ApproverFacts): {
  level: string | null;
  reason: ActionReason | null;
  canReject: boolean;
} {
  if (f.status !== 'pending-approval')
    return { level: null, reason: { code: 'status', status: f.status }, canReject: false };
  if (f.conflict) return { level: null, reason: { code: 'conflict' }, canReject: false };
  if (!f.hasUser) return { level: null, reason: { code: 'no-user' }, canReject: false };
  if (!f.approval) return { level: null, reason: { code: 'pricing-error' }, canReject: false };
  const required = f.approval.required;
  const canReject = f.role !== undefined && required.includes(f.role);
  const next = f.approval.missing[0];
  if (next === undefined) return { level: null, reason: null, canReject };
  if (f.role === next) return { level: next, reason: null, canReject };
  if (f.role !== undefined && f.approval.missing.includes(f.role)) {
    return { level: null, reason: { code: 'lower-first', level: next }, canReject };
  }
  return { level: null, reason: { code: 'not-approver', levels: [next] }, canReject };
}
