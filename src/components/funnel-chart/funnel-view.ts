/**
 * What the funnel element shows, worked out from its inputs: loading, an error (with or without retry), or the
 * engine's result with what drill-down needs. Headless (no DOM): the element passes its settings, its `.data`,
 * the store read and the whole-table feed, and renders the view it gets back.
 */
import { computeFunnel, type FunnelOpportunity, type FunnelResult } from '../../core/funnel.js';
import { InvalidOpportunityError } from '../../core/funnel-incremental.js';
import type { Customer, Opportunity, Stage } from '../../data/model.js';
import type { CrmStore } from '../../data/store.js';
import type { FunnelFeedController } from './funnel-live.js';
import {
  type AppliedFilter,
  checkAggregate,
  type FunnelCustomerRecord,
  type FunnelData,
  type FunnelSettings,
  type FunnelStageConfig,
  funnelCandidates,
  isAggregate,
  opportunityIdsIn,
  type PreparedFunnel,
  parseMeasure,
  prepareFunnel,
  previewResult,
  resolveStages,
} from './funnel-model.js';

export interface StoreSnapshot {
  stages: Stage[];
  /** Only for an owner funnel (read through the owner index); the whole table comes from the snapshot. */
  opportunities: Opportunity[] | undefined;
  customers: Customer[] | undefined;
}

export type Ready = {
  kind: 'ready';
  result: FunnelResult;
  stages: ReadonlyMap<string, FunnelStageConfig>;
  defaultStages: boolean;
  filters: readonly AppliedFilter[];
  /** The opportunity ids behind a stage, worked out on demand (drill-down). */
  drill: (stageId: string) => string[];
  /** Only the stage counts are known yet (first paint from the index while the rest loads). */
  partial?: boolean;
};
export type View = { kind: 'loading' } | { kind: 'error'; message: string; retry: boolean } | Ready;

/** The store read as the view needs it (the element's LiveDataController fits). */
export interface StoreRead {
  readonly status: string;
  readonly value: StoreSnapshot | undefined;
  readonly error: unknown;
  readonly store: CrmStore | undefined;
}

export interface ViewInputs {
  readonly measure: string | undefined;
  /** Every setting the engine reads; prepared options are cached on their values. */
  readonly settings: FunnelSettings;
  readonly data: FunnelData | undefined;
  readonly customers: readonly FunnelCustomerRecord[] | undefined;
  /** The store read (undefined in presentational mode). */
  readonly live: StoreRead | undefined;
}

/** Names an opportunity by id, not only by its index, when the engine rejects one. */
export function messageOf(error: unknown, candidates?: readonly FunnelOpportunity[]): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /^opportunities\[(\d+)\]/.exec(message);
  const id = at && candidates?.[Number(at[1])]?.id;
  return id ? `${message} (opportunity "${id}")` : message;
}

/** The stage that keyboard focus moves to from `current` on `key` (a vertical toolbar that wraps), else undefined. */
export function stageAfterKey(key: string, current: number, count: number): number | undefined {
  const moves: Record<string, number> = {
    ArrowDown: current + 1,
    ArrowRight: current + 1,
    ArrowUp: current - 1,
    ArrowLeft: current - 1,
    Home: 0,
    End: count - 1,
  };
  const next = moves[key];
  return next === undefined ? undefined : (next + count) % count;
}

const fail = (message: string): View => ({ kind: 'error', message, retry: false });

function ready(
  result: FunnelResult,
  stages: readonly FunnelStageConfig[],
  defaultStages: boolean,
  filters: readonly AppliedFilter[],
  drill: (stageId: string) => string[],
): Ready {
  return { kind: 'ready', result, stages: new Map(stages.map((s) => [s.id, s])), defaultStages, filters, drill };
}

/** Works out the view; keeps the prepared engine inputs between calls and drives the whole-table feed. */
export class FunnelViewModel {
  private prepared: { key: unknown[]; value: PreparedFunnel } | undefined;

  constructor(private readonly feed: FunnelFeedController) {}

  compute({ measure, settings, data, customers, live }: ViewInputs): View {
    let candidates: readonly FunnelOpportunity[] | undefined;
    try {
      parseMeasure(measure);
      if (data !== undefined) {
        if (isAggregate(data)) {
          const result = checkAggregate(data);
          const { stages, defaultStages } = resolveStages(settings.stages, undefined);
          return ready(result, stages, defaultStages, [], (id) => [...(data.opportunityIds?.[id] ?? [])]);
        }
        if (!Array.isArray(data)) {
          return fail('data: must be a list of opportunities or an aggregated funnel (what computeFunnel returns)');
        }
        const prepared = prepareFunnel(settings, undefined, customers);
        candidates = funnelCandidates(data, prepared);
        const seen = candidates;
        const result = computeFunnel(seen, prepared.options);
        return ready(result, prepared.stages, prepared.defaultStages, prepared.filters, (id) =>
          opportunityIdsIn(id, seen, prepared.options),
        );
      }
      if (live?.status === 'error') return { kind: 'error', message: messageOf(live.error), retry: true };
      if (live?.status !== 'complete' || !live.value) return { kind: 'loading' };
      const snapshot = live.value;
      const prepared = this.prepare(snapshot, settings);
      if (snapshot.opportunities === undefined) return this.feedView(prepared, live.store);
      this.feed.use(undefined, undefined);
      candidates = funnelCandidates(snapshot.opportunities, prepared);
      const seen = candidates;
      const result = computeFunnel(seen, prepared.options);
      return ready(result, prepared.stages, prepared.defaultStages, prepared.filters, (id) =>
        opportunityIdsIn(id, seen, prepared.options),
      );
    } catch (error) {
      return fail(messageOf(error, candidates));
    }
  }

  /** Engine inputs, worked out again only when a setting or the stages/customers read changed. */
  private prepare(snapshot: StoreSnapshot, settings: FunnelSettings): PreparedFunnel {
    const key = [snapshot, ...Object.values(settings)];
    const cached = this.prepared;
    if (cached && cached.key.length === key.length && cached.key.every((v, i) => Object.is(v, key[i]))) {
      return cached.value;
    }
    const value = prepareFunnel(settings, snapshot.stages, snapshot.customers);
    this.prepared = { key, value };
    return value;
  }

  /** The whole-table funnel: counts from the index first, then the incremental result. */
  private feedView(prepared: PreparedFunnel, store: CrmStore | undefined): View {
    this.feed.use(store, prepared);
    const state = this.feed.state;
    const drill = (id: string) => opportunityIdsIn(id, this.feed.candidates(), prepared.options);
    switch (state.kind) {
      case 'loading':
        return { kind: 'loading' };
      case 'counts':
        return {
          ...ready(previewResult(prepared, state.counts), prepared.stages, prepared.defaultStages, [], () => []),
          partial: true,
        };
      case 'ready':
        return ready(state.result, prepared.stages, prepared.defaultStages, prepared.filters, drill);
      case 'error': {
        if (!(state.error instanceof InvalidOpportunityError)) {
          return { kind: 'error', message: messageOf(state.error), retry: true };
        }
        // Name the bad deal exactly as the one-pass engine does (by its place in the table and its id).
        const candidates = this.feed.candidates();
        try {
          computeFunnel(candidates, prepared.options);
        } catch (error) {
          return fail(messageOf(error, candidates));
        }
        return fail(messageOf(state.error));
      }
    }
  }
}
