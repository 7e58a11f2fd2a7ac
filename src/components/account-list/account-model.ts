/**
 * The account list without DOM: one row per customer with what the list shows, filters and sorts on
 * (open pipeline, last contact, warning signs, risk rating), filtering, sorting (names by
 * `Intl.Collator('zh-CN')`, i.e. pinyin order for Chinese), the group tree, and CSV export.
 */
import { DEFAULT_STAGES } from '../../core/funnel.js';
import { DEFAULT_RISK_CONFIG, type RiskCategory, type RiskRating } from '../../core/group.js';
import { formatMoney } from '../../core/money.js';
import { TIERS } from '../../core/tiers.js';
import { parseTimestamp } from '../../core/time.js';
import type { Activity, Customer, Opportunity, Stage } from '../../data/model.js';
import { labelOf } from '../../internal/labels.js';
import { activitySummary } from '../customer-card/card-model.js';

export interface AccountRow {
  id: string;
  customer: Customer;
  name: string;
  /** 1 = best within its tier scheme; unknown tiers sort last. */
  tierRank: number;
  risk: RiskRating;
  warnings: number;
  /** Open pipeline in the account's currency, minor units (other currencies are left out, never mixed in). */
  pipeline: number;
  /** Epoch ms of the last visit, call, e-mail or meeting; NaN when none. */
  lastContact: number;
  /** Lower-cased name, alias, owner and id, for substring search. */
  haystack: string;
}

export interface AccountSource {
  customers: readonly Customer[];
  opportunities: readonly Opportunity[];
  stages: readonly Stage[];
  activities: readonly Activity[];
}

const CONTACT_KINDS: ReadonlySet<string> = new Set(['visit', 'call', 'email', 'meeting']);

function groupBy<T extends { customerId: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.customerId);
    if (list) list.push(item);
    else map.set(item.customerId, [item]);
  }
  return map;
}

/** The account's own risk rating from its flags, weighted like the group roll-up (credit 3, market 2, operational 1). */
export function riskRating(flags: readonly string[] | undefined): RiskRating {
  let points = 0;
  for (const flag of flags ?? []) points += DEFAULT_RISK_CONFIG.weights[flag.split(':')[0] as RiskCategory] ?? 1;
  let rating: RiskRating = 'low';
  let best = -1;
  for (const r of DEFAULT_RISK_CONFIG.ratings)
    if (points >= r.minPoints && r.minPoints > best) [rating, best] = [r.rating, r.minPoints];
  return rating;
}

export function buildRows(source: AccountSource, now: number): AccountRow[] {
  const stages = source.stages.length ? source.stages : DEFAULT_STAGES;
  const openStages = new Set(stages.filter((s) => s.kind === 'open').map((s) => s.id));
  const opportunities = groupBy(source.opportunities);
  const activities = groupBy(source.activities);
  return source.customers.map((customer) => {
    const currency = customer.currency ?? 'CNY';
    let pipeline = 0;
    for (const o of opportunities.get(customer.id) ?? []) {
      if (openStages.has(o.stage) && o.currency === currency) pipeline += o.amount;
    }
    const own = activities.get(customer.id) ?? [];
    let lastContact = Number.NaN;
    for (const a of own) {
      const at = parseTimestamp(a.at);
      if (CONTACT_KINDS.has(a.kind) && at <= now && !(at <= lastContact)) lastContact = at;
    }
    const tier =
      TIERS.find((t) => t.code === customer.tier && t.scheme === (customer.tierScheme ?? 'value')) ??
      TIERS.find((t) => t.code === customer.tier);
    return {
      id: customer.id,
      customer,
      name: customer.name,
      tierRank: tier?.rank ?? 99,
      risk: riskRating(customer.riskFlags),
      warnings: activitySummary(own, currency, now).warnings.length,
      pipeline,
      lastContact,
      haystack:
        `${customer.name}\u0001${customer.alias ?? ''}\u0001${customer.owner ?? ''}\u0001${customer.id}`.toLowerCase(),
    };
  });
}

/** Risk ratings from lowest to highest, for the filter. */
export const RISK_RATINGS_ORDER: readonly RiskRating[] = ['low', 'medium', 'high', 'critical'];

export interface AccountFilters {
  tier?: string;
  owner?: string;
  industry?: string;
  relationship?: string;
  risk?: RiskRating;
  warnings?: boolean;
}

export function matchesFilters(row: AccountRow, filters: AccountFilters): boolean {
  const c = row.customer;
  return (
    (!filters.tier || c.tier === filters.tier) &&
    (!filters.owner || c.owner === filters.owner) &&
    (!filters.industry || c.industry === filters.industry) &&
    (!filters.relationship || c.relationship === filters.relationship) &&
    (!filters.risk || row.risk === filters.risk) &&
    (!filters.warnings || row.warnings > 0)
  );
}

