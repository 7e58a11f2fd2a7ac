/**
 * One table's shared in-memory snapshot (see snapshot.ts): filled in chunks (or from the persisted cache), then
 * patched from the change feed. Loaded with the first snapshot a page subscribes to, so pages that never need a
 * whole table (a card) do not download it.
 */
import { yieldToMain } from '../internal/yield-to-main.js';
import type { StorageBackend, StoredRecord, Subscription } from './backend.js';
import type { ChangeBatch, ChangedKeys } from './change-feed.js';
import { primaryKeyOf, type StoreName } from './database.js';
import type { SnapshotChange, SnapshotObserver, SnapshotState } from './snapshot.js';
import { CACHED_TABLES, planBounds } from './snapshot-cache.js';

/**
 * Records read per IndexedDB request while filling. Each page is deserialised in one main-thread task:
 * 500 keeps that task well under 50 ms on a loaded 2-core machine and measured no slower overall than
 * 2,000 (which made 60-110 ms tasks).
 */
const SNAPSHOT_CHUNK = 500;
/** Quiet time after a load or a write before the persisted cache is brought up to date. */
const CACHE_REFRESH_DELAY = 2000;

const whenIdle = (work: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 5000 }) : setTimeout(work, 0);

/** More changed keys than this in one batch: re-read the whole table instead of patching. */
const PATCH_LIMIT = 20_000;

