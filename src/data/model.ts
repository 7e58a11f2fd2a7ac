/**
 * The canonical data model: the tables, the TypeScript types of their records (inferred from the valibot
 * schemas in schemas.ts), the values coded fields take, and the error a rejected record raises. Money is always
 * integer minor units plus an ISO currency.
 *
 * The schemas themselves (valibot) live in schemas.ts, which the store loads with its first write: a page
 * that only reads (a bound card, badge or funnel) never downloads them.
 */
import type { InferOutput } from 'valibot';
import { QUOTE_STATUSES } from '../core/quote-statuses.js';
import type {
  ActivitySchema,
  ApproverSchema,
  ContactSchema,
  CustomerSchema,
  OpportunitySchema,
  OrderSchema,
  ProductSchema,
  QuoteLineSchema,
  QuoteSchema,
  StageSchema,
} from './schemas.js';

export { QUOTE_STATUSES };

export const CUSTOMER_KINDS = ['enterprise', 'government', 'nonprofit', 'intermediary', 'consumer'] as const;
export const RELATIONSHIP_TYPES = ['basic', 'reactive', 'accountable', 'proactive', 'partnership'] as const;
export const LOYALTY_STAGES = ['suspect', 'prospect', 'first-time', 'repeat', 'advocate'] as const;
export const BUYING_ROLES = ['decision-maker', 'technical-gatekeeper', 'user'] as const;
export const COMMUNICATION_STYLES = ['tiger', 'peacock', 'owl', 'koala'] as const;
export const STAGE_KINDS = ['open', 'won', 'lost'] as const;
export const PRICE_MODES = ['tax-excluded', 'tax-included'] as const;
export const ACTIVITY_KINDS = ['visit', 'call', 'email', 'meeting', 'complaint', 'order', 'note'] as const;
/** A complaint's life: open, being worked on, resolved (with a note and date); `closed` is the older word for resolved. */
export const COMPLAINT_STATUSES = ['open', 'in-progress', 'resolved', 'closed'] as const;
export const COMPLAINT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

export type Customer = InferOutput<typeof CustomerSchema>;
export type Contact = InferOutput<typeof ContactSchema>;
export type Stage = InferOutput<typeof StageSchema>;
export type Opportunity = InferOutput<typeof OpportunitySchema>;
export type Product = InferOutput<typeof ProductSchema>;
export type QuoteLine = InferOutput<typeof QuoteLineSchema>;
export type Quote = InferOutput<typeof QuoteSchema>;
export type Order = InferOutput<typeof OrderSchema>;
export type Activity = InferOutput<typeof ActivitySchema>;
export type Approver = InferOutput<typeof ApproverSchema>;

/** The record tables: what the store exposes, validates, imports and syncs (schemas.ts has one schema each). */
const TABLES = [
  'customers',
  'contacts',
  'stages',
  'opportunities',
  'products',
  'quotes',
  'orders',
  'activities',
  'approvers',
] as const;
export type TableName = (typeof TABLES)[number];
export const TABLE_NAMES: TableName[] = [...TABLES];
/** Tables a sync engine pulls and pushes without being told: the approver directory only when listed (few backends have it). */
export const DEFAULT_SYNCED_TABLES: readonly TableName[] = TABLE_NAMES.filter((t) => t !== 'approvers');

export interface RecordTypes {
  customers: Customer;
  contacts: Contact;
  stages: Stage;
  opportunities: Opportunity;
  products: Product;
  quotes: Quote;
  orders: Order;
  activities: Activity;
  approvers: Approver;
}

/** A dataset to import: any subset of the tables. */
export type Dataset = { [T in TableName]?: RecordTypes[T][] };

/** What rule a value broke, for user interfaces that word the reason in their own language. */
export interface ValidationRule {
  /** The check that failed: `string`, `number`, `min_length`, `max_length`, `safe_integer`, `min_value`, `picklist`, … */
  type: string;
  /** Its parameter, e.g. the minimum or the maximum length. */
  requirement?: unknown;
  /** What was expected, as valibot words it (e.g. `"basic" | "reactive"` for a list of allowed values). */
  expected?: string | null;
}

/** A rejected record: which table, which record (id, else its index in the batch), which field, and why. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    readonly table: TableName | string,
    readonly field: string,
    /** The reason in English, e.g. "must not be negative". */
    readonly reason: string,
    readonly recordId?: string,
    readonly index?: number,
    readonly rule?: ValidationRule,
  ) {
    const where = recordId !== undefined ? `record "${recordId}"` : index !== undefined ? `record #${index}` : 'record';
    super(`Invalid ${where} in ${table}: ${field || 'record'} ${reason}`);
  }
}

export function newId(): string {
  return crypto.randomUUID();
}
