/**
 * Sales funnel maths (DOMAIN.md section 5): snapshot per stage (count, amount, weighted), flow
 * through the stages (reached, conversion, drop-off) in a strict or any-stage reading, time in
 * stage from the stage history, won/lost handled explicitly, forecast against a target.
 *
 * Money: every amount is converted into the reporting currency with the supplied dated rate
 * table; without a rate, an amount is reported in its own currency under `unconverted` (with
 * a count), never added to the reporting-currency sums.
 */
import { CrmCoreError } from './errors.js';
import {
  checkCurrency,
  checkIsoDate,
  checkMinor,
  checkRateTable,
  findRate,
  type Money,
  minorDigits,
  type RateTable,
} from './money.js';
import {
  checkedAdd,
  checkRoundingMode,
  divRound,
  mulDivRound,
  PPM,
  percentToPpm,
  type Ratio,
  type RoundingMode,
  shareOf,
  toSafeNumber,
} from './numeric.js';
import { parseTimestamp } from './time.js';

export type StageKind = 'open' | 'won' | 'lost';

/** A pipeline stage (the stored stage record fits). */
export interface StageDef {
  readonly id: string;
  readonly name?: string;
  readonly order: number;
  /** Default win probability in percent (0..100). */
  readonly probability: number;
  readonly kind: StageKind;
}

/** Lead 10%, qualified 25%, proposal 50%, negotiation 75%, won 100%, lost 0%. */
export const DEFAULT_STAGES: readonly StageDef[] = [
  { id: 'lead', name: 'Lead', order: 1, probability: 10, kind: 'open' },
  { id: 'qualified', name: 'Qualified', order: 2, probability: 25, kind: 'open' },
  { id: 'proposal', name: 'Proposal', order: 3, probability: 50, kind: 'open' },
  { id: 'negotiation', name: 'Negotiation', order: 4, probability: 75, kind: 'open' },
  { id: 'won', name: 'Won', order: 5, probability: 100, kind: 'won' },
  { id: 'lost', name: 'Lost', order: 6, probability: 0, kind: 'lost' },
];

/** An opportunity (the stored record fits; extra fields are ignored). */
export interface FunnelOpportunity {
  readonly id: string;
  readonly customerId?: string;
  readonly stage: string;
  /** Integer minor units. */
  readonly amount: number;
  readonly currency: string;
  /** Percent 0..100; overrides the stage's default probability. */
  readonly probability?: number;
  readonly owner?: string;
  readonly team?: string;
  readonly channel?: string;
  /** `YYYY-MM-DD`. */
  readonly expectedClose?: string;
  /** ISO timestamp. */
  readonly createdAt?: string;
  readonly stageHistory?: readonly { readonly stage: string; readonly at: string }[];
}

export interface FunnelCustomer {
  readonly id?: string;
  readonly tier?: string | null;
  readonly industry?: string;
  readonly channel?: string;
}

type OneOrMany = string | readonly string[];

export interface FunnelFilters {
  readonly owner?: OneOrMany;
  readonly team?: OneOrMany;
  /** The opportunity's channel (or its customer's when the opportunity has none). */
  readonly channel?: OneOrMany;
  /** Needs `customers`: the customer's tier code. */
  readonly tier?: OneOrMany;
  /** Needs `customers`: the customer's industry. */
  readonly industry?: OneOrMany;
  /** Inclusive dates `YYYY-MM-DD` on `createdAt` (default, its date part) or `expectedClose`. */
  readonly period?: { readonly from?: string; readonly to?: string; readonly field?: 'createdAt' | 'expectedClose' };
}

export interface FunnelOptions {
  readonly stages?: readonly StageDef[];
  /**
   * `any-stage` (default): a stage counts every opportunity that was ever in it.
   * `strict`: a stage counts only opportunities that passed through it and every earlier stage.
   */
  readonly mode?: 'strict' | 'any-stage';
  /** Reporting currency (default CNY). */
  readonly currency?: string;
  readonly rates?: RateTable;
  /** Rounding for conversions and weighted amounts (default half-up). */
  readonly rounding?: RoundingMode;
  readonly filters?: FunnelFilters;
  readonly customers?: ReadonlyMap<string, FunnelCustomer> | Readonly<Record<string, FunnelCustomer>>;
  /** Forecast target in the reporting currency. */
  readonly target?: Money;
  /** ISO timestamp; when given, the time an open opportunity has spent so far in its current stage counts too. */
  readonly now?: string;
}

