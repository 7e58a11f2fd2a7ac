/**
 * Approval authority: who may sign which approval level.
 *
 * - The approver directory lists who holds which level, optionally only for some teams or product
 *   categories and only between two dates. A person holds exactly the levels listed for them (a director
 *   who should also sign as supervisor gets two entries).
 * - Delegation: an entry with `delegateOf` lets one person sign for another while the entry is valid; the
 *   delegate signs with the delegator's authority (which must hold at that moment) and the approval records
 *   both names. Delegation does not chain.
 * - In one chain (the approvals of one fingerprint) a person signs at most once, directly or as a delegate.
 * - Segregation of duties (on by default): the quote's owner and the person who submitted it cannot approve
 *   it, not even through a delegate of theirs.
 */
import type { Approval, ApprovalPolicy, ApprovalStatus, QuoteTransition } from './approvals.js';

export interface ApproverEntry {
  readonly id?: string;
  /** The name the page uses for the person (`currentUser.name`, `Approval.by`). */
  readonly person: string;
  /** The approval level held, one of the policy's levels. */
  readonly level: string;
  /** Only for quotes of these teams (`quote.team`); absent: every team. */
  readonly teams?: readonly string[];
  /** Only for quotes whose included lines all belong to these product categories; absent: every category. */
  readonly categories?: readonly string[];
  /** First day (`YYYY-MM-DD`, UTC) or instant (ISO timestamp) the entry is valid; absent: always. */
  readonly validFrom?: string;
  /** Last day (inclusive) or instant the entry is valid; absent: no end. */
  readonly validUntil?: string;
  /** A delegation: `person` signs `level` for this person, who must hold it themselves. */
  readonly delegateOf?: string;
}

export interface ApprovalAuthority {
  readonly directory: readonly ApproverEntry[];
  /** Owners and submitters cannot approve their own quote (default true). */
  readonly segregationOfDuties?: boolean;
}

/** What a signature is checked against: the quote's team, categories and the people who may not sign it. */
export interface QuoteScope {
  readonly team?: string;
  /** Categories of the included lines (a line without a category counts as `''`). */
  readonly categories: readonly string[];
  /** The owner and the submitter of the current approval round. */
  readonly authors: readonly string[];
}

export type SigningRule = 'level-not-pending' | 'lower-first' | 'not-approver' | 'already-signed' | 'self-approval';

export interface SigningRefusal {
  readonly rule: SigningRule;
  readonly level: string;
  readonly by: string;
  readonly message: string;
}

/** A person who may sign a level, directly or for someone else. */
export interface Signer {
  readonly person: string;
  readonly onBehalfOf?: string;
}

/** Start and end instants of an entry; a bare date covers its whole UTC day. */
function validity(entry: ApproverEntry): [number, number] {
  const from = entry.validFrom
    ? Date.parse(entry.validFrom.length === 10 ? `${entry.validFrom}T00:00:00Z` : entry.validFrom)
    : -Infinity;
  const until = entry.validUntil
    ? Date.parse(entry.validUntil.length === 10 ? `${entry.validUntil}T23:59:59.999Z` : entry.validUntil)
    : Infinity;
  // An unreadable date makes the entry invalid rather than unlimited.
  return [Number.isNaN(from) ? Infinity : from, Number.isNaN(until) ? -Infinity : until];
}

function applies(entry: ApproverEntry, level: string, scope: QuoteScope, at: number): boolean {
  if (entry.level !== level) return false;
  const [from, until] = validity(entry);
  if (at < from || at > until) return false;
  if (entry.teams && !(scope.team !== undefined && entry.teams.includes(scope.team))) return false;
  if (entry.categories && !scope.categories.every((c) => entry.categories!.includes(c))) return false;
  return true;
}

/** How `person` may sign `level` at `at` for a quote of `scope`, or null when they may not. */
export function signerFor(
  authority: ApprovalAuthority,
  person: string,
  level: string,
  scope: QuoteScope,
  at: string,
): Signer | null {
  const when = Date.parse(at);
  if (Number.isNaN(when)) return null;
  const own = authority.directory.filter((e) => e.person === person && applies(e, level, scope, when));
  if (own.some((e) => e.delegateOf === undefined)) return { person };
  for (const delegation of own) {
    const principal = delegation.delegateOf!;
    const holds = authority.directory.some(
      (e) => e.person === principal && e.delegateOf === undefined && applies(e, level, scope, when),
    );
    if (holds) return { person, onBehalfOf: principal };
  }
  return null;
}

/** Everyone who may sign `level` at `at` for a quote of `scope` (for the builder's "who may approve"). */
export function signersFor(authority: ApprovalAuthority, level: string, scope: QuoteScope, at: string): Signer[] {
  const people = [...new Set(authority.directory.map((e) => e.person))];
  const segregated = authority.segregationOfDuties !== false;
  return people
    .map((person) => signerFor(authority, person, level, scope, at))
    .filter((s): s is Signer => s !== null)
    .filter((s) => !segregated || !isAuthor(s, scope));
}

function isAuthor(signer: Signer, scope: QuoteScope): boolean {
  return scope.authors.includes(signer.person) || (!!signer.onBehalfOf && scope.authors.includes(signer.onBehalfOf));
}

/** The scope of a quote: its team, the categories of its included lines, its owner and latest submitter. */
export function quoteScope(
  quote: { readonly team?: string; readonly owner?: string; readonly history?: readonly QuoteTransition[] },
  lines: readonly { readonly included: boolean; readonly category?: string }[],
): QuoteScope {
  const submitter = quote.history?.findLast((h) => h.to === 'pending-approval')?.by;
  const authors = [quote.owner, submitter].filter((p): p is string => typeof p === 'string' && p !== '');
  const categories = [...new Set(lines.filter((l) => l.included).map((l) => l.category ?? ''))];
  return { ...(quote.team !== undefined ? { team: quote.team } : {}), categories, authors };
}

/**
 * Whether `by` may sign `level` now, given the approval status of the current priced quote and the
 * approvals already given; null when they may, else the rule that refuses it.
 */
export function checkSigner(input: {
  readonly authority: ApprovalAuthority;
  readonly policy: ApprovalPolicy;
  readonly status: ApprovalStatus;
  readonly approvals: readonly Approval[];
  readonly level: string;
  readonly by: string;
  readonly at: string;
  readonly scope: QuoteScope;
}): SigningRefusal | null {
  const { status, level, by } = input;
  const refuse = (rule: SigningRule, message: string): SigningRefusal => ({ rule, level, by, message });
  if (!status.missing.includes(level)) {
    return refuse('level-not-pending', `${level} is not an approval this quote is waiting for`);
  }
  // Level by level: the lowest missing level signs first (with chain "highest" only one level is missing).
  if (status.missing[0] !== level) return refuse('lower-first', `${status.missing[0]} must approve first`);
  const signer = signerFor(input.authority, by, level, input.scope, input.at);
  if (!signer) return refuse('not-approver', `${by} does not hold the ${level} approval level for this quote`);
  const chain = input.approvals.filter((a) => a.fingerprint === status.fingerprint);
  const signed = new Set(chain.flatMap((a) => (a.onBehalfOf ? [a.by, a.onBehalfOf] : [a.by])));
  if (signed.has(by) || (signer.onBehalfOf && signed.has(signer.onBehalfOf))) {
    return refuse('already-signed', `${signer.onBehalfOf ?? by} has already signed this approval chain`);
  }
  if (input.authority.segregationOfDuties !== false && isAuthor(signer, input.scope)) {
    return refuse('self-approval', `${by} cannot approve a quote they own or submitted`);
  }
  return null;
}
