import { type Collection, type Dexie, type DexieOptions, liveQuery } from 'dexie';
import {
  type ListQuery,
  type LiveQuery,
  matchesWhere,
  orderAndPage,
  type StorageBackend,
  type StoredRecord,
} from './backend.js';
import { ChangeHub, changeChannelName, changeFeedMiddleware } from './change-feed.js';
import { createDatabase, indexesOf, primaryKeyOf, type StoreName } from './database.js';
import { type CachedRead, readCached, refreshCacheStep } from './snapshot-cache.js';

/** The IndexedDB backend. Live queries are Dexie's `liveQuery`, which also hears writes from other tabs. */
export class DexieBackend implements StorageBackend {
  readonly kind = 'indexeddb';

  private constructor(
    readonly db: Dexie,
    readonly changes: ChangeHub,
  ) {}

  /** Opens (and creates or upgrades) the database; rejects when IndexedDB cannot be used. */
  static async open(name: string, options?: DexieOptions): Promise<DexieBackend> {
    const db = createDatabase(name, options);
    const changes = new ChangeHub(changeChannelName(name));
    db.use(changeFeedMiddleware(changes));
    try {
      await db.open();
    } catch (error) {
      changes.close();
      throw error;
    }
    return new DexieBackend(db, changes);
  }

  get(store: StoreName, key: unknown): Promise<StoredRecord | undefined> {
    return this.db.table(store).get(key as string);
  }

  /**
   * Not `async`: a native promise here made Dexie's liveQuery lose track of the reads that follow a chain of
   * them (e.g. the card's opportunities read after the group walk never re-ran); Dexie's own promise keeps it.
   */
  list(store: StoreName, query: ListQuery = {}): Promise<StoredRecord[]> {
    const { collection, inKeyOrder } = this.collect(store, query);
    if (inKeyOrder && !query.reverse && (!query.orderBy || query.orderBy === primaryKeyOf(store))) {
      // Already in the order asked for: page inside IndexedDB instead of loading everything.
      if (query.offset) collection.offset(query.offset);
      if (query.limit !== undefined) collection.limit(query.limit);
      return collection.toArray();
    }
    // Same default order as the memory backend: primary key.
    return collection
      .toArray()
      .then((rows) => orderAndPage(rows, { ...query, orderBy: query.orderBy ?? primaryKeyOf(store) }));
  }

  count(store: StoreName, query: ListQuery = {}): Promise<number> {
    return this.collect(store, query).collection.count();
  }

  async bulkPut(store: StoreName, records: readonly StoredRecord[]): Promise<void> {
    await this.db.table(store).bulkPut(records as StoredRecord[]);
  }

  async bulkDelete(store: StoreName, keys: readonly unknown[]): Promise<void> {
    await this.db.table(store).bulkDelete(keys as string[]);
  }

  transaction<R>(stores: readonly StoreName[], work: () => Promise<R>): Promise<R> {
    return this.db.transaction('rw', stores, work);
  }

  live<R>(query: () => Promise<R>): LiveQuery<R> {
    return liveQuery(query);
  }

  close(): void {
    this.db.close();
    this.changes.close();
  }

  bulkGet(store: StoreName, keys: readonly unknown[]): Promise<(StoredRecord | undefined)[]> {
    return this.db.table(store).bulkGet(keys as string[]);
  }

  readPage(store: StoreName, after: unknown, limit: number): Promise<StoredRecord[]> {
    const table = this.db.table(store);
    const from = after === undefined ? table.toCollection() : table.where(':id').above(after);
    return from.limit(limit).toArray();
  }
  readCached(store: StoreName): Promise<CachedRead | undefined> {
    return readCached(this.db, store);
  }

  refreshCache(store: StoreName, bounds: () => string[]): Promise<boolean> {
    return refreshCacheStep(this.db, store, bounds);
  }

  /**
   * Uses the first indexed `where` field for the lookup and filters the rest in memory. Ordering always
   * happens in memory (see orderAndPage): a Dexie index silently leaves out records lacking the field.
   */
  private collect(store: StoreName, query: ListQuery): { collection: Collection; inKeyOrder: boolean } {
    const table = this.db.table(store);
    const indexes = indexesOf(store);
    const clauses = Object.entries(query.where ?? {}).filter(([, value]) => value !== undefined);
    const keyed = clauses.find(([field, value]) => indexes.has(field) && isIndexable(value));
    let collection = table.toCollection();
    if (keyed) {
      const [field, value] = keyed;
      const where = table.where(field);
      collection = Array.isArray(value) ? where.anyOf(value as string[]) : where.equals(value as string);
    }
    const rest = Object.fromEntries(clauses.filter((clause) => clause !== keyed));
    const filter = query.filter;
    if (Object.keys(rest).length > 0 || filter) {
      collection = collection.filter((record) => matchesWhere(record, rest) && (!filter || filter(record)));
    }
    // Equality on the primary key, or no lookup at all, walks the table in key order.
    return { collection, inKeyOrder: !keyed || keyed[0] === primaryKeyOf(store) };
  }
}

function isIndexable(value: unknown): boolean {
  const keys = Array.isArray(value) ? value : [value];
  return keys.length > 0 && keys.every((k) => typeof k === 'string' || (typeof k === 'number' && !Number.isNaN(k)));
}
