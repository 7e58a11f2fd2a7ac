/**
 * Keeps IndexedDB and a REST backend in step. Local writes never wait for the network: they land in
 * IndexedDB with an outbox entry (see data/outbox.ts), and this engine pushes the outbox (push.ts), then
 * pulls what changed on the server since its checkpoints (pull.ts). One tab at a time runs it (Web Locks);
 * every tab sees the results through live queries. The backend is described by a profile (profile.ts).
 */
import type { StorageBackend, StoredRecord } from '../data/backend.js';
import type { TableName } from '../data/model.js';
import { type OutboxEntry, pendingRecords } from '../data/outbox.js';
import type { CrmStore } from '../data/store.js';
import type { ResolvedMapping } from './mapping.js';
import { resolveMappings } from './mapping.js';
import { type BackendProfile, profileConnector } from './profile.js';
import { builtInProfile, type Dialect } from './profiles.js';
import { type PullReport, pullResource } from './pull.js';
import { push, type SyncRemapDetail } from './push.js';
import { type QuarantinedRow, retryQuarantined } from './quarantine.js';
import {
  type Connector,
  type ConnectorOptions,
  type ResourceMapping,
  type ResourceStatus,
  SYNC_STATUS_KEY,
  type SyncErrorCode,
  SyncHttpError,
  type SyncState,
  type SyncStatus,
} from './types.js';

export type { Dialect } from './profiles.js';
export type { PullReport } from './pull.js';
export type { SyncRemapDetail } from './push.js';

export interface SyncOptions extends Partial<ConnectorOptions> {
  /** A built-in profile by name (`json-server`, `simple-rest`, `postgrest`, `json-api`, `drf`, `directus`). */
  dialect?: Dialect;
  /** A profile of your own (plain data, e.g. parsed from JSON); wins over `dialect`. */
  profile?: BackendProfile;
  /** A connector of your own instead of a profile. */
  connector?: Connector;
  /** Tables to sync and how they map; default: every record table at the endpoint of its name. */
  resources?: readonly (ResourceMapping | TableName)[];
  /** Rows per page when pulling. */
  pageSize?: number;
  /** Requests in flight at once when pushing (across different records; default 6, the browser's connections per host). */
  pushWindow?: number;
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

declare global {
  interface GlobalEventHandlersEventMap {
    'crm-sync-state': CustomEvent<SyncStatus>;
    'crm-sync-progress': CustomEvent<SyncProgressDetail>;
    'crm-sync-conflict': CustomEvent<SyncConflictDetail>;
    'crm-sync-remap': CustomEvent<SyncRemapDetail>;
    'crm-sync-quarantine': CustomEvent<QuarantinedRow>;
  }
}

/** After this many failed rounds in a row, at most one round per second, whatever the retry settings. */
const FAST_RETRIES = 3;

export class SyncEngine extends EventTarget {
  readonly connector: Connector;
  readonly mappings: Map<TableName, ResolvedMapping>;
  readonly profile: BackendProfile;
  private readonly connectorOptions: ConnectorOptions;
  private readonly resourceConnectors = new Map<string, Connector>();
  /** Aborted by stop(): requests in flight end at once. */
  private abort = new AbortController();
  /** No round before this time (a failure's backoff): outbox writes do not cut it short. */
  private backoffUntil = 0;
  private resourceStatus: Partial<Record<TableName, ResourceStatus>> = {};
  private status: SyncStatus = { state: 'stopped' };
  private readonly options: SyncOptions;
  /** Not running the background loop (pull() and push() can still be called directly). */
  private stopped = true;
  private paused = false;
  private owner = false;
  private failures = 0;
  private wake: (() => void) | undefined;
  /** Pulled quotes and orders pass the store's own guards (a row skipping a required approval is quarantined). */
  private readonly guard = (backend: StorageBackend) => this.store.guardContext(backend, 'pull');
  /** Set by anything that wants a round; checked before the loop goes to sleep, so no request is lost. */
  private wakeRequested = false;
  private waiters: (() => void)[] = [];
  private lockRequest: AbortController | undefined;
  private channel: BroadcastChannel | undefined;
  private releaseLock: (() => void) | undefined;
  private outboxWatch: { unsubscribe(): void } | undefined;
  private lastPullAt = 0;
  /** A pull was asked for (start, sync now): the next round pulls whatever the interval says. */
  private pullRequested = true;

  constructor(
    readonly store: CrmStore,
    options: SyncOptions,
  ) {
    super();
    this.options = options;
    const profile = options.connector
      ? (options.profile ?? {})
      : (options.profile ?? builtInProfile(options.dialect ?? 'json-server'));
    // A resource that asks for ETag checks needs If-Match sent: the page has set up CORS for it.
    const etags = options.resources?.some((r) => typeof r !== 'string' && r.concurrency === 'etag');
    this.profile = etags ? { ...profile, headers: { ...profile.headers, ifMatch: true } } : profile;
    const endpoint = options.endpoint ?? this.profile.baseUrl;
    if (!options.connector && !endpoint)
      throw new Error('crm-widgets sync: give an endpoint (or a profile with baseUrl, or a connector)');
    this.connectorOptions = { ...options, endpoint: endpoint ?? '' };
    this.connector = options.connector ?? profileConnector(this.profile, this.connectorOptions);
    this.mappings = resolveMappings(options.resources, this.profile);
  }

