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
 * Whether approving is possible at all now (pending approval, no conflict, a user, a priced quote); who may
 * sign which level is the approver directory's call (see QuoteController.approverState).
 */
export function approverState(f: ApproverFacts): {
  level: string | null;
  reason: ActionReason | null;
  canReject: boolean;
} {
  const blocked = (reason: ActionReason) => ({ level: null, reason, canReject: false });
  if (f.status !== 'pending-approval') return blocked({ code: 'status', status: f.status });
  if (f.conflict) return blocked({ code: 'conflict' });
  if (!f.hasUser) return blocked({ code: 'no-user' });
  if (!f.approval) return blocked({ code: 'pricing-error' });
  return { level: null, reason: null, canReject: false };
}
