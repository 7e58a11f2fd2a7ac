/**
 * The store-bound funnel over the whole opportunities table, kept live without re-reading it: the table's
 * shared snapshot (store.snapshot) feeds an IncrementalFunnel, and each change moves only the deals that
 * changed. Until the snapshot is loaded, exact stage counts from the `stage` index give a first paint.
 * Headless: the element reads `state` and re-renders when `version` moves.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FunnelOpportunity, FunnelResult } from '../../core/funnel.js';
import { IncrementalFunnel } from '../../core/funnel-incremental.js';
import type { Subscription } from '../../data/backend.js';
import type { Opportunity } from '../../data/model.js';
import type { SnapshotState } from '../../data/snapshot.js';
import type { CrmStore } from '../../data/store.js';
import { yieldToMain } from '../../internal/yield-to-main.js';
import type { PreparedFunnel } from './funnel-model.js';

/**
 * (Re)building the funnel runs in slices of about this many milliseconds, separated by a yield to the main
 * thread, so input and rendering go on while 100,000 deals are counted. Time, not a fixed count: on a loaded
 * machine a fixed 4,000 deals made 60-90 ms tasks.
 */
const SLICE_MS = 8;
/** Deals added between two looks at the clock. */
const BUILD_BATCH = 250;

export type FunnelFeedState =
  | { readonly kind: 'loading' }
  /** Exact stage counts from the index while the snapshot loads (unfiltered funnel only). */
  | { readonly kind: 'counts'; readonly counts: ReadonlyMap<string, number> }
  | { readonly kind: 'ready'; readonly result: FunnelResult }
  | { readonly kind: 'error'; readonly error: unknown };

export class FunnelFeedController implements ReactiveController {
  state: FunnelFeedState = { kind: 'loading' };
  /** Moves with every new state. */
  version = 0;
  /** A rebuild is running (the previous result is still shown). */
  building = false;

  private subscription: Subscription | undefined;
  private subscribedStore: CrmStore | undefined;
  private snapshot: SnapshotState<Opportunity> | undefined;
  private prepared: PreparedFunnel | undefined;
  private funnel: IncrementalFunnel | undefined;
  /** Changes heard while a build runs, applied when it ends. */
  private queued: SnapshotState<Opportunity>['changes'][] = [];
  private build = 0;
  private counting: unknown;
  /** The snapshot could not be read: the next use() subscribes again (retry). */
  private failed = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /**
   * Follows `store` with these engine inputs (undefined: not needed, e.g. an owner funnel read by index).
   * Cheap when nothing changed; new inputs rebuild the funnel from the snapshot.
   */
  use(store: CrmStore | undefined, prepared: PreparedFunnel | undefined): void {
    if (!store || !prepared) {
      if (this.subscribedStore) this.stop();
      return;
    }
    // A new store, or a retry after the snapshot failed to read: subscribe again.
    if (store !== this.subscribedStore || this.failed) {
      this.stop();
      this.subscribedStore = store;
      this.subscription = store.snapshot('opportunities').subscribe({
        next: (state) => this.heard(state),
        error: (error) => {
          this.failed = true;
          this.set({ kind: 'error', error });
        },
      });
    }
    if (prepared === this.prepared) return;
    this.prepared = prepared;
    if (this.snapshot) void this.rebuild();
    else this.countStages(store, prepared);
  }

  /** The candidates (after the group filter) in key order, for drill-down and error messages. */
  candidates(): FunnelOpportunity[] {
    const accept = this.accept();
    const records = this.snapshot ? [...this.snapshot.records.values()] : [];
    const chosen = accept ? records.filter(accept) : records;
    // Patches append to the snapshot's map; key order is the order a full read would give.
    return chosen.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  private stop(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.subscribedStore = undefined;
    this.failed = false;
    this.counting = undefined;
    this.snapshot = undefined;
    this.prepared = undefined;
    this.funnel = undefined;
    this.queued = [];
    this.build++;
    this.building = false;
    this.state = { kind: 'loading' };
    this.version++;
  }

  private accept(): ((o: FunnelOpportunity) => boolean) | null {
    const members = this.prepared?.groupMembers;
    return members ? (o) => o.customerId !== undefined && members.has(o.customerId) : null;
  }

  /** First paint: exact counts per stage from the index, when no filter applies. */
  private countStages(store: CrmStore, prepared: PreparedFunnel): void {
    if (prepared.filters.length > 0 || this.counting === prepared) return;
    this.counting = prepared;
    const ids = prepared.stages.map((s) => s.id);
    Promise.all(ids.map((stage) => store.opportunities.count({ where: { stage } }))).then(
      (counts) => {
        if (this.prepared !== prepared || this.state.kind !== 'loading') return;
        this.set({ kind: 'counts', counts: new Map(ids.map((id, i) => [id, counts[i]!])) });
      },
      () => undefined, // The snapshot read reports storage errors; a preview is optional.
    );
  }

  private heard(state: SnapshotState<Opportunity>): void {
    this.snapshot = state;
    // A patch during a build waits for it (restarting would starve the build while a sync pull writes).
    if (state.changes !== null && this.building) {
      this.queued.push(state.changes);
      return;
    }
    if (state.changes === null || !this.funnel) {
      void this.rebuild();
      return;
    }
    this.apply(state.changes);
    this.publish();
  }

  private apply(changes: NonNullable<SnapshotState<Opportunity>['changes']>): void {
    const accept = this.accept();
    const funnel = this.funnel!;
    for (const { before, after } of changes) {
      funnel.replace(
        before && (!accept || accept(before)) ? before : undefined,
        after && (!accept || accept(after)) ? after : undefined,
      );
    }
  }

  /** Builds the funnel from the snapshot in slices, yielding between them; changes heard meanwhile follow. */
  private async rebuild(): Promise<void> {
    const prepared = this.prepared;
    const snapshot = this.snapshot;
    if (!prepared || !snapshot) return;
    const build = ++this.build;
    this.building = true;
    this.queued = [];
    this.host.requestUpdate();
    try {
      const funnel = new IncrementalFunnel(prepared.options);
      const accept = this.accept();
      const records = [...snapshot.records.values()];
      let sliceEnd = performance.now() + SLICE_MS;
      for (let start = 0; start < records.length; start += BUILD_BATCH) {
        if (performance.now() > sliceEnd) {
          await yieldToMain();
          if (build !== this.build) return;
          sliceEnd = performance.now() + SLICE_MS;
        }
        const batch = records.slice(start, start + BUILD_BATCH);
        funnel.addAll(accept ? batch.filter(accept) : batch);
      }
      // Time-in-stage values are sorted one stage per task, not all at once in the first result().
      do {
        await yieldToMain();
        if (build !== this.build) return;
      } while (funnel.sortStep());
      this.funnel = funnel;
      for (const changes of this.queued.splice(0)) if (changes) this.apply(changes);
      this.building = false;
      this.publish();
    } catch (error) {
      if (build !== this.build) return;
      this.building = false;
      this.funnel = undefined;
      this.set({ kind: 'error', error });
    }
  }

  private publish(): void {
    try {
      this.set({ kind: 'ready', result: this.funnel!.result() });
    } catch (error) {
      this.set({ kind: 'error', error });
    }
  }

  private set(state: FunnelFeedState): void {
    this.state = state;
    this.version++;
    this.host.requestUpdate();
  }
}
