/**
 * The store service behind every widget: repositories with validation on every write, atomic imports,
 * seeding, and live queries. Widgets get it through context (see internal/store-context.ts), never by
 * opening a database themselves.
 */
import type { ApproverEntry } from '../core/approvals.js';
import type { LiveQuery, StorageBackend, StoredRecord } from './backend.js';
import type { ChangeBatch } from './change-feed.js';
import { DexieBackend } from './dexie-backend.js';
import {
  DEFAULT_GUARD_CONFIG,
  type GuardConfig,
  type GuardContext,
  type GuardEngine,
  GuardError,
  guardReads,
  isGuarded,
  loadGuards,
} from './guard-rules.js';
import { type Dataset, type RecordTypes, TABLE_NAMES, type TableName, ValidationError } from './model.js';
import { loadRecordWrites, Repository } from './repository.js';
import { type LiveSnapshot, SnapshotRegistry } from './snapshot.js';

export const DEFAULT_DATABASE = 'crm-widgets';

export interface StoreOptions {
  /** IndexedDB database name; stores with the same name share their data. */
  database?: string;
  /** Replaces the browser's IndexedDB (tests use it to make storage fail). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export interface ImportProgress {
  phase: 'fetch' | 'validate' | 'write';
  done: number;
  total: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportResult {
  status: 'imported' | 'skipped';
  /** Records written per table. */
  counts: Partial<Record<TableName, number>>;
  reason?: 'already-seeded' | 'not-empty';
}

/** Records are written to IndexedDB in chunks so progress can be reported inside the one transaction. */
const WRITE_CHUNK = 5000;
const SEED_MARKER = 'seed';

export class CrmStore {
  readonly database: string;
  /** Resolves once storage is open (IndexedDB, or memory after a fallback). Never rejects. */
  readonly ready: Promise<void>;
  private backend: StorageBackend | undefined;
  private readonly opening: Promise<StorageBackend>;

  readonly customers = new Repository(this, 'customers');
  readonly contacts = new Repository(this, 'contacts');
  readonly stages = new Repository(this, 'stages');
  readonly opportunities = new Repository(this, 'opportunities');
  readonly products = new Repository(this, 'products');
  readonly quotes = new Repository(this, 'quotes');
  readonly orders = new Repository(this, 'orders');
  readonly activities = new Repository(this, 'activities');
  /** The approver directory (who may sign which approval level); adds to `configureApprovals({ directory })`. */
  readonly approvers = new Repository(this, 'approvers');

  private guardConfig: GuardConfig = DEFAULT_GUARD_CONFIG;
  private readonly configuredParts = new Set<keyof GuardConfig>();

  /** Why IndexedDB could not be used, once the store has fallen back to memory. */
  fallbackReason: string | undefined;

  constructor(options: StoreOptions = {}) {
    this.database = options.database ?? DEFAULT_DATABASE;
    const { indexedDB, IDBKeyRange } = options;
    this.opening = DexieBackend.open(this.database, indexedDB ? { indexedDB, IDBKeyRange } : undefined).catch(
      (error: unknown) => this.fallBackToMemory(error),
    );
    this.ready = this.opening.then((backend) => {
      this.backend = backend;
    });
  }

  /** `indexeddb`, `memory` (IndexedDB was unavailable: data lasts only as long as the page), or `opening`. */
  get storage(): 'indexeddb' | 'memory' | 'opening' {
    return this.backend?.kind ?? 'opening';
  }

  /** @internal The backend once open, for repositories. */
  get openBackend(): StorageBackend | undefined {
    return this.backend;
  }

  /** @internal The backend, waiting for it to open. */
  async storageBackend(): Promise<StorageBackend> {
    return this.backend ?? this.opening;
  }

  /**
   * A query re-run whenever the data it read changes, in this page or another tab.
   * The query receives this store and must only read through it.
   */
  live<R>(query: (store: this) => Promise<R>): LiveQuery<R> {
    return {
      subscribe: (observer) => {
        let inner: { unsubscribe(): void } | undefined;
        let closed = false;
        this.opening.then((backend) => {
          if (!closed) inner = backend.live(() => query(this)).subscribe(observer);
        });
        return {
          unsubscribe: () => {
            closed = true;
            inner?.unsubscribe();
          },
        };
      },
    };
  }

  /**
   * Validates a whole dataset, then writes it in one transaction: any invalid record rejects with a
   * ValidationError (table, record id or index, field) and nothing is written.
   */
  async import(dataset: unknown, options: ImportOptions = {}): Promise<ImportResult> {
    const valid = await this.validateDataset(dataset, options);
    const backend = await this.storageBackend();
    const tables = Object.keys(valid) as TableName[];
    const stores = [...new Set([...tables, ...guardReads(tables)])];
    const guards = await this.guardsFor(valid);
    const counts = await backend.transaction(stores, () => this.writeDataset(backend, valid, options, guards));
    return { status: 'imported', counts };
  }