export const SORT_KEYS = ['name', 'revenue', 'tier', 'lastContact', 'pipeline'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** The numeric value a row sorts by (undefined: missing, sorted last in both directions). */
function numericKey(key: Exclude<SortKey, 'name'>): (row: AccountRow) => number | undefined {
  switch (key) {
    case 'revenue':
      return (row) => row.customer.annualRevenue;
    case 'tier':
      return (row) => (row.tierRank === 99 ? undefined : row.tierRank);
    case 'lastContact':
      return (row) => (Number.isNaN(row.lastContact) ? undefined : row.lastContact);
    case 'pipeline':
      return (row) => row.pipeline;
  }
}

/** Row indexes in sorted order (ties by name, then id, so the order never flickers on live updates). */
export function sortOrder(rows: readonly AccountRow[], key: SortKey, descending: boolean): Int32Array {
  const direction = descending ? -1 : 1;
  const byName = (a: AccountRow, b: AccountRow) =>
    collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const order = Array.from(rows.keys());
  if (key === 'name') {
    order.sort((i, j) => byName(rows[i]!, rows[j]!) * direction);
  } else {
    const value = numericKey(key);
    const values = rows.map(value);
    order.sort((i, j) => {
      const a = values[i];
      const b = values[j];
      if (a === undefined || b === undefined) {
        if (a !== b) return a === undefined ? 1 : -1;
      } else if (a !== b) return (a - b) * direction;
      return byName(rows[i]!, rows[j]!);
    });
  }
  return Int32Array.from(order);
}

export interface TreeEntry {
  row: AccountRow;
  level: number;
  /** The row's index in the rows array (flat view). */
  index?: number;
  /** undefined: no children; else whether they are shown. */
  expanded?: boolean;
}

/**
 * The group hierarchy as indented entries: roots in sorted order, each followed by its children (sorted
 * the same way), skipping the children of collapsed accounts. `visible` rows are shown with the
 * ancestors that lead to them, so a search still shows where a match sits in its group.
 */
export function treeEntries(
  rows: readonly AccountRow[],
  order: Int32Array,
  visible: (index: number) => boolean,
  collapsed: ReadonlySet<string>,
): TreeEntry[] {
  const indexById = new Map(rows.map((row, index) => [row.id, index]));
  const children = new Map<string, number[]>();
  const roots: number[] = [];
  const keep = new Uint8Array(rows.length);
  for (const index of order) {
    const parentId = rows[index]!.customer.parentId;
    if (parentId && indexById.has(parentId) && parentId !== rows[index]!.id) {
      const list = children.get(parentId) ?? [];
      list.push(index);
      children.set(parentId, list);
    } else roots.push(index);
  }
  for (const index of order) {
    if (!visible(index)) continue;
    // Mark the row and its ancestors (bounded: a cycle in bad data stops at the row count).
    let at: number | undefined = index;
    for (let steps = 0; at !== undefined && !keep[at] && steps < rows.length; steps++) {
      keep[at] = 1;
      const parentId: string | null | undefined = rows[at]!.customer.parentId;
      at = parentId ? indexById.get(parentId) : undefined;
    }
  }
  const entries: TreeEntry[] = [];
  const seen = new Uint8Array(rows.length);
  const walk = (index: number, level: number) => {
    if (!keep[index] || seen[index]) return;
    seen[index] = 1;
    const row = rows[index]!;
    const kids = (children.get(row.id) ?? []).filter((k) => keep[k]);
    const expanded = kids.length ? !collapsed.has(row.id) : undefined;
    entries.push({ row, level, expanded });
    for (const kid of kids) expanded ? walk(kid, level + 1) : hide(kid);
  };
  /** Under a collapsed parent: reached, not shown. */
  const hide = (index: number) => {
    if (seen[index]) return;
    seen[index] = 1;
    for (const kid of children.get(rows[index]!.id) ?? []) hide(kid);
  };
  for (const root of roots) walk(root, 1);
  // Members of a cycle have no root: list them flat rather than dropping them.
  for (const index of order) if (keep[index] && !seen[index]) walk(index, 1);
  return entries;
}

export const COLUMNS = [
  'name',
  'alias',
  'id',
  'tier',
  'owner',
  'industry',
  'relationship',
  'risk',
  'revenue',
  'pipeline',
  'lastContact',
  'warnings',
] as const;
export type ColumnKey = (typeof COLUMNS)[number];

/** A cell as text (for display and export): numbers in `locale`, code labels in `lang` (zh-TW, zh-HK get Traditional). */
export function cellText(
  row: AccountRow,
  column: ColumnKey,
  locale: string,
  labels: { risk: Record<RiskRating, string> },
  lang: string = locale,
): string {
  const c = row.customer;
  const money = (amount: number | undefined) =>
    amount === undefined ? '' : formatMoney({ amount, currency: c.currency ?? 'CNY' }, { locale });
  switch (column) {
    case 'name':
      return c.name;
    case 'alias':
      return c.alias ?? '';
    case 'id':
      return c.id;
    case 'tier':
      return c.tier ?? '';
    case 'owner':
      return c.owner ?? '';
    case 'industry':
      return c.industry ? labelOf('industry', c.industry, lang) : '';
    case 'relationship':
      return c.relationship ? labelOf('relationship', c.relationship, lang) : '';
    case 'risk':
      return labels.risk[row.risk];
    case 'revenue':
      return money(c.annualRevenue);
    case 'pipeline':
      return row.pipeline ? money(row.pipeline) : '';
    case 'lastContact':
      return Number.isNaN(row.lastContact) ? '' : new Date(row.lastContact).toISOString().slice(0, 10);
    case 'warnings':
      return row.warnings ? String(row.warnings) : '';
  }
}
