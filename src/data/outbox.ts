/**
 * The outbox: every local create, update and delete is written together with an entry here, in the same
 * transaction as the record, so a change can never be saved without being queued for sync (or the other
 * way round). Pending entries for one record are compacted: create + update = create, update + update =
 * one merged patch, a delete wins, and create + delete cancel out.
 */
import type { StorageBackend, StoredRecord } from './backend.js';
import { newId, type TableName } from './model.js';

export type OutboxOp = 'create' | 'update' | 'delete';

export interface OutboxEntry {
  seq?: number;
  table: TableName;
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
  const entries = (await backend.list('outbox', { where: { key, table } })) as unknown as OutboxEntry[];
  const step = planChange(entries, table, key, before, after);
  if (step?.remove !== undefined) await backend.bulkDelete('outbox', [step.remove]);
  if (step?.put) await backend.bulkPut('outbox', [step.put as unknown as StoredRecord]);
}

/**
 * Queues many changes to distinct records of one table (an import chunk) with one outbox read and one
 * write, instead of a query and a put per record. Same rules as enqueueChange; same transaction needs.
 */
export async function enqueueChanges(
  backend: StorageBackend,
  table: TableName,
  changes: readonly { key: string; before: StoredRecord | undefined; after: StoredRecord | undefined }[],
): Promise<void> {
  const keys = changes.map((c) => c.key);
  const queued = new Map<string, OutboxEntry[]>();
  for (const entry of (await backend.list('outbox', { where: { key: keys } })) as unknown as OutboxEntry[]) {
    if (entry.table === table) queued.set(entry.key, [...(queued.get(entry.key) ?? []), entry]);
  }
  const puts: StoredRecord[] = [];
  const removes: number[] = [];
  for (const { key, before, after } of changes) {
    const step = planChange(queued.get(key) ?? [], table, key, before, after);
    if (step?.remove !== undefined) removes.push(step.remove);
    if (step?.put) puts.push(step.put as unknown as StoredRecord);
  }
  if (removes.length) await backend.bulkDelete('outbox', removes);
  if (puts.length) await backend.bulkPut('outbox', puts);
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
  if (open.op === 'delete') return { ...open, op: 'update', patch: after };
  const patch = { ...open.patch, ...(before ? changedFields(before, after) : after) };
  return { ...open, patch };
}
