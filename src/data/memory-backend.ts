import {
  compareValues,
  type ListQuery,
  type LiveQuery,
  matchesWhere,
  orderAndPage,
  type StorageBackend,
  type StoredRecord,
} from './backend.js';
import { ChangeCollector, ChangeHub } from './change-feed.js';
import { primaryKeyOf, STORES, type StoreName } from './database.js';

/**
 * The fallback when IndexedDB cannot be opened (private modes, blocked storage): same behaviour, kept in
 * memory for the life of the page. Live queries re-run after every committed write.
 */
export class MemoryBackend implements StorageBackend {
  readonly kind = 'memory';
  private readonly tables = new Map<StoreName, Map<unknown, StoredRecord>>(
    (Object.keys(STORES) as StoreName[]).map((name) => [name, new Map()]),
  );
  private readonly listeners = new Set<() => void>();
  private autoIncrement = 0;
  private pending: Map<StoreName, Map<unknown, StoredRecord>> | undefined;
  /** Keys written by the open transaction (or the single write outside one), published when it commits. */
  private written = new ChangeCollector();
  readonly changes = new ChangeHub();
  /** Counts writes, so cached key orders know when they are stale. */
  private writes = 0;
  private sortedKeys: { table: Map<unknown, StoredRecord>; writes: number; keys: unknown[] } | undefined;

  async get(store: StoreName, key: unknown): Promise<StoredRecord | undefined> {
    return copy(this.table(store).get(key));
  }

  async list(store: StoreName, query: ListQuery = {}): Promise<StoredRecord[]> {
    // Same order as IndexedDB: primary key unless asked otherwise.
    const ordered = { ...query, orderBy: query.orderBy ?? primaryKeyOf(store) };
    return orderAndPage(this.select(store, query), ordered).map((r) => copy(r)!);
  }

  async count(store: StoreName, query: ListQuery = {}): Promise<number> {
    return this.select(store, query).length;
  }

  async bulkPut(store: StoreName, records: readonly StoredRecord[]): Promise<void> {
    const key = primaryKeyOf(store);
    const table = this.writable(store);
    const keys: unknown[] = [];
    for (const record of records) {
      const stored = copy(record)!;
      if (stored[key] === undefined) stored[key] = ++this.autoIncrement;
      table.set(stored[key], stored);
      keys.push(stored[key]);
    }
    this.written.add(store, keys);
    this.writes++;
    this.committed();
  }

  async bulkDelete(store: StoreName, keys: readonly unknown[]): Promise<void> {
    const table = this.writable(store);
    for (const key of keys) table.delete(key);
    this.written.add(store, keys);
    this.writes++;
    this.committed();
  }

  /** Writes go to copies of the touched tables, swapped in only if `work` succeeds. */
  async transaction<R>(stores: readonly StoreName[], work: () => Promise<R>): Promise<R> {
    if (this.pending) return work();
    this.pending = new Map(stores.map((name) => [name, new Map(this.table(name))]));
    try {
      const result = await work();
      for (const [name, table] of this.pending) this.tables.set(name, table);
      this.pending = undefined;
      this.publish();
      return result;
    } finally {
      this.pending = undefined;
      this.written = new ChangeCollector();
      this.notify();
    }
  }

  live<R>(query: () => Promise<R>): LiveQuery<R> {
    return {
      subscribe: ({ next, error }) => {
        let closed = false;
        let run = 0;
        const rerun = () => {
          const mine = ++run;
          query().then(
            (value) => !closed && mine === run && next(value),
            (reason) => !closed && mine === run && error?.(reason),
          );
        };
        this.listeners.add(rerun);
        rerun();
        return {
          unsubscribe: () => {
            closed = true;
            this.listeners.delete(rerun);
          },
        };
      },
    };
  }

  close(): void {
    this.listeners.clear();
    this.changes.close();
  }

  async bulkGet(store: StoreName, keys: readonly unknown[]): Promise<(StoredRecord | undefined)[]> {
    const table = this.table(store);
    return keys.map((key) => copy(table.get(key)));
  }

  async readPage(store: StoreName, after: unknown, limit: number): Promise<StoredRecord[]> {
    const table = this.table(store);
    // Keys sorted once per table state, not once per page (a fill reads hundreds of pages).
    if (this.sortedKeys?.table !== table || this.sortedKeys.writes !== this.writes) {
      this.sortedKeys = { table, writes: this.writes, keys: [...table.keys()].sort(compareValues) };
    }
    const keys = this.sortedKeys.keys;
    let lo = 0;
    let hi = keys.length;
    while (after !== undefined && lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareValues(keys[mid], after) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return keys.slice(lo, lo + limit).map((key) => copy(table.get(key))!);
  }

  private table(store: StoreName): Map<unknown, StoredRecord> {
    return this.pending?.get(store) ?? this.tables.get(store)!;
  }

  private writable(store: StoreName): Map<unknown, StoredRecord> {
    if (this.pending && !this.pending.has(store)) {
      throw new Error(`Table ${store} is not part of the current transaction`);
    }
    return this.table(store);
  }

  private select(store: StoreName, query: ListQuery): StoredRecord[] {
    const where = query.where ?? {};
    const filter = query.filter as ((r: StoredRecord) => boolean) | undefined;
    const result: StoredRecord[] = [];
    for (const record of this.table(store).values()) {
      if (matchesWhere(record, where) && (!filter || filter(record))) result.push(record);
    }
    return result;
  }

  private committed(): void {
    if (this.pending) return;
    this.publish();
    this.notify();
  }

  private publish(): void {
    const written = this.written;
    this.written = new ChangeCollector();
    this.changes.publish(written);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** Stored records are copied in and out, as IndexedDB's structured clone would, so callers cannot alias them. */
function copy(record: StoredRecord | undefined): StoredRecord | undefined {
  return record === undefined ? undefined : structuredClone(record);
}
