/**
 * The funnel element's inputs turned into engine options, and the engine's result read for display.
 * No DOM here: attributes arrive as strings, errors name the attribute or property at fault.
 * The funnel maths itself is `computeFunnel` in src/core; nothing here re-implements it.
 */
import {
  computeFunnel,
  DEFAULT_STAGES,
  type FunnelCustomer,
  type FunnelOpportunity,
  type FunnelOptions,
  type FunnelResult,
  type StageDef,
} from '../../core/funnel.js';
import type { GroupAccount } from '../../core/group.js';
import { type Money, parseMoney, sumMoney } from '../../core/money.js';
import {
  type AppliedFilter,
  FunnelConfigError,
  groupMembers,
  InvalidJson,
  type OpportunityFilterSettings,
  parseFilters,
} from '../../internal/opportunity-filters.js';

// The filter parsing is shared with the pipeline board; re-exported so this module's API stays the same.
export {
  type AppliedFilter,
  FunnelConfigError,
  groupMembers,
  InvalidJson,
  jsonAttribute,
  parseList,
  parsePeriod,
} from '../../internal/opportunity-filters.js';

export type Measure = 'count' | 'amount' | 'weighted';
export const MEASURES: readonly Measure[] = ['count', 'amount', 'weighted'];

export type PeriodField = 'created' | 'expected-close';

/** A stage as configured: the engine's stage plus an optional Chinese name (a stored stage record fits). */
export interface FunnelStageConfig extends StageDef {
  readonly nameZh?: string;
}

/** A customer as the tier, industry, channel and group filters read it (a stored customer fits). */
export interface FunnelCustomerRecord extends FunnelCustomer, GroupAccount {
  readonly id: string;
}

/**
 * A funnel aggregated elsewhere (e.g. `computeFunnel` run by the page's backend), optionally with the
 * opportunity ids of each stage so drill-down can name them.
 */
export type FunnelAggregate = FunnelResult & {
  readonly opportunityIds?: Readonly<Record<string, readonly string[]>>;
};

/** What `.data` accepts: opportunities, or an aggregated funnel. */
export type FunnelData = readonly FunnelOpportunity[] | FunnelAggregate;

/** The element's settings, as set through attributes or properties (filters: the shared ones). */
export interface FunnelSettings extends OpportunityFilterSettings {
  readonly mode?: string;
  readonly currency?: string;
  readonly target?: string | Money;
  readonly rates?: unknown;
  readonly now?: string;
  readonly stages?: unknown;
}

export interface PreparedFunnel {
  readonly options: FunnelOptions;
  readonly stages: readonly FunnelStageConfig[];
  /** True when the stages are the built-in default pipeline (its names are localised by the element). */
  readonly defaultStages: boolean;
  /** Customer ids of the `group` filter (heads and every descendant), or null without that filter. */
  readonly groupMembers: ReadonlySet<string> | null;
  readonly filters: readonly AppliedFilter[];
}

export function parseMeasure(text: string | undefined): Measure {
  const value = (text ?? 'count') as Measure;
  if (!MEASURES.includes(value))
    throw new FunnelConfigError('measure', `expected count, amount or weighted, got "${text}"`);
  return value;
}

/** `any` (default, also `any-stage`) or `strict`. */
export function parseMode(text: string | undefined): 'strict' | 'any-stage' {
  const value = text ?? 'any';
  if (value === 'strict') return 'strict';
  if (value === 'any' || value === 'any-stage') return 'any-stage';
  throw new FunnelConfigError('mode', `expected strict or any, got "${text}"`);
}

function checkJson(value: unknown, source: string): unknown {
  if (value instanceof InvalidJson) throw new FunnelConfigError(source, `is not valid JSON (${value.reason})`);
  return value;
}

/** The configured stages, else the store's stage table, else the default pipeline. */
export function resolveStages(
  configured: unknown,
  stored: readonly FunnelStageConfig[] | undefined,
): { stages: readonly FunnelStageConfig[]; defaultStages: boolean } {
  const value = checkJson(configured, 'stages');
  if (value !== undefined) {
    if (!Array.isArray(value)) {
      throw new FunnelConfigError(
        'stages',
        'must be a list such as [{"id":"lead","name":"Lead","order":1,"probability":10,"kind":"open"}, …]',
      );
    }
    return { stages: value, defaultStages: false };
  }
  if (stored?.length) return { stages: stored, defaultStages: false };
  return { stages: DEFAULT_STAGES, defaultStages: true };
}

function resolveTarget(target: string | Money | undefined, currency: string): Money | undefined {
  if (target === undefined || target === '') return undefined;
  if (typeof target !== 'string') return target;
  try {
    return parseMoney(target.trim(), currency);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FunnelConfigError('target', `"${target}" is not an amount in ${currency} (${reason})`);
  }
}

/**
 * Engine options from the settings. `customers` is needed for the tier, industry and group filters (and
 * lets the channel filter fall back on the customer's channel).
 */
