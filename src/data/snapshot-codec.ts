/**
 * The persisted snapshot cache's columnar codec, and the reads and rebuilds that use it (see snapshot-cache.ts for
 * how the cache stays exact). Loaded with the first whole-table snapshot of a cached table; pages that never
 * take one (a card) do not download it, while every write still marks its keys (the middleware stays there).
 */
import type { Dexie } from 'dexie';
import type { StoredRecord } from './backend.js';
import { CACHE_STORE, type CachedRead, CHUNK, DIRTY_STORE, type DirtyRow } from './snapshot-cache.js';

/** Bump when the encoding below changes: older caches are then ignored and rebuilt. */
const FORMAT = 1;
/** Chunks rebuilt per read-write transaction (it holds writers of the table back while it runs: keep it short). */
const CHUNKS_PER_STEP = 1;
/** More dirty keys than this share of the table: reading the whole table is as fast, skip the cache. */
const DIRTY_SHARE = 0.25;

interface CacheHeader {
  id: string;
  format: number;
  verno: number;
  generation: string;
  /** Lower bound (inclusive) of each chunk's key range; the first chunk also takes every smaller key. */
  bounds: string[];
}

/**
 * One column: `v` primitives (or a typed array of numbers), `d`+`i` a dictionary of strings, `j` JSON text
 * of nested plain values, `a` arrays of plain objects, `r` values kept as they are (structured clone).
 */
type Column =
  | { k: 'n'; v: Float64Array }
  | { k: 'v'; v: unknown[] }
  | { k: 'd'; d: string[]; i: Uint16Array | Uint32Array }
  | { k: 'j'; v: string[] }
  /** Arrays of plain objects (e.g. stage history): their lengths, and every item encoded as a chunk of its own. */
  | { k: 'a'; len: Uint32Array; items: CacheChunk }
  | { k: 'r'; v: unknown[] };

interface CacheChunk {
  id: string;
  count: number;
  /** Distinct key lists (in record order), so absent fields stay absent and key order is kept. */
  shapes: string[][];
  shapeOf: Uint16Array | Uint32Array;
  /** Field name and column (pairs, not an object: a field may be called `__proto__`). */
  columns: [string, Column][];
}

// ---- columnar encoding ----

/** Plain JSON data that JSON.parse(JSON.stringify(v)) gives back exactly. */
function jsonSafe(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!(i in value) || !jsonSafe(value[i])) return false;
    return Object.keys(value).length === value.length;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value as object)) if (!jsonSafe(v)) return false;
    return true;
  }
  return false;
}

const indexArray = (size: number, max: number) => (max < 65536 ? new Uint16Array(size) : new Uint32Array(size));

const plainObject = (value: unknown): value is StoredRecord =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** A dense array with no extra properties whose items are all plain objects. */
function recordArray(value: unknown): value is StoredRecord[] {
  if (!Array.isArray(value) || Object.keys(value).length !== value.length) return false;
  for (let i = 0; i < value.length; i++) if (!(i in value) || !plainObject(value[i])) return false;
  return true;
}

function encodeColumn(values: unknown[], present: boolean[]): Column {
  if (values.every((v, i) => !present[i] || recordArray(v)) && present.some(Boolean)) {
    const len = new Uint32Array(values.length);
    const items: StoredRecord[] = [];
    values.forEach((v, i) => {
      if (!present[i]) return;
      len[i] = (v as StoredRecord[]).length;
      for (const item of v as StoredRecord[]) items.push(item);
    });
    return { k: 'a', len, items: encodeChunk('', items) };
  }
  let numbers = true;
  let strings = true;
  let primitives = true;
  let nested = true;
  const distinct = new Map<string, number>();
  values.forEach((v, i) => {
    if (!present[i]) return;
    if (typeof v !== 'number') numbers = false;
    if (typeof v !== 'string') strings = false;
    else if (distinct.size <= values.length / 2) distinct.set(v, distinct.get(v) ?? distinct.size);
    const primitive = v === null || v === undefined || typeof v !== 'object';
    if (!primitive) primitives = false;
    if (primitive || !jsonSafe(v)) nested = false;
  });
  if (numbers) return { k: 'n', v: Float64Array.from(values, (v) => (typeof v === 'number' ? v : 0)) };
  if (strings && distinct.size <= values.length / 2) {
    const i = indexArray(values.length, distinct.size);
    for (let n = 0; n < values.length; n++) if (present[n]) i[n] = distinct.get(values[n] as string)!;
    return { k: 'd', d: [...distinct.keys()], i };
  }
  if (primitives) return { k: 'v', v: values };
  if (nested) return { k: 'j', v: values.map((v, i) => (present[i] ? JSON.stringify(v) : '')) };
  return { k: 'r', v: values };
}

