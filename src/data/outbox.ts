/**
 * The outbox: every local create, update and delete is written together with an entry here, in the same
 * transaction as the record, so a change can never be saved without being queued for sync (or the other
 * way round). Pending entries for one record are compacted: create + update = create, update + update =
 * one merged patch, a delete wins, and create + delete cancel out.
 *
 * An import chunk's new records share one entry (`keys`, a chunk entry): IndexedDB's cost is per put, and
 * an entry per record doubled an import's writes. A chunk entry holds no copies: pushing it sends each
 * record as it is stored then (so later edits are already in it, like create + update = create), removes
 * each key that reached the server, and splits a key the server refuses off into an entry of its own.
 */
import type { StorageBackend, StoredRecord } from './backend.js';
import { newId, type TableName } from './model.js';
import { outgoingReferences } from './remap.js';

export type OutboxOp = 'create' | 'update' | 'delete';

export interface OutboxEntry {
  seq?: number;
  table: TableName;
  /** The record's key; CHUNK_KEY for a chunk entry (its records are in `keys`). */
  key: string;
  op: OutboxOp;
  /** create: the whole record; update: only the changed fields. */
  patch?: StoredRecord;
  /** The server version the edit was based on (ETag, version or updatedAt), for conditional requests. */
  baseVersion?: string | number;
  /** The record before the first queued edit: what the server had, to tell which fields each side changed. */
  base?: StoredRecord;
  /** Sent as the Idempotency-Key header: a retried request can never be applied twice. */
  idempotencyKey: string;
  createdAt: string;
  /** Sending attempts so far; an entry that may have reached the server is never merged into again. */
  attempts: number;
  /** pending: to push; dead: the server refused it as invalid; conflict: waits for a person to choose. */
  state: 'pending' | 'dead' | 'conflict';
  error?: string;
  /** The server's version of the record (and its version token), kept when the entry is in conflict. */
  remote?: StoredRecord;
  remoteVersion?: string | number;
  /** Chunk entry (op create): the keys of its records still to create, in order. */
  keys?: string[];
  /** Chunk entry: records outside the chunk its records refer to (`table\nkey`), which must be created first. */
  refs?: string[];
  /** Chunk entry: keys split off into entries of their own so far (their seqs follow the chunk's). */
  splits?: number;
  /** Never stored: the seq of the chunk entry this one-record view of a chunk key was taken from. */
  chunk?: number;
}

/** The `key` of every chunk entry: never a record id. */
export const CHUNK_KEY = '*chunk*';
/** Records per chunk entry at most (a chunk entry's put indexes each key). */
export const CHUNK_SIZE = 500;

/** The records an entry stands for: its keys (chunk) or its key. */
export function entryKeys(entry: OutboxEntry): string[] {
  return entry.keys ?? [entry.key];
}

/** How many records these entries queue (what a person sees as "pending changes"). */
export function recordCount(entries: readonly OutboxEntry[]): number {
  let count = 0;
  for (const entry of entries) count += entry.keys?.length ?? 1;
  return count;
}

/**
 * Every queued entry of these records of `table`, their own and the chunk entries they wait in, in seq
 * order. Must run inside a transaction that includes `outbox` when the result is written back.
 */
export async function queuedFor(
  backend: StorageBackend,
  table: TableName,
  keys: readonly string[],
): Promise<OutboxEntry[]> {
  if (keys.length === 0) return [];
  const where = keys.length === 1 ? keys[0] : keys;
  const [own, chunks] = (await Promise.all([
    backend.list('outbox', { where: { key: where, table } }),
    backend.list('outbox', { where: { keys: where, table } }),
  ])) as unknown as [OutboxEntry[], OutboxEntry[]];
  // A multi-entry lookup of several keys may return one chunk once per matching key.
  const bySeq = new Map<number, OutboxEntry>();
  for (const entry of [...own, ...chunks]) bySeq.set(entry.seq!, entry);
  return [...bySeq.values()].sort((a, b) => a.seq! - b.seq!);
}

/** Records with a pending change: pending entries, each chunk entry counted once per key; live-query safe. */
export async function pendingRecords(backend: StorageBackend): Promise<number> {
  const [entries, chunks] = await Promise.all([
    backend.count('outbox', { where: { state: 'pending' } }),
    backend.list('outbox', { where: { key: CHUNK_KEY, state: 'pending' } }),
  ]);
  return entries - chunks.length + recordCount(chunks as unknown as OutboxEntry[]);
}

/** The keys queued in these entries (for pulls: a server row never overwrites a record with changes queued). */
export function queuedKeys(entries: readonly OutboxEntry[]): Set<string> {
  const keys = new Set<string>();
  for (const entry of entries) for (const key of entryKeys(entry)) keys.add(key);
  return keys;
}