export interface UnconvertedAmount {
  readonly currency: string;
  readonly count: number;
  /** In the currency's own minor units. */
  readonly amount: number;
  readonly weighted: number;
}

export interface StageTime {
  /** Number of measured stays. */
  readonly samples: number;
  readonly medianDays: number | null;
  readonly meanDays: number | null;
}

export interface FunnelStageRow {
  readonly stage: string;
  readonly name: string;
  readonly order: number;
  readonly kind: StageKind;
  readonly probability: number;
  /** Snapshot: opportunities currently in the stage. */
  readonly count: number;
  /** Converted amount in the reporting currency (minor units). */
  readonly amount: number;
  readonly weighted: number;
  readonly unconverted: readonly UnconvertedAmount[];
  /** Flow: opportunities that reached the stage (per the mode). */
  readonly reached: number;
  /** reached(next) / reached(this), 4 decimals; null for the last stage or when nothing reached this one. */
  readonly conversionToNext: number | null;
  /** reached(this) / reached(first), 4 decimals. */
  readonly conversionFromFirst: number | null;
  /** reached(this) - reached(next); 0 for the last stage. */
  readonly dropOff: number;
  readonly time: StageTime;
}

export interface FunnelResult {
  readonly mode: 'strict' | 'any-stage';
  readonly currency: string;
  readonly ratesAsOf: string | null;
  /** Open and won stages in order: the funnel proper. */
  readonly stages: readonly FunnelStageRow[];
  /** Lost opportunities; `byLastStage` counts them by the furthest funnel stage they reached. */
  readonly lost: {
    readonly count: number;
    readonly amount: number;
    readonly unconverted: readonly UnconvertedAmount[];
    readonly byLastStage: Readonly<Record<string, number>>;
    readonly stages: readonly string[];
  };
  readonly totals: {
    /** Opportunities after filters. */
    readonly count: number;
    /** Opportunities left out by the filters. */
    readonly excluded: number;
    readonly openAmount: number;
    /** Weighted open pipeline: sum of amount x probability over open stages. */
    readonly weightedPipeline: number;
    readonly wonAmount: number;
    /** wonAmount + weightedPipeline. */
    readonly forecast: number;
    readonly target: number | null;
    /** target - forecast (positive: still missing). */
    readonly gap: number | null;
    /** forecast / target, 4 decimals. */
    readonly attainment: number | null;
    /** Opportunities whose amount could not be converted (no rate). */
    readonly unconvertedCount: number;
  };
}

const DAY = 86_400_000;

function toSet(value: OneOrMany | undefined, path: string): ReadonlySet<string> | null {
  if (value === undefined) return null;
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.some((x) => typeof x !== 'string')) {
    throw new CrmCoreError('invalid-input', 'must be a string or a list of strings', { path, value });
  }
  return new Set(list);
}

/** @internal Shared with the incremental funnel: the funnel stages in order, and the lost ones. */
export function checkStages(stages: readonly StageDef[]) {
  if (!Array.isArray(stages) || stages.length === 0) {
    throw new CrmCoreError('invalid-stages', 'needs at least one stage', { path: 'stages' });
  }
  const byId = new Map<string, StageDef>();
  const orders = new Set<number>();
  stages.forEach((s, i) => {
    const path = `stages[${i}]`;
    if (typeof s.id !== 'string' || s.id === '')
      throw new CrmCoreError('invalid-stages', 'needs an id', { path: `${path}.id` });
    if (byId.has(s.id))
      throw new CrmCoreError('invalid-stages', 'stage id appears twice', { path: `${path}.id`, value: s.id });
    if (typeof s.order !== 'number' || !Number.isFinite(s.order)) {
      throw new CrmCoreError('invalid-stages', 'order must be a number', { path: `${path}.order`, value: s.order });
    }
    if (orders.has(s.order))
      throw new CrmCoreError('invalid-stages', 'two stages share an order', { path: `${path}.order`, value: s.order });
    orders.add(s.order);
    if (s.kind !== 'open' && s.kind !== 'won' && s.kind !== 'lost') {
      throw new CrmCoreError('invalid-stages', 'kind must be open, won or lost', {
        path: `${path}.kind`,
        value: s.kind,
      });
    }
    percentToPpm(s.probability, `${path}.probability`);
    byId.set(s.id, s);
  });
  const flow = stages.filter((s) => s.kind !== 'lost').sort((a, b) => a.order - b.order);
  if (!flow.some((s) => s.kind === 'open'))
    throw new CrmCoreError('invalid-stages', 'needs at least one open stage', { path: 'stages' });
  const lost = stages.filter((s) => s.kind === 'lost').sort((a, b) => a.order - b.order);
  return { flow, lost };
}

