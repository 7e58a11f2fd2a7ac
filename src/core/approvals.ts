/**
 * Approvals and the quote life cycle.
 *
 * - An approval policy maps thresholds (total discount % above X, margin % below Y; per tier
 *   and per product category if wanted) to the approval level they need.
 * - An approval is bound to the fingerprint of the priced quote it was given for: editing any
 *   priced field changes the fingerprint and the approval no longer counts (re-approval).
 * - The quote state machine rejects illegal transitions and refuses to approve, send or accept
 *   a quote whose approvals are missing or stale.
 */

import { DEFAULT_APPROVAL_POLICY } from './defaults.js';
import { CrmCoreError } from './errors.js';
import { compareFraction, PPM, percentOf, percentToPpm } from './numeric.js';
import type { PricedLine, PricedQuote, QuoteTotals } from './pricing.js';
import { QUOTE_STATUSES, type QuoteStatus } from './quote-statuses.js';

// ---------------------------------------------------------------------------------------------
// Policy

export type ApprovalMetric = 'discount' | 'margin' | 'amount';

export interface ApprovalRule {
  readonly id: string;
  /**
   * `discount`: triggers when the discount against list is above `threshold` %. `margin`: when the margin is
   * below `threshold` %. `amount`: when the tax-excluded amount is above `threshold` minor units (fen).
   */
  readonly metric: ApprovalMetric;
  readonly threshold: number;
  /** The approval level this rule requires; one of the policy's `levels`. */
  readonly level: string;
  /** Only for customers of these tiers. */
  readonly tiers?: readonly string[];
  /**
   * `quote` (default): measured on the quote's totals. `line`: measured on each included line; the rule
   * names every line that triggers it. Setting `categories` implies `line`.
   */
  readonly scope?: 'quote' | 'line';
  /** Evaluated per line of these product categories instead of on the quote total. */
  readonly categories?: readonly string[];
}

export interface ApprovalPolicy {
  /** Levels from lowest to highest authority, e.g. supervisor, project lead, director. */
  readonly levels: readonly string[];
  readonly rules: readonly ApprovalRule[];
  /**
   * `cumulative` (default): approval goes level by level, so needing a director also needs the
   * supervisor and the project lead. `highest`: only the highest triggered level signs.
   */
  readonly chain?: 'cumulative' | 'highest';
  /**
   * What a margin rule does when the margin is unknown (a line without cost):
   * `require` (default; an unknown margin is not a good margin) or `ignore`.
   */
  readonly unknownMargin?: 'require' | 'ignore';
}

export { DEFAULT_APPROVAL_POLICY } from './defaults.js';

export interface ApprovalReason {
  readonly ruleId: string;
  readonly level: string;
  readonly metric: ApprovalMetric;
  readonly threshold: number;
  /**
   * The measured value: discount or margin in percent (2 decimals), or the amount in minor units; null for an
   * unknown margin. For a line rule, the value of the line that is furthest past the threshold.
   */
  readonly actual: number | null;
  /** The first line that triggered a line rule; null for a quote-level rule. */
  readonly lineId: string | null;
  /** Every line that triggered a line rule, in quote order; empty for a quote-level rule. */
  readonly lineIds: readonly string[];
}

export interface ApprovalRequirement {
  /** Levels that must sign, lowest first. Empty: no approval needed. */
  readonly required: readonly string[];
  readonly highest: string | null;
  readonly reasons: readonly ApprovalReason[];
}

