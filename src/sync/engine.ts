/**
 * Keeps IndexedDB and a REST backend in step. Local writes never wait for the network: they land in
 * IndexedDB with an outbox entry (see data/outbox.ts), and this engine pushes the outbox in order, then
 * pulls what changed on the server since its checkpoint. One tab at a time runs it (Web Locks); every
 * tab sees the results through live queries.
 */
import type { StorageBackend, StoredRecord } from '../data/backend.js';
import type { StoreName } from '../data/database.js';
import { type TableName, validateRecord } from '../data/model.js';
import { changedFields, type OutboxEntry } from '../data/outbox.js';
import type { CrmStore } from '../data/store.js';
import { jsonApiConnector } from './dialects/json-api.js';
import { jsonServerConnector } from './dialects/json-server.js';
import { postgrestConnector } from './dialects/postgrest.js';
import { simpleRestConnector } from './dialects/simple-rest.js';
import { type ResolvedMapping, resolveMappings } from './mapping.js';
import { takeServerVersion } from './queue.js';
import {
  type Condition,
  type Connector,
  type ConnectorOptions,
  type RemoteRecord,
  type ResourceMapping,
  SYNC_STATUS_KEY,
  SyncHttpError,
  type SyncState,
  type SyncStatus,
} from './types.js';

/** Outbox entries read per pass when pushing. */
const PUSH_BATCH = 200;

export const DIALECTS = {
  'json-server': jsonServerConnector,
  'simple-rest': simpleRestConnector,
  postgrest: postgrestConnector,
  'json-api': jsonApiConnector,
} as const;

export type Dialect = keyof typeof DIALECTS;

export interface SyncOptions extends Partial<ConnectorOptions> {
  dialect?: Dialect;
  /** A connector of your own instead of `endpoint` + `dialect`. */
  connector?: Connector;
  /** Tables to sync and how they map; default: every record table at the endpoint of its name. */
  resources?: readonly (ResourceMapping | TableName)[];
  /** Rows per page when pulling. */
  pageSize?: number;
  /** Backoff after a failed round: base and cap in ms; the actual wait is jittered. */
  retry?: { baseMs?: number; maxMs?: number };
  /** How often to pull when nothing else happens (ms); 0 = only on start, on syncNow() and after pushes. */
  pullIntervalMs?: number;
  /** Use Web Locks so one tab syncs at a time (default true). */
  singleTab?: boolean;
}

export interface SyncProgressDetail {
  table: TableName;
  done: number;
  total?: number;
}

export interface SyncConflictDetail {
  table: TableName;
  key: string;
  local: StoredRecord | undefined;
  remote: StoredRecord | undefined;
}

export interface PullReport {
  /** Rows received from the server, per table. */
  rows: Partial<Record<TableName, number>>;
  /** Rows left alone because a local edit of them is still queued. */
  skipped: number;
  /** Server rows that failed validation and were not stored. */
  invalid: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'crm-sync-state': CustomEvent<SyncStatus>;
    'crm-sync-progress': CustomEvent<SyncProgressDetail>;
    'crm-sync-conflict': CustomEvent<SyncConflictDetail>;
  }
}

const checkpointKey = (table: TableName) => `pull:${table}`;

interface Checkpoint {
  resource: string;
  at: string | number;
  id: string;
}

export class SyncEngine extends EventTarget {
  readonly connector: Connector;
  readonly mappings: Map<TableName, ResolvedMapping>;
  private status: SyncStatus = { state: 'stopped' };
  private readonly options: SyncOptions;
  /** Not running the background loop (pull() and push() can still be called directly). */
  private stopped = true;
  /** stop() was called: pages and pushes in progress end early. */
  private stopping = false;
  private paused = false;
  private owner = false;
  private failures = 0;
  private wake: (() => void) | undefined;
  /** Set by anything that wants a round; checked before the loop goes to sleep, so no request is lost. */
  private wakeRequested = false;
  private waiters: (() => void)[] = [];
  private lockRequest: AbortController | undefined;
  private channel: BroadcastChannel | undefined;
  private releaseLock: (() => void) | undefined;
  private outboxWatch: { unsubscribe(): void } | undefined;
  private lastPullAt = 0;

  constructor(
    readonly store: CrmStore,
    options: SyncOptions,
  ) {
    super();
    this.options = options;
    if (options.connector) this.connector = options.connector;
    else {
      if (!options.endpoint) throw new Error('crm-widgets sync: give an endpoint (or a connector)');
      const dialect = options.dialect ?? 'json-server';
      const make = DIALECTS[dialect];
      if (!make)
        throw new Error(`crm-widgets sync: unknown dialect "${dialect}" (known: ${Object.keys(DIALECTS).join(', ')})`);
      this.connector = make(options as ConnectorOptions);
    }
    this.mappings = resolveMappings(options.resources);
  }