function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = n >> 1;
  return n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** @internal */
export const days2 = (ms: number) => Math.round((ms / DAY) * 100) / 100;

/**
 * @internal The filters of `options` as one predicate (validated here; shared with the incremental funnel).
 * `customers` is needed for tier and industry, and lets channel fall back on the customer's channel.
 */
export function opportunityFilter(options: FunnelOptions): (o: FunnelOpportunity) => boolean {
  const f = options.filters ?? {};
  const owners = toSet(f.owner, 'filters.owner');
  const teams = toSet(f.team, 'filters.team');
  const channels = toSet(f.channel, 'filters.channel');
  const tiers = toSet(f.tier, 'filters.tier');
  const industries = toSet(f.industry, 'filters.industry');
  const period = f.period ?? null;
  const periodField = period?.field ?? 'createdAt';
  if (period?.from !== undefined) checkIsoDate(period.from, 'filters.period.from');
  if (period?.to !== undefined) checkIsoDate(period.to, 'filters.period.to');
  const customers = options.customers;
  const lookup =
    customers === undefined
      ? null
      : customers instanceof Map
        ? (id: string) => customers.get(id)
        : (id: string) =>
            Object.hasOwn(customers, id) ? (customers as Record<string, FunnelCustomer>)[id] : undefined;
  if ((tiers || industries) && !lookup) {
    throw new CrmCoreError('invalid-input', 'filtering by tier or industry needs the customers lookup', {
      path: 'customers',
    });
  }
  return (o) => {
    if (owners && (o.owner === undefined || !owners.has(o.owner))) return false;
    if (teams && (o.team === undefined || !teams.has(o.team))) return false;
    const customer = lookup && o.customerId !== undefined ? lookup(o.customerId) : undefined;
    if (channels) {
      const ch = o.channel ?? customer?.channel;
      if (ch === undefined || !channels.has(ch)) return false;
    }
    if (tiers && (customer?.tier == null || !tiers.has(customer.tier))) return false;
    if (industries && (customer?.industry === undefined || !industries.has(customer.industry))) return false;
    if (period) {
      const raw = periodField === 'createdAt' ? o.createdAt : o.expectedClose;
      if (raw === undefined) return false;
      const day = raw.slice(0, 10);
      if ((period.from !== undefined && day < period.from) || (period.to !== undefined && day > period.to))
        return false;
    }
    return true;
  };
}

/** @internal Conversion into the reporting currency with a per-currency cache; null without a rate. */
export function currencyConverter(
  currency: string,
  rates: RateTable | null,
  rounding: RoundingMode,
): (value: number, from: string, path: string) => number | null {
  const currencyRatio = new Map<string, { ratio: Ratio; shiftUp: bigint; shiftDown: bigint } | null>();
  return (value: number, from: string, path: string): number | null => {
    if (from === currency) return value;
    let c = currencyRatio.get(from);
    if (c === undefined) {
      checkCurrency(from, path);
      const ratio = rates ? findRate(rates, from, currency) : undefined;
      if (ratio) {
        const shift = minorDigits(currency) - minorDigits(from);
        c = { ratio, shiftUp: 10n ** BigInt(Math.max(0, shift)), shiftDown: 10n ** BigInt(Math.max(0, -shift)) };
      } else c = null;
      currencyRatio.set(from, c);
    }
    if (c === null) return null;
    return toSafeNumber(divRound(BigInt(value) * c.ratio.num * c.shiftUp, c.ratio.den * c.shiftDown, rounding), path);
  };
}

