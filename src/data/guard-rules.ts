/**
 * What the data layer needs to know about guarded writes before the guard engine is loaded: which tables are
 * guarded and what their checks read, the error a refusal throws, and the rules' configuration. The checks
 * themselves (guards.ts, with the pricing and approval engines) load only when a guarded table is written,
 * so a page that shows and edits accounts never downloads them.
 */
import type { ApprovalPolicy, ApproverEntry } from '../core/approvals.js';
import { DEFAULT_APPROVAL_POLICY, DEFAULT_PRICING_RULES } from '../core/defaults.js';
import type { PricingRules } from '../core/pricing.js';
import type { StoredRecord } from './backend.js';
import type { StoreName } from './database.js';
import type { TableName } from './model.js';

/** The rule a refused write broke (stable codes for code; `message` is for people). */
export type GuardRule =
  | 'transition-not-recorded'
  | 'illegal-transition'
  | 'history-append-only'
  | 'approvals-append-only'
  | 'approval-required'
  /** The one code for "the approvals no longer match the quote's content". */
  | 'stale-approval'
  | 'level-not-pending'
  | 'lower-first'
  | 'not-approver'
  | 'already-signed'
  | 'self-approval'
  | 'final-state'
  | 'delete-locked'
  | 'order-needs-accepted-quote'
  | 'order-frozen'
  | 'rules-sealed';

/** A write refused by a guard: nothing was written. */
export class GuardError extends Error {
  override name = 'GuardError';
  constructor(
    readonly table: TableName | 'store',
    readonly recordId: string,
    readonly rule: GuardRule,
    message: string,
  ) {
    super(`Refused write to ${table} "${recordId}" (${rule}): ${message}`);
  }
}

/** The rules the store enforces. Each part can be configured once per store (see `CrmStore.configureApprovals`). */
export interface GuardConfig {
  /** Pricing rules the store prices quotes with to check approvals (the quote builder's `policy.pricing`). */
  readonly pricing: PricingRules;
  readonly approval: ApprovalPolicy;
  /** Approvers supplied by the page; the `approvers` table adds to them. */
  readonly directory: readonly ApproverEntry[];
  /** The owner and submitter of a quote cannot approve it (default true). */
  readonly segregationOfDuties: boolean;
  /** Pricing date `YYYY-MM-DD` for dated promotions; default today. */
  readonly asOf?: string;
}

export const DEFAULT_GUARD_CONFIG: GuardConfig = {
  pricing: DEFAULT_PRICING_RULES,
  approval: DEFAULT_APPROVAL_POLICY,
  directory: [],
  segregationOfDuties: true,
};

/** Reads inside the write's transaction (the guard's view of the data the write depends on). */
export interface GuardReader {
  get(table: StoreName, id: string): Promise<StoredRecord | undefined>;
  list(table: StoreName): Promise<StoredRecord[]>;
}

export interface GuardContext {
  readonly config: GuardConfig;
  readonly read: GuardReader;
  /** Records being written in the same batch (an import), looked up before the stored ones. */
  readonly pending?: ReadonlyMap<string, StoredRecord>;
  readonly now: string;
  /** `local`: a write through a repository (judged now); `import` and `pull`: records with their own past. */
  readonly mode: 'local' | 'import' | 'pull';
  /** The `approvers` table, when already read for a batch (then not read again per record). */
  readonly approvers?: readonly ApproverEntry[];
}

/** Guarded tables and the stores their checks read (they must be part of the write's transaction). */
export const GUARD_READS = {
  quotes: ['customers', 'approvers'],
  orders: ['quotes'],
} as const satisfies Partial<Record<TableName, readonly StoreName[]>>;

/** True when writes to `table` go through a guard. */
export function isGuarded(table: TableName): table is keyof typeof GUARD_READS {
  return Object.hasOwn(GUARD_READS, table);
}

/** Stores a write to `tables` must include so their guards can read inside the same transaction. */
export function guardReads(tables: readonly TableName[]): StoreName[] {
  return [...new Set(tables.flatMap((t) => (isGuarded(t) ? GUARD_READS[t] : [])))];
}

/** The guard engine, loaded on the first write of a guarded table (before its transaction opens). */
export const loadGuards = () => import('./guards.js');
export type GuardEngine = Awaited<ReturnType<typeof loadGuards>>;
