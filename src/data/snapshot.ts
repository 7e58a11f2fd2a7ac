/**
 * Live snapshots: one in-memory copy of a whole table per store, shared by every widget on the page that
 * needs the whole table (the unfiltered funnel, an account list, group roll-ups). It is read once in
 * chunks, then patched from the change feed by reading only the changed keys, and released when its last
 * subscriber leaves.
 *
 * Why not a `liveQuery` over the table: every write of the store runs in an explicit transaction (record
 * and outbox entry together), and Dexie's query cache cannot patch a cached result from an explicit
 * transaction, so it drops it and re-reads the whole table, then deep-clones the result once per
 * subscriber. At 100,000 records that is seconds per change.
 */

import type { StorageBackend, StoredRecord, Subscription } from './backend.js';
import type { StoreName } from './database.js';
import type { TableSnapshot } from './table-snapshot.js';

/** One record that changed: as it was, and as it is now (undefined = absent). */
export interface SnapshotChange<T> {
  readonly key: string;
  readonly before: T | undefined;
  readonly after: T | undefined;
}

/** What a snapshot subscriber receives. */
export interface SnapshotState<T> {
  /**
   * Every record of the table by primary key. Shared by all subscribers and patched in place: read it
   * during `next()`, never modify it or its records (they are frozen).
   */
  readonly records: ReadonlyMap<string, T>;
  /** What changed since the previous state; `null` means "everything" (first fill, or a re-read after a clear). */
  readonly changes: readonly SnapshotChange<T>[] | null;
  /** Increases with every state. */
  readonly version: number;
  /** `local` or `remote` (another tab) for a patch; `load` for a full (re)read. */
  readonly origin: 'load' | 'local' | 'remote';
}

export interface SnapshotObserver<T> {
  next(state: SnapshotState<T>): void;
  error?(error: unknown): void;
}

/** A table kept in memory and up to date; `subscribe` starts it, the last unsubscribe releases it. */
export interface LiveSnapshot<T> {
  subscribe(observer: SnapshotObserver<T>): Subscription;
}

/**
 * The snapshots of one store, at most one per table. A snapshot whose last subscriber left is released
 * after the current task, so a widget moved in the page (disconnect, then connect) keeps it.
 */
export class SnapshotRegistry {
  private readonly tables = new Map<StoreName, TableSnapshot>();
  private readonly releases = new Map<StoreName, ReturnType<typeof setTimeout>>();

  constructor(private readonly backend: () => Promise<StorageBackend>) {}

  /** Tables held in memory now (tests check that memory is returned). */
  get held(): StoreName[] {
    return [...this.tables.keys()];
  }

  /** Records held for a table (0 when not held). */
  sizeOf(table: StoreName): number {
    return this.tables.get(table)?.size ?? 0;
  }

  live<T>(table: StoreName): LiveSnapshot<T> {
    return {
      subscribe: (observer) => {
        const typed = observer as unknown as SnapshotObserver<StoredRecord>;
        let snapshot: TableSnapshot | undefined;
        let closed = false;
        // The snapshot code loads with the first subscription (after the backend, in parallel with it).
        Promise.all([this.backend(), import('./table-snapshot.js')]).then(
          ([backend, { TableSnapshot }]) => {
            if (closed) return;
            snapshot = this.acquire(backend, table, TableSnapshot);
            snapshot.add(typed);
          },
          (error: unknown) => !closed && observer.error?.(error),
        );
        return {
          unsubscribe: () => {
            if (closed) return;
            closed = true;
            if (snapshot) this.release(snapshot, typed);
          },
        };
      },
    };
  }

  /** Drops every snapshot (the store is closing). */
  close(): void {
    for (const timer of this.releases.values()) clearTimeout(timer);
    this.releases.clear();
    for (const snapshot of this.tables.values()) snapshot.close();
    this.tables.clear();
  }

  private acquire(backend: StorageBackend, table: StoreName, Snapshot: typeof TableSnapshot): TableSnapshot {
    const timer = this.releases.get(table);
    if (timer !== undefined) clearTimeout(timer);
    this.releases.delete(table);
    let snapshot = this.tables.get(table);
    if (!snapshot) {
      snapshot = new Snapshot(backend, table);
      this.tables.set(table, snapshot);
    }
    return snapshot;
  }

  private release(snapshot: TableSnapshot, observer: SnapshotObserver<StoredRecord>): void {
    snapshot.remove(observer);
    if (snapshot.observerCount > 0 || this.releases.has(snapshot.table)) return;
    this.releases.set(
      snapshot.table,
      setTimeout(() => {
        this.releases.delete(snapshot.table);
        if (snapshot.observerCount > 0 || this.tables.get(snapshot.table) !== snapshot) return;
        snapshot.close();
        this.tables.delete(snapshot.table);
      }, 0),
    );
  }
}