function checkPolicy(policy: ApprovalPolicy): Map<string, number> {
  if (typeof policy !== 'object' || policy === null || !Array.isArray(policy.levels) || !Array.isArray(policy.rules)) {
    throw new CrmCoreError('invalid-input', 'policy must be { levels, rules }', { path: 'policy' });
  }
  const rank = new Map<string, number>();
  policy.levels.forEach((level, i) => {
    if (typeof level !== 'string' || level === '' || rank.has(level)) {
      throw new CrmCoreError('invalid-input', 'levels must be distinct non-empty strings', {
        path: `policy.levels[${i}]`,
        value: level,
      });
    }
    rank.set(level, i);
  });
  policy.rules.forEach((r, i) => {
    const path = `policy.rules[${i}]`;
    if (r.metric !== 'discount' && r.metric !== 'margin' && r.metric !== 'amount') {
      throw new CrmCoreError('invalid-input', 'metric must be discount, margin or amount', {
        path: `${path}.metric`,
        value: r.metric,
      });
    }
    if (r.scope !== undefined && r.scope !== 'quote' && r.scope !== 'line') {
      throw new CrmCoreError('invalid-input', 'scope must be quote or line', { path: `${path}.scope`, value: r.scope });
    }
    // Margin thresholds may be negative in principle, but a policy below -100% makes no sense.
    if (r.metric === 'amount') {
      if (!Number.isSafeInteger(r.threshold) || r.threshold < 0) {
        throw new CrmCoreError('not-integer', 'an amount threshold is a non-negative integer of minor units', {
          path: `${path}.threshold`,
          value: r.threshold,
        });
      }
    } else if (r.metric === 'discount') percentToPpm(r.threshold, `${path}.threshold`);
    else if (
      typeof r.threshold !== 'number' ||
      !Number.isFinite(r.threshold) ||
      r.threshold > 100 ||
      r.threshold < -100
    ) {
      throw new CrmCoreError('out-of-range', 'must be a percentage between -100 and 100', {
        path: `${path}.threshold`,
        value: r.threshold,
      });
    }
    if (!rank.has(r.level)) {
      throw new CrmCoreError('invalid-input', `unknown level (policy levels: ${policy.levels.join(', ')})`, {
        path: `${path}.level`,
        value: r.level,
      });
    }
  });
  if (policy.chain !== undefined && policy.chain !== 'cumulative' && policy.chain !== 'highest') {
    throw new CrmCoreError('invalid-input', 'chain must be cumulative or highest', {
      path: 'policy.chain',
      value: policy.chain,
    });
  }
  return rank;
}

/** Ppm of a percentage that may be negative (margin thresholds). */
function signedPpm(percent: number, path: string): number {
  return percent < 0 ? -percentToPpm(-percent, path) : percentToPpm(percent, path);
}

interface Measured {
  readonly list: number;
  readonly final: number;
  readonly net: number;
  readonly margin: number | null;
}

function triggered(
  rule: ApprovalRule,
  m: Measured,
  unknownMargin: 'require' | 'ignore',
  index: number,
): { hit: boolean; actual: number | null } {
  if (rule.metric === 'amount') return { hit: m.net > rule.threshold, actual: m.net };
  const ppm = signedPpm(rule.threshold, `policy.rules[${index}].threshold`);
  if (rule.metric === 'discount') {
    if (m.list <= 0) return { hit: false, actual: null };
    // (list - final) / list > threshold, compared exactly in integers.
    return {
      hit: compareFraction(m.list - m.final, m.list, ppm, PPM) > 0,
      actual: percentOf(m.list - m.final, m.list),
    };
  }
  if (m.margin === null) return { hit: unknownMargin === 'require', actual: null };
  if (m.net <= 0) return { hit: true, actual: null };
  return { hit: compareFraction(m.margin, m.net, ppm, PPM) < 0, actual: percentOf(m.margin, m.net) };
}

const fromTotals = (t: QuoteTotals): Measured => ({ list: t.list, final: t.final, net: t.net, margin: t.margin });
const fromLine = (l: PricedLine): Measured => ({
  list: l.listAmount,
  final: l.finalAmount,
  net: l.net,
  margin: l.margin,
});

/**
 * The approval levels a priced quote needs under a policy, with the reasons. Quote-level rules
 * read the totals; category rules read each included line of those categories.
 */
