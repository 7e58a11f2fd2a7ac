/**
 * Group customers (集团客户, DOMAIN.md section 2): the tree of a group from `parentId` links,
 * revenue / pipeline / credit exposure rolled up from members, limits of the group and of each
 * member, concentration, and a group risk rating that combines credit, market and operational
 * flags with a "why". Cycles and missing parents are reported, never looped on.
 */
import { CrmCoreError } from './errors.js';
import { DEFAULT_STAGES, type StageDef } from './funnel.js';
import { checkCurrency, checkMinor, checkRateTable, convertMoney, type RateTable } from './money.js';
import {
  checkedAdd,
  checkRoundingMode,
  compareFraction,
  mulDivRound,
  PPM,
  percentToPpm,
  type RoundingMode,
  shareOf,
} from './numeric.js';
import { type WhyStep, why } from './why.js';

/** An account as the group engine reads it (a stored customer fits; amounts in minor units). */
export interface GroupAccount {
  readonly id: string;
  readonly name?: string;
  readonly parentId?: string | null;
  readonly currency?: string;
  readonly creditLimit?: number;
  readonly annualRevenue?: number;
  readonly receivables?: number;
  readonly openOrders?: number;
  /** `class:reason`, e.g. `credit:overdue`, `market:sector-downturn`, `operational:key-person`. */
  readonly riskFlags?: readonly string[];
}

export interface HierarchyIssue {
  /**
   * `missing-parent`: parentId names no account (the account is treated as a root);
   * `cycle`: the accounts form a parent loop; `under-cycle`: the account hangs below a loop.
   */
  readonly kind: 'missing-parent' | 'cycle' | 'under-cycle';
  readonly ids: readonly string[];
  readonly text: string;
}

export interface GroupNode<A extends GroupAccount = GroupAccount> {
  readonly id: string;
  readonly account: A;
  readonly depth: number;
  readonly children: readonly GroupNode<A>[];
}