/**
 * Takes `keys` out of chunk entry `seq` (their creates are done, cancelled or split off); drops the entry
 * when none are left. Must run inside a transaction over `outbox`.
 */
export async function removeFromChunk(backend: StorageBackend, seq: number, keys: readonly string[]): Promise<void> {
  const chunk = (await backend.get('outbox', seq)) as unknown as OutboxEntry | undefined;
  if (!chunk?.keys) return;
  const gone = new Set(keys);
  const left = chunk.keys.filter((key) => !gone.has(key));
  if (left.length === chunk.keys.length) return;
  if (left.length === 0) await backend.bulkDelete('outbox', [seq]);
  else await backend.bulkPut('outbox', [{ ...chunk, keys: left } as unknown as StoredRecord]);
}

/**
 * Moves one key of a chunk entry into an entry of its own (`entry`, a one-record view of the chunk: dead,
 * in conflict or rebased). Its seq sits between the chunk's and the next whole number, so it still comes
 * before every later change of the record. Must run inside a transaction over `outbox`.
 */
export async function splitFromChunk(backend: StorageBackend, entry: OutboxEntry): Promise<void> {
  const chunk = (await backend.get('outbox', entry.chunk!)) as unknown as OutboxEntry | undefined;
  const splits = (chunk?.splits ?? 0) + 1;
  const own: OutboxEntry = { ...entry, seq: entry.chunk! + splits / 4096 };
  delete own.chunk;
  if (chunk?.keys) {
    const left = chunk.keys.filter((key) => key !== entry.key);
    if (left.length) await backend.bulkPut('outbox', [{ ...chunk, keys: left, splits } as unknown as StoredRecord]);
    else await backend.bulkDelete('outbox', [chunk.seq]);
  }
  await backend.bulkPut('outbox', [own as unknown as StoredRecord]);
}

/**
 * One record of a chunk entry as a create entry of its own (`chunk` set until it is split off or settled),
 * with the record as given and an idempotency key derived from the chunk's, stable across retries.
 */
export function chunkView(chunk: OutboxEntry, record: StoredRecord): OutboxEntry {
  const key = String(record.id);
  return {
    table: chunk.table,
    key,
    op: 'create',
    patch: record,
    idempotencyKey: `${chunk.idempotencyKey}:${key}`,
    createdAt: chunk.createdAt,
    attempts: chunk.attempts,
    state: 'pending',
    chunk: chunk.seq!,
  };
}

/** Records of other tables (or outside `within`) that `records` of `table` refer to, as `table\nkey`. */
function referencesOf(table: TableName, records: readonly StoredRecord[], within: ReadonlySet<string>): string[] {
  const refs = new Set<string>();
  for (const [target, field] of outgoingReferences(table)) {
    for (const record of records) {
      const value = record[field];
      if (typeof value === 'string' && !(target === table && within.has(value))) refs.add(`${target}\n${value}`);
    }
  }
  return [...refs];
}

/** Fields never sent as part of a patch: bookkeeping, not user data. */
const LOCAL_ONLY = new Set(['updatedAt', 'version']);

export function changedFields(before: StoredRecord, after: StoredRecord): StoredRecord {
  const patch: StoredRecord = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (LOCAL_ONLY.has(key)) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key] ?? null;
  }
  return patch;
}

/**
 * Queues a change; must run inside a transaction that includes the record's table and `outbox`.
 * `before` is the record as it was (undefined for a new one), `after` as it is now (undefined for a delete).
 */
export async function enqueueChange(
  backend: StorageBackend,
  table: TableName,
  key: string,
  before: StoredRecord | undefined,
  after: StoredRecord | undefined,
): Promise<void> {
  let entries = await queuedFor(backend, table, [key]);
  const sending = entries.find((e) => e.keys?.includes(key) && e.attempts > 0);
  if (!after && before && sending) {
    // Deleted while its chunk may be on its way to the server: its create leaves the chunk with the record as
    // it was, so it still goes first (or is found there) and the delete follows, as with an entry of its own.
    await splitFromChunk(backend, chunkView(sending, before));
    entries = await queuedFor(backend, table, [key]);
  }
  const step = planChange(entries, table, key, before, after);
  if (step?.remove !== undefined) await backend.bulkDelete('outbox', [step.remove]);
  if (step?.put) await backend.bulkPut('outbox', [step.put as unknown as StoredRecord]);
}

/**
 * Queues many changes to distinct records of one table (an import chunk) with one outbox read and few
 * writes: new records with nothing queued share chunk entries of up to CHUNK_SIZE keys; every other change
 * follows enqueueChange's rules. Same transaction needs.
 */
