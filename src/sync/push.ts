/**
 * Pushing the outbox: a small window of requests in flight across different records, each record's changes
 * strictly in order, a record that refers to one still being created waits for it, and creates go in bulk
 * where the profile allows. Server-assigned ids are remapped locally (data/remap.ts).
 */
import type { StorageBackend, StoredRecord } from '../data/backend.js';
import type { TableName } from '../data/model.js';
import {
  changedFields,
  chunkView,
  entryKeys,
  type OutboxEntry,
  removeFromChunk,
  splitFromChunk,
} from '../data/outbox.js';
import { outgoingReferences, remapId, remapStores } from '../data/remap.js';
import { validateRecord } from '../data/schemas.js';
import type { ResolvedMapping } from './mapping.js';
import { takeServerVersion } from './queue.js';
import { type Connector, type RemoteRecord, SyncHttpError, type WriteResult } from './types.js';

/** Records per pass (an import chunk entry counts once per key). */
const PUSH_BATCH = 500;
/** Creates per bulk request. */
const BULK = 100;

export interface SyncRemapDetail {
  table: TableName;
  from: string;
  to: string;
}

export interface PushContext {
  backend: StorageBackend;
  mappings: Map<TableName, ResolvedMapping>;
  connectorFor(mapping: ResolvedMapping): Connector;
  window: number;
  signal: AbortSignal;
  onConflict(entry: OutboxEntry, local: StoredRecord | undefined, remote: StoredRecord | undefined): void;
  onRemap(detail: SyncRemapDetail): void;
  /** A resource failed with an error worth retrying: its other entries wait for the next round. */
  onFailure(table: TableName, error: SyncHttpError): void;
  /** Creates settled together at the end of the batch (set by push()). */
  settleLater?: DeferredSettle[];
}

/** Sends of one entry within one push() call: an entry sent back to pending this often waits for the next round. */
const SENDS_PER_ROUND = 3;

/** What the per-round send limit counts: a chunk entry that made progress (fewer keys) counts afresh. */
const sendKey = (entry: OutboxEntry) => (entry.keys ? `${entry.seq}/${entry.keys.length}` : entry.seq!);

/**
 * Entries for up to PUSH_BATCH records that can go now: the first queued entry of each record, in order. A
 * record whose first entry is parked (dead or in conflict) waits, so its later changes never overtake it; so
 * does one that refers to a record whose create has not gone yet. A chunk entry is the first entry of each
 * of its keys.
 */
async function nextBatch(
  context: PushContext,
  failed: Set<TableName>,
  sends: Map<string | number, number>,
): Promise<OutboxEntry[]> {
  const { backend, mappings } = context;
  const blocked = new Set<string>();
  const creating = new Set<string>();
  const batch: OutboxEntry[] = [];
  let records = 0;
  for (let offset = 0; records < PUSH_BATCH; offset += PUSH_BATCH) {
    const page = (await backend.list('outbox', { offset, limit: PUSH_BATCH })) as unknown as OutboxEntry[];
    for (const entry of page) {
      if (!mappings.has(entry.table) || failed.has(entry.table)) continue;
      const ids = entryKeys(entry).map((key) => `${entry.table}\n${key}`);
      const behind = ids.some((id) => blocked.has(id));
      if (behind && !entry.keys) continue;
      for (const id of ids) blocked.add(id);
      const waitsFor =
        behind ||
        (entry.keys
          ? (entry.refs ?? []).some((ref) => creating.has(ref))
          : outgoingReferences(entry.table).some(([target, field]) => {
              const value = entry.patch?.[field];
              return typeof value === 'string' && creating.has(`${target}\n${value}`);
            }));
      if (entry.op === 'create') for (const id of ids) creating.add(id);
      const sentOften = (sends.get(sendKey(entry)) ?? 0) >= SENDS_PER_ROUND;
      if (entry.state === 'pending' && !waitsFor && !sentOften && records < PUSH_BATCH) {
        batch.push(entry);
        records += ids.length;
      }
    }
    if (page.length < PUSH_BATCH) break;
  }
  return batch;
}