type HistoryEntry = NonNullable<FunnelOpportunity['stageHistory']>[number];

/**
 * @internal One opportunity's own checks, in computeFunnel's order (shared with the incremental funnel): an id,
 * a known stage, amount, currency, probability and a history list. Returns its stage index, amount, win
 * probability in ppm (the stage's default unless it carries its own) and history.
 */
export function checkOpportunity(
  o: FunnelOpportunity,
  path: string,
  stageIndex: ReadonlyMap<string, number>,
  stagePpm: readonly number[],
): { at: number; value: number; ppm: number; history: readonly HistoryEntry[] } {
  if (typeof o !== 'object' || o === null || typeof o.id !== 'string') {
    throw new CrmCoreError('invalid-input', 'must be an opportunity with an id', { path });
  }
  const at = stageIndex.get(o.stage);
  if (at === undefined)
    throw new CrmCoreError('unknown-stage', `unknown stage "${String(o.stage)}"`, {
      path: `${path}.stage`,
      value: o.stage,
    });
  const value = checkMinor(o.amount, `${path}.amount`);
  if (typeof o.currency !== 'string') checkCurrency(o.currency, `${path}.currency`);
  const ppm =
    o.probability === undefined ? (at >= 0 ? stagePpm[at]! : 0) : percentToPpm(o.probability, `${path}.probability`);
  const history = o.stageHistory ?? [];
  if (!Array.isArray(history))
    throw new CrmCoreError('invalid-input', 'must be a list', { path: `${path}.stageHistory` });
  return { at, value, ppm, history };
}

/** @internal A history entry's stage index, or `unknown-stage` naming it (shared with the incremental funnel). */
export function historyStage(
  stageIndex: ReadonlyMap<string, number>,
  e: HistoryEntry,
  path: string,
  h: number,
): number {
  const s = stageIndex.get(e.stage);
  if (s === undefined) {
    throw new CrmCoreError('unknown-stage', `unknown stage "${String(e.stage)}"`, {
      path: `${path}.stageHistory[${h}].stage`,
      value: e.stage,
    });
  }
  return s;
}

/** @internal A history entry's time in ms, or `invalid-date` naming it. */
export function historyTime(e: HistoryEntry, path: string, h: number): number {
  const t = typeof e.at === 'string' ? parseTimestamp(e.at) : Number.NaN;
  if (Number.isNaN(t)) {
    throw new CrmCoreError('invalid-date', 'must be an ISO timestamp', {
      path: `${path}.stageHistory[${h}].at`,
      value: e.at,
    });
  }
  return t;
}

/**
 * Computes the funnel. Validates stages and every opportunity (`unknown-stage`,
 * `negative-amount`, `invalid-date`, `out-of-range` probability...) before counting.
 */