export function encodeChunk(id: string, records: readonly StoredRecord[]): CacheChunk {
  const shapes = new Map<string, number>();
  const shapeList: string[][] = [];
  const shapeOf = indexArray(records.length, records.length);
  const fields = new Map<string, { values: unknown[]; present: boolean[] }>();
  records.forEach((record, n) => {
    const keys = Object.keys(record);
    const signature = keys.join('\u0000');
    let shape = shapes.get(signature);
    if (shape === undefined) {
      shape = shapeList.push(keys) - 1;
      shapes.set(signature, shape);
    }
    shapeOf[n] = shape;
    for (const key of keys) {
      let field = fields.get(key);
      if (!field) {
        field = { values: new Array(records.length).fill(undefined), present: new Array(records.length).fill(false) };
        fields.set(key, field);
      }
      field.values[n] = record[key];
      field.present[n] = true;
    }
  });
  const columns: [string, Column][] = [];
  for (const [key, { values, present }] of fields) columns.push([key, encodeColumn(values, present)]);
  return { id, count: records.length, shapes: shapeList, shapeOf, columns };
}

type Reader = (n: number) => unknown;

function columnReader(column: Column): Reader {
  switch (column.k) {
    case 'a': {
      const items = decodeChunk(column.items);
      const start = new Uint32Array(column.len.length);
      for (let n = 1; n < start.length; n++) start[n] = start[n - 1]! + column.len[n - 1]!;
      return (n) => items.slice(start[n], start[n]! + column.len[n]!);
    }
    case 'n':
      return (n) => column.v[n];
    case 'd':
      return (n) => column.d[column.i[n]!];
    case 'j':
      return (n) => JSON.parse(column.v[n]!);
    default:
      return (n) => column.v[n];
  }
}

export function decodeChunk(chunk: CacheChunk): StoredRecord[] {
  const readers = new Map<string, Reader>();
  for (const [key, column] of chunk.columns) readers.set(key, columnReader(column));
  const shapes = chunk.shapes.map((keys) => keys.map((key) => [key, readers.get(key)!] as const));
  const records: StoredRecord[] = new Array(chunk.count);
  for (let n = 0; n < chunk.count; n++) {
    const record: StoredRecord = {};
    for (const [key, read] of shapes[chunk.shapeOf[n]!]!) {
      if (key === '__proto__')
        Object.defineProperty(record, key, { value: read(n), enumerable: true, writable: true, configurable: true });
      else record[key] = read(n);
    }
    records[n] = record;
  }
  return records;
}

// ---- reading and refreshing ----

/** A chunk row is named by its lower bound, so splitting a chunk renames no other chunk. */
const chunkId = (table: string, generation: string, bound: string) => `${table}#${generation}#${bound}`;

function validHeader(db: Dexie, header: CacheHeader | undefined): header is CacheHeader {
  return !!header && header.format === FORMAT && header.verno === db.verno && header.bounds.length > 0;
}

/** Index of the chunk holding `key` (binary search over the lower bounds). */
function chunkOf(bounds: readonly string[], key: string): number {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]! <= key) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The table from its cache, or undefined when there is no usable cache (none yet, another format or
 * version, a clear, a half-built generation, or too many keys written since).
 */
export async function readCachedTable(db: Dexie, table: string): Promise<CachedRead | undefined> {
  return db.transaction('r', [table, CACHE_STORE, DIRTY_STORE], async () => {
    const header = (await db.table(CACHE_STORE).get(table)) as CacheHeader | undefined;
    if (!validHeader(db, header)) return undefined;
    const rows = (await db.table(DIRTY_STORE).where('table').equals(table).toArray()) as DirtyRow[];
    if (rows.some((row) => row.all)) return undefined;
    const keys = new Set(rows.flatMap((row) => row.keys ?? []));
    if (keys.size > header.bounds.length * CHUNK * DIRTY_SHARE) return undefined;
    const cache = db.table(CACHE_STORE);
    // One request per chunk, one after the other: each is decoded in its own task, and other reads of the
    // page (the funnel's stage counts for its first paint) are not queued behind all of them.
    const chunks: StoredRecord[][] = [];
    for (let index = 0; index < header.bounds.length; index++) {
      const row = (await cache.get(chunkId(table, header.generation, header.bounds[index]!))) as CacheChunk | undefined;
      if (!row) return undefined;
      chunks.push(decodeChunk(row));
    }
    const list = [...keys];
    const fresh = list.length > 0 ? await db.table(table).bulkGet(list) : [];
    return {
      records: chunks.flat(),
      dirty: new Map(list.map((key, i) => [key, fresh[i] as StoredRecord | undefined])),
    };
  });
}