export async function enqueueChanges(
  backend: StorageBackend,
  table: TableName,
  changes: readonly { key: string; before: StoredRecord | undefined; after: StoredRecord | undefined }[],
  /** The changes' queued entries, when the caller read them (queuedFor) in this transaction already. */
  entries?: readonly OutboxEntry[],
): Promise<void> {
  const queued = new Map<string, OutboxEntry[]>();
  for (const entry of entries ??
    (await queuedFor(
      backend,
      table,
      changes.map((c) => c.key),
    ))) {
    for (const key of entryKeys(entry)) queued.set(key, [...(queued.get(key) ?? []), entry]);
  }
  const puts = new Map<number | string, OutboxEntry>();
  const removes: number[] = [];
  const created: StoredRecord[] = [];
  for (const { key, before, after } of changes) {
    const entries = queued.get(key) ?? [];
    if (!before && after && entries.length === 0) {
      created.push(after);
      continue;
    }
    const step = planChange(entries, table, key, before, after);
    if (step?.remove !== undefined) removes.push(step.remove);
    // Keyed by seq: changes to two keys of one chunk entry write it once, with both.
    const put = step?.put;
    const earlier = put?.seq === undefined ? undefined : puts.get(put.seq);
    if (put && earlier?.refs) put.refs = [...new Set([...earlier.refs, ...(put.refs ?? [])])];
    if (put) puts.set(put.seq ?? `new-${puts.size}`, put);
  }
  const now = new Date().toISOString();
  for (let start = 0; start < created.length; start += CHUNK_SIZE) {
    const records = created.slice(start, start + CHUNK_SIZE);
    const keys = records.map((r) => String(r.id));
    puts.set(`chunk-${start}`, {
      table,
      key: CHUNK_KEY,
      keys,
      refs: referencesOf(table, records, new Set(keys)),
      op: 'create',
      idempotencyKey: newId(),
      createdAt: now,
      attempts: 0,
      state: 'pending',
    });
  }
  if (removes.length) await backend.bulkDelete('outbox', removes);
  if (puts.size) await backend.bulkPut('outbox', [...puts.values()] as unknown as StoredRecord[]);
}

/** What one change does to the outbox, given the record's queued entries: an entry to write and/or one to drop. */
function planChange(
  entries: readonly OutboxEntry[],
  table: TableName,
  key: string,
  before: StoredRecord | undefined,
  after: StoredRecord | undefined,
): { put?: OutboxEntry; remove?: number } | undefined {
  const open = entries.filter((e) => e.state === 'pending' && e.attempts === 0).at(-1);
  const now = new Date().toISOString();

  if (open?.keys) {
    // A never-sent chunk sends the record as stored then: an edit is already in it, a delete cancels the key.
    if (after) {
      const added = referencesOf(table, [after], new Set(open.keys)).filter((ref) => !open.refs?.includes(ref));
      return added.length ? { put: { ...open, refs: [...(open.refs ?? []), ...added] } } : undefined;
    }
    const keys = open.keys.filter((k) => k !== key);
    return keys.length ? { put: { ...open, keys } } : { remove: open.seq };
  }
  if (open) {
    const merged = compact(open, before, after);
    if (merged === 'cancel') return { remove: open.seq };
    return merged ? { put: merged } : undefined;
  }
  // Nothing mergeable (none queued, or the last one may already be on the server): queue a new entry.
  const wasOnServer = before !== undefined || entries.length > 0;
  let entry: OutboxEntry;
  if (!after)
    entry = { table, key, op: 'delete', idempotencyKey: newId(), createdAt: now, attempts: 0, state: 'pending' };
  else if (!before && !wasOnServer)
    entry = {
      table,
      key,
      op: 'create',
      patch: after,
      idempotencyKey: newId(),
      createdAt: now,
      attempts: 0,
      state: 'pending',
    };
  else {
    const patch = before ? changedFields(before, after) : after;
    if (Object.keys(patch).length === 0) return undefined;
    entry = { table, key, op: 'update', patch, idempotencyKey: newId(), createdAt: now, attempts: 0, state: 'pending' };
  }
  if (before) entry.base = before;
  const baseVersion = before?.version as string | number | undefined;
  if (baseVersion !== undefined) entry.baseVersion = baseVersion;
  return { put: entry };
}

/** Folds a new change into a queued, never-sent entry for the same record. */
function compact(
  open: OutboxEntry,
  before: StoredRecord | undefined,
  after: StoredRecord | undefined,
): OutboxEntry | 'cancel' | undefined {
  if (!after) return open.op === 'create' ? 'cancel' : { ...open, op: 'delete', patch: undefined };
  if (open.op === 'create') return { ...open, patch: after };
  if (open.op === 'delete') {
    // Deleted, then created again before the delete left: the server still has `base`, so send what differs
    // from it, including fields the new record no longer has (as null); nothing at all if it is the same.
    const patch = open.base ? changedFields(open.base, after) : after;
    return Object.keys(patch).length ? { ...open, op: 'update', patch } : 'cancel';
  }
  const patch = { ...open.patch, ...(before ? changedFields(before, after) : after) };
  return { ...open, patch };
}