/**
 * A chunk entry as one-record create entries (`chunk` set), each carrying the record as stored now and an
 * idempotency key of its own derived from the chunk's. A record that refers to another record still in the
 * chunk waits for a later pass (unless every one does: a cycle goes as it is). Keys whose record is gone
 * (taken back to the server's version meanwhile) leave the chunk.
 */
async function chunkViews(backend: StorageBackend, chunk: OutboxEntry): Promise<OutboxEntry[]> {
  const keys = chunk.keys!;
  const stored = new Map(
    (await backend.list(chunk.table, { where: { id: keys } })).map((record) => [String(record.id), record]),
  );
  const gone = keys.filter((key) => !stored.has(key));
  if (gone.length) await backend.transaction(['outbox'], async () => removeFromChunk(backend, chunk.seq!, gone));
  const inChunk = new Set(stored.keys());
  const local = outgoingReferences(chunk.table).filter(([target]) => target === chunk.table);
  const waiting = (record: StoredRecord) =>
    local.some(([, field]) => {
      const value = record[field];
      return typeof value === 'string' && value !== record.id && inChunk.has(value);
    });
  let ready = [...stored.values()].filter((record) => !waiting(record));
  if (ready.length === 0) ready = [...stored.values()];
  return ready.map((record) => chunkView(chunk, record));
}

/** Pushes everything that can go; resources that fail are reported through onFailure and skipped. */
export async function push(context: PushContext): Promise<void> {
  const failed = new Set<TableName>();
  // Bounded: an entry that keeps coming back to pending (a server answering 409 / 412 to every merge) is sent
  // at most SENDS_PER_ROUND times per call; the engine's next round, after its backoff, tries it again.
  const sends = new Map<string | number, number>();
  for (;;) {
    const queued = await nextBatch(context, failed, sends);
    if (queued.length === 0 || context.signal.aborted) return;
    for (const entry of queued) sends.set(sendKey(entry), (sends.get(sendKey(entry)) ?? 0) + 1);
    // Count every attempt before anything is sent (one transaction for the batch): from then on an entry
    // may be on the server, so it is never merged into.
    const counted = await countAttempt(
      context.backend,
      queued.map((e) => e.seq!),
    );
    const batch: OutboxEntry[] = [];
    for (const entry of counted) batch.push(...(entry.keys ? await chunkViews(context.backend, entry) : [entry]));
    const jobs: { table: TableName; run: () => Promise<void> }[] = [];
    const bulk = new Map<TableName, OutboxEntry[]>();
    for (const entry of batch) {
      const mapping = context.mappings.get(entry.table)!;
      const connector = context.connectorFor(mapping);
      if (connector.createMany && entry.op === 'create' && entry.attempts === 1 && !mapping.serverIds) {
        bulk.set(entry.table, [...(bulk.get(entry.table) ?? []), entry]);
      } else jobs.push({ table: entry.table, run: () => pushEntry(context, mapping, entry) });
    }
    for (const [table, entries] of bulk) {
      for (let i = 0; i < entries.length; i += BULK) {
        const chunk = entries.slice(i, i + BULK);
        jobs.push({ table, run: () => pushBulk(context, context.mappings.get(table)!, chunk) });
      }
    }
    // A window of jobs in flight; one record never has two (a batch holds one entry per record). A table
    // that fails is skipped for the rest of the round; the others go on.
    let next = 0;
    const worker = async () => {
      while (next < jobs.length && !context.signal.aborted) {
        const job = jobs[next++]!;
        if (failed.has(job.table)) continue;
        try {
          await job.run();
        } catch (error) {
          if (!(error instanceof FailedResource)) throw error;
          failed.add(error.table);
          context.onFailure(error.table, error.error);
        }
      }
    };
    context.settleLater = [];
    const results = await Promise.allSettled(Array.from({ length: Math.min(context.window, jobs.length) }, worker));
    await flushSettles(context);
    const broken = results.find((r) => r.status === 'rejected');
    if (broken) throw (broken as PromiseRejectedResult).reason;
  }
}

class FailedResource extends Error {
  constructor(
    readonly table: TableName,
    readonly error: SyncHttpError,
  ) {
    super(error.message);
  }
}