  /**
   * Loads a JSON dataset into an empty database once: a marker written in the same transaction makes
   * reloads (and a second tab seeding at the same moment) skip it instead of duplicating anything.
   */
  async seed(
    source: string | URL | Dataset,
    options: ImportOptions & { signal?: AbortSignal } = {},
  ): Promise<ImportResult> {
    const backend = await this.storageBackend();
    const skip = await this.seedSkipReason(backend);
    if (skip) return { status: 'skipped', counts: {}, reason: skip };
    let dataset: unknown = source;
    if (typeof source === 'string' || source instanceof URL) {
      options.onProgress?.({ phase: 'fetch', done: 0, total: 1 });
      const response = await fetch(source, { signal: options.signal });
      if (!response.ok) throw new Error(`Could not load seed data from ${source}: HTTP ${response.status}`);
      dataset = await response.json();
      options.onProgress?.({ phase: 'fetch', done: 1, total: 1 });
    }
    const valid = await this.validateDataset(dataset, options);
    const guards = await this.guardsFor(valid);
    // Every table: the emptiness check reads them all.
    return backend.transaction([...TABLE_NAMES, 'meta'], async () => {
      // Checked again inside the transaction: another tab may have seeded meanwhile.
      const reason = await this.seedSkipReason(backend);
      if (reason) return { status: 'skipped', counts: {}, reason } satisfies ImportResult;
      const counts = await this.writeDataset(backend, valid, options, guards);
      const from = typeof source === 'string' || source instanceof URL ? String(source) : 'inline dataset';
      await backend.bulkPut('meta', [{ key: SEED_MARKER, source: from, at: new Date().toISOString() }]);
      return { status: 'imported', counts } satisfies ImportResult;
    });
  }

  /**
   * Sets the rules every write of a guarded record is checked against: pricing rules and approval policy (the
   * store prices quotes itself to check their approvals), the approver directory, segregation of duties, the
   * pricing date. Each part can be set once per store; setting it again to a different value throws a
   * GuardError (`rules-sealed`), so a script cannot loosen the rules after the page set them.
   *
   * The directory's entries are checked with the store's validation, which loads with its first write: the
   * returned promise rejects with a ValidationError naming the first invalid entry. The directory stays set (the
   * rules are sealed all the same), and every guarded write rejects with that error: no quote is ever approved
   * against a directory that failed its check.
   */
  configureApprovals(config: Partial<GuardConfig>): Promise<void> {
    const parts = Object.entries(config).filter(([, value]) => value !== undefined) as [keyof GuardConfig, unknown][];
    for (const [part, value] of parts) {
      if (this.configuredParts.has(part) && JSON.stringify(value) !== JSON.stringify(this.guardConfig[part])) {
        throw new GuardError('store', this.database, 'rules-sealed', `${part} is already configured for this store`);
      }
    }
    this.guardConfig = { ...this.guardConfig, ...Object.fromEntries(parts) };
    for (const [part] of parts) this.configuredParts.add(part);
    const { directory } = config;
    return directory
      ? loadRecordWrites().then(({ validateDirectory }) => validateDirectory(directory))
      : Promise.resolve();
  }

  /** The rules guarded writes are checked against (see `configureApprovals`). */
  get approvalRules(): GuardConfig {
    return this.guardConfig;
  }

  /** @internal The guard context for a write inside a transaction on `backend`. */
  guardContext(
    backend: StorageBackend,
    mode: GuardContext['mode'],
    pending?: ReadonlyMap<string, StoredRecord>,
  ): GuardContext {
    return {
      config: this.guardConfig,
      read: { get: (table, id) => backend.get(table, id), list: (table) => backend.list(table) },
      now: new Date().toISOString(),
      mode,
      ...(pending ? { pending } : {}),
    };
  }

  /** Closes the database connection (the store can no longer be used). */
  close(): void {
    this.snapshots.close();
    this.backend?.close();
  }

  /** @internal The shared table snapshots of this store (tests check what is held). */
  readonly snapshots = new SnapshotRegistry(() => this.storageBackend());

  /**
   * A whole table kept in memory and live: filled once (in chunks), then patched with only the records
   * that changed, here or in another tab. Every subscriber on the page shares one copy per table; the copy
   * is released when the last one unsubscribes. Each state carries `records` and `changes` (the records
   * that changed, before and after; `null` on a full read). For filtered views prefer `live()` queries on
   * an index.
   */
  snapshot<T extends TableName>(table: T): LiveSnapshot<RecordTypes[T]> {
    return this.snapshots.live<RecordTypes[T]>(table);
  }

  /**
   * Every committed write: the keys written per table, per transaction, in this page and in other tabs.
   * Listeners run right after the commit.
   */
  onChange(listener: (batch: ChangeBatch) => void): { unsubscribe(): void } {
    let inner: { unsubscribe(): void } | undefined;
    let closed = false;
    this.opening.then((backend) => {
      if (!closed) inner = backend.changes.subscribe(listener);
    });
    return {
      unsubscribe: () => {
        closed = true;
        inner?.unsubscribe();
      },
    };
  }

