/**
 * The stage-move rules of a pipeline board: moving an open deal between open stages, closing it as won or
 * lost (each with a required reason; lost reasons may be limited to a configured list), and reopening a
 * closed deal. Every change appends one entry to the stage history with its time, so the funnel's
 * conversion and time in stage follow at once. Pure: records in, the next record's fields out.
 */
import { CrmCoreError } from './errors.js';
import type { FunnelOpportunity, StageDef } from './funnel.js';
import { parseTimestamp } from './time.js';

export interface StageChange {
  readonly stage: string;
  readonly at: string;
  readonly by?: string;
  readonly reason?: string;
}

/** What a move changes on the opportunity record. */
export interface MovePatch {
  readonly stage: string;
  readonly stageHistory: StageChange[];
  /** Undefined: the stage's default probability applies again. */
  readonly probability: undefined;
  readonly wonReason: string | undefined;
  readonly lostReason: string | undefined;
}

export type MoveKind = 'move' | 'won' | 'lost' | 'reopen';

export interface MoveOptions {
  /** When the move happens (ISO timestamp). */
  readonly at: string;
  readonly by?: string;
  /** Required for won and lost; kept on the record and in the history entry. */
  readonly reason?: string;
  /** When given, a lost reason must be one of these. */
  readonly lostReasons?: readonly string[];
}

export type MoveRefusal =
  /** The deal is already in that stage. */
  | 'same-stage'
  | 'unknown-stage'
  /** Won and lost need a reason. */
  | 'reason-required'
  /** The lost reason is not one of the configured reasons. */
  | 'reason-not-allowed'
  /** A closed deal goes back to an open stage (reopen) before it can close the other way. */
  | 'closed';

/** Which kind of change moving from one stage to another is (`undefined` stages are unknown). */
export function moveKind(from: StageDef | undefined, to: StageDef): MoveKind {
  if (to.kind === 'won') return 'won';
  if (to.kind === 'lost') return 'lost';
  return from && from.kind !== 'open' ? 'reopen' : 'move';
}

/** Why a move is refused, or null when it is allowed (the reason is checked too for won and lost). */
export function moveRefusal(
  opportunity: Pick<FunnelOpportunity, 'stage'>,
  toStage: string,
  stages: readonly StageDef[],
  options: Pick<MoveOptions, 'reason' | 'lostReasons'> = {},
): MoveRefusal | null {
  const to = stages.find((s) => s.id === toStage);
  if (!to) return 'unknown-stage';
  if (opportunity.stage === toStage) return 'same-stage';
  const from = stages.find((s) => s.id === opportunity.stage);
  if (from && from.kind !== 'open' && to.kind !== 'open') return 'closed';
  if (to.kind === 'open') return null;
  const reason = options.reason?.trim() ?? '';
  if (!reason) return 'reason-required';
  if (to.kind === 'lost' && options.lostReasons?.length && !options.lostReasons.includes(reason)) {
    return 'reason-not-allowed';
  }
  return null;
}

/**
 * The fields a move writes. A deal without history gets its current stage first (entered when it was
 * created, if that is known), so the time spent there is measured. Throws a CrmCoreError
 * (`illegal-transition`, `unknown-stage`, `invalid-input`) when the move is refused.
 */
export function applyMove(
  opportunity: FunnelOpportunity & { readonly wonReason?: string; readonly lostReason?: string },
  toStage: string,
  stages: readonly StageDef[],
  options: MoveOptions,
): MovePatch {
  const refusal = moveRefusal(opportunity, toStage, stages, options);
  if (refusal === 'unknown-stage') {
    throw new CrmCoreError('unknown-stage', `unknown stage "${toStage}"`, { path: 'stage', value: toStage });
  }
  if (refusal === 'reason-required' || refusal === 'reason-not-allowed') {
    throw new CrmCoreError(
      'invalid-input',
      refusal === 'reason-required' ? 'a reason is required' : 'reason is not one of the configured reasons',
      {
        path: 'reason',
        value: options.reason,
      },
    );
  }
  if (refusal) {
    throw new CrmCoreError(
      'illegal-transition',
      `cannot move from "${opportunity.stage}" to "${toStage}" (${refusal})`,
      {
        path: 'stage',
        value: toStage,
      },
    );
  }
  if (Number.isNaN(parseTimestamp(options.at))) {
    throw new CrmCoreError('invalid-date', 'must be an ISO timestamp', { path: 'at', value: options.at });
  }
  const to = stages.find((s) => s.id === toStage)!;
  const from = stages.find((s) => s.id === opportunity.stage);
  const kind = moveKind(from, to);
  const history: StageChange[] = [...(opportunity.stageHistory ?? [])];
  if (history.length === 0 && opportunity.createdAt && opportunity.createdAt <= options.at) {
    history.push({ stage: opportunity.stage, at: opportunity.createdAt });
  }
  const reason = options.reason?.trim();
  history.push({
    stage: toStage,
    at: options.at,
    ...(options.by ? { by: options.by } : {}),
    ...(kind !== 'move' && reason ? { reason } : kind === 'reopen' ? { reason: 'reopened' } : {}),
  });
  return {
    stage: toStage,
    stageHistory: history,
    probability: undefined,
    wonReason: kind === 'won' ? reason : undefined,
    lostReason: kind === 'lost' ? reason : undefined,
  };
}

/** When the deal entered its current stage: the last history entry for it, else its creation. */
export function enteredStageAt(opportunity: FunnelOpportunity): string | undefined {
  const history = opportunity.stageHistory ?? [];
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i]!.stage === opportunity.stage) return history[i]!.at;
  }
  return opportunity.createdAt;
}

/** Whole days the deal has been in its current stage at `now` (ms), or null when unknown. */
export function daysInStage(opportunity: FunnelOpportunity, now: number): number | null {
  const since = enteredStageAt(opportunity);
  const at = since === undefined ? Number.NaN : parseTimestamp(since);
  return Number.isNaN(at) ? null : Math.max(0, Math.floor((now - at) / 86_400_000));
}

/** The open stage a reopened deal goes back to: the last open stage in its history, else the first open stage. */
export function reopenStage(opportunity: FunnelOpportunity, stages: readonly StageDef[]): StageDef {
  const open = stages.filter((s) => s.kind === 'open').sort((a, b) => a.order - b.order);
  const history = opportunity.stageHistory ?? [];
  for (let i = history.length - 1; i >= 0; i--) {
    const stage = open.find((s) => s.id === history[i]!.stage);
    if (stage) return stage;
  }
  if (!open[0]) throw new CrmCoreError('invalid-stages', 'needs at least one open stage', { path: 'stages' });
  return open[0];
}