/** Counts an attempt before sending: from then on the entry may be on the server and is never merged into. */
async function countAttempt(backend: StorageBackend, seqs: number[]): Promise<OutboxEntry[]> {
  return backend.transaction(['outbox'], async () => {
    // Read again inside the transaction: an edit may have been merged into an entry since it was listed.
    const fresh = (await backend.list('outbox', { where: { seq: seqs } })) as unknown as OutboxEntry[];
    const counted = fresh.map((entry) => ({ ...entry, attempts: entry.attempts + 1 }));
    if (counted.length) await backend.bulkPut('outbox', counted as unknown as StoredRecord[]);
    return counted;
  });
}

async function pushBulk(context: PushContext, mapping: ResolvedMapping, entries: OutboxEntry[]): Promise<void> {
  const { signal } = context;
  const connector = context.connectorFor(mapping);
  try {
    const rows = await connector.createMany!(
      mapping.path,
      entries.map((e) => ({ ...mapping.toRemote(e.patch ?? {}), [mapping.idField]: mapping.remoteId(e.key) })),
      { idempotencyKey: entries[0]!.idempotencyKey, signal },
    );
    const byId = new Map(rows.map((row) => [String(row[mapping.idField]), row]));
    for (const entry of entries) await settle(context, mapping, entry, { record: byId.get(entry.key) });
  } catch (error) {
    // One refused row refuses the whole request: send them one by one to find it.
    if (error instanceof SyncHttpError && error.kind === 'invalid') {
      for (const entry of entries) await pushEntry(context, mapping, entry);
      return;
    }
    throw wrap(mapping, error);
  }
}

function wrap(mapping: ResolvedMapping, error: unknown): unknown {
  return error instanceof SyncHttpError && (error.kind === 'retry' || error.kind === 'auth')
    ? new FailedResource(mapping.table, error)
    : error;
}

/** Pushes one entry whose attempt is already counted. */
async function pushEntry(context: PushContext, mapping: ResolvedMapping, entry: OutboxEntry): Promise<void> {
  const { backend, signal } = context;
  const connector = context.connectorFor(mapping);
  const { path } = mapping;
  const options = { idempotencyKey: entry.idempotencyKey, signal };
  try {
    if (entry.op === 'delete') {
      if (mapping.deleteStyle === 'tombstone') {
        await connector.update(path, entry.key, { [mapping.softDelete!]: true }, options);
      } else {
        const ifMatch =
          mapping.concurrency === 'etag' && entry.baseVersion !== undefined ? String(entry.baseVersion) : undefined;
        await connector.remove(path, entry.key, { ...options, ...(ifMatch ? { ifMatch } : {}) });
      }
      await settle(context, mapping, entry, {});
      return;
    }
    if (entry.op === 'create') {
      // A retried create may already be there (its response was lost): then it is done.
      const checkFirst = entry.attempts > 1 && !mapping.serverIds;
      const existing = checkFirst ? await connector.get(path, entry.key, signal) : undefined;
      const result =
        existing ??
        (await connector.create(
          path,
          mapping.serverIds ? undefined : entry.key,
          mapping.toRemote(entry.patch ?? {}),
          options,
        ));
      await settle(context, mapping, entry, result);
      return;
    }
    const patch = mapping.toRemote({ ...entry.patch });
    let baseVersion = entry.baseVersion;
    if (mapping.concurrency === 'field' && entry.base) {
      // Check the server's copy first: by its version when we know the one we started from, else (rows
      // pulled from a list carry no ETags) by comparing it with what we started from.
      const current = await connector.get(path, entry.key, signal);
      const changedThere =
        !current ||
        (baseVersion === undefined
          ? Object.keys(changedFields(entry.base, mapping.toLocal(current.record))).length > 0
          : mapping.token(current.record) !== baseVersion);
      if (changedThere) return await conflict(context, mapping, entry, current?.record, current?.etag);
      baseVersion = mapping.token(current.record, current.etag);
    }
    if (mapping.concurrency === 'field' && !mapping.serverClock)
      patch[mapping.updatedAtField] = new Date().toISOString();
    const result = await connector.update(path, entry.key, patch, {
      ...options,
      ...(mapping.concurrency === 'etag' && baseVersion !== undefined ? { ifMatch: String(baseVersion) } : {}),
      ...(mapping.concurrency === 'conditional' && baseVersion !== undefined
        ? { ifUnchangedSince: { field: mapping.updatedAtField, value: baseVersion } }
        : {}),
    });
    if (result.conflict) {
      const current = await connector.get(path, entry.key, signal);
      return await conflict(context, mapping, entry, current?.record, current?.etag);
    }
    await settle(context, mapping, entry, result.record ? result : { record: undefined, fallback: patch });
  } catch (error) {
    if (!(error instanceof SyncHttpError)) throw error;
    if (error.kind === 'invalid' || error.kind === 'protocol') {
      // The server will never accept this one as it is: park it, visibly, with the reason; go on with the rest.
      await updateEntry(backend, { ...entry, state: 'dead', error: error.message });
      return;
    }
    if (error.kind === 'conflict') {
      const current = await connector.get(path, entry.key, signal);
      return await conflict(context, mapping, entry, current?.record, current?.etag);
    }
    throw wrap(mapping, error);
  }
}

