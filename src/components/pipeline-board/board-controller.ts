/**
 * The board's move state machine, without DOM: pick a deal up (keyboard), choose a column, confirm;
 * drops and the action bar request a move directly. Won and lost ask for a reason first; reopening a
 * closed deal is a move back to an open stage. Every move is written with a conditional put against the
 * version the user saw, so two tabs moving the same deal give one history and a surfaced conflict.
 */
import { applyMove, type MoveKind, type MoveRefusal, moveKind, moveRefusal } from '../../core/pipeline.js';
import type { Opportunity } from '../../data/model.js';
import { StaleRecordError } from '../../data/repository.js';
import type { CrmStore } from '../../data/store.js';
import { type BoardStage, neighbourColumn } from './board-model.js';

export type BoardState =
  | { readonly kind: 'idle' }
  /** Keyboard move in progress: the deal as it was picked up, and the column it would go to. */
  | { readonly kind: 'picked'; readonly base: Opportunity; readonly target: string }
  /** Won or lost asked: waiting for the reason. */
  | {
      readonly kind: 'closing';
      readonly base: Opportunity;
      readonly to: string;
      readonly reason: string;
      readonly refusal?: MoveRefusal;
    }
  /** The deal changed elsewhere since the user took it: nothing was written. */
  | {
      readonly kind: 'conflict';
      readonly base: Opportunity;
      readonly to: string;
      readonly reason?: string;
      readonly current: Opportunity | undefined;
    };

/** What happened, for the element to announce. */
export type BoardNotice =
  | { readonly type: 'picked'; readonly deal: Opportunity; readonly stage: string }
  | { readonly type: 'target'; readonly deal: Opportunity; readonly stage: string }
  | {
      readonly type: 'moved';
      readonly deal: Opportunity;
      readonly from: string;
      readonly to: string;
      readonly kind: MoveKind;
    }
  | { readonly type: 'cancelled'; readonly deal: Opportunity }
  | { readonly type: 'refused'; readonly deal: Opportunity; readonly refusal: MoveRefusal; readonly to: string }
  | {
      readonly type: 'conflict';
      readonly deal: Opportunity;
      readonly to: string;
      readonly current: Opportunity | undefined;
    }
  | { readonly type: 'failed'; readonly deal: Opportunity; readonly message: string };

export interface BoardMovesHost {
  store(): CrmStore | undefined;
  stages(): readonly BoardStage[];
  /** Who moves (kept in the stage history). */
  user(): string | undefined;
  lostReasons(): readonly string[];
  /** ISO timestamp of "now". */
  now(): string;
  /** Called after every state change and notice. */
  changed(notice?: BoardNotice): void;
}

export class BoardMoves {
  state: BoardState = { kind: 'idle' };
  busy = false;

  constructor(private readonly host: BoardMovesHost) {}

  /** Picks a deal up for a keyboard move (its column is the first target). */
  pick(deal: Opportunity): void {
    this.set({ kind: 'picked', base: deal, target: deal.stage }, { type: 'picked', deal, stage: deal.stage });
  }

  /** Moves the keyboard target `delta` columns (negative: left). */
  retarget(delta: number): void {
    if (this.state.kind !== 'picked') return;
    const stage = neighbourColumn(this.host.stages(), this.state.target, delta);
    this.set({ ...this.state, target: stage.id }, { type: 'target', deal: this.state.base, stage: stage.id });
  }

  /** Confirms the keyboard target, or the reason of a won/lost. */
  async confirm(): Promise<void> {
    const s = this.state;
    if (s.kind === 'picked') {
      if (s.target === s.base.stage) return this.cancel();
      await this.request(s.base, s.target);
    } else if (s.kind === 'closing') {
      await this.commit(s.base, s.to, s.reason);
    }
  }

  cancel(): void {
    const s = this.state;
    if (s.kind === 'idle') return;
    this.set({ kind: 'idle' }, { type: 'cancelled', deal: s.base });
  }

  setReason(reason: string): void {
    if (this.state.kind === 'closing') this.set({ ...this.state, reason, refusal: undefined });
  }

  /** A move asked for by drop, keyboard or the action bar: won and lost ask for a reason first. */
  async request(deal: Opportunity, to: string, reason?: string): Promise<void> {
    const stages = this.host.stages();
    const refusal = moveRefusal(deal, to, stages, {});
    if (refusal === 'reason-required') {
      if (reason !== undefined) return this.commit(deal, to, reason);
      this.set({ kind: 'closing', base: deal, to, reason: '' });
      return;
    }
    if (refusal) {
      this.set({ kind: 'idle' }, { type: 'refused', deal, refusal, to });
      return;
    }
    await this.commit(deal, to, reason);
  }

  /** Reopens a won or lost deal into the open stage it left (or another open stage). */
  async reopen(deal: Opportunity, to: string): Promise<void> {
    await this.commit(deal, to, undefined);
  }

  /** Re-applies the move that met a conflict on top of the deal as it is now (nothing of theirs is lost). */
  async applyAnyway(): Promise<void> {
    const s = this.state;
    if (s.kind !== 'conflict' || !s.current) return;
    await this.commit(s.current, s.to, s.reason);
  }

  private async commit(base: Opportunity, to: string, reason: string | undefined): Promise<void> {
    const stages = this.host.stages();
    const refusal = moveRefusal(base, to, stages, { reason, lostReasons: this.host.lostReasons() });
    if (refusal) {
      if (this.state.kind === 'closing' && (refusal === 'reason-required' || refusal === 'reason-not-allowed')) {
        this.set({ ...this.state, refusal }, { type: 'refused', deal: base, refusal, to });
      } else this.set({ kind: 'idle' }, { type: 'refused', deal: base, refusal, to });
      return;
    }
    const store = this.host.store();
    if (!store || this.busy) return;
    const by = this.host.user();
    const patch = applyMove(base, to, stages, {
      at: this.host.now(),
      by,
      reason,
      lostReasons: this.host.lostReasons(),
    });
    const from = stages.find((s) => s.id === base.stage);
    const kind = moveKind(from, stages.find((s) => s.id === to)!);
    this.busy = true;
    try {
      const saved = await store.opportunities.put({ ...base, ...patch }, { ifUpdatedAt: base.updatedAt });
      this.set({ kind: 'idle' }, { type: 'moved', deal: saved, from: base.stage, to, kind });
    } catch (error) {
      if (error instanceof StaleRecordError) {
        const current = error.current as Opportunity;
        this.set({ kind: 'conflict', base, to, reason, current }, { type: 'conflict', deal: base, to, current });
      } else {
        this.set(
          { kind: 'idle' },
          { type: 'failed', deal: base, message: error instanceof Error ? error.message : String(error) },
        );
      }
    } finally {
      this.busy = false;
      this.host.changed();
    }
  }

  private set(state: BoardState, notice?: BoardNotice): void {
    this.state = state;
    this.host.changed(notice);
  }
}