  /** The connector for one resource: a profile's honours the resource's own id field. */
  connectorFor(mapping: ResolvedMapping): Connector {
    if (this.options.connector || mapping.idField === (this.profile.idField ?? 'id')) return this.connector;
    let connector = this.resourceConnectors.get(mapping.idField);
    if (!connector) {
      connector = profileConnector({ ...this.profile, idField: mapping.idField }, this.connectorOptions);
      this.resourceConnectors.set(mapping.idField, connector);
    }
    return connector;
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
    this.abort = new AbortController();
    this.channel = new BroadcastChannel(`crm-widgets:sync:${this.store.database}`);
    this.channel.onmessage = (event) => {
      if (!this.owner) return;
      if (event.data === 'resume') this.paused = false;
      if (event.data === 'sync') this.pullRequested = true;
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
    this.abort.abort();
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
    this.pullRequested = true;
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

  /** Retries the quarantined rows of every resource now (e.g. after the page changed a mapping). */
  async retryQuarantine(): Promise<number> {
    return retryQuarantined(await this.store.storageBackend(), this.mappings.values(), true, this.guard);
  }

  /** An explicit request for a round (sync now, online again, resume, another tab). */
  private wakeUp = () => {
    this.wakeRequested = true;
    this.wake?.();
  };

  /**
   * The outbox changed. During a failure's backoff this does not cut the wait short: the engine's own
   * bookkeeping writes (attempt counts) would otherwise turn backoff into a retry storm.
   */
  private onOutboxChange = () => {
    if (Date.now() >= this.backoffUntil) this.wakeUp();
  };

  private onOnline = () => {
    this.failures = 0;
    this.backoffUntil = 0;
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
    this.outboxWatch = this.store.live(async () => pendingRecords(backend)).subscribe({ next: this.onOutboxChange });
    await retryQuarantined(backend, this.mappings.values(), false, this.guard).catch(() => 0);
    while (!this.stopped) {
      this.wakeRequested = false;
      const waiting = this.waiters.splice(0);
      const delay = await this.runRound();
      for (const resolve of waiting) resolve();
      if (this.stopped) break;
      this.backoffUntil = delay !== undefined && this.failures > 0 ? Date.now() + delay : 0;
      if ((this.wakeRequested || this.waiters.length) && this.failures === 0) continue;
      await this.sleep(delay);
      if (this.failures > FAST_RETRIES) {
        // Woken early while failing (sync now, another tab): still at most one round a second.
        const since = Date.now() - this.lastRoundAt;
        if (since < 1000) await this.sleep(1000 - since);
      }
    }
    for (const resolve of this.waiters.splice(0)) resolve();
    this.owner = false;
  }

  private lastRoundAt = 0;

  private sleep(ms: number | undefined): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = ms === undefined ? undefined : setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = undefined;
        done();
      };
      if (this.stopped) done();
    });
  }

  /** One push + pull; returns how long to wait before the next round (undefined: until woken). */
  private async runRound(): Promise<number | undefined> {
    if (this.paused) return undefined;
    if (!navigator.onLine) {
      this.setStatus({ ...this.status, state: 'offline' });
      return undefined;
    }
    this.lastRoundAt = Date.now();
    this.setStatus({ ...this.status, state: 'syncing' });
    const failures = new Map<TableName, unknown>();
    try {
      await this.pushAll(failures);
      const interval = this.options.pullIntervalMs ?? 60_000;
      // A table still marked unreachable from an earlier round is pulled as soon as the server answers again, so
      // its state (and what changed there meanwhile) is current, not "up to date" beside an old error.
      const unreachableBefore =
        failures.size === 0 && Object.values(this.resourceStatus).some((s) => s && isConnectivity(s.code));
      if (this.pullRequested || unreachableBefore || (interval > 0 && Date.now() - this.lastPullAt >= interval)) {
        this.pullRequested = false;
        await this.pullAll(failures);
        if (failures.size) this.pullRequested = true;
        else this.lastPullAt = Date.now();
      }
      if (failures.size) return this.failed([...failures.values()]);
      this.failures = 0;
      this.setStatus({ state: 'idle', lastSyncAt: new Date().toISOString(), resources: this.resourceStatus });
      return interval > 0 ? interval : undefined;
    } catch (error) {
      return this.failed([error]);
    }
  }

  private noteResource(table: TableName, error?: unknown): void {
    const at = new Date().toISOString();
    this.resourceStatus = {
      ...this.resourceStatus,
      [table]: error
        ? {
            state: 'error',
            error: error instanceof Error ? error.message : String(error),
            code: error instanceof SyncHttpError ? error.code : 'protocol',
            at,
          }
        : { state: 'ok', at },
    };
  }

  /** The round failed for some resources: pause on auth, back off on retryable errors, else wait for the interval. */
  private failed(errors: unknown[]): number | undefined {
    const first = errors.find((e) => e instanceof SyncHttpError && e.kind === 'auth') ?? errors[0];
    const message = first instanceof Error ? first.message : String(first);
    const code = first instanceof SyncHttpError ? first.code : 'protocol';
    const status = { ...this.status, lastError: message, lastErrorCode: code, resources: this.resourceStatus };
    if (first instanceof SyncHttpError && first.kind === 'auth') {
      // No retry storm: wait for resume() with new credentials.
      this.paused = true;
      this.setStatus({ ...status, state: 'paused', retryAt: undefined });
      return undefined;
    }
    this.failures++;
    const { baseMs = 1000, maxMs = 60_000 } = this.options.retry ?? {};
    const cap = Math.min(maxMs, baseMs * 2 ** (this.failures - 1));
    // Jitter: many tabs or clients recovering together must not hit the server in step.
    let delay = Math.round(cap / 2 + Math.random() * (cap / 2));
    if (this.failures > FAST_RETRIES) delay = Math.max(delay, 1000);
    const retryAfter = Math.max(0, ...errors.map((e) => (e instanceof SyncHttpError ? (e.retryAfterMs ?? 0) : 0)));
    delay = Math.max(delay, retryAfter);
    const retryable = errors.some((e) => e instanceof SyncHttpError && e.kind === 'retry');
    if (!retryable) {
      // Nothing a retry would fix (a protocol or progress error): the healthy resources go on at the interval.
      const interval = this.options.pullIntervalMs ?? 60_000;
      this.setStatus({ ...status, state: 'error', retryAt: undefined });
      return interval > 0 ? Math.max(interval, delay) : undefined;
    }
    const offline = errors.every((e) => e instanceof SyncHttpError && e.status === 0);
    this.setStatus({
      ...status,
      state: offline ? 'offline' : 'error',
      retryAt: new Date(Date.now() + delay).toISOString(),
    });
    return delay;
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

  // ---- push and pull ----

  /** Pushes queued changes (resources that fail are left for the next round; errors are thrown). */
  async push(): Promise<void> {
    const failures = new Map<TableName, unknown>();
    await this.pushAll(failures);
    const [first] = failures.values();
    if (first) throw first;
  }

  private async pushAll(failures: Map<TableName, unknown>): Promise<void> {
    await push({
      backend: await this.store.storageBackend(),
      mappings: this.mappings,
      connectorFor: (mapping) => this.connectorFor(mapping),
      // While the backend fails, one request at a time probes it (no burst of failures per round).
      window: this.failures > 0 ? 1 : (this.options.pushWindow ?? 6),
      signal: this.abort.signal,
      onConflict: (entry: OutboxEntry, local, remote) =>
        this.dispatchEvent(
          new CustomEvent('crm-sync-conflict', { detail: { table: entry.table, key: entry.key, local, remote } }),
        ),
      onRemap: (detail) => this.dispatchEvent(new CustomEvent('crm-sync-remap', { detail })),
      onFailure: (table, error) => {
        failures.set(table, error);
        this.noteResource(table, error);
      },
    });
  }

  /**
   * Fetches what changed on the server since each resource's checkpoint and stores it, except records with
   * a local change still queued (never overwritten). One failing resource does not stop the others; the
   * first failure is thrown at the end.
   */
  async pull(): Promise<PullReport> {
    const failures = new Map<TableName, unknown>();
    const report = await this.pullAll(failures);
    const [first] = failures.values();
    if (first) throw first;
    return report;
  }

  private async pullAll(failures: Map<TableName, unknown>): Promise<PullReport> {
    const report: PullReport = { rows: {}, skipped: 0, quarantined: 0 };
    const backend = await this.store.storageBackend();
    for (const mapping of this.mappings.values()) {
      // A resource whose push just failed is not pulled in the same round (it would fail the same way).
      if (failures.has(mapping.table) || this.abort.signal.aborted) continue;
      try {
        await pullResource({
          backend,
          connector: this.connectorFor(mapping),
          mapping,
          limit: this.options.pageSize ?? 500,
          signal: this.abort.signal,
          report,
          onPage: (done, total) =>
            this.dispatchEvent(new CustomEvent('crm-sync-progress', { detail: { table: mapping.table, done, total } })),
          onQuarantine: (row) => this.dispatchEvent(new CustomEvent('crm-sync-quarantine', { detail: row })),
          guard: this.guard,
        });
        this.noteResource(mapping.table);
      } catch (error) {
        if (this.abort.signal.aborted) break;
        failures.set(mapping.table, error);
        this.noteResource(mapping.table, error);
        // The server cannot be reached: the other tables would fail the same way, one request each. The next
        // round (backed off) tries again from the first table.
        if (error instanceof SyncHttpError && isConnectivity(error.code)) break;
      }
    }
    return report;
  }
}

/** An error that says the server could not be reached (or did not answer), rather than anything about a table. */
function isConnectivity(code: SyncErrorCode | undefined): boolean {
  return code === 'network' || code === 'timeout';
}