export function prepareFunnel(
  settings: FunnelSettings,
  storedStages: readonly FunnelStageConfig[] | undefined,
  customers: readonly FunnelCustomerRecord[] | undefined,
): PreparedFunnel {
  const mode = parseMode(settings.mode);
  const currency = (settings.currency || 'CNY').toUpperCase();
  const { stages, defaultStages } = resolveStages(settings.stages, storedStages);
  const rates = checkJson(settings.rates, 'rates') as FunnelOptions['rates'];
  const { filters, group, applied } = parseFilters(settings);
  if ((filters.tier || filters.industry || group) && !customers) {
    throw new FunnelConfigError(
      'customers',
      'the tier, industry and group filters need the customers (set .customers)',
    );
  }
  const target = resolveTarget(settings.target, currency);
  const options: FunnelOptions = {
    stages,
    mode,
    currency,
    ...(rates ? { rates } : {}),
    ...(target ? { target } : {}),
    ...(settings.now ? { now: settings.now } : {}),
    ...(customers ? { customers: new Map(customers.map((c) => [c.id, c])) } : {}),
    filters,
  };
  return {
    options,
    stages,
    defaultStages,
    groupMembers: group && customers ? groupMembers(customers, group) : null,
    filters: applied,
  };
}

/** The opportunities the engine sees: all of them, or those of the `group` filter's customers. */
export function funnelCandidates(
  opportunities: readonly FunnelOpportunity[],
  prepared: PreparedFunnel,
): readonly FunnelOpportunity[] {
  const members = prepared.groupMembers;
  return members ? opportunities.filter((o) => o.customerId !== undefined && members.has(o.customerId)) : opportunities;
}

/**
 * The ids of the opportunities now in a stage after the filters. The engine reports figures, not members,
 * so each candidate goes through the engine on its own: the filters mean exactly what they mean there.
 * Run on a click only (it costs one small engine call per candidate in the stage).
 */
export function opportunityIdsIn(
  stageId: string,
  candidates: readonly FunnelOpportunity[],
  options: FunnelOptions,
): string[] {
  const single: FunnelOptions = { ...options, target: undefined };
  return candidates
    .filter((o) => o.stage === stageId && computeFunnel([o], single).totals.count === 1)
    .map((o) => o.id);
}

/** Checks an aggregated funnel's shape well enough to draw it; names the first bad field. */
export function checkAggregate(data: FunnelAggregate): FunnelAggregate {
  const whole = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value);
  data.stages.forEach((row, i) => {
    const at = `stages[${i}]`;
    if (typeof row?.stage !== 'string' || row.stage === '')
      throw new FunnelConfigError('data', `${at}.stage must be a stage id`);
    for (const field of ['count', 'amount', 'weighted', 'reached', 'dropOff'] as const) {
      if (!whole(row[field])) throw new FunnelConfigError('data', `${at}.${field} must be a whole number`);
    }
    if (!Array.isArray(row.unconverted)) throw new FunnelConfigError('data', `${at}.unconverted must be a list`);
  });
  if (typeof data.currency !== 'string' || !data.totals || !data.lost) {
    throw new FunnelConfigError(
      'data',
      'an aggregated funnel needs currency, totals and lost (the shape computeFunnel returns)',
    );
  }
  return data;
}

export function isAggregate(data: FunnelData): data is FunnelAggregate {
  return (
    !Array.isArray(data) && typeof data === 'object' && data !== null && Array.isArray((data as FunnelAggregate).stages)
  );
}

export interface CurrencyTotal {
  readonly currency: string;
  readonly count: number;
  readonly amount: number;
}

/** Amounts left unconverted, per currency, over the funnel stages and the lost deals. */
export function unconvertedTotals(result: FunnelResult): CurrencyTotal[] {
  const byCurrency = new Map<string, { count: number; amounts: Money[] }>();
  for (const u of [...result.stages.flatMap((row) => row.unconverted), ...result.lost.unconverted]) {
    const entry = byCurrency.get(u.currency) ?? { count: 0, amounts: [] };
    entry.count += u.count;
    entry.amounts.push({ amount: u.amount, currency: u.currency });
    byCurrency.set(u.currency, entry);
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, { count, amounts }]) => ({ currency, count, amount: sumMoney(amounts, currency).amount }));
}

/** The open stage whose deals stay longest (by median days), or undefined when no stay was measured. */
export function slowestStage(result: FunnelResult): FunnelResult['stages'][number] | undefined {
  let slowest: FunnelResult['stages'][number] | undefined;
  for (const row of result.stages) {
    if (row.kind !== 'open' || row.time.medianDays === null) continue;
    if (!slowest || row.time.medianDays > slowest.time.medianDays!) slowest = row;
  }
  return slowest;
}

/** The figure a bar shows for a measure (amounts in the reporting currency's minor units). */
export function measureValue(row: FunnelResult['stages'][number], measure: Measure): number {
  return measure === 'count' ? row.count : measure === 'amount' ? row.amount : row.weighted;
}

/**
 * A result holding only stage counts (the rest zero), for the first paint while the opportunities load;
 * the element marks it partial and shows no other figure from it.
 */
export function previewResult(prepared: PreparedFunnel, counts: ReadonlyMap<string, number>): FunnelResult {
  const empty = computeFunnel([], prepared.options);
  const lost = empty.lost.stages.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0);
  const stages = empty.stages.map((row) => ({ ...row, count: counts.get(row.stage) ?? 0 }));
  const count = stages.reduce((sum, row) => sum + row.count, lost);
  return { ...empty, stages, lost: { ...empty.lost, count: lost }, totals: { ...empty.totals, count } };
}
