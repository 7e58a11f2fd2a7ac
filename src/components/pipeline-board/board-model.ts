/**
 * What the pipeline board shows, from plain records: the stage columns (the funnel's stage configuration),
 * the cards in each with age in stage, and per-column totals through the funnel engine, so the board and
 * the funnel never disagree on a figure. No DOM, no store.
 */
import { computeFunnel, DEFAULT_STAGES, type FunnelStageRow, type StageDef } from '../../core/funnel.js';
import type { RateTable } from '../../core/money.js';
import { daysInStage } from '../../core/pipeline.js';
import type { Customer, Opportunity } from '../../data/model.js';
import {
  FunnelConfigError,
  type OpportunityFilterSettings,
  opportunityMatcher,
  parseFilters,
  parseList,
} from '../../internal/opportunity-filters.js';

export interface BoardStage extends StageDef {
  readonly nameZh?: string;
}

export interface BoardCard {
  readonly opportunity: Opportunity;
  readonly customerName: string;
  /** Whole days in the current stage, or null when the history does not tell. */
  readonly ageDays: number | null;
  /** The probability that applies: the deal's own, else its stage's. */
  readonly probability: number;
  /** Expected close is past while the deal is still open. */
  readonly overdue: boolean;
}

export interface ColumnTotals {
  readonly count: number;
  /** Reporting-currency minor units (amounts without a rate are left out and counted in `unconverted`). */
  readonly amount: number;
  readonly weighted: number;
  readonly unconverted: readonly { currency: string; count: number; amount: number }[];
}

export interface BoardColumn {
  readonly stage: BoardStage;
  readonly cards: readonly BoardCard[];
  readonly totals: ColumnTotals;
}

export interface BoardSettings extends OpportunityFilterSettings {
  /** One account (or several, comma-separated): only their deals. */
  readonly account?: string;
  readonly currency?: string;
  readonly rates?: RateTable;
}

/** The stages in board order: open ones, then won, then lost. */
export function boardStages(
  stored: readonly BoardStage[] | undefined,
  configured?: readonly BoardStage[],
): BoardStage[] {
  const stages = configured?.length ? configured : stored?.length ? stored : DEFAULT_STAGES;
  const rank = (s: StageDef) => (s.kind === 'open' ? 0 : s.kind === 'won' ? 1 : 2);
  return [...stages].sort((a, b) => rank(a) - rank(b) || a.order - b.order);
}

/** The deals the filters keep (the same filter code as the funnel, plus `account`). */
export function filterDeals(
  opportunities: readonly Opportunity[],
  customers: readonly Customer[],
  settings: BoardSettings,
): Opportunity[] {
  const matches = opportunityMatcher(parseFilters(settings), customers);
  const accounts = parseList(settings.account);
  if (accounts) {
    const known = new Set(customers.map((c) => c.id));
    const unknown = accounts.find((a) => !known.has(a));
    if (unknown) throw new FunnelConfigError('account', `no customer "${unknown}"`);
  }
  const only = accounts ? new Set(accounts) : null;
  return opportunities.filter((o) => (!only || only.has(o.customerId)) && matches(o));
}

const today = (now: number) => new Date(now).toISOString().slice(0, 10);

/** Columns with their cards (soonest expected close first) and totals. */
export function buildColumns(
  deals: readonly Opportunity[],
  stages: readonly BoardStage[],
  customers: readonly Customer[],
  options: { currency: string; rates?: RateTable; now: number },
): BoardColumn[] {
  const names = new Map(customers.map((c) => [c.id, c.name] as const));
  const funnel = computeFunnel(deals, { stages, currency: options.currency, rates: options.rates });
  const rows = new Map<string, FunnelStageRow>(funnel.stages.map((r) => [r.stage, r]));
  const byStage = new Map<string, BoardCard[]>(stages.map((s) => [s.id, []]));
  const day = today(options.now);
  const stageOf = new Map(stages.map((s) => [s.id, s] as const));
  for (const o of deals) {
    const stage = stageOf.get(o.stage)!;
    byStage.get(o.stage)!.push({
      opportunity: o,
      customerName: names.get(o.customerId) ?? o.customerId,
      ageDays: daysInStage(o, options.now),
      probability: o.probability ?? stage.probability,
      overdue: stage.kind === 'open' && !!o.expectedClose && o.expectedClose < day,
    });
  }
  const lostStages = stages.filter((s) => s.kind === 'lost');
  return stages.map((stage) => {
    const cards = byStage.get(stage.id)!;
    cards.sort(
      (a, b) =>
        (a.opportunity.expectedClose ?? '9999').localeCompare(b.opportunity.expectedClose ?? '9999') ||
        a.opportunity.name.localeCompare(b.opportunity.name, 'zh-CN'),
    );
    const row = rows.get(stage.id);
    // The engine reports lost deals together; with one lost stage its totals are that column's.
    const totals: ColumnTotals = row
      ? { count: row.count, amount: row.amount, weighted: row.weighted, unconverted: row.unconverted }
      : lostStages.length === 1
        ? { count: funnel.lost.count, amount: funnel.lost.amount, weighted: 0, unconverted: funnel.lost.unconverted }
        : lostTotals(cards, options);
    return { stage, cards, totals };
  });
}

function lostTotals(cards: readonly BoardCard[], options: { currency: string; rates?: RateTable }): ColumnTotals {
  const lost = computeFunnel(
    cards.map((c) => ({ ...c.opportunity, stage: 'lost', stageHistory: [] })),
    { currency: options.currency, rates: options.rates },
  ).lost;
  return { count: lost.count, amount: lost.amount, weighted: 0, unconverted: lost.unconverted };
}

/** The column `delta` steps from `from` (clamped), for keyboard moves. */
export function neighbourColumn(stages: readonly BoardStage[], from: string, delta: number): BoardStage {
  const i = stages.findIndex((s) => s.id === from);
  const next = Math.min(stages.length - 1, Math.max(0, (i < 0 ? 0 : i) + delta));
  return stages[next]!;
}