export function computeFunnel(opportunities: readonly FunnelOpportunity[], options: FunnelOptions = {}): FunnelResult {
  if (!Array.isArray(opportunities))
    throw new CrmCoreError('invalid-input', 'must be a list of opportunities', { path: 'opportunities' });
  const { flow, lost } = checkStages(options.stages ?? DEFAULT_STAGES);
  const mode = options.mode ?? 'any-stage';
  if (mode !== 'strict' && mode !== 'any-stage')
    throw new CrmCoreError('invalid-input', 'mode must be strict or any-stage', { path: 'mode', value: mode });
  const currency = checkCurrency(options.currency ?? 'CNY', 'currency');
  const rounding = checkRoundingMode(options.rounding ?? 'half-up', 'rounding');
  const rates = options.rates ? checkRateTable(options.rates, 'rates') : null;
  let target: number | null = null;
  if (options.target) {
    if (options.target.currency !== currency) {
      throw new CrmCoreError('currency-mismatch', `target must be in the reporting currency ${currency}`, {
        path: 'target.currency',
        value: options.target.currency,
      });
    }
    target = checkMinor(options.target.amount, 'target.amount');
  }
  const now = options.now === undefined ? null : parseTimestamp(String(options.now));
  if (now !== null && Number.isNaN(now))
    throw new CrmCoreError('invalid-date', 'must be an ISO timestamp', { path: 'now', value: options.now });

  // Stage lookup: index in `flow`, or -1 - index in `lost`.
  const stageIndex = new Map<string, number>();
  for (const [i, s] of flow.entries()) stageIndex.set(s.id, i);
  for (const [i, s] of lost.entries()) stageIndex.set(s.id, -1 - i);
  const stagePpm = flow.map((s) => percentToPpm(s.probability, `stages.${s.id}.probability`));
  const n = flow.length;

  const accepts = opportunityFilter(options);

  // Accumulators.
  const count = new Array<number>(n).fill(0);
  const amount = new Array<number>(n).fill(0);
  const weighted = new Array<number>(n).fill(0);
  const reached = new Array<number>(n).fill(0);
  const durations: number[][] = flow.map(() => []);
  const unconverted: Map<string, { count: number; amount: number; weighted: number }>[] = flow.map(() => new Map());
  const lostUnconverted = new Map<string, { count: number; amount: number; weighted: number }>();
  const byLastStage: Record<string, number> = {};
  let lostCount = 0;
  let lostAmount = 0;
  let included = 0;
  let unconvertedCount = 0;
  const visited = new Uint8Array(n);
  // Paths for overflow errors, built once (the loop below runs for every opportunity).
  const stagePaths = flow.map((s) => `stages.${s.id}`);
  const amountPaths = stagePaths.map((p) => `${p}.amount`);
  const weightedPaths = stagePaths.map((p) => `${p}.weighted`);
  let hStage = new Int32Array(16);
  let hTime = new Float64Array(16);

  const convert = currencyConverter(currency, rates, rounding);
  const addUnconverted = (
    map: Map<string, { count: number; amount: number; weighted: number }>,
    cur: string,
    value: number,
    w: number,
    path: string,
  ) => {
    const u = map.get(cur) ?? { count: 0, amount: 0, weighted: 0 };
    u.count += 1;
    u.amount = checkedAdd(u.amount, value, `${path}.unconverted.${cur}.amount`);
    u.weighted = checkedAdd(u.weighted, w, `${path}.unconverted.${cur}.weighted`);
    map.set(cur, u);
  };

  for (let i = 0; i < opportunities.length; i++) {
    const o = opportunities[i]!;
    const path = `opportunities[${i}]`;
    const { at, value, ppm, history } = checkOpportunity(o, path, stageIndex, stagePpm);

    // Validate history before filtering, so bad data is reported whatever the filters. Stage
    // indexes and times go into reusable buffers (this loop runs for every opportunity).
    const len = history.length;
    if (len > hStage.length) {
      hStage = new Int32Array(len * 2);
      hTime = new Float64Array(len * 2);
    }
    let sorted = true;
    for (let h = 0; h < len; h++) {
      const e = history[h]!;
      const s = historyStage(stageIndex, e, path, h);
      const t = historyTime(e, path, h);
      if (h > 0 && t < hTime[h - 1]!) sorted = false;
      hStage[h] = s;
      hTime[h] = t;
    }

    if (!accepts(o)) continue;
    included++;

    // Snapshot.
    const converted = convert(value, o.currency, `${path}.currency`);
    const w = at >= 0 ? mulDivRound(converted ?? value, ppm, PPM, rounding) : 0;
    if (converted === null) unconvertedCount++;
    if (at >= 0) {
      count[at]! += 1;
      if (converted === null) addUnconverted(unconverted[at]!, o.currency, value, w, stagePaths[at]!);
      else {
        amount[at] = checkedAdd(amount[at]!, converted, amountPaths[at]);
        weighted[at] = checkedAdd(weighted[at]!, w, weightedPaths[at]);
      }
    } else {
      lostCount++;
      if (converted === null) addUnconverted(lostUnconverted, o.currency, value, 0, 'lost');
      else lostAmount = checkedAdd(lostAmount, converted, 'lost.amount');
    }

    // Flow: which funnel stages the opportunity visited (history plus current stage).
    visited.fill(0);
    if (at >= 0) visited[at] = 1;
    // A won deal with no stage history passed every earlier stage: it cannot have been won otherwise.
    if (len === 0 && at >= 0 && flow[at]!.kind === 'won') visited.fill(1, 0, at + 1);
    for (let h = 0; h < len; h++) {
      const s = hStage[h]!;
      if (s >= 0) visited[s] = 1;
    }
    if (mode === 'strict') {
      for (let s = 0; s < n && visited[s]; s++) reached[s]! += 1;
    } else {
      for (let s = 0; s < n; s++) if (visited[s]) reached[s]! += 1;
    }
    if (at < 0) {
      let furthest = -1;
      for (let s = 0; s < n; s++) if (visited[s]) furthest = s;
      const key = furthest >= 0 ? flow[furthest]!.id : '(none)';
      byLastStage[key] = (byLastStage[key] ?? 0) + 1;
    }

    // Time in stage: from one history entry to the next in time order (stable for equal times).
    if (len > 0) {
      let order: number[] | null = null;
      if (!sorted) order = Array.from({ length: len }, (_, h) => h).sort((a, b) => hTime[a]! - hTime[b]! || a - b);
      for (let k = 0; k < len; k++) {
        const h = order ? order[k]! : k;
        const s = hStage[h]!;
        if (s < 0) continue;
        if (k + 1 < len) {
          const next = order ? order[k + 1]! : k + 1;
          durations[s]!.push(hTime[next]! - hTime[h]!);
        } else if (now !== null && s === at && flow[s]!.kind === 'open') {
          const d = now - hTime[h]!;
          if (d < 0) {
            throw new CrmCoreError('invalid-date', 'now is before the last stage change', {
              path: `${path}.stageHistory[${h}].at`,
            });
          }
          durations[s]!.push(d);
        }
      }
    }
  }

  const first = reached[0] ?? 0;
  const unconvertedList = (m: Map<string, { count: number; amount: number; weighted: number }>) =>
    [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([cur, u]) => ({ currency: cur, ...u }));
  const rows: FunnelStageRow[] = flow.map((s, i) => {
    const d = durations[i]!.sort((a, b) => a - b);
    const next = i + 1 < n ? reached[i + 1]! : null;
    const mean = d.length ? d.reduce((x, y) => x + y, 0) / d.length : null;
    const med = median(d);
    return {
      stage: s.id,
      name: s.name ?? s.id,
      order: s.order,
      kind: s.kind,
      probability: s.probability,
      count: count[i]!,
      amount: amount[i]!,
      weighted: weighted[i]!,
      unconverted: unconvertedList(unconverted[i]!),
      reached: reached[i]!,
      conversionToNext: next === null ? null : shareOf(next, reached[i]!),
      conversionFromFirst: shareOf(reached[i]!, first),
      dropOff: next === null ? 0 : reached[i]! - next,
      time: {
        samples: d.length,
        medianDays: med === null ? null : days2(med),
        meanDays: mean === null ? null : days2(mean),
      },
    };
  });

  return {
    mode,
    currency,
    ratesAsOf: rates?.asOf ?? null,
    stages: rows,
    lost: {
      count: lostCount,
      amount: lostAmount,
      unconverted: unconvertedList(lostUnconverted),
      byLastStage,
      stages: lost.map((s) => s.id),
    },
    totals: funnelTotals(rows, target, included, opportunities.length - included, unconvertedCount),
  };
}

/** @internal The funnel's totals from its stage rows, each sum checked (shared with the incremental funnel). */
export function funnelTotals(
  rows: readonly FunnelStageRow[],
  target: number | null,
  count: number,
  excluded: number,
  unconvertedCount: number,
): FunnelResult['totals'] {
  let openAmount = 0;
  let weightedPipeline = 0;
  let wonAmount = 0;
  for (const r of rows) {
    if (r.kind === 'open') {
      openAmount = checkedAdd(openAmount, r.amount, 'totals.openAmount');
      weightedPipeline = checkedAdd(weightedPipeline, r.weighted, 'totals.weightedPipeline');
    } else wonAmount = checkedAdd(wonAmount, r.amount, 'totals.wonAmount');
  }
  const forecast = checkedAdd(wonAmount, weightedPipeline, 'totals.forecast');
  return {
    count,
    excluded,
    openAmount,
    weightedPipeline,
    wonAmount,
    forecast,
    target,
    gap: target === null ? null : checkedAdd(target, -forecast, 'totals.gap'),
    attainment: target === null ? null : shareOf(forecast, target),
    unconvertedCount,
  };
}
