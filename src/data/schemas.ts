/**
 * One valibot schema per table and the validation every write goes through. Records keep fields they do not
 * know (`looseObject`), so data from a backend is never silently stripped.
 *
 * Loaded with the store's first write (see record-writes.ts), by the sync engine and by the forms that check
 * input before saving; the types and coded values are in model.ts, which reading pages use.
 */
import * as v from 'valibot';
import { TIER_CODES } from '../core/tiers.js';
import {
  ACTIVITY_KINDS,
  BUYING_ROLES,
  COMMUNICATION_STYLES,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  CUSTOMER_KINDS,
  LOYALTY_STAGES,
  PRICE_MODES,
  QUOTE_STATUSES,
  RELATIONSHIP_TYPES,
  type RecordTypes,
  STAGE_KINDS,
  TABLE_NAMES,
  type TableName,
  ValidationError,
} from './model.js';

const id = v.pipe(
  v.string('must be a string id'),
  v.minLength(1, 'must not be empty'),
  v.maxLength(200, 'is too long'),
);
const text = (max = 500) => v.pipe(v.string('must be text'), v.maxLength(max, `must be at most ${max} characters`));
const requiredText = (max = 500) => v.pipe(text(max), v.trim(), v.minLength(1, 'must not be empty'));
const timestamp = v.pipe(v.string('must be an ISO timestamp'), v.isoTimestamp('must be an ISO timestamp'));
const isoDate = v.pipe(v.string('must be an ISO date'), v.isoDate('must be an ISO date (YYYY-MM-DD)'));
/** Integer minor units (fen, cents). Safe integers only: past 2^53 arithmetic stops being exact. */
const minor = v.pipe(
  v.number('must be a number of minor units'),
  // Size first, so 99,999,999,999,999 yuan reads "too large", not "not a whole number".
  v.maxValue(Number.MAX_SAFE_INTEGER, 'is too large (the limit is about 90 trillion yuan)'),
  v.minValue(-Number.MAX_SAFE_INTEGER, 'is too large (the limit is about 90 trillion yuan)'),
  v.safeInteger('must be an integer number of minor units (e.g. fen), not a decimal'),
);
const nonNegativeMinor = v.pipe(minor, v.minValue(0, 'must not be negative'));
const currency = v.pipe(
  v.string('must be a currency code'),
  v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as CNY'),
);
const percent = v.pipe(
  v.number('must be a percentage'),
  v.finite('must be a finite number'),
  v.minValue(0, 'must be at least 0%'),
  v.maxValue(100, 'must be at most 100%'),
  v.check((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-9, 'allows at most 2 decimals'),
);
const tags = v.array(text(60), 'must be a list of texts');

const pick = <const T extends readonly string[]>(values: T) =>
  v.picklist(values, `must be one of: ${values.join(', ')}`);

/** Fields every stored record has. `updatedAt` drives live ordering and, later, sync checkpoints. */
const base = {
  id,
  createdAt: v.optional(timestamp),
  updatedAt: v.optional(timestamp),
  /** Server version or ETag, kept for conditional requests once a backend is attached. */
  version: v.optional(v.union([v.string(), v.number()])),
};

export const CustomerSchema = v.looseObject({
  ...base,
  name: requiredText(200),
  alias: v.optional(text(200)),
  /** Group hierarchy: the parent or holding company; null/absent for a group head or a standalone account. */
  parentId: v.optional(v.nullable(id)),
  kind: v.optional(pick(CUSTOMER_KINDS)),
  industry: v.optional(text(100)),
  region: v.optional(text(100)),
  channel: v.optional(text(100)),
  /** Stored tier; the tiering engine can also compute one from `indicators`. */
  tier: v.optional(pick(TIER_CODES)),
  tierScheme: v.optional(pick(['value', 'pareto', 'stars', 'points'] as const)),
  /** Tiering inputs by indicator id (revenue, stability, influence, ...), in the model's own units. */
  indicators: v.optional(v.record(v.string(), v.pipe(v.number(), v.finite('must be a finite number')))),
  owner: v.optional(text(100)),
  currency: v.optional(currency),
  creditLimit: v.optional(nonNegativeMinor),
  /** On a group head: the limit for the whole group (creditLimit is the head company's own). */
  groupCreditLimit: v.optional(nonNegativeMinor),
  annualRevenue: v.optional(nonNegativeMinor),
  receivables: v.optional(nonNegativeMinor),
  openOrders: v.optional(nonNegativeMinor),
  /** Bank star levels: transaction volume by kind (wealth, card, settlement, …) in minor units. */
  transactions: v.optional(v.array(v.looseObject({ kind: requiredText(60), amount: nonNegativeMinor, currency }))),
  /** Carrier loyalty points input: tenure, monthly spend, and whether a bill is unpaid (resets points). */
  loyalty: v.optional(
    v.looseObject({
      tenureMonths: v.pipe(v.number(), v.integer('must be whole months'), v.minValue(0, 'must not be negative')),
      monthlySpend: v.looseObject({ amount: nonNegativeMinor, currency }),
      unpaidBill: v.optional(v.boolean()),
    }),
  ),
  relationship: v.optional(pick(RELATIONSHIP_TYPES)),
  loyaltyStage: v.optional(pick(LOYALTY_STAGES)),
  /** Risk flags as `class:reason`, e.g. `credit:overdue`, `market:sector-downturn`, `operational:key-person`. */
  riskFlags: v.optional(tags),
  tags: v.optional(tags),
  notes: v.optional(text(5000)),
});

export const ContactSchema = v.looseObject({
  ...base,
  customerId: id,
  name: requiredText(100),
  alias: v.optional(text(100)),
  title: v.optional(text(100)),
  role: pick(BUYING_ROLES),
  style: v.optional(pick(COMMUNICATION_STYLES)),
  phone: v.optional(text(50)),
  email: v.optional(v.pipe(v.string(), v.email('must be an e-mail address'))),
  notes: v.optional(text(5000)),
  department: v.optional(text(100)),
  /** The contact this one reports to (same account), to draw the decision chain. */
  reportsTo: v.optional(v.nullable(id)),
});

export const StageSchema = v.looseObject({
  ...base,
  name: requiredText(100),
  nameZh: v.optional(text(100)),
  order: v.pipe(v.number(), v.integer('must be an integer')),
  probability: percent,
  kind: pick(STAGE_KINDS),
});

/** One stage change; `by` and `reason` (won / lost / reopened) are kept when the board records the move. */
const stageChange = v.looseObject({
  stage: id,
  at: timestamp,
  by: v.optional(text(100)),
  reason: v.optional(text(500)),
});

export const OpportunitySchema = v.looseObject({
  ...base,
  customerId: id,
  name: requiredText(200),
  stage: id,
  amount: nonNegativeMinor,
  currency,
  /** Overrides the stage's default win probability when set. */
  probability: v.optional(percent),
  owner: v.optional(text(100)),
  team: v.optional(text(100)),
  channel: v.optional(text(100)),
  expectedClose: v.optional(isoDate),
  stageHistory: v.optional(v.array(stageChange)),
  lostReason: v.optional(text(500)),
  wonReason: v.optional(text(500)),
  /** Product ids the deal is about, and the quote it links to. */
  products: v.optional(v.array(id)),
  quoteId: v.optional(id),
});

export const ProductSchema = v.looseObject({
  ...base,
  code: requiredText(60),
  name: requiredText(200),
  alias: v.optional(text(200)),
  unit: v.optional(text(30)),
  price: nonNegativeMinor,
  currency,
  /** VAT rate in percent: 13, 9, 6, 0 in China, or any custom rate with up to 2 decimals. */
  vatRate: percent,
  vatCategory: v.optional(text(60)),
  cost: v.optional(nonNegativeMinor),
  category: v.optional(text(60)),
});

export const QuoteLineSchema = v.looseObject({
  id,
  productId: v.optional(id),
  description: text(500),
  quantity: v.pipe(
    v.number('must be a number'),
    v.finite('must be a finite number'),
    v.minValue(0, 'must not be negative'),
    v.check((n) => Math.abs(Math.round(n * 1000) - n * 1000) < 1e-6, 'allows at most 3 decimals'),
  ),
  unit: v.optional(text(30)),
  unitPrice: nonNegativeMinor,
  vatRate: percent,
  lineDiscount: v.optional(percent),
  cost: v.optional(nonNegativeMinor),
  category: v.optional(text(60)),
  optional: v.optional(v.boolean()),
  selected: v.optional(v.boolean()),
  group: v.optional(text(100)),
});

/** One step of a quote's life. Approve, send and accept carry the fingerprint of the priced quote they were for. */
const transition = v.looseObject({
  from: v.optional(pick(QUOTE_STATUSES)),
  to: pick(QUOTE_STATUSES),
  by: text(100),
  at: timestamp,
  comment: v.optional(text(2000)),
  fingerprint: v.optional(v.string()),
});

/** An approval granted at one level, bound to the fingerprint of the priced quote it approved. */
const approval = v.looseObject({
  level: requiredText(60),
  by: requiredText(100),
  at: timestamp,
  fingerprint: requiredText(100),
  comment: v.optional(text(2000)),
  /** Signed by a delegate for this person. */
  onBehalfOf: v.optional(requiredText(100)),
});

export const QuoteSchema = v.looseObject({
  ...base,
  customerId: id,
  number: v.optional(text(60)),
  revision: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  status: pick(QUOTE_STATUSES),
  currency,
  priceMode: pick(PRICE_MODES),
  validUntil: v.optional(isoDate),
  paymentTerms: v.optional(text(100)),
  lines: v.array(QuoteLineSchema),
  history: v.optional(v.array(transition)),
  approvals: v.optional(v.array(approval)),
  /** Who owns the quote (cannot approve it) and the team whose approvers sign it. */
  owner: v.optional(text(100)),
  team: v.optional(text(100)),
  notes: v.optional(text(5000)),
});

export const OrderSchema = v.looseObject({
  ...base,
  customerId: id,
  quoteId: v.optional(id),
  currency,
  total: nonNegativeMinor,
  lines: v.array(QuoteLineSchema),
  status: v.optional(text(30)),
});

export const ActivitySchema = v.looseObject({
  ...base,
  customerId: id,
  contactId: v.optional(id),
  opportunityId: v.optional(id),
  kind: pick(ACTIVITY_KINDS),
  at: timestamp,
  subject: requiredText(200),
  notes: v.optional(text(5000)),
  /** Complaints stay open until resolved (or closed); the card warns on open and in-progress ones. */
  status: v.optional(pick(COMPLAINT_STATUSES)),
  /** Order activities carry their amount so falling order volume can be spotted. */
  amount: v.optional(nonNegativeMinor),
  currency: v.optional(currency),
  /** Who logged it (edits and deletes may be limited to the author). */
  author: v.optional(text(100)),
  /** Every contact involved (`contactId` is the first of them). */
  contactIds: v.optional(v.array(id)),
  outcome: v.optional(text(2000)),
  nextStep: v.optional(
    v.looseObject({
      text: requiredText(500),
      due: v.optional(isoDate),
      owner: v.optional(text(100)),
      done: v.optional(v.boolean()),
    }),
  ),
  severity: v.optional(pick(COMPLAINT_SEVERITIES)),
  resolution: v.optional(v.looseObject({ note: requiredText(2000), at: timestamp, by: v.optional(text(100)) })),
  /** Edits, status changes and the deletion, in order (a deleted activity stays as a record, hidden). */
  revisions: v.optional(
    v.array(
      v.looseObject({ action: requiredText(30), by: text(100), at: timestamp, fields: v.optional(v.array(text(60))) }),
    ),
  ),
  deletedAt: v.optional(timestamp),
});

/** One entry of the approver directory: who holds which approval level, where and when (see core ApproverEntry). */
export const ApproverSchema = v.looseObject({
  ...base,
  person: requiredText(100),
  level: requiredText(60),
  teams: v.optional(v.array(requiredText(100), 'must be a list of team names')),
  categories: v.optional(v.array(text(60), 'must be a list of categories')),
  validFrom: v.optional(v.union([isoDate, timestamp], 'must be an ISO date or timestamp')),
  validUntil: v.optional(v.union([isoDate, timestamp], 'must be an ISO date or timestamp')),
  delegateOf: v.optional(requiredText(100)),
});

/** The record tables: what the store exposes, validates, imports and (later) syncs. */
export const SCHEMAS = {
  customers: CustomerSchema,
  contacts: ContactSchema,
  stages: StageSchema,
  opportunities: OpportunitySchema,
  products: ProductSchema,
  quotes: QuoteSchema,
  orders: OrderSchema,
  activities: ActivitySchema,
  approvers: ApproverSchema,
} as const satisfies Record<TableName, v.GenericSchema>;

/**
 * Validates one record for a table and returns the normalised record, or throws a ValidationError
 * naming the table, the record (id or index) and the first offending field.
 */
export function validateRecord<T extends TableName>(table: T, record: unknown, index?: number): RecordTypes[T] {
  const schema = SCHEMAS[table] as unknown as v.GenericSchema<unknown, RecordTypes[T]>;
  if (!schema) throw new ValidationError(table, '', `is not a known table (known: ${TABLE_NAMES.join(', ')})`);
  const result = v.safeParse(schema, record);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const field = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  const recordId =
    record && typeof record === 'object' && typeof (record as { id?: unknown }).id === 'string'
      ? (record as { id: string }).id
      : undefined;
  const reason = issue.path ? issue.message : `is not valid: ${issue.message}`;
  throw new ValidationError(table, field, reason, recordId, index, {
    type: issue.type,
    requirement: issue.requirement,
    expected: issue.expected,
  });
}

/**
 * The page's approver directory (`configureApprovals({ directory })`): every entry must be a valid approver
 * record. Checked once per directory (the guard engine asks again before every guarded write).
 */
export function validateDirectory(directory: readonly object[]): void {
  if (checkedDirectories.has(directory)) return;
  for (const [index, entry] of directory.entries()) {
    validateRecord('approvers', { id: `directory-${index}`, ...entry }, index);
  }
  checkedDirectories.add(directory);
}

const checkedDirectories = new WeakSet<readonly object[]>();