  get state(): SyncState {
    return this.status.state;
  }

  /** Whether this tab holds the sync lock. */
  get isOwner(): boolean {
    return this.owner;
  }

  /** Starts syncing in the background: as soon as this tab holds the lock, and again after every change. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.stopping = false;
    this.channel = new BroadcastChannel(`crm-widgets:sync:${this.store.database}`);
    this.channel.onmessage = (event) => {
      if (!this.owner) return;
      if (event.data === 'resume') this.paused = false;
      if (event.data === 'sync') this.lastPullAt = 0;
      this.wakeUp();
    };
    addEventListener('online', this.onOnline);
    const run = () => this.runAsOwner();
    if (this.options.singleTab !== false && navigator.locks) {
      this.setStatus({ state: 'standby' });
      this.lockRequest = new AbortController();
      navigator.locks
        .request(
          `crm-widgets:sync:${this.store.database}`,
          { signal: this.lockRequest.signal },
          () =>
            new Promise<void>((release) => {
              this.releaseLock = release;
              run().finally(release);
            }),
        )
        .catch(() => undefined /* aborted by stop() while waiting for the lock */);
    } else {
      run();
    }
  }

  /** Stops after the current request; releases the lock so another tab can take over. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping = true;
    this.lockRequest?.abort();
    removeEventListener('online', this.onOnline);
    this.channel?.close();
    this.channel = undefined;
    this.outboxWatch?.unsubscribe();
    this.wakeUp();
    await this.loop;
    this.releaseLock?.();
    this.owner = false;
    this.status = { ...this.status, state: 'stopped' };
    this.dispatchEvent(new CustomEvent('crm-sync-state', { detail: this.status }));
  }

  /**
   * Push and pull now; resolves when that round is over. In a tab that does not hold the lock, asks the
   * tab that does (and resolves at once).
   */
  async syncNow(): Promise<void> {
    if (!this.owner) {
      this.channel?.postMessage('sync');
      return;
    }
    this.lastPullAt = 0;
    await new Promise<void>((resolve) => {
      this.waiters.push(resolve);
      this.wakeUp();
    });
  }

  /** After a 401/403 paused the queue: continue (e.g. once the page has fresh credentials). */
  resume(): void {
    this.paused = false;
    if (this.owner) this.wakeUp();
    else this.channel?.postMessage('resume');
  }

  private wakeUp = () => {
    this.wakeRequested = true;
    this.wake?.();
  };

  private onOnline = () => {
    this.failures = 0;
    this.wakeUp();
  };

  private loop: Promise<void> | undefined;

  private runAsOwner(): Promise<void> {
    this.loop = this.ownerLoop();
    return this.loop;
  }

  private async ownerLoop(): Promise<void> {
    this.owner = true;
    const backend = await this.store.storageBackend();
    // A new local change wakes the loop: pushes go out as soon as they are written.
    this.outboxWatch = this.store
      .live(async () => backend.count('outbox', { where: { state: 'pending' } }))
      .subscribe({ next: () => this.wakeUp() });
    while (!this.stopped) {
      this.wakeRequested = false;
      const waiting = this.waiters.splice(0);
      const delay = await this.runRound();
      for (const resolve of waiting) resolve();
      if (this.stopped) break;
      if (this.wakeRequested || this.waiters.length) continue;
      await new Promise<void>((resolve) => {
        const timer = delay === undefined ? undefined : setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
    for (const resolve of this.waiters.splice(0)) resolve();
    this.owner = false;
  }

  /** One push + pull; returns how long to wait before the next round (undefined: until woken). */
  private async runRound(): Promise<number | undefined> {
    if (this.paused) return undefined;
    if (!navigator.onLine) {
      this.setStatus({ ...this.status, state: 'offline' });
      return undefined;
    }
    try {
      this.setStatus({ ...this.status, state: 'syncing' });
      await this.push();
      const interval = this.options.pullIntervalMs ?? 60_000;
      if (this.lastPullAt === 0 || (interval > 0 && Date.now() - this.lastPullAt >= interval)) {
        await this.pull();
        this.lastPullAt = Date.now();
      }
      this.failures = 0;
      this.setStatus({ state: 'idle', lastSyncAt: new Date().toISOString() });
      return interval > 0 ? interval : undefined;
    } catch (error) {
      return this.failed(error);
    }
  }

  private failed(error: unknown): number | undefined {
    const message = error instanceof Error ? error.message : String(error);
    const kind = error instanceof SyncHttpError ? error.kind : 'protocol';
    if (kind === 'auth') {
      // No retry storm: wait for resume() with new credentials.
      this.paused = true;
      this.setStatus({ ...this.status, state: 'paused', lastError: message, retryAt: undefined });
      return undefined;
    }
    if (kind === 'retry') {
      this.failures++;
      const { baseMs = 1000, maxMs = 60_000 } = this.options.retry ?? {};
      const cap = Math.min(maxMs, baseMs * 2 ** (this.failures - 1));
      // Jitter: many tabs or clients recovering together must not hit the server in step.
      const delay = Math.round(cap / 2 + Math.random() * (cap / 2));
      const state = error instanceof SyncHttpError && error.status === 0 ? 'offline' : 'error';
      this.setStatus({
        ...this.status,
        state,
        lastError: message,
        retryAt: new Date(Date.now() + delay).toISOString(),
      });
      return delay;
    }
    this.setStatus({ ...this.status, state: 'error', lastError: message, retryAt: undefined });
    return undefined;
  }

  private setStatus(status: SyncStatus): void {
    this.status = status;
    this.dispatchEvent(new CustomEvent('crm-sync-state', { detail: status }));
    if (this.owner) {
      this.store
        .storageBackend()
        .then((backend) =>
          backend.transaction(['meta'], () => backend.bulkPut('meta', [{ key: SYNC_STATUS_KEY, ...status }])),
        )
        .catch(() => undefined);
    }
  }

  // ---- push ----

  /** Pushes queued changes in order, one record's changes strictly in sequence. */
  async push(): Promise<void> {
    const backend = await this.store.storageBackend();
    for (;;) {
      const batch = await this.nextBatch(backend);
      if (batch.length === 0) return;
      for (const entry of batch) {
        if (this.stopping) return;
        await this.pushEntry(backend, entry);
      }
    }
  }

  /**
   * Up to PUSH_BATCH entries that can go now: the first queued entry of each record, in order. A record
   * whose first entry is parked (dead or in conflict) waits, so its later changes never overtake it.
   */
  private async nextBatch(backend: StorageBackend): Promise<OutboxEntry[]> {
    const blocked = new Set<string>();
    const batch: OutboxEntry[] = [];
    for (let offset = 0; batch.length < PUSH_BATCH; offset += PUSH_BATCH) {
      const page = (await backend.list('outbox', { offset, limit: PUSH_BATCH })) as unknown as OutboxEntry[];
      for (const entry of page) {
        const id = `${entry.table}\n${entry.key}`;
        if (!this.mappings.has(entry.table) || blocked.has(id)) continue;
        blocked.add(id);
        if (entry.state === 'pending' && batch.length < PUSH_BATCH) batch.push(entry);
      }
      if (page.length < PUSH_BATCH) break;
    }
    return batch;
  }

  private async pushEntry(backend: StorageBackend, queued: OutboxEntry): Promise<void> {
    const mapping = this.mappings.get(queued.table)!;
    // Count the attempt before sending: from now on the entry may be on the server, so it is never merged into.
    const entry = await backend.transaction(['outbox'], async () => {
      const fresh = (await backend.get('outbox', queued.seq)) as unknown as OutboxEntry | undefined;
      if (!fresh) return undefined;
      const counted = { ...fresh, attempts: fresh.attempts + 1 };
      await backend.bulkPut('outbox', [counted as unknown as StoredRecord]);
      return counted;
    });
    if (!entry) return;
    const { path } = mapping;
    const options = { idempotencyKey: entry.idempotencyKey };
    try {
      if (entry.op === 'delete') {
        await this.connector.remove(path, entry.key, {
          ...options,
          ...(mapping.concurrency === 'etag' && entry.baseVersion !== undefined
            ? { ifMatch: String(entry.baseVersion) }
            : {}),
        });
        await this.settle(backend, entry, undefined);
        return;
      }
      if (entry.op === 'create') {
        // A retried create may already be there (its response was lost): then it is done.
        const existing = entry.attempts > 1 ? await this.connector.get(path, entry.key) : undefined;
        const result =
          existing ?? (await this.connector.create(path, entry.key, mapping.toRemote(entry.patch ?? {}), options));
        await this.settle(backend, entry, mapping.token(result.record, result.etag));
        return;
      }
      const patch = mapping.toRemote({ ...entry.patch });
      let baseVersion = entry.baseVersion;
      if (
        mapping.concurrency !== 'none' &&
        (baseVersion === undefined || mapping.concurrency === 'field') &&
        entry.base
      ) {
        // Check the server's copy first: by its version when we know the one we started from, else (e.g.
        // rows pulled from a list, which carries no ETags) by comparing it with what we started from.
        const current = await this.connector.get(path, entry.key);
        const changedThere =
          !current ||
          (baseVersion === undefined
            ? Object.keys(changedFields(entry.base, mapping.toLocal(current.record))).length > 0
            : mapping.token(current.record) !== baseVersion);
        if (changedThere) {
          await this.conflict(backend, entry, mapping, current?.record, current?.etag);
          return;
        }
        baseVersion = mapping.token(current.record, current.etag);
      }
      if (mapping.concurrency === 'field') patch[mapping.updatedAtField] = new Date().toISOString();
      const ifMatch = mapping.concurrency === 'etag' && baseVersion !== undefined ? String(baseVersion) : undefined;
      const result = await this.connector.update(path, entry.key, patch, {
        ...options,
        ...(ifMatch ? { ifMatch } : {}),
      });
      await this.settle(backend, entry, mapping.token(result.record ?? patch, result.etag));
    } catch (error) {
      if (!(error instanceof SyncHttpError)) throw error;
      if (error.kind === 'invalid') {
        // The server will never accept this one: park it with the server's reason and go on with the rest.
        await this.updateEntry(backend, { ...entry, state: 'dead', error: error.message });
        return;
      }
      if (error.kind === 'conflict') {
        const current = await this.connector.get(path, entry.key);
        await this.conflict(backend, entry, mapping, current?.record, current?.etag);
        return;
      }
      throw error;
    }
  }

  /** A pushed entry is done: drop it, remember the server's new version, rebase later edits of the record. */
  private async settle(backend: StorageBackend, entry: OutboxEntry, token: string | number | undefined): Promise<void> {
    await backend.transaction([entry.table, 'outbox'], async () => {
      await backend.bulkDelete('outbox', [entry.seq]);
      if (entry.op === 'delete') return;
      const serverCopy = { ...entry.base, ...entry.patch };
      const later = (
        (await backend.list('outbox', { where: { key: entry.key, table: entry.table } })) as unknown as OutboxEntry[]
      ).map((e) => ({ ...e, base: serverCopy, ...(token === undefined ? {} : { baseVersion: token }) }));
      if (later.length) await backend.bulkPut('outbox', later as unknown as StoredRecord[]);
      const local = await backend.get(entry.table, entry.key);
      if (local && token !== undefined) await backend.bulkPut(entry.table, [{ ...local, version: token }]);
    });
  }

  /**
   * Both sides changed the record. Disjoint fields merge on their own; otherwise the resource's policy
   * decides, and `manual` keeps both versions for a person to choose.
   */
  private async conflict(
    backend: StorageBackend,
    entry: OutboxEntry,
    mapping: ResolvedMapping,
    remote: RemoteRecord | undefined,
    etag?: string,
  ): Promise<void> {
    const remoteLocal = remote ? mapping.toLocal(remote) : undefined;
    const token = mapping.token(remote, etag);
    const mine = Object.keys(entry.patch ?? {});
    const theirs = remoteLocal ? Object.keys(changedFields(entry.base ?? {}, remoteLocal)) : ['*deleted*'];
    const disjoint = entry.op === 'update' && remoteLocal && !mine.some((field) => theirs.includes(field));
    const rebase = () =>
      this.updateEntry(backend, {
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
      await backend.transaction([entry.table, 'outbox'], () =>
        takeServerVersion(backend, entry.table, entry.key, remoteLocal, token),
      );
      return;
    }
    await this.updateEntry(backend, { ...entry, state: 'conflict', remote: remoteLocal, remoteVersion: token });
    const local = await backend.get(entry.table, entry.key);
    this.dispatchEvent(
      new CustomEvent('crm-sync-conflict', {
        detail: { table: entry.table, key: entry.key, local, remote: remoteLocal },
      }),
    );
  }

  private async updateEntry(backend: StorageBackend, entry: OutboxEntry): Promise<void> {
    await backend.transaction(['outbox'], () => backend.bulkPut('outbox', [entry as unknown as StoredRecord]));
  }

  // ---- pull ----

  /**
   * Fetches what changed on the server since the last checkpoint (updatedAt, then id, ascending), page by
   * page, and stores it, except records with a local change still queued: those are never overwritten.
   */
  async pull(): Promise<PullReport> {
    const report: PullReport = { rows: {}, skipped: 0, invalid: 0 };
    for (const mapping of this.mappings.values()) await this.pullResource(mapping, report);
    return report;
  }

  private async pullResource(mapping: ResolvedMapping, report: PullReport): Promise<void> {
    const backend = await this.store.storageBackend();
    const limit = this.options.pageSize ?? 500;
    const field = mapping.updatedAtField;
    const idField = mapping.idField;
    const singleSort = (this.connector as { singleSort?: boolean }).singleSort === true;
    let checkpoint = (await backend.get('checkpoints', checkpointKey(mapping.table))) as Checkpoint | undefined;
    let done = 0;
    let total: number | undefined;
    report.rows[mapping.table] ??= 0;
    for (;;) {
      if (this.stopping) return;
      // First the rest of the checkpoint's own timestamp (ties, by id), then everything newer.
      let rows: RemoteRecord[] = [];
      if (checkpoint) {
        const ties: Condition[] = [
          { field, op: 'eq', value: checkpoint.at },
          { field: idField, op: 'gt', value: checkpoint.id },
        ];
        rows = (
          await this.connector.list(mapping.path, {
            offset: 0,
            limit,
            sort: [{ field: idField, order: 'asc' }],
            where: ties,
          })
        ).rows;
      }
      let fromTies = rows.length > 0;
      if (rows.length < limit) {
        const where: Condition[] = checkpoint ? [{ field, op: 'gt', value: checkpoint.at }] : [];
        const page = await this.connector.list(mapping.path, {
          offset: 0,
          limit: limit - rows.length,
          sort: [
            { field, order: 'asc' },
            { field: idField, order: 'asc' },
          ],
          where,
          total: total === undefined,
        });
        total ??= page.total === undefined ? undefined : done + rows.length + page.total;
        if (page.rows.length) fromTies = false;
        rows = [...rows, ...page.rows];
      }
      if (rows.length === 0) return;
      checkpoint = this.nextCheckpoint(mapping, rows, checkpoint, singleSort && !fromTies && rows.length === limit);
      await this.applyPage(backend, mapping, rows, checkpoint, report);
      done += rows.length;
      report.rows[mapping.table]! += rows.length;
      this.dispatchEvent(new CustomEvent('crm-sync-progress', { detail: { table: mapping.table, done, total } }));
    }
  }

  /**
   * The last (updatedAt, id) applied. A server that sorts by one field only gives ties in no particular
   * order, so after a full page its last timestamp is re-read by id from the start.
   */
  private nextCheckpoint(
    mapping: ResolvedMapping,
    rows: RemoteRecord[],
    previous: Checkpoint | undefined,
    unorderedTies: boolean,
  ): Checkpoint {
    const last = rows[rows.length - 1]!;
    const at = last[mapping.updatedAtField] as string | number | undefined;
    if (at === undefined) {
      throw new SyncHttpError(
        `${mapping.path}: rows have no "${mapping.updatedAtField}", so changes cannot be followed`,
        0,
        'protocol',
      );
    }
    if (unorderedTies) return { resource: checkpointKey(mapping.table), at, id: '' };
    const sameTime = rows.filter((r) => r[mapping.updatedAtField] === at).map((r) => String(r[mapping.idField]));
    if (previous?.at === at) sameTime.push(previous.id);
    const id = sameTime.sort().at(-1) ?? '';
    return { resource: checkpointKey(mapping.table), at, id };
  }

  private async applyPage(
    backend: StorageBackend,
    mapping: ResolvedMapping,
    rows: RemoteRecord[],
    checkpoint: Checkpoint,
    report: PullReport,
  ): Promise<void> {
    const stores: StoreName[] = [mapping.table, 'outbox', 'checkpoints'];
    await backend.transaction(stores, async () => {
      // Read inside the transaction: an edit made while this page was downloading is seen here.
      const queued = new Set(
        ((await backend.list('outbox', { where: { table: mapping.table } })) as unknown as OutboxEntry[]).map(
          (e) => e.key,
        ),
      );
      const puts: StoredRecord[] = [];
      const deletes: string[] = [];
      for (const row of rows) {
        const local = mapping.toLocal(row);
        const key = String(local.id);
        if (queued.has(key)) {
          report.skipped++;
          continue;
        }
        if (mapping.isTombstone(row)) {
          deletes.push(key);
          continue;
        }
        try {
          puts.push({ ...(validateRecord(mapping.table, local) as StoredRecord), version: mapping.token(row) });
        } catch {
          report.invalid++;
        }
      }
      if (deletes.length) await backend.bulkDelete(mapping.table, deletes);
      if (puts.length) await backend.bulkPut(mapping.table, puts);
      await backend.bulkPut('checkpoints', [checkpoint as unknown as StoredRecord]);
    });
  }
}
