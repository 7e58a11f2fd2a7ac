/**
 * The card's pipeline and group figures, through the core engines (funnel, group roll-up), for its sections
 * (card-body.ts). Pure functions.
 */
import { computeFunnel, DEFAULT_STAGES, type StageDef } from '../../core/funnel.js';
import { type GroupRollUp, rollUpGroup } from '../../core/group.js';
import type { RateTable } from '../../core/money.js';
import type { Customer, Opportunity } from '../../data/model.js';
import type { CardData, DerivedBase } from './card-model.js';

export interface PipelineSummary {
  openCount: number;
  /** In the account's currency (minor units). */
  openAmount: number;
  weighted: number;
  /** Opportunities in another currency that could not be converted (no rate), left out of the sums. */
  otherCurrencyCount: number;
  /** The open opportunity expected to close first (`date` is `YYYY-MM-DD`), with its stage and the stages it passed. */
  nextClose: { date: string; name: string; stage: string; reached: string[] } | null;
}

/** Open pipeline and weighted forecast through the funnel engine (stages from the store, else the defaults). */
export function pipelineSummary(
  opportunities: readonly Opportunity[],
  stages: readonly StageDef[],
  currency: string,
  rates?: RateTable,
): PipelineSummary {
  const funnel = computeFunnel(opportunities, { stages: stages.length ? stages : DEFAULT_STAGES, currency, rates });
  const open = new Set(funnel.stages.filter((s) => s.kind === 'open').map((s) => s.stage));
  const openRows = funnel.stages.filter((s) => open.has(s.stage));
  let nextClose: PipelineSummary['nextClose'] = null;
  for (const o of opportunities) {
    if (open.has(o.stage) && o.expectedClose && (!nextClose || o.expectedClose < nextClose.date)) {
      nextClose = {
        date: o.expectedClose,
        name: o.name,
        stage: o.stage,
        reached: (o.stageHistory ?? []).map((h) => h.stage),
      };
    }
  }
  return {
    openCount: openRows.reduce((sum, s) => sum + s.count, 0),
    openAmount: funnel.totals.openAmount,
    weighted: funnel.totals.weightedPipeline,
    otherCurrencyCount: openRows.reduce((sum, s) => sum + s.unconverted.reduce((n, u) => n + u.count, 0), 0),
    nextClose,
  };
}

/**
 * The group roll-up (revenue, pipeline, credit, risk); a group head's `groupCreditLimit` is the group limit.
 * Without a rate table, opportunities in another currency than the group's stay out of the pipeline and
 * are counted instead (never added in unconverted), like the funnel does.
 */
export function groupSummary(
  customer: Customer,
  group: NonNullable<CardData['group']>,
  stages: readonly StageDef[],
  rates?: RateTable,
) {
  const root = group.members.find((m) => m.id === group.rootId);
  const currency = root?.currency ?? 'CNY';
  const counted = rates ? group.opportunities : group.opportunities.filter((o) => o.currency === currency);
  const rollUp: GroupRollUp = rollUpGroup(group.members, group.rootId, {
    currency,
    rates,
    opportunities: counted,
    stages: stages.length ? stages : DEFAULT_STAGES,
    groupLimit: root?.groupCreditLimit,
  });
  const member = rollUp.members.find((m) => m.id === customer.id) ?? null;
  return {
    rollUp,
    member,
    otherCurrencyCount: group.opportunities.length - counted.length,
    parent: group.members.find((m) => m.id === customer.parentId) ?? null,
    root: root && root.id !== customer.id && root.id !== customer.parentId ? root : null,
    children: group.members
      .filter((m) => m.parentId === customer.id)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

/** The card's sections computed once per data change; an engine error stays inside its section. */
export interface Derived extends DerivedBase {
  pipeline: PipelineSummary | Error;
  group: ReturnType<typeof groupSummary> | Error | undefined;
}

const completed = new WeakMap<DerivedBase, Derived>();

/**
 * The sections' figures for what the card derived first (once per derivation): the store's stages, else the
 * defaults; the pipeline through the funnel engine and the group roll-up, each error kept to its section.
 */
export function summarise(base: DerivedBase, rates?: RateTable): Derived {
  let derived = completed.get(base);
  if (derived) return derived;
  const data = base.data.stages.length ? base.data : { ...base.data, stages: DEFAULT_STAGES };
  const currency = data.customer.currency ?? 'CNY';
  const attempt = <T>(work: () => T): T | Error => {
    try {
      return work();
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  };
  derived = {
    data,
    activity: base.activity,
    pipeline: attempt(() => pipelineSummary(data.opportunities, data.stages, currency, rates)),
    group: data.group && attempt(() => groupSummary(data.customer, data.group!, data.stages, rates)),
  };
  completed.set(base, derived);
  return derived;
}