export interface Hierarchy<A extends GroupAccount = GroupAccount> {
  /** Trees from every root (no parent, or a missing parent), children sorted by id. */
  readonly roots: readonly GroupNode<A>[];
  readonly issues: readonly HierarchyIssue[];
  /** Ids that are in or below a cycle and so belong to no tree. */
  readonly unplaced: readonly string[];
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Builds every group tree from `parentId` links. Duplicate ids are an error; missing parents
 * and cycles are reported in `issues` (the accounts concerned are not looped on).
 */
export function buildHierarchy<A extends GroupAccount>(accounts: readonly A[]): Hierarchy<A> {
  if (!Array.isArray(accounts))
    throw new CrmCoreError('invalid-input', 'must be a list of accounts', { path: 'accounts' });
  const index = new Map<string, A>();
  accounts.forEach((a, i) => {
    if (typeof a?.id !== 'string' || a.id === '')
      throw new CrmCoreError('invalid-input', 'needs a non-empty id', { path: `accounts[${i}].id` });
    if (index.has(a.id))
      throw new CrmCoreError('duplicate-id', 'account id appears twice', { path: `accounts[${i}].id`, value: a.id });
    if (a.parentId != null && typeof a.parentId !== 'string') {
      throw new CrmCoreError('invalid-input', 'parentId must be a string or null', {
        path: `accounts[${i}].parentId`,
        value: a.parentId,
      });
    }
    index.set(a.id, a);
  });
  const issues: HierarchyIssue[] = [];
  const parentOf = new Map<string, string | null>();
  for (const a of accounts) {
    const p = a.parentId ?? null;
    if (p !== null && p !== '' && !index.has(p)) {
      issues.push({
        kind: 'missing-parent',
        ids: [a.id],
        text: `${a.id}: parent ${p} is not in the list; treated as a group head`,
      });
      parentOf.set(a.id, null);
    } else parentOf.set(a.id, p === '' ? null : p);
  }

  // Walk up from each account; states: 0 unseen, 1 on the current path, 2 reaches a root, 3 in/below a cycle.
  const state = new Map<string, number>();
  for (const a of accounts) {
    if (state.has(a.id)) continue;
    const path: string[] = [];
    let cur: string | null = a.id;
    while (cur !== null && !state.has(cur)) {
      state.set(cur, 1);
      path.push(cur);
      cur = parentOf.get(cur) ?? null;
    }
    let outcome = cur === null ? 2 : state.get(cur)!;
    if (outcome === 1) {
      // Closed a loop: cur ... end of path is the cycle.
      const start = path.indexOf(cur!);
      const cycle = path.slice(start);
      issues.push({ kind: 'cycle', ids: [...cycle].sort(), text: `parent loop: ${cycle.join(' -> ')} -> ${cur}` });
      for (const id of cycle) state.set(id, 3);
      const below = path.slice(0, start);
      if (below.length)
        issues.push({ kind: 'under-cycle', ids: [...below].sort(), text: `below a parent loop: ${below.join(', ')}` });
      for (const id of below) state.set(id, 3);
      continue;
    }
    if (outcome === 3 && path.length) {
      issues.push({ kind: 'under-cycle', ids: [...path].sort(), text: `below a parent loop: ${path.join(', ')}` });
    }
    outcome = outcome === 3 ? 3 : 2;
    for (const id of path) state.set(id, outcome);
  }

  const children = new Map<string, A[]>();
  for (const a of accounts) {
    const p = parentOf.get(a.id) ?? null;
    if (p !== null && state.get(a.id) === 2) {
      const list = children.get(p) ?? [];
      list.push(a);
      children.set(p, list);
    }
  }
  const build = (a: A, depth: number): GroupNode<A> => ({
    id: a.id,
    account: a,
    depth,
    children: (children.get(a.id) ?? []).sort(byId).map((c) => build(c, depth + 1)),
  });
  const roots = accounts
    .filter((a) => parentOf.get(a.id) === null)
    .sort(byId)
    .map((a) => build(a, 0));
  const unplaced = accounts.filter((a) => state.get(a.id) === 3).map((a) => a.id);
  return { roots, issues, unplaced };
}

/** Every node of a tree, parents before children. */
export function flattenGroup<A extends GroupAccount>(node: GroupNode<A>): GroupNode<A>[] {
  const out: GroupNode<A>[] = [];
  const stack = [node];
  while (stack.length) {
    const n = stack.pop()!;
    out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

/**
 * The tree of the group headed by `rootId` (any account can head its own sub-group).
 * Throws `unknown-account` for an unknown id and `cycle` when the account sits in or below a
 * parent loop (there is no well-defined group to roll up).
 */
export function groupTree<A extends GroupAccount>(
  accounts: readonly A[],
  rootId: string,
): { root: GroupNode<A>; issues: readonly HierarchyIssue[] } {
  const h = buildHierarchy(accounts);
  if (!accounts.some((a) => a.id === rootId))
    throw new CrmCoreError('unknown-account', `no account ${rootId}`, { path: 'rootId', value: rootId });
  if (h.unplaced.includes(rootId)) {
    const issue = h.issues.find((i) => i.ids.includes(rootId));
    throw new CrmCoreError(
      'cycle',
      `account ${rootId} is in or below a parent loop${issue ? ` (${issue.text})` : ''}`,
      { path: 'rootId', value: rootId },
    );
  }
  const find = (nodes: readonly GroupNode<A>[]): GroupNode<A> | undefined => {
    for (const n of nodes) {
      const hit = n.id === rootId ? n : find(n.children);
      if (hit) return hit;
    }
    return undefined;
  };
  const root = find(h.roots)!;
  const members = new Set(flattenGroup(root).map((n) => n.id));
  return { root, issues: h.issues.filter((i) => i.ids.some((id) => members.has(id))) };
}

// ---------------------------------------------------------------------------------------------
// Roll-up and risk

export type RiskCategory = 'credit' | 'market' | 'operational';
export type RiskRating = 'low' | 'medium' | 'high' | 'critical';

export interface RiskConfig {
  /** Points per flag by category. */
  readonly weights: Readonly<Record<RiskCategory, number>>;
  /** Minimum points per rating, any order; the highest reached applies. */
  readonly ratings: readonly { readonly rating: RiskRating; readonly minPoints: number }[];
  /** Group exposure at or above this % of the group limit raises `credit:near-group-limit`. */
  readonly nearLimitPercent: number;
  /** One member holding more than this % of group exposure raises `credit:concentration`. */
  readonly concentrationPercent: number;
}

export const DEFAULT_RISK_CONFIG: RiskConfig = {
  weights: { credit: 3, market: 2, operational: 1 },
  ratings: [
    { rating: 'low', minPoints: 0 },
    { rating: 'medium', minPoints: 3 },
    { rating: 'high', minPoints: 6 },
    { rating: 'critical', minPoints: 10 },
  ],
  nearLimitPercent: 80,
  concentrationPercent: 50,
};

export interface GroupOpportunity {
  readonly customerId: string;
  readonly stage: string;
  readonly amount: number;
  readonly currency: string;
  readonly probability?: number;
}

export interface RollUpOptions {
  /** Reporting currency; default the root account's currency, else CNY. */
  readonly currency?: string;
  /** Needed when a member or opportunity is in another currency. */
  readonly rates?: RateTable;
  readonly rounding?: RoundingMode;
  /** Opportunities of any customers; those of members in open stages form the pipeline. */
  readonly opportunities?: readonly GroupOpportunity[];
  readonly stages?: readonly StageDef[];
  /** Group credit limit in the reporting currency; default the root account's creditLimit. */
  readonly groupLimit?: number;
  readonly risk?: RiskConfig;
}

export interface MemberRollUp {
  readonly id: string;
  readonly name: string | null;
  readonly parentId: string | null;
  readonly depth: number;
  /** The member's own figures, in the reporting currency. */
  readonly revenue: number;
  readonly exposure: number;
  readonly pipeline: number;
  readonly weightedPipeline: number;
  readonly creditLimit: number | null;
  /** exposure / creditLimit, 4 decimals. */
  readonly utilisation: number | null;
  readonly overLimit: boolean;
  /** Own figures plus every descendant's. */
  readonly rolled: {
    readonly revenue: number;
    readonly exposure: number;
    readonly pipeline: number;
    readonly weightedPipeline: number;
  };
}

export interface RiskFlagHit {
  readonly memberId: string;
  readonly flag: string;
  readonly category: RiskCategory | 'other';
  readonly points: number;
  /** True for flags the engine derived from limits and concentration. */
  readonly derived: boolean;
}

export interface GroupRisk {
  readonly rating: RiskRating;
  readonly points: number;
  readonly byCategory: Readonly<Record<RiskCategory, number>>;
  readonly flags: readonly RiskFlagHit[];
  readonly why: readonly WhyStep[];
}

export interface GroupRollUp {
  readonly rootId: string;
  readonly currency: string;
  readonly tree: GroupNode;
  /** Parents before children. */
  readonly members: readonly MemberRollUp[];
  readonly totals: {
    readonly revenue: number;
    readonly exposure: number;
    readonly pipeline: number;
    readonly weightedPipeline: number;
    readonly memberCount: number;
  };
  readonly limit: {
    readonly group: number | null;
    readonly utilisation: number | null;
    readonly headroom: number | null;
    readonly exceeded: boolean;
    /** Members whose own exposure exceeds their own limit. */
    readonly membersOverLimit: readonly string[];
  };
  /** Share (4 decimals) of the largest member in group revenue and in group exposure. */
  readonly concentration: {
    readonly revenue: { readonly memberId: string; readonly share: number } | null;
    readonly exposure: { readonly memberId: string; readonly share: number } | null;
  };
  readonly risk: GroupRisk;
  readonly issues: readonly HierarchyIssue[];
}

function checkRisk(config: RiskConfig): RiskConfig {
  for (const c of ['credit', 'market', 'operational'] as const) {
    const w = config.weights?.[c];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      throw new CrmCoreError('invalid-input', 'weight must be a non-negative number', {
        path: `risk.weights.${c}`,
        value: w,
      });
    }
  }
  if (!Array.isArray(config.ratings) || config.ratings.length === 0) {
    throw new CrmCoreError('invalid-input', 'needs at least one rating', { path: 'risk.ratings' });
  }
  percentToPpm(config.nearLimitPercent, 'risk.nearLimitPercent');
  percentToPpm(config.concentrationPercent, 'risk.concentrationPercent');
  return config;
}

/**
 * Rolls a group up: each member's revenue, credit exposure (open orders + receivables) and open
 * pipeline, summed from the leaves to the head; limits of the group and of each member;
 * concentration; and the group risk rating. Members in another currency than the reporting
 * one need `rates` (else `currency-mismatch`).
 */
export function rollUpGroup<A extends GroupAccount>(
  accounts: readonly A[],
  rootId: string,
  options: RollUpOptions = {},
): GroupRollUp {
  const { root, issues } = groupTree(accounts, rootId);
  const currency = checkCurrency(options.currency ?? root.account.currency ?? 'CNY', 'currency');
  const rates = options.rates ? checkRateTable(options.rates) : null;
  const rounding = checkRoundingMode(options.rounding ?? 'half-up', 'rounding');
  const risk = checkRisk(options.risk ?? DEFAULT_RISK_CONFIG);
  const nearLimitPpm = percentToPpm(risk.nearLimitPercent, 'risk.nearLimitPercent');
  const concentrationPpm = percentToPpm(risk.concentrationPercent, 'risk.concentrationPercent');
  const nodes = flattenGroup(root);
  const memberIds = new Set(nodes.map((n) => n.id));

  const toReporting = (amount: number, from: string, path: string): number => {
    if (from === currency) return amount;
    if (!rates) {
      throw new CrmCoreError('currency-mismatch', `${from} amount in a ${currency} roll-up needs a dated rate table`, {
        path,
        value: from,
      });
    }
    return convertMoney({ amount, currency: from }, currency, rates, rounding).amount;
  };

  // Pipeline of members: open-stage opportunities.
  const stageKind = new Map((options.stages ?? DEFAULT_STAGES).map((s) => [s.id, s] as const));
  const pipeline = new Map<string, { amount: number; weighted: number }>();
  (options.opportunities ?? []).forEach((o, i) => {
    if (!memberIds.has(o.customerId)) return;
    const path = `opportunities[${i}]`;
    const stage = stageKind.get(o.stage);
    if (!stage)
      throw new CrmCoreError('unknown-stage', `unknown stage "${String(o.stage)}"`, {
        path: `${path}.stage`,
        value: o.stage,
      });
    if (stage.kind !== 'open') return;
    const amount = toReporting(
      checkMinor(o.amount, `${path}.amount`),
      checkCurrency(o.currency, `${path}.currency`),
      `${path}.currency`,
    );
    const ppm = percentToPpm(o.probability ?? stage.probability, `${path}.probability`);
    const p = pipeline.get(o.customerId) ?? { amount: 0, weighted: 0 };
    p.amount = checkedAdd(p.amount, amount, `pipeline.${o.customerId}.amount`);
    p.weighted = checkedAdd(p.weighted, mulDivRound(amount, ppm, PPM, rounding), `pipeline.${o.customerId}.weighted`);
    pipeline.set(o.customerId, p);
  });

  const own = new Map<string, Omit<MemberRollUp, 'rolled'>>();
  for (const n of nodes) {
    const a = n.account;
    const path = `accounts.${a.id}`;
    const cur = a.currency === undefined ? currency : checkCurrency(a.currency, `${path}.currency`);
    const conv = (v: number | undefined, field: string) =>
      v === undefined ? 0 : toReporting(checkMinor(v, `${path}.${field}`), cur, `${path}.currency`);
    const exposure = checkedAdd(
      conv(a.openOrders, 'openOrders'),
      conv(a.receivables, 'receivables'),
      `${path}.exposure`,
    );
    const creditLimit = a.creditLimit === undefined ? null : conv(a.creditLimit, 'creditLimit');
    own.set(n.id, {
      id: n.id,
      name: a.name ?? null,
      parentId: n.id === rootId ? null : (a.parentId ?? null),
      depth: n.depth,
      revenue: conv(a.annualRevenue, 'annualRevenue'),
      exposure,
      pipeline: pipeline.get(n.id)?.amount ?? 0,
      weightedPipeline: pipeline.get(n.id)?.weighted ?? 0,
      creditLimit,
      utilisation: creditLimit === null ? null : shareOf(exposure, creditLimit),
      overLimit: creditLimit !== null && exposure > creditLimit,
    });
  }

  // Roll up from the leaves (reverse pre-order visits children before parents).
  const rolled = new Map<string, { revenue: number; exposure: number; pipeline: number; weightedPipeline: number }>();
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    const o = own.get(n.id)!;
    const sum = {
      revenue: o.revenue,
      exposure: o.exposure,
      pipeline: o.pipeline,
      weightedPipeline: o.weightedPipeline,
    };
    for (const c of n.children) {
      const r = rolled.get(c.id)!;
      sum.revenue = checkedAdd(sum.revenue, r.revenue, `${n.id}.revenue`);
      sum.exposure = checkedAdd(sum.exposure, r.exposure, `${n.id}.exposure`);
      sum.pipeline = checkedAdd(sum.pipeline, r.pipeline, `${n.id}.pipeline`);
      sum.weightedPipeline = checkedAdd(sum.weightedPipeline, r.weightedPipeline, `${n.id}.weightedPipeline`);
    }
    rolled.set(n.id, sum);
  }
  const members: MemberRollUp[] = nodes.map((n) => ({ ...own.get(n.id)!, rolled: rolled.get(n.id)! }));
  const totals = { ...rolled.get(rootId)!, memberCount: nodes.length };

  const groupLimit =
    options.groupLimit !== undefined ? checkMinor(options.groupLimit, 'groupLimit') : own.get(rootId)!.creditLimit;
  const membersOverLimit = members.filter((m) => m.overLimit).map((m) => m.id);
  const largest = (key: 'revenue' | 'exposure', total: number) => {
    if (total === 0) return null;
    const top = members.reduce((best, m) => (m[key] > best[key] ? m : best), members[0]!);
    return { memberId: top.id, share: shareOf(top[key], total)! };
  };
  const concentration = { revenue: largest('revenue', totals.revenue), exposure: largest('exposure', totals.exposure) };
  const exceeded = groupLimit !== null && totals.exposure > groupLimit;

  // Risk: member flags plus flags derived from limits and concentration.
  const hits: RiskFlagHit[] = [];
  const steps: WhyStep[] = [];
  const seen = new Set<string>();
  const add = (memberId: string, flag: string, derived: boolean) => {
    const key = `${memberId}\u0000${flag}`;
    if (seen.has(key)) return;
    seen.add(key);
    const prefix = flag.split(':', 1)[0] ?? '';
    const category = prefix === 'credit' || prefix === 'market' || prefix === 'operational' ? prefix : 'other';
    const points = category === 'other' ? 0 : risk.weights[category];
    hits.push({ memberId, flag, category, points, derived });
    steps.push(
      why(
        category === 'other' ? 'flag-ignored' : 'flag',
        category === 'other'
          ? `${memberId}: ${flag} has no credit/market/operational class; not rated`
          : `${memberId}: ${flag} (${category}) +${points}`,
        { memberId, flag, category, points },
      ),
    );
  };
  for (const n of nodes) {
    const flags = n.account.riskFlags ?? [];
    if (!Array.isArray(flags))
      throw new CrmCoreError('invalid-input', 'riskFlags must be a list', { path: `accounts.${n.id}.riskFlags` });
    for (const flag of flags) add(n.id, String(flag), false);
  }
  if (groupLimit !== null) {
    if (exceeded) add(rootId, 'credit:group-limit-exceeded', true);
    else if (groupLimit > 0 && compareFraction(totals.exposure, groupLimit, nearLimitPpm, PPM) >= 0)
      add(rootId, 'credit:near-group-limit', true);
  }
  for (const id of membersOverLimit) add(id, 'credit:member-limit-exceeded', true);
  // Decided on the exact amounts, not on the share rounded for display.
  const top = members.find((m) => m.id === concentration.exposure?.memberId);
  if (top && members.length > 1 && compareFraction(top.exposure, totals.exposure, concentrationPpm, PPM) > 0) {
    add(top.id, 'credit:concentration', true);
  }
  const byCategory = { credit: 0, market: 0, operational: 0 };
  for (const h of hits) if (h.category !== 'other') byCategory[h.category] += h.points;
  const points = byCategory.credit + byCategory.market + byCategory.operational;
  const ratings = [...risk.ratings].sort((a, b) => a.minPoints - b.minPoints);
  const rating = ratings.findLast((r) => points >= r.minPoints)?.rating ?? ratings[0]!.rating;
  steps.push(
    why(
      'rating',
      `credit ${byCategory.credit} + market ${byCategory.market} + operational ${byCategory.operational} = ${points} points: ${rating}`,
      {
        ...byCategory,
        points,
        rating,
      },
    ),
  );

  return {
    rootId,
    currency,
    tree: root,
    members,
    totals,
    limit: {
      group: groupLimit,
      utilisation: groupLimit === null ? null : shareOf(totals.exposure, groupLimit),
      headroom: groupLimit === null ? null : checkedAdd(groupLimit, -totals.exposure, 'limit.headroom'),
      exceeded,
      membersOverLimit,
    },
    concentration,
    risk: { rating, points, byCategory, flags: hits, why: steps },
    issues,
  };
}