/** One table's shared snapshot. */
export class TableSnapshot {
  private records = new Map<string, StoredRecord>();
  private readonly observers = new Set<SnapshotObserver<StoredRecord>>();
  private readonly keyPath: string;
  private version = 0;
  private loaded = false;
  private failed: unknown;
  private closed = false;
  /** Keys changed and not yet read; 'all' = re-read the table. */
  private dirty: Set<unknown> | 'all' = new Set();
  private dirtyOrigin: 'local' | 'remote' = 'local';
  private working = false;
  private readonly feed: Subscription;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly backend: StorageBackend,
    readonly table: StoreName,
  ) {
    this.keyPath = primaryKeyOf(table);
    // Listen before reading, so a write during the first read is read again afterwards.
    this.feed = backend.changes.subscribe((batch) => this.heard(batch));
    this.dirty = 'all';
    void this.work();
  }

  get size(): number {
    return this.records.size;
  }

  get observerCount(): number {
    return this.observers.size;
  }

  add(observer: SnapshotObserver<StoredRecord>): void {
    this.observers.add(observer);
    if (this.failed !== undefined) {
      // A new subscriber (or a retry) reads the table again.
      this.failed = undefined;
      this.dirty = 'all';
      void this.work();
    } else if (this.loaded) {
      observer.next({ records: this.records, changes: null, version: this.version, origin: 'load' });
    }
  }

  remove(observer: SnapshotObserver<StoredRecord>): void {
    this.observers.delete(observer);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.refreshTimer);
    this.feed.unsubscribe();
    this.observers.clear();
    this.records = new Map();
  }

  private heard(batch: ChangeBatch): void {
    const keys: ChangedKeys | undefined = batch.tables[this.table];
    if (keys === undefined || this.dirty === 'all') return;
    if (keys === 'all' || this.dirty.size + keys.length > PATCH_LIMIT) this.dirty = 'all';
    else for (const key of keys) this.dirty.add(key);
    if (batch.origin === 'remote') this.dirtyOrigin = 'remote';
    void this.work();
  }

  /** One read at a time; changes heard meanwhile are read in the next round, so none is lost or reordered. */
  private async work(): Promise<void> {
    if (this.working) return;
    this.working = true;
    try {
      while (!this.closed && (this.dirty === 'all' || this.dirty.size > 0)) {
        const dirty = this.dirty;
        const origin = this.dirtyOrigin;
        this.dirty = new Set();
        this.dirtyOrigin = 'local';
        if (dirty === 'all') await this.fill();
        else await this.patch([...dirty], origin);
      }
    } catch (error) {
      if (this.closed) return;
      this.failed = error;
      for (const observer of [...this.observers]) observer.error?.(error);
    } finally {
      this.working = false;
    }
  }

  /**
   * Reads the whole table: from the persisted cache when there is a usable one (snapshot-cache.ts), else in
   * key order, chunk by chunk (a chunk that does not move forward is an error).
   */
  private async fill(): Promise<void> {
    // The cache is optional: if it cannot be read, read the table.
    const cached = await this.backend.readCached?.(this.table).catch(() => undefined);
    if (this.closed) return;
    const records = new Map<string, StoredRecord>();
    if (cached) {
      const list = cached.records;
      for (let start = 0; start < list.length; start += SNAPSHOT_CHUNK * 10) {
        if (start > 0) await yieldToMain();
        if (this.closed) return;
        for (const record of list.slice(start, start + SNAPSHOT_CHUNK * 10)) {
          records.set(record[this.keyPath] as string, Object.freeze(record));
        }
      }
      for (const [key, record] of cached.dirty) {
        if (record) records.set(key, Object.freeze(record));
        else records.delete(key);
      }
    } else await this.readPages(records);
    if (this.closed) return;
    this.records = records;
    this.loaded = true;
    this.failed = undefined;
    this.emit(null, 'load');
    this.scheduleCacheRefresh();
  }

  private async readPages(records: Map<string, StoredRecord>): Promise<void> {
    let after: unknown;
    for (;;) {
      const page = await this.backend.readPage(this.table, after, SNAPSHOT_CHUNK);
      if (this.closed) return;
      for (const record of page) records.set(record[this.keyPath] as string, Object.freeze(record));
      if (page.length < SNAPSHOT_CHUNK) break;
      const last = page[page.length - 1]![this.keyPath];
      if (last === after) throw new Error(`Reading ${this.table} made no progress after key ${String(after)}`);
      after = last;
    }
  }

  /**
   * Brings the persisted cache up to date a while after the table was read or written, one short step per
   * idle period, so the next cold start reads it. Optional: a failure only means the next start reads more.
   */
  private scheduleCacheRefresh(): void {
    const refresh = this.backend.refreshCache;
    if (!refresh || !CACHED_TABLES.has(this.table) || this.refreshTimer !== undefined || this.closed) return;
    this.refreshTimer = setTimeout(() => {
      whenIdle(() => {
        if (this.closed) return;
        refresh
          .call(this.backend, this.table, () => planBounds(this.records.keys()))
          .then(
            (more) => {
              this.refreshTimer = undefined;
              if (more) this.scheduleCacheRefresh();
            },
            () => (this.refreshTimer = undefined),
          );
      });
    }, CACHE_REFRESH_DELAY);
  }

  private async patch(keys: unknown[], origin: 'local' | 'remote'): Promise<void> {
    const found = await this.backend.bulkGet(this.table, keys);
    if (this.closed) return;
    const changes: SnapshotChange<StoredRecord>[] = [];
    keys.forEach((key, i) => {
      const id = key as string;
      const before = this.records.get(id);
      const after = found[i];
      if (before === undefined && after === undefined) return;
      if (after === undefined) this.records.delete(id);
      else this.records.set(id, Object.freeze(after));
      changes.push({ key: id, before, after });
    });
    if (changes.length > 0 && this.loaded) {
      this.emit(changes, origin);
      this.scheduleCacheRefresh();
    }
  }

  private emit(changes: SnapshotChange<StoredRecord>[] | null, origin: SnapshotState<StoredRecord>['origin']): void {
    const state = { records: this.records, changes, version: ++this.version, origin };
    for (const observer of [...this.observers]) {
      try {
        observer.next(state);
      } catch (error) {
        console.error('crm-widgets: a snapshot subscriber failed', error);
      }
    }
  }
}
