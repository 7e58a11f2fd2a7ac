/**
 * What a person can do about sync problems, from any tab (these only touch IndexedDB; the tab that
 * syncs picks the result up): resolve a conflict, retry or discard a change the server refused.
 */
import type { StorageBackend, StoredRecord } from '../data/backend.js';
import type { TableName } from '../data/model.js';
import { type OutboxEntry, queuedFor, recordCount, removeFromChunk } from '../data/outbox.js';
import type { CrmStore } from '../data/store.js';
import type { QuarantinedRow } from './quarantine.js';
import { SYNC_STATUS_KEY, type SyncStatus } from './types.js';

export interface OutboxSummary {
  pending: number;
  deadLetters: OutboxEntry[];
  conflicts: OutboxEntry[];
  /** Server rows the model refused, waiting with their reason. */
  quarantined: QuarantinedRow[];
  status: SyncStatus | undefined;
}

/** Counts and problem entries of the outbox, and the last status the syncing tab recorded; live-query safe. */
export async function outboxSummary(store: CrmStore): Promise<OutboxSummary> {
  // No await before the reads when storage is open: a live query only tracks reads in its own context.
  const backend = store.openBackend ?? (await store.storageBackend());
  const [entries, status, quarantined] = await Promise.all([
    backend.list('outbox'),
    backend.get('meta', SYNC_STATUS_KEY),
    backend.list('quarantine'),
  ]);
  const queued = entries as unknown as OutboxEntry[];
  return {
    // Records, not entries: an import chunk's entry stands for each of its records.
    pending: recordCount(queued.filter((e) => e.state === 'pending')),
    deadLetters: queued.filter((e) => e.state === 'dead'),
    conflicts: queued.filter((e) => e.state === 'conflict'),
    quarantined: quarantined as unknown as QuarantinedRow[],
    status: status as SyncStatus | undefined,
  };
}

async function entryAt(store: CrmStore, seq: number) {
  const backend = await store.storageBackend();
  const entry = (await backend.get('outbox', seq)) as unknown as OutboxEntry | undefined;
  if (!entry) throw new Error(`No queued change #${seq} (already resolved?)`);
  return { backend, entry };
}

/**
 * `mine`: keep the local version and send it on top of the server's; `theirs`: take the server's version
 * and drop the local change.
 */
export async function resolveConflict(store: CrmStore, seq: number, choice: 'mine' | 'theirs'): Promise<void> {
  const { backend, entry } = await entryAt(store, seq);
  await backend.transaction([entry.table, 'outbox'], async () => {
    if (choice === 'mine') {
      const local = await backend.get(entry.table, entry.key);
      // Deleted on the server: send the whole local record again as a new one.
      const rebased: OutboxEntry = entry.remote
        ? { ...entry, state: 'pending', base: entry.remote, baseVersion: entry.remoteVersion }
        : { ...entry, state: 'pending', op: 'create', patch: local, base: undefined, baseVersion: undefined };
      delete rebased.remote;
      delete rebased.remoteVersion;
      await backend.bulkPut('outbox', [rebased as unknown as StoredRecord]);
      return;
    }
    await takeServerVersion(backend, entry.table, entry.key, entry.remote, entry.remoteVersion);
  });
}

/** Queues a refused change again (after the data or the server was fixed). */
export async function retryDeadLetter(store: CrmStore, seq: number): Promise<void> {
  const { backend, entry } = await entryAt(store, seq);
  const retried: OutboxEntry = { ...entry, state: 'pending' };
  delete retried.error;
  await backend.transaction(['outbox'], () => backend.bulkPut('outbox', [retried as unknown as StoredRecord]));
}

/** Gives a refused change up: the local record goes back to the server's version (a refused create is removed). */
export async function discardDeadLetter(store: CrmStore, seq: number): Promise<void> {
  const { backend, entry } = await entryAt(store, seq);
  await backend.transaction([entry.table, 'outbox'], async () => {
    await backend.bulkDelete('outbox', [entry.seq]);
    if (entry.op === 'create') await backend.bulkDelete(entry.table, [entry.key]);
    else if (entry.base) await backend.bulkPut(entry.table, [entry.base]);
  });
}

/**
 * Drops every queued change of a record and stores the server's version (or deletes the record when the
 * server has none). Must run inside a transaction over the record's table and the outbox.
 */
export async function takeServerVersion(
  backend: StorageBackend,
  table: TableName,
  key: string,
  remote: StoredRecord | undefined,
  version: string | number | undefined,
): Promise<void> {
  const queued = await queuedFor(backend, table, [key]);
  for (const chunk of queued.filter((e) => e.keys)) await removeFromChunk(backend, chunk.seq!, [key]);
  await backend.bulkDelete(
    'outbox',
    queued.filter((e) => !e.keys).map((e) => e.seq),
  );
  if (remote) await backend.bulkPut(table, [{ ...remote, version }]);
  else await backend.bulkDelete(table, [key]);
}