export function requiredApprovals(
  priced: PricedQuote,
  policy: ApprovalPolicy = DEFAULT_APPROVAL_POLICY,
): ApprovalRequirement {
  const rank = checkPolicy(policy);
  const unknownMargin = policy.unknownMargin ?? 'require';
  const reasons: ApprovalReason[] = [];
  policy.rules.forEach((rule, index) => {
    if (rule.tiers && !(priced.customerTier !== null && rule.tiers.includes(priced.customerTier))) return;
    const base = { ruleId: rule.id, level: rule.level, metric: rule.metric, threshold: rule.threshold };
    if (rule.categories || rule.scope === 'line') {
      const lineIds: string[] = [];
      let worst: number | null = null;
      for (const line of priced.lines) {
        if (!line.included) continue;
        if (rule.categories && (line.category === undefined || !rule.categories.includes(line.category))) continue;
        const t = triggered(rule, fromLine(line), unknownMargin, index);
        if (!t.hit) continue;
        lineIds.push(line.id);
        // A margin rule's worst line is the thinnest one; discounts and amounts, the largest.
        if (t.actual !== null && (worst === null || (rule.metric === 'margin' ? t.actual < worst : t.actual > worst)))
          worst = t.actual;
      }
      if (lineIds.length > 0) reasons.push({ ...base, actual: worst, lineId: lineIds[0]!, lineIds });
    } else {
      const t = triggered(rule, fromTotals(priced.totals), unknownMargin, index);
      if (t.hit) reasons.push({ ...base, actual: t.actual, lineId: null, lineIds: [] });
    }
  });
  const top = reasons.reduce((max, r) => Math.max(max, rank.get(r.level) ?? -1), -1);
  const required = top < 0 ? [] : policy.chain === 'highest' ? [policy.levels[top]!] : policy.levels.slice(0, top + 1);
  return { required, highest: top < 0 ? null : policy.levels[top]!, reasons };
}

// ---------------------------------------------------------------------------------------------
// Fingerprint

/** cyrb53: a small, fast, well-mixed 53-bit string hash (public domain, bryc). */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The priced fields an approval vouches for, in a fixed order (descriptions and notes are not priced). */
function canonical(priced: PricedQuote): string {
  const lines = priced.lines.map((l) => [
    l.id,
    l.productId ?? null,
    l.category ?? null,
    l.quantity,
    l.unitPrice,
    l.vatRate,
    l.lineDiscount ?? null,
    l.cost ?? null,
    l.included,
    l.listAmount,
    l.finalAmount,
    l.net,
    l.tax,
    l.gross,
    l.steps.map((s) => [s.kind, s.ruleId, s.percent, s.discount]),
  ]);
  const t = priced.totals;
  return JSON.stringify([
    'crm-quote-v1',
    priced.quoteId,
    priced.customerId,
    priced.customerTier,
    priced.currency,
    priced.priceMode,
    priced.paymentTerms,
    priced.rounding,
    priced.taxRounding,
    lines,
    [t.list, t.final, t.net, t.tax, t.gross, t.cost],
  ]);
}

/**
 * A synchronous, dependency-free fingerprint of a priced quote (two cyrb53 hashes of the
 * canonical JSON of its priced fields, 28 hex digits). Any change to a quantity, price,
 * discount, rate, tax, customer tier or total changes it.
 */
export function fingerprintQuote(priced: PricedQuote): string {
  const text = canonical(priced);
  return cyrb53(text, 0).toString(16).padStart(14, '0') + cyrb53(text, 0x9e3779b9).toString(16).padStart(14, '0');
}

// ---------------------------------------------------------------------------------------------
// Approvals bound to a fingerprint

export interface Approval {
  readonly level: string;
  readonly by: string;
  /** ISO timestamp. */
  readonly at: string;
  readonly fingerprint: string;
  readonly comment?: string;
  /** Signed by a delegate: the person whose authority was delegated (see `ApproverEntry.delegateOf`). */
  readonly onBehalfOf?: string;
}

function checkTimestamp(value: unknown, path: string): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw new CrmCoreError('invalid-date', 'must be an ISO timestamp', { path, value });
  }
  return value;
}

function checkActor(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new CrmCoreError('invalid-input', 'must name who acts', { path, value });
  }
  return value;
}

/** Records an approval at `level` for exactly this priced quote (bound to its fingerprint). */
export function approveQuote(
  priced: PricedQuote,
  level: string,
  actor: { by: string; at: string; comment?: string },
  policy: ApprovalPolicy = DEFAULT_APPROVAL_POLICY,
): Approval {
  const rank = checkPolicy(policy);
  if (!rank.has(level)) {
    throw new CrmCoreError('invalid-input', `unknown level (policy levels: ${policy.levels.join(', ')})`, {
      path: 'level',
      value: level,
    });
  }
  return {
    level,
    by: checkActor(actor.by, 'by'),
    at: checkTimestamp(actor.at, 'at'),
    fingerprint: fingerprintQuote(priced),
    ...(actor.comment !== undefined ? { comment: actor.comment } : {}),
  };
}