/**
 * A pushed entry is done: drop it, keep the server's version and clock, rebase later edits of the record,
 * and move a record the server gave its own id to that id.
 */
async function settle(
  context: PushContext,
  mapping: ResolvedMapping,
  entry: OutboxEntry,
  result: WriteResult & { fallback?: RemoteRecord },
): Promise<void> {
  const { backend } = context;
  const server = result.record ? mapping.toLocal(result.record) : undefined;
  const token = mapping.token(result.record ?? result.fallback, result.etag);
  const serverId = server?.id === undefined ? undefined : String(server.id);
  if (entry.op === 'create' && mapping.serverIds && !serverId) {
    await updateEntry(backend, {
      ...entry,
      state: 'dead',
      error: `${mapping.path}: the server created the record but did not answer with its id`,
    });
    return;
  }
  const remap = entry.op === 'create' && serverId !== undefined && serverId !== entry.key;
  const work = async () => {
    await applySettled(backend, [{ entry, server, token }]);
    if (remap) await remapId(backend, entry.table, entry.key, serverId, undefined);
  };
  // A create that keeps its id is settled with the rest of its batch, in one transaction: if the page closes
  // before that, the retried create finds the record on the server (or upserts) and is still applied once.
  if (entry.op === 'create' && !remap && context.settleLater) context.settleLater.push({ entry, server, token });
  else await backend.transaction(remapStores(entry.table), work);
  if (remap) context.onRemap({ table: entry.table, from: entry.key, to: serverId });
}

interface DeferredSettle {
  entry: OutboxEntry;
  server: StoredRecord | undefined;
  token: string | number | undefined;
}

/**
 * Settles a batch's creates in one transaction with bulk requests (a few requests per batch, not several
 * per entry): the same steps as settle() for each.
 */
async function flushSettles(context: PushContext): Promise<void> {
  const pending = context.settleLater?.splice(0) ?? [];
  if (!pending.length) return;
  const tables = [...new Set(pending.map((p) => p.entry.table))];
  // An async scope: Dexie keeps the transaction open across awaits only for scopes that are async functions.
  await context.backend.transaction(['outbox', ...tables], async () => applySettled(context.backend, pending));
}

/**
 * The local side of entries the server has applied (inside a transaction over the outbox and their tables):
 * drop them from the outbox (or their chunk), rebase later edits of each record on what the server now has, and
 * stamp the records with the server's clock and version. A delete only leaves the outbox.
 */