/**
 * One step of bringing the cache up to date: starts a new generation when there is no valid one (with
 * `bounds()`), then rebuilds up to CHUNKS_PER_STEP chunks that are missing or hold dirty keys, each from a
 * fresh read of its key range (split in place when it grew past twice its size), and removes those keys from
 * the dirty rows, all in one read-write
 * transaction. Resolves true while work remains.
 */
export async function refreshCacheTable(db: Dexie, table: string, bounds: () => string[]): Promise<boolean> {
  return db.transaction('rw', [table, CACHE_STORE, DIRTY_STORE], async () => {
    const cache = db.table(CACHE_STORE);
    const dirtyTable = db.table(DIRTY_STORE);
    const source = db.table(table);
    let header = (await cache.get(table)) as CacheHeader | undefined;
    let rows = (await dirtyTable.where('table').equals(table).toArray()) as DirtyRow[];
    if (!validHeader(db, header) || rows.some((row) => row.all)) {
      header = { id: table, format: FORMAT, verno: db.verno, generation: crypto.randomUUID(), bounds: bounds() };
      // Chunks of older generations, and marks they no longer need.
      await cache.where(':id').between(`${table}#`, `${table}#\uffff`).delete();
      await dirtyTable.bulkDelete(rows.map((row) => row.seq!));
      await cache.put(header);
      rows = [];
    }
    const { generation, bounds: lower } = header;
    const existing = new Set(
      (await cache.where(':id').between(`${table}#${generation}#`, `${table}#${generation}#\uffff`).primaryKeys()).map(
        String,
      ),
    );
    const todo = new Set<number>();
    for (let index = 0; index < lower.length; index++) {
      if (!existing.has(chunkId(table, generation, lower[index]!))) todo.add(index);
    }
    for (const row of rows) for (const key of row.keys ?? []) todo.add(chunkOf(lower, key));
    const now = [...todo].sort((a, b) => a - b).slice(0, CHUNKS_PER_STEP);
    const nextBounds = [...lower];
    // From the last chunk back, so a split (which inserts bounds) leaves the indexes still to do in place.
    for (const index of [...now].reverse()) {
      const next = lower[index + 1];
      const range =
        index === 0 && next !== undefined
          ? source.where(':id').below(next)
          : next === undefined
            ? index === 0
              ? source.toCollection()
              : source.where(':id').aboveOrEqual(lower[index]!)
            : source.where(':id').between(lower[index]!, next, true, false);
      const records = (await range.toArray()) as StoredRecord[];
      // A chunk grown past twice its size (keys inserted at one end) is split in place.
      const pieces = records.length > 2 * CHUNK ? Math.ceil(records.length / CHUNK) : 1;
      const added: string[] = [];
      for (let piece = 0; piece < pieces; piece++) {
        const part = pieces === 1 ? records : records.slice(piece * CHUNK, (piece + 1) * CHUNK);
        const bound = piece === 0 ? lower[index]! : (part[0]![source.schema.primKey.keyPath as string] as string);
        if (piece > 0) added.push(bound);
        await cache.put(encodeChunk(chunkId(table, generation, bound), part));
      }
      if (added.length > 0) nextBounds.splice(index + 1, 0, ...added);
    }
    const done = new Set(now);
    const changed = rows
      .map((row) => ({ row, keys: (row.keys ?? []).filter((key) => !done.has(chunkOf(lower, key))) }))
      .filter(({ row, keys }) => keys.length !== (row.keys ?? []).length);
    await dirtyTable.bulkDelete(changed.filter(({ keys }) => keys.length === 0).map(({ row }) => row.seq!));
    await dirtyTable.bulkPut(changed.filter(({ keys }) => keys.length > 0).map(({ row, keys }) => ({ ...row, keys })));
    if (nextBounds.length !== lower.length) await cache.put({ ...header, bounds: nextBounds });
    return todo.size > now.length;
  });
}