export interface ApprovalStatus extends ApprovalRequirement {
  /** Fingerprint of the priced quote the status was computed for. */
  readonly fingerprint: string;
  /** Required levels with a valid approval (same fingerprint). */
  readonly granted: readonly string[];
  readonly missing: readonly string[];
  /** Approvals given for another fingerprint: the quote changed after they were given. */
  readonly stale: readonly Approval[];
  readonly complete: boolean;
}

/** Which required levels are approved for the current priced quote and which are missing or stale. */
export function approvalStatus(
  priced: PricedQuote,
  policy: ApprovalPolicy = DEFAULT_APPROVAL_POLICY,
  approvals: readonly Approval[] = [],
): ApprovalStatus {
  const requirement = requiredApprovals(priced, policy);
  const fingerprint = fingerprintQuote(priced);
  const valid = new Set(approvals.filter((a) => a.fingerprint === fingerprint).map((a) => a.level));
  const granted = requirement.required.filter((l) => valid.has(l));
  const missing = requirement.required.filter((l) => !valid.has(l));
  return {
    ...requirement,
    fingerprint,
    granted,
    missing,
    stale: approvals.filter((a) => a.fingerprint !== fingerprint),
    complete: missing.length === 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Quote state machine

export { QUOTE_STATUSES, type QuoteStatus } from './quote-statuses.js';

/**
 * Allowed moves. Editing sends a quote back to draft; rejected quotes can be revised;
 * ordered and expired are final.
 */
export const QUOTE_TRANSITIONS: Readonly<Record<QuoteStatus, readonly QuoteStatus[]>> = {
  draft: ['pending-approval', 'approved', 'expired'],
  'pending-approval': ['approved', 'rejected', 'draft'],
  approved: ['sent', 'draft', 'expired'],
  sent: ['accepted', 'rejected', 'expired', 'draft'],
  accepted: ['ordered'],
  ordered: [],
  rejected: ['draft'],
  expired: [],
};

/** One recorded step of the life cycle (matches the stored quote history entries). */
export interface QuoteTransition {
  readonly from?: QuoteStatus;
  readonly to: QuoteStatus;
  readonly by: string;
  readonly at: string;
  readonly comment?: string;
  /** Fingerprint of the priced quote when approving, sending or accepting. */
  readonly fingerprint?: string;
}

export interface QuoteLifecycle {
  readonly status: QuoteStatus;
  readonly history?: readonly QuoteTransition[];
}

export interface TransitionContext {
  readonly by: string;
  readonly at: string;
  readonly comment?: string;
  /** The approval status of the *current* priced quote; needed to approve, send or accept. */
  readonly approval?: ApprovalStatus;
}

/** True when the state machine allows `from -> to`. */
export function canTransition(from: QuoteStatus, to: QuoteStatus): boolean {
  return QUOTE_TRANSITIONS[from]?.includes(to) ?? false;
}

const GUARDED: readonly QuoteStatus[] = ['approved', 'sent', 'accepted'];

function lastFingerprint(history: readonly QuoteTransition[] | undefined, status: QuoteStatus): string | undefined {
  return history?.findLast((h) => h.to === status)?.fingerprint;
}

/**
 * Moves a quote to `to` and appends the step to its history (returns a new object).
 * Throws `illegal-transition` for a move the machine does not allow, `approval-required` when
 * approving/sending/accepting without a complete approval status, and `stale-approval` when the
 * priced quote changed since it was approved.
 */
export function transitionQuote<Q extends QuoteLifecycle>(quote: Q, to: QuoteStatus, ctx: TransitionContext): Q {
  const from = quote.status;
  if (!QUOTE_STATUSES.includes(from))
    throw new CrmCoreError('invalid-input', 'unknown quote status', { path: 'status', value: from });
  if (!QUOTE_STATUSES.includes(to))
    throw new CrmCoreError('invalid-input', 'unknown quote status', { path: 'to', value: to });
  if (!canTransition(from, to)) {
    const allowed = QUOTE_TRANSITIONS[from];
    throw new CrmCoreError(
      'illegal-transition',
      `cannot go from ${from} to ${to} (allowed: ${allowed.length ? allowed.join(', ') : 'none, final state'})`,
      { path: 'status', value: { from, to } },
    );
  }
  const by = checkActor(ctx.by, 'by');
  const at = checkTimestamp(ctx.at, 'at');
  let fingerprint: string | undefined;
  if (GUARDED.includes(to)) {
    const approval = ctx.approval;
    if (!approval)
      throw new CrmCoreError(
        'approval-required',
        `moving to ${to} needs the approval status of the current priced quote`,
        { path: 'approval' },
      );
    if (!approval.complete && approval.stale.length > 0) {
      // One code for "the approval no longer matches", whatever the edit was.
      throw new CrmCoreError('stale-approval', 'the quote changed after it was approved; approve it again', {
        path: 'approval',
        value: approval.missing,
      });
    }
    if (!approval.complete) {
      throw new CrmCoreError('approval-required', `missing approval: ${approval.missing.join(', ')}`, {
        path: 'approval',
        value: approval.missing,
      });
    }
    fingerprint = approval.fingerprint;
    const approvedAs = to === 'approved' ? undefined : lastFingerprint(quote.history, 'approved');
    if (approvedAs !== undefined && approvedAs !== fingerprint) {
      throw new CrmCoreError(
        'stale-approval',
        'the quote changed after it was approved; send it back to draft and approve again',
        {
          path: 'approval',
        },
      );
    }
  }
  const step: QuoteTransition = {
    from,
    to,
    by,
    at,
    ...(ctx.comment !== undefined ? { comment: ctx.comment } : {}),
    ...(fingerprint !== undefined ? { fingerprint } : {}),
  };
  return { ...quote, status: to, history: [...(quote.history ?? []), step] };
}

// ---------------------------------------------------------------------------------------------
// Quote -> order

export interface Order {
  readonly id: string;
  readonly quoteId: string | null;
  readonly customerId: string | null;
  readonly currency: string;
  readonly priceMode: PricedQuote['priceMode'];
  /** Tax-included grand total (minor units). */
  readonly total: number;
  readonly totals: QuoteTotals;
  /** Deep-frozen copies of the included priced lines. */
  readonly lines: readonly PricedLine[];
  readonly fingerprint: string;
  readonly createdAt: string;
  readonly status: 'open';
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Converts an accepted quote into an order: the included priced lines are copied and frozen,
 * so later edits to the quote cannot reach the order. The priced quote must be the one that
 * was accepted (same fingerprint), else `stale-approval`. Returns the order and the quote moved
 * to `ordered`.
 */
export function quoteToOrder<Q extends QuoteLifecycle>(
  quote: Q,
  priced: PricedQuote,
  ctx: { orderId: string; by: string; at: string },
): { order: Order; quote: Q } {
  if (quote.status !== 'accepted') {
    throw new CrmCoreError(
      'illegal-transition',
      `only an accepted quote becomes an order (status is ${quote.status})`,
      {
        path: 'status',
        value: quote.status,
      },
    );
  }
  if (typeof ctx.orderId !== 'string' || ctx.orderId === '')
    throw new CrmCoreError('invalid-input', 'needs an order id', { path: 'orderId' });
  const fingerprint = fingerprintQuote(priced);
  const acceptedAs = lastFingerprint(quote.history, 'accepted');
  if (acceptedAs !== undefined && acceptedAs !== fingerprint) {
    throw new CrmCoreError('stale-approval', 'the priced quote differs from the one the customer accepted', {
      path: 'priced',
    });
  }
  const lines = structuredClone(priced.lines.filter((l) => l.included));
  const order: Order = deepFreeze({
    id: ctx.orderId,
    quoteId: priced.quoteId,
    customerId: priced.customerId,
    currency: priced.currency,
    priceMode: priced.priceMode,
    total: priced.totals.gross,
    totals: structuredClone(priced.totals),
    lines,
    fingerprint,
    createdAt: checkTimestamp(ctx.at, 'at'),
    status: 'open' as const,
  });
  const next = transitionQuote(quote, 'ordered', { by: ctx.by, at: ctx.at });
  return { order, quote: next };
}

export * from './approval-authority.js';