async function applySettled(backend: StorageBackend, settled: DeferredSettle[]): Promise<void> {
  const whole = settled.filter((s) => s.entry.chunk === undefined).map((s) => s.entry.seq);
  if (whole.length) await backend.bulkDelete('outbox', whole);
  const fromChunks = new Map<number, string[]>();
  for (const { entry } of settled) {
    if (entry.chunk === undefined) continue;
    const keys = fromChunks.get(entry.chunk) ?? fromChunks.set(entry.chunk, []).get(entry.chunk)!;
    keys.push(entry.key);
  }
  for (const [seq, keys] of fromChunks) await removeFromChunk(backend, seq, keys);
  const kept = settled.filter((s) => s.entry.op !== 'delete');
  for (const table of new Set(kept.map((s) => s.entry.table))) {
    const mine = new Map(kept.filter((s) => s.entry.table === table).map((s) => [s.entry.key, s]));
    const keys = [...mine.keys()];
    const later = ((await backend.list('outbox', { where: { key: keys } })) as unknown as OutboxEntry[])
      .filter((e) => e.table === table)
      .map((e) => {
        const { entry, token } = mine.get(e.key)!;
        return {
          ...e,
          base: { ...entry.base, ...entry.patch },
          ...(token === undefined ? {} : { baseVersion: token }),
        };
      });
    if (later.length) await backend.bulkPut('outbox', later as unknown as StoredRecord[]);
    const locals = await backend.list(table, { where: { id: keys } });
    const stamped = locals.map((local) => {
      const { server, token } = mine.get(String(local.id))!;
      return { ...local, ...serverStamps(server), ...(token === undefined ? {} : { version: token }) };
    });
    if (stamped.length) await backend.bulkPut(table, stamped);
  }
}

/** The server's clock wins: its timestamps replace the browser's. */
function serverStamps(server: StoredRecord | undefined): StoredRecord {
  if (!server) return {};
  const stamps = { updatedAt: server.updatedAt, createdAt: server.createdAt };
  return Object.fromEntries(Object.entries(stamps).filter(([, v]) => typeof v === 'string'));
}

/**
 * Both sides changed the record. Disjoint fields merge on their own; otherwise the resource's policy
 * decides, and `manual` keeps both versions for a person to choose.
 */
async function conflict(
  context: PushContext,
  mapping: ResolvedMapping,
  entry: OutboxEntry,
  remote: RemoteRecord | undefined,
  etag?: string,
): Promise<void> {
  const { backend } = context;
  const remoteLocal = remote ? mapping.toLocal(remote) : undefined;
  const token = mapping.token(remote, etag);
  const mine = Object.keys(entry.patch ?? {});
  const theirs = remoteLocal ? Object.keys(changedFields(entry.base ?? {}, remoteLocal)) : ['*deleted*'];
  const disjoint = entry.op === 'update' && remoteLocal && !mine.some((field) => theirs.includes(field));
  const rebase = () =>
    updateEntry(backend, {
      ...entry,
      base: remoteLocal,
      baseVersion: token,
      op: remoteLocal ? entry.op : 'create',
      patch: remoteLocal ? entry.patch : { ...entry.base, ...entry.patch },
    });

  if (disjoint) {
    // Take their fields into the local record, keep ours queued on top of their version.
    await backend.transaction([entry.table, 'outbox'], async () => {
      const local = await backend.get(entry.table, entry.key);
      const merged = { ...local, ...remoteLocal, ...entry.patch, version: token };
      await backend.bulkPut(entry.table, [validateRecord(entry.table, merged) as StoredRecord]);
      await rebase();
    });
    return;
  }
  if (mapping.conflict === 'client-wins') return rebase();
  if (mapping.conflict === 'server-wins') {
    await backend.transaction([entry.table, 'outbox'], async () =>
      takeServerVersion(backend, entry.table, entry.key, remoteLocal, token),
    );
    return;
  }
  await updateEntry(backend, { ...entry, state: 'conflict', remote: remoteLocal, remoteVersion: token });
  context.onConflict(entry, await backend.get(entry.table, entry.key), remoteLocal);
}

/** Stores an entry's new state; a key of a chunk entry (dead, in conflict, rebased) becomes an entry of its own. */
function updateEntry(backend: StorageBackend, entry: OutboxEntry): Promise<void> {
  return backend.transaction(['outbox'], async () =>
    entry.chunk === undefined
      ? backend.bulkPut('outbox', [entry as unknown as StoredRecord])
      : splitFromChunk(backend, entry),
  );
}
