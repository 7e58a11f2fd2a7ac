/**
 * Where records physically live. The store talks to this interface only, so the same repositories and
 * live queries run on IndexedDB (the normal case) and in memory (when IndexedDB is unavailable).
 */
import type { ChangeFeed } from './change-feed.js';
import type { StoreName } from './database.js';
import type { CachedRead } from './snapshot-cache.js';

export type StoredRecord = Record<string, unknown>;

export interface ListQuery<T = StoredRecord> {
  /**
   * Field equals value; an array value means "any of". The first indexed field listed is used for the
   * lookup (list the most selective first), the others filter.
   */
  where?: { [K in keyof T]?: T[K] | readonly T[K][] } | Record<string, unknown>;
  /** Extra predicate applied after `where`. */
  filter?: (record: T) => boolean;
  orderBy?: keyof T & string;
  reverse?: boolean;
  offset?: number;
  limit?: number;
}

export interface Subscription {
  unsubscribe(): void;
}

/** A query whose result is pushed again whenever the data it read changes (here, in another widget, or another tab). */
export interface LiveQuery<T> {
  subscribe(observer: { next: (value: T) => void; error?: (error: unknown) => void }): Subscription;
}

export interface StorageBackend {
  readonly kind: 'indexeddb' | 'memory';
  get(store: StoreName, key: unknown): Promise<StoredRecord | undefined>;
  list(store: StoreName, query?: ListQuery): Promise<StoredRecord[]>;
  count(store: StoreName, query?: ListQuery): Promise<number>;
  bulkPut(store: StoreName, records: readonly StoredRecord[]): Promise<void>;
  bulkDelete(store: StoreName, keys: readonly unknown[]): Promise<void>;
  /** Runs `work` atomically over the given stores: all its writes land, or none do. */
  transaction<R>(stores: readonly StoreName[], work: () => Promise<R>): Promise<R>;
  live<R>(query: () => Promise<R>): LiveQuery<R>;
  close(): void;
  /** Committed writes, per transaction: keys per table, from this page and (IndexedDB) other tabs. */
  readonly changes: ChangeFeed;
  /** The records of these keys, in the same order (undefined where none is stored). */
  bulkGet(store: StoreName, keys: readonly unknown[]): Promise<(StoredRecord | undefined)[]>;
  /** Up to `limit` records whose primary key is above `after` (from the first when undefined), in key order. */
  readPage(store: StoreName, after: unknown, limit: number): Promise<StoredRecord[]>;
  /** IndexedDB only: the table from its persisted snapshot cache (snapshot-cache.ts), or undefined when unusable. */
  readCached?(store: StoreName): Promise<CachedRead | undefined>;
  /** IndexedDB only: one step of bringing that cache up to date; true while work remains. */
  refreshCache?(store: StoreName, bounds: () => string[]): Promise<boolean>;
}

/** Whether a record satisfies a `where` clause (shared by both backends so they filter identically). */
export function matchesWhere(record: StoredRecord, where: Record<string, unknown>): boolean {
  for (const [field, expected] of Object.entries(where)) {
    if (expected === undefined) continue;
    const actual = record[field];
    // An array field is a multi-entry index (outbox `keys`): it matches when any element does.
    const values = Array.isArray(actual) ? actual : [actual];
    if (!values.some((value) => (Array.isArray(expected) ? expected.includes(value) : value === expected)))
      return false;
  }
  return true;
}

/** Sorts (stable), then pages. `undefined` and `null` sort last. */
export function orderAndPage(records: StoredRecord[], query: ListQuery): StoredRecord[] {
  let result = records;
  if (query.orderBy) {
    const field = query.orderBy;
    const direction = query.reverse ? -1 : 1;
    result = [...records].sort((a, b) => compareValues(a[field], b[field]) * direction);
  } else if (query.reverse) {
    result = [...records].reverse();
  }
  const start = query.offset ?? 0;
  return query.limit === undefined && start === 0 ? result : result.slice(start, start + (query.limit ?? Infinity));
}

/** Order of stored values (and keys): numbers numerically, then strings; `undefined` and `null` last. */
export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return 1;
  if (b === undefined || b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}
