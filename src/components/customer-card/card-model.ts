/**
 * What the customer card shows, derived from plain records: contacts by buying role, the last activity and the
 * warning signs (the pipeline and group figures, through the funnel and group engines, are in card-summaries.ts).
 * Pure functions, no DOM and no store, so the presentational mode and the bound mode share them.
 */
import { isOpenComplaint } from '../../core/activities.js';
import type { StageDef } from '../../core/funnel.js';
import { parseTimestamp } from '../../core/time.js';
import { type Activity, BUYING_ROLES, type Contact, type Customer, type Opportunity } from '../../data/model.js';

export const DAY_MS = 86_400_000;

/** Everything one card needs; the bound mode reads it from the store, the presentational mode gets it. */
export interface CardData {
  customer: Customer;
  contacts: readonly Contact[];
  /** The account's own opportunities. */
  opportunities: readonly Opportunity[];
  activities: readonly Activity[];
  /** The store's stages; empty means the defaults (DEFAULT_STAGES, resolved by card-summaries.ts). */
  stages: readonly StageDef[];
  /** The account's group: the head and every member, with the members' opportunities (absent in compact). */
  group?: {
    rootId: string;
    members: readonly Customer[];
    opportunities: readonly Opportunity[];
    truncated: boolean;
  };
}

/**
 * The plain object the presentational mode takes: a customer record, optionally with its contacts,
 * opportunities, activities, group members (`group`, the head and subsidiaries; the customer may be in it)
 * and the opportunities of those members (`groupOpportunities`).
 */
export type CustomerCardData = Customer & {
  contacts?: readonly Contact[];
  opportunities?: readonly Opportunity[];
  activities?: readonly Activity[];
  group?: readonly Customer[];
  groupOpportunities?: readonly Opportunity[];
  stages?: readonly StageDef[];
};

export function fromPlainObject(data: CustomerCardData): CardData {
  const { contacts, opportunities, activities, group, groupOpportunities, stages, ...customer } = data;
  const own = opportunities ?? [];
  // Without a group the account is its own group, so its credit and risk still show.
  const given = group ?? [];
  const members = given.some((m) => m.id === customer.id) ? [...given] : [...given, customer as Customer];
  const cardGroup: CardData['group'] = {
    rootId: topmost(members, customer as Customer),
    members,
    opportunities: groupOpportunities ?? own,
    truncated: false,
  };
  return {
    customer: customer as Customer,
    contacts: contacts ?? [],
    opportunities: own,
    activities: activities ?? [],
    stages: stages ?? [],
    group: cardGroup,
  };
}

/** The topmost ancestor of `account` among `members` (a loop stops the walk). */
function topmost(members: readonly Customer[], account: Customer): string {
  const byId = new Map(members.map((m) => [m.id, m] as const));
  let current = account;
  const seen = new Set([current.id]);
  while (current.parentId && byId.has(current.parentId) && !seen.has(current.parentId)) {
    current = byId.get(current.parentId)!;
    seen.add(current.id);
  }
  return current.id;
}

export type BuyingRole = (typeof BUYING_ROLES)[number];

export function contactsByRole(contacts: readonly Contact[]): { role: BuyingRole; contacts: Contact[] }[] {
  return BUYING_ROLES.map((role) => ({
    role,
    contacts: contacts.filter((c) => c.role === role).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  }));
}

/** Kinds of activity in which we spoke with the customer (orders and complaints are not contact by us). */
const CONTACT_KINDS: ReadonlySet<string> = new Set(['visit', 'call', 'email', 'meeting']);

export interface WarningOptions {
  /** No contact for more than this many days is a warning sign. */
  noContactDays: number;
  /** Order volume is compared between the last `orderWindowDays` and the window before. */
  orderWindowDays: number;
  /** A drop of at least this percentage counts as falling. */
  orderDropPercent: number;
}

export const DEFAULT_WARNING_OPTIONS: WarningOptions = { noContactDays: 30, orderWindowDays: 90, orderDropPercent: 20 };

export type WarningSign =
  /** `days` null: no contact on record at all. */
  | { kind: 'no-contact'; days: number | null; limit: number }
  | { kind: 'falling-orders'; recent: number; previous: number; currency: string; windowDays: number }
  | { kind: 'open-complaints'; count: number; subjects: string[] };

export interface ActivitySummary {
  last: { activity: Activity; days: number } | null;
  warnings: WarningSign[];
}

const daysBetween = (from: number, to: number) => Math.max(0, Math.floor((to - from) / DAY_MS));

/**
 * Last activity and the warning signs DOMAIN.md names: no contact for long, falling order volume (order
 * activities in the account's currency, last window against the one before), open complaints.
 */
export function activitySummary(
  activities: readonly Activity[],
  currency: string,
  now: number,
  options: WarningOptions = DEFAULT_WARNING_OPTIONS,
): ActivitySummary {
  let last: Activity | undefined;
  let lastAt = -Infinity;
  let lastContactAt = -Infinity;
  let recent = 0;
  let previous = 0;
  const window = options.orderWindowDays * DAY_MS;
  const complaints: Activity[] = [];
  for (const a of activities) {
    if (a.deletedAt) continue;
    const at = parseTimestamp(a.at);
    if (Number.isNaN(at)) continue;
    if (at > lastAt && at <= now) {
      last = a;
      lastAt = at;
    }
    if (CONTACT_KINDS.has(a.kind) && at <= now) lastContactAt = Math.max(lastContactAt, at);
    if (isOpenComplaint(a)) complaints.push(a);
    if (a.kind === 'order' && a.amount !== undefined && (a.currency ?? currency) === currency) {
      if (at > now - window && at <= now) recent += a.amount;
      else if (at > now - 2 * window && at <= now - window) previous += a.amount;
    }
  }
  const warnings: WarningSign[] = [];
  const contactDays = lastContactAt === -Infinity ? null : daysBetween(lastContactAt, now);
  if (contactDays === null || contactDays > options.noContactDays) {
    warnings.push({ kind: 'no-contact', days: contactDays, limit: options.noContactDays });
  }
  if (previous > 0 && recent * 100 <= previous * (100 - options.orderDropPercent)) {
    warnings.push({ kind: 'falling-orders', recent, previous, currency, windowDays: options.orderWindowDays });
  }
  if (complaints.length > 0) {
    warnings.push({ kind: 'open-complaints', count: complaints.length, subjects: complaints.map((c) => c.subject) });
  }
  return { last: last ? { activity: last, days: daysBetween(lastAt, now) } : null, warnings };
}

/** What the card derives for every variant (the compact line and the header need only this). */
export interface DerivedBase {
  data: CardData;
  activity: ActivitySummary;
}