  private async seedSkipReason(backend: StorageBackend): Promise<ImportResult['reason']> {
    if (await backend.get('meta', SEED_MARKER)) return 'already-seeded';
    for (const table of TABLE_NAMES) if ((await backend.count(table)) > 0) return 'not-empty';
    return undefined;
  }

  private async validateDataset(
    dataset: unknown,
    options: ImportOptions,
  ): Promise<{ [T in TableName]?: RecordTypes[T][] }> {
    const { validateRecord } = await loadRecordWrites();
    if (!dataset || typeof dataset !== 'object' || Array.isArray(dataset)) {
      throw new ValidationError('dataset', '', 'must be an object of tables, e.g. { "customers": [...] }');
    }
    const entries = Object.entries(dataset as Record<string, unknown>);
    const total = entries.reduce((sum, [, rows]) => sum + (Array.isArray(rows) ? rows.length : 0), 0);
    const now = new Date().toISOString();
    const valid: { [T in TableName]?: RecordTypes[T][] } = {};
    let done = 0;
    for (const [table, rows] of entries) {
      if (!(TABLE_NAMES as string[]).includes(table)) {
        throw new ValidationError(table, '', `is not a known table (known: ${TABLE_NAMES.join(', ')})`);
      }
      if (!Array.isArray(rows)) throw new ValidationError(table, '', 'must be an array of records');
      const name = table as TableName;
      const seen = new Set<string>();
      const records = rows.map((row, index) => {
        const record = validateRecord(name, row, index) as StoredRecord & { id: string };
        if (seen.has(record.id))
          throw new ValidationError(name, 'id', `is duplicated in this import`, record.id, index);
        seen.add(record.id);
        record.createdAt ??= now;
        record.updatedAt ??= now;
        return record;
      });
      (valid as Record<string, unknown[]>)[name] = records;
      done += rows.length;
      options.onProgress?.({ phase: 'validate', done, total });
    }
    return valid;
  }

  /** The guard engine when the dataset holds guarded records (loaded before any transaction opens). */
  private async guardsFor(valid: { [T in TableName]?: unknown[] }): Promise<GuardEngine | undefined> {
    return (Object.keys(valid) as TableName[]).some(isGuarded) ? await loadGuards() : undefined;
  }

  private async writeDataset(
    backend: StorageBackend,
    valid: { [T in TableName]?: RecordTypes[T][] },
    options: ImportOptions,
    guards: GuardEngine | undefined,
  ): Promise<ImportResult['counts']> {
    // Imports go through the same guards as single writes: a guarded record is checked against the stored one
    // (or as a whole when new), seeing the rest of the dataset as if already written. (Inline, not a helper:
    // inside a Dexie transaction every await must be a storage call or the transaction may commit early.)
    const guarded = (Object.keys(valid) as TableName[]).filter(isGuarded);
    if (guards && guarded.length > 0) {
      const pending = new Map<string, StoredRecord>();
      for (const [table, rows] of Object.entries(valid) as [TableName, StoredRecord[]][]) {
        for (const row of rows) pending.set(`${table}:${row.id}`, row);
      }
      // Read once for the batch (only quote checks need the directory, and only then is it in the transaction).
      const approvers = valid.quotes ? ((await backend.list('approvers')) as unknown as ApproverEntry[]) : [];
      const context = { ...this.guardContext(backend, 'import', pending), approvers };
      for (const table of guarded) {
        const rows = valid[table] as StoredRecord[];
        for (let i = 0; i < rows.length; i++) {
          const id = String(rows[i]!.id);
          const current = await backend.get(table, id);
          const inputs = await guards.loadGuardInputs(context, table, current, rows[i]);
          rows[i] = guards.guardWrite(context, inputs, table, id, current, rows[i])!;
        }
      }
    }
    const total = Object.values(valid).reduce((sum, rows) => sum + rows.length, 0);
    const counts: ImportResult['counts'] = {};
    let done = 0;
    for (const [table, rows] of Object.entries(valid) as [TableName, StoredRecord[]][]) {
      for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
        const chunk = rows.slice(start, start + WRITE_CHUNK);
        await backend.bulkPut(table, chunk);
        done += chunk.length;
        options.onProgress?.({ phase: 'write', done, total });
      }
      counts[table] = rows.length;
    }
    return counts;
  }

  /** The memory backend loads only here: pages whose IndexedDB opens (nearly all) never download it. */
  private async fallBackToMemory(error: unknown): Promise<StorageBackend> {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.warn(
      `crm-widgets: IndexedDB is unavailable for database "${this.database}" (${reason}). ` +
        'Data is kept in memory and will be lost when the page closes.',
    );
    this.fallbackReason = reason;
    const { MemoryBackend } = await import('./memory-backend.js');
    return new MemoryBackend();
  }
}

const stores = new Map<string, CrmStore>();

/**
 * The shared store for a database name: every provider and lone widget asking for the same name on a page
 * gets the same instance (and so the same live queries and fallback state).
 */
export function getStore(database: string = DEFAULT_DATABASE): CrmStore {
  let store = stores.get(database);
  if (!store) {
    store = new CrmStore({ database });
    stores.set(database, store);
  }
  return store;
}
