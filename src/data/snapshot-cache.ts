/**
 * A persisted, columnar copy of a whole table (today: opportunities) so a cold start reads a few dozen
 * rows of arrays instead of deserialising 100,000 records one object at a time, plus the exact list of
 * keys written since each part of that copy was made.
 *
 * - Every write of a cached table adds, in the SAME transaction, one row to `snapshotDirty` naming the keys it
 *   wrote (a DBCore middleware installed by createDatabase, so the repositories, imports, sync pulls, remaps,
 *   other tabs and any other Dexie instance of this schema all record it). One row per write request, not
 *   per record: a pulled page of 2,000 records costs one small extra put.
 * - The cache is cut into chunks by key range (`bounds`). A chunk is only ever (re)built from a fresh read of
 *   its key range inside a read-write transaction that also removes the dirty keys of that range, so
 *   "chunks + the records of the remaining dirty keys" always equals the table.
 * - A cold read takes header, chunks, dirty rows and the records of the dirty keys in ONE read transaction (a
 *   consistent cut); writes after it reach the snapshot through the change feed, as with a paged read.
 * - A header with another format, another database version, or a write that cleared the table (`all`)
 *   invalidates the cache: the snapshot reads the table as before and a new generation is built when idle.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Dexie, Middleware } from 'dexie';
import type { StoredRecord } from './backend.js';

/** Tables that keep a persisted snapshot cache. */
export const CACHED_TABLES: ReadonlySet<string> = new Set(['opportunities']);
export const CACHE_STORE = 'snapshotCache';
export const DIRTY_STORE = 'snapshotDirty';
/**
 * Records per chunk. One chunk is one IndexedDB request and one decode, so one main-thread task: 2,500
 * keeps it a few ms (2,500 and 10,000 made 100 ms+ tasks on a loaded 2-core machine).
 */
export const CHUNK = 1000;

/** A row of `snapshotDirty`: the keys one write request of a cached table wrote. */
export interface DirtyRow {
  seq?: number;
  table: string;
  keys?: string[];
  /** The table was cleared or a key range deleted: the cache is void. */
  all?: true;
}

// ---- the dirty-keys middleware ----

function writtenKeys(req: DBCoreMutateRequest, keyPath: string): string[] {
  if (req.type === 'delete') return req.keys as string[];
  if (req.type === 'add' || req.type === 'put') {
    return req.keys ? (req.keys as string[]) : req.values.map((v) => (v as StoredRecord)[keyPath] as string);
  }
  return [];
}

/** Records the keys of every write of a cached table in the same transaction (see the file comment). */
export function snapshotDirtyMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'crm-snapshot-dirty',
    create(down) {
      return {
        ...down,
        transaction(stores, mode, options) {
          const widened =
            mode === 'readwrite' && stores.some((s) => CACHED_TABLES.has(s)) && !stores.includes(DIRTY_STORE)
              ? [...stores, DIRTY_STORE]
              : stores;
          return down.transaction(widened, mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (!CACHED_TABLES.has(name)) return table;
          const keyPath = String(table.schema.primaryKey.keyPath);
          return {
            ...table,
            mutate(req) {
              const row: DirtyRow =
                req.type === 'deleteRange'
                  ? { table: name, all: true }
                  : { table: name, keys: writtenKeys(req, keyPath) };
              // Both requests are queued now, on the same transaction: the mark commits or aborts with the write.
              const mark = (down.table(DIRTY_STORE) as DBCoreTable).mutate({
                type: 'add',
                trans: req.trans,
                values: [row],
              });
              return Promise.all([table.mutate(req), mark]).then(([result]) => result);
            },
          };
        },
      };
    },
  };
}

// ---- reading and refreshing (the codec loads with the first whole-table snapshot that reads or rebuilds a cache) ----

export interface CachedRead {
  /** The cached records, chunk after chunk in key order, each chunk decoded as it arrived. */
  records: StoredRecord[];
  /** Keys written since their chunk was built, with the record as stored now (undefined: deleted). */
  dirty: Map<string, StoredRecord | undefined>;
}

/**
 * The table from its cache, or undefined when there is no usable cache (none yet, another format or
 * version, a clear, a half-built generation, or too many keys written since).
 */
export async function readCached(db: Dexie, table: string): Promise<CachedRead | undefined> {
  if (!CACHED_TABLES.has(table)) return undefined;
  return (await import('./snapshot-codec.js')).readCachedTable(db, table);
}

/** Chunk bounds for a table, from its keys (sorted or not): every CHUNK-th key of a sample. */
export function planBounds(keys: Iterable<string>): string[] {
  const STEP = 25;
  const sample: string[] = [];
  let n = 0;
  for (const key of keys) if (n++ % STEP === 0) sample.push(key);
  sample.sort();
  const bounds = [''];
  for (let i = CHUNK / STEP; i < sample.length; i += CHUNK / STEP) bounds.push(sample[i]!);
  return bounds;
}

/** One step of bringing the cache up to date (see refreshCacheTable); resolves true while work remains. */
export async function refreshCacheStep(db: Dexie, table: string, bounds: () => string[]): Promise<boolean> {
  if (!CACHED_TABLES.has(table)) return false;
  return (await import('./snapshot-codec.js')).refreshCacheTable(db, table, bounds);
}
